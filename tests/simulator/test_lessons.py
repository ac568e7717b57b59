"""Lessons: every shipped lesson's start fails its goal and its solution passes; goals and the file format."""
from __future__ import annotations

import json
import math

import numpy as np
import pytest

from simulator import Network, lessons
from simulator.lesson_format import LessonError, parse
from simulator.lesson_goals import GoalError, parse_goal

SHIPPED = lessons.load_all()


def test_at_least_the_twelve_lessons_of_the_issue_ship_in_order():
    assert len(SHIPPED) >= 12
    keys = [lesson.key for lesson in SHIPPED]
    assert keys == sorted(keys)
    assert len({lesson.title for lesson in SHIPPED}) == len(SHIPPED)
    assert all(lesson.hints and lesson.text for lesson in SHIPPED)


@pytest.mark.parametrize("lesson", SHIPPED, ids=lambda lesson: lesson.key)
def test_start_fails_and_solution_passes(lesson):
    start = lesson.start()
    assert start.metrics == {}
    assert not lesson.goal_met(start)
    assert any(not check.met for check in lesson.checks(start))
    solved = lesson.solve()
    assert lesson.goal_met(solved), [str(c) for c in lesson.checks(solved)]
    assert all(check.met for check in lesson.checks(solved))


def _lesson(key: str) -> lessons.Lesson:
    return next(lesson for lesson in SHIPPED if lesson.key.endswith(key))


def test_wrong_actions_do_not_reach_the_goal():
    # Training the spiral with the full batch it starts with: 50 epochs are 50 steps, not enough.
    spiral = _lesson("minibatch")
    trained = lessons.apply_solution(spiral.start(), {"train": True})
    assert 0 < trained.metrics["test_accuracy"] < 0.95 and not spiral.goal_met(trained)
    # Adam at the textbook's lr circles the minimum of x²/20 + y² instead of reaching it in 30 steps.
    paths = _lesson("optimizers")
    adam = lessons.apply_solution(paths.start(), {"training": {"optimizer": {"name": "adam", "lr": 0.3}}})
    assert not paths.goal_met(adam)
    # A learning rate that barely moves is as wrong as one that explodes.
    descent = _lesson("numerical-gradient")
    tiny = lessons.apply_solution(descent.start(), {"training": {"optimizer": {"name": "sgd", "lr": 1e-10}}})
    assert not descent.goal_met(tiny)
    assert "still" in str(descent.checks(tiny)[0])
    # OR is not AND; AND is not NAND.
    gate = _lesson("and")
    orr = lessons.apply_solution(gate.start(), {"set": {"W1": [[0.5], [0.5]], "b1": [-0.2]}})
    assert "it computes OR" in str(gate.checks(orr)[0])
    # Too many hidden neurons break "loss ≤ x with at most N hidden neurons" even when the loss is fine.
    smooth = _lesson("activations")
    big = smooth.solve()
    big.network = Network.build([2, 5, 1], activations=["tanh", "sigmoid"])
    assert not smooth.goal_met(big)


def test_forward_lesson_agrees_with_the_textbook_by_hand():
    # Independent oracle: the book's chapter 3 computation written out with NumPy.
    sigmoid = lambda a: 1 / (1 + np.exp(-a))  # noqa: E731
    X = np.array([1.0, 0.5])
    W1, B1 = np.array([[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]]), np.array([0.1, 0.2, 0.3])
    W2, B2 = np.array([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]), np.array([0.1, 0.2])
    W3, B3 = np.array([[0.1, 0.3], [0.2, 0.4]]), np.array([0.1, 0.2])
    Y = sigmoid(sigmoid(X @ W1 + B1) @ W2 + B2) @ W3 + B3
    np.testing.assert_allclose(Y, [0.31682708, 0.69627909], rtol=1e-6)
    solved = _lesson("forward").solve()
    np.testing.assert_allclose(solved.network.forward(solved.inputs), Y, rtol=1e-12)


