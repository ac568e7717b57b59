"""Where each neuron goes: layers in columns left to right, each column centred on y = 0.

Small layers get a comfortable pitch (room for the number inside a neuron and its
bias below it). Tall layers shrink their pitch so every column stays about as tall
as a ten-neuron one; a neuron item is then scaled down by `Column.scale`, and its
text appears only when the user zooms in (level of detail in NeuronItem.paint).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

BASE_PITCH = 76.0      # vertical distance between neurons of a small layer (scene units)
COLUMN_LIMIT = 760.0   # a layer taller than this at BASE_PITCH shrinks to this height ...
MIN_PITCH = 1.0        # ... but never below one scene unit per neuron
MIN_SPACING = 230.0    # horizontal distance between layers
MAX_SPACING = 420.0


def column_pitch(size: int) -> float:
    return max(MIN_PITCH, min(BASE_PITCH, COLUMN_LIMIT / max(1, size)))


@dataclass(frozen=True)
class Column:
    x: float
    ys: np.ndarray   # neuron centres, top to bottom
    pitch: float

    @property
    def scale(self) -> float:
        """How much a neuron of this column is shrunk relative to a full-size one."""
        return self.pitch / BASE_PITCH

    @property
    def points(self) -> np.ndarray:
        """(n, 2) neuron centres."""
        return np.column_stack([np.full(len(self.ys), self.x), self.ys])

    def __repr__(self) -> str:
        return f"Column(x={self.x:g}, {len(self.ys)} neurons, pitch={self.pitch:g})"


def layout_columns(sizes: list[int]) -> list[Column]:
    """One Column per neuron layer (0 = inputs)."""
    pitches = [column_pitch(n) for n in sizes]
    tallest = max(n * p for n, p in zip(sizes, pitches))
    # Tall networks get wider gaps, so big fans of links are not squashed into a narrow strip.
    spacing = max(MIN_SPACING, min(MAX_SPACING, 0.5 * tallest))
    return [Column(k * spacing, (np.arange(n) - (n - 1) / 2.0) * p, p)
            for k, (n, p) in enumerate(zip(sizes, pitches))]
