"""Network files: exact round trips, atomic saves, precise errors, bundled examples."""
from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from simulator import Dense, Network, activations, init, io, losses, optimizers

# The sample document of ARCHITECTURE.md section 4, verbatim.
SAMPLE = {
    "format": "synaptica-network", "version": 1,
    "name": "XOR from NAND, OR and AND", "description": "…",
    "layers": [{"size": 2, "labels": ["x1", "x2"]},
               {"size": 2, "activation": "step", "weights": [[-0.5, 0.5], [-0.5, 0.5]], "biases": [0.7, -0.2]},
               {"size": 1, "activation": "step", "weights": [[0.5], [0.5]], "biases": [-0.7]}],
    "training": {"loss": "mse", "optimizer": {"name": "sgd", "lr": 0.1}, "batch_size": 10, "epochs": 1000,
                 "init": "he", "seed": 0, "weight_decay": 0.0},
    "dataset": {"name": "xor", "noise": 0.0, "samples": 200, "test_fraction": 0.5, "seed": 0},
    "layout": {},
}

SPECIAL_FLOATS = [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-310, 1.7976931348623157e308,
                  -1.7976931348623157e308, 0.1, 1 / 3, -2.5e-300, 123456789.123456789]

TRUTH_TABLE = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])


def sample() -> dict:
    return copy.deepcopy(SAMPLE)


def error_of(data, source="xor.json") -> str:
    with pytest.raises(io.NetworkFileError) as info:
        io.from_dict(data, source)
    return str(info.value)


def bits(array: np.ndarray) -> bytes:
    return np.ascontiguousarray(array, dtype=float).tobytes()


def assert_same_network(a: Network, b: Network) -> None:
    assert a.sizes == b.sizes
    for la, lb in zip(a.layers, b.layers):
        assert la.activation == lb.activation
        assert bits(la.W) == bits(lb.W)  # bit-identical: also tells -0.0 from 0.0
        assert bits(la.b) == bits(lb.b)


def every_activation_network(seed: int = 1) -> Network:
    """One layer per hidden activation plus a softmax output, with weights spanning the float range."""
    rng = np.random.default_rng(seed)
    names = list(activations.HIDDEN_ACTIVATIONS) + ["softmax"]
    sizes = [3] + [4] * (len(names) - 1) + [2]
    layers = []
    for n_in, n_out, name in zip(sizes[:-1], sizes[1:], names):
        W = rng.standard_normal((n_in, n_out)) * 10.0 ** rng.uniform(-300, 300, (n_in, n_out))
        b = rng.standard_normal(n_out) * 10.0 ** rng.uniform(-30, 30, n_out)
        layers.append(Dense(W, b, name))
    layers[0].W.flat[:len(SPECIAL_FLOATS)] = SPECIAL_FLOATS
    layers[1].b[:] = [-0.0, 5e-324, 1e308, -1e-308]
    return Network(layers)


FULL_SETTINGS = dict(
    name="Everything", description="Ünïcödé — and \"quotes\"\nand a newline",
    labels=[["a", "b", "c"], [], ["h1", "h2", "h3", "h4"], [], [], [], [], ["yes", "no"]],
    training={"loss": "cross_entropy", "optimizer": {"name": "adam", "lr": 0.003, "beta1": 0.8, "beta2": 0.99},
              "batch_size": 32, "epochs": 7, "init": "xavier", "seed": 12345, "weight_decay": 1e-4},
    dataset={"name": "spiral", "noise": 0.25, "samples": 300, "test_fraction": 0.2, "seed": 9},
    layout={"positions": [[0.5, -1.25], [3, 4]], "zoom": 1.5, "note": None, "grid": True},
    history={"epoch": [1, 2, 3], "train_loss": [0.9, 0.5, 0.25], "test_loss": [None, 0.6, 0.3],
             "train_accuracy": [0.5, 0.75, 1.0], "test_accuracy": [None, None, 0.5]},
)


# ---------------------------------------------------------------- round trip

def test_architecture_sample_loads_and_normalises_to_itself():
    doc = io.from_dict(sample(), "sample.json")
    assert doc.network.sizes == [2, 2, 1]
    assert doc.labels == [["x1", "x2"], [], []]
    assert doc.dataset == SAMPLE["dataset"]
    assert doc.history is None
    # The sample already spells out every default, so writing it back gives it unchanged.
    assert doc.to_dict() == SAMPLE


def test_round_trip_through_dict_is_bit_exact():
    net = every_activation_network()
    doc = io.from_dict(io.to_dict(net, **FULL_SETTINGS))
    assert_same_network(doc.network, net)
    assert doc.name == FULL_SETTINGS["name"]
    assert doc.description == FULL_SETTINGS["description"]
    assert doc.labels == FULL_SETTINGS["labels"]
    assert doc.training == FULL_SETTINGS["training"]
    assert doc.dataset == FULL_SETTINGS["dataset"]
    assert doc.layout == FULL_SETTINGS["layout"]
    assert doc.history == FULL_SETTINGS["history"]


