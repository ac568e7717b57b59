"""Dense layers and the feed-forward network built from them.

Conventions follow the textbook: a layer computes A = X @ W + b with W of shape
(n_in, n_out), and a batch is a stack of rows.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike

from . import activations, init as initialisers, losses
from .text import Text


class Dense:
    """One fully connected layer: y = f(x @ W + b)."""

    def __init__(self, W: ArrayLike, b: ArrayLike, activation: str = "sigmoid"):
        self.W = np.array(W, dtype=float)
        self.b = np.array(b, dtype=float)
        if self.W.ndim != 2:
            raise ValueError(f"W must be a 2-D (n_in, n_out) array, got shape {self.W.shape}")
        if self.b.shape != (self.W.shape[1],):
            raise ValueError(f"b must have shape ({self.W.shape[1]},) to match W {self.W.shape}, got {self.b.shape}")
        self.activation = activation
        self.dW = np.zeros_like(self.W)
        self.db = np.zeros_like(self.b)
        self._x: np.ndarray | None = None  # input, pre-activation and output of the last forward()
        self._a: np.ndarray | None = None
        self._y: np.ndarray | None = None
        self._dy: np.ndarray | None = None  # the last backward()'s dL/dy and dL/da, kept for simulator.trace
        self._da: np.ndarray | None = None

    @property
    def activation(self) -> str:
        return self._activation.name

    @activation.setter
    def activation(self, name: str) -> None:
        self._activation = activations.get(name)

    @property
    def n_in(self) -> int:
        return self.W.shape[0]

    @property
    def n_out(self) -> int:
        return self.W.shape[1]

    def last_forward(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(x, a, y) of the last forward(), which backward needs."""
        if self._x is None or self._a is None or self._y is None:
            raise RuntimeError("backward() needs a forward() first")
        return self._x, self._a, self._y

    def preactivation(self, x: np.ndarray) -> np.ndarray:
        return x @ self.W + self.b

    def forward(self, x: np.ndarray) -> np.ndarray:
        """Compute the output and remember what backward() needs."""
        a = x @ self.W
        a += self.b  # in place: one temporary fewer per step, same values
        y = self._activation(a)
        self._x, self._a, self._y = x, a, y
        return y

    def backward_from_preactivation(self, da: np.ndarray, input_gradient: bool = True) -> np.ndarray | None:
        """Given dL/da for the last forward(), write dW, db (in place) and return dL/dx.

        With input_gradient=False, dL/dx is skipped (None): the first layer's is never
        needed, and for wide inputs it is one of the costliest products of a step.
        """
        self._da = da
        np.matmul(self.last_forward()[0].T, da, out=self.dW)
        da.sum(axis=0, out=self.db)
        return da @ self.W.T if input_gradient else None

    def backward(self, dy: np.ndarray, input_gradient: bool = True) -> np.ndarray | None:
        """Given dL/dy for the last forward(), store dW, db and return dL/dx (None if not input_gradient)."""
        self._dy = dy
        _, a, y = self.last_forward()
        return self.backward_from_preactivation(self._activation.backward(a, y, dy), input_gradient)

    def copy(self) -> "Dense":
        return Dense(self.W.copy(), self.b.copy(), self.activation)

    def __repr__(self) -> str:
        return f"Dense({self.n_in} -> {self.n_out}, {self.activation})"


