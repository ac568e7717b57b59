"""Data the learner drew: a Dataset, and an exact round trip through the network file."""
import numpy as np
import pytest

from simulator import Network, datasets, io
from simulator.training import Trainer


POINTS = [[0.1, -0.2], [-0.7300000000000001, 0.5], [1 / 3, 2 / 3], [0.9, 0.95], [-0.5, -0.5], [0.2, 0.8]]
LABELS = [0, 1, 1, 2, 0, 2]


def test_from_points_makes_a_classification_set():
    data = datasets.from_points(POINTS, LABELS)
    assert data.name == "drawn" and data.n_classes == 3 and data.n_features == 2
    np.testing.assert_array_equal(data.X, POINTS)
    assert datasets.from_points([[0, 0]], [0]).n_classes == 2      # at least two classes
    with pytest.raises(datasets.DatasetError, match="no points yet"):
        datasets.from_points([], [])
    with pytest.raises(datasets.DatasetError, match="2 points but 1 labels"):
        datasets.from_points([[0, 0], [1, 1]], [0])


def test_drawn_points_round_trip_exactly_through_a_file(tmp_path):
    net = Network.build([2, 4, 3], hidden="tanh", output="softmax", seed=0)
    settings = {"name": "drawn", "points": POINTS, "labels": LABELS, "test_fraction": 0.25, "seed": 0}
    path = tmp_path / "drawn.json"
    io.save(path, net, dataset=settings)
    loaded = io.load(path)
    assert loaded.dataset == settings
    assert all(a == b for p, q in zip(loaded.dataset["points"], POINTS) for a, b in zip(p, q))


def test_drawn_data_trains_like_any_dataset():
    data = datasets.from_points(POINTS * 5, LABELS * 5)
    net = Network.build([2, 8, 3], hidden="tanh", output="softmax", seed=0)
    trainer = Trainer(net, data.X, data.targets(3), loss="cross_entropy", batch_size=6, seed=0)
    first = trainer.run_epoch().train_loss
    for _ in range(30):
        last = trainer.run_epoch()
    assert last.train_loss < first


@pytest.mark.parametrize("dataset, where", [
    ({"name": "drawn", "points": [[0, 0]]}, "dataset: has points but no labels"),
    ({"name": "drawn", "points": [[0, 0]], "labels": [0, 1]}, "dataset.labels: has 2 labels"),
    ({"name": "drawn", "points": [[0, 0, 1]], "labels": [0]}, r"dataset.points\[0\]: expected 2 numbers"),
    ({"name": "drawn", "points": [[0, "a"]], "labels": [0]}, r"dataset.points\[0\]\[1\]"),
    ({"name": "drawn", "points": [[0, 0]], "labels": [-1]}, r"dataset.labels\[0\]"),
])
def test_bad_drawn_data_is_named(tmp_path, dataset, where):
    doc = io.to_dict(Network.build([2, 2], output="softmax", seed=0))
    doc["dataset"] = dataset
    with pytest.raises(io.NetworkFileError, match=where):
        io.from_dict(doc, source="x.json")