def test_round_trip_through_file_is_bit_exact(tmp_path):
    net = every_activation_network(seed=2)
    path = tmp_path / "everything.json"
    io.save(path, net, **FULL_SETTINGS)
    doc = io.load(path)
    assert_same_network(doc.network, net)
    assert (doc.name, doc.labels, doc.training, doc.dataset, doc.layout, doc.history) == (
        FULL_SETTINGS["name"], FULL_SETTINGS["labels"], FULL_SETTINGS["training"], FULL_SETTINGS["dataset"],
        FULL_SETTINGS["layout"], FULL_SETTINGS["history"])
    # Saving what was loaded writes the very same bytes.
    again = tmp_path / "again.json"
    doc.save(again)
    assert again.read_bytes() == path.read_bytes()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(allow_nan=False, allow_infinity=False, allow_subnormal=True), min_size=9, max_size=9))
def test_any_finite_weights_survive_the_text_format(values):
    W1 = np.array(values[:6]).reshape(2, 3)
    b1 = np.array(values[6:9])
    net = Network([Dense(W1, b1, "tanh"), Dense(np.array(values[:3])[:, None], [values[4]], "identity")])
    doc = io.from_json(io.to_json(io.to_dict(net)))
    assert_same_network(doc.network, net)


def test_file_follows_the_architecture_layout(tmp_path):
    net = Network.build([3, 4, 2], hidden="relu", output="softmax", seed=3)
    path = tmp_path / "net.json"
    io.save(path, net, labels=[["a", "b", "c"], [], ["no", "yes"]])
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["format"] == io.FORMAT == "synaptica-network"
    assert raw["version"] == io.VERSION == 1
    assert raw["layers"][0] == {"size": 3, "labels": ["a", "b", "c"]}
    hidden = raw["layers"][1]
    assert set(hidden) == {"size", "activation", "weights", "biases"}  # empty labels are left out
    assert np.array(hidden["weights"]).shape == (3, 4)  # n_in rows x n_out columns, W as in Dense
    assert hidden["weights"] == net.layers[0].W.tolist()
    assert raw["layers"][2]["activation"] == "softmax"
    assert raw["training"] == io.DEFAULT_TRAINING
    assert raw["layout"] == {}
    assert "dataset" not in raw and "history" not in raw


def test_to_json_is_readable_and_parses_back_to_the_same_document():
    doc = io.to_dict(Network.build([2, 3, 1], seed=0), **{**FULL_SETTINGS, "labels": None})
    text = io.to_json(doc)
    assert json.loads(text) == doc
    assert text.startswith('{\n  "format": "synaptica-network",\n  "version": 1,')
    assert '"optimizer": {"name": "adam", "lr": 0.003, "beta1": 0.8, "beta2": 0.99}' in text
    assert all(len(line) <= 100 for line in text.splitlines() if '"description"' not in line)


def test_big_matrices_get_one_row_per_line():
    net = Network.build([20, 30, 1], seed=0)
    lines = io.to_json(io.to_dict(net)).splitlines()
    rows = [line.strip().rstrip(",") for line in lines]
    weight_rows = [row for row in rows if row.startswith("[") and row.endswith("]") and row.count(",") == 29]
    assert len(weight_rows) == 20  # one line per input neuron, 30 numbers each


def test_missing_settings_get_their_defaults():
    data = sample()
    for key in ("name", "description", "training", "dataset", "layout"):
        del data[key]
    doc = io.from_dict(data)
    assert (doc.name, doc.description, doc.dataset, doc.layout, doc.history) == ("", "", None, {}, None)
    assert doc.training == io.DEFAULT_TRAINING
    doc.training["optimizer"]["lr"] = 99.0  # a copy: the module default stays untouched
    assert io.DEFAULT_TRAINING["optimizer"]["lr"] == 0.1


def test_partial_training_settings_are_completed():
    data = sample()
    data["training"] = {"epochs": 5, "optimizer": {"name": "adam", "lr": 0.01}}
    training = io.from_dict(data).training
    assert training == {**io.DEFAULT_TRAINING, "epochs": 5,
                        "optimizer": {"name": "adam", "lr": 0.01, "beta1": 0.9, "beta2": 0.999}}
    data["training"] = {"optimizer": {"name": "momentum"}}
    assert io.from_dict(data).training["optimizer"] == {"name": "momentum", **optimizers.defaults("momentum")}


