"""The precision setting: float64 (default, exact) or float32 (faster), in files and in the Trainer."""
from __future__ import annotations

import numpy as np
import pytest

from simulator import Network, io, optimizers
from simulator.training import Trainer


def test_precision_defaults_to_float64_and_float32_is_saved_and_loaded(tmp_path):
    assert io.PRECISIONS[0] == "float64" and "precision" not in io.DEFAULT_TRAINING    # older files unchanged
    net = Network.build([2, 3, 1], hidden="sigmoid", output="sigmoid", seed=0)
    path = tmp_path / "net.json"
    io.save(path, net, training={**io.DEFAULT_TRAINING, "precision": "float32"})
    assert io.load(path).training["precision"] == "float32"
    io.save(path, net, training=dict(io.DEFAULT_TRAINING))
    assert "precision" not in io.load(path).training                 # absent: float64, the exact default


def test_an_unknown_precision_is_refused_with_where_and_what(tmp_path):
    net = Network.build([2, 3, 1], hidden="sigmoid", output="sigmoid", seed=0)
    path = tmp_path / "net.json"
    io.save(path, net, training={**io.DEFAULT_TRAINING, "precision": "float32"})
    text = path.read_text().replace('"precision": "float32"', '"precision": "float16"')
    path.write_text(text)
    with pytest.raises(io.NetworkFileError) as info:
        io.load(path)
    assert "training.precision" in str(info.value) and "float16" in str(info.value)
    with pytest.raises(ValueError, match="precision must be float64 or float32"):
        Trainer(net, np.zeros((4, 2)), np.zeros((4, 1)), precision="half")


def _train(precision: str, steps: int) -> tuple[Network, Trainer]:
    rng = np.random.default_rng(0)
    X = rng.normal(size=(64, 5))
    labels = (X[:, 0] * X[:, 1] > 0).astype(int)
    net = Network.build([5, 16, 2], hidden="tanh", output="softmax", init="xavier", seed=3)
    trainer = Trainer(net, X, np.eye(2)[labels], loss="cross_entropy", optimizer=optimizers.create("adam", lr=0.01),
                      batch_size=16, seed=1, precision=precision)
    for _ in range(steps):
        trainer.step()
    return net, trainer


def test_float32_training_computes_in_float32_and_follows_the_float64_run_closely():
    exact, _ = _train("float64", 40)
    fast, trainer = _train("float32", 40)
    for layer in fast.layers:
        assert layer.W.dtype == np.float32 and layer.dW.dtype == np.float32 and layer._a.dtype == np.float32
    assert trainer.X.dtype == np.float32
    for a, b in zip(exact.parameters(), fast.parameters()):
        np.testing.assert_allclose(b, a, rtol=1e-3, atol=1e-4)              # same run, ~7 digits per step
    assert any(not np.array_equal(a, b.astype(float)) for a, b in zip(exact.parameters(), fast.parameters()))
    assert exact.layers[0].W.dtype == np.float64
