"""The loss history as CSV: one row per recorded epoch, empty cells where a metric was not measured."""
from __future__ import annotations

import csv
import io as text_io
from typing import Any

from ..history import History

COLUMNS = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")


def to_csv(history: History | dict[str, list[Any]]) -> str:
    """CSV text with a header row; numbers at full precision (repr), so they read back exactly."""
    data = history.to_dict() if isinstance(history, History) else history
    columns = [data.get(name, []) for name in COLUMNS]
    rows = len(columns[0])
    buffer = text_io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for i in range(rows):
        writer.writerow(["" if column[i] is None else _number(column[i]) for column in columns])
    return buffer.getvalue()


def _number(value: float) -> str:
    value = float(value)
    return str(int(value)) if value.is_integer() and abs(value) < 2 ** 53 else repr(value)
