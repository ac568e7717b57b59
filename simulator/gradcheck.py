"""Numerical gradients by central differences: the oracle that backprop is checked against."""
from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import ArrayLike

from .network import Network


def numerical_gradients(net: Network, X: ArrayLike, T: ArrayLike, loss: str = "mse", h: float = 1e-4,
                        weight_decay: float = 0.0) -> list[tuple[np.ndarray, np.ndarray]]:
    """[(dW, db), ...] shaped like `net.gradients`, each entry (L(p+h) − L(p−h)) / 2h."""
    result: list[tuple[np.ndarray, np.ndarray]] = []
    for layer in net.layers:
        pair = []
        for param in (layer.W, layer.b):
            grad = np.zeros_like(param)
            for idx in np.ndindex(param.shape):
                saved = param[idx]
                param[idx] = saved + h
                plus = net.loss(X, T, loss, weight_decay)
                param[idx] = saved - h
                minus = net.loss(X, T, loss, weight_decay)
                param[idx] = saved
                grad[idx] = (plus - minus) / (2 * h)
            pair.append(grad)
        result.append((pair[0], pair[1]))
    return result


# -- The textbook's chapter 4: derivatives and gradients of plain functions -------------------------

def _check_h(h: float, where: str) -> float:
    h = float(h)
    if not (h > 0 and np.isfinite(h)):
        raise ValueError(f"{where}: h must be a positive finite number, got {h!r}")
    return h


def numerical_diff(f: Callable[[float], float], x: float, h: float = 1e-4) -> float:
    """The central difference (f(x + h) − f(x − h)) / 2h: the slope of f at x."""
    h = _check_h(h, "numerical_diff")
    return (f(x + h) - f(x - h)) / (2 * h)


def forward_diff(f: Callable[[float], float], x: float, h: float = 1e-4) -> float:
    """The forward difference (f(x + h) − f(x)) / h: the naive slope, error of order h (not h²)."""
    h = _check_h(h, "forward_diff")
    return (f(x + h) - f(x)) / h


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, h: float = 1e-4) -> np.ndarray:
    """∂f/∂x for every entry of x (any shape) by central differences.

    Like the textbook, the entries of a float array are nudged in place, so an `f` that
    ignores its argument and reads the same array elsewhere (`lambda W: net.loss(X, T)`)
    still works; each entry is put back to its saved value, even if `f` raises, so x is
    left exactly as it was found. Anything else (lists, integer arrays) is read as a
    float copy and never changed.
    """
    h = _check_h(h, "numerical_gradient")
    if not (isinstance(x, np.ndarray) and x.dtype.kind == "f"):
        x = np.array(x, dtype=float)
    grad = np.zeros(x.shape, dtype=float)
    for idx in np.ndindex(x.shape):
        saved = x[idx]
        try:
            x[idx] = saved + h
            plus = f(x)
            x[idx] = saved - h
            minus = f(x)
        finally:
            x[idx] = saved
        grad[idx] = (plus - minus) / (2 * h)
    return grad


def gradient_descent(f: Callable[[np.ndarray], float], init_x: ArrayLike, lr: float = 0.01,
                     step_num: int = 100) -> np.ndarray:
    """x ← x − lr·∇f(x) with numerical gradients, `step_num` times, from `init_x` (left unchanged).

    Returns the whole path, shape (step_num + 1, *init_x.shape): the start, then every step.
    A learning rate that is too large makes x overflow to inf/nan; that is shown, not hidden.
    """
    if not isinstance(step_num, (int, np.integer)) or step_num < 0:
        raise ValueError(f"gradient_descent: step_num must be a whole number ≥ 0, got {step_num!r}")
    lr = float(lr)
    if not np.isfinite(lr):
        raise ValueError(f"gradient_descent: lr must be a finite number, got {lr!r}")
    x = np.array(init_x, dtype=float)
    path = np.empty((step_num + 1, *x.shape))
    path[0] = x
    with np.errstate(over="ignore", invalid="ignore"):
        for i in range(1, step_num + 1):
            x -= lr * numerical_gradient(f, x)
            path[i] = x
    return path
