"""Network construction and forward pass against the textbook's hand-worked networks."""
import numpy as np
import pytest

from simulator import Dense, Network

INPUTS = np.array([[0, 0], [1, 0], [0, 1], [1, 1]], dtype=float)


def textbook_three_layer_network():
    return Network(layers=[
        Dense([[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]], [0.1, 0.2, 0.3], "sigmoid"),
        Dense([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]], [0.1, 0.2], "sigmoid"),
        Dense([[0.1, 0.3], [0.2, 0.4]], [0.1, 0.2], "identity"),
    ])


def gate(w, b):
    return Network([Dense([[w[0]], [w[1]]], [b], "step")])


# -- build ------------------------------------------------------------------

def test_build_shapes_and_zero_biases():
    net = Network.build([2, 3, 4, 1], seed=0)
    assert net.sizes == [2, 3, 4, 1]
    assert [layer.W.shape for layer in net.layers] == [(2, 3), (3, 4), (4, 1)]
    assert [layer.b.shape for layer in net.layers] == [(3,), (4,), (1,)]
    for layer in net.layers:
        np.testing.assert_array_equal(layer.b, 0.0)
    assert net.n_inputs == 2 and net.n_outputs == 1
    assert net.parameter_count() == 2 * 3 + 3 + 3 * 4 + 4 + 4 * 1 + 1


def test_build_activation_string_form_applies_hidden_then_output():
    net = Network.build([2, 3, 3, 2], hidden="tanh", output="softmax")
    assert [layer.activation for layer in net.layers] == ["tanh", "tanh", "softmax"]


def test_build_hidden_list_names_each_hidden_layer_and_output_the_last():
    net = Network.build([3, 5, 4, 2], hidden=["tanh", "relu"], output="softmax")
    assert [layer.activation for layer in net.layers] == ["tanh", "relu", "softmax"]


def test_build_activations_names_every_weight_layer():
    net = Network.build([2, 3, 1], activations=["tanh", "sigmoid"])
    assert [layer.activation for layer in net.layers] == ["tanh", "sigmoid"]
    # `activations` wins over hidden/output
    net = Network.build([2, 3, 1], hidden="relu", output="identity", activations=["tanh", "sigmoid"])
    assert [layer.activation for layer in net.layers] == ["tanh", "sigmoid"]


def test_build_hidden_list_of_wrong_length_says_how_many():
    with pytest.raises(ValueError, match="hidden: 3 names given for 2 hidden layers"):
        Network.build([2, 3, 3, 2], hidden=["relu", "sigmoid", "identity"], output="softmax")


def test_build_activations_of_wrong_length_says_how_many():
    with pytest.raises(ValueError, match="activations: 2 names given for 3 weight layers"):
        Network.build([2, 3, 3, 2], activations=["relu", "sigmoid"])


@pytest.mark.parametrize("sizes", [[3], [], [2, 0, 1]])
def test_build_rejects_bad_sizes(sizes):
    with pytest.raises(ValueError, match="sizes"):
        Network.build(sizes)


def test_build_rejects_unknown_activation_and_init():
    with pytest.raises(ValueError, match="unknown activation"):
        Network.build([2, 2], output="swish")
    with pytest.raises(ValueError, match="unknown initialisation"):
        Network.build([2, 2], init="glorot_magic")


def test_build_init_names():
    assert all(np.all(layer.W == 0) for layer in Network.build([3, 4, 2], init="zeros").layers)
    normal = Network.build([300, 200], init="normal", std=0.05, seed=1).layers[0].W
    assert normal.std() == pytest.approx(0.05, rel=0.02)
    he = Network.build([300, 200], init="he", seed=1).layers[0].W
    assert he.std() == pytest.approx(np.sqrt(2 / 300), rel=0.02)
    xavier = Network.build([300, 200], init="xavier", seed=1).layers[0].W
    assert xavier.std() == pytest.approx(np.sqrt(1 / 300), rel=0.02)


