"""Recipes converge: every built-in dataset, with the network and settings the app proposes, reaches its target.

The same path a learner takes on the command line: `new SIZES --dataset NAME`, then `train --json`.
"""
from __future__ import annotations

import io as text_io
import json
from pathlib import Path

import numpy as np
import pytest

from simulator import Network, cli, datasets, dataspec, io, optimizers, recipes
from simulator.training import Trainer

EXAMPLES = Path(__file__).resolve().parents[2] / "assets" / "examples"
GATES = [f"gate:{g}" for g in datasets.GATES] + ["gate:and:3", "gate:nor:3", "gate:xor:3", "gate:or:4",
                                                  "gate:nand:4", "gate:xor:4"]
#: What "it learned" means for each dataset (test accuracy, or test MSE for regression).
TARGETS = {"circle": 0.97, "xor": 0.97, "gauss": 0.97, "moons": 0.97, "spiral": 0.95, "iris": 0.93,
           "digits": 0.95}


def run(*args) -> tuple[int, str, str]:
    out, err = text_io.StringIO(), text_io.StringIO()
    code = cli.main([str(a) for a in args], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("name", [n for n in datasets.NAMES if not n.startswith("gate:")] + GATES)
def test_the_proposed_network_and_recipe_learn_every_built_in_dataset(name, tmp_path):
    data = dataspec.load(dataspec.defaults(name))
    sizes = "-".join(map(str, recipes.propose(data)))
    code, out, err = run("new", sizes, "--dataset", name, "-o", tmp_path / "net.json")
    assert code == 0, err
    code, out, err = run("train", tmp_path / "net.json", "--json", "--out", tmp_path / "trained.json")
    assert code == 0, err
    result = json.loads(out.strip().splitlines()[-1])
    assert set(result) == {"epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy", "seconds"}
    if name.startswith("gate:"):
        assert result["train_accuracy"] == 1.0 and result["test_accuracy"] is None   # every row of the table
    elif name == "sin":
        assert result["test_accuracy"] is None and result["test_loss"] <= 0.01
    else:
        assert result["test_accuracy"] >= TARGETS[name], result
    trained = io.load(tmp_path / "trained.json")
    assert trained.history["epoch"][-1] == result["epoch"] == trained.training["epochs"]


def _train_as_stored(doc: io.NetworkFile, net: Network) -> tuple[Trainer, datasets.Dataset]:
    settings = dataspec.complete(doc.dataset, net)
    data, train, test = dataspec.load_split(settings)
    t, n_out = doc.training, net.n_outputs
    optimizer = optimizers.create(t["optimizer"]["name"], **{k: v for k, v in t["optimizer"].items() if k != "name"})
    trainer = Trainer(net, train.X, train.targets(n_out), loss=t["loss"], optimizer=optimizer,
                      batch_size=t["batch_size"], seed=t["seed"], X_test=test.X if test.n_samples else None,
                      T_test=test.targets(n_out) if test.n_samples else None)
    assert trainer.run(t["epochs"]) == "finished"
    return trainer, test


@pytest.mark.parametrize("stem", ["and", "or", "nand", "three_layer", "spiral", "digits"])
def test_every_example_learns_again_from_fresh_weights_with_its_stored_settings(stem):
    doc = io.load(EXAMPLES / f"{stem}.json")
    t = doc.training
    fresh = Network.build(doc.network.sizes, activations=[layer.activation for layer in doc.network.layers],
                          init=t["init"], seed=t["seed"])
    trainer, test = _train_as_stored(doc, fresh)
    if test.n_samples:
        assert trainer.evaluate(trainer.X_test, trainer.T_test)[1] >= 0.95
    else:
        assert trainer.evaluate(trainer.X, trainer.T)[1] == 1.0


def test_the_xor_example_keeps_its_promise_once_its_units_are_sigmoids():
    doc = io.load(EXAMPLES / "xor.json")
    assert "change the activations to sigmoid to watch a network learn XOR" in doc.description
    net = doc.network
    for layer in net.layers:
        layer.activation = "sigmoid"
    trainer, _ = _train_as_stored(doc, net)
    truth = datasets.make("gate:xor")
    np.testing.assert_array_equal(net.forward(truth.X)[:, 0] > 0.5, truth.y == 1)


def test_new_refuses_sizes_that_do_not_fit_the_dataset_and_proposes_some(tmp_path):
    code, _, err = run("new", "2-8-1", "--dataset", "iris", "-o", tmp_path / "x.json")
    assert code == 1 and not (tmp_path / "x.json").exists()
    assert err.count("\n") == 1 and "needs 4 inputs and 3 outputs" in err and "4-8-3" in err


def test_new_honours_chosen_activations_and_adapts_the_recipe(tmp_path):
    code, out, err = run("new", "2-8-8-1", "--dataset", "spiral", "--hidden", "relu", "-o", tmp_path / "s.json")
    assert code == 0, err
    doc = io.load(tmp_path / "s.json")
    assert [layer.activation for layer in doc.network.layers] == ["relu", "relu", "sigmoid"]
    assert doc.training["init"] == "he" and doc.training["loss"] == "binary_cross_entropy"
    assert doc.dataset == dataspec.defaults("spiral")
    assert doc.labels[-1] == ["P(1)"]


def test_the_command_line_and_the_app_share_dataset_defaults():
    net = Network.build([2, 3, 1])
    assert dataspec.complete({"name": "circle"}, net)["test_fraction"] == 0.5
    # A file the app saved with an imported CSV trains on the command line too (no "unknown dataset").
    assert dataspec.kind("csv:/data/a.csv") == "import" and dataspec.complete({"name": "csv:/x.csv"}, net) == \
        {"name": "csv:/x.csv", "test_fraction": 0.25, "seed": 0}


def test_csv_datasets_saved_by_the_app_train_on_the_command_line(tmp_path):
    table = tmp_path / "points.csv"
    rng = np.random.default_rng(0)
    X = rng.uniform(-1, 1, (120, 2))
    y = (X[:, 0] + X[:, 1] > 0).astype(int)
    table.write_text("a,b,label\n" + "".join(f"{a},{b},{c}\n" for (a, b), c in zip(X, y)))
    code, _, err = run("new", "2-4-1", "--dataset", dataspec.csv_name(table), "-o", tmp_path / "n.json")
    assert code == 0, err
    code, out, err = run("train", tmp_path / "n.json", "--json")
    assert code == 0, err
    assert json.loads(out.splitlines()[-1])["test_accuracy"] >= 0.9


def test_suggestions_carry_the_whole_recipe_and_stay_quiet_when_it_is_followed():
    data = datasets.make("spiral", samples=800)
    net = Network.build([2, 8, 8, 1], hidden="sigmoid", output="identity", seed=0)
    training = {**io.DEFAULT_TRAINING}
    suggestion = recipes.suggest(data, net, training)
    assert suggestion.activations == ("sigmoid", "sigmoid", "sigmoid") and not suggestion.required
    assert suggestion.training["optimizer"]["name"] == "adam" and suggestion.training["optimizer"]["lr"] == 0.03
    assert suggestion.training["batch_size"] == 20 and suggestion.training["epochs"] == 1500
    assert "Learning rate 0.1 → 0.03." in suggestion.changes
    adapted = suggestion.adapted(net)
    followed = {**suggestion.training, "epochs": 300, "optimizer": {**suggestion.training["optimizer"], "lr": 0.01}}
    assert recipes.suggest(data, adapted, followed) is None   # the learner's own epochs and rate are respected


def test_a_working_pairing_keeps_the_learners_optimizer_quietly():
    """The digits example trains with the textbook's plain SGD: no nagging towards Adam."""
    doc = io.load(EXAMPLES / "digits.json")
    data = dataspec.load(dataspec.complete(doc.dataset, doc.network))
    assert doc.training["optimizer"]["name"] == "sgd"
    assert recipes.suggest(data, doc.network, doc.training) is None
    # An optimizer that cannot train the network is part of what must change.
    perceptron = {**doc.training, "optimizer": {"name": "perceptron", "lr": 0.1}}
    suggestion = recipes.suggest(data, doc.network, perceptron)
    assert suggestion.required and suggestion.optimizer == "adam"
