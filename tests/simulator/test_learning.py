"""End-to-end learning: real networks reach real accuracy on real datasets, and the bundled trained examples do.

Accuracy is computed here with a hand-written forward pass (X·W + b and the activation
formulas), not with the engine's own forward(), so these tests also cross-check it.
"""
from __future__ import annotations

import numpy as np
import pytest

from simulator import Network, datasets, io, optimizers
from simulator.training import Trainer

FORMULAS = {
    "tanh": np.tanh,
    "sigmoid": lambda a: 1.0 / (1.0 + np.exp(-a)),
    "softmax": lambda a: np.exp(a - a.max(axis=1, keepdims=True)) / np.exp(a - a.max(axis=1, keepdims=True)).sum(
        axis=1, keepdims=True),
}


def independent_accuracy(net: Network, data: datasets.Dataset) -> float:
    y = data.X
    for layer in net.layers:
        y = FORMULAS[layer.activation](y @ layer.W + layer.b)
    predicted = (y[:, 0] > 0.5).astype(int) if y.shape[1] == 1 else y.argmax(axis=1)
    return float(np.mean(predicted == data.y))


def spiral_split():
    return datasets.make("spiral", samples=1000, noise=0.0, seed=0).split(test_fraction=0.5, seed=0)


def digits_split():
    return datasets.make("digits").split(test_fraction=0.2, seed=0)


def train(net, train_set, test_set, loss, optimizer, batch_size, epochs) -> Trainer:
    n = net.n_outputs
    trainer = Trainer(net, train_set.X, train_set.targets(n), loss=loss, optimizer=optimizer, batch_size=batch_size,
                      seed=0, X_test=test_set.X, T_test=test_set.targets(n))
    assert trainer.run(epochs) == "finished"
    return trainer


def test_a_2_8_8_1_network_learns_the_spiral():
    train_set, test_set = spiral_split()
    net = Network.build([2, 8, 8, 1], hidden="tanh", output="sigmoid", init="xavier", seed=0)
    assert independent_accuracy(net, test_set) < 0.7  # untrained: not much better than guessing
    trainer = train(net, train_set, test_set, "binary_cross_entropy", optimizers.create("adam", lr=0.03),
                    batch_size=50, epochs=1000)
    accuracy = independent_accuracy(net, test_set)
    assert accuracy >= 0.95
    assert accuracy == pytest.approx(trainer.history.last("test_accuracy"))


def test_a_64_100_10_network_learns_the_digits():
    train_set, test_set = digits_split()
    net = Network.build([64, 100, 10], hidden="sigmoid", output="softmax", init="xavier", seed=0)
    assert independent_accuracy(net, test_set) < 0.3
    trainer = train(net, train_set, test_set, "cross_entropy", optimizers.create("adam", lr=0.01),
                    batch_size=50, epochs=40)
    accuracy = independent_accuracy(net, test_set)
    assert accuracy >= 0.95
    assert accuracy == pytest.approx(trainer.history.last("test_accuracy"))


@pytest.mark.parametrize("stem, sizes, activations, loss, optimizer", [
    ("spiral", [2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], "binary_cross_entropy", "adam"),
    ("digits", [64, 100, 10], ["sigmoid", "softmax"], "cross_entropy", "sgd"),
])
def test_the_bundled_trained_examples_score_at_least_95_percent(stem, sizes, activations, loss, optimizer):
    doc = io.load(io.example_paths()[stem])
    net = doc.network
    assert net.sizes == sizes and [layer.activation for layer in net.layers] == activations
    assert doc.training["loss"] == loss and doc.training["optimizer"]["name"] == optimizer
    if stem == "digits":
        assert doc.training["optimizer"]["lr"] == 0.1 and doc.training["batch_size"] == 100

    settings = doc.dataset
    data = datasets.make(settings["name"], samples=settings.get("samples", 200), noise=settings.get("noise", 0.0),
                         seed=settings["seed"])
    train_set, test_set = data.split(settings["test_fraction"], settings["seed"])
    assert test_set.n_samples >= 300
    accuracy = independent_accuracy(net, test_set)
    assert accuracy >= 0.95
    # The file's loss history ends where the saved weights are.
    assert doc.history["epoch"][-1] == doc.training["epochs"]
    assert doc.history["test_accuracy"][-1] == pytest.approx(accuracy)
    assert independent_accuracy(net, train_set) >= accuracy
