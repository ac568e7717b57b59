"""Divergence explained: where the overflow started, the gradient norms before it, a learning rate that works."""
import numpy as np

from simulator import Network
from simulator.divergence import replay, suggest_learning_rate


def regression():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 2)) * 10
    T = X @ np.array([[2.0], [-1.0]]) + 0.5
    return X, T


def test_a_too_large_learning_rate_overflows_and_names_the_update():
    net = Network.build([2, 3, 1], hidden="identity", output="identity", init="xavier", seed=0)
    X, T = regression()
    W0 = net.layers[0].W.copy()
    result = replay(net, X, T, "mse", {"name": "sgd", "lr": 0.5}, batch_size=8)
    assert result.diverged and result.what in ("weights", "loss", "saturation")
    assert result.norms.shape == (result.steps, 2)
    # gradient norms grow on the way to the overflow
    assert result.steps >= 2 and result.norms[-1].max() > 100 * result.norms[0].max()
    c = result.culprit
    assert c.name in ("W", "b") and 0 <= c.layer < 2 and c.lr == 0.5
    assert "ran away" in c.text and f"{c.name}{c.layer + 1}[" in c.text
    if result.what == "loss":
        assert result.first_bad_layer is not None
    np.testing.assert_array_equal(net.layers[0].W, W0)       # the network itself is untouched


def test_a_suggested_learning_rate_trains_without_overflowing():
    net = Network.build([2, 3, 1], hidden="identity", output="identity", init="xavier", seed=0)
    X, T = regression()
    lr = suggest_learning_rate(net, X, T, "mse", {"name": "sgd", "lr": 0.5}, batch_size=8)
    assert lr is not None and lr < 0.5
    good = replay(net, X, T, "mse", {"name": "sgd", "lr": lr}, batch_size=8)
    assert not good.diverged and good.losses[-1] < good.losses[0]
    bad = replay(net, X, T, "mse", {"name": "sgd", "lr": lr * 2}, batch_size=8)
    assert bad.diverged or bad.losses[-1] >= bad.losses[0]     # the next larger one did not work


def test_a_stable_run_reports_no_divergence():
    net = Network.build([2, 3, 1], hidden="tanh", output="identity", init="xavier", seed=0)
    X, T = regression()
    result = replay(net, X / 10, T / 10, "mse", {"name": "sgd", "lr": 0.01}, batch_size=8, max_steps=50)
    assert not result.diverged and result.steps == 50 and result.culprit is None
