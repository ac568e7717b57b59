"""Gradient check: passes on correct backprop, fails on a wrong derivative, explains step units."""
import numpy as np
import pytest

from simulator import Network
from simulator.backprop_check import THRESHOLD, check_gradients, relative_error


def batch(net, rows=5, seed=0):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(rows, net.n_inputs)), np.eye(net.n_outputs)[rng.integers(0, net.n_outputs, rows)]


@pytest.mark.parametrize("hidden", ["sigmoid", "tanh", "relu", "leaky_relu", "identity"])
@pytest.mark.parametrize("output, loss", [("identity", "mse"), ("softmax", "cross_entropy"),
                                          ("sigmoid", "binary_cross_entropy")])
def test_correct_backprop_passes(hidden, output, loss):
    net = Network.build([3, 4, 3], hidden=hidden, output=output, init="xavier", seed=1)
    X, T = batch(net)
    check = check_gradients(net, X, T, loss=loss)
    assert check.passed, check.verdict
    assert check.max_error <= THRESHOLD and 0 <= check.mean_error <= check.max_error
    assert check.verdict.startswith("Passed")
    assert [e[0].shape for e in check.relative_error] == [(3, 4), (4, 3)]


@pytest.mark.parametrize("hidden", ["sigmoid", "tanh", "relu"])
@pytest.mark.parametrize("output, loss", [("identity", "mse"), ("softmax", "cross_entropy")])
def test_wrong_derivative_fails_and_leaves_the_network_alone(hidden, output, loss):
    net = Network.build([3, 4, 3], hidden=hidden, output=output, init="xavier", seed=1)
    X, T = batch(net)
    W = [layer.W.copy() for layer in net.layers]
    right = net.gradients(X, T, loss)
    check = check_gradients(net, X, T, loss=loss, wrong_derivative=True)
    assert not check.passed and check.max_error > 1e-2
    assert check.verdict.startswith("Failed") and "central differences" in check.verdict
    assert "caught the planted bug" in check.verdict
    # the network still computes and learns exactly as before
    assert all(layer.activation in ("sigmoid", "tanh", "relu", "identity", "softmax") for layer in net.layers)
    for layer, w in zip(net.layers, W):
        np.testing.assert_array_equal(layer.W, w)
    for (dW, db), (rW, rb) in zip(net.gradients(X, T, loss), right):
        np.testing.assert_array_equal(dW, rW)


def test_worst_parameter_is_named_with_both_values():
    net = Network.build([2, 3, 1], hidden="sigmoid", output="identity", seed=0)
    X, T = batch(net)
    check = check_gradients(net, X, T, wrong_derivative=True)
    k, name, index = check.worst()
    err = check.relative_error[k][0 if name == "W" else 1][index]
    assert err == check.max_error
    assert f"{name}{k + 1}[" in check.verdict


def test_step_units_have_zero_gradients_and_an_explanation():
    net = Network.build([2, 2, 1], hidden="step", output="sigmoid", seed=0)
    X, T = batch(net)
    check = check_gradients(net, X, T)
    np.testing.assert_array_equal(check.backprop[0][0], 0.0)
    assert check.passed
    assert check.notes and "step" in check.notes[0] and "W1" in check.notes[0]
    assert not check_gradients(Network.build([2, 2, 1], hidden="tanh"), X, T).notes


def test_relative_error_compares_tiny_gradients_absolutely():
    np.testing.assert_allclose(relative_error(np.array([1.0, 1e-12, 0.0]), np.array([1.1, 2e-12, 0.0]), floor=1e-6),
                               [0.1 / 1.1, 1e-12 / 1e-6, 0.0])


def test_a_relu_sitting_on_its_kink_is_explained():
    net = Network.build([2, 3, 1], hidden="relu", output="identity", seed=0)
    X, T = np.zeros((1, 2)), np.ones((1, 1))       # zero inputs, zero biases: every a is exactly 0
    check = check_gradients(net, X, T)
    assert any("kink" in note and "Layer 1 (relu): 3 of its a values" in note for note in check.notes)


def test_the_log_guard_of_cross_entropy_is_explained_when_an_output_is_tiny():
    net = Network.build([1, 2], activations=["softmax"], seed=0)
    net.layers[0].W[...] = [[10.0, -10.0]]
    check = check_gradients(net, np.ones((1, 1)), np.array([[0.0, 1.0]]), loss="cross_entropy")
    assert any("log(y + 1e-7)" in note for note in check.notes)
    # with a reasonable output the guard is invisible and no note appears
    net.layers[0].W[...] = [[0.1, -0.1]]
    assert not check_gradients(net, np.ones((1, 1)), np.array([[0.0, 1.0]]), loss="cross_entropy").notes
