"""What the user has selected on the canvas: a neuron, a link, or nothing.

Neuron layers are numbered 0 (inputs) .. L (outputs). Link layer k holds the
weights `network.layers[k].W`, connecting neuron layer k to neuron layer k+1.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class NeuronRef:
    layer: int   # neuron layer, 0 = inputs
    index: int

    def __str__(self) -> str:
        return f"neuron {self.index + 1} of layer {self.layer}"


@dataclass(frozen=True)
class LinkRef:
    layer: int   # weight layer k: from neuron layer k to k+1
    source: int  # row of W
    target: int  # column of W

    def __str__(self) -> str:
        return f"weight {self.source + 1}→{self.target + 1} of layer {self.layer + 1}"


def exists(ref: NeuronRef | LinkRef, sizes: list[int]) -> bool:
    """True when a network with these layer sizes has the neuron or link `ref` names."""
    if isinstance(ref, NeuronRef):
        return 0 <= ref.layer < len(sizes) and 0 <= ref.index < sizes[ref.layer]
    return (0 <= ref.layer < len(sizes) - 1 and 0 <= ref.source < sizes[ref.layer]
            and 0 <= ref.target < sizes[ref.layer + 1])


def check_ref(ref: object, expected: type, sizes: list[int]) -> None:
    """Raise a clear error unless `ref` is an `expected` (NeuronRef or LinkRef) that exists in `sizes`."""
    if not isinstance(ref, expected):
        raise TypeError(f"expected a {expected.__name__}, got {ref!r}")
    if not exists(ref, sizes):   # type: ignore[arg-type]  # an expected ref, checked just above
        raise IndexError(f"{ref} does not exist in a {'-'.join(map(str, sizes))} network")


class Selection(QObject):
    changed = Signal(object)  # NeuronRef | LinkRef | None

    def __init__(self, parent=None):
        super().__init__(parent)
        self._current: NeuronRef | LinkRef | None = None

    @property
    def current(self) -> NeuronRef | LinkRef | None:
        return self._current

    def set(self, ref: NeuronRef | LinkRef | None) -> None:
        if ref != self._current:
            self._current = ref
            self.changed.emit(ref)

    def clear(self) -> None:
        self.set(None)

    def validate(self, sizes: list[int]) -> None:
        """Drop the selection if the network no longer has that neuron or link."""
        if self._current is not None and not exists(self._current, sizes):
            self.clear()
