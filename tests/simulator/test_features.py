"""Derived input features (x1², x2², x1·x2, sin x1, sin x2)."""
import numpy as np
import pytest

from simulator import Network, datasets, features, io, optimizers
from simulator.training import Trainer


def test_expand_gives_the_expected_columns():
    X = np.array([[1.0, 2.0], [-0.5, 3.0]])
    out = features.expand(X, ["sin(x2)", "x1^2", "x1*x2", "x2^2", "sin(x1)"])   # any order in, fixed order out
    expected = np.array([[1.0, 2.0, 1.0, 4.0, 2.0, np.sin(1.0), np.sin(2.0)],
                         [-0.5, 3.0, 0.25, 9.0, -1.5, np.sin(-0.5), np.sin(3.0)]])
    np.testing.assert_array_equal(out, expected)
    assert features.labels(["x2^2", "x1^2"]) == ("x1", "x2", "x1²", "x2²")
    np.testing.assert_array_equal(features.expand(X, []), X)


def test_with_features_names_the_columns_and_rejects_other_data():
    circle = datasets.make("circle", samples=40, seed=0)
    data = features.with_features(circle, ["x1^2", "x2^2"])
    assert data.feature_names == ("x1", "x2", "x1²", "x2²") and data.X.shape == (40, 4)
    np.testing.assert_array_equal(data.X[:, 2], circle.X[:, 0] ** 2)
    with pytest.raises(ValueError, match="2-D data"):
        features.with_features(datasets.make("iris"), ["x1^2"])
    with pytest.raises(ValueError, match="unknown input feature 'x3'"):
        features.check(["x3"])


def train_single_neuron(data, epochs=300):
    net = Network.build([data.n_features, 1], output="sigmoid", init="xavier", seed=0)
    trainer = Trainer(net, data.X, data.targets(1), loss="binary_cross_entropy",
                      optimizer=optimizers.create("adam", lr=0.05), batch_size=20, seed=0)
    for _ in range(epochs):
        stats = trainer.run_epoch()
    return stats.train_accuracy


def test_a_circle_becomes_separable_by_one_neuron_with_squares():
    circle = datasets.make("circle", samples=200, seed=0)
    assert train_single_neuron(circle) < 0.8                                      # a line cannot cut out a disc
    assert train_single_neuron(features.with_features(circle, ["x1^2", "x2^2"])) > 0.97


def test_features_are_saved_in_files(tmp_path):
    net = Network.build([4, 1], output="sigmoid", seed=0)
    settings = {"name": "circle", "samples": 200, "noise": 0.0, "test_fraction": 0.5, "seed": 0,
                "features": ["x1^2", "x2^2"]}
    io.save(tmp_path / "c.json", net, dataset=settings, labels=[list(features.labels(["x1^2", "x2^2"])), ["y"]])
    loaded = io.load(tmp_path / "c.json")
    assert loaded.dataset == settings and loaded.labels[0] == ["x1", "x2", "x1²", "x2²"]
    doc = io.to_dict(net, dataset=settings)
    doc["dataset"]["features"] = ["x1^2", "x1^2"]
    with pytest.raises(io.NetworkFileError, match="features: lists a feature twice"):
        io.from_dict(doc)
    doc["dataset"]["features"] = ["cos(x1)"]
    with pytest.raises(io.NetworkFileError, match="unknown input feature 'cos"):
        io.from_dict(doc)
