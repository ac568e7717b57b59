"""Divergence diagnosed, not guessed: bad data is a data problem; a blow-up falls back to a healthy epoch."""
from __future__ import annotations

import numpy as np
import pytest

from simulator import Network, datasets, optimizers
from simulator.training import HEALTHY_FACTOR, SATURATION_WEIGHT, Trainer, data_problems

XOR_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
XOR_T = np.array([[0], [1], [1], [0]], dtype=float)


@pytest.mark.parametrize("where", ["X", "T"])
@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_non_finite_data_is_reported_as_a_data_problem_before_training(where, bad):
    X, T = XOR_X.copy(), XOR_T.copy()
    (X if where == "X" else T)[2, 0] = bad
    net = Network.build([2, 3, 1], hidden="tanh", output="sigmoid", seed=0)
    with pytest.raises(ValueError) as info:
        Trainer(net, X, T, optimizer=optimizers.create("sgd", lr=0.1))
    message = str(info.value)
    name = "inputs" if where == "X" else "targets"
    assert message.startswith(f"The data's {name} contain 1 NaN or infinite values (first in sample 3)")
    assert "learning rate" not in message


def test_absurd_noise_is_a_data_problem():
    with np.errstate(over="ignore", invalid="ignore"):
        noisy = datasets.make("circle", samples=50, noise=1e308, seed=0)
    found = data_problems(noisy.X, noisy.y)
    assert len(found) == 1 and "noise setting" in found[0] and "learning rate" not in found[0]
    huge = datasets.make("circle", samples=50, noise=1e20, seed=0)
    assert "reach" in data_problems(huge.X, huge.y)[0]
    assert data_problems(datasets.make("circle", samples=50, noise=0.1).X, np.zeros(50)) == []


def test_a_blow_up_restores_the_last_healthy_epoch():
    data = datasets.make("sin", samples=40)
    net = Network.build([1, 8, 1], hidden="tanh", output="identity", seed=0)
    trainer = Trainer(net, data.X, data.y, optimizer=optimizers.create("sgd", lr=0.05), batch_size=5)
    seen = {}

    def record(stats):
        seen[stats.epoch] = (stats.train_loss, [p.copy() for p in net.parameters()])
        if stats.epoch == 30:
            trainer.set_learning_rate(1e3)       # the run explodes from here on
    assert trainer.run(200, record) == "diverged"
    restored = trainer.diverged.restored_epoch
    losses = {epoch: loss for epoch, (loss, _) in seen.items()}
    assert restored is not None and restored <= 31
    assert np.isfinite(losses[restored]) and losses[restored] <= HEALTHY_FACTOR * min(
        loss for epoch, loss in losses.items() if epoch <= restored)
    for now, then in zip(net.parameters(), seen[restored][1]):
        np.testing.assert_array_equal(now, then)
    assert max(np.abs(p).max() for p in net.parameters()) < 100
    assert f"weights of epoch {restored}" in trainer.diverged.message


@pytest.mark.parametrize("hidden", ["tanh", "sigmoid"])
def test_saturation_at_an_absurd_learning_rate_is_reported(hidden):
    net = Network.build([2, 4, 1], hidden=hidden, output="sigmoid", seed=0)
    start = [p.copy() for p in net.parameters()]
    trainer = Trainer(net, XOR_X, XOR_T, loss="binary_cross_entropy", optimizer=optimizers.create("sgd", lr=1e300),
                      batch_size=4)
    assert trainer.run(50) == "diverged"
    assert "smaller learning rate" in trainer.diverged.message and "1e+300" in trainer.diverged.message
    assert max(np.abs(p).max() for p in net.parameters()) <= SATURATION_WEIGHT
    if trainer.diverged.restored_epoch is None:
        for now, then in zip(net.parameters(), start):
            np.testing.assert_array_equal(now, then)


def test_weights_that_grow_past_the_limit_stop_the_run_with_saturation():
    net = Network.build([2, 4, 1], hidden="tanh", output="sigmoid", seed=0)
    trainer = Trainer(net, XOR_X, XOR_T, loss="binary_cross_entropy", optimizer=optimizers.create("sgd", lr=0.5),
                      batch_size=4)
    trainer.run(3)
    net.layers[0].W[0, 0] = 5 * SATURATION_WEIGHT     # e.g. an edit, or an update that did not overflow
    assert trainer.run(1) == "diverged"
    assert trainer.diverged.what == "saturation" and "saturate" in trainer.diverged.message
    assert trainer.diverged.restored_epoch == 3
