"""Network.set_weights: the one engine function that copies weights into a network."""
from __future__ import annotations

import numpy as np
import pytest

from simulator import Network


def test_set_weights_copies_in_place_and_keeps_packed_views_attached():
    net = Network.build([2, 3, 1], hidden="tanh", output="sigmoid", seed=0)
    flat, _ = net.pack(np.float32)
    other = Network.build([2, 3, 1], hidden="tanh", output="sigmoid", seed=5)
    net.set_weights([(layer.W, layer.b) for layer in other.layers])
    for mine, theirs in zip(net.layers, other.layers):
        np.testing.assert_array_equal(mine.W, theirs.W.astype(np.float32))
        assert mine.W.dtype == np.float32
    assert np.array_equal(flat[:6], other.layers[0].W.astype(np.float32).ravel())   # still views of the pack


def test_set_weights_refuses_what_does_not_fit_and_changes_nothing():
    net = Network.build([2, 3, 1], hidden="tanh", output="sigmoid", seed=0)
    before = [p.copy() for p in net.parameters()]
    with pytest.raises(ValueError, match="expected 2"):
        net.set_weights([(np.zeros((2, 3)), np.zeros(3))])
    with pytest.raises(ValueError, match="do not fit"):
        net.set_weights([(np.zeros((2, 3)), np.zeros(3)), (np.zeros((4, 1)), np.zeros(1))])
    assert all(np.array_equal(a, b) for a, b in zip(before, net.parameters()))