@pytest.mark.parametrize("name", optimizers.NAMES)
def test_every_optimizer_with_its_own_defaults_is_accepted(name):
    data = sample()
    data["training"]["optimizer"] = {"name": name, **optimizers.defaults(name)}
    assert io.from_dict(data).training["optimizer"] == data["training"]["optimizer"]


def test_every_loss_and_init_name_is_accepted():
    for loss in losses.NAMES:
        for scheme in init.NAMES:
            data = sample()
            data["training"].update(loss=loss, init=scheme)
            assert io.from_dict(data).training["loss"] == loss


def test_history_series_left_out_become_null_and_non_finite_points_are_saved_as_null():
    data = sample()
    data["history"] = {"epoch": [0, 1], "train_loss": [1.0, 0.5]}
    assert io.from_dict(data).history == {"epoch": [0, 1], "train_loss": [1.0, 0.5], "test_loss": [None, None],
                                          "train_accuracy": [None, None], "test_accuracy": [None, None]}
    net = io.from_dict(sample()).network
    doc = io.to_dict(net, history={"epoch": [1, 2], "train_loss": [0.5, float("nan")],
                                   "test_loss": [float("inf"), 0.1]})
    assert doc["history"]["train_loss"] == [0.5, None]
    assert doc["history"]["test_loss"] == [None, 0.1]


def test_saving_a_loaded_network_file_object_keeps_everything(tmp_path):
    doc = io.from_dict(io.to_dict(every_activation_network(), **FULL_SETTINGS))
    doc.save(tmp_path / "copy.json")
    again = io.load(tmp_path / "copy.json")
    assert again.to_dict() == doc.to_dict()
    assert "Everything" in repr(again) and "spiral" in repr(again)


def test_network_file_built_in_code_saves_with_default_labels(tmp_path):
    doc = io.NetworkFile(network=Network.build([2, 3, 1], seed=0), name="fresh")
    doc.save(tmp_path / "fresh.json")
    loaded = io.load(tmp_path / "fresh.json")
    assert loaded.labels == [[], [], []]
    assert loaded.training == io.DEFAULT_TRAINING
    assert_same_network(loaded.network, doc.network)


def test_from_simulator_import_io_works_in_a_fresh_interpreter():
    code = ("import sys; from simulator import io; import simulator; assert simulator.io is io; "
            "assert not any(m.startswith(('PySide6', 'PyQt')) for m in sys.modules)")
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)


# ---------------------------------------------------------------- atomic saving

def _setup_old_file(tmp_path) -> tuple[Path, bytes]:
    path = tmp_path / "xor.json"
    io.save(path, io.from_dict(sample()).network, name="old")
    return path, path.read_bytes()


def test_failed_replace_leaves_old_file_intact_and_no_temp_file(tmp_path, monkeypatch):
    path, before = _setup_old_file(tmp_path)

    def no_space(*args):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(io.os, "replace", no_space)
    with pytest.raises(io.NetworkFileError) as info:
        io.save(path, Network.build([2, 5, 1], seed=0), name="new")
    assert str(info.value) == "xor.json: cannot save the file: No space left on device"
    assert info.value.path == path
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["xor.json"]


def test_failure_in_the_middle_of_writing_leaves_old_file_intact(tmp_path, monkeypatch):
    path, before = _setup_old_file(tmp_path)
    written = []

    def fail_after_write(fd):
        written.append(os.fstat(fd).st_size)  # the new text is already in the temp file
        raise OSError(5, "Input/output error")
    monkeypatch.setattr(io.os, "fsync", fail_after_write)
    with pytest.raises(io.NetworkFileError, match="xor.json: cannot save the file: Input/output error"):
        io.save(path, Network.build([2, 5, 1], seed=0))
    assert written and written[0] > 0
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["xor.json"]


