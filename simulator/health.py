"""Is the network in a state where it can learn? Warnings with stated thresholds, and histograms.

`diagnose(net, bt)` looks at one BackwardTrace (simulator.trace) of a batch and reports:
- dead ReLUs: units whose a ≤ 0 on every row (their gradient is 0, they cannot recover);
- saturated sigmoid/tanh units: outputs pinned near a limit on most rows (slope nearly 0);
- vanishing or exploding gradients: the first layer's gradients far smaller (larger) than the
  last layer's, or any gradient huge.
`histogram(values)` bins any array for the per-layer histograms of weights, activations, gradients.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import numpy as np

from .network import Network
from .text import Text
from .trace import BackwardTrace

# |tanh| > 0.98, sigmoid < 0.02 or > 0.98: the slope is < 4% (tanh) / 8% (sigmoid) of its peak
SATURATION = 0.98
SATURATED_ROWS = 0.9       # ... on at least 90% of the rows
VANISHING_RATIO = 1e-3     # first layer's RMS gradient below 1/1000 of the last layer's
EXPLODING_RATIO = 1e3      # ... or above 1000 times it
EXPLODING_RMS = 1e2        # any layer's RMS gradient above 100

THRESHOLDS = Text("Thresholds: a ReLU is dead when a ≤ 0 on every row of the batch; a sigmoid/tanh unit is "
                  "saturated when its output is beyond {saturation} of its range (sigmoid < {low:.2f} or > "
                  "{saturation}, |tanh| > {saturation}) on at least {rows:.0%} of the rows; gradients vanish "
                  "when the first layer's RMS ∂L/∂W is below {vanishing:g} × the last layer's and explode when it "
                  "is above {exploding:g} × the last layer's or any layer's exceeds {rms:g}.",
                  saturation=SATURATION, low=1 - SATURATION, rows=SATURATED_ROWS, vanishing=VANISHING_RATIO,
                  exploding=EXPLODING_RATIO, rms=EXPLODING_RMS)


@dataclass(frozen=True)
class Finding:
    kind: str       # "dead_relu", "saturated", "vanishing", "exploding"
    layer: int      # weight layer k (0-based), -1 for the whole network
    text: Text


@dataclass(frozen=True)
class Health:
    warnings: list[Finding]
    gradient_rms: list[float]          # per weight layer: sqrt(mean(dW²))
    dead: list[np.ndarray]             # per layer: boolean mask of dead ReLU units (all False elsewhere)
    saturated: list[np.ndarray]        # per layer: boolean mask of saturated units

    @property
    def ok(self) -> bool:
        return not self.warnings

    def __repr__(self) -> str:
        return f"Health({len(self.warnings)} warnings)"


def _saturated(name: str, z: np.ndarray) -> np.ndarray:
    if name == "sigmoid":
        pinned = (z < 1 - SATURATION) | (z > SATURATION)
    elif name == "tanh":
        pinned = np.abs(z) > SATURATION
    else:
        return np.zeros(z.shape[1], dtype=bool)
    return pinned.mean(axis=0) >= SATURATED_ROWS


def diagnose(net: Network, bt: BackwardTrace) -> Health:
    ft = bt.forward
    warnings, dead_masks, saturated_masks = [], [], []
    last = len(net.layers) - 1
    for k, name in enumerate(ft.activations):
        dead = cast(np.ndarray, (ft.a[k] <= 0).all(axis=0)) if name == "relu" else np.zeros(ft.a[k].shape[1], bool)
        saturated = _saturated(name, ft.z[k]) if k < last or name == "tanh" else np.zeros(ft.z[k].shape[1], bool)
        dead_masks.append(dead)
        saturated_masks.append(saturated)
        n = dead.size
        if dead.any():
            warnings.append(Finding("dead_relu", k, Text(
                "Layer {layer}: {dead} of {n} ReLU units are dead (a ≤ 0 on all {rows} rows): their gradients are 0, "
                "so they never learn again. A smaller learning rate, He initialisation or leaky ReLU helps.",
                layer=k + 1, dead=int(dead.sum()), n=n, rows=ft.a[k].shape[0])))
        if saturated.any():
            warnings.append(Finding("saturated", k, Text(
                "Layer {layer}: {saturated} of {n} {name} units are saturated (output pinned near its limit): their "
                "slope h′(a) is almost 0, so little gradient passes. Smaller initial weights (Xavier) or scaled "
                "inputs help.", layer=k + 1, saturated=int(saturated.sum()), n=n, name=name)))
    rms = [float(np.sqrt(np.mean(dW ** 2))) if dW.size else 0.0 for dW in bt.dW]
    if len(rms) > 1 and rms[-1] > 0 and np.isfinite(rms[-1]):
        ratio = rms[0] / rms[-1]
        if ratio < VANISHING_RATIO:
            warnings.append(Finding("vanishing", -1, Text(
                "Vanishing gradients: layer 1's RMS ∂L/∂W is {first:.2g}, {ratio:.1g} × the last layer's "
                "({last:.2g}). The first layers barely learn; ReLU or fewer sigmoid layers help.",
                first=rms[0], ratio=ratio, last=rms[-1])))
        elif ratio > EXPLODING_RATIO:
            warnings.append(Finding("exploding", -1, Text(
                "Exploding gradients: layer 1's RMS ∂L/∂W is {first:.2g}, {ratio:.2g} × the last layer's "
                "({last:.2g}). Lower the learning rate or the initial weights.",
                first=rms[0], ratio=ratio, last=rms[-1])))
    big = [k for k, value in enumerate(rms) if not value <= EXPLODING_RMS]
    if big and not any(w.kind == "exploding" for w in warnings):
        warnings.append(Finding("exploding", big[0], Text(
            "Exploding gradients: layer {layer}'s RMS ∂L/∂W is {rms:.3g} (above {limit:g}). Lower the learning rate.",
            layer=big[0] + 1, rms=rms[big[0]], limit=EXPLODING_RMS)))
    return Health(warnings, rms, dead_masks, saturated_masks)


def histogram(values: np.ndarray, bins: int = 30) -> tuple[np.ndarray, np.ndarray]:
    """(counts, edges) of the finite values; a single bin around the value when they are all equal."""
    values = np.asarray(values, dtype=float).ravel()
    values = values[np.isfinite(values)]
    if values.size == 0:
        return np.zeros(0), np.zeros(1)
    low, high = float(values.min()), float(values.max())
    if low == high:
        low, high = low - 0.5, high + 0.5
    return np.histogram(values, bins=bins, range=(low, high))
