"""CSV import that reads real files: scikit-learn's bundled layouts, Kaggle's label-first files, Excel quirks."""
from __future__ import annotations

import gzip

import numpy as np
import pytest

from simulator import csv_import, datasets
from simulator.csv_import import CsvOptions
from simulator.datasets import DatasetError

RNG = np.random.default_rng(0)


def sklearn_file(path, n_samples: int, n_features: int, classes: list[str], decimals: int = 2):
    """A file in the layout scikit-learn ships (sklearn/datasets/data/iris.csv, wine_data.csv, breast_cancer.csv)."""
    y = np.arange(n_samples) % len(classes)
    X = RNG.random((n_samples, n_features)) * 10 + y[:, None]
    lines = [",".join([str(n_samples), str(n_features), *classes])]
    lines += [",".join(f"{v:.{decimals}f}" for v in row) + f",{label}" for row, label in zip(X, y)]
    path.write_text("\n".join(lines) + "\n")
    return np.round(X, decimals), y


@pytest.mark.parametrize("name, n, d, classes", [
    ("iris.csv", 150, 4, ["setosa", "versicolor", "virginica"]),
    ("wine_data.csv", 178, 13, ["class_0", "class_1", "class_2"]),
    ("breast_cancer.csv", 569, 30, ["malignant", "benign"]),
])
def test_scikit_learn_bundled_layouts(tmp_path, name, n, d, classes):
    X, y = sklearn_file(tmp_path / name, n, d, classes)
    layout = csv_import.sniff(tmp_path / name)
    assert layout.sklearn_classes == tuple(classes) and not layout.header
    data = datasets.load_csv(tmp_path / name)
    assert data.task == "classification" and data.class_names == tuple(classes)
    assert data.X.shape == (n, d)
    np.testing.assert_allclose(data.X, X)
    np.testing.assert_array_equal(data.y, y)        # label 0 is classes[0], and so on


def test_scikit_learn_digits_layout(tmp_path):
    # digits.csv.gz: no header at all, 64 pixel counts 0..16 and the digit last.
    pixels = RNG.integers(0, 17, (1797, 64))
    digits = np.arange(1797) % 10
    text = "\n".join(",".join(f"{v}.0" for v in row) + f",{label}.0" for row, label in zip(pixels, digits))
    path = tmp_path / "digits.csv.gz"
    path.write_bytes(gzip.compress(text.encode()))
    data = datasets.load_csv(path)
    assert data.name == "digits" and data.X.shape == (1797, 64)
    assert data.class_names == tuple(str(i) for i in range(10))
    np.testing.assert_array_equal(data.y, digits)
    np.testing.assert_array_equal(data.X, pixels)


def test_kaggle_label_first(tmp_path):
    # Kaggle's digit recognizer: "label,pixel0,…,pixel783"; the label is the FIRST column.
    pixels = RNG.integers(0, 256, (30, 784))
    labels = RNG.integers(0, 10, 30)
    lines = ["label," + ",".join(f"pixel{i}" for i in range(784))]
    lines += [f"{label}," + ",".join(map(str, row)) for label, row in zip(labels, pixels)]
    path = tmp_path / "train.csv"
    path.write_text("\n".join(lines) + "\n")
    layout = csv_import.sniff(path)
    assert layout.header and layout.label == 0
    data = datasets.load_csv(path)
    assert data.X.shape == (30, 784) and data.feature_names[0] == "pixel0"
    np.testing.assert_array_equal(np.array(data.class_names, dtype=int)[data.y], labels)
    np.testing.assert_array_equal(data.X, pixels)


@pytest.mark.parametrize("column", ["class", "Target", "species", "y"])
def test_the_label_column_is_found_by_name(tmp_path, column):
    path = tmp_path / "named.csv"
    path.write_text(f"a,{column},b\n1,x,2\n3,z,4\n5,x,6\n")
    data = datasets.load_csv(path)
    assert data.class_names == ("x", "z") and data.X.tolist() == [[1, 2], [3, 4], [5, 6]]


def test_a_numeric_header_row_is_a_header(tmp_path):
    path = tmp_path / "numbered.csv"
    path.write_text("0,1,2,target\n0.5,1.5,2.5,1\n1.5,2.5,3.5,0\n")
    data = datasets.load_csv(path)
    assert data.n_samples == 2 and data.feature_names == ("0", "1", "2") and data.class_names == ("0", "1")


