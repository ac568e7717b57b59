"""Why a run did not learn, in plain words, with a fix the app can apply in one click.

`diagnose(net, X, T, losses, training, data)` looks at a finished or stalled run: the loss
curve (one value per epoch), the trained network and its training data. It reports, most
likely cause first:

- `cannot_fit`   the output activation cannot produce the targets (e.g. sigmoid for sin(x));
- `lr_too_large` the loss rose or swung up and down instead of settling;
- `dead_relu`    ReLU units output 0 for every training sample, so they no longer learn;
- `saturated`    sigmoid/tanh units sit on their flat ends, where the slope is almost 0;
- `too_small`    the loss settled, but too high: the network cannot draw the boundary the data needs;
- `lr_too_small` the loss barely moved.

Each `Diagnosis` carries a `Fix`: training-setting changes and/or a new shape or activations
for the network (`reset` asks for fresh weights). Thresholds are module constants, stated in
the messages, so a learner can see what was measured.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from . import datasets, recipes
from .network import Network
from .text import Text

LEARNED_ACCURACY = 0.97      # a classifier at or above this training accuracy has learned
FLAT = 0.01                  # the loss fell by less than 1 % of its start: flat
RISE = 1.5                   # the last loss is above 1.5 × the run's best: rising
SWING = 0.5                  # over half the epoch-to-epoch changes flip sign, by > 5 % of the loss: oscillating
SATURATION = 5.0             # |a| > 5: sigmoid'(a) < 0.007, tanh'(a) < 0.0002
SATURATED_SHARE = 0.9        # a unit saturated on 90 % of the samples counts as saturated
LAYER_SHARE = 0.5            # half of a layer's units dead or saturated: report it
MIN_EPOCHS = 10              # fewer epochs than this say nothing about a curve

_OUTPUT_RANGE = {"sigmoid": (0.0, 1.0), "softmax": (0.0, 1.0), "tanh": (-1.0, 1.0), "relu": (0.0, np.inf),
                 "step": (0.0, 1.0)}


@dataclass(frozen=True)
class Fix:
    """What one click changes: training settings, and/or the network's sizes or activations."""

    label: Text                                  # the button text, e.g. "Use learning rate 0.01"
    training: dict[str, Any] = field(default_factory=dict)  # top-level training keys; "lr" sets the optimizer's rate
    sizes: tuple[int, ...] | None = None
    activations: tuple[str, ...] | None = None
    reset: bool = False                          # draw fresh weights afterwards


@dataclass(frozen=True)
class Diagnosis:
    code: str
    message: Text
    fix: Fix

    def __repr__(self) -> str:
        return f"Diagnosis({self.code}: {self.fix.label})"


def learned(losses: Sequence[float] | np.ndarray, accuracy: float | None, T: np.ndarray) -> bool:
    """Did the run reach a useful fit? Classifiers by accuracy; regression by loss against the targets' spread."""
    if accuracy is not None:
        return accuracy >= LEARNED_ACCURACY
    if not len(losses):
        return False
    # Mean squared error (½ per sample) below 1 % of what predicting the mean would cost.
    baseline = 0.5 * float(np.sum(np.var(np.asarray(T, dtype=float), axis=0)))
    return losses[-1] <= 0.01 * max(baseline, 1e-12)


def diagnose(net: Network, X: ArrayLike, T: ArrayLike, losses: Sequence[float | None], training: dict[str, Any],
             data: datasets.Dataset | None = None, accuracy: float | None = None) -> list[Diagnosis]:
    """Plain-language causes for a run that did not learn (empty when it learned or nothing is known)."""
    curve = np.asarray([v for v in losses if v is not None], dtype=float)
    X, T = np.asarray(X, dtype=float), np.asarray(T, dtype=float)
    if learned(curve, accuracy, T):
        return []
    lr = float(training.get("optimizer", {}).get("lr", 0.1))
    found = _cannot_fit(net, T)
    if len(curve) >= MIN_EPOCHS and np.all(np.isfinite(curve)):
        found += _unstable(curve, lr)
    found += _unit_problems(net, X, lr)
    if len(curve) >= MIN_EPOCHS and not any(d.code == "lr_too_large" for d in found):
        found += _plateau(net, curve, lr, data)
    return found


def _cannot_fit(net: Network, T: np.ndarray) -> list[Diagnosis]:
    output = net.layers[-1].activation
    low, high = _OUTPUT_RANGE.get(output, (-np.inf, np.inf))
    if T.size == 0 or (T.min() >= low and T.max() <= high):
        return []
    acts = tuple(layer.activation for layer in net.layers[:-1]) + ("identity",)
    return [Diagnosis(
        "cannot_fit",
        Text("The targets run from {low_target:.3g} to {high_target:.3g}, but a {output} output can only give "
             "values between {low:g} and {high:g}: no weights can fit them. An identity output can give any number.",
             low_target=T.min(), high_target=T.max(), output=output, low=low, high=high),
        Fix(Text("Use an identity output with mean squared error"), training={"loss": "mse"}, activations=acts))]


