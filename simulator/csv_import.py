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
import io
import math
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .datafiles import DatasetError, open_data, progress_of, reading
from .datasets import CLASSIFICATION, REGRESSION, TASKS, Dataset

DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar", " ": "spaces"}
DECIMALS = (".", ",")
CATEGORICAL = ("skip", "onehot")
LABEL_NAMES = ("label", "class", "target", "species", "y")
MISSING = frozenset({"", "na", "n/a", "nan", "null", "none", "?", "-", "#n/a"})
PREVIEW_ROWS = 200
MAX_COLUMNS = 10_000
MAX_CATEGORIES = 100         # per one-hot encoded column
MAX_CLASSES = 1_000
MAX_ROWS = 5_000_000


class ImportCancelled(DatasetError):
    """The import was cancelled through its progress callback."""


@dataclass(frozen=True)
class CsvOptions:
    """How to read a CSV file; None means "detect it"."""

    delimiter: str | None = None
    decimal: str | None = None
    header: bool | None = None
    label: int | str | None = None      # a position (negative counts from the end) or a header name
    categorical: str = "skip"           # text feature columns: "skip" or "onehot"
    task: str | None = None             # "classification", "regression" or None (detect)

    def __post_init__(self):
        if self.delimiter is not None and self.delimiter not in DELIMITERS:
            raise DatasetError(f"delimiter must be one of {', '.join(map(repr, DELIMITERS))}, got {self.delimiter!r}")
        if self.decimal is not None and self.decimal not in DECIMALS:
            raise DatasetError(f"decimal separator must be '.' or ',', got {self.decimal!r}")
        if self.header is not None and not isinstance(self.header, bool):
            raise DatasetError(f"header must be true, false or left out, got {self.header!r}")
        if self.label is not None and (isinstance(self.label, bool) or not isinstance(self.label, (int, str))):
            raise DatasetError(f"label must be a column number or name, got {self.label!r}")
        if self.categorical not in CATEGORICAL:
            raise DatasetError(f"categorical must be 'skip' or 'onehot', got {self.categorical!r}")
        if self.task is not None and self.task not in TASKS:
            raise DatasetError(f"task must be one of {', '.join(TASKS)}, got {self.task!r}")

    def to_dict(self) -> dict:
        """The options that differ from "detect", as stored in a network file's dataset section."""
        defaults = CsvOptions()
        return {key: getattr(self, key) for key in self.__dataclass_fields__
                if getattr(self, key) != getattr(defaults, key)}

    @classmethod
    def from_dict(cls, values: dict) -> CsvOptions:
        unknown = set(values) - set(cls.__dataclass_fields__)
        if unknown:
            raise DatasetError(f"unknown CSV option {sorted(unknown)[0]!r}; the options are "
                               f"{', '.join(cls.__dataclass_fields__)}")
        return cls(**values)


@dataclass
class Layout:
    """What a CSV file looks like: the detected (or given) reading options and a preview."""

    delimiter: str
    decimal: str
    header: bool
    names: list[str]                 # one per column (made up as "column 3" without a header)
    label: int                       # the label column's position
    kinds: list[str]                 # per column: "number" or "text" (from the previewed rows)
    rows: list[list[str]]            # the first data rows, as text
    first_line: int                  # the line number of the first data row
    trailing_empty: bool = False     # every row ends with an empty field (a trailing delimiter)
    sklearn_classes: tuple[str, ...] | None = None   # scikit-learn's "n,d,names…" first line
    notes: list[str] = field(default_factory=list)

    @property
    def features(self) -> list[int]:
        return [c for c in range(len(self.names)) if c != self.label]

    def describe(self) -> str:
        """One line for a preview: what was detected."""
        parts = [f"{len(self.names)} columns separated by {DELIMITERS[self.delimiter]}",
                 "decimal comma" if self.decimal == "," else "decimal point",
                 "a header row" if self.header else "no header row",
                 f"label column {self.label + 1}"]
        name = self.names[self.label]
        if name != f"column {self.label + 1}":
            parts[-1] += f" ({name})"
        return "; ".join(parts)


# ----------------------------------------------------------------------------- reading lines

class _Lines:
    """The file's lines without blank and comment lines, remembering each one's line number."""

    def __init__(self, stream, name: str):
        self.name = name
        self.text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="strict", newline="")
        self.number = 0          # the line number of the line handed out last
        self.taken = 0           # how many lines were handed out

    def __iter__(self) -> Iterator[str]:
        number = self.number
        try:
            for line in self.text:
                number += 1
                start = line.lstrip()
                if not start or start[0] == "#":
                    continue
                self.number = number
                self.taken += 1
                yield line
        except UnicodeDecodeError as exc:
            raise DatasetError(f"{self.name} line {number + 1}: not a UTF-8 text file (byte {exc.start} of the "
                               "block being read cannot be decoded)") from None


