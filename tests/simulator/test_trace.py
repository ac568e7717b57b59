"""forward_trace / backward_trace against net.forward, net.gradients and central differences."""
import numpy as np
import pytest

from simulator import Network, activations, io, losses
from simulator.gradcheck import numerical_gradients
from simulator.trace import backward_trace, forward_trace, gradient_descent_step

HIDDEN = ["step", "sigmoid", "tanh", "relu", "leaky_relu", "identity"]
OUTPUT_LOSS = [("identity", "mse"), ("sigmoid", "mse"), ("softmax", "cross_entropy"), ("softmax", "mse"),
               ("sigmoid", "binary_cross_entropy"), ("sigmoid", "cross_entropy"), ("tanh", "mse")]


def data(net, rows=4, seed=0, one_hot=True):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(rows, net.n_inputs))
    if one_hot:
        T = np.eye(net.n_outputs)[rng.integers(0, net.n_outputs, rows)]
    else:
        T = rng.uniform(0.1, 0.9, size=(rows, net.n_outputs))
    return X, T


def rest_of_network_loss(net, k, z, T, loss):
    """L as a function of z_k (the output of weight layer k), running the layers after k."""
    for layer in net.layers[k + 1:]:
        z = activations.get(layer.activation)(layer.preactivation(z))
    return losses.get(loss).value(z, T)


def numerical_dz(net, k, z, T, loss, h=1e-5):
    grad = np.zeros_like(z)
    for idx in np.ndindex(z.shape):
        plus, minus = z.copy(), z.copy()
        plus[idx] += h
        minus[idx] -= h
        grad[idx] = (rest_of_network_loss(net, k, plus, T, loss)
                     - rest_of_network_loss(net, k, minus, T, loss)) / (2 * h)
    return grad


def test_forward_trace_reproduces_the_textbook_three_layer_network():
    net = io.load(io.example_paths()["three_layer"]).network
    ft = forward_trace(net, [1.0, 0.5])
    assert ft.x.shape == (1, 2) and [a.shape for a in ft.a] == [(1, 3), (1, 2), (1, 2)]
    # the book's A1 = [0.3, 0.7, 1.1], Z1 = sigmoid(A1), final Y = [0.3168, 0.6963]
    np.testing.assert_allclose(ft.a[0], [[0.3, 0.7, 1.1]], rtol=1e-12)
    np.testing.assert_allclose(ft.z[0], [[0.57444252, 0.66818777, 0.75026011]], rtol=1e-7)
    np.testing.assert_allclose(ft.output, [[0.31682708, 0.69627909]], rtol=1e-7)
    assert ft.activations == ("sigmoid", "sigmoid", "identity")
    np.testing.assert_array_equal(ft.inputs_of(0), ft.x)
    np.testing.assert_array_equal(ft.inputs_of(2), ft.z[1])


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("output, loss", OUTPUT_LOSS)
def test_backward_trace_equals_backprop_and_central_differences(hidden, output, loss):
    net = Network.build([3, 4, 3, 2], hidden=hidden, output=output, init="xavier", seed=3)
    X, T = data(net, one_hot=loss != "binary_cross_entropy")
    bt = backward_trace(net, X, T, loss=loss)
    assert bt.loss == pytest.approx(net.loss(X, T, loss=loss), rel=1e-12)
    np.testing.assert_allclose(bt.forward.output, net.forward(X), rtol=1e-12)
    expected = net.gradients(X, T, loss=loss)
    numerical = numerical_gradients(net, X, T, loss=loss)
    for k, ((dW, db), (nW, nb)) in enumerate(zip(expected, numerical)):
        np.testing.assert_array_equal(bt.dW[k], dW)
        np.testing.assert_array_equal(bt.db[k], db)
        if hidden != "step":   # step: numerical differences are 0 too, unless a perturbation flips a unit
            np.testing.assert_allclose(bt.dW[k], nW, atol=1e-6, rtol=1e-4)
            np.testing.assert_allclose(bt.db[k], nb, atol=1e-6, rtol=1e-4)
    for k in range(len(net.layers)):
        assert bt.dz[k].shape == bt.forward.z[k].shape and bt.da[k].shape == bt.forward.a[k].shape
        # dW = zᵀ_prev · da and db = Σ rows da: the matrix form the step-through panel shows
        np.testing.assert_allclose(bt.dW[k], bt.forward.inputs_of(k).T @ bt.da[k], atol=1e-12)
        np.testing.assert_allclose(bt.db[k], bt.da[k].sum(axis=0), atol=1e-12)
        if hidden != "step" or k == len(net.layers) - 1:
            np.testing.assert_allclose(bt.dz[k], numerical_dz(net, k, bt.forward.z[k].copy(), T, loss),
                                       atol=1e-6, rtol=1e-4)


