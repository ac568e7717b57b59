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


def test_epoch_accuracy_counts_the_right_answers_in_both_gather_modes(monkeypatch):
    # lr 0 keeps the weights fixed, so the epoch's accuracy is that of one forward pass over all data.
    rng = np.random.default_rng(5)
    X = rng.normal(size=(40, 2))
    for outputs, output, loss in ((3, "softmax", "cross_entropy"), (1, "sigmoid", "binary_cross_entropy")):
        T = np.eye(3)[rng.integers(0, 3, 40)] if outputs == 3 else rng.integers(0, 2, (40, 1)).astype(float)
        net = Network.build([2, 5, outputs], hidden="tanh", output=output, init="xavier", seed=3)
        Y = net.forward(X)
        right = (Y.argmax(axis=1) == T.argmax(axis=1)) if outputs == 3 else ((Y[:, 0] > 0.5) == (T[:, 0] > 0.5))
        for limit in (2 ** 40, 0):
            monkeypatch.setattr(training, "GATHER_LIMIT", limit)
            trainer = Trainer(net, X, T, loss=loss, optimizer=optimizers.create("sgd", lr=0.0), batch_size=7, seed=1)
            stats = trainer.run_epoch()
            assert stats is not None
            assert stats.train_accuracy == right.mean()