def _reader(lines: _Lines, delimiter: str):
    if delimiter == " ":
        return csv.reader((" ".join(line.split()) + "\n" for line in lines), delimiter=" ", strict=True)
    return csv.reader(lines, delimiter=delimiter, strict=True)


# ----------------------------------------------------------------------------- detection

def _number(text: str, decimal: str) -> float | None:
    if decimal == "," and "," in text:
        text = text.replace(".", "").replace(",", ".") if text.count(",") == 1 else text
    try:
        return float(text)
    except ValueError:
        return None


def _comma_float(text: str) -> float:
    value = _number(text.strip(), ",")
    if value is None:
        raise ValueError(text)
    return value


def _checked_row(fields: list[str], columns: list[int], convert, fname: str, number: int) -> list[float] | None:
    """The row's numbers, None when one is missing; a non-number or infinity is refused with the line."""
    row = []
    for c in columns:
        text = fields[c].strip()
        if _is_missing(text):
            return None
        try:
            value = convert(text)
        except ValueError:
            raise DatasetError(f"{fname} line {number}: column {c + 1} {text!r} is not a number") from None
        if not math.isfinite(value):
            raise DatasetError(f"{fname} line {number}: column {c + 1} {text!r} is not a finite number")
        row.append(value)
    return row


def _is_missing(text: str) -> bool:
    return text.lower() in MISSING


def _detect_delimiter(lines: list[str]) -> str:
    # The delimiter that splits every sampled line into the same, largest number of fields wins;
    # ties go to tab, then semicolon (which files with decimal commas use), then bar, comma, spaces.
    best, best_count = ",", 1
    for candidate in ("\t", ";", "|", ",", " "):
        counts = {len(row) for row in _reader_list(lines, candidate)}
        if len(counts) == 1:
            count = counts.pop()
            if count > best_count:
                best, best_count = candidate, count
    return best


def _reader_list(lines: list[str], delimiter: str) -> list[list[str]]:
    try:
        if delimiter == " ":
            return list(csv.reader((" ".join(line.split()) for line in lines), delimiter=" "))
        return list(csv.reader(lines, delimiter=delimiter))
    except csv.Error:
        return [[]]


def _detect_decimal(rows: list[list[str]], delimiter: str) -> str:
    if delimiter == ",":
        return "."
    commas = sum(1 for row in rows for f in row if "," in f and _number(f, ",") is not None)
    return "," if commas else "."


@reading
def sniff(path, options: CsvOptions | None = None) -> Layout:
    """Read the first rows of `path` and work out how to read it (the options override the guesses)."""
    options = options or CsvOptions()
    path = Path(path)
    name = path.name
    with open_data(path) as stream:
        lines = _Lines(stream, name)
        sample: list[tuple[int, str]] = []
        for line in lines:
            sample.append((lines.number, line))
            if len(sample) > PREVIEW_ROWS:
                break
    if not sample:
        raise DatasetError(f"{name}: the file is empty")
    texts = [line for _, line in sample]
    delimiter = options.delimiter or _detect_delimiter(texts[1:] if len(texts) > 2 else texts)
    rows = [[f.strip() for f in row] for row in _reader_list(texts, delimiter)]
    if len(rows) != len(sample):      # quoted line breaks: fall back to line-by-line for the preview
        rows = [[f.strip() for f in _reader_list([t], delimiter)[0]] for t in texts]
    numbers = [n for n, _ in sample]

    sklearn = _sklearn_classes(rows)
    if sklearn is not None and options.header is None:
        rows, numbers = rows[1:], numbers[1:]
    trailing = len(rows[0]) > 2 and all(row and row[-1] == "" for row in rows)
    if trailing:
        rows = [row[:-1] for row in rows]
    width = len(rows[0])
    if width < 2:
        hint = " (the values seem separated by spaces: pick 'spaces' as the delimiter)" \
            if len(texts[0].split()) > 1 and options.delimiter else ""
        raise DatasetError(f"{name} line {numbers[0]}: found 1 column; a dataset needs at least one feature "
                           f"column and a label column{hint}")
    if width > MAX_COLUMNS:
        raise DatasetError(f"{name} line {numbers[0]}: {width:,} columns; at most {MAX_COLUMNS:,} are read")
    decimal = options.decimal or _detect_decimal(rows[1:] or rows, delimiter)

    header = options.header
    if header is None:
        header = sklearn is None and _looks_like_header(rows, decimal)
    names = rows[0] if header else [f"column {c + 1}" for c in range(width)]
    if header:
        names = [n or f"column {c + 1}" for c, n in enumerate(names)]
    data_rows, first_line = (rows[1:], numbers[1] if len(numbers) > 1 else numbers[0] + 1) if header \
        else (rows, numbers[0])
    label = _label_column(options.label, names, header, name, numbers[0], width)
    kinds = []
    for c in range(width):
        values = [row[c] for row in data_rows if c < len(row) and not _is_missing(row[c])]
        kinds.append("number" if not values or any(_number(v, decimal) is not None for v in values) else "text")
    notes = []
    if sklearn is not None:
        notes.append(f"scikit-learn layout: classes {', '.join(sklearn)}")
    if trailing:
        notes.append("every row ends with an empty field (a trailing delimiter); it is ignored")
    text_columns = [names[c] for c in range(width) if kinds[c] == "text" and c != label]
    if text_columns:
        what = "one-hot encoded" if options.categorical == "onehot" else "skipped"
        notes.append(f"text columns {what}: {', '.join(text_columns)}")
    return Layout(delimiter, decimal, header, names, label, kinds, data_rows[:20], first_line, trailing, sklearn,
                  notes)


