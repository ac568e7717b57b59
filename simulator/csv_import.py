"""Reading tables of numbers the way real files are written.

    layout = csv_import.sniff(path)                  # what the file looks like (for a preview)
    data = csv_import.load(path, CsvOptions(label="species"), progress=callback)

What is detected (each can be set in `CsvOptions` instead):

- the delimiter (comma, semicolon, tab, bar or runs of spaces) and the decimal
  separator ("1,5" in semicolon files);
- a header row: the first row is one when a column that holds numbers below has
  text in it;
- scikit-learn's bundled layout (iris.csv, wine_data.csv, breast_cancer.csv): a
  first line "n_samples,n_features,class names…" and integer labels in the last column;
- the label column: one named label, class, target, species or y, else the last;
- an empty last column in every row (a trailing comma, as Excel writes);
- text feature columns (e.g. "sex"), which are skipped or one-hot encoded.

Rows with a missing value ("", NA, NaN, ?, null, …) are dropped and counted.
Malformed quoting, non-finite labels and non-numbers in number columns are refused
with the line. The file is streamed: memory grows with the numbers kept (8 bytes
each), not with the text.
"""
from __future__ import annotations

import csv
import math
from array import array
from collections.abc import Callable
from pathlib import Path

import numpy as np

from .csv_layout import (CATEGORICAL, DECIMALS, DELIMITERS, LABEL_NAMES, MAX_COLUMNS, MISSING, PREVIEW_ROWS,
                         CsvOptions, Layout, LinesOf, csv_reader, is_missing, parse_number, sniff)
from .datafiles import DatasetError, StrPath, open_data, progress_of, reading
from .datasets import CLASSIFICATION, REGRESSION, Dataset
from .text import Text

__all__ = ["CATEGORICAL", "DECIMALS", "DELIMITERS", "LABEL_NAMES", "MAX_COLUMNS", "MISSING", "PREVIEW_ROWS",
           "CsvOptions", "DatasetError", "ImportCancelled", "Layout", "load", "sniff"]

MAX_CATEGORIES = 100         # per one-hot encoded column
MAX_CLASSES = 1_000
MAX_ROWS = 5_000_000


class ImportCancelled(DatasetError):
    """The import was cancelled through its progress callback."""


def _comma_float(text: str) -> float:
    value = parse_number(text.strip(), ",")
    if value is None:
        raise ValueError(text)
    return value


def _checked_row(fields: list[str], columns: list[int], convert: Callable[[str], float], fname: str,
                 number: int) -> list[float] | None:
    """The row's numbers, None when one is missing; a non-number or infinity is refused with the line."""
    row: list[float] = []
    for c in columns:
        text = fields[c].strip()
        if is_missing(text):
            return None
        try:
            value = convert(text)
        except ValueError:
            raise DatasetError(Text("{file} line {line}: column {column} {text!r} is not a number",
                                    file=fname, line=number, column=c + 1, text=text)) from None
        if not math.isfinite(value):
            raise DatasetError(Text("{file} line {line}: column {column} {text!r} is not a finite number",
                                    file=fname, line=number, column=c + 1, text=text))
        row.append(value)
    return row


# ----------------------------------------------------------------------------- loading

