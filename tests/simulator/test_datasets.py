"""Datasets: generators, gates, bundled data, targets/split, CSV and IDX import."""
import gzip
import importlib.util
import itertools
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from simulator import datasets
from simulator.datasets import Dataset, DatasetError, gate, load_csv, load_idx, make


# --------------------------------------------------------------------------- generated 2-D clouds

@pytest.mark.parametrize("name", datasets.GENERATED)
def test_generator_shape_dtype_labels_and_balance(name):
    d = make(name, samples=200, noise=0.1, seed=3)
    assert d.name == name and d.task == "classification"
    assert d.X.shape == (200, 2) and d.X.dtype == np.float64
    assert d.y.shape == (200,) and d.y.dtype == np.int64
    assert np.bincount(d.y).tolist() == [100, 100]
    assert d.class_names == ("0", "1") and d.feature_names == ("x1", "x2")
    assert (d.n_samples, d.n_features, d.n_classes) == (200, 2, 2)
    assert d.description == datasets.DESCRIPTIONS[name]


@pytest.mark.parametrize("name", datasets.GENERATED)
def test_generator_odd_sample_count_is_exact_and_balanced_within_one(name):
    d = make(name, samples=201)
    assert d.n_samples == 201
    assert np.bincount(d.y).tolist() == [101, 100]


@pytest.mark.parametrize("name", datasets.GENERATED)
def test_generator_is_deterministic_by_seed(name):
    a, b = make(name, samples=100, noise=0.2, seed=7), make(name, samples=100, noise=0.2, seed=7)
    np.testing.assert_array_equal(a.X, b.X)
    np.testing.assert_array_equal(a.y, b.y)
    c = make(name, samples=100, noise=0.2, seed=8)
    assert not np.array_equal(a.X, c.X)


@pytest.mark.parametrize("name", datasets.GENERATED)
def test_noise_is_gaussian_with_std_noise_in_coordinate_units(name):
    clean = make(name, samples=2000, noise=0.0, seed=1)
    noisy = make(name, samples=2000, noise=0.3, seed=1)
    # Same seed: same clean points and labels, the noise only added on top.
    np.testing.assert_array_equal(clean.y, noisy.y)
    delta = noisy.X - clean.X
    assert abs(delta.std() - 0.3) < 0.02
    assert abs(delta.mean()) < 0.03


@pytest.mark.parametrize("name", ["circle", "xor", "spiral", "moons"])
def test_clean_points_lie_within_unit_square(name):
    X = make(name, samples=500, seed=2).X
    assert np.all(np.abs(X) <= 1.0 + 1e-12)


def test_circle_is_inner_disc_against_outer_ring():
    d = make("circle", samples=1000, seed=0)
    r = np.hypot(*d.X.T)
    assert r[d.y == 1].max() <= 0.5
    assert r[d.y == 0].min() >= 0.7 and r[d.y == 0].max() <= 1.0


def test_xor_cloud_labels_follow_the_xor_of_the_signs():
    d = make("xor", samples=1000, seed=0)
    np.testing.assert_array_equal(d.y, ((d.X[:, 0] > 0) != (d.X[:, 1] > 0)).astype(int))
    assert np.abs(d.X).min() >= 0.05


def test_gauss_blobs_sit_on_the_diagonal():
    d = make("gauss", samples=4000, seed=0)
    np.testing.assert_allclose(d.X[d.y == 0].mean(axis=0), [-0.4, -0.4], atol=0.02)
    np.testing.assert_allclose(d.X[d.y == 1].mean(axis=0), [0.4, 0.4], atol=0.02)
    np.testing.assert_allclose(d.X[d.y == 1].std(axis=0), [0.2, 0.2], atol=0.02)
    assert np.mean(np.abs(d.X) <= 1.0) > 0.99


def test_spiral_arms_are_point_reflections_of_each_other():
    d = make("spiral", samples=400, seed=0)
    arm0, arm1 = d.X[d.y == 0], d.X[d.y == 1]
    # Arm 1 is arm 0 turned by pi: the same set of points, negated.
    np.testing.assert_allclose(np.sort(arm1.round(12), axis=0), np.sort((-arm0).round(12), axis=0), atol=1e-12)
    r = np.hypot(*arm0.T)
    assert r.min() == 0.0 and 0.99 <= r.max() < 1.0


