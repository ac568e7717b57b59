"""Derived inputs for 2-D data, as in TensorFlow Playground: x1², x2², x1·x2, sin x1, sin x2.

A dataset with derived inputs keeps x1 and x2 as its first two columns and appends the chosen
features in a fixed order, so the same choice always gives the same columns (and the same
named input neurons). A circle needs a hidden layer on (x1, x2) alone, but one neuron suffices
on (x1, x2, x1², x2²): x1² + x2² < r² is a straight cut there.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

import numpy as np

from .datasets import Dataset
from .text import Text

# name -> (label shown on the input neuron, the column from X (n, 2))
FEATURES: dict[str, tuple[str, Callable[[np.ndarray], np.ndarray]]] = {
    "x1^2": ("x1²", lambda X: X[:, 0] ** 2),
    "x2^2": ("x2²", lambda X: X[:, 1] ** 2),
    "x1*x2": ("x1·x2", lambda X: X[:, 0] * X[:, 1]),
    "sin(x1)": ("sin x1", lambda X: np.sin(X[:, 0])),
    "sin(x2)": ("sin x2", lambda X: np.sin(X[:, 1])),
}
NAMES = tuple(FEATURES)


def check(names: Iterable[str]) -> tuple[str, ...]:
    """The chosen feature names in canonical order; ValueError naming an unknown one."""
    names = list(names)
    for name in names:
        if name not in FEATURES:
            raise ValueError(Text("unknown input feature {name!r}; choose from {names}",
                                  name=name, names=", ".join(NAMES)))
    return tuple(n for n in NAMES if n in names)


def labels(names: Iterable[str]) -> tuple[str, ...]:
    """Input neuron names: ("x1", "x2", then each feature's label)."""
    return ("x1", "x2") + tuple(FEATURES[n][0] for n in check(names))


def expand(X: np.ndarray, names: Iterable[str]) -> np.ndarray:
    """(n, 2) points → (n, 2 + len(names)) inputs: x1, x2, then the derived columns."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[1] != 2:
        raise ValueError(f"input features need 2-D points (x1, x2); got shape {X.shape}")
    chosen = check(names)
    if not chosen:
        return X
    return np.column_stack([X] + [FEATURES[n][1](X) for n in chosen])


def with_features(data: Dataset, names: Iterable[str]) -> Dataset:
    """`data` with derived input columns appended (the dataset must have exactly 2 features)."""
    chosen = check(names)
    if not chosen:
        return data
    if data.n_features != 2:
        raise ValueError(Text("input features apply to 2-D data; {name!r} has {count} features",
                              name=data.name, count=data.n_features))
    extra = ", ".join(FEATURES[n][0] for n in chosen)
    return dataclasses.replace(data, X=expand(data.X, chosen), feature_names=labels(chosen),
                               description=Text("{description} Derived inputs: {extra}.",
                                                description=data.description, extra=extra) if data.description
                               else Text("Derived inputs: {extra}.", extra=extra))
