"""How a CSV file is laid out: the reading options, and detecting them from the first rows.

`sniff(path, options)` reads at most PREVIEW_ROWS lines and returns a `Layout`: the
delimiter, decimal separator, header, label column, column kinds and preview rows
(see `simulator.csv_import` for what is detected and how the whole file is read).
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .datafiles import DatasetError, StrPath, open_data, reading
from .datasets import TASKS
from .text import Text

DELIMITERS = {",": Text("comma"), ";": Text("semicolon"), "\t": Text("tab"), "|": Text("vertical bar"),
              " ": Text("spaces")}
DECIMALS = (".", ",")
CATEGORICAL = ("skip", "onehot")
LABEL_NAMES = ("label", "class", "target", "species", "y")
MISSING = frozenset({"", "na", "n/a", "nan", "null", "none", "?", "-", "#n/a"})
PREVIEW_ROWS = 200
MAX_COLUMNS = 10_000


@dataclass(frozen=True)
class CsvOptions:
    """How to read a CSV file; None means "detect it"."""

    delimiter: str | None = None
    decimal: str | None = None
    header: bool | None = None
    label: int | str | None = None      # a position (negative counts from the end) or a header name
    categorical: str = "skip"           # text feature columns: "skip" or "onehot"
    task: str | None = None             # "classification", "regression" or None (detect)

    def __post_init__(self) -> None:
        if self.delimiter is not None and self.delimiter not in DELIMITERS:
            raise DatasetError(Text("delimiter must be one of {choices}, got {value!r}",
                                    choices=", ".join(map(repr, DELIMITERS)), value=self.delimiter))
        if self.decimal is not None and self.decimal not in DECIMALS:
            raise DatasetError(Text("decimal separator must be '.' or ',', got {value!r}", value=self.decimal))
        if self.header is not None and not isinstance(self.header, bool):
            raise DatasetError(Text("header must be true, false or left out, got {value!r}", value=self.header))
        if self.label is not None and (isinstance(self.label, bool) or not isinstance(self.label, (int, str))):
            raise DatasetError(Text("label must be a column number or name, got {value!r}", value=self.label))
        if self.categorical not in CATEGORICAL:
            raise DatasetError(Text("categorical must be 'skip' or 'onehot', got {value!r}", value=self.categorical))
        if self.task is not None and self.task not in TASKS:
            raise DatasetError(Text("task must be one of {choices}, got {value!r}", choices=", ".join(TASKS),
                                    value=self.task))

    def to_dict(self) -> dict[str, Any]:
        """The options that differ from "detect", as stored in a network file's dataset section."""
        defaults = CsvOptions()
        return {key: getattr(self, key) for key in self.__dataclass_fields__
                if getattr(self, key) != getattr(defaults, key)}

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> CsvOptions:
        unknown = set(values) - set(cls.__dataclass_fields__)
        if unknown:
            raise DatasetError(Text("unknown CSV option {name!r}; the options are {options}",
                                    name=sorted(unknown)[0], options=", ".join(cls.__dataclass_fields__)))
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
    notes: list[Text] = field(default_factory=list)

    @property
    def features(self) -> list[int]:
        return [c for c in range(len(self.names)) if c != self.label]

    def describe(self) -> Text:
        """One line for a preview: what was detected."""
        name = self.names[self.label]
        label = (Text("label column {column}", column=self.label + 1) if name == f"column {self.label + 1}" else
                 Text("label column {column} ({name})", column=self.label + 1, name=name))
        return Text("{columns}; {decimal}; {header}; {label}",
                    columns=Text("{count} columns separated by {delimiter}", count=len(self.names),
                                 delimiter=DELIMITERS[self.delimiter]),
                    decimal=Text("decimal comma") if self.decimal == "," else Text("decimal point"),
                    header=Text("a header row") if self.header else Text("no header row"), label=label)


# ----------------------------------------------------------------------------- reading lines

class LinesOf:
    """The file's lines without blank and comment lines, remembering each one's line number."""

    def __init__(self, stream: io.BufferedReader, name: str) -> None:
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
            raise DatasetError(Text("{file} line {line}: not a UTF-8 text file (byte {byte} of the block being "
                                    "read cannot be decoded)", file=self.name, line=number + 1,
                                    byte=exc.start)) from None


def csv_reader(lines: LinesOf, delimiter: str) -> Iterator[list[str]]:
    if delimiter == " ":
        return csv.reader((" ".join(line.split()) + "\n" for line in lines), delimiter=" ", strict=True)
    return csv.reader(lines, delimiter=delimiter, strict=True)


# ----------------------------------------------------------------------------- detection

def parse_number(text: str, decimal: str) -> float | None:
    if decimal == "," and "," in text:
        text = text.replace(".", "").replace(",", ".") if text.count(",") == 1 else text
    try:
        return float(text)
    except ValueError:
        return None


def is_missing(text: str) -> bool:
    return text.lower() in MISSING


def _detect_delimiter(lines: list[str]) -> str:
    # The delimiter that splits every sampled line into the same, largest number of fields wins;
    # ties go to tab, then semicolon (which files with decimal commas use), then bar, comma, spaces.
    best, best_count = ",", 1
    for candidate in ("\t", ";", "|", ",", " "):
        counts = {len(row) for row in reader_list(lines, candidate)}
        if len(counts) == 1:
            count = counts.pop()
            if count > best_count:
                best, best_count = candidate, count
    return best