def test_unexpected_exception_while_saving_propagates_and_cleans_up(tmp_path, monkeypatch):
    path, before = _setup_old_file(tmp_path)

    def interrupted(fd):
        raise KeyboardInterrupt
    monkeypatch.setattr(io.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        io.save(path, Network.build([2, 5, 1], seed=0))
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["xor.json"]


def test_invalid_network_is_refused_before_anything_is_written(tmp_path):
    path, before = _setup_old_file(tmp_path)
    net = Network.build([2, 2, 1], seed=0)
    net.layers[0].W[1, 0] = np.nan
    with pytest.raises(io.NetworkFileError) as info:
        io.save(path, net)
    assert str(info.value).startswith("xor.json: layers[1].weights[1][0]: NaN is not allowed")
    assert path.read_bytes() == before
    hidden_softmax = Network.build([2, 2, 1], activations=["softmax", "sigmoid"], seed=0)
    with pytest.raises(io.NetworkFileError, match=r"xor.json: layers\[1\].activation: softmax is only allowed"):
        io.save(path, hidden_softmax)
    with pytest.raises(io.NetworkFileError, match=r"new.json: labels: expected one list per layer .*\(3\), got 2"):
        io.save(tmp_path / "new.json", net, labels=[[], []])
    assert sorted(os.listdir(tmp_path)) == ["xor.json"]


def test_save_into_a_missing_folder_names_the_file(tmp_path):
    with pytest.raises(io.NetworkFileError, match="net.json: cannot save the file: No such file or directory"):
        io.save(tmp_path / "nowhere" / "net.json", Network.build([2, 1]))


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and symbolic links")
def test_save_keeps_permissions_and_writes_through_symlinks(tmp_path):
    path, _ = _setup_old_file(tmp_path)
    os.chmod(path, 0o640)
    link = tmp_path / "link.json"
    link.symlink_to(path)
    io.save(link, Network.build([2, 3, 1], seed=0), name="through the link")
    assert link.is_symlink()
    assert io.load(path).name == "through the link"
    assert os.stat(path).st_mode & 0o777 == 0o640


# ---------------------------------------------------------------- malformed documents

DELETE = object()


def _apply(data, path, value):
    target = data
    for step in path[:-1]:
        target = target[step]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


# (id, path to change, new value (or DELETE), the place the message must name, a fragment of the problem)
BAD_DOCUMENTS = [
    ("no format", ("format",), DELETE, "format", "not a Synaptica network file"),
    ("wrong format", ("format",), "keras", "format", "expected 'synaptica-network'"),
    ("format not a string", ("format",), 1, "format", "expected 'synaptica-network', got 1"),
    ("no version", ("version",), DELETE, "version", "missing"),
    ("version as string", ("version",), "1", "version", "expected a whole number, got the string \"1\""),
    ("version as float", ("version",), 1.0, "version", "expected a whole number, got 1.0"),
    ("version as bool", ("version",), True, "version", "expected a whole number, got true"),
    ("version zero", ("version",), 0, "version", "0 is not a valid version; versions start at 1"),
    ("version negative", ("version",), -2, "version", "-2 is not a valid version"),
    ("no layers", ("layers",), DELETE, "layers", "missing"),
    ("layers not array", ("layers",), {"size": 2}, "layers", "expected an array, got an object"),
    ("one layer", ("layers",), [{"size": 2}], "layers", "at least 2 layers"),
    ("unknown top-level key", ("colour",), "red", "colour", "unknown key"),
    ("name not string", ("name",), 5, "name", "expected a string, got 5"),
    ("description null", ("description",), None, "description", "expected a string, got null"),
    ("layer not object", ("layers", 1), [1, 2], "layers[1]", "expected an object, got an array of 2 items"),
    ("unknown layer key", ("layers", 1, "weight"), 1, "layers[1].weight", "did you mean 'weights'"),
    ("weights on input", ("layers", 0, "weights"), [[1.0]], "layers[0].weights", "input layer"),
    ("no activation", ("layers", 2, "activation"), DELETE, "layers[2].activation", "missing"),
    ("no weights", ("layers", 1, "weights"), DELETE, "layers[1].weights", "missing"),
    ("no biases", ("layers", 2, "biases"), DELETE, "layers[2].biases", "missing"),
    ("no input size", ("layers", 0, "size"), DELETE, "layers[0].size", "missing"),
    ("size as string", ("layers", 0, "size"), "2", "layers[0].size", "expected a whole number"),
    ("size as bool", ("layers", 2, "size"), True, "layers[2].size", "expected a whole number, got true"),
    ("size as float", ("layers", 2, "size"), 1.0, "layers[2].size", "expected a whole number, got 1.0"),
    ("size zero", ("layers", 1, "size"), 0, "layers[1].size", "must be at least 1, got 0"),
    ("size negative", ("layers", 0, "size"), -3, "layers[0].size", "must be at least 1"),
    ("size huge", ("layers", 1, "size"), 100_001, "layers[1].size", "must be at most 100,000"),
    ("rows wrong", ("layers", 2, "weights"), [[0.5], [0.5], [0.5]], "layers[2].weights", "expected 2×1, got 3×1"),
    ("columns wrong", ("layers", 1, "weights"), [[1, 2, 3], [4, 5, 6]], "layers[1].weights", "expected 2×2, got 2×3"),
    ("ragged rows", ("layers", 1, "weights"), [[1, 2], [3]], "layers[1].weights[1]", "row 0 has 2 values, row 1 has 1"),
    ("weights flat", ("layers", 2, "weights"), [0.5, 0.5], "layers[2].weights[0]", "expected an array"),
    ("weights not array", ("layers", 2, "weights"), "0.5", "layers[2].weights", "expected an array"),
    ("weight bool", ("layers", 1, "weights", 0, 1), True, "layers[1].weights[0][1]", "expected a number, got true"),
    ("weight string", ("layers", 1, "weights", 1, 0), "0.5", "layers[1].weights[1][0]", "expected a number"),
    ("weight null", ("layers", 2, "weights", 1, 0), None, "layers[2].weights[1][0]", "expected a number, got null"),
    ("weight NaN", ("layers", 1, "weights", 0, 0), float("nan"), "layers[1].weights[0][0]", "NaN is not allowed"),
    ("weight inf", ("layers", 2, "weights", 0, 0), float("inf"), "layers[2].weights[0][0]", "Infinity is not allowed"),
    ("weight huge int", ("layers", 2, "weights", 0, 0), 10 ** 400, "layers[2].weights[0][0]", "too large"),
    ("biases too long", ("layers", 2, "biases"), [0.1, 0.2], "layers[2].biases", "expected 1 value, got 2"),
    ("bias string", ("layers", 1, "biases", 1), "x", "layers[1].biases[1]", "expected a number"),
    ("bias -inf", ("layers", 1, "biases", 0), float("-inf"), "layers[1].biases[0]", "-Infinity is not allowed"),
    ("unknown activation", ("layers", 1, "activation"), "swish", "layers[1].activation",
     "choose one of step, sigmoid, tanh, relu, leaky_relu, identity, softmax"),
    ("activation typo", ("layers", 2, "activation"), "sigmod", "layers[2].activation", "did you mean 'sigmoid'"),
    ("hidden softmax", ("layers", 1, "activation"), "softmax", "layers[1].activation",
     "softmax is only allowed on the output layer (layers[2])"),
    ("activation not string", ("layers", 1, "activation"), None, "layers[1].activation", "expected a string"),
    ("labels too long", ("layers", 0, "labels"), ["a", "b", "c"], "layers[0].labels", "expected 2 labels"),
    ("label not string", ("layers", 0, "labels", 1), 2, "layers[0].labels[1]", "expected a string, got 2"),
    ("labels not array", ("layers", 2, "labels"), "y", "layers[2].labels", "expected an array"),
    ("training not object", ("training",), "fast", "training", "expected an object"),
    ("unknown training key", ("training", "lr"), 0.1, "training.lr", "unknown key"),
    ("unknown loss", ("training", "loss"), "hinge", "training.loss",
     "unknown loss 'hinge'; choose one of mse, cross_entropy, binary_cross_entropy"),
    ("unknown optimizer", ("training", "optimizer", "name"), "lbfgs", "training.optimizer.name",
     "unknown optimizer 'lbfgs'"),
    ("optimizer not object", ("training", "optimizer"), "sgd", "training.optimizer", "expected an object"),
    ("optimizer without name", ("training", "optimizer", "name"), DELETE, "training.optimizer.name", "missing"),
    ("hyperparameter not taken", ("training", "optimizer", "momentum"), 0.9, "training.optimizer.momentum",
     "optimizer 'sgd' has no setting 'momentum'; it takes lr"),
    ("lr zero", ("training", "optimizer", "lr"), 0, "training.optimizer.lr", "must be greater than 0"),
    ("lr negative", ("training", "optimizer", "lr"), -0.1, "training.optimizer.lr", "must be greater than 0"),
    ("lr string", ("training", "optimizer", "lr"), "0.1", "training.optimizer.lr", "expected a number"),
    ("lr NaN", ("training", "optimizer", "lr"), float("nan"), "training.optimizer.lr", "NaN is not allowed"),
    ("batch size zero", ("training", "batch_size"), 0, "training.batch_size", "must be at least 1"),
    ("batch size float", ("training", "batch_size"), 2.5, "training.batch_size", "expected a whole number"),
    ("batch size bool", ("training", "batch_size"), True, "training.batch_size", "got true"),
    ("epochs zero", ("training", "epochs"), 0, "training.epochs", "must be at least 1"),
    ("unknown init", ("training", "init"), "uniform", "training.init", "unknown initialisation 'uniform'"),
    ("seed string", ("training", "seed"), "0", "training.seed", "expected a whole number"),
    ("seed negative", ("training", "seed"), -1, "training.seed", "must be at least 0"),
    ("weight decay negative", ("training", "weight_decay"), -0.1, "training.weight_decay", "must be at least 0"),
    ("weight decay bool", ("training", "weight_decay"), False, "training.weight_decay", "expected a number"),
    ("dataset not object", ("dataset",), "xor", "dataset", "expected an object"),
    ("dataset without name", ("dataset", "name"), DELETE, "dataset.name", "missing"),
    ("dataset empty name", ("dataset", "name"), "", "dataset.name", "must not be empty"),
    ("dataset name number", ("dataset", "name"), 3, "dataset.name", "expected a string"),
    ("dataset unknown key", ("dataset", "nosie"), 0.1, "dataset.nosie", "did you mean 'noise'"),
    ("noise negative", ("dataset", "noise"), -0.5, "dataset.noise", "must be at least 0"),
    ("samples zero", ("dataset", "samples"), 0, "dataset.samples", "must be at least 1"),
    ("samples float", ("dataset", "samples"), 200.5, "dataset.samples", "expected a whole number"),
    ("samples absurd", ("dataset", "samples"), 10 ** 12, "dataset.samples", "must be at most"),
    ("test fraction one", ("dataset", "test_fraction"), 1.0, "dataset.test_fraction", "must be less than 1"),
    ("test fraction negative", ("dataset", "test_fraction"), -0.1, "dataset.test_fraction", "must be at least 0"),
    ("dataset seed float", ("dataset", "seed"), 0.5, "dataset.seed", "expected a whole number"),
    ("layout not object", ("layout",), [], "layout", "expected an object, got an array of 0 items"),
    ("layout NaN deep", ("layout", "a"), [{"b c": float("nan")}], 'layout.a[0]["b c"]', "NaN is not allowed"),
    ("history not object", ("history",), [1], "history", "expected an object"),
    ("history without epoch", ("history",), {"train_loss": [1.0]}, "history.epoch", "missing"),
    ("history unequal", ("history",), {"epoch": [1, 2], "train_loss": [1.0]}, "history.train_loss",
     "has 1 value but history.epoch has 2"),
    ("history unknown series", ("history",), {"epoch": [], "val_loss": []}, "history.val_loss", "unknown key"),
    ("history bad value", ("history",), {"epoch": [1], "test_loss": ["low"]}, "history.test_loss[0]",
     "expected a number"),
    ("history accuracy > 1", ("history",), {"epoch": [1], "train_accuracy": [1.5]}, "history.train_accuracy[0]",
     "must be at most 1"),
    ("history negative epoch", ("history",), {"epoch": [-1]}, "history.epoch[0]", "must be at least 0"),
]


@pytest.mark.parametrize("path, value, where, problem", [case[1:] for case in BAD_DOCUMENTS],
                         ids=[case[0] for case in BAD_DOCUMENTS])
def test_malformed_document_names_file_and_place(path, value, where, problem):
    message = error_of(_apply(sample(), path, value))
    assert message.startswith(f"xor.json: {where}: "), message
    assert problem in message


def test_too_many_weights_are_refused_before_looking_at_them():
    data = sample()
    data["layers"] = [{"size": 5000}, {"size": 5000, "activation": "relu", "weights": [], "biases": []},
                      {"size": 1, "activation": "identity", "weights": [], "biases": []}]
    message = error_of(data)
    assert message == "xor.json: layers: the sizes 5000-5000-1 need 25,005,000 weights; the limit is 2,500,000"


def test_newer_version_is_refused_clearly():
    message = error_of({**sample(), "version": 3, "layers": "whatever version 3 stores"})
    assert message == "xor.json: made by a newer Synaptica (version 3); this one reads up to version 1"


def test_top_level_must_be_an_object():
    assert error_of([1, 2]) == "xor.json: expected a JSON object at the top level, got an array of 2 items"
    assert error_of("text").endswith("got the string \"text\"")


def test_error_without_a_file_names_only_the_place():
    with pytest.raises(io.NetworkFileError) as info:
        io.from_dict(_apply(sample(), ("layers", 2, "weights"), [[1.0]]))
    assert str(info.value).startswith("layers[2].weights: expected 2×1, got 1×1")
    assert (info.value.source, info.value.where) == ("", "layers[2].weights")
    assert isinstance(info.value, ValueError)


def test_older_versions_pass_through_the_migration_steps(monkeypatch):
    # Pretend the current format is version 2 and version 1 files need a step.
    monkeypatch.setattr(io, "VERSION", 2)
    monkeypatch.setitem(io.MIGRATIONS, 1, lambda data: {**data, "name": data["name"] + " (from version 1)"})
    assert io.from_dict(sample()).name == "XOR from NAND, OR and AND (from version 1)"
    assert io.from_dict({**sample(), "version": 2}).name == "XOR from NAND, OR and AND"
    monkeypatch.delitem(io.MIGRATIONS, 1)
    assert error_of(sample()) == "xor.json: version: files of version 1 cannot be read by this Synaptica"


# Text that is not a valid document at the JSON level: (id, text, the exact message).
BAD_TEXTS = [
    ("empty", "", "xor.json: the file is empty"),
    ("blank", " \n\t\n", "xor.json: the file is empty"),
    ("truncated", '{"format": "synaptica-network",\n  "version": ', "xor.json: not valid JSON: Expecting value "
                                                                    "(line 2, column 14)"),
    ("trailing comma", '{"a": 1,}', "xor.json: not valid JSON: Expecting property name enclosed in double quotes "
                                     "(line 1, column 9)"),
    ("not an object", "42", "xor.json: expected a JSON object at the top level, got 42"),
    ("duplicate key", '{"format": "synaptica-network", "version": 1, "version": 2}',
     "xor.json: version: appears more than once in the same object"),
    ("too many digits", '{"format": "synaptica-network",\n "version": ' + "1" * 5000 + "}",
     "xor.json: not valid JSON: a number with 5,000 digits (line 2, column 13); numbers in network files must be "
     "finite and of reasonable size"),
    ("nested too deeply", "[" * 100_000 + "]" * 100_000, "xor.json: not readable: the JSON is nested too deeply"),
]


@pytest.mark.parametrize("text, message", [case[1:] for case in BAD_TEXTS], ids=[case[0] for case in BAD_TEXTS])
def test_malformed_text_gives_a_clear_message(text, message):
    with pytest.raises(io.NetworkFileError) as info:
        io.from_json(text, "xor.json")
    assert str(info.value) == message


@pytest.mark.parametrize("literal, shown", [("NaN", "NaN"), ("Infinity", "Infinity"), ("-Infinity", "-Infinity"),
                                            ("1e999", "Infinity")])
def test_non_finite_literals_are_refused_where_they_stand(literal, shown):
    text = io.to_json(sample()).replace("[-0.7]", f"[{literal}]")
    with pytest.raises(io.NetworkFileError) as info:
        io.from_json(text, "xor.json")
    assert str(info.value) == f"xor.json: layers[2].biases[0]: {shown} is not allowed (numbers must be finite)"


def test_duplicate_keys_are_named_with_their_path():
    text = io.to_json(sample()).replace('"biases": [-0.7]', '"biases": [-0.7], "biases": [0.1]')
    with pytest.raises(io.NetworkFileError, match=r"^xor.json: layers\[2\].biases: appears more than once"):
        io.from_json(text, "xor.json")


def test_bytes_that_are_not_utf8_are_refused(tmp_path):
    path = tmp_path / "binary.json"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(io.NetworkFileError) as info:
        io.load(path)
    assert str(info.value) == "binary.json: not a text file (invalid UTF-8 at byte 0)"
    assert info.value.path == path


def test_utf8_with_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + io.to_json(sample()).encode("utf-8"))
    assert io.load(path).description == "…"


