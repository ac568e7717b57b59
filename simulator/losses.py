"""Loss functions, looked up by name, averaged over the batch (rows).

`value(y, t)` is the batch-mean loss; `gradient(y, t)` is dL/dy for that mean.
"""
from __future__ import annotations

import numpy as np

EPS = 1e-7  # the textbook's guard against log(0)

# The same 1e-7 makes log(y + EPS) slightly positive when y = 1, so a perfect fit would
# score about −1e-7 ("−0.0" on screen): the log losses are clamped at 0, their true minimum.

# value() runs once per training step: it calls the .sum() method rather than np.sum(),
# which is the same reduction behind three more Python calls.


class Loss:
    name = "?"

    def value(self, y: np.ndarray, t: np.ndarray) -> float:
        raise NotImplementedError

    def gradient(self, y: np.ndarray, t: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def terms(self, y: np.ndarray, t: np.ndarray) -> np.ndarray:
        """Every term of the sum, elementwise (value() is their sum divided by the number of rows)."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<loss {self.name}>"


def _rows(y: np.ndarray) -> int:
    return y.shape[0] if y.ndim == 2 else 1


class MeanSquaredError(Loss):
    """Per sample ½ Σ (y − t)²."""

    name = "mse"

    def value(self, y: np.ndarray, t: np.ndarray) -> float:
        return float(0.5 * ((y - t) ** 2).sum() / _rows(y))

    def gradient(self, y: np.ndarray, t: np.ndarray) -> np.ndarray:
        return (y - t) / _rows(y)

    def terms(self, y: np.ndarray, t: np.ndarray) -> np.ndarray:
        return 0.5 * (np.asarray(y, dtype=float) - t) ** 2


class CrossEntropy(Loss):
    """Per sample −Σ t·log(y + 1e-7); soft targets are used as given."""

    name = "cross_entropy"

    def value(self, y: np.ndarray, t: np.ndarray) -> float:
        return max(0.0, float(-(t * np.log(y + EPS)).sum() / _rows(y)))

    def gradient(self, y: np.ndarray, t: np.ndarray) -> np.ndarray:
        return -t / (y + EPS) / _rows(y)

    def terms(self, y: np.ndarray, t: np.ndarray) -> np.ndarray:
        return -(t * np.log(np.asarray(y, dtype=float) + EPS))


class BinaryCrossEntropy(Loss):
    """Per sample −Σ [t·log(y + 1e-7) + (1 − t)·log(1 − y + 1e-7)]."""

    name = "binary_cross_entropy"

    def value(self, y: np.ndarray, t: np.ndarray) -> float:
        return max(0.0, float(-(t * np.log(y + EPS) + (1 - t) * np.log(1 - y + EPS)).sum() / _rows(y)))

    def gradient(self, y: np.ndarray, t: np.ndarray) -> np.ndarray:
        return (-t / (y + EPS) + (1 - t) / (1 - y + EPS)) / _rows(y)

    def terms(self, y: np.ndarray, t: np.ndarray) -> np.ndarray:
        y = np.asarray(y, dtype=float)
        return -(t * np.log(y + EPS) + (1 - t) * np.log(1 - y + EPS))


LOSSES: dict[str, Loss] = {cls.name: cls() for cls in (MeanSquaredError, CrossEntropy, BinaryCrossEntropy)}
NAMES = tuple(LOSSES)

#: (output activation, loss) pairs whose combined gradient dL/da is simply (y − t)/n.
FUSED = {("softmax", "cross_entropy"), ("sigmoid", "binary_cross_entropy")}


def get(name: str) -> Loss:
    try:
        return LOSSES[name]
    except KeyError:
        raise ValueError(f"unknown loss {name!r}; choose one of {', '.join(NAMES)}") from None
