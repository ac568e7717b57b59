"""Looking inside one forward and one backward pass, layer by layer.

`forward_trace(net, X)` records every weight layer's pre-activation a = z_prev @ W + b
and output z = h(a); `backward_trace(net, X, T, loss)` adds the loss and, for every layer,
dL/dz, dL/da, dL/dW and dL/db. All arrays are 2-D (batch rows), so a single input
appears as one row. Neither call changes the network: the backward pass runs on a copy
through the network's own backpropagation, so `dW`/`db` are exactly `net.gradients`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import numpy as np
from numpy.typing import ArrayLike

from . import activations, losses
from .network import Network


@dataclass(frozen=True, eq=False)
class ForwardTrace:
    x: np.ndarray                 # (batch, n_in)
    a: list[np.ndarray]           # a[k] (batch, n_k): pre-activation of weight layer k
    z: list[np.ndarray]           # z[k] = h_k(a[k])
    activations: tuple[str, ...]  # h_k by name

    @property
    def output(self) -> np.ndarray:
        return self.z[-1]

    def inputs_of(self, k: int) -> np.ndarray:
        """What weight layer k multiplies: x for the first layer, z[k-1] after that."""
        return self.x if k == 0 else self.z[k - 1]

    def __repr__(self) -> str:
        shapes = " -> ".join(str(z.shape[1]) for z in [self.x, *self.z])
        return f"ForwardTrace({self.x.shape[0]} rows, {shapes})"


@dataclass(frozen=True, eq=False)
class BackwardTrace:
    forward: ForwardTrace
    t: np.ndarray                 # targets (batch, n_out)
    loss_name: str
    loss: float
    dz: list[np.ndarray]          # dL/dz_k, shaped like z[k]
    da: list[np.ndarray]          # dL/da_k, shaped like a[k]
    dW: list[np.ndarray]          # dL/dW_k, shaped like W_k (summed over the batch rows)
    db: list[np.ndarray]          # dL/db_k
    fused: bool                   # True when dL/da of the output came straight from (y − t)/n

    def __repr__(self) -> str:
        return f"BackwardTrace({self.loss_name} = {self.loss:.6g}, {len(self.dW)} layers)"


def _rows(net: Network, X: ArrayLike) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    X = X[None, :] if X.ndim == 1 else X
    if X.ndim != 2 or X.shape[1] != net.n_inputs:
        raise ValueError(f"inputs: expected shape (batch, {net.n_inputs}) or ({net.n_inputs},), got {X.shape}")
    return X


def _targets(net: Network, T: ArrayLike, batch: int) -> np.ndarray:
    T = np.asarray(T, dtype=float)
    T = T[None, :] if T.ndim == 1 else T
    if T.shape != (batch, net.n_outputs):
        raise ValueError(f"targets: expected shape ({batch}, {net.n_outputs}) to match the inputs, got {T.shape}")
    return T


def forward_trace(net: Network, X: ArrayLike) -> ForwardTrace:
    """Every layer's a and z for inputs X ((n_in,) or (batch, n_in)); the network is not changed."""
    x = _rows(net, X)
    a_list, z_list, z = [], [], x
    for layer in net.layers:
        a = layer.preactivation(z)
        z = activations.get(layer.activation)(a)
        a_list.append(a)
        z_list.append(z)
    return ForwardTrace(x, a_list, z_list, tuple(layer.activation for layer in net.layers))


def backward_trace(net: Network, X: ArrayLike, T: ArrayLike, loss: str = "mse",
                   weight_decay: float = 0.0) -> BackwardTrace:
    """Forward and backward pass for (X, T): the loss and every layer's dz, da, dW, db.

    Runs on a copy of `net`, so the network (its weights, gradients and caches) is untouched.
    """
    losses.get(loss)  # an unknown name fails here, before any work
    return trace_backpropagation(net.copy(), X, T, loss, weight_decay)


def trace_backpropagation(work: Network, X: ArrayLike, T: ArrayLike, loss: str,
                          weight_decay: float = 0.0) -> BackwardTrace:
    """backward_trace on `work` itself, which it overwrites (gradcheck passes a deliberately broken copy)."""
    x = _rows(work, X)
    t = _targets(work, T, x.shape[0])
    value = work.loss(x, t, loss, weight_decay)   # also the forward pass that backward() reads
    fused = (work.layers[-1].activation, loss) in losses.FUSED
    work.backward(t, loss, weight_decay)
    layers = work.layers
    # backward() above filled every layer's caches (_a, _y, _dy, _da): none of them is None here.
    y = cast(np.ndarray, layers[-1]._y)
    # dL/dy of the output: the fused path never forms it, so it is computed here for display.
    dz = [layer._dy for layer in layers[:-1]] + [losses.get(loss).gradient(y, t) if fused else layers[-1]._dy]
    ft = ForwardTrace(x, [cast(np.ndarray, layer._a) for layer in layers],
                      [cast(np.ndarray, layer._y) for layer in layers], tuple(layer.activation for layer in layers))
    return BackwardTrace(ft, t, loss, value, [np.array(d) for d in dz],
                         [cast(np.ndarray, layer._da).copy() for layer in layers],
                         [layer.dW.copy() for layer in layers], [layer.db.copy() for layer in layers], fused)


def gradient_descent_step(net: Network, bt: BackwardTrace, lr: float) -> list[tuple[np.ndarray, np.ndarray]]:
    """[(W − lr·dW, b − lr·db), ...]: the plain gradient-descent update of the traced step (net unchanged)."""
    if not np.isfinite(lr) or lr <= 0:
        raise ValueError(f"learning rate must be a positive number, got {lr}")
    return [(layer.W - lr * dW, layer.b - lr * db) for layer, dW, db in zip(net.layers, bt.dW, bt.db, strict=True)]