def test_unreadable_files_name_the_file_and_the_reason(tmp_path, monkeypatch):
    with pytest.raises(io.NetworkFileError) as info:
        io.load(tmp_path / "missing.json")
    assert str(info.value) == "missing.json: cannot read the file: No such file or directory"
    with pytest.raises(io.NetworkFileError, match="folder.json: cannot read the file: it is a directory"):
        (tmp_path / "folder.json").mkdir()
        io.load(tmp_path / "folder.json")
    path = tmp_path / "locked.json"
    path.write_text("{}")

    real_open = os.open

    def denied(name, *args, **kwargs):
        if str(name) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(name, *args, **kwargs)
    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(io.NetworkFileError, match="^locked.json: cannot read the file: Permission denied$"):
        io.load(path)


def test_absurdly_large_files_are_refused(tmp_path, monkeypatch):
    path = tmp_path / "huge.json"
    path.write_text(" " * 2000 + io.to_json(sample()))
    monkeypatch.setattr(io, "MAX_FILE_BYTES", 1000)
    with pytest.raises(io.NetworkFileError, match="^huge.json: the file is .* Synaptica refuses network files larger"):
        io.load(path)


def test_empty_file_on_disk(tmp_path):
    (tmp_path / "empty.json").write_bytes(b"")
    with pytest.raises(io.NetworkFileError, match="^empty.json: the file is empty$"):
        io.load(tmp_path / "empty.json")


