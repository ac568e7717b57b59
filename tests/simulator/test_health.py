"""Warnings about dead ReLUs, saturated units and vanishing/exploding gradients, each at its threshold."""
import numpy as np

from simulator import Network
from simulator.health import diagnose, histogram
from simulator.trace import backward_trace


def run(net, rows=20, seed=0, scale=1.0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(rows, net.n_inputs)) * scale
    T = np.eye(net.n_outputs)[rng.integers(0, net.n_outputs, rows)]
    return diagnose(net, backward_trace(net, X, T, loss="mse"))


def test_a_healthy_network_has_no_warnings():
    health = run(Network.build([3, 8, 3], hidden="tanh", output="sigmoid", init="xavier", seed=0))
    assert health.ok and len(health.gradient_rms) == 2


def test_a_relu_pushed_below_zero_on_every_row_is_dead():
    net = Network.build([3, 4, 2], hidden="relu", output="identity", seed=0)
    net.layers[0].b[[1, 3]] = -100.0          # a ≤ 0 whatever the input
    health = run(net)
    assert [w.kind for w in health.warnings] == ["dead_relu"]
    assert "2 of 4 ReLU units are dead" in health.warnings[0].text
    np.testing.assert_array_equal(health.dead[0], [False, True, False, True])


def test_huge_weights_saturate_sigmoid_units():
    net = Network.build([3, 5, 2], hidden="sigmoid", output="identity", seed=0)
    net.layers[0].W *= 200
    health = run(net)
    assert any(w.kind == "saturated" and w.layer == 0 for w in health.warnings)
    assert health.saturated[0].sum() >= 3


def test_a_deep_sigmoid_stack_shows_vanishing_gradients():
    net = Network.build([4] + [16] * 9 + [2], hidden="sigmoid", output="identity", init="normal", std=0.3, seed=0)
    health = run(net)
    assert any(w.kind == "vanishing" for w in health.warnings)
    assert health.gradient_rms[0] < 1e-3 * health.gradient_rms[-1]


def test_huge_inputs_and_weights_explode_the_gradients():
    net = Network.build([3, 4, 2], hidden="identity", output="identity", seed=0)
    net.layers[0].W *= 1e3
    health = run(net, scale=100.0)
    assert any(w.kind == "exploding" for w in health.warnings)


def test_histogram_bins_finite_values_and_handles_constants():
    counts, edges = histogram(np.array([0.0, 1.0, 1.0, np.inf]), bins=2)
    assert counts.tolist() == [1, 2] and len(edges) == 3
    counts, edges = histogram(np.zeros(5))
    assert counts.sum() == 5
