import numpy as np
import pytest

from simulator import Network
from simulator.edit import insert_layer, remove_layer, resize_layer


def rng():
    return np.random.default_rng(0)


def test_growing_a_hidden_layer_keeps_old_weights_and_adds_new_ones():
    net = Network.build([2, 3, 1], hidden="tanh", seed=0)
    grown = resize_layer(net, 1, 5, rng())
    assert grown.sizes == [2, 5, 1]
    np.testing.assert_array_equal(grown.layers[0].W[:, :3], net.layers[0].W)
    np.testing.assert_array_equal(grown.layers[1].W[:3], net.layers[1].W)
    assert np.all(grown.layers[0].b[3:] == 0) and np.any(grown.layers[0].W[:, 3:] != 0)
    assert net.sizes == [2, 3, 1]  # the original is untouched


def test_shrinking_inputs_and_outputs_keeps_the_overlap():
    net = Network.build([3, 4, 2], hidden="relu", output="softmax", seed=1)
    smaller = resize_layer(resize_layer(net, 0, 2, rng()), 2, 1, rng())
    assert smaller.sizes == [2, 4, 1]
    np.testing.assert_array_equal(smaller.layers[0].W, net.layers[0].W[:2])
    np.testing.assert_array_equal(smaller.layers[1].W, net.layers[1].W[:, :1])
    assert [l.activation for l in smaller.layers] == ["relu", "softmax"]


def test_inserting_and_removing_a_hidden_layer():
    net = Network.build([2, 3, 1], hidden="sigmoid", output="sigmoid", seed=0)
    deeper = insert_layer(net, 2, 4, "tanh", rng())
    assert deeper.sizes == [2, 3, 4, 1]
    assert [l.activation for l in deeper.layers] == ["sigmoid", "tanh", "sigmoid"]
    np.testing.assert_array_equal(deeper.layers[0].W, net.layers[0].W)
    np.testing.assert_array_equal(deeper.layers[2].b, net.layers[1].b)
    back = remove_layer(deeper, 2, rng())
    assert back.sizes == [2, 3, 1]
    np.testing.assert_array_equal(back.layers[0].W, net.layers[0].W)


def test_bad_structure_edits_are_refused_clearly():
    net = Network.build([2, 3, 1])
    with pytest.raises(ValueError, match="at least one neuron"):
        resize_layer(net, 1, 0, rng())
    with pytest.raises(ValueError, match="only hidden layers"):
        remove_layer(net, 2, rng())
    with pytest.raises(ValueError, match="positions 1..2"):
        insert_layer(net, 0, 3, "tanh", rng())