def _sklearn_classes(rows: list[list[str]]) -> tuple[str, ...] | None:
    """scikit-learn's bundled CSVs start with "n_samples,n_features,class names…" and end rows with 0…k-1."""
    if len(rows) < 2 or len(rows[0]) < 4:
        return None
    first, data = rows[0], rows[1:]
    if not (first[0].isdigit() and first[1].isdigit()):
        return None
    n_samples, n_features = int(first[0]), int(first[1])
    complete = len(data) < PREVIEW_ROWS
    if n_features < 1 or n_samples < len(data) or (complete and n_samples != len(data)):
        return None
    names = tuple(f for f in first[2:] if f)
    if len(names) < 2 or any(_number(n, ".") is not None for n in names):
        return None
    if any(len(row) != n_features + 1 or row[-1] not in {str(k) for k in range(len(names))} for row in data):
        return None
    return names


def _looks_like_header(rows: list[list[str]], decimal: str) -> bool:
    first, below = rows[0], rows[1:]
    if not below:
        return all(_number(f, decimal) is None for f in first)
    for c, text in enumerate(first):
        if _number(text, decimal) is not None:
            continue
        column = [row[c] for row in below if c < len(row) and not _is_missing(row[c])]
        if column and all(_number(v, decimal) is not None for v in column):
            return True      # text above numbers: a column name
    # Every column is text all the way down: a header when its names do not recur below.
    return all(_number(f, decimal) is None for f in first) and \
        not any(first[c] in {row[c] for row in below if c < len(row)} for c in range(len(first)))


def _label_column(given, names: list[str], header: bool, fname: str, line: int, width: int) -> int:
    if isinstance(given, str):
        if not header:
            raise DatasetError(f"{fname}: label column {given!r} is a name, but header=False says the file has "
                               "no header")
        if given not in names:
            raise DatasetError(f"{fname} line {line}: no column named {given!r} in the header ({', '.join(names)})")
        return names.index(given)
    if given is not None:
        if not -width <= given < width:
            raise DatasetError(f"{fname}: label column {given} is out of range for {width} columns")
        return given % width
    if header:
        lowered = [n.strip().lower() for n in names]
        for wanted in LABEL_NAMES:
            if wanted in lowered:
                return lowered.index(wanted)
    return width - 1


# ----------------------------------------------------------------------------- loading

