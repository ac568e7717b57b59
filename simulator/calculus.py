"""The math behind the "derivatives by hand" and "activation gallery" labs (the textbook's chapter 4).

- `FUNCTIONS`: one-variable functions with their exact derivatives, to compare differences against.
- `difference_errors`: how far the forward and the central difference are from the exact slope,
  for many step sizes h at once — where truncation error (h too large) gives way to rounding
  error (h so small that x + h rounds back to x).
- `descent_outcome`: what a run of `gradient_descent` did: diverged, barely moved, converged, or
  is still on its way.
- `parse_vector`: a learner's typed list of numbers ("0.3, 2.9, 4.0"), with errors that say where.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Callable, Protocol, overload

import numpy as np
from numpy.typing import ArrayLike

from .gradcheck import forward_diff, numerical_diff
from .text import Text


class RealFunction(Protocol):
    """A function of one real variable that also works entry by entry on arrays (np.sin, lambda x: x ** 2)."""

    @overload
    def __call__(self, x: float, /) -> float: ...
    @overload
    def __call__(self, x: np.ndarray, /) -> np.ndarray: ...


@dataclass(frozen=True)
class Function1D:
    name: str
    formula: str
    f: RealFunction
    df: RealFunction                           # the exact derivative, the oracle for the differences
    x_range: tuple[float, float]
    x0: float                                  # where the lab starts
    note: str = ""                             # what is special about its difference errors

    def __call__(self, x: float | np.ndarray) -> float | np.ndarray:
        return self.f(x)

    def __repr__(self) -> str:
        return f"<function {self.name}: {self.formula}>"


_FUNCTIONS = (
    # The textbook's function_1; its printed slopes are 0.1999999999990898 at 5 and 0.2999999999986347 at 10.
    Function1D("textbook", "0.01x² + 0.1x", lambda x: 0.01 * x ** 2 + 0.1 * x, lambda x: 0.02 * x + 0.1,
               (0.0, 20.0), 5.0, Text("A parabola: its central difference has no truncation error at any h, so "
                                      "only rounding shows (choose sin x to see the h² slope).")),
    Function1D("sine", "sin x", np.sin, np.cos, (-2 * math.pi, 2 * math.pi), 1.0),
    Function1D("exp", "eˣ", np.exp, np.exp, (-2.0, 3.0), 1.0),
    Function1D("cubic", "x³ − 3x", lambda x: x ** 3 - 3 * x, lambda x: 3 * x ** 2 - 3, (-2.5, 2.5), 0.5),
)
FUNCTIONS: dict[str, Function1D] = {fn.name: fn for fn in _FUNCTIONS}


def function(name: str) -> Function1D:
    try:
        return FUNCTIONS[name]
    except KeyError:
        raise ValueError(f"unknown function {name!r}; choose one of {', '.join(FUNCTIONS)}") from None


@dataclass(frozen=True)
class Tangent:
    x: float
    y: float
    slope: float         # by numerical_diff (central difference)
    exact: float         # the true derivative at x

    def line(self, xs: np.ndarray) -> np.ndarray:
        """The tangent's height over xs: y + slope·(xs − x)."""
        return self.y + self.slope * (np.asarray(xs, dtype=float) - self.x)


def tangent(fn: Function1D, x: float, h: float = 1e-4) -> Tangent:
    x = float(x)
    return Tangent(x, float(fn(x)), float(numerical_diff(fn.f, x, h)), float(fn.df(x)))


@dataclass(frozen=True)
class DifferenceErrors:
    h: np.ndarray            # the step sizes, ascending
    forward: np.ndarray      # |forward difference − exact|
    central: np.ndarray      # |central difference − exact|

    def best(self, which: str) -> tuple[float, float]:
        """(h, error) where the `which` ("forward"/"central") difference comes closest."""
        errors = getattr(self, which)
        i = int(np.argmin(errors))
        return float(self.h[i]), float(errors[i])


def difference_errors(fn: Function1D, x: float, hs: np.ndarray | None = None) -> DifferenceErrors:
    """Absolute errors of both differences at x for each h (default 10⁻⁵⁰ … 1, 251 steps).

    Forward errors shrink like h, central ones like h², until rounding takes over: below about
    1e-16·|x| the sum x + h is x itself and both differences become 0 (error = |f′(x)|).
    """
    hs = np.logspace(-50, 0, 251) if hs is None else np.asarray(hs, dtype=float)
    exact = float(fn.df(float(x)))
    fwd = np.array([forward_diff(fn.f, float(x), h) for h in hs])
    cen = np.array([numerical_diff(fn.f, float(x), h) for h in hs])
    return DifferenceErrors(hs, np.abs(fwd - exact), np.abs(cen - exact))