@reading
def load(path: StrPath, options: CsvOptions | None = None,
         progress: Callable[[float], bool | None] | None = None) -> Dataset:
    """Read the whole file as a Dataset. `progress(fraction)` is called now and then; returning
    False cancels (ImportCancelled). Every failure is a DatasetError naming the file (and line)."""
    options = options or CsvOptions()
    path = Path(path)
    fname = path.name
    layout = sniff(path, options)
    width = len(layout.names)
    features = layout.features
    numeric = [c for c in features if layout.kinds[c] == "number"]
    coded = [c for c in features if layout.kinds[c] == "text"] if options.categorical == "onehot" else []
    if not numeric and not coded:
        raise DatasetError(Text("{file}: no numeric feature columns (the text columns are skipped; choose one-hot "
                                "encoding to use them)", file=fname))
    values = array("d")                            # numeric features, row after row
    codes = array("l")                             # one-hot columns' category numbers, row after row
    categories: list[dict[str, int]] = [{} for _ in coded]
    label_numbers = array("d")                     # labels that are numbers (NaN where text)
    label_codes = array("l")                       # labels by first appearance, while there are few
    label_index: dict[str, int] | None = {}
    dropped, first_dropped = 0, None
    first_text: tuple[int, str] | None = None      # the first label that is not a number: (line, text)
    skip_first = layout.sklearn_classes is not None and options.header is None
    decimal, label = layout.decimal, layout.label

    convert: Callable[[str], float] = float if decimal == "." else _comma_float
    row: list[float] | None                        # a data row's numbers, None when one is missing
    with open_data(path) as stream:
        lines = LinesOf(stream, fname)
        reader = csv_reader(lines, layout.delimiter)
        skip = 1 if layout.header or skip_first else 0
        n = previous = 0
        try:
            for fields in reader:
                spanned, previous, number = lines.taken - previous, lines.taken, lines.number
                if spanned > 1:
                    raise DatasetError(Text("{file} line {line}: a quoted field runs over {spanned} lines "
                                            "(an unclosed quote?)", file=fname, line=number - spanned + 1,
                                            spanned=spanned))
                if skip:
                    skip -= 1
                    continue
                if layout.trailing_empty and len(fields) == width + 1 and not fields[-1].strip():
                    fields.pop()
                if len(fields) != width:
                    raise DatasetError(Text("{file} line {line}: expected {width} columns, found {found}",
                                            file=fname, line=number, width=width, found=len(fields)))
                # The common case in one go; anything unusual (gaps, text, NaN) takes the careful path.
                try:
                    row = [convert(fields[c]) for c in numeric]
                    fine = math.isfinite(sum(row))
                except ValueError:
                    fine = False
                if not fine:
                    row = _checked_row(fields, numeric, convert, fname, number)
                text = fields[label].strip()
                try:
                    label_value = convert(text)
                except ValueError:
                    label_value = None
                if label_value is not None and not math.isfinite(label_value):
                    raise DatasetError(Text("{file} line {line}: the label (column {column}) {text!r} is not a "
                                            "finite number", file=fname, line=number, column=label + 1, text=text))
                if row is None or (label_value is None and is_missing(text)) or \
                        any(is_missing(fields[c].strip()) for c in coded):
                    dropped += 1
                    first_dropped = first_dropped or number
                    continue
                values.extend(row)
                for k, c in enumerate(coded):
                    table = categories[k]
                    codes.append(table.setdefault(fields[c].strip(), len(table)))
                    if len(table) > MAX_CATEGORIES:
                        raise DatasetError(Text("{file} line {line}: column {column} ({name}) has more than "
                                                "{limit} different values; skip it instead of one-hot encoding it",
                                                file=fname, line=number, column=c + 1, name=layout.names[c],
                                                limit=MAX_CATEGORIES))
                label_numbers.append(math.nan if label_value is None else label_value)
                if label_value is None and first_text is None:
                    first_text = (number, text)
                if label_index is not None:
                    label_codes.append(label_index.setdefault(text, len(label_index)))
                    if len(label_index) > MAX_CLASSES:
                        label_index, label_codes = None, array("l")    # too many to be classes: numbers only
                if label_value is None and label_index is None:
                    raise DatasetError(Text("{file} line {line}: the label (column {column}) {text!r} is not a "
                                            "number, and there are more than {limit} different labels",
                                            file=fname, line=number, column=label + 1, text=text,
                                            limit=MAX_CLASSES))
                n += 1
                if n > MAX_ROWS:
                    raise DatasetError(Text("{file}: more than {limit:,} rows; Synaptica reads at most that many",
                                            file=fname, limit=MAX_ROWS))
                if progress is not None and n % 4096 == 0 and progress(progress_of(stream)) is False:
                    raise ImportCancelled(Text("{file}: import cancelled", file=fname))
        except csv.Error as exc:
            start = lines.number - (lines.taken - previous) + 1
            raise DatasetError(Text("{file} line {line}: malformed quoting ({reason}) (read up to line {until}); "
                                    "check for an unclosed quote", file=fname, line=start, reason=str(exc),
                                    until=lines.number) if lines.number > start else
                               Text("{file} line {line}: malformed quoting ({reason}); check for an unclosed quote",
                                    file=fname, line=start, reason=str(exc))) from None

    if n == 0:
        if dropped:
            raise DatasetError(Text("{file}: every data row has a missing value ({dropped} dropped, first at line "
                                    "{line})", file=fname, dropped=dropped, line=first_dropped))
        raise DatasetError(Text("{file}: the file has a header but no data rows", file=fname))
    X = np.frombuffer(values, dtype=np.float64).reshape(n, len(numeric)) if numeric else np.empty((n, 0))
    feature_names = [layout.names[c] if layout.header else f"x{j + 1}" for j, c in enumerate(numeric)]
    if coded:
        code_matrix = np.frombuffer(codes, dtype=f"i{codes.itemsize}").reshape(n, len(coded))
        blocks = [X]
        for k, c in enumerate(coded):
            names = sorted(categories[k], key=categories[k].__getitem__)
            blocks.append((code_matrix[:, k:k + 1] == np.arange(len(names))).astype(np.float64))
            feature_names += [f"{layout.names[c]}={v}" for v in names]
        X = np.hstack(blocks)
    y, class_names, task = _labels(fname, layout, options, label_numbers, label_codes, label_index, first_text)
    if not dropped:
        description = Text("Loaded from {file}.", file=fname)
    elif dropped == 1:
        description = Text("Loaded from {file}; dropped 1 row with missing values (first at line {line}).",
                           file=fname, line=first_dropped)
    else:
        description = Text("Loaded from {file}; dropped {count} rows with missing values (first at line {line}).",
                           file=fname, count=dropped, line=first_dropped)
    if progress is not None:
        progress(1.0)
    return Dataset(name=_stem(path), X=X, y=y, task=task, class_names=class_names,
                   feature_names=tuple(feature_names), description=description)


