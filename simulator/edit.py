"""Structure edits that keep every existing weight that still fits.

Each function returns a new Network and leaves the given one untouched. New
weights are drawn with `rng` (Xavier scale, so new neurons start small but not
silent); new biases start at 0. Neuron layers are numbered 0 (inputs) .. L.
"""
from __future__ import annotations

import numpy as np

from .init import weights as init_weights
from .network import Dense, Network
from .text import Text


def _resized(matrix: np.ndarray, shape: tuple[int, ...], fresh: np.ndarray) -> np.ndarray:
    """`fresh` with the overlapping top-left block replaced by `matrix`."""
    out = fresh.copy()
    block = tuple(slice(0, min(a, b)) for a, b in zip(matrix.shape, shape))
    out[block] = matrix[block]
    return out


def resize_layer(net: Network, layer: int, size: int, rng: np.random.Generator) -> Network:
    """Give neuron layer `layer` (0 = inputs, L = outputs) `size` neurons."""
    if not 0 <= layer < len(net.sizes):
        raise ValueError(Text("there is no layer {layer}; layers are 0..{last}", layer=layer, last=len(net.sizes) - 1))
    if size < 1:
        raise ValueError(Text("a layer needs at least one neuron; got {size}", size=size))
    sizes = net.sizes
    sizes[layer] = size
    new_layers = []
    for k, old in enumerate(net.layers):
        n_in, n_out = sizes[k], sizes[k + 1]
        fresh_W = init_weights("xavier", n_in, n_out, rng)
        W = _resized(old.W, (n_in, n_out), fresh_W)
        b = _resized(old.b, (n_out,), np.zeros(n_out))
        new_layers.append(Dense(W, b, old.activation))
    return Network(new_layers)


def insert_layer(net: Network, position: int, size: int, activation: str, rng: np.random.Generator) -> Network:
    """Insert a hidden layer of `size` neurons so that it becomes neuron layer `position` (1..L)."""
    if not 1 <= position <= len(net.layers):
        raise ValueError(Text("a hidden layer can be inserted at positions 1..{last}; got {position}",
                              last=len(net.layers), position=position))
    sizes = net.sizes
    before = net.layers[: position - 1]
    after = net.layers[position:]
    replaced = net.layers[position - 1]  # splits into (n_in -> size) and (size -> n_out)
    first = Dense(init_weights("xavier", sizes[position - 1], size, rng), np.zeros(size), activation)
    second = Dense(init_weights("xavier", size, replaced.n_out, rng), replaced.b.copy(), replaced.activation)
    return Network([l.copy() for l in before] + [first, second] + [l.copy() for l in after])


def remove_layer(net: Network, layer: int, rng: np.random.Generator) -> Network:
    """Remove hidden neuron layer `layer` (1..L-1); the next layer's weights are resized to fit."""
    if not 1 <= layer < len(net.layers):
        raise ValueError(Text("only hidden layers (1..{last}) can be removed; got {layer}", last=len(net.layers) - 1,
                              layer=layer))
    incoming, outgoing = net.layers[layer - 1], net.layers[layer]
    n_in = incoming.n_in
    W = _resized(outgoing.W, (n_in, outgoing.n_out), init_weights("xavier", n_in, outgoing.n_out, rng))
    merged = Dense(W, outgoing.b.copy(), outgoing.activation)
    layers = [l.copy() for l in net.layers]
    return Network(layers[: layer - 1] + [merged] + layers[layer + 1:])