def test_moons_are_half_circles():
    d = make("moons", samples=300, seed=0)
    # Undo the mapping onto [-1, 1]: the upper moon is the unit circle's upper half,
    # the lower one the same circle moved to (1, 0.5) and flipped.
    raw = d.X * 1.5 + [0.5, 0.25]
    upper, lower = raw[d.y == 0], raw[d.y == 1]
    np.testing.assert_allclose(np.hypot(*upper.T), 1.0)
    assert np.all(upper[:, 1] >= -1e-12)
    np.testing.assert_allclose(np.hypot(lower[:, 0] - 1, lower[:, 1] - 0.5), 1.0)
    assert np.all(lower[:, 1] <= 0.5 + 1e-12)


def test_sin_is_regression_on_minus_pi_to_pi():
    d = make("sin", samples=50)
    assert d.task == "regression" and d.n_classes == 0 and d.class_names == ()
    assert d.X.shape == (50, 1) and d.y.shape == (50, 1) and d.y.dtype == np.float64
    assert d.X[0, 0] == pytest.approx(-np.pi) and d.X[-1, 0] == pytest.approx(np.pi)
    np.testing.assert_allclose(d.y, np.sin(d.X), atol=1e-15)
    noisy = make("sin", samples=5000, noise=0.1, seed=4)
    assert abs((noisy.y - np.sin(noisy.X)).std() - 0.1) < 0.01
    np.testing.assert_array_equal(noisy.y, make("sin", samples=5000, noise=0.1, seed=4).y)


@pytest.mark.parametrize("samples, noise", [(1, 0.0), (0, 0.0), (10.5, 0.0), (10, -0.1), (10, float("nan"))])
def test_bad_sampling_arguments_are_refused(samples, noise):
    with pytest.raises(DatasetError):
        make("circle", samples=samples, noise=noise)


# --------------------------------------------------------------------------- gates

def test_two_input_gates_match_their_textbook_truth_tables():
    expected = {"and": [0, 0, 0, 1], "or": [0, 1, 1, 1], "nand": [1, 1, 1, 0], "nor": [1, 0, 0, 0],
                "xor": [0, 1, 1, 0]}
    for name, column in expected.items():
        d = gate(name)
        np.testing.assert_array_equal(d.X, [[0, 0], [0, 1], [1, 0], [1, 1]])
        assert d.y.tolist() == column, name


@pytest.mark.parametrize("n", [2, 3, 4])
@pytest.mark.parametrize("name", datasets.GATES)
def test_gate_truth_tables_for_two_to_four_inputs(name, n):
    rule = {"and": all, "or": any, "nand": lambda b: not all(b), "nor": lambda b: not any(b),
            "xor": lambda b: sum(b) % 2 == 1}[name]
    rows = list(itertools.product([0, 1], repeat=n))  # counting order: 00, 01, 10, 11
    d = gate(name, n)
    assert d.X.shape == (2 ** n, n) and d.X.dtype == np.float64
    np.testing.assert_array_equal(d.X, rows)
    assert d.y.tolist() == [int(rule(r)) for r in rows]
    assert d.class_names == ("0", "1") and d.feature_names == tuple(f"x{i + 1}" for i in range(n))


@pytest.mark.parametrize("args", [("xor", 1), ("and", 5), ("maybe", 2), ("or", 2.5)])
def test_bad_gates_are_refused(args):
    with pytest.raises(DatasetError):
        gate(*args)


def test_make_names_keep_the_xor_cloud_apart_from_the_xor_gate():
    assert make("xor").n_samples == 200
    table = make("gate:xor")
    assert table.name == "gate:xor" and table.y.tolist() == [0, 1, 1, 0]
    parity = make("gate:xor:3")
    assert parity.n_samples == 8 and parity.name == "gate:xor:3"
    np.testing.assert_array_equal(parity.y, gate("xor", 3).y)
    with pytest.raises(DatasetError, match="whole number"):
        make("gate:and:x")


def test_every_listed_name_builds_and_is_described():
    assert len(set(datasets.NAMES)) == len(datasets.NAMES)
    assert set(datasets.DESCRIPTIONS) == set(datasets.NAMES)
    for name in datasets.NAMES:
        d = make(name, samples=20)
        assert d.description and d.n_samples > 0
        assert d.name == name