def sum_of_squares(x: np.ndarray) -> float:
    """The textbook's function_2: f(x0, x1) = x0² + x1²."""
    return float(np.sum(np.asarray(x) ** 2))


DIVERGED, STUCK, CONVERGED, ON_ITS_WAY = Text("diverged"), Text("barely moved"), Text("converged"), Text("on its way")


def descent_outcome(f: Callable[[np.ndarray], float], path: np.ndarray,
                    gradient: Callable[[np.ndarray], np.ndarray] | None = None) -> str:
    """What a descent path did, judged by f and the gradient at its ends (not by a known minimum).

    diverged: f grew or overflowed; barely moved: f changed by less than 1e-6 of itself;
    converged: the gradient shrank below 1e-3 of its size at the start; otherwise on its way.
    """
    start, end = np.asarray(path[0], dtype=float), np.asarray(path[-1], dtype=float)
    if not np.all(np.isfinite(end)):
        return DIVERGED
    with np.errstate(over="ignore", invalid="ignore"):
        f0, f1 = float(f(start)), float(f(end))
    if not math.isfinite(f1) or f1 > f0:
        return DIVERGED
    if abs(f0 - f1) <= 1e-6 * max(abs(f0), 1e-300):
        return STUCK
    if gradient is None:
        from .gradcheck import numerical_gradient
        gradient = lambda p: numerical_gradient(f, p)  # noqa: E731
    g0, g1 = np.linalg.norm(gradient(start)), np.linalg.norm(gradient(end))
    return CONVERGED if g1 <= 1e-3 * g0 else ON_ITS_WAY


def frozen_from(path: np.ndarray) -> int | None:
    """The step from which the path no longer changes at all, if it stops before its end.

    A diverging numerical descent freezes once x is so large that x + h == x: the central
    difference is then exactly 0 (the textbook's lr = 10 run stops near −2.6e13 this way).
    """
    path = np.asarray(path)
    same = np.all(path[1:] == path[:-1], axis=tuple(range(1, path.ndim)))
    if len(same) == 0 or not same[-1]:
        return None
    moving = np.flatnonzero(~same)
    return 0 if moving.size == 0 else int(moving[-1]) + 1


@dataclass(frozen=True)
class SoftmaxParts:
    """Softmax of one vector, step by step: y = exp(a − max a) / Σ exp(a − max a)."""
    a: np.ndarray
    shifted: np.ndarray     # a − max(a): the largest is 0, so exp() never overflows
    exp: np.ndarray
    total: float
    y: np.ndarray           # sums to 1


def softmax_parts(a: ArrayLike) -> SoftmaxParts:
    from .activations import get
    a = np.asarray(a, dtype=float)
    if a.ndim != 1 or a.size == 0:
        raise ValueError(f"softmax_parts: expected a non-empty vector, got shape {a.shape}")
    shifted = a - a.max()
    e = np.exp(shifted)
    return SoftmaxParts(a, shifted, e, float(e.sum()), get("softmax")(a[None, :])[0])


_SEPARATORS = re.compile(r"[,;\s]+")


def parse_vector(text: str, what: str = "vector") -> np.ndarray:
    """"0.3, 2.9, 4.0" (commas, semicolons or spaces; brackets allowed) → array([0.3, 2.9, 4.0]).

    Raises ValueError naming the entry that is not a finite number, counting from 1.
    """
    cleaned = text.strip().strip("[]()").strip()
    if not cleaned:
        raise ValueError(Text("{what}: enter at least one number", what=what))
    values = []
    for i, token in enumerate(t for t in _SEPARATORS.split(cleaned) if t):
        try:
            value = float(token.replace("−", "-"))
        except ValueError:
            raise ValueError(Text("{what}: entry {entry} ({token!r}) is not a number", what=what, entry=i + 1,
                                  token=token)) from None
        if not math.isfinite(value):
            raise ValueError(Text("{what}: entry {entry} ({token!r}) is not a finite number", what=what,
                                  entry=i + 1, token=token))
        values.append(value)
    return np.array(values)