def _labels(fname: str, layout: Layout, options: CsvOptions, numbers: array[float], codes: array[int],
            index: dict[str, int] | None,
            first_text: tuple[int, str] | None) -> tuple[np.ndarray, tuple[str, ...], str]:
    values = np.frombuffer(numbers, dtype=np.float64)
    numeric = not np.isnan(values).any()
    task = options.task
    if task is None:
        task = CLASSIFICATION if not numeric or np.all(values == np.round(values)) else REGRESSION
    if task == REGRESSION:
        if first_text is not None:
            line, text = first_text
            raise DatasetError(Text("{file} line {line}: label (column {column}) {text!r} is not a finite number, "
                                    "as regression needs", file=fname, line=line, column=layout.label + 1, text=text))
        return values.reshape(-1, 1).copy(), (), task
    if layout.sklearn_classes is not None and numeric:
        names = layout.sklearn_classes
        y = values.astype(np.int64)
        if y.min() < 0 or y.max() >= len(names):
            names = tuple(str(i) for i in range(int(y.max()) + 1))
        return y, names, task
    if numeric:
        classes, y = np.unique(values, return_inverse=True)
        if len(classes) > MAX_CLASSES:
            raise DatasetError(Text("{file}: {count:,} different labels are too many classes (at most {limit}); "
                                    "choose regression for a numeric target", file=fname, count=len(classes),
                                    limit=MAX_CLASSES))
        return y.astype(np.int64), tuple(str(int(v)) if v == int(v) else repr(float(v)) for v in classes), task
    if index is None:
        raise DatasetError(Text("{file}: more than {limit} different labels are too many classes",
                                file=fname, limit=MAX_CLASSES))
    ordered = sorted(index)
    remap = np.empty(len(index), dtype=np.int64)
    for new, text in enumerate(ordered):
        remap[index[text]] = new
    return remap[np.frombuffer(codes, dtype=f"i{codes.itemsize}")], tuple(ordered), task


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".csv", ".txt", ".tsv", ".data"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name or path.name


