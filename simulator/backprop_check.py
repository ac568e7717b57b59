"""Gradient check: backpropagation next to central differences for every weight and bias.

`check_gradients(net, X, T, loss)` returns a `GradientCheck` with both gradients, the
relative error of every parameter, the max and mean, and a pass/fail verdict with its
reason. `wrong_derivative=True` checks a deliberately broken backprop (h(a) used where
h'(a) belongs) on a copy of the network, to show the check catching a bug; it never
touches the network or anything that trains it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from .activations import Activation
from .gradcheck import numerical_gradients
from .network import Network
from .text import Text
from .trace import BackwardTrace, ForwardTrace, trace_backpropagation

H = 1e-4            # central-difference step, as in the textbook
THRESHOLD = 1e-4    # largest relative error that still passes
FLOOR = 1e-8        # gradients smaller than this are compared in absolute terms (rounding noise) ...
SCALE = 1e-3        # ... and so are those below a thousandth of the largest gradient of the network
REASON = Text("Central differences with h = {h:g} differ from the exact derivative by about h² ≈ 1e-8, plus "
              "rounding; a correct backprop therefore agrees to better than {threshold:g}, while a wrong "
              "derivative is off by 1e-2 or more. Relative error = |backprop − numerical| / max(|backprop|, "
              "|numerical|, {scale:g} × the largest gradient): the last digits of gradients far smaller than the "
              "rest are rounding noise (and the loss's log(y + 1e-7) guard), so they are judged against that scale.",
              h=H, threshold=THRESHOLD, scale=SCALE)
BUG = Text("backprop uses h(a) where h′(a) belongs (a classic slip)")


class _FunctionAsDerivative(Activation):
    """The activation's value is right, its backward pass multiplies by h(a) instead of h'(a)."""

    def __init__(self, real: Activation) -> None:
        self.real = real
        self.name = f"{real.name} (wrong derivative)"   # not a fused pair: the output goes through backward() too

    def __call__(self, a: np.ndarray) -> np.ndarray:
        return self.real(a)

    def backward(self, a: np.ndarray, y: np.ndarray, dy: np.ndarray) -> np.ndarray:
        return dy * self.real(a)


@dataclass(frozen=True, eq=False)
class GradientCheck:
    backprop: list[tuple[np.ndarray, np.ndarray]]     # [(dW, db), ...]
    numerical: list[tuple[np.ndarray, np.ndarray]]
    relative_error: list[tuple[np.ndarray, np.ndarray]]
    threshold: float
    wrong_derivative: bool
    notes: list[Text] = field(default_factory=list)   # e.g. why step units give zero gradients

    @property
    def errors(self) -> np.ndarray:
        return np.concatenate([e.ravel() for pair in self.relative_error for e in pair])

    @property
    def max_error(self) -> float:
        return float(self.errors.max())

    @property
    def mean_error(self) -> float:
        return float(self.errors.mean())

    @property
    def passed(self) -> bool:
        return bool(self.max_error <= self.threshold)

    def worst(self) -> tuple[int, str, tuple[int, ...]]:
        """(layer k, "W" or "b", index) of the largest relative error."""
        best: tuple[float, int, str, tuple[int | np.integer[Any], ...]] = (-1.0, 0, "W", ())
        for k, (eW, eb) in enumerate(self.relative_error):
            for name, err in (("W", eW), ("b", eb)):
                if err.size and err.max() > best[0]:
                    best = (float(err.max()), k, name, np.unravel_index(int(err.argmax()), err.shape))
        return best[1], best[2], tuple(int(i) for i in best[3])

    @property
    def verdict(self) -> Text:
        k, name, index = self.worst()
        where = f"{name}{k + 1}[{', '.join(map(str, index))}]"
        if self.passed:
            return Text("Passed: every parameter agrees to within {threshold:g} (largest {error:.1e} at {where}).",
                        threshold=self.threshold, error=self.max_error, where=where)
        text = Text("Failed: {where} is off by {error:.1e} (limit {threshold:g}); backprop {backprop:.6g}, "
                    "central differences {numerical:.6g}.", where=where, error=self.max_error,
                    threshold=self.threshold, backprop=self._value(self.backprop, k, name, index),
                    numerical=self._value(self.numerical, k, name, index))
        if self.wrong_derivative:
            return Text("{failed} The check caught the planted bug: {bug}.", failed=text, bug=BUG)
        if self.notes:
            return Text("{failed} See the notes below: this can happen without a bug.", failed=text)
        return text

    @staticmethod
    def _value(grads: list[tuple[np.ndarray, np.ndarray]], k: int, name: str, index: tuple[int, ...]) -> float:
        return float(grads[k][0 if name == "W" else 1][index])

    def __repr__(self) -> str:
        return f"GradientCheck({'passed' if self.passed else 'failed'}, max {self.max_error:.2e})"


def relative_error(a: np.ndarray, b: np.ndarray, floor: float = FLOOR) -> np.ndarray:
    """|a − b| / max(|a|, |b|, floor), elementwise."""
    return np.abs(a - b) / np.maximum(np.maximum(np.abs(a), np.abs(b)), floor)


def _kink_notes(net: Network, ft: ForwardTrace, h: float) -> list[Text]:
    """Units sitting so close to a kink (ReLU/step at a = 0) that nudging a parameter by h crosses it."""
    notes: list[Text] = []
    for k, layer in enumerate(net.layers):
        if layer.activation not in ("relu", "leaky_relu", "step"):
            continue
        reach = h * max(1.0, float(np.abs(ft.inputs_of(k)).max()))
        close = int(np.count_nonzero(np.abs(ft.a[k]) <= reach))
        if close:
            notes.append(Text("Layer {layer} ({activation}): {close} of its a values lie within {reach:.1g} of the "
                              "kink at 0 (e.g. a zero bias with all-zero inputs). Nudging a parameter by h crosses "
                              "the kink, so central differences average two slopes there and may disagree with "
                              "backprop without any bug.", layer=k + 1, activation=layer.activation, close=close,
                              reach=reach))
    return notes


def _step_notes(net: Network) -> list[Text]:
    names = [layer.activation for layer in net.layers]
    if "step" not in names:
        return []
    last = max(k for k, name in enumerate(names) if name == "step")
    return [Text("Layer {layer} uses the step function. Its derivative is 0 everywhere except at a = 0, so "
                 "every gradient that passes through it is 0: W1…W{layer} and b1…b{layer} get zero "
                 "gradients from backprop and from central differences alike (nudging a weight by h changes no "
                 "output). Gradient descent cannot learn through step units; the perceptron rule can.",
                 layer=last + 1)]


def _log_guard_notes(bt: BackwardTrace, threshold: float) -> list[Text]:
    """Cross-entropy takes log(y + 1e-7); backprop differentiates log(y): visible when a target's y is tiny."""
    if bt.loss_name not in ("cross_entropy", "binary_cross_entropy"):
        return []
    y = bt.forward.output
    near = np.minimum(y, 1 - y) if bt.loss_name == "binary_cross_entropy" else y[bt.t > 0]
    if near.size == 0:
        return []
    smallest = float(near.min())
    effect = 1e-7 / max(smallest, 1e-300)
    if effect < threshold / 10:
        return []
    return [Text("An output the loss takes the log of is as small as {smallest:.2g}. The loss computes "
                 "log(y + 1e-7) so that log(0) never happens, but backprop differentiates log(y): the two differ "
                 "by about 1e-7 / y ≈ {effect:.1g} relative, which central differences see. Not a bug in backprop.",
                 smallest=smallest, effect=effect)]


def check_gradients(net: Network, X: ArrayLike, T: ArrayLike, loss: str = "mse", h: float = H,
                    threshold: float = THRESHOLD, wrong_derivative: bool = False) -> GradientCheck:
    """Compare backprop with central differences for every parameter of `net` on (X, T)."""
    work = net.copy()
    if wrong_derivative:
        for layer in work.layers:
            layer._activation = _FunctionAsDerivative(layer._activation)
    bt = trace_backpropagation(work, X, T, loss)
    backprop = list(zip(bt.dW, bt.db))
    # Central differences on another copy, so even a failure midway leaves `net` as it was.
    numerical = numerical_gradients(net.copy(), bt.forward.x, bt.t, loss=loss, h=h)
    scale = max(float(np.abs(g).max()) for pair in backprop for g in pair)
    floor = max(FLOOR, SCALE * scale) if np.isfinite(scale) else FLOOR
    errors = [(relative_error(dW, nW, floor), relative_error(db, nb, floor))
              for (dW, db), (nW, nb) in zip(backprop, numerical)]
    notes = _step_notes(net) + _kink_notes(net, bt.forward, h) + _log_guard_notes(bt, threshold)
    return GradientCheck(backprop, numerical, errors, threshold, wrong_derivative, notes)
