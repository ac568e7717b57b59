"""Activation functions, looked up by name.

Each activation knows its value and how to pass a gradient back through itself.
`backward(a, y, dy)` receives the pre-activation `a`, the output `y = f(a)` and
dL/dy, and returns dL/da without modifying `dy`.
"""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from .text import Text


class Activation:
    name = "?"
    elementwise = True

    def __call__(self, a: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def derivative(self, a: np.ndarray) -> np.ndarray:
        """f'(a) elementwise (for softmax: the diagonal of its Jacobian)."""
        raise NotImplementedError

    def backward(self, a: np.ndarray, y: np.ndarray, dy: np.ndarray) -> np.ndarray:
        return dy * self.derivative(a)

    def __repr__(self) -> str:
        return f"<activation {self.name}>"


def _float(a: object) -> type:
    """The float type results take: float32 stays float32 (fast training), everything else is float64."""
    return np.float32 if getattr(a, "dtype", None) == np.float32 else float


class Step(Activation):
    name = "step"

    def __call__(self, a: np.ndarray) -> np.ndarray:
        return (a > 0).astype(_float(a))  # step(0) = 0, as in the textbook

    def derivative(self, a: np.ndarray) -> np.ndarray:
        return np.zeros_like(a, dtype=float)  # zero almost everywhere: gradient descent cannot learn through it


class Sigmoid(Activation):
    name = "sigmoid"

    def __call__(self, a: np.ndarray) -> np.ndarray:
        # 1 / (1 + exp(-a)) in one buffer (training calls it every step; exp is about twice as
        # fast as tanh). For a < -709 exp(-a) overflows to inf and 1 / inf is exactly the
        # limit 0 (and for a > 745 exp(-a) underflows to 0, giving exactly 1), so both are
        # expected and silenced rather than reported.
        if isinstance(a, np.ndarray) and a.dtype == np.float32:
            # float32 is the speed setting: ½·tanh(a/2) + ½ is the same function, never overflows
            # (no errstate needed) and NumPy's float32 tanh is vectorised: 1.6× faster than the exp
            # form here. Below a = −17 it gives exactly 0 where the exp form gives at most 4e-8:
            # nothing a float32 loss or gradient can tell apart.
            y = np.multiply(a, 0.5)
            np.tanh(y, out=y)
            y *= 0.5
            y += 0.5
            return y
        y = np.negative(a, dtype=_float(a))
        with np.errstate(over="ignore", under="ignore"):
            if isinstance(y, np.ndarray):
                np.exp(y, out=y)
                y += 1.0
                return np.reciprocal(y, out=y)
            return 1.0 / (1.0 + np.exp(y))  # a scalar has no buffer to reuse

    def derivative(self, a: np.ndarray) -> np.ndarray:
        y = self(a)
        return y * (1.0 - y)

    def backward(self, a: np.ndarray, y: np.ndarray, dy: np.ndarray) -> np.ndarray:
        da = dy * y  # (dy·y)·(1 − y) with one temporary fewer: a hot path of training
        da *= 1.0 - y
        return da


class Tanh(Activation):
    name = "tanh"

    def __call__(self, a: np.ndarray) -> np.ndarray:
        return np.tanh(a)

    def derivative(self, a: np.ndarray) -> np.ndarray:
        return 1.0 - np.tanh(a) ** 2

    def backward(self, a: np.ndarray, y: np.ndarray, dy: np.ndarray) -> np.ndarray:
        return dy * (1.0 - y * y)


class ReLU(Activation):
    name = "relu"

    def __call__(self, a: np.ndarray) -> np.ndarray:
        return np.maximum(a, 0.0)

    def derivative(self, a: np.ndarray) -> np.ndarray:
        return (a > 0).astype(float)

    def backward(self, a: np.ndarray, y: np.ndarray, dy: np.ndarray) -> np.ndarray:
        return dy * (a > 0)


class LeakyReLU(Activation):
    name = "leaky_relu"
    slope = 0.01

    def __call__(self, a: np.ndarray) -> np.ndarray:
        return np.where(a > 0, a, self.slope * a)

    def derivative(self, a: np.ndarray) -> np.ndarray:
        return np.where(a > 0, 1.0, self.slope)


class Identity(Activation):
    name = "identity"

    def __call__(self, a: np.ndarray) -> np.ndarray:
        return np.array(a, dtype=_float(a), copy=True)

    def derivative(self, a: np.ndarray) -> np.ndarray:
        return np.ones_like(a, dtype=float)

    def backward(self, a: np.ndarray, y: np.ndarray, dy: np.ndarray) -> np.ndarray:
        return dy.copy()


def _row_max(a: np.ndarray) -> np.ndarray:
    """a.max(axis=-1, keepdims=True), the same numbers, faster for short rows (a softmax's 10 classes).

    NumPy's max over a short last axis costs about 5 µs per 100 rows whatever the precision,
    a fixed cost of every training step; picking each row's argmax element costs half.
    """
    a = np.asarray(a)
    rows = a.reshape(-1, a.shape[-1])
    return rows[np.arange(len(rows)), rows.argmax(axis=1)].reshape(a.shape[:-1] + (1,))


class Softmax(Activation):
    """Row-wise softmax; subtracts the row maximum first so exp() never overflows."""

    name = "softmax"
    elementwise = False

    def __call__(self, a: np.ndarray) -> np.ndarray:
        e = a - _row_max(a)
        e = np.exp(e, out=e) if e.dtype.kind == "f" else np.exp(e)  # in place when it can be: a hot path
        e /= e.sum(axis=-1, keepdims=True)
        return e

    def derivative(self, a: np.ndarray) -> np.ndarray:
        y = self(a)
        return y * (1.0 - y)

    def backward(self, a: np.ndarray, y: np.ndarray, dy: np.ndarray) -> np.ndarray:
        # Jacobian-vector product: dL/da_i = y_i (dL/dy_i - sum_j dL/dy_j y_j)
        return y * (dy - np.sum(dy * y, axis=-1, keepdims=True))


class SoftmaxSteps:
    """Softmax of one vector a, spelled out: a − max(a), e^(a − max), their sum, y; and naive e^a."""

    def __init__(self, a: ArrayLike) -> None:
        self.a = np.asarray(a, dtype=float)
        if self.a.ndim != 1 or self.a.size == 0:
            raise ValueError(Text("softmax steps need one non-empty vector a, got shape {shape}",
                                  shape=str(self.a.shape)))
        self.maximum = float(self.a.max())
        self.shifted = self.a - self.maximum
        self.exp = np.exp(self.shifted)          # every value in (0, 1]: cannot overflow
        self.total = float(self.exp.sum())
        self.y = self.exp / self.total
        with np.errstate(over="ignore", invalid="ignore"):
            self.naive_exp = np.exp(self.a)      # e^1010 = inf in float64 ...
            self.naive_y = self.naive_exp / self.naive_exp.sum()   # ... and inf / inf = nan

    @property
    def naive_overflows(self) -> bool:
        return not bool(np.all(np.isfinite(self.naive_y)))

    def __repr__(self) -> str:
        return f"SoftmaxSteps(a={np.array2string(self.a, precision=3)})"


ACTIVATIONS: dict[str, Activation] = {
    cls.name: cls() for cls in (Step, Sigmoid, Tanh, ReLU, LeakyReLU, Identity, Softmax)
}
#: Names usable for any layer; softmax only makes sense on the output layer.
HIDDEN_ACTIVATIONS = ("step", "sigmoid", "tanh", "relu", "leaky_relu", "identity")
NAMES = tuple(ACTIVATIONS)


def get(name: str) -> Activation:
    try:
        return ACTIVATIONS[name]
    except KeyError:
        raise ValueError(f"unknown activation {name!r}; choose one of {', '.join(NAMES)}") from None
