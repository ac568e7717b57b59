"""What every format shares: errors, activation names, weight dictionaries, atomic writes."""
from __future__ import annotations

import copy
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .. import activations, io, io_write
from ..datafiles import StrPath
from ..network import Dense, Network
from ..text import Text


class ConvertError(ValueError):
    """A file that cannot be converted; the message is one line naming the file and the problem."""


class MissingPackage(ConvertError):
    """An optional package (onnx) is needed; the message says what to install."""


class MissingActivations(ConvertError):
    """The file holds weights but no activation names: pass hidden=/output= (the app asks in a dialog)."""

    def __init__(self, message: Text | str, n_layers: int, sizes: list[int] | None = None) -> None:
        super().__init__(message)
        self.n_layers, self.sizes = n_layers, sizes


_KEY = re.compile(r"([Wb])([1-9][0-9]*)")


def resolve_activations(n_layers: int, from_file: Sequence[str] | None, hidden: str | None, output: str | None,
                        source: str, sizes: list[int] | None = None) -> list[str]:
    """One activation name per weight layer: `hidden`/`output` where given, else the file's names."""
    names: list[str | None] = list(from_file) if from_file is not None else [None] * n_layers
    if len(names) != n_layers:
        raise ConvertError(Text("{file}: 'activations' lists {count} names but there are {layers} weight layers; "
                                "give one name per layer", file=source, count=len(names), layers=n_layers))
    if hidden is not None:
        names[:-1] = [hidden] * (n_layers - 1)
    if output is not None:
        names[-1] = output
    if any(name is None for name in names):
        needed = "--output ACT" if n_layers == 1 else "--hidden ACT and --output ACT"
        raise MissingActivations(Text("{file} holds the weights of {layers} layers but not their activation "
                                      "functions; name them with {needed} (the textbook's sample_weight.pkl "
                                      "network uses --hidden sigmoid --output softmax)", file=source,
                                      layers=n_layers, needed=needed), n_layers, sizes)
    for k, name in enumerate(names):
        last = k == n_layers - 1
        if name not in activations.NAMES:
            raise ConvertError(Text("{file}: unknown activation {name!r} for layer {layer}; choose one of {names}",
                                    file=source, name=name, layer=k + 1, names=", ".join(activations.NAMES)))
        if not last and name not in activations.HIDDEN_ACTIVATIONS:
            raise ConvertError(Text("{file}: layer {layer} is a hidden layer, which cannot use {name} (it belongs "
                                    "on the output layer); hidden layers can use {names}", file=source,
                                    layer=k + 1, name=name, names=", ".join(activations.HIDDEN_ACTIVATIONS)))
    return [str(name) for name in names]


def network_from_arrays(arrays: Mapping[str, np.ndarray], names: Sequence[str] | None, source: str, *,
                        hidden: str | None = None, output: str | None = None) -> Network:
    """A Network from a textbook-style weight dictionary {"W1": ..., "b1": ..., ...}, checked thoroughly."""
    indices: dict[str, set[int]] = {"W": set(), "b": set()}
    for key in arrays:
        match = _KEY.fullmatch(key)
        if match is None:
            raise ConvertError(Text("{file}: unexpected entry {key!r}; a network's weight file holds only W1…WL, "
                                    "b1…bL (and activations)", file=source, key=key))
        indices[match.group(1)].add(int(match.group(2)))
    n_layers = len(indices["W"])
    if n_layers == 0:
        raise ConvertError(Text("{file}: no weights found (expected arrays named W1, b1, W2, b2, …)", file=source))
    for letter in "Wb":
        for k in range(1, n_layers + 1):
            if k not in indices[letter]:
                raise ConvertError(Text("{file}: {letter}{k} is missing (there are {layers} weight matrices, so "
                                        "W1…W{layers} and b1…b{layers} are expected)", file=source, letter=letter,
                                        k=k, layers=n_layers))
        extra = sorted(indices[letter] - set(range(1, n_layers + 1)))
        if extra:
            raise ConvertError(Text("{file}: {letter}{k} has no matching {other}{k}", file=source, letter=letter,
                                    k=extra[0], other="b" if letter == "W" else "W"))
    if n_layers > io.MAX_LAYERS:
        raise ConvertError(Text("{file}: {layers:,} layers is more than the limit of {limit:,}", file=source,
                                layers=n_layers, limit=io.MAX_LAYERS))

    layers: list[tuple[np.ndarray, np.ndarray]] = []
    total = 0
    for k in range(1, n_layers + 1):
        W = _numeric(arrays[f"W{k}"], f"W{k}", source)
        b = _numeric(arrays[f"b{k}"], f"b{k}", source)
        if W.ndim == 4:
            raise ConvertError(Text("{file}: W{k} is a 4-D array of shape {shape}, the filters of a convolution "
                                    "layer; Synaptica shows dense (fully connected) layers only", file=source, k=k,
                                    shape=str(W.shape)))
        if W.ndim != 2:
            raise ConvertError(Text("{file}: W{k} has shape {shape}; expected a 2-D (inputs, outputs) matrix",
                                    file=source, k=k, shape=str(W.shape)))
        if b.ndim == 2 and b.shape[0] == 1:
            b = b[0]  # a (1, n) row is a bias vector written as a matrix
        if b.shape != (W.shape[1],):
            raise ConvertError(Text("{file}: b{k} has shape {shape} but W{k} {w_shape} needs ({needed},)",
                                    file=source, k=k, shape=str(b.shape), w_shape=str(W.shape), needed=W.shape[1]))
        if layers and W.shape[0] != layers[-1][0].shape[1]:
            raise ConvertError(Text("{file}: W{k} has {rows} rows but layer {previous} has {outputs} outputs; W{k} "
                                    "needs one row per output of layer {previous}", file=source, k=k,
                                    rows=W.shape[0], previous=k - 1, outputs=layers[-1][0].shape[1]))
        if max(W.shape) > io.MAX_LAYER_SIZE:
            raise ConvertError(Text("{file}: W{k} {shape} has a layer larger than the limit of {limit:,} neurons",
                                    file=source, k=k, shape=str(W.shape), limit=io.MAX_LAYER_SIZE))
        total += W.size
        if total > io.MAX_WEIGHTS:
            raise ConvertError(Text("{file}: more than {limit:,} weights, the limit", file=source,
                                    limit=io.MAX_WEIGHTS))
        layers.append((W, b))
    sizes = [layers[0][0].shape[0]] + [W.shape[1] for W, _ in layers]
    chosen = resolve_activations(n_layers, names, hidden, output, source, sizes)
    return Network([Dense(W, b, name) for (W, b), name in zip(layers, chosen)])