def test_unknown_name_lists_the_choices():
    with pytest.raises(DatasetError, match="unknown dataset 'blobs'.*circle.*gate:xor"):
        make("blobs")


# --------------------------------------------------------------------------- targets, subset, split

def test_targets_two_classes_as_column_or_one_hot():
    d = gate("and")
    np.testing.assert_array_equal(d.targets(1), [[0.0], [0.0], [0.0], [1.0]])
    np.testing.assert_array_equal(d.targets(2), [[1, 0], [1, 0], [1, 0], [0, 1]])
    assert d.targets(1).dtype == np.float64 and d.targets(2).dtype == np.float64


def test_targets_one_hot_for_many_classes_and_clear_mismatch_errors():
    iris = make("iris")
    T = iris.targets(3)
    assert T.shape == (150, 3)
    np.testing.assert_array_equal(T.argmax(axis=1), iris.y)
    np.testing.assert_array_equal(T.sum(axis=1), 1.0)
    with pytest.raises(ValueError, match="dataset 'iris' has 3 classes; the network has 2 outputs"):
        iris.targets(2)
    with pytest.raises(ValueError, match="has 3 classes; the network has 1 output"):
        iris.targets(1)
    with pytest.raises(ValueError, match="has 2 classes; the network has 3 outputs"):
        make("moons").targets(3)


def test_regression_targets_need_matching_outputs():
    d = make("sin", samples=10)
    np.testing.assert_array_equal(d.targets(1), d.y)
    with pytest.raises(ValueError, match="dataset 'sin' has 1 target column; the network has 2 outputs"):
        d.targets(2)


def _sorted_rows(a):
    return a[np.lexsort(a.T[::-1])]


def test_split_is_stratified_complete_and_deterministic():
    iris = make("iris")
    train, test = iris.split(0.2, seed=0)
    assert (train.n_samples, test.n_samples) == (120, 30)
    assert np.bincount(train.y).tolist() == [40, 40, 40]
    assert np.bincount(test.y).tolist() == [10, 10, 10]
    # Train and test together are exactly the original rows, each once.
    both = np.column_stack([np.vstack([train.X, test.X]), np.concatenate([train.y, test.y])])
    np.testing.assert_array_equal(_sorted_rows(both), _sorted_rows(np.column_stack([iris.X, iris.y])))
    again = iris.split(0.2, seed=0)
    np.testing.assert_array_equal(again[1].X, test.X)
    assert not np.array_equal(iris.split(0.2, seed=1)[1].X, test.X)
    assert test.class_names == iris.class_names and test.feature_names == iris.feature_names
    # Shuffled across classes, not class blocks.
    assert np.any(np.diff(train.y) < 0)


def test_split_keeps_class_shares_when_classes_are_unequal():
    ds = Dataset("unequal", np.arange(40.0).reshape(-1, 1), np.array([0] * 30 + [1] * 10), "classification")
    train, test = ds.split(0.5, seed=0)
    assert np.bincount(test.y).tolist() == [15, 5]
    assert np.bincount(train.y).tolist() == [15, 5]


def test_split_always_leaves_each_class_in_training():
    train, test = gate("and").split(0.75, seed=0)
    assert set(train.y.tolist()) == {0, 1}
    assert train.n_samples + test.n_samples == 4


def test_split_regression_and_zero_fraction():
    d = make("sin", samples=100)
    train, test = d.split(0.25, seed=0)
    assert (train.n_samples, test.n_samples) == (75, 25)
    np.testing.assert_allclose(np.sort(np.concatenate([train.X, test.X]).ravel()), d.X.ravel())
    same, empty = d.split(0.0, seed=0)
    assert same is d
    assert empty.X.shape == (0, 1) and empty.y.shape == (0, 1) and empty.task == "regression"
    _, empty_cls = make("iris").split(0, seed=0)
    assert empty_cls.X.shape == (0, 4) and empty_cls.y.shape == (0,) and empty_cls.n_classes == 3
    assert empty_cls.targets(3).shape == (0, 3)


@pytest.mark.parametrize("fraction", [-0.1, 1.0, 1.5])
def test_split_fraction_outside_zero_to_one_is_refused(fraction):
    with pytest.raises(ValueError, match="test_fraction"):
        make("xor").split(fraction, seed=0)


