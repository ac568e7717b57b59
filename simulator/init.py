"""Weight initialisation schemes, looked up by name. Biases always start at 0."""
from __future__ import annotations

import numpy as np

NAMES = ("zeros", "normal", "xavier", "he")


def weights(name: str, n_in: int, n_out: int, rng: np.random.Generator, std: float = 0.01) -> np.ndarray:
    """A (n_in, n_out) weight matrix drawn with `rng`.

    normal: N(0, std²) (the textbook's weight_init_std, 0.01 by default);
    xavier: std √(1/n_in); he: std √(2/n_in).
    """
    if name == "zeros":
        return np.zeros((n_in, n_out))
    scale = {"normal": std, "xavier": np.sqrt(1.0 / n_in), "he": np.sqrt(2.0 / n_in)}.get(name)
    if scale is None:
        raise ValueError(f"unknown initialisation {name!r}; choose one of {', '.join(NAMES)}")
    return rng.standard_normal((n_in, n_out)) * scale