def test_build_is_reproducible_by_seed():
    a = Network.build([3, 5, 2], seed=42)
    b = Network.build([3, 5, 2], seed=42)
    c = Network.build([3, 5, 2], seed=43)
    for pa, pb in zip(a.parameters(), b.parameters(), strict=True):
        np.testing.assert_array_equal(pa, pb)
    assert not np.array_equal(a.layers[0].W, c.layers[0].W)


# -- explicit layers --------------------------------------------------------

def test_network_accepts_layers_keyword_and_keeps_values():
    net = textbook_three_layer_network()
    assert len(net.layers) == 3
    np.testing.assert_array_equal(net.layers[1].W, [[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]])
    assert net.sizes == [2, 3, 2, 2]
    assert repr(net) == "Network(2-3-2-2, [sigmoid, sigmoid, identity])"
    assert repr(net.layers[0]) == "Dense(2 -> 3, sigmoid)"


def test_mismatched_layer_shapes_raise():
    with pytest.raises(ValueError, match="layer 1 expects 4 inputs but layer 0 has 3 outputs"):
        Network([Dense(np.zeros((2, 3)), np.zeros(3)), Dense(np.zeros((4, 1)), np.zeros(1))])


def test_dense_rejects_bad_shapes_and_names():
    with pytest.raises(ValueError, match="b must have shape"):
        Dense(np.zeros((2, 3)), np.zeros(2))
    with pytest.raises(ValueError, match="2-D"):
        Dense(np.zeros(3), np.zeros(3))
    with pytest.raises(ValueError, match="unknown activation"):
        Dense(np.zeros((2, 3)), np.zeros(3), "swish")


def test_empty_network_raises():
    with pytest.raises(ValueError, match="at least one layer"):
        Network([])


# -- forward ----------------------------------------------------------------

def test_textbook_three_layer_network_output():
    y = textbook_three_layer_network().forward(np.array([1.0, 0.5]))
    np.testing.assert_allclose(y, [0.31682708, 0.69627909], atol=1e-8)


def test_single_sample_and_batch_agree():
    net = Network.build([3, 4, 2], hidden="tanh", output="softmax", seed=3)
    X = np.random.default_rng(0).normal(size=(5, 3))
    Y = net.forward(X)
    assert Y.shape == (5, 2)
    for x, y in zip(X, Y):
        single = net.forward(x)
        assert single.shape == (2,)
        np.testing.assert_allclose(single, y, rtol=1e-12)
    np.testing.assert_array_equal(net(X), Y)  # __call__ is forward


def test_forward_accepts_lists():
    np.testing.assert_allclose(textbook_three_layer_network().forward([1.0, 0.5]), [0.31682708, 0.69627909],
                               atol=1e-8)


@pytest.mark.parametrize("w, b, truth", [
    ((0.5, 0.5), -0.7, [0, 0, 0, 1]),    # AND
    ((-0.5, -0.5), 0.7, [1, 1, 1, 0]),   # NAND
    ((0.5, 0.5), -0.2, [0, 1, 1, 1]),    # OR
])
def test_perceptron_gates(w, b, truth):
    np.testing.assert_array_equal(gate(w, b).forward(INPUTS)[:, 0], truth)


def test_xor_from_nand_and_or_into_and():
    net = Network([
        Dense([[-0.5, 0.5], [-0.5, 0.5]], [0.7, -0.2], "step"),  # columns: NAND, OR
        Dense([[0.5], [0.5]], [-0.7], "step"),                   # AND
    ])
    np.testing.assert_array_equal(net.forward(INPUTS)[:, 0], [0, 1, 1, 0])