def test_softmax_lesson_solution_is_the_hand_computed_score():
    solved = _lesson("softmax").solve()
    x = solved.inputs
    assert math.isclose(math.exp(x[0]) / sum(math.exp(v) for v in x), solved.network.forward(x)[0], rel_tol=1e-9)
    # The overflow trick: scores of 1010, 1000, 990 still give finite probabilities summing to 1.
    y = solved.network.forward(np.array([1010.0, 1000.0, 990.0]))
    assert np.all(np.isfinite(y)) and math.isclose(y.sum(), 1.0)


def _state(net=None, **kw):
    net = net or Network.build([2, 1], activations=["step"], init="zeros")
    training = {"loss": "mse", "optimizer": {"name": "sgd", "lr": 0.1}}
    return lessons.LessonState(net, kw.pop("dataset", None), kw.pop("training", training), **kw)


def test_goals_read_metrics_and_settings_without_training():
    accuracy = parse_goal({"test_accuracy": {"at_least": 0.9, "epochs_at_most": 10}})
    assert not accuracy.met(_state())
    assert accuracy.met(_state(metrics={"test_accuracy": 0.93, "epoch": 8}))
    assert not accuracy.met(_state(metrics={"test_accuracy": 0.93, "epoch": 11}))
    assert not accuracy.met(_state(metrics={"test_accuracy": float("nan"), "epoch": 8}))
    either = parse_goal({"any": [{"gate": "or"}, {"uses": {"loss": "mse"}}]})
    assert either.met(_state())
    both = parse_goal({"all": [{"gate": "or"}, {"uses": {"loss": "mse"}}]})
    assert not both.met(_state())


def test_path_goal_follows_the_textbook_numerical_descent():
    # Textbook: gradient_descent(function_2, init_x=(-3, 4), lr=0.1, step_num=100) ends near (0, 0).
    goal = parse_goal({"path": {"surface": "bowl", "start": [-3, 4], "target": [0, 0], "within": 1e-3,
                                "steps": 100, "method": "numerical"}})
    assert goal.met(_state(training={"loss": "mse", "optimizer": {"name": "sgd", "lr": 0.1}}))
    assert not goal.met(_state(training={"loss": "mse", "optimizer": {"name": "sgd", "lr": 10.0}}))


@pytest.mark.parametrize("goal, where", [
    ({"gate": "xnor"}, "goal.gate.gate"),
    ({"colour": 1}, "goal.colour"),
    ({"all": [{"gate": "and"}, {"path": {"surface": "bowl", "start": [0, 0], "target": [0, 0], "within": 1,
                                         "steps": -1}}]}, "goal.all[1].path.steps"),
    ({"output": {"value": 1}}, "goal.output"),
    ({"loss": {"at_most": 0.1, "hiden_at_most": 3}}, "goal.loss.hiden_at_most"),
])
def test_bad_goals_name_the_place(goal, where):
    with pytest.raises(GoalError) as caught:
        parse_goal(goal)
    assert caught.value.where == where


GOOD = """---
title: T
network: {"sizes": [2, 1], "activations": ["step"]}
goal: {"gate": "and"}
solution: {"set": {"b1": [-0.7], "W1": [[0.5], [0.5]]}}
---
Text.

## Hints
- one
  continued
- two
"""


def test_format_reads_header_text_hints_and_solution(tmp_path):
    parsed = parse(GOOD, "t.md")
    assert parsed.header["goal"] == {"gate": "and"} and parsed.text == "Text."
    assert parsed.hints == ["one continued", "two"]
    (tmp_path / "01-t.md").write_text(GOOD, encoding="utf-8")
    lesson, = lessons.load_all(tmp_path)
    assert lesson.goal_met(lesson.solve()) and not lesson.goal_met(lesson.start())


