"""Optimizers with the textbook's defaults and update rules, created by name.

Every optimizer has `update(params, grads)`, which changes the arrays in
`params` in place. `params` is a list of arrays (e.g. `net.parameters()`);
`grads` is a matching list of arrays, or the `[(dW, db), ...]` pairs that
`Network.gradients` returns.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from .text import Text

EPS = 1e-7

Params = Sequence[np.ndarray]
#: One gradient per parameter, or the [(dW, db), ...] pairs that Network.gradients returns.
Grads = Sequence[np.ndarray] | Sequence[tuple[np.ndarray, np.ndarray]]


def _flat(grads: Grads) -> list[np.ndarray]:
    if grads and isinstance(grads[0], tuple):
        return [g for pair in grads for g in pair]
    return list(grads)  # type: ignore[arg-type]  # not pairs, so arrays


class Optimizer:
    name = "?"
    #: True for rules that do not follow a loss gradient (the perceptron rule).
    uses_perceptron_rule = False

    def __init__(self, lr: float):
        self.lr = float(lr)
        self._state: list[list[np.ndarray]] | None = None

    def hyperparameters(self) -> dict[str, float]:
        return {"lr": self.lr}

    def reset(self) -> None:
        """Forget accumulated state (velocities, moments), e.g. after the network changed."""
        self._state = None

    def _slots(self, params: Params, count: int) -> list[list[np.ndarray]]:
        """`count` zero-initialised state arrays per parameter; re-created if shapes changed."""
        if self._state is None or len(self._state) != len(params) or any(
                s[0].shape != p.shape for s, p in zip(self._state, params)):
            self._state = [[np.zeros_like(p) for _ in range(count)] for p in params]
            self._on_reset()
        return self._state

    def _on_reset(self) -> None:
        pass

    def update(self, params: Params, grads: Grads) -> None:
        raise NotImplementedError

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v:g}" for k, v in self.hyperparameters().items())
        return f"{self.name}({args})"


class SGD(Optimizer):
    name = "sgd"

    def __init__(self, lr: float = 0.01):
        super().__init__(lr)

    def update(self, params: Params, grads: Grads) -> None:
        for p, g in zip(params, _flat(grads)):
            p -= self.lr * g


class PerceptronRule(SGD):
    """Rosenblatt's rule w ← w + η (t − y) x, for single-layer step networks.

    The trainer feeds it the rule's pseudo-gradient −(t − y) x (batch mean), so
    the update itself is a plain SGD step.
    """

    name = "perceptron"
    uses_perceptron_rule = True

    def __init__(self, lr: float = 0.1):
        super().__init__(lr)


class Momentum(Optimizer):
    name = "momentum"

    def __init__(self, lr: float = 0.01, momentum: float = 0.9):
        super().__init__(lr)
        self.momentum = float(momentum)

    def hyperparameters(self) -> dict[str, float]:
        return {"lr": self.lr, "momentum": self.momentum}

    def update(self, params: Params, grads: Grads) -> None:
        for p, g, (v,) in zip(params, _flat(grads), self._slots(params, 1)):
            v *= self.momentum
            v -= self.lr * g
            p += v


class Nesterov(Momentum):
    """Nesterov's accelerated gradient as the textbook's current code writes it.

    p += μ²·v;  p −= (1 + μ)·lr·g;  v = μ·v − lr·g  (Bengio et al. 2012's reformulation).
    The position step uses the velocity from *before* this step; updating v first would
    count this step's gradient twice.
    """

    name = "nesterov"

    def update(self, params: Params, grads: Grads) -> None:
        m = self.momentum
        for p, g, (v,) in zip(params, _flat(grads), self._slots(params, 1)):
            p += m * m * v
            p -= (1 + m) * self.lr * g
            v *= m
            v -= self.lr * g


class AdaGrad(Optimizer):
    name = "adagrad"

    def __init__(self, lr: float = 0.01):
        super().__init__(lr)

    def update(self, params: Params, grads: Grads) -> None:
        for p, g, (h,) in zip(params, _flat(grads), self._slots(params, 1)):
            h += g * g
            p -= self.lr * g / (np.sqrt(h) + EPS)


class RMSprop(Optimizer):
    name = "rmsprop"

    def __init__(self, lr: float = 0.01, decay_rate: float = 0.99):
        super().__init__(lr)
        self.decay_rate = float(decay_rate)

    def hyperparameters(self) -> dict[str, float]:
        return {"lr": self.lr, "decay_rate": self.decay_rate}

    def update(self, params: Params, grads: Grads) -> None:
        for p, g, (h,) in zip(params, _flat(grads), self._slots(params, 1)):
            h *= self.decay_rate
            h += (1 - self.decay_rate) * g * g
            p -= self.lr * g / (np.sqrt(h) + EPS)


class Adam(Optimizer):
    """Adam with the bias correction folded into the step size, as in the textbook."""

    name = "adam"

    def __init__(self, lr: float = 0.001, beta1: float = 0.9, beta2: float = 0.999):
        super().__init__(lr)
        self.beta1, self.beta2 = float(beta1), float(beta2)
        self.iter = 0

    def hyperparameters(self) -> dict[str, float]:
        return {"lr": self.lr, "beta1": self.beta1, "beta2": self.beta2}

    def _on_reset(self) -> None:
        self.iter = 0

    def update(self, params: Params, grads: Grads) -> None:
        slots = self._slots(params, 2)
        self.iter += 1
        lr_t = self.lr * np.sqrt(1.0 - self.beta2 ** self.iter) / (1.0 - self.beta1 ** self.iter)
        for p, g, (m, v) in zip(params, _flat(grads), slots):
            m += (1 - self.beta1) * (g - m)
            v += (1 - self.beta2) * (g * g - v)
            p -= lr_t * m / (np.sqrt(v) + EPS)


OPTIMIZERS = {cls.name: cls for cls in (SGD, Momentum, Nesterov, AdaGrad, RMSprop, Adam, PerceptronRule)}
NAMES = tuple(OPTIMIZERS)


def create(name: str, **hyperparameters: Any) -> Optimizer:
    """An optimizer by name, e.g. create("adam", lr=0.01)."""
    try:
        cls = OPTIMIZERS[name]
    except KeyError:
        raise ValueError(Text("unknown optimizer {name!r}; choose one of {names}", name=name,
                              names=", ".join(NAMES))) from None
    try:
        return cls(**hyperparameters)
    except TypeError:
        import inspect
        allowed = [p for p in inspect.signature(cls.__init__).parameters if p != "self"]
        raise ValueError(Text("optimizer {name!r} takes {allowed}; got {given}", name=name, allowed=", ".join(allowed),
                              given=", ".join(hyperparameters))) from None


def defaults(name: str) -> dict[str, float]:
    """The default hyperparameters of an optimizer, e.g. {'lr': 0.001, 'beta1': 0.9, 'beta2': 0.999}."""
    return create(name).hyperparameters()