def test_unterminated_quotes_are_refused_with_the_line(tmp_path):
    path = tmp_path / "quotes.csv"
    path.write_text('a,b,label\n1,2,x\n"x3,4,y\n5,6,z\n7,8,"w\n')
    with pytest.raises(DatasetError, match=r"^quotes.csv line 3: malformed quoting .* \(read up to line 5\)"):
        datasets.load_csv(path)
    merged = tmp_path / "merged.csv"
    merged.write_text('a,b,label\n1,2,x\n3,4,"y\n5,6,z\n7,8,w"\n')
    with pytest.raises(DatasetError, match=r"^merged.csv line 3: a quoted field runs over 3 lines"):
        datasets.load_csv(merged)
    open_at_end = tmp_path / "open.csv"
    open_at_end.write_text('a,b,label\n1,2,x\n3,4,"y\n')
    with pytest.raises(DatasetError, match=r"^open.csv line 3: malformed quoting"):
        datasets.load_csv(open_at_end)


@pytest.mark.parametrize("label", ["nan", "NaN", "inf", "-Infinity"])
def test_non_finite_labels_are_refused_with_the_line(tmp_path, label):
    path = tmp_path / "reg.csv"
    path.write_text(f"x,y\n0.5,1.25\n1.5,{label}\n2.5,3.5\n")
    with pytest.raises(DatasetError, match=rf"^reg.csv line 3: the label \(column 2\) '{label}' is not a finite"):
        datasets.load_csv(path)


def test_excel_trailing_commas_and_windows_line_ends(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(b"\xef\xbb\xbfa,b,label,\r\n1,2,x,\r\n3,4,y,\r\n")
    data = datasets.load_csv(path)
    assert data.X.tolist() == [[1, 2], [3, 4]] and data.class_names == ("x", "y")
    assert data.feature_names == ("a", "b")


def test_space_separated_and_decimal_comma_files(tmp_path):
    spaces = tmp_path / "spaces.txt"
    spaces.write_text("1.5  2.0   0\n 2.5 3.0 1\n3.5 4.0 0\n")
    data = datasets.load_csv(spaces)
    assert data.X.tolist() == [[1.5, 2.0], [2.5, 3.0], [3.5, 4.0]] and data.y.tolist() == [0, 1, 0]
    european = tmp_path / "european.csv"
    european.write_text("länge;breite;art\n1,5;2,25;a\n3,0;4,5;b\n")
    layout = csv_import.sniff(european)
    assert (layout.delimiter, layout.decimal) == (";", ",")
    assert datasets.load_csv(european).X.tolist() == [[1.5, 2.25], [3.0, 4.5]]


def test_text_feature_columns_are_skipped_or_one_hot_encoded(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("age,sex,height,label\n30,m,1.8,a\n40,f,1.6,b\n50,f,1.7,a\n")
    skipped = datasets.load_csv(path)
    assert skipped.feature_names == ("age", "height") and skipped.X.tolist() == [[30, 1.8], [40, 1.6], [50, 1.7]]
    encoded = datasets.load_csv(path, categorical="onehot")
    assert encoded.feature_names == ("age", "height", "sex=m", "sex=f")
    assert encoded.X.tolist() == [[30, 1.8, 1, 0], [40, 1.6, 0, 1], [50, 1.7, 0, 1]]


def test_rows_with_missing_values_are_dropped_and_counted(tmp_path):
    path = tmp_path / "gaps.csv"
    path.write_text("a,b,label\n1,2,x\n,3,y\n4,NA,x\n5,6,?\n7,8,y\n")
    data = datasets.load_csv(path)
    assert data.X.tolist() == [[1, 2], [7, 8]]
    assert "dropped 3 rows with missing values (first at line 3)" in data.description


def test_options_round_trip_and_refuse_nonsense():
    options = CsvOptions(delimiter=";", decimal=",", header=True, label="species", categorical="onehot")
    assert CsvOptions.from_dict(options.to_dict()) == options
    assert CsvOptions().to_dict() == {}
    with pytest.raises(DatasetError, match="delimiter must be one of"):
        CsvOptions(delimiter="x")
    with pytest.raises(DatasetError, match="unknown CSV option 'sep'"):
        CsvOptions.from_dict({"sep": ","})


def test_progress_is_reported_and_can_cancel(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("a,b,label\n" + "".join(f"{i},{i % 7},{i % 2}\n" for i in range(20_000)))
    seen = []
    data = csv_import.load(path, progress=lambda fraction: seen.append(fraction))
    assert data.n_samples == 20_000 and seen[-1] == 1.0 and seen == sorted(seen) and len(seen) > 3
    with pytest.raises(csv_import.ImportCancelled, match="long.csv: import cancelled"):
        csv_import.load(path, progress=lambda fraction: False)
