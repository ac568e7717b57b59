"""`python -m simulator csv`: see how a CSV file will be read, and store the reading options in a network file.

    python -m simulator csv DATA.csv [--delimiter D] [--decimal S] [--header | --no-header] [--label COLUMN]
                                     [--text-columns skip|onehot] [--task T] [--into NETWORK.json]

The options are those of the app's import dialog (`simulator.csv_import.CsvOptions`);
with --into, the network file's dataset becomes ``csv:<absolute path>`` with the
options given, so the app and later runs read the file the same way.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TextIO, TypeVar

from . import csv_import, io
from .csv_import import CsvOptions

DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t", "bar": "|", "spaces": " "}
DECIMAL_NAMES = {"point": ".", "comma": ","}
_Parser = TypeVar("_Parser", bound=argparse.ArgumentParser)   # the CLI's own ArgumentParser subclass


def add_parser(commands: argparse._SubParsersAction[_Parser],
               output_file: Callable[[str], Path]) -> None:
    """Register the `csv` command; `output_file` is the CLI's check for files it may write."""
    parser = commands.add_parser(
        "csv", help="show how a CSV file is read; store the options in a network file",
        description="Read a CSV data file the way the app's import dialog does and describe it: delimiter, decimal "
                    "separator, header, label column, text columns, rows dropped for missing values, classes. "
                    "Options override what is detected. With --into, the network file trains on this file "
                    "with these options from then on.")
    parser.add_argument("data", metavar="DATA", type=Path, help="the CSV file (.csv, .tsv, .txt, optionally .gz)")
    parser.add_argument("--delimiter", choices=DELIMITER_NAMES, help="how columns are separated (default: detect)")
    parser.add_argument("--decimal", choices=DECIMAL_NAMES, help="the decimal separator (default: detect)")
    header = parser.add_mutually_exclusive_group()
    header.add_argument("--header", dest="header", action="store_true", default=None,
                        help="the first row names the columns")
    header.add_argument("--no-header", dest="header", action="store_false", help="every row is data")
    parser.add_argument("--label", metavar="COLUMN",
                        help="the label column: a header name, or a column number (1 = first, -1 = last); default: "
                             "a column named label, class, target, species or y, else the last")
    parser.add_argument("--text-columns", choices=csv_import.CATEGORICAL, default="skip",
                        help="text feature columns: skip them or one-hot encode them (default: skip)")
    parser.add_argument("--task", choices=("classification", "regression"), help="default: detect")
    parser.add_argument("--into", type=output_file, metavar="NETWORK",
                        help="store the dataset and these options in this network file (saved atomically)")
    parser.set_defaults(handler=run)


def options_from(args: argparse.Namespace) -> CsvOptions:
    label = args.label
    if label is not None:
        try:
            number = int(label)
        except ValueError:
            pass
        else:
            if number == 0:
                raise csv_import.DatasetError("--label: columns are numbered from 1 (or -1 for the last)")
            label = number - 1 if number > 0 else number
    return CsvOptions(delimiter=DELIMITER_NAMES.get(args.delimiter), decimal=DECIMAL_NAMES.get(args.decimal),
                      header=args.header, label=label, categorical=args.text_columns, task=args.task)


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    options = options_from(args)
    layout = csv_import.sniff(args.data, options)
    data = csv_import.load(args.data, options)
    out.write(f"{args.data.name}: {layout.describe()}.\n")
    for note in layout.notes:
        out.write(f"  {note}\n")
    features = ", ".join(data.feature_names[:6]) + (", …" if data.n_features > 6 else "")
    out.write(f"Read {data.n_samples} rows: {data.n_features} features ({features}); ")
    if data.task == "classification":
        shown = ", ".join(data.class_names[:8]) + (", …" if data.n_classes > 8 else "")
        out.write(f"{data.n_classes} classes ({shown}).\n")
    else:
        out.write(f"regression on {data.n_targets} target.\n")
    if "dropped" in data.description:
        out.write(f"  {data.description.split('; ', 1)[1].rstrip('.')}\n")
    if args.into is not None:
        doc = io.load(args.into)
        dataset = {key: value for key, value in (doc.dataset or {}).items() if key not in ("name", "csv")}
        doc.dataset = {"name": f"csv:{args.data.resolve()}", **dataset}
        if options.to_dict():
            doc.dataset["csv"] = options.to_dict()
        doc.save(args.into)
        out.write(f"Saved {args.into}: it now trains on {args.data.name}"
                  f"{' with ' + _describe(options) if options.to_dict() else ''}.\n")
    return 0


def _describe(options: CsvOptions) -> str:
    parts = []
    for key, value in options.to_dict().items():
        if key == "label" and isinstance(value, int):
            parts.append(f"label column {value + 1 if value >= 0 else value}")
        else:
            parts.append(f"{key} {value!r}")
    return ", ".join(parts)