def test_trace_is_consistent_with_forward():
    net = textbook_three_layer_network()
    x = np.array([1.0, 0.5])
    trace = net.trace(x)
    assert len(trace) == 3
    # Layer 1 by hand: a1 = x W1 + b1 = [0.3, 0.7, 1.1].
    np.testing.assert_allclose(trace[0][0], [0.3, 0.7, 1.1], rtol=1e-12)
    np.testing.assert_allclose(trace[0][1], 1 / (1 + np.exp(-np.array([0.3, 0.7, 1.1]))), rtol=1e-12)
    inputs = x
    for layer, (a, y) in zip(net.layers, trace):
        assert a.shape == y.shape == (layer.n_out,)
        np.testing.assert_allclose(a, inputs @ layer.W + layer.b, rtol=1e-12)
        inputs = y
    np.testing.assert_allclose(trace[-1][1], net.forward(x), rtol=1e-12)


def test_trace_on_a_batch_keeps_the_batch_axis():
    net = textbook_three_layer_network()
    X = np.array([[1.0, 0.5], [0.0, -1.0]])
    trace = net.trace(X)
    assert [y.shape for _, y in trace] == [(2, 3), (2, 2), (2, 2)]
    np.testing.assert_allclose(trace[-1][1], net.forward(X), rtol=1e-12)


def test_wrong_input_width_raises():
    net = Network.build([3, 2])
    with pytest.raises(ValueError, match="2 features but the network expects 3"):
        net.forward(np.zeros(2))
    with pytest.raises(ValueError, match="4 features but the network expects 3"):
        net.forward(np.zeros((5, 4)))


# -- copies and live parameters ---------------------------------------------

def test_copy_is_deep():
    net = textbook_three_layer_network()
    clone = net.copy()
    clone.layers[0].W[0, 0] = 100.0
    clone.layers[2].b[:] = -5.0
    clone.layers[1].activation = "relu"
    assert net.layers[0].W[0, 0] == 0.1
    np.testing.assert_array_equal(net.layers[2].b, [0.1, 0.2])
    assert net.layers[1].activation == "sigmoid"
    np.testing.assert_allclose(net.forward([1.0, 0.5]), [0.31682708, 0.69627909], atol=1e-8)


def test_parameters_are_the_live_arrays_in_layer_order():
    net = textbook_three_layer_network()
    params = net.parameters()
    assert len(params) == 6
    for k, layer in enumerate(net.layers):
        assert params[2 * k] is layer.W
        assert params[2 * k + 1] is layer.b
    before = net.forward([1.0, 0.5])
    params[-1] += 1.0  # shifting the output bias of an identity layer shifts the output
    np.testing.assert_allclose(net.forward([1.0, 0.5]), before + 1.0, rtol=1e-12)


def test_set_parameters_from_copies_values_in_place():
    net = Network.build([2, 3, 1], seed=0)
    other = Network.build([2, 3, 1], hidden="tanh", seed=5)
    W_object = net.layers[0].W
    net.set_parameters_from(other)
    assert net.layers[0].W is W_object
    for mine, theirs in zip(net.parameters(), other.parameters()):
        np.testing.assert_array_equal(mine, theirs)
    assert net.layers[0].activation == "tanh"


def test_loss_of_the_textbook_network():
    net = textbook_three_layer_network()
    t = np.array([0.0, 1.0])
    y = np.array([0.31682708, 0.69627909])
    assert net.loss([1.0, 0.5], t, "mse") == pytest.approx(0.5 * np.sum((y - t) ** 2), rel=1e-7)
    decay = 0.5 * 0.1 * sum(np.sum(layer.W ** 2) for layer in net.layers)
    assert net.loss([1.0, 0.5], t, "mse", weight_decay=0.1) == pytest.approx(
        0.5 * np.sum((y - t) ** 2) + decay, rel=1e-7)


def test_backward_before_any_forward_says_so():
    layer = Dense(np.ones((2, 1)), np.zeros(1), "sigmoid")
    with pytest.raises(RuntimeError, match="forward"):
        layer.backward(np.ones((1, 1)))
    with pytest.raises(RuntimeError, match="forward"):
        Network([layer]).backward(np.ones((1, 1)))
