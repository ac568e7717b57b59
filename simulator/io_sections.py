"""The free-form parts of a network file: text fields, `history` and `layout`.

These are the sections the app shows as they are (title bar, loss plot, input
sliders), so they are held to what the views can show: capped text, whole epochs
in 0 … 2³¹−1, finite numbers, bounded sizes. The checks on long series are
vectorised, so a history of a million points validates in a fraction of a second.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from . import io_checks as check
from .text import Text

HISTORY_KEYS = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")


def history(value: Any, where: str, *, max_points: int, max_epoch: int) -> dict[str, list[Any]] | None:
    """Per-epoch metrics; every series has one entry per epoch and missing series become all-null.

    Epochs are whole numbers in 0 … max_epoch (a fractional epoch is kept as written);
    losses are finite and at least 0, accuracies lie in [0, 1]; null marks a missing value.
    """
    if value is None:
        return None
    check.keys(value, where, required=("epoch",), optional=HISTORY_KEYS)
    epochs = check.array(value["epoch"], f"{where}.epoch")
    if len(epochs) > max_points:
        raise check.Invalid(f"{where}.epoch", Text("has {count:,} points; at most {limit:,} are allowed",
                                                   count=len(epochs), limit=max_points))
    out = {"epoch": _series(epochs, f"{where}.epoch", 0.0, float(max_epoch), allow_null=False, whole=True)}
    for key in HISTORY_KEYS[1:]:
        series_where = f"{where}.{key}"
        if key not in value:
            out[key] = [None] * len(epochs)
            continue
        series = check.array(value[key], series_where)
        if len(series) != len(epochs):
            raise check.Invalid(series_where, Text("has 1 value but {where}.epoch has {epochs:,}; every series "
                                                   "needs one value per epoch", where=where, epochs=len(epochs))
                                if len(series) == 1 else
                                Text("has {count:,} values but {where}.epoch has {epochs:,}; every series needs "
                                     "one value per epoch", count=len(series), where=where, epochs=len(epochs)))
        high = 1.0 if key.endswith("accuracy") else np.inf
        out[key] = _series(series, series_where, 0.0, high, allow_null=True, whole=False)
    return out


def _series(values: list[Any], where: str, low: float, high: float, *, allow_null: bool, whole: bool) -> list[Any]:
    """Check a list of numbers (or nulls) in one pass of NumPy; on a failure, find and name the item."""
    kinds = set(map(type, values))
    allowed = {int, float} | ({type(None)} if allow_null else set())
    if kinds <= allowed:
        try:
            array = np.array(values, dtype=float)  # null -> NaN
        except (OverflowError, ValueError, TypeError):
            array = None
        if array is not None:
            # Nulls became NaN; a NaN written in the file itself must not pass for a null.
            present = (np.fromiter((v is not None for v in values), bool, len(values))
                       if type(None) in kinds else slice(None))
            shown = array[present]
            if np.isfinite(shown).all() and (shown >= low).all() and (shown <= high).all():
                if whole or int not in kinds:
                    return list(values)
                return [None if v is None else float(v) for v in values]
    return [_item(v, f"{where}[{i}]", low, high, allow_null, whole) for i, v in enumerate(values)]


def _item(value: object, where: str, low: float, high: float, allow_null: bool, whole: bool) -> float | None:
    if value is None and allow_null:
        return None
    if whole and isinstance(value, int) and not isinstance(value, bool):
        return check.integer(value, where, minimum=int(low), maximum=int(high))
    return check.number(value, where, minimum=low, maximum=high)


def layout(value: object, where: str, *, n_inputs: int, max_items: int, max_chars: int) -> dict[str, Any]:
    """The app's view settings: a JSON object of at most `max_items` values.

    `inputs` (the input sliders' values), when present, must hold one finite number per input.
    """
    if not isinstance(value, dict):
        raise check.Invalid(where, Text("expected an object, got {value}", value=check.describe(value)))
    count = _count_items(value, where, max_items)
    if count > max_items:
        raise check.Invalid(where, Text("holds more than {limit:,} values; at most {limit:,} are allowed",
                                        limit=max_items))
    out = check.json_tree(value, where, want_object=True, max_chars=max_chars)
    if "inputs" in out:
        inputs = check.array(out["inputs"], f"{where}.inputs")
        if len(inputs) != n_inputs:
            raise check.Invalid(f"{where}.inputs", Text("expected 1 value (one per input), got {got}", got=len(inputs))
                                if n_inputs == 1 else
                                Text("expected {count} values (one per input), got {got}", count=n_inputs,
                                     got=len(inputs)))
        out["inputs"] = [float(v) for v in check.finite_numbers(inputs, f"{where}.inputs")]
    return out


def _count_items(value: dict[str, Any], where: str, limit: int) -> int:
    """How many values a JSON tree holds, stopping as soon as it passes `limit`."""
    count, stack = 0, [value]
    while stack and count <= limit:
        item = stack.pop()
        count += 1
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            if len(item) > limit:
                return limit + 1
            stack.extend(item)
    return count