@reading
def load(path, options: CsvOptions | None = None, progress: Callable[[float], bool | None] | None = None) -> Dataset:
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
        raise DatasetError(f"{fname}: no numeric feature columns (the text columns are skipped; choose one-hot "
                           "encoding to use them)")
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

    convert = float if decimal == "." else _comma_float
    with open_data(path) as stream:
        lines = _Lines(stream, fname)
        reader = _reader(lines, layout.delimiter)
        skip = 1 if layout.header or skip_first else 0
        n = previous = 0
        try:
            for fields in reader:
                spanned, previous, number = lines.taken - previous, lines.taken, lines.number
                if spanned > 1:
                    raise DatasetError(f"{fname} line {number - spanned + 1}: a quoted field runs over {spanned} "
                                       "lines (an unclosed quote?)")
                if skip:
                    skip -= 1
                    continue
                if layout.trailing_empty and len(fields) == width + 1 and not fields[-1].strip():
                    fields.pop()
                if len(fields) != width:
                    raise DatasetError(f"{fname} line {number}: expected {width} columns, found {len(fields)}")
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
                    raise DatasetError(f"{fname} line {number}: the label (column {label + 1}) {text!r} is not a "
                                       "finite number")
                if row is None or (label_value is None and _is_missing(text)) or \
                        any(_is_missing(fields[c].strip()) for c in coded):
                    dropped += 1
                    first_dropped = first_dropped or number
                    continue
                values.extend(row)
                for k, c in enumerate(coded):
                    table = categories[k]
                    codes.append(table.setdefault(fields[c].strip(), len(table)))
                    if len(table) > MAX_CATEGORIES:
                        raise DatasetError(f"{fname} line {number}: column {c + 1} ({layout.names[c]}) has more "
                                           f"than {MAX_CATEGORIES} different values; skip it instead of one-hot "
                                           "encoding it")
                label_numbers.append(math.nan if label_value is None else label_value)
                if label_value is None and first_text is None:
                    first_text = (number, text)
                if label_index is not None:
                    label_codes.append(label_index.setdefault(text, len(label_index)))
                    if len(label_index) > MAX_CLASSES:
                        label_index, label_codes = None, array("l")    # too many to be classes: numbers only
                if label_value is None and label_index is None:
                    raise DatasetError(f"{fname} line {number}: the label (column {label + 1}) {text!r} is not a "
                                       f"number, and there are more than {MAX_CLASSES} different labels")
                n += 1
                if n > MAX_ROWS:
                    raise DatasetError(f"{fname}: more than {MAX_ROWS:,} rows; Synaptica reads at most that many")
                if progress is not None and n % 4096 == 0 and progress(progress_of(stream)) is False:
                    raise ImportCancelled(f"{fname}: import cancelled")
        except csv.Error as exc:
            start = lines.number - (lines.taken - previous) + 1
            until = f" (read up to line {lines.number})" if lines.number > start else ""
            raise DatasetError(f"{fname} line {start}: malformed quoting ({exc}){until}; check for an unclosed "
                               "quote") from None

    if n == 0:
        if dropped:
            raise DatasetError(f"{fname}: every data row has a missing value ({dropped} dropped, first at line "
                               f"{first_dropped})")
        raise DatasetError(f"{fname}: the file has a header but no data rows")
    X = np.frombuffer(values, dtype=np.float64).reshape(n, len(numeric)) if numeric else np.empty((n, 0))
    feature_names = [layout.names[c] if layout.header else f"x{j + 1}" for j, c in enumerate(numeric)]
    if coded:
        code_matrix = np.frombuffer(codes, dtype=f"i{codes.itemsize}").reshape(n, len(coded))
        blocks = [X]
        for k, c in enumerate(coded):
            names = sorted(categories[k], key=categories[k].get)
            blocks.append((code_matrix[:, k:k + 1] == np.arange(len(names))).astype(np.float64))
            feature_names += [f"{layout.names[c]}={v}" for v in names]
        X = np.hstack(blocks)
    y, class_names, task = _labels(fname, layout, options, label_numbers, label_codes, label_index, first_text)
    notes = [] if not dropped else [f"dropped {dropped} {'row' if dropped == 1 else 'rows'} with missing values "
                                    f"(first at line {first_dropped})"]
    description = f"Loaded from {fname}" + (f"; {notes[0]}" if notes else "") + "."
    if progress is not None:
        progress(1.0)
    return Dataset(name=_stem(path), X=X, y=y, task=task, class_names=class_names,
                   feature_names=tuple(feature_names), description=description)


def _labels(fname, layout: Layout, options: CsvOptions, numbers: array, codes: array,
            index: dict[str, int] | None, first_text: tuple[int, str] | None):
    values = np.frombuffer(numbers, dtype=np.float64)
    numeric = not np.isnan(values).any()
    task = options.task
    if task is None:
        task = CLASSIFICATION if not numeric or np.all(values == np.round(values)) else REGRESSION
    if task == REGRESSION:
        if first_text is not None:
            line, text = first_text
            raise DatasetError(f"{fname} line {line}: label (column {layout.label + 1}) {text!r} is not a finite "
                               "number, as regression needs")
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
            raise DatasetError(f"{fname}: {len(classes):,} different labels are too many classes (at most "
                               f"{MAX_CLASSES}); choose regression for a numeric target")
        return y.astype(np.int64), tuple(str(int(v)) if v == int(v) else repr(float(v)) for v in classes), task
    if index is None:
        raise DatasetError(f"{fname}: more than {MAX_CLASSES} different labels are too many classes")
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