@pytest.mark.parametrize("change, expected", [
    (lambda s: s.replace("---\nText", "Text"), "t.md, line 1: the header opened here is never closed"),
    (lambda s: s.replace("title: T", "titel: T"), "t.md, line 2 (titel): unknown header key"),
    (lambda s: s.replace('{"gate": "and"}', '{"gate": "and"'), "t.md, line 4 (goal): not valid JSON"),
    (lambda s: s.replace('{"gate": "and"}', '{"gate": "nor_"}'), "t.md, line 4 (goal.gate.gate): unknown gate"),
    (lambda s: s.replace("- two", "two"), "t.md, line 12: each hint is a line starting with '- '"),
    (lambda s: s.replace('"b1"', '"b3"'), "t.md, line 5 (solution): cannot be applied"),
    (lambda s: s.replace('goal: {"gate": "and"}\n', ""), "t.md (goal): the header has no 'goal:' line"),
])
def test_malformed_lessons_name_file_and_line(tmp_path, change, expected):
    (tmp_path / "t.md").write_text(change(GOOD), encoding="utf-8")
    (tmp_path / "u.md").write_text(GOOD, encoding="utf-8")
    loaded, errors = lessons.load_dir(tmp_path)
    assert [lesson.key for lesson in loaded] == ["u"]          # the good one still loads
    assert len(errors) == 1 and str(errors[0]).startswith(expected), str(errors[0])
    with pytest.raises(LessonError):
        lessons.load_all(tmp_path)


def test_metrics_come_from_the_training_history():
    from simulator.history import History
    history = History()
    history.append(1, 0.5, 0.6, 0.7, 0.8)
    history.append(2, 0.4, 0.5, 0.75, 0.85)
    assert lessons.metrics_from_history(history) == {"epoch": 2, "train_loss": 0.4, "test_loss": 0.5,
                                                     "train_accuracy": 0.75, "test_accuracy": 0.85}
    assert lessons.metrics_from_history(None) == {}


def test_classroom_settings_are_checked_in_network_files_and_round_trip(tmp_path):
    from simulator import classroom, io
    net = Network.build([2, 1], activations=["sigmoid"])
    path = tmp_path / "room.json"
    io.save(path, net, layout={"classroom": {"scale": 2, "hide": ["examples", "toolbar"]}})
    assert io.load(path).layout["classroom"] == {"scale": 2.0, "line_width": 2.0, "hide": ["examples", "toolbar"]}
    for bad, where in (({"scale": 9}, "layout.classroom.scale"), ({"hide": ["menus"]}, "layout.classroom.hide"),
                       ({"size": 2}, "layout.classroom.size"), ("big", "layout.classroom")):
        text = path.read_text(encoding="utf-8").replace('"scale": 2.0', '"scale": 2')
        data = json.loads(text)
        data["layout"]["classroom"] = bad
        path.write_text(json.dumps(data), encoding="utf-8")
        with pytest.raises(io.NetworkFileError, match=where.replace(".", r"\.")):
            io.load(path)
        with pytest.raises(io.NetworkFileError, match=where.replace(".", r"\.")):    # nor saved
            io.save(tmp_path / "other.json", net, layout={"classroom": bad})
    assert classroom.validate(None) is None


def test_a_start_network_that_cannot_be_built_names_the_network_line(tmp_path):
    (tmp_path / "t.md").write_text(GOOD.replace('"activations": ["step"]', '"activations": ["stepp"]'),
                                   encoding="utf-8")
    _, (error,) = lessons.load_dir(tmp_path)
    assert str(error).startswith("t.md, line 3 (network): cannot be built")


def test_a_lesson_saved_by_a_windows_editor_reads_the_same(tmp_path):
    (tmp_path / "t.md").write_bytes(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode("utf-8"))
    lesson, = lessons.load_all(tmp_path)
    assert lesson.hints == ["one continued", "two"] and lesson.title == "T"


def test_a_state_the_goal_cannot_be_measured_on_fails_with_the_reason():
    backprop = _lesson("backprop")
    state = backprop.start()
    state.network = Network.build([2, 3, 3], activations=["tanh", "softmax"])   # 3 outputs, 2 classes
    state._data = None
    check, = backprop.checks(state)
    assert not check.met and "not now" in check.now and not backprop.goal_met(state)