class Network:
    """A stack of Dense layers. `layers[k].W` connects layer k to layer k+1 of the diagram."""

    def __init__(self, layers: Sequence[Dense]):
        layers = list(layers)
        if not layers:
            raise ValueError(Text("a network needs at least one layer"))
        for k in range(1, len(layers)):
            if layers[k].n_in != layers[k - 1].n_out:
                raise ValueError(Text("layer {k} expects {inputs} inputs but layer {previous} has {outputs} outputs",
                                      k=k, inputs=layers[k].n_in, previous=k - 1, outputs=layers[k - 1].n_out))
        self.layers = layers

    @classmethod
    def build(cls, sizes: Sequence[int], hidden: str | Sequence[str] = "sigmoid", output: str = "identity",
              init: str = "he", seed: int | None = 0, std: float = 0.01,
              activations: Sequence[str] | None = None) -> "Network":
        """A network with layer sizes `sizes` (inputs first).

        `hidden` is one activation name for every hidden layer, or a list with one name
        per hidden layer; `output` is the output layer's. `activations` instead names every
        weight layer's activation explicitly (then `hidden` and `output` are not used).
        """
        sizes = [int(s) for s in sizes]
        if len(sizes) < 2 or min(sizes) < 1:
            raise ValueError(Text("sizes must list at least an input and an output size, each ≥ 1; got {sizes}",
                                  sizes=str(sizes)))
        n_layers = len(sizes) - 1
        if activations is not None:
            names = [activations] if isinstance(activations, str) else list(activations)
            if len(names) != n_layers:
                raise ValueError(f"activations: {len(names)} names given for {n_layers} weight layers "
                                 f"(sizes {sizes}); give one per weight layer")
        elif isinstance(hidden, str):
            names = [hidden] * (n_layers - 1) + [output]
        else:
            names = list(hidden)
            if len(names) != n_layers - 1:
                raise ValueError(f"hidden: {len(names)} names given for {n_layers - 1} hidden layers "
                                 f"(sizes {sizes}); give one per hidden layer, and the output layer's as output=")
            names.append(output)
        rng = np.random.default_rng(seed)
        return cls([Dense(initialisers.weights(init, n_in, n_out, rng, std), np.zeros(n_out), name)
                    for n_in, n_out, name in zip(sizes[:-1], sizes[1:], names)])

    # -- shape -------------------------------------------------------------
    @property
    def sizes(self) -> list[int]:
        return [self.layers[0].n_in] + [layer.n_out for layer in self.layers]

    @property
    def n_inputs(self) -> int:
        return self.layers[0].n_in

    @property
    def n_outputs(self) -> int:
        return self.layers[-1].n_out

    def parameter_count(self) -> int:
        return sum(layer.W.size + layer.b.size for layer in self.layers)

    def pack(self, dtype: "np.typing.DTypeLike" = float) -> tuple[np.ndarray, np.ndarray]:
        """Re-home every W, b (and dW, db) as views into one flat parameter (gradient) vector.

        Training then updates, backs up and checks all parameters with single NumPy
        calls. The arrays keep their shapes and values; only assigning a *new* array
        to `layer.W` would detach it, so edit weights in place (`layer.W[...] = ...`).
        `dtype` float32 trains faster with fewer exact digits (forward() then computes in float32 too).
        """
        total = self.parameter_count()
        flat, grad = np.empty(total, dtype), np.zeros(total, dtype)
        start = 0
        for layer in self.layers:
            for name, gname in (("W", "dW"), ("b", "db")):
                value = getattr(layer, name)
                stop = start + value.size
                view = flat[start:stop].reshape(value.shape)
                view[...] = value
                setattr(layer, name, view)
                setattr(layer, gname, grad[start:stop].reshape(value.shape))
                start = stop
        return flat, grad

    def parameters(self) -> list[np.ndarray]:
        """[W1, b1, W2, b2, ...]: the live arrays, in the order optimizers see them."""
        return [p for layer in self.layers for p in (layer.W, layer.b)]

    def copy(self) -> "Network":
        return Network([layer.copy() for layer in self.layers])

    def set_weights(self, weights: "Sequence[tuple[np.ndarray, np.ndarray]]") -> None:
        """Copy [(W, b), ...] (one pair per layer, this network's shapes) into its arrays, in place."""
        weights = list(weights)
        if len(weights) != len(self.layers):
            raise ValueError(f"expected {len(self.layers)} (W, b) pairs, got {len(weights)}")
        for layer, (W, b) in zip(self.layers, weights):   # check everything first: nothing half-copied
            if np.shape(W) != layer.W.shape or np.shape(b) != layer.b.shape:
                raise ValueError(f"weights of shape {np.shape(W)}, {np.shape(b)} do not fit {layer!r}")
        for layer, (W, b) in zip(self.layers, weights):
            np.copyto(layer.W, W, casting="unsafe")
            np.copyto(layer.b, b, casting="unsafe")

    def set_parameters_from(self, other: "Network") -> None:
        """Copy every weight and bias of a same-shaped network into this one, in place."""
        for mine, theirs in zip(self.layers, other.layers, strict=True):
            np.copyto(mine.W, theirs.W)
            np.copyto(mine.b, theirs.b)
            mine.activation = theirs.activation

    # -- computing -----------------------------------------------------------
    def forward(self, x: ArrayLike) -> np.ndarray:
        """x: (n_in,) or (batch, n_in) -> (n_out,) or (batch, n_out), in the weights' precision."""
        x = np.asarray(x, dtype=self.layers[0].W.dtype)
        single = x.ndim == 1
        y = x[None, :] if single else x
        if y.shape[-1] != self.n_inputs:
            raise ValueError(Text("input has {features} features but the network expects {inputs}",
                                  features=y.shape[-1], inputs=self.n_inputs))
        for layer in self.layers:
            y = layer.forward(y)
        return y[0] if single else y

    __call__ = forward

    def trace(self, x: ArrayLike) -> list[tuple[np.ndarray, np.ndarray]]:
        """Every layer's (pre-activation a, output y) for input x, for inspection."""
        self.forward(x)
        single = np.asarray(x).ndim == 1
        traced = [layer.last_forward()[1:] for layer in self.layers]
        return [(a[0], y[0]) if single else (a, y) for a, y in traced]

    def loss(self, X: ArrayLike, T: ArrayLike, loss: str = "mse", weight_decay: float = 0.0) -> float:
        """Batch-mean loss, plus ½λΣW² over the weights (not biases) when weight_decay λ > 0."""
        Y = self.forward(X)
        value = losses.get(loss).value(Y, np.asarray(T, dtype=float))
        if weight_decay:
            value += 0.5 * weight_decay * sum(float(np.sum(layer.W ** 2)) for layer in self.layers)
        return value

    def backward(self, T: ArrayLike, loss: str = "mse", weight_decay: float = 0.0,
                 rows_sum_to_one: bool = False) -> None:
        """Backpropagate from the last forward(); leaves dW, db on every layer.

        `rows_sum_to_one` promises that every target row sums to 1 (one-hot labels): the
        trainer checks that once, and softmax + cross-entropy then skips the soft-target term.
        """
        layers = self.layers
        last = layers[-1]
        Y = last.last_forward()[2]
        T = np.asarray(T, dtype=Y.dtype if Y.dtype == np.float32 else float)   # float32 stays float32
        if T.ndim == 1:
            T = T[None, :]
        if (last.activation, loss) in losses.FUSED:
            # softmax + cross-entropy gives y·Σt − t, i.e. y − t only when each target row sums to 1.
            if last.activation == "softmax" and not rows_sum_to_one:
                da = Y * T.sum(axis=-1, keepdims=True) - T
            else:
                da = Y - T
            da /= Y.shape[0]
            dout = last.backward_from_preactivation(da, len(layers) > 1)
        else:
            dout = last.backward(losses.get(loss).gradient(Y, T), len(layers) > 1)
        for k in range(len(layers) - 2, -1, -1):
            assert dout is not None  # layer k + 1 was asked for its input gradient
            dout = layers[k].backward(dout, input_gradient=k > 0)  # nobody needs dL/dX of the inputs
        if weight_decay:
            for layer in self.layers:
                layer.dW += weight_decay * layer.W

    def gradients(self, X: ArrayLike, T: ArrayLike, loss: str = "mse",
                  weight_decay: float = 0.0) -> list[tuple[np.ndarray, np.ndarray]]:
        """[(dW, db), ...] one pair per layer, by backpropagation."""
        X = np.asarray(X, dtype=float)
        self.forward(X[None, :] if X.ndim == 1 else X)
        self.backward(T, loss, weight_decay)
        return [(layer.dW.copy(), layer.db.copy()) for layer in self.layers]

    def __repr__(self) -> str:
        acts = ", ".join(layer.activation for layer in self.layers)
        return f"Network({'-'.join(map(str, self.sizes))}, [{acts}])"
