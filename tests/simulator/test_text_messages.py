"""Engine messages are simulator.text.Text (issue 15): English as before, template and values kept.

The GUI translates them (tests/test_engine_text.py); here, without Qt, they must read exactly as
plain English, survive the pipe from the training process with their parameters, and the
command line must keep printing English.
"""
from __future__ import annotations

import io as text_io
import json
import multiprocessing
from pathlib import Path

import numpy as np
import pytest

from simulator import activations, cli, csv_import, datasets, diagnose, io
from simulator.network import Network
from simulator.text import Text
from simulator.training import Divergence

BAD_ACTIVATION = {"format": "synaptica-network", "version": 1,
                  "layers": [{"size": 2}, {"size": 1, "activation": "sigmod", "weights": [[1], [1]], "biases": [0]}]}


def _through_pipe(value: object) -> object:
    """`value` after a trip through the kind of pipe the training process talks over (pickled both ways)."""
    sender, receiver = multiprocessing.get_context("spawn").Pipe()
    try:
        sender.send(value)
        return receiver.recv()
    finally:
        sender.close()
        receiver.close()


def test_a_network_file_error_keeps_its_template_and_nested_values(tmp_path: Path) -> None:
    path = tmp_path / "net.json"
    path.write_text(json.dumps(BAD_ACTIVATION))
    with pytest.raises(io.NetworkFileError) as caught:
        io.load(path)
    message = caught.value.args[0]
    assert str(caught.value) == ("net.json: layers[1].activation: unknown activation 'sigmod' (did you mean "
                                 "'sigmoid'?); choose one of " + ", ".join(activations.NAMES))
    assert isinstance(message, Text) and message.template == "{source}: {where}: {problem}"
    assert message.params["source"] == "net.json" and message.params["where"] == "layers[1].activation"
    problem = message.params["problem"]
    assert problem.template == "unknown activation {name!r}{suggestion}; choose one of {names}"
    assert problem.params["suggestion"].template == " (did you mean {name!r}?)"


def test_text_crosses_the_training_pipe_with_its_parameters() -> None:
    stopped = Divergence(epoch=4, step=11, what="loss", value=float("inf"), restored_epoch=3, restored_loss=0.25,
                         lr=2.0).message
    received = _through_pipe(stopped)
    assert isinstance(received, Text) and received == stopped
    assert received.template == stopped.template
    assert received.params["epoch"] == 5 and received.params["step"] == 12
    restored = received.params["restored"]
    assert isinstance(restored, Text) and restored.params == {"epoch": 3, "loss": 0.25}
    assert received.params["rate"].params == {"lr": 2.0}


def test_an_exception_with_a_text_message_crosses_the_pipe(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_text("a,b,label\n1,2,0\n1,x,1\n")
    with pytest.raises(datasets.DatasetError) as caught:
        csv_import.load(path)
    received = _through_pipe(caught.value)
    assert isinstance(received, datasets.DatasetError)
    message = received.args[0]
    assert isinstance(message, Text)
    assert message == "data.csv line 3: column 2 'x' is not a number"
    assert message.params == {"file": "data.csv", "line": 3, "column": 2, "text": "x"}


def test_a_diagnosis_and_its_fix_label_are_text_with_their_numbers() -> None:
    net = Network.build([1, 4, 1], hidden="tanh", output="identity", seed=0)
    X = np.linspace(-1, 1, 20).reshape(-1, 1)
    losses = [1.0, 0.5, 0.4, 0.6, 0.9, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0]
    found = diagnose.diagnose(net, X, np.sin(3 * X), losses, {"optimizer": {"name": "sgd", "lr": 2.0}})
    unstable = next(d for d in found if d.code == "lr_too_large")
    assert unstable.message.startswith("The learning rate 2 is too large: the loss rose to 8, 20.0 × its best (0.4).")
    assert unstable.message.params["lr"] == 2.0
    assert unstable.fix.label == "Use learning rate 0.2 and start again"
    assert unstable.fix.label.template == "Use learning rate {lr:g} and start again"


def test_the_command_line_prints_engine_errors_in_english(tmp_path: Path) -> None:
    path = tmp_path / "net.json"
    path.write_text(json.dumps(BAD_ACTIVATION))
    out, err = text_io.StringIO(), text_io.StringIO()
    assert cli.main(["info", str(path)], stdout=out, stderr=err) == cli.EXIT_ERROR
    assert "net.json: layers[1].activation: unknown activation 'sigmod' (did you mean 'sigmoid'?)" in err.getvalue()


def test_plural_forms_stay_as_the_english_text_had_them(tmp_path: Path) -> None:
    doc = io.NetworkFile(Network.build([2, 1], seed=0)).to_dict()
    doc["layers"][1]["biases"] = []
    with pytest.raises(io.NetworkFileError, match=r"layers\[1\]\.biases: expected 1 value, got 0$"):
        io.from_dict(doc)
    doc["layers"][1]["biases"] = [0.0]
    doc["history"] = {"epoch": [1, 2], "train_loss": [0.5]}
    with pytest.raises(io.NetworkFileError, match="has 1 value but history.epoch has 2"):
        io.from_dict(doc)



def test_a_lesson_goal_names_a_loss_as_the_training_panel_lists_it() -> None:
    from simulator import lessons
    from simulator.recipes import LOSS_LABELS

    lesson = next(lesson for lesson in lessons.load_all() if lesson.key == "09-loss")
    uses = [check for check in lesson.goal.checks(lesson.start()) if check.wanted.startswith("loss is")]
    assert uses
    for check in uses:
        assert check.wanted == "loss is " + LOSS_LABELS["cross_entropy"]       # "loss is Cross-entropy"
        assert check.now.removeprefix("now ") in LOSS_LABELS.values()