def test_subset_by_indices_and_mask():
    d = gate("or")
    picked = d.subset([3, 0])
    np.testing.assert_array_equal(picked.X, [[1, 1], [0, 0]])
    assert picked.y.tolist() == [1, 0] and picked.name == "gate:or"
    masked = d.subset(d.y == 1)
    assert masked.n_samples == 3 and set(masked.y.tolist()) == {1}
    with pytest.raises(ValueError):
        d.subset([True, False])
    with pytest.raises(ValueError):
        d.subset([0.5])


def test_dataset_validates_its_arrays():
    with pytest.raises(DatasetError, match="2-D"):
        Dataset("bad", np.zeros(3), np.zeros(3), "classification")
    with pytest.raises(DatasetError, match="labels must have shape"):
        Dataset("bad", np.zeros((3, 2)), np.zeros(4), "classification")
    with pytest.raises(DatasetError, match="0..1"):
        Dataset("bad", np.zeros((2, 2)), [0, 2], "classification", class_names=("a", "b"))
    with pytest.raises(DatasetError, match="task"):
        Dataset("bad", np.zeros((2, 2)), [0, 1], "clustering")
    with pytest.raises(DatasetError, match="image shape"):
        Dataset("bad", np.zeros((2, 4)), [0, 1], "classification", image_shape=(3, 3))
    d = Dataset("ok", [[1, 2], [3, 4]], [1, 0], "classification")
    assert d.X.dtype == np.float64 and d.class_names == ("0", "1") and d.feature_names == ("x1", "x2")
    assert repr(d) == "Dataset('ok', classification, 2x2, 2 classes)"


# --------------------------------------------------------------------------- bundled data

def test_iris_matches_fishers_table():
    iris = make("iris", samples=5, noise=1.0, seed=9)  # arguments ignored for bundled data
    assert iris.X.shape == (150, 4) and iris.y.shape == (150,)
    assert iris.class_names == ("setosa", "versicolor", "virginica")
    assert np.bincount(iris.y).tolist() == [50, 50, 50]
    np.testing.assert_array_equal(iris.X[0], [5.1, 3.5, 1.4, 0.2])
    # Column means as published with the data set (cm).
    np.testing.assert_allclose(iris.X.mean(axis=0), [5.843, 3.057, 3.758, 1.199], atol=5e-4)
    assert iris.image_shape is None and "Fisher" in iris.description


def test_digits_are_8x8_images_scaled_to_unit_range():
    digits = make("digits")
    assert digits.X.shape == (1797, 64) and digits.image_shape == (8, 8)
    assert digits.class_names == tuple(str(i) for i in range(10))
    assert np.bincount(digits.y).tolist() == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]
    assert digits.X.min() == 0.0 and digits.X.max() == 1.0
    np.testing.assert_array_equal(digits.X * 16, np.round(digits.X * 16))  # sixteenths of the 0..16 counts
    assert digits.y[0] == 0 and digits.X[0].reshape(8, 8)[0, 2] == 5 / 16


def test_bundled_data_equals_scikit_learns_original_files():
    # Oracle: scikit-learn's own data files, read with NumPy (importing sklearn itself is slow).
    spec = importlib.util.find_spec("sklearn")
    if spec is None:
        pytest.skip("scikit-learn is not installed")
    source = Path(spec.origin).parent / "datasets" / "data"
    raw_iris = np.loadtxt(source / "iris.csv", delimiter=",", skiprows=1)
    raw_digits = np.loadtxt(source / "digits.csv.gz", delimiter=",")
    iris, digits = make("iris"), make("digits")
    np.testing.assert_array_equal(iris.X, raw_iris[:, :4])
    np.testing.assert_array_equal(iris.y, raw_iris[:, 4])
    np.testing.assert_array_equal(digits.X, raw_digits[:, :64] / 16)
    np.testing.assert_array_equal(digits.y, raw_digits[:, 64])


def test_bundled_data_hands_out_independent_copies():
    first = make("iris")
    first.X[:] = 0
    assert make("iris").X[0, 0] == 5.1


