"""Why did training blow up, and which learning rate would not?

`replay(...)` trains a copy of the network from the weights a run started with, with the same
settings (same seed, so the same mini-batches), step by step through the Trainer, recording every layer's
gradient norm, until
a value becomes non-finite or `max_steps` pass. When it overflows, `Replay.culprit` names
the layer, the parameter, its value, its gradient and the update that overflowed.
`suggest_learning_rate(...)` halves the learning rate until a replay stays finite and lowers
the loss. Nothing here changes the network it is given.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from . import optimizers
from .network import Network
from .text import Text
from .training import Trainer

MAX_STEPS = 2000          # how far a replay follows a run looking for the overflow
TRIAL_STEPS = 200         # how long a candidate learning rate must stay finite and lower the loss
HALVINGS = 12


@dataclass(frozen=True)
class Culprit:
    layer: int              # weight layer k (0-based)
    name: str               # "W" or "b"
    index: tuple[int, ...]
    value: float            # the parameter: before the overflowing update, or after the last one (loss overflow)
    gradient: float         # its gradient in that step
    lr: float
    after_update: bool = False   # True when the weights stayed finite and the next forward pass overflowed

    @property
    def text(self) -> Text:
        where = Text("{param}{number}[{index}] (layer {number})", param=self.name, number=self.layer + 1,
                     index=", ".join(map(str, self.index)))
        step = f"lr·g = {self.lr:g} × {self.gradient:.4g} = {self.lr * self.gradient:.4g}"
        if self.after_update:
            return Text("{where} had the largest gradient, g = {g:.4g}; the update {step} pushed it to {value:.4g}, "
                        "and the next forward pass overflowed: that update is where the numbers ran away.",
                        where=where, g=self.gradient, step=step, value=self.value)
        return Text("{where} = {value:.4g} had the largest gradient, g = {g:.4g}; the update {step} is where the "
                    "numbers ran away.", where=where, value=self.value, g=self.gradient, step=step)


@dataclass(frozen=True)
class Replay:
    diverged: bool
    steps: int                      # steps whose gradients were recorded (the overflowing one included)
    what: str                       # "loss", "weights" or "saturation" when it diverged, "" otherwise
    norms: np.ndarray               # (steps, layers): ‖(dW, db)‖ of each layer at each step
    losses: np.ndarray              # (2,): loss on the whole set at the start and at the end
    culprit: Culprit | None
    first_bad_layer: int | None     # for a loss overflow: the first layer whose a or z is not finite

    def __repr__(self) -> str:
        return f"Replay({'diverged' if self.diverged else 'finite'} after {self.steps} steps)"


def _trainer(net: Network, X: ArrayLike, T: ArrayLike, loss: str, optimizer: dict[str, Any], batch_size: int,
             seed: int, weight_decay: float) -> Trainer:
    hyper = {k: v for k, v in optimizer.items() if k != "name"}
    return Trainer(net.copy(), X, T, loss=loss, optimizer=optimizers.create(optimizer["name"], **hyper),
                   batch_size=batch_size, seed=seed, weight_decay=weight_decay)


def _culprit(net: Network, lr: float, after_update: bool) -> Culprit | None:
    """The parameter whose gradient is non-finite or largest in size (the update that overflowed)."""
    best: tuple[float, Culprit] | None = None
    for k, layer in enumerate(net.layers):
        for name, value, grad in (("W", layer.W, layer.dW), ("b", layer.b, layer.db)):
            if grad.size == 0:
                continue
            size = np.where(np.isfinite(grad), np.abs(grad), np.inf)
            index = np.unravel_index(int(np.argmax(size)), grad.shape)
            if best is None or size[index] > best[0]:
                best = (size[index], Culprit(k, name, tuple(int(i) for i in index), float(value[index]),
                                             float(grad[index]), lr, after_update))
    return best[1] if best else None


def _first_bad_layer(net: Network, X: ArrayLike) -> int | None:
    from .trace import forward_trace
    with np.errstate(all="ignore"):
        ft = forward_trace(net, X)
    for k, (a, z) in enumerate(zip(ft.a, ft.z)):
        if not (np.isfinite(a).all() and np.isfinite(z).all()):
            return k
    return None


def replay(net: Network, X: ArrayLike, T: ArrayLike, loss: str, optimizer: dict[str, Any], batch_size: int,
           seed: int = 0, weight_decay: float = 0.0, max_steps: int = MAX_STEPS) -> Replay:
    """Train a copy of `net` step by step with these settings, recording gradient norms, until it overflows."""
    trainer = _trainer(net, X, T, loss, optimizer, batch_size, seed, weight_decay)
    work = trainer.net
    norms: list[list[float]] = []
    with np.errstate(all="ignore"):
        start = trainer.evaluate(X, T)[0]
        for _ in range(max_steps):
            trainer.step()
            d = trainer.diverged
            if d is None or d.what in ("weights", "saturation"):   # a loss overflow stops before the gradients
                norms.append([float(np.sqrt(np.sum(l.dW ** 2) + np.sum(l.db ** 2))) for l in work.layers])
            if d is not None:
                break
        curve = [start, trainer.evaluate(X, T)[0]]
    d = trainer.diverged
    culprit: Culprit | None = None
    bad: int | None = None
    if d is not None:
        # The gradients still held are those of the step that overflowed the weights (or, for a loss
        # overflow, of the step before, which made the weights that huge).
        culprit = _culprit(work, float(optimizer.get("lr", trainer.optimizer.lr)), d.what == "loss")
        if d.what == "loss":
            bad = _first_bad_layer(work, X)
    norm_rows = np.array(norms, dtype=float).reshape(len(norms), len(net.layers))
    return Replay(d is not None, len(norms), d.what if d else "", norm_rows,
                  np.array(curve), culprit, bad)


def suggest_learning_rate(net: Network, X: ArrayLike, T: ArrayLike, loss: str, optimizer: dict[str, Any],
                          batch_size: int, seed: int = 0, weight_decay: float = 0.0,
                          max_steps: int = TRIAL_STEPS) -> float | None:
    """The largest lr / 2^i (i = 1 … 12) whose replay stays finite and ends with a lower loss; None if none."""
    lr = float(optimizer["lr"])
    for i in range(1, HALVINGS + 1):
        candidate = float(f"{lr / 2 ** i:.3g}")
        result = replay(net, X, T, loss, dict(optimizer, lr=candidate), batch_size, seed, weight_decay, max_steps)
        if not result.diverged and np.isfinite(result.losses[-1]) and result.losses[-1] < result.losses[0]:
            return candidate
    return None