def _numeric(value: object, key: str, source: str) -> np.ndarray:
    if not isinstance(value, np.ndarray):
        raise ConvertError(Text("{file}: {key} is a {type}, not an array", file=source, key=key,
                                type=type(value).__name__))
    if value.dtype.kind not in "fiu" or value.dtype.itemsize > 8:
        raise ConvertError(Text("{file}: {key} holds {dtype} values; expected real numbers", file=source, key=key,
                                dtype=str(value.dtype)))
    array = value.astype(float)  # float32 (the textbook's) widens exactly; float64 is copied unchanged
    if not np.isfinite(array).all():
        raise ConvertError(Text("{file}: {key} holds values that are not finite (NaN or infinity)", file=source,
                                key=key))
    return array


def arrays_from_network(network: Network) -> dict[str, np.ndarray]:
    """{"W1": ..., "b1": ..., ..., "activations": array of names}: float64 copies, exact."""
    arrays: dict[str, np.ndarray] = {}
    for k, layer in enumerate(network.layers, 1):
        arrays[f"W{k}"] = np.array(layer.W, dtype=np.float64)
        arrays[f"b{k}"] = np.array(layer.b, dtype=np.float64)
    arrays["activations"] = np.array([layer.activation for layer in network.layers], dtype=str)
    return arrays


def suggested_training(network: Network) -> dict[str, Any]:
    """Training settings that fit an imported network's output layer (files without settings)."""
    training = copy.deepcopy(io.DEFAULT_TRAINING)
    out = network.layers[-1].activation
    if out == "softmax" and network.n_outputs > 1:
        training["loss"] = "cross_entropy"
    elif out == "sigmoid":
        training["loss"] = "binary_cross_entropy"
    return training


def imported_file(network: Network, path: Path) -> io.NetworkFile:
    """An imported network as a document: named after the file, with settings that fit it."""
    sizes = "-".join(map(str, network.sizes))
    return io.NetworkFile(network=network, name=path.stem,
                          description=Text("A {sizes} network imported from {file}.", sizes=sizes, file=path.name),
                          training=suggested_training(network))


def check_size(path: Path) -> None:
    """Refuse a file larger than a network file may be, before reading any of it."""
    size = path.stat().st_size
    if size > io.MAX_FILE_BYTES:
        raise ConvertError(Text("{file}: the file is {size:.0f} MB; the limit is {limit} MB", file=path.name,
                                size=size / 2 ** 20, limit=io.MAX_FILE_BYTES // 2 ** 20))


def write_atomically(path: StrPath, data: bytes) -> None:
    """Write bytes to `path` through a temporary file beside it (the same mechanism as network files)."""
    path = Path(path)
    try:
        io_write.write_atomically(path, data)   # one shared implementation: regular files only, all or nothing
    except (io_write.WriteRefused, OSError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc.args[0] if exc.args else str(exc)
        raise ConvertError(Text("{file}: {problem}", file=path.name or str(path), problem=reason)) from exc
