"""Two-variable loss surfaces, for watching optimizers walk downhill (the textbook's chapter 6).

    surfaces.names()                         # ["textbook", "rosenbrock", "saddle", "bowl"]
    s = surfaces.get("textbook")             # f(x, y) = x²/20 + y²
    s(x, y); s.gradient(x, y)                # both work on scalars and arrays
    path = surfaces.descend("textbook", optimizers.create("adam", lr=0.3), start=(-7.0, 2.0), steps=30)

`descend` moves the point (x, y) with the very optimizer classes that train networks: the
point is one parameter array of two entries and the gradient one array beside it.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Callable, cast

import numpy as np

from .optimizers import Optimizer
from .text import Text

Array = np.ndarray | float


@dataclass(frozen=True)
class Surface:
    """f(x, y) with its exact gradient, and what a plot of it needs."""

    name: str
    formula: str                                  # shown to the learner, e.g. "x²/20 + y²"
    f: Callable[[Array, Array], Array]
    df: Callable[[Array, Array], tuple[Array, Array]]
    x_range: tuple[float, float]                  # the region worth plotting
    y_range: tuple[float, float]
    start: tuple[float, float]                    # a start point that shows the surface's character
    minimum: tuple[float, float] | None           # where the lowest point is, if there is one
    learning_rates: dict[str, float] = field(default_factory=dict)  # per optimizer, tuned to this surface
    about: str = ""

    def __call__(self, x: Array, y: Array) -> Array:
        with np.errstate(over="ignore", invalid="ignore"):   # a diverged path is inf/nan, not an error
            return self.f(np.asarray(x, dtype=float), np.asarray(y, dtype=float))

    def gradient(self, x: Array, y: Array) -> tuple[Array, Array]:
        """(∂f/∂x, ∂f/∂y) at (x, y): floats for scalars, arrays shaped like x and y for arrays."""
        with np.errstate(over="ignore", invalid="ignore"):
            if np.ndim(x) == 0 and np.ndim(y) == 0:      # the descent's hot path: NumPy scalars (overflow → inf)
                gx, gy = self.df(np.float64(x), np.float64(y))
                return np.float64(gx), np.float64(gy)
            x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
            gx, gy = self.df(x, y)
        return np.broadcast_to(gx, x.shape) * 1.0, np.broadcast_to(gy, y.shape) * 1.0

    def grid(self, n: int = 200) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """xs (n,), ys (n,) and f on the grid, Z[i, j] = f(xs[i], ys[j]), for contour plots."""
        xs = np.linspace(*self.x_range, n)
        ys = np.linspace(*self.y_range, n)
        return xs, ys, cast(np.ndarray, self(xs[:, None], ys[None, :]))   # arrays in, an array out

    def levels(self, count: int = 12) -> np.ndarray:
        """Contour heights spread over the plotted region: denser near the bottom, where paths end."""
        _, _, z = self.grid(120)
        low, high = float(z.min()), float(z.max())
        fractions = np.linspace(0.0, 1.0, count + 2)[1:-1] ** 2   # squares crowd the low levels
        return low + fractions * (high - low)

    def __repr__(self) -> str:
        return f"<surface {self.name}: f(x, y) = {self.formula}>"


# The textbook's comparison (optimizer_compare_naive.py) uses these rates on x²/20 + y²;
# Nesterov and RMSprop are not in it, so they get rates that show them at their best there.
TEXTBOOK_RATES = {"sgd": 0.95, "momentum": 0.1, "nesterov": 0.1, "adagrad": 1.5, "rmsprop": 0.3, "adam": 0.3}

_SURFACES = (
    Surface("textbook", "x²/20 + y²",
            lambda x, y: x ** 2 / 20.0 + y ** 2,
            lambda x, y: (x / 10.0, 2.0 * y),
            (-10.0, 10.0), (-5.0, 5.0), (-7.0, 2.0), (0.0, 0.0), dict(TEXTBOOK_RATES),
            Text("Stretched along x: the gradient points mostly across the valley, so plain SGD zig-zags.")),
    Surface("rosenbrock", "(1 − x)² + 100 (y − x²)²",
            lambda x, y: (1.0 - x) ** 2 + 100.0 * (y - x ** 2) ** 2,
            lambda x, y: (-2.0 * (1.0 - x) - 400.0 * x * (y - x ** 2), 200.0 * (y - x ** 2)),
            (-2.0, 2.0), (-1.0, 3.0), (-1.5, 2.0), (1.0, 1.0),
            {"sgd": 0.002, "momentum": 0.001, "nesterov": 0.0005, "adagrad": 1.0, "rmsprop": 0.2, "adam": 0.5},
            Text("A curved, flat-bottomed valley: finding it is easy, following it to (1, 1) is slow.")),
    Surface("saddle", "(x² − y²) / 10",
            lambda x, y: (x ** 2 - y ** 2) / 10.0,
            lambda x, y: (x / 5.0, -y / 5.0),
            (-10.0, 10.0), (-5.0, 5.0), (-7.0, 0.1), None,
            {"sgd": 0.3, "momentum": 0.05, "nesterov": 0.05, "adagrad": 0.5, "rmsprop": 0.05, "adam": 0.1},
            Text("Downhill in y, uphill in x: started near y = 0, an optimizer lingers at the saddle before "
                 "escaping.")),
    Surface("bowl", "(x² + y²) / 2",
            lambda x, y: (x ** 2 + y ** 2) / 2.0,
            lambda x, y: (x, y),
            (-10.0, 10.0), (-10.0, 10.0), (-7.0, 5.0), (0.0, 0.0),
            {"sgd": 0.1, "momentum": 0.05, "nesterov": 0.05, "adagrad": 1.5, "rmsprop": 0.3, "adam": 0.5},
            Text("Round: the gradient points straight at the minimum, and every optimizer gets there.")),
)
SURFACES: dict[str, Surface] = {s.name: s for s in _SURFACES}


def names() -> list[str]:
    return list(SURFACES)


def get(name: str) -> Surface:
    try:
        return SURFACES[name]
    except KeyError:
        raise ValueError(f"unknown surface {name!r}; choose one of {', '.join(SURFACES)}") from None


def descend(name: str, optimizer: Optimizer, start: tuple[float, float] = (-7.0, 2.0), steps: int = 30) -> np.ndarray:
    """The path of `optimizer` on surface `name` from `start`: shape (steps + 1, 2), start first.

    Works on a fresh copy of the optimizer (its velocities and moments start at zero), so the
    caller's object is never changed and the same call always gives the same path. A path that
    overflows keeps its inf/nan points: divergence is part of the lesson (see `diverged_at`).
    """
    surface = get(name)
    if not hasattr(optimizer, "update"):
        raise TypeError(f"descend: optimizer must have an update(params, grads) method, got {optimizer!r}")
    if not isinstance(steps, (int, np.integer)) or steps < 0:
        raise ValueError(f"descend: steps must be a whole number ≥ 0, got {steps!r}")
    point = np.array(start, dtype=float)
    if point.shape != (2,) or not np.all(np.isfinite(point)):
        raise ValueError(f"descend: start must be two finite numbers (x, y), got {start!r}")
    walker = copy.deepcopy(optimizer)
    if hasattr(walker, "reset"):
        walker.reset()
    path = np.empty((steps + 1, 2))
    path[0] = point
    grad = np.empty(2)
    with np.errstate(over="ignore", invalid="ignore"):
        for i in range(1, steps + 1):
            grad[0], grad[1] = surface.gradient(point[0], point[1])
            walker.update([point], [grad])
            path[i] = point
    return path


def diverged_at(path: np.ndarray) -> int | None:
    """The first step whose point is not finite (the optimizer blew up), or None."""
    bad = ~np.all(np.isfinite(path), axis=1)
    return int(np.argmax(bad)) if bad.any() else None