# ---------------------------------------------------------------- property tests: only NetworkFileError

json_scalars = (st.none() | st.booleans() | st.integers(-10 ** 30, 10 ** 30) | st.floats()
                | st.text(max_size=10) | st.sampled_from(["sgd", "softmax", "step", "mse", "adam", "he"]))
known_keys = st.sampled_from(sorted({*io.TOP_LEVEL_KEYS, *io.LAYER_KEYS, *io.DATASET_KEYS, *io.HISTORY_KEYS,
                                     *io.DEFAULT_TRAINING, "name", "lr", "momentum"}))
json_values = st.recursive(
    json_scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(known_keys | st.text(max_size=6), children,
                                                                       max_size=4),
    max_leaves=16)


def _loads_or_refuses(call) -> None:
    try:
        doc = call()
    except io.NetworkFileError:
        return
    # Whatever loads can be written back and reads back the same.
    again = io.from_dict(doc.to_dict())
    assert again.to_dict() == doc.to_dict()


def _places(value, prefix=()):
    """Every path into a JSON value, outermost first."""
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _places(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _places(child, (*prefix, i))


def _base_document() -> dict:
    return io.to_dict(Network.build([2, 3, 2], hidden="tanh", output="softmax", seed=0),
                      **{**FULL_SETTINGS, "labels": [["x1", "x2"], [], ["a", "b"]]})


BASE_PLACES = list(_places(_base_document()))

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(json_values)
def test_random_json_values_only_ever_raise_network_file_error(value):
    _loads_or_refuses(lambda: io.from_dict(value, "fuzz.json"))


@FUZZ
@given(json_values)
def test_random_values_with_a_valid_header_only_ever_raise_network_file_error(value):
    data = value if isinstance(value, dict) else {"layers": value}
    _loads_or_refuses(lambda: io.from_dict({**data, "format": io.FORMAT, "version": 1}, "fuzz.json"))


@FUZZ
@given(st.binary(max_size=200))
def test_random_bytes_only_ever_raise_network_file_error(data):
    _loads_or_refuses(lambda: io.from_json(data, "fuzz.json"))


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(BASE_PLACES[1:]),
                          st.sampled_from(["delete", "replace", "grow", "shrink"]),
                          json_values), min_size=1, max_size=3))
