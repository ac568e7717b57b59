"""The `layers` section of a network file: sizes first (limits apply before any weight is read), then
activations, weight matrices, biases and labels, each checked against the sizes."""
from __future__ import annotations

import numpy as np

from . import activations, io_checks as check
from .text import Text

INPUT_LAYER_KEYS = ("size", "labels")
LAYER_KEYS = ("size", "activation", "weights", "biases", "labels")
MAX_LAYER_SIZE = 100_000
MAX_WEIGHTS = 2_500_000             # ~60 MB of text at full precision, so any network saved loads again
MAX_LAYERS = 1_000
MAX_LABEL_CHARS = 100


def layers(value: object) -> tuple[list[int], list[np.ndarray], list[np.ndarray], list[str], list[list[str]]]:
    layers = check.array(value, "layers")
    if len(layers) < 2:
        raise check.Invalid("layers", Text("a network needs at least 2 layers (the inputs and an output layer), "
                                           "got {count}", count=len(layers)))
    if len(layers) > MAX_LAYERS:
        raise check.Invalid("layers", Text("{count:,} layers is more than the limit of {limit:,}",
                                           count=len(layers), limit=MAX_LAYERS))
    last = len(layers) - 1

    # First only keys and sizes, so the size limits apply before any weight is looked at.
    sizes = []
    for k, layer in enumerate(layers):
        where = f"layers[{k}]"
        if k == 0:
            check.keys(layer, where, required=("size",), optional=INPUT_LAYER_KEYS,
                  note=Text("layers[0] is the input layer, which has only a size and labels "
                            "(weights belong to later layers)"))
        else:
            check.keys(layer, where, required=("size", "activation", "weights", "biases"), optional=LAYER_KEYS)
        sizes.append(check.integer(layer["size"], f"{where}.size", minimum=1, maximum=MAX_LAYER_SIZE))
    total = sum(n_in * n_out for n_in, n_out in zip(sizes, sizes[1:]))
    if total > MAX_WEIGHTS:
        raise check.Invalid("layers", Text("the sizes {sizes} need {total:,} weights; the limit is {limit:,}",
                                           sizes="-".join(map(str, sizes)), total=total, limit=MAX_WEIGHTS))

    weights, biases, names, labels = [], [], [], []
    for k, layer in enumerate(layers):
        where = f"layers[{k}]"
        if k > 0:
            names.append(_activation(layer["activation"], f"{where}.activation", output=k == last, last=last))
            weights.append(_matrix(layer["weights"], f"{where}.weights", sizes[k - 1], sizes[k], k))
            biases.append(_vector(layer["biases"], f"{where}.biases", sizes[k]))
        labels.append(_labels(layer.get("labels", []), f"{where}.labels", sizes[k]))
    return sizes, weights, biases, names, labels


def _activation(value: object, where: str, *, output: bool, last: int) -> str:
    name = check.string(value, where)
    if name not in activations.NAMES:
        raise check.Invalid(where, Text("unknown activation {name!r}{suggestion}; choose one of {names}",
                                        name=name, suggestion=check.did_you_mean(name, activations.NAMES),
                                        names=", ".join(activations.NAMES)))
    if not output and name not in activations.HIDDEN_ACTIVATIONS:
        raise check.Invalid(where, Text("{name} is only allowed on the output layer (layers[{last}]); hidden layers "
                                        "can use {names}", name=name, last=last,
                                        names=", ".join(activations.HIDDEN_ACTIVATIONS)))
    return name


def _matrix(value: object, where: str, rows: int, cols: int, k: int) -> np.ndarray:
    matrix = check.array(value, where)
    for i, row in enumerate(matrix):
        if not isinstance(row, list):
            raise check.Invalid(f"{where}[{i}]", Text("expected an array (one row of weights), got {value}",
                                                      value=check.describe(row)))
    for i, row in enumerate(matrix):
        if len(row) != len(matrix[0]):
            raise check.Invalid(f"{where}[{i}]", Text("rows differ in length: row 0 has {first} values, "
                                                      "row {i} has {length}", first=len(matrix[0]), i=i,
                                                      length=len(row)))
    shape = (len(matrix), len(matrix[0]) if matrix else 0)
    if shape != (rows, cols):
        raise check.Invalid(where, Text("expected {rows}×{cols}, got {got_rows}×{got_cols} (one row per neuron of "
                                        "layers[{previous}], one column per neuron of layers[{k}])", rows=rows,
                                        cols=cols, got_rows=shape[0], got_cols=shape[1], previous=k - 1, k=k))
    out = np.empty((rows, cols))
    for i, row in enumerate(matrix):
        out[i] = check.finite_numbers(row, f"{where}[{i}]")
    return out


def _vector(value: object, where: str, length: int) -> np.ndarray:
    values = check.array(value, where)
    if len(values) != length:
        raise check.Invalid(where, Text("expected 1 value, got {got}", got=len(values)) if length == 1 else
                            Text("expected {length} values, got {got}", length=length, got=len(values)))
    return check.finite_numbers(values, where)


def _labels(value: object, where: str, size: int) -> list[str]:
    names = check.array(value, where)
    if names and len(names) != size:
        raise check.Invalid(where, Text("expected 1 label (one per neuron), got {got}", got=len(names)) if size == 1
                            else Text("expected {size} labels (one per neuron), got {got}", size=size, got=len(names)))
    return [check.string(v, f"{where}[{i}]", max_chars=MAX_LABEL_CHARS) for i, v in enumerate(names)]
