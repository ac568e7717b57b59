"""Large training data is shuffled batch by batch instead of copied whole each epoch: same run exactly."""
from __future__ import annotations

import numpy as np

from simulator import Network, optimizers, training
from simulator.training import Trainer


def _run(monkeypatch, limit: int) -> tuple[list[np.ndarray], list]:
    monkeypatch.setattr(training, "GATHER_LIMIT", limit)
    rng = np.random.default_rng(4)
    X = rng.normal(size=(57, 3))
    T = np.eye(3)[rng.integers(0, 3, 57)]
    net = Network.build([3, 6, 3], hidden="relu", output="softmax", init="he", seed=2)
    trainer = Trainer(net, X, T, loss="cross_entropy", optimizer=optimizers.create("momentum", lr=0.05),
                      batch_size=8, seed=7, X_test=X[:10], T_test=T[:10])
    trainer.run(3)
    return [p.copy() for p in net.parameters()], trainer.history.series("train_loss")


def test_batch_by_batch_gathering_repeats_the_epoch_gather_exactly(monkeypatch):
    whole, whole_losses = _run(monkeypatch, 2 ** 40)
    batches, batch_losses = _run(monkeypatch, 0)
    assert whole_losses == batch_losses
    for a, b in zip(whole, batches):
        np.testing.assert_array_equal(a, b)
