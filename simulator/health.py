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
from .trace import BackwardTrace

# |tanh| > 0.98, sigmoid < 0.02 or > 0.98: the slope is < 4% (tanh) / 8% (sigmoid) of its peak
SATURATION = 0.98
SATURATED_ROWS = 0.9       # ... on at least 90% of the rows
VANISHING_RATIO = 1e-3     # first layer's RMS gradient below 1/1000 of the last layer's
EXPLODING_RATIO = 1e3      # ... or above 1000 times it
EXPLODING_RMS = 1e2        # any layer's RMS gradient above 100

THRESHOLDS = (f"Thresholds: a ReLU is dead when a ≤ 0 on every row of the batch; a sigmoid/tanh unit is "
              f"saturated when its output is beyond {SATURATION} of its range (sigmoid < {1 - SATURATION:.2f} or > "
              f"{SATURATION}, |tanh| > {SATURATION}) on at least {SATURATED_ROWS:.0%} of the rows; gradients vanish "
              f"when the first layer's RMS ∂L/∂W is below {VANISHING_RATIO:g} × the last layer's and explode when it "
              f"is above {EXPLODING_RATIO:g} × the last layer's or any layer's exceeds {EXPLODING_RMS:g}.")


@dataclass(frozen=True)
class Finding:
    kind: str       # "dead_relu", "saturated", "vanishing", "exploding"
    layer: int      # weight layer k (0-based), -1 for the whole network
    text: str


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
            warnings.append(Finding("dead_relu", k, f"Layer {k + 1}: {int(dead.sum())} of {n} ReLU units are dead "
                                     f"(a ≤ 0 on all {ft.a[k].shape[0]} rows): their gradients are 0, so they never "
                                     f"learn again. A smaller learning rate, He initialisation or leaky ReLU helps."))
        if saturated.any():
            warnings.append(Finding("saturated", k, f"Layer {k + 1}: {int(saturated.sum())} of {n} {name} units are "
                                     f"saturated (output pinned near its limit): their slope h′(a) is almost 0, so "
                                     f"little gradient passes. Smaller initial weights (Xavier) or scaled inputs "
                                     f"help."))
    rms = [float(np.sqrt(np.mean(dW ** 2))) if dW.size else 0.0 for dW in bt.dW]
    if len(rms) > 1 and rms[-1] > 0 and np.isfinite(rms[-1]):
        ratio = rms[0] / rms[-1]
        if ratio < VANISHING_RATIO:
            warnings.append(Finding("vanishing", -1, f"Vanishing gradients: layer 1's RMS ∂L/∂W is {rms[0]:.2g}, "
                                     f"{ratio:.1g} × the last layer's ({rms[-1]:.2g}). The first layers barely learn; "
                                     f"ReLU or fewer sigmoid layers help."))
        elif ratio > EXPLODING_RATIO:
            warnings.append(Finding("exploding", -1, f"Exploding gradients: layer 1's RMS ∂L/∂W is {rms[0]:.2g}, "
                                     f"{ratio:.2g} × the last layer's ({rms[-1]:.2g}). Lower the learning rate or the "
                                     f"initial weights."))
    big = [k for k, value in enumerate(rms) if not value <= EXPLODING_RMS]
    if big and not any(w.kind == "exploding" for w in warnings):
        warnings.append(Finding("exploding", big[0], f"Exploding gradients: layer {big[0] + 1}'s RMS ∂L/∂W is "
                                 f"{rms[big[0]]:.3g} (above {EXPLODING_RMS:g}). Lower the learning rate."))
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