def test_dz_of_a_layer_is_the_next_layers_da_times_w_transposed():
    net = Network.build([2, 5, 3, 3], hidden=["tanh", "relu"], output="softmax", seed=1)
    X, T = data(net, rows=6)
    bt = backward_trace(net, X, T, loss="cross_entropy")
    for k in range(len(net.layers) - 1):
        np.testing.assert_allclose(bt.dz[k], bt.da[k + 1] @ net.layers[k + 1].W.T, atol=1e-14)
    # softmax + cross-entropy: dL/da of the output is (y − t)/n
    assert bt.fused
    np.testing.assert_allclose(bt.da[-1], (bt.forward.output - T) / 6, atol=1e-15)


def test_weight_decay_is_traced_like_net_gradients():
    net = Network.build([2, 3, 1], hidden="tanh", output="sigmoid", seed=2)
    X, T = data(net, one_hot=False)
    bt = backward_trace(net, X, T, loss="mse", weight_decay=0.1)
    assert bt.loss == pytest.approx(net.loss(X, T, "mse", weight_decay=0.1))
    for (dW, db), tW, tb in zip(net.gradients(X, T, "mse", weight_decay=0.1), bt.dW, bt.db):
        np.testing.assert_array_equal(dW, tW)
        np.testing.assert_array_equal(db, tb)


def test_neither_trace_changes_the_network():
    net = Network.build([2, 3, 2], hidden="sigmoid", output="softmax", seed=0)
    X, T = data(net)
    net.gradients(X[:1], T[:1], "cross_entropy")     # leaves caches and dW from another batch
    before = [(l.W.copy(), l.b.copy(), l.dW.copy(), l.db.copy(), l._x.copy(), l._a.copy()) for l in net.layers]
    forward_trace(net, X)
    backward_trace(net, X, T, loss="cross_entropy")
    for layer, (W, b, dW, db, x, a) in zip(net.layers, before):
        for now, then in ((layer.W, W), (layer.b, b), (layer.dW, dW), (layer.db, db), (layer._x, x), (layer._a, a)):
            np.testing.assert_array_equal(now, then)


def test_single_input_becomes_one_row_everywhere():
    net = Network.build([2, 3, 1], hidden="relu", output="identity", seed=0)
    bt = backward_trace(net, [0.5, -1.0], [2.0])
    assert all(arr.ndim == 2 and arr.shape[0] == 1
               for arr in [bt.forward.x, *bt.forward.a, *bt.forward.z, *bt.dz, *bt.da, bt.t])


def test_bad_shapes_and_names_say_what_is_wrong():
    net = Network.build([2, 3, 1], seed=0)
    with pytest.raises(ValueError, match=r"inputs: expected shape \(batch, 2\)"):
        forward_trace(net, [1.0, 2.0, 3.0])
    with pytest.raises(ValueError, match=r"targets: expected shape \(2, 1\)"):
        backward_trace(net, np.zeros((2, 2)), np.zeros((3, 1)))
    with pytest.raises(ValueError, match="unknown loss"):
        backward_trace(net, np.zeros((2, 2)), np.zeros((2, 1)), loss="hinge")


def test_gradient_descent_step_is_w_minus_lr_times_dw_and_leaves_the_net():
    net = Network.build([2, 3, 1], hidden="sigmoid", output="identity", seed=4)
    X, T = data(net, one_hot=False)
    bt = backward_trace(net, X, T)
    W0 = net.layers[0].W.copy()
    stepped = gradient_descent_step(net, bt, 0.5)
    np.testing.assert_allclose(stepped[0][0], W0 - 0.5 * bt.dW[0])
    np.testing.assert_allclose(stepped[1][1], net.layers[1].b - 0.5 * bt.db[1])
    np.testing.assert_array_equal(net.layers[0].W, W0)
    with pytest.raises(ValueError, match="learning rate"):
        gradient_descent_step(net, bt, 0.0)