def _unstable(losses: np.ndarray, lr: float) -> list[Diagnosis]:
    best = float(losses.min())
    rising = losses[-1] > RISE * best and int(np.argmin(losses)) < len(losses) - 1
    recent = losses[-min(len(losses), 50):]
    steps = np.diff(recent)
    big = np.abs(steps) > 0.05 * np.maximum(np.abs(recent[:-1]), 1e-12)
    flips = np.count_nonzero((steps[1:] * steps[:-1] < 0) & big[1:]) if len(steps) > 1 else 0
    swinging = len(steps) > 1 and flips > SWING * (len(steps) - 1)
    if not (rising or swinging):
        return []
    what = (Text("the loss rose to {last:.3g}, {ratio:.1f} × its best ({best:.3g})", last=losses[-1],
                 ratio=losses[-1] / max(best, 1e-300), best=best)
            if rising else Text("the loss swung up and down in {flips} of the last {epochs} epochs", flips=flips,
                                epochs=len(steps) - 1))
    new = _round(lr / 10)
    return [Diagnosis(
        "lr_too_large",
        Text("The learning rate {lr:g} is too large: {what}. Each step jumps past the valley of the loss "
             "instead of walking down into it.", lr=lr, what=what),
        Fix(Text("Use learning rate {lr:g} and start again", lr=new), training={"lr": new}, reset=True))]


def _unit_problems(net: Network, X: np.ndarray, lr: float) -> list[Diagnosis]:
    if len(X) == 0 or len(net.layers) < 2:
        return []
    found = []
    for k, (a, y) in enumerate(net.trace(X)[:-1], start=1):
        name = net.layers[k - 1].activation
        units = a.shape[1]
        if name == "relu":
            dead = int(np.count_nonzero(np.all(a <= 0, axis=0)))
            if dead and dead >= LAYER_SHARE * units:
                acts = tuple("leaky_relu" if layer.activation == "relu" else layer.activation for layer in net.layers)
                found.append(Diagnosis(
                    "dead_relu",
                    Text("{dead} of the {units} ReLU units in hidden layer {k} output 0 for every training sample. "
                         "Their slope is 0 there, so no gradient reaches them and they never recover. Leaky ReLU "
                         "keeps a small slope (0.01) below 0.", dead=dead, units=units, k=k),
                    Fix(Text("Use leaky ReLU and fresh weights"), activations=acts, training={"init": "he"},
                        reset=True)))
        elif name in ("sigmoid", "tanh"):
            share = np.mean(np.abs(a) > SATURATION, axis=0)
            saturated = int(np.count_nonzero(share >= SATURATED_SHARE))
            if saturated and saturated >= LAYER_SHARE * units:
                new = _round(lr / 10)
                found.append(Diagnosis(
                    "saturated",
                    Text("{saturated} of the {units} {name} units in hidden layer {k} are saturated: |a| > "
                         "{limit:g} for at least {share:.0%} of the samples, where the slope of {name} is almost 0, "
                         "so their weights hardly change. Fresh, smaller weights (Xavier) and a smaller learning "
                         "rate keep them in the steep middle.", saturated=saturated, units=units, name=name, k=k,
                         limit=SATURATION, share=SATURATED_SHARE),
                    Fix(Text("Fresh Xavier weights and learning rate {lr:g}", lr=new),
                        training={"init": "xavier", "lr": new}, reset=True)))
    return found


def _plateau(net: Network, losses: np.ndarray, lr: float, data: datasets.Dataset | None) -> list[Diagnosis]:
    start, end = float(losses[0]), float(losses[-1])
    linear = all(layer.activation == "identity" for layer in net.layers[:-1])
    if start - end < FLAT * abs(start) and not linear:
        new = _round(lr * 10)
        return [Diagnosis(
            "lr_too_small",
            Text("The loss barely moved: from {start:.4g} to {end:.4g} (less than {flat:.0%}) over {epochs} "
                 "epochs. With learning rate {lr:g} each step is too small to get anywhere.", start=start, end=end,
                 flat=FLAT, epochs=len(losses), lr=lr),
            Fix(Text("Use learning rate {lr:g}", lr=new), training={"lr": new}))]
    if data is None or data.task != datasets.CLASSIFICATION:
        return []
    proposal = recipes.propose(data)
    hidden, wanted = net.sizes[1:-1], proposal[1:-1]
    if sum(hidden) >= sum(wanted) and len(hidden) >= len(wanted) and not linear:
        return []
    sizes = (net.n_inputs, *wanted, net.n_outputs) if wanted else tuple(net.sizes)
    plan = recipes.recipe(data, net).activations
    hidden_act = plan[0] if len(plan) > 1 and plan[0] in recipes.SMOOTH and not linear else "sigmoid"
    acts = tuple([hidden_act] * (len(sizes) - 2) + [plan[-1]])
    shape = "-".join(map(str, net.sizes))
    why = (Text("it has no non-linear hidden units, so it can only draw straight lines") if linear
           else Text("its {hidden} hidden neurons cannot bend the boundary as much as this data needs",
                     hidden=sum(hidden)))
    bigger = "-".join(map(str, sizes))
    return [Diagnosis(
        "too_small",
        Text("The loss settled at {end:.3g} and stays there: the {shape} network is too small for this data — "
             "{why}. A {bigger} network can.", end=end, shape=shape, why=why, bigger=bigger),
        Fix(Text("Use a {shape} network", shape=bigger), sizes=sizes, activations=acts, reset=True))]


def _round(value: float) -> float:
    """A learning rate a learner can read: one significant digit."""
    return float(f"{value:.1g}")