def reader_list(lines: list[str], delimiter: str) -> list[list[str]]:
    try:
        if delimiter == " ":
            return list(csv.reader((" ".join(line.split()) for line in lines), delimiter=" "))
        return list(csv.reader(lines, delimiter=delimiter))
    except csv.Error:
        return [[]]


def _detect_decimal(rows: list[list[str]], delimiter: str) -> str:
    if delimiter == ",":
        return "."
    commas = sum(1 for row in rows for f in row if "," in f and parse_number(f, ",") is not None)
    return "," if commas else "."


@reading
def sniff(path: StrPath, options: CsvOptions | None = None) -> Layout:
    """Read the first rows of `path` and work out how to read it (the options override the guesses)."""
    options = options or CsvOptions()
    path = Path(path)
    name = path.name
    with open_data(path) as stream:
        lines = LinesOf(stream, name)
        sample: list[tuple[int, str]] = []
        for line in lines:
            sample.append((lines.number, line))
            if len(sample) > PREVIEW_ROWS:
                break
    if not sample:
        raise DatasetError(Text("{file}: the file is empty", file=name))
    texts = [line for _, line in sample]
    delimiter = options.delimiter or _detect_delimiter(texts[1:] if len(texts) > 2 else texts)
    rows = [[f.strip() for f in row] for row in reader_list(texts, delimiter)]
    if len(rows) != len(sample):      # quoted line breaks: fall back to line-by-line for the preview
        rows = [[f.strip() for f in reader_list([t], delimiter)[0]] for t in texts]
    numbers = [n for n, _ in sample]

    sklearn = _sklearn_classes(rows)
    if sklearn is not None and options.header is None:
        rows, numbers = rows[1:], numbers[1:]
    trailing = len(rows[0]) > 2 and all(row and row[-1] == "" for row in rows)
    if trailing:
        rows = [row[:-1] for row in rows]
    width = len(rows[0])
    if width < 2:
        spaced = len(texts[0].split()) > 1 and options.delimiter
        raise DatasetError(Text("{file} line {line}: found 1 column; a dataset needs at least one feature column "
                                "and a label column (the values seem separated by spaces: pick 'spaces' as the "
                                "delimiter)", file=name, line=numbers[0]) if spaced else
                           Text("{file} line {line}: found 1 column; a dataset needs at least one feature column "
                                "and a label column", file=name, line=numbers[0]))
    if width > MAX_COLUMNS:
        raise DatasetError(Text("{file} line {line}: {width:,} columns; at most {limit:,} are read",
                                file=name, line=numbers[0], width=width, limit=MAX_COLUMNS))
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
        values = [row[c] for row in data_rows if c < len(row) and not is_missing(row[c])]
        kinds.append("number" if not values or any(parse_number(v, decimal) is not None for v in values) else "text")
    notes = []
    if sklearn is not None:
        notes.append(Text("scikit-learn layout: classes {classes}", classes=", ".join(sklearn)))
    if trailing:
        notes.append(Text("every row ends with an empty field (a trailing delimiter); it is ignored"))
    text_columns = [names[c] for c in range(width) if kinds[c] == "text" and c != label]
    if text_columns:
        columns = ", ".join(text_columns)
        notes.append(Text("text columns one-hot encoded: {columns}", columns=columns)
                     if options.categorical == "onehot" else Text("text columns skipped: {columns}", columns=columns))
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
    if len(names) < 2 or any(parse_number(n, ".") is not None for n in names):
        return None
    if any(len(row) != n_features + 1 or row[-1] not in {str(k) for k in range(len(names))} for row in data):
        return None
    return names


def _looks_like_header(rows: list[list[str]], decimal: str) -> bool:
    first, below = rows[0], rows[1:]
    if not below:
        return all(parse_number(f, decimal) is None for f in first)
    for c, text in enumerate(first):
        if parse_number(text, decimal) is not None:
            continue
        column = [row[c] for row in below if c < len(row) and not is_missing(row[c])]
        if column and all(parse_number(v, decimal) is not None for v in column):
            return True      # text above numbers: a column name
    # Every column is text all the way down: a header when its names do not recur below.
    return all(parse_number(f, decimal) is None for f in first) and \
        not any(first[c] in {row[c] for row in below if c < len(row)} for c in range(len(first)))


def _label_column(given: int | str | None, names: list[str], header: bool, fname: str, line: int, width: int) -> int:
    if isinstance(given, str):
        if not header:
            raise DatasetError(Text("{file}: label column {given!r} is a name, but header=False says the file has "
                                    "no header", file=fname, given=given))
        if given not in names:
            raise DatasetError(Text("{file} line {line}: no column named {given!r} in the header ({names})",
                                    file=fname, line=line, given=given, names=", ".join(names)))
        return names.index(given)
    if given is not None:
        if not -width <= given < width:
            raise DatasetError(Text("{file}: label column {given} is out of range for {width} columns",
                                    file=fname, given=given, width=width))
        return given % width
    if header:
        lowered = [n.strip().lower() for n in names]
        for wanted in LABEL_NAMES:
            if wanted in lowered:
                return lowered.index(wanted)
    return width - 1


