"""Numerical gradients by central differences: the oracle that backprop is checked against."""
from __future__ import annotations

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