def test_mutated_documents_only_ever_raise_network_file_error(mutations):
    data = _base_document()
    for path, kind, value in mutations:
        try:
            parent = data
            for step in path[:-1]:
                parent = parent[step]
            target = parent[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this place
        if kind == "delete":
            del parent[path[-1]]
        elif kind == "replace":
            parent[path[-1]] = value
        elif kind == "grow" and isinstance(target, list):
            target.append(copy.deepcopy(target[-1]) if target else value)
        elif kind == "shrink" and isinstance(target, list) and target:
            target.pop()
    _loads_or_refuses(lambda: io.from_dict(data, "fuzz.json"))


BASE_TEXT = io.to_json(_base_document())


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(BASE_TEXT) - 1), st.integers(0, 5),
                          st.text(alphabet='{}[],:"0123456789.-eE ntrufalsNI\\', max_size=3)),
                min_size=1, max_size=4))
def test_edited_text_only_ever_raises_network_file_error(edits):
    text = BASE_TEXT
    for at, cut, insert in edits:
        at = min(at, len(text))
        text = text[:at] + insert + text[at + cut:]
    _loads_or_refuses(lambda: io.from_json(text, "fuzz.json"))


# ---------------------------------------------------------------- bundled examples

HAND_MADE = ("and", "or", "nand", "xor", "three_layer")


