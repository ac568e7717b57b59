"""A bounded record of per-epoch metrics.

Long runs would otherwise grow without limit. When the record is full, every
second point is dropped and from then on only every `stride`-th epoch is kept,
so memory stays bounded while the curve keeps its shape. The newest epoch is
always kept as well (as a tail point when the stride skips it), so the curve
and the counters always end at the latest epoch.
"""
from __future__ import annotations

import math
from typing import Any

FIELDS = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")


class History:
    def __init__(self, capacity: int = 1000):
        if capacity < 2:
            raise ValueError("capacity must be at least 2")
        self.capacity = capacity
        self.stride = 1
        self.columns: dict[str, list[Any]] = {name: [] for name in FIELDS}  # the evenly spaced points kept
        self._seen = 0
        self._tail: tuple[Any, ...] | None = None   # the newest row when the stride did not keep it

    def __len__(self) -> int:
        return len(self.columns["epoch"]) + (self._tail is not None)

    def append(self, epoch: int, train_loss: float, test_loss: float | None = None,
               train_accuracy: float | None = None, test_accuracy: float | None = None) -> None:
        row = (epoch, train_loss, test_loss, train_accuracy, test_accuracy)
        self._seen += 1
        if (self._seen - 1) % self.stride:
            self._tail = row
            return
        self._tail = None
        for name, value in zip(FIELDS, row):
            self.columns[name].append(value)
        if len(self.columns["epoch"]) >= self.capacity:
            dropped_newest = len(self.columns["epoch"]) % 2 == 0
            for values in self.columns.values():
                del values[1::2]
            self.stride *= 2
            if dropped_newest:
                self._tail = row

    def series(self, name: str) -> list[Any]:
        """Every kept value of one field, ending with the newest epoch's."""
        values = self.columns[name]
        if self._tail is None:
            return list(values)
        return values + [self._tail[FIELDS.index(name)]]

    def clear(self) -> None:
        self.__init__(self.capacity)  # type: ignore[misc]  # History has no subclasses

    def to_dict(self) -> dict[str, list[Any]]:
        """Plain lists (None where a value is missing), e.g. for saving to a file."""
        return {name: self.series(name) for name in FIELDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any], capacity: int = 1000) -> "History":
        """The history that appending every row of `data` in order would give, built in linear time.

        Appending keeps the points whose position is a multiple of the stride, and the stride
        doubles each time the kept points would reach `capacity`; so the final stride and the
        kept points follow from the number of rows alone.
        """
        history = cls(capacity)
        n = len(data.get("epoch", []))
        if n == 0:
            return history
        stride = 1
        while (capacity - 1) * stride < n:  # the point that filled the record at this stride exists
            stride *= 2
        kept = len(range(0, n, stride))
        for name in FIELDS:
            values = data.get(name)
            history.columns[name] = list(values[0:n:stride]) if values is not None else [None] * kept
        history.stride, history._seen = stride, n
        if (n - 1) % stride:
            history._tail = tuple(data[name][n - 1] if data.get(name) is not None else None for name in FIELDS)
        return history

    def last(self, name: str) -> Any:
        if self._tail is not None:
            return self._tail[FIELDS.index(name)]
        values = self.columns[name]
        return values[-1] if values else None

    def __repr__(self) -> str:
        last = self.last("train_loss")
        shown = "—" if last is None or not math.isfinite(last) else f"{last:.4g}"
        return f"History({len(self)} points, stride {self.stride}, last train loss {shown})"