def test_loading_bundled_data_needs_no_scikit_learn():
    code = ("import sys; from simulator import datasets as d; d.make('iris'); d.make('digits'); "
            "assert 'sklearn' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


# --------------------------------------------------------------------------- CSV import

def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_csv_with_header_and_string_labels(tmp_path):
    path = _write(tmp_path, "flowers.csv", "length,width,kind\n1.5,2,b\n3,4.25,a\n\n# a comment\n5,6,b\n")
    d = load_csv(path)
    assert d.name == "flowers" and d.task == "classification"
    np.testing.assert_array_equal(d.X, [[1.5, 2], [3, 4.25], [5, 6]])
    assert d.class_names == ("a", "b") and d.y.tolist() == [1, 0, 1]
    assert d.feature_names == ("length", "width")


def test_csv_without_header_numeric_labels_first_column(tmp_path):
    path = _write(tmp_path, "n.csv", "2, 0.5, 1\n10, 1.5, 2\n2, 2.5, 3\n")
    d = load_csv(path, label_column=0)
    assert d.class_names == ("2", "10")  # numeric order, not string order
    assert d.y.tolist() == [0, 1, 0]
    np.testing.assert_array_equal(d.X, [[0.5, 1], [1.5, 2], [2.5, 3]])
    assert d.feature_names == ("x1", "x2")


def test_csv_label_by_name_regression_detection_and_override(tmp_path):
    path = _write(tmp_path, "r.csv", "y,x\n0.5,1\n1.25,2\n")
    d = load_csv(path, label_column="y")
    assert d.task == "regression" and d.y.shape == (2, 1)
    np.testing.assert_array_equal(d.y[:, 0], [0.5, 1.25])
    counts = _write(tmp_path, "c.csv", "x,count\n1,3\n2,5\n")
    assert load_csv(counts).task == "classification"
    assert load_csv(counts, task="regression").y[:, 0].tolist() == [3.0, 5.0]


def test_csv_gzip_and_tabs(tmp_path):
    path = tmp_path / "t.tsv.gz"
    path.write_bytes(gzip.compress(b"a\tb\tlabel\n1\t2\tyes\n3\t4\tno\n"))
    d = load_csv(path)
    assert d.name == "t" and d.class_names == ("no", "yes")
    np.testing.assert_array_equal(d.X, [[1, 2], [3, 4]])


@pytest.mark.parametrize("text, message", [
    ("a,b,c\n1,2,x\n1,2,y\nabc,2,z\n", "bad.csv line 4: column 1 'abc' is not a number"),
    ("1,2,x\n1,2,y\n1,abc,y\n", "bad.csv line 3: column 2 'abc' is not a number"),
    ("1,2,x\n1,2\n", "bad.csv line 2: expected 3 columns, found 2"),
    ("1,2,x\n1,2,x,4\n", "bad.csv line 2: expected 3 columns, found 4"),
    ("1,,x\n1,?,x\n", "bad.csv: every data row has a missing value (2 dropped, first at line 1)"),
    ("1,2,x\n1,inf,x\n", "bad.csv line 2: column 2 'inf' is not a finite number"),
    ("1,2,x\n1,2,nan\n", "bad.csv line 2: the label (column 3) 'nan' is not a finite number"),
    ("", "bad.csv: the file is empty"),
    ("\n\n# only comments\n", "bad.csv: the file is empty"),
    ("a,b,label\n", "bad.csv: the file has a header but no data rows"),
    ("1\n2\n", "bad.csv line 1: found 1 column"),
])
def test_csv_errors_name_the_file_and_line(tmp_path, text, message):
    path = _write(tmp_path, "bad.csv", text)
    with pytest.raises(DatasetError) as info:
        load_csv(path)
    assert message in str(info.value)


def test_csv_argument_errors(tmp_path):
    path = _write(tmp_path, "ok.csv", "a,b,label\n1,2,x\n")
    with pytest.raises(DatasetError, match="no column named 'kind'"):
        load_csv(path, label_column="kind")
    with pytest.raises(DatasetError, match="out of range for 3 columns"):
        load_csv(path, label_column=3)
    with pytest.raises(DatasetError, match="header=False"):
        load_csv(path, label_column="label", header=False)
    with pytest.raises(DatasetError, match="ok.csv line 2: label \\(column 3\\) 'x' is not a finite number"):
        load_csv(path, task="regression")
    with pytest.raises(DatasetError, match="missing.csv: cannot read"):
        load_csv(tmp_path / "missing.csv")
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\xff\xfe\x00a,b")
    with pytest.raises(DatasetError, match="binary.csv line 1: not a UTF-8 text file"):
        load_csv(binary)
    assert issubclass(DatasetError, ValueError)


# --------------------------------------------------------------------------- IDX import

def _idx(array: np.ndarray, type_byte: int = 0x08) -> bytes:
    big_endian = array.astype(array.dtype.newbyteorder(">"))
    return struct.pack(">BBBB", 0, 0, type_byte, array.ndim) + struct.pack(f">{array.ndim}I", *array.shape) \
        + big_endian.tobytes()


def _mnist_like(rng, n=5, rows=3, cols=2):
    images = rng.integers(0, 256, size=(n, rows, cols), dtype=np.uint8)
    labels = np.array([7, 1, 7, 3, 1][:n], dtype=np.uint8)
    return images, labels


def test_idx_images_and_labels(tmp_path):
    images, labels = _mnist_like(np.random.default_rng(0))
    (tmp_path / "img.idx").write_bytes(_idx(images))
    (tmp_path / "lab.idx").write_bytes(_idx(labels))
    d = load_idx(tmp_path / "img.idx", tmp_path / "lab.idx")
    assert d.X.shape == (5, 6) and d.image_shape == (3, 2)
    np.testing.assert_allclose(d.X, images.reshape(5, 6) / 255.0)
    assert 0.0 <= d.X.min() and d.X.max() <= 1.0
    assert d.class_names == ("1", "3", "7") and d.y.tolist() == [2, 0, 2, 1, 0]


def test_idx_gzip_and_mnist_label_file_found_by_name(tmp_path):
    images, labels = _mnist_like(np.random.default_rng(1))
    (tmp_path / "train-images-idx3-ubyte.gz").write_bytes(gzip.compress(_idx(images)))
    (tmp_path / "train-labels-idx1-ubyte.gz").write_bytes(gzip.compress(_idx(labels)))
    d = load_idx(tmp_path / "train-images-idx3-ubyte.gz")
    assert d.name == "train-images-idx3-ubyte"
    np.testing.assert_allclose(d.X, images.reshape(5, -1) / 255.0)
    assert [d.class_names[i] for i in d.y] == ["7", "1", "7", "3", "1"]


def test_idx_float_images_kept_as_they_are(tmp_path):
    images = np.array([[0.25, 2.0], [-1.0, 0.5]], dtype=np.float32)
    (tmp_path / "f.idx").write_bytes(_idx(images, 0x0D))
    (tmp_path / "l.idx").write_bytes(_idx(np.array([0, 1], dtype=np.uint8)))
    d = load_idx(tmp_path / "f.idx", tmp_path / "l.idx")
    np.testing.assert_array_equal(d.X, images)
    assert d.image_shape is None


def test_idx_errors(tmp_path):
    images, labels = _mnist_like(np.random.default_rng(2))
    good_images, good_labels = tmp_path / "img.idx", tmp_path / "lab.idx"
    good_images.write_bytes(_idx(images))
    good_labels.write_bytes(_idx(labels))

    bad_magic = tmp_path / "magic.idx"
    bad_magic.write_bytes(b"\x12\x34\x08\x03" + _idx(images)[4:])
    with pytest.raises(DatasetError, match="magic.idx: not an IDX file \\(bad magic number 0x12340803"):
        load_idx(bad_magic, good_labels)

    truncated = tmp_path / "short.idx"
    truncated.write_bytes(_idx(images)[:-3])
    with pytest.raises(DatasetError, match="short.idx: dimensions 5x3x2 need 30 bytes of data, found 27"):
        load_idx(truncated, good_labels)

    few_labels = tmp_path / "few.idx"
    few_labels.write_bytes(_idx(labels[:4]))
    with pytest.raises(DatasetError, match="few.idx has 4 labels but img.idx has 5 images"):
        load_idx(good_images, few_labels)

    with pytest.raises(DatasetError, match="no labels file given"):
        load_idx(good_images)

    tiny = tmp_path / "tiny.idx"
    tiny.write_bytes(b"\x00\x00")
    with pytest.raises(DatasetError, match="too short"):
        load_idx(tiny, good_labels)

    broken_gz = tmp_path / "broken.idx.gz"
    broken_gz.write_bytes(gzip.compress(_idx(images))[:-10])
    with pytest.raises(DatasetError, match="broken.idx.gz: the gzip data is damaged"):
        load_idx(broken_gz, good_labels)