def test_example_paths_lists_the_bundled_files():
    paths = io.example_paths()
    assert set(HAND_MADE) <= set(paths)
    for stem, path in paths.items():
        assert path.name == f"{stem}.json" and path.is_file()
        assert path.parent == io.EXAMPLES_DIR


@pytest.mark.parametrize("stem", sorted(io.example_paths()))
def test_every_example_loads_with_a_name_description_and_input_labels(stem):
    doc = io.load(io.example_paths()[stem])
    assert doc.name and len(doc.description) > 80
    assert doc.labels[0] == ["x1", "x2"] or stem not in HAND_MADE


@pytest.mark.parametrize("stem, truth", [("and", [0, 0, 0, 1]), ("or", [0, 1, 1, 1]), ("nand", [1, 1, 1, 0]),
                                         ("xor", [0, 1, 1, 0])])
def test_gate_examples_compute_their_truth_tables(stem, truth):
    doc = io.load(io.example_paths()[stem])
    assert all(layer.activation == "step" for layer in doc.network.layers)
    assert doc.network.forward(TRUTH_TABLE)[:, 0].tolist() == truth
    assert doc.dataset is not None and doc.dataset["name"]


def test_gate_examples_hold_the_textbook_weights():
    def params(stem):
        return [(layer.W.tolist(), layer.b.tolist()) for layer in io.load(io.example_paths()[stem]).network.layers]
    assert params("and") == [([[0.5], [0.5]], [-0.7])]
    assert params("nand") == [([[-0.5], [-0.5]], [0.7])]
    assert params("or") == [([[0.5], [0.5]], [-0.2])]
    assert params("xor") == [([[-0.5, 0.5], [-0.5, 0.5]], [0.7, -0.2]), ([[0.5], [0.5]], [-0.7])]


def test_three_layer_example_reproduces_the_textbook_forward_pass():
    doc = io.load(io.example_paths()["three_layer"])
    assert doc.network.sizes == [2, 3, 2, 2]
    assert [layer.activation for layer in doc.network.layers] == ["sigmoid", "sigmoid", "identity"]
    np.testing.assert_allclose(doc.network.forward([1.0, 0.5]), [0.31682708, 0.69627909], rtol=0, atol=5e-9)
