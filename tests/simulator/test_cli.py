"""The command line (`python -m simulator train|info`), run in-process through cli.main."""
from __future__ import annotations

import io as text_io
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from simulator import Dense, Network, cli, datasets, dataspec, io
from simulator.training import EpochStats, Trainer

ROOT = Path(__file__).resolve().parents[2]

XOR_TRAINING = {"loss": "binary_cross_entropy", "optimizer": {"name": "adam", "lr": 0.05}, "batch_size": 4,
                "epochs": 300, "init": "xavier", "seed": 0, "weight_decay": 0.0}


def run(*argv) -> tuple[int, str, str]:
    out, err = text_io.StringIO(), text_io.StringIO()
    code = cli.main([str(a) for a in argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def assert_one_error_line(err: str, *fragments: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("synaptica: error: ")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0]


def write(path: Path, net: Network, training=None, dataset=None, **extra) -> Path:
    io.save(path, net, training=training, dataset=dataset, **extra)
    return path


@pytest.fixture
def xor_file(tmp_path) -> Path:
    net = Network.build([2, 4, 1], hidden="tanh", output="sigmoid", init="xavier", seed=0)
    return write(tmp_path / "xor.json", net, XOR_TRAINING, {"name": "gate:xor", "test_fraction": 0.0, "seed": 0},
                 name="XOR to learn", description="A 2-4-1 network that has not learned XOR yet.")


# ---------------------------------------------------------------- info

def test_info_describes_architecture_parameters_and_settings(tmp_path):
    net = Network.build([2, 8, 8, 1], hidden="tanh", output="sigmoid", seed=0)
    path = write(tmp_path / "spiral.json", net,
                 {"loss": "binary_cross_entropy", "optimizer": {"name": "adam", "lr": 0.03}, "batch_size": 50},
                 {"name": "spiral", "samples": 1000, "noise": 0.1, "test_fraction": 0.5, "seed": 3},
                 name="Two spirals", description="Interleaved arms.")
    code, out, err = run("info", path)
    assert code == 0 and err == ""
    assert "Two spirals" in out and "Interleaved arms." in out
    assert "2-8-8-1" in out
    assert "layer 1: 2 -> 8  tanh" in out and "16 weights + 8 biases" in out
    assert "layer 2: 8 -> 8  tanh" in out and "64 weights + 8 biases" in out
    assert "layer 3: 8 -> 1  sigmoid" in out and "8 weights + 1 bias" in out
    assert "Parameters:   105" in out  # (2·8 + 8) + (8·8 + 8) + (8·1 + 1)
    assert "binary_cross_entropy" in out and "adam (lr 0.03, beta1 0.9, beta2 0.999)" in out
    assert "batch size 50" in out
    assert "spiral (samples 1000, noise 0.1, test fraction 0.5, seed 3)" in out
    assert "not trained yet" in out


def test_info_explains_why_a_network_cannot_be_trained(tmp_path):
    net = Network([Dense([[0.5], [0.5]], [-0.7], "step")])
    code, out, _ = run("info", write(tmp_path / "and.json", net))
    assert code == 0
    assert "note: Step units have a zero gradient" in out
    assert "Dataset:      gate:and (test fraction 0, seed 0) — the file names none" in out


# ---------------------------------------------------------------- train

def test_train_saves_the_trained_network_settings_and_history_beside_the_input(xor_file):
    before = xor_file.read_bytes()
    code, out, err = run("train", xor_file)
    assert code == 0, err
    assert xor_file.read_bytes() == before  # the input is never overwritten by default
    saved = xor_file.with_name("xor.trained.json")
    assert f"Saved {saved}" in out

    doc = io.load(saved)
    truth = datasets.make("gate:xor")
    Y = doc.network.forward(truth.X)[:, 0]
    assert np.array_equal(Y > 0.5, truth.y == 1)  # it learned XOR
    assert doc.name == "XOR to learn" and doc.description.startswith("A 2-4-1 network")
    assert doc.training == {**XOR_TRAINING, "optimizer": {"name": "adam", "lr": 0.05, "beta1": 0.9, "beta2": 0.999}}
    assert doc.dataset == {"name": "gate:xor", "test_fraction": 0.0, "seed": 0}
    assert doc.history["epoch"] == list(range(1, 301))
    assert doc.history["train_accuracy"][-1] == 1.0

    # The printed final loss is the saved network's loss on the training set, computed independently.
    T = truth.y[:, None].astype(float)
    bce = -np.mean(T * np.log(Y[:, None] + 1e-7) + (1 - T) * np.log(1 - Y[:, None] + 1e-7))
    assert f"train: loss {bce:.4g}  accuracy 100.0 %" in out
    assert "no test set" in out


def test_train_options_override_the_file_and_are_saved(xor_file, tmp_path):
    out_path = tmp_path / "custom name.json"
    code, out, err = run("train", xor_file, "--epochs", 7, "--lr", 0.01, "--batch-size", 2, "--seed", 5,
                         "--out", out_path)
    assert code == 0, err
    doc = io.load(out_path)
    assert doc.training["epochs"] == 7 and doc.training["batch_size"] == 2 and doc.training["seed"] == 5
    assert doc.training["optimizer"] == {"name": "adam", "lr": 0.01, "beta1": 0.9, "beta2": 0.999}
    assert doc.history["epoch"] == list(range(1, 8))
    assert "Trained 7 epochs" in out and "adam(lr=0.01" in out


def test_train_matches_the_trainer_run_directly(xor_file, tmp_path):
    code, _, err = run("train", xor_file, "--epochs", 25, "--out", tmp_path / "cli.json")
    assert code == 0, err
    truth = datasets.make("gate:xor")
    net = io.load(xor_file).network
    from simulator import optimizers
    trainer = Trainer(net, truth.X, truth.targets(1), loss="binary_cross_entropy",
                      optimizer=optimizers.create("adam", lr=0.05), batch_size=4, seed=0)
    trainer.run(25)
    trained = io.load(tmp_path / "cli.json").network
    for mine, theirs in zip(trained.layers, net.layers):
        np.testing.assert_array_equal(mine.W, theirs.W)
        np.testing.assert_array_equal(mine.b, theirs.b)


def test_training_again_continues_the_history(xor_file):
    assert run("train", xor_file, "--epochs", 5)[0] == 0
    once = xor_file.with_name("xor.trained.json")
    assert run("train", once, "--epochs", 3)[0] == 0
    doc = io.load(once.with_name("xor.trained.trained.json"))
    assert doc.history["epoch"] == [1, 2, 3, 4, 5, 6, 7, 8]


def test_train_uses_a_test_split_and_reports_test_metrics(tmp_path):
    net = Network.build([2, 6, 1], hidden="tanh", output="sigmoid", init="xavier", seed=1)
    path = write(tmp_path / "gauss.json", net,
                 {"loss": "binary_cross_entropy", "optimizer": {"name": "adam", "lr": 0.05}, "batch_size": 10,
                  "epochs": 20}, {"name": "gauss", "samples": 100, "test_fraction": 0.3, "seed": 2})
    code, out, err = run("train", path)
    assert code == 0, err
    assert "(70 training, 30 test samples)" in out
    _, test = datasets.make("gauss", samples=100, seed=2).split(0.3, 2)
    trained = io.load(tmp_path / "gauss.trained.json").network
    accuracy = np.mean((trained.forward(test.X)[:, 0] > 0.5) == (test.y == 1))
    assert "test:  loss" in out and f"accuracy {100 * accuracy:.1f} %" in out.splitlines()[2]


def test_dataset_option_replaces_the_files_dataset(xor_file, tmp_path):
    code, out, err = run("train", xor_file, "--dataset", "gate:and", "--epochs", 2, "--out", tmp_path / "and.json")
    assert code == 0, err
    assert "on gate:and" in out
    assert io.load(tmp_path / "and.json").dataset["name"] == "gate:and"


def test_progress_goes_to_stderr_as_one_redrawn_line(xor_file):
    code, out, err = run("train", xor_file, "--epochs", 50)
    assert code == 0
    assert "[####" not in out
    assert err.startswith("\repoch ") and err.endswith("\n") and err.count("\n") == 1
    final = err.rstrip("\n").split("\r")[-1]
    assert final.startswith("epoch 50/50 [####################] loss ") and " acc 100.0%" in final


def test_progress_line_redraws_at_most_ten_times_a_second():
    now = [0.0]
    stream = text_io.StringIO()
    line = cli.ProgressLine(stream, epochs=1000, clock=lambda: now[0])
    for epoch in range(1, 1001):
        now[0] = epoch * 0.001  # a millisecond per epoch: one second in all
        line.update(EpochStats(epoch, epoch, 0.5, 0.75, 0.6, 0.7))
    line.close()
    draws = stream.getvalue().split("\r")[1:]
    assert 10 <= len(draws) <= 11  # every 100 ms, plus the final epoch
    assert draws[-1].startswith("epoch 1000/1000 [####################] loss 0.5 acc 75.0% test 70.0% took 0:01")
    assert "ETA 0:01" in draws[0]  # after 1 of 1000 epochs at 1 ms each


def test_default_output_name():
    assert cli.default_output(Path("nets/xor.json")) == Path("nets/xor.trained.json")
    assert cli.default_output(Path("xor")) == Path("xor.trained.json")


def test_help_names_the_default_output(capsys):
    code, out, _ = run("train", "--help")
    assert code == 0 and ".trained.json" in out and "--batch-size" in out


# ---------------------------------------------------------------- errors: one line, non-zero, nothing saved

def test_a_missing_file_is_one_line(tmp_path):
    code, out, err = run("train", tmp_path / "nothing.json")
    assert code == 1 and out == ""
    assert_one_error_line(err, "nothing.json", "cannot read the file")


def test_a_bad_file_names_the_place(tmp_path):
    path = tmp_path / "bad.json"
    doc = io.to_dict(Network.build([2, 1], seed=0))
    doc["layers"][1]["weights"] = [[1.0], [2.0], [3.0]]
    path.write_text(json.dumps(doc))
    for command in ("train", "info"):
        code, _, err = run(command, path)
        assert code == 1
        assert_one_error_line(err, "bad.json", "layers[1].weights", "expected 2×1, got 3×1")


def test_an_unknown_dataset_lists_the_known_ones(xor_file):
    code, _, err = run("train", xor_file, "--dataset", "spirals")
    assert code == 1
    assert_one_error_line(err, "unknown dataset 'spirals'", "spiral", "digits")


def test_a_file_without_a_dataset_trains_on_the_one_the_app_would_pick(tmp_path):
    net = Network.build([2, 3, 1], hidden="tanh", output="sigmoid", seed=0)
    path = write(tmp_path / "plain.json", net, {**io.DEFAULT_TRAINING, "epochs": 2})
    code, out, err = run("train", path)
    assert code == 0, err
    assert "on gate:xor" in out
    assert io.load(tmp_path / "plain.trained.json").dataset == dataspec.complete(None, net)


def test_inputs_that_do_not_match_the_dataset(xor_file):
    code, _, err = run("train", xor_file, "--dataset", "digits")
    assert code == 1
    assert_one_error_line(err, "Digits (8×8 images) data has 64 features", "the network has 2 inputs",
                          "(network 2-4-1)")


def test_outputs_that_do_not_match_the_classes(tmp_path):
    net = Network.build([2, 4, 3], hidden="tanh", output="softmax", seed=0)
    path = write(tmp_path / "three.json", net, {"loss": "cross_entropy"}, {"name": "moons"})
    code, _, err = run("train", path)
    assert code == 1
    assert_one_error_line(err, "2 classes", "it has 3")


def test_an_impossible_combination_is_explained(tmp_path):
    net = Network.build([2, 3, 1], hidden="sigmoid", output="identity", seed=0)
    path = write(tmp_path / "linear.json", net, {"loss": "cross_entropy"}, {"name": "xor"})
    code, _, err = run("train", path)
    assert code == 1
    assert_one_error_line(err, "cannot train linear.json", "needs outputs that are probabilities")


def test_divergence_is_reported_and_nothing_is_saved(tmp_path):
    net = Network.build([1, 8, 1], hidden="tanh", output="identity", seed=0)
    path = write(tmp_path / "sin.json", net, {"loss": "mse", "optimizer": {"name": "sgd", "lr": 1e6},
                                              "batch_size": 5, "epochs": 20}, {"name": "sin", "samples": 50})
    code, out, err = run("train", path)
    assert code == 1 and out == ""
    assert_one_error_line(err.split("\n", 1)[1], "Training stopped", "smaller learning rate", "Nothing was saved")
    assert not (tmp_path / "sin.trained.json").exists()


def test_bad_options_are_usage_errors(xor_file):
    for args in (["--epochs", "0"], ["--lr", "-1"], ["--lr", "nan"], ["--batch-size", "many"], ["--seed", "-2"]):
        code, _, err = run("train", xor_file, *args)
        assert code == 2
        assert_one_error_line(err, args[0])
    code, _, err = run("fly")
    assert code == 2
    assert_one_error_line(err, "fly")


def test_ctrl_c_exits_130_quietly_and_saves_nothing(xor_file, monkeypatch):
    def interrupted(self, epochs, callback=None):
        callback(EpochStats(1, 1, 0.7, 0.5))
        raise KeyboardInterrupt
    monkeypatch.setattr(Trainer, "run", interrupted)
    code, out, err = run("train", xor_file)
    assert code == 130 and out == ""
    assert "error" not in err and "Traceback" not in err and err.endswith("\n")  # the progress line is ended
    assert not xor_file.with_name("xor.trained.json").exists()


# ---------------------------------------------------------------- as a program

def test_python_dash_m_simulator_runs_as_a_program(xor_file):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    ok = subprocess.run([sys.executable, "-m", "simulator", "info", str(xor_file)], capture_output=True,
                        text=True, env=env, cwd=ROOT, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert "2-4-1" in ok.stdout and "XOR to learn" in ok.stdout
    bad = subprocess.run([sys.executable, "-m", "simulator", "train", str(xor_file), "--dataset", "nope"],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert bad.returncode == 1 and bad.stdout == ""
    assert_one_error_line(bad.stderr, "unknown dataset 'nope'")
