"""Guided lessons: a path through the ideas, each with a start, a goal the app checks and a solution.

    from simulator import lessons
    for lesson in lessons.load_all():             # the shipped lessons, in order
        state = lesson.start()                    # network, dataset, training settings, metrics (empty)
        lesson.goal_met(state)                    # False
        lesson.goal_met(lesson.solve())           # True: the solution's edits, training included
        lesson.checks(state)                      # [Check(met, wanted, now), ...] for the live ✓/✗

Lessons are Markdown files in assets/lessons/ (format: docs/lessons.md, parser: lesson_format,
goals: lesson_goals). Everything here is Qt-free; the app builds a `LessonState` from its document.
A translation, assets/lessons/<language>/<same name>.md, replaces the title, text, hints and solution
text (`load_all(language="ja")`); its start, goal and solution are always the English file's.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from . import assets, classroom, dataspec, io, optimizers
from .history import FIELDS, History
from .lesson_format import TRANSLATION_KEYS, LessonError, LessonText, read
from .lesson_goals import Check, Goal, GoalError, parse_goal
from .network import Network
from .text import Text
from .training import Trainer

LESSONS_DIR = assets.lessons_dir()
SOURCE_LANGUAGE = "en"                      # the lessons' own language; translations sit in sub-folders
SOLUTION_KEYS = ("network", "set", "activations", "inputs", "training", "dataset", "train")
#: Panels a lesson may show (the app's dock names) and controls it may lock.
PANELS = ("inspector", "examples", "inputs", "truth_table", "outputs", "activation", "training", "loss_plot",
          "probability_plot", "boundary_plot")
LOCKS = ("structure", "training")
#: Views a lesson may open: a lab (ui/labs) or a page of the Learn window (ui/learning).
OPENS = ("lab:playground", "lab:derivatives", "lab:activations", "lab:digit_pad", "lab:confusion", "lab:race",
         "learn:step", "learn:check", "learn:loss", "learn:gradients")

__all__ = ["Lesson", "LessonState", "LessonError", "Check", "load_all", "load_dir", "metrics_from_history"]


@dataclass
class LessonState:
    """What a goal looks at: the network, its data, the training settings and the last training's metrics."""

    network: Network
    dataset: str | None                       # the dataset's name, e.g. "gate:xor", or None
    training: dict[str, Any]                  # the network file's "training" settings
    metrics: dict[str, float] = field(default_factory=dict)  # last epoch's train_loss, test_accuracy, ...; {} untrained
    inputs: np.ndarray | None = None          # the values on the input neurons
    data_settings: dict[str, Any] | None = None  # complete dataset settings (dataspec)
    history: History | None = None            # the training record the metrics come from

    def __post_init__(self) -> None:
        if self.inputs is None:
            self.inputs = np.zeros(self.network.n_inputs)
        self._data: tuple[np.ndarray, np.ndarray] | None = None

    def data(self) -> tuple[np.ndarray, np.ndarray]:
        """The training part of the dataset as (X, T) for this network (cached)."""
        if self._data is None:
            settings = self.data_settings or dataspec.complete(None, self.network)
            _, train, _ = dataspec.load_split(settings)
            self._data = (train.X, train.targets(self.network.n_outputs))
        return self._data

    def copy(self) -> "LessonState":
        inputs = None if self.inputs is None else self.inputs.copy()
        return LessonState(self.network.copy(), self.dataset, copy.deepcopy(self.training), dict(self.metrics),
                           inputs, copy.deepcopy(self.data_settings), copy.deepcopy(self.history))

    def __repr__(self) -> str:
        return f"LessonState({self.network!r}, dataset={self.dataset!r}, metrics={self.metrics})"


def metrics_from_history(history: History | None) -> dict[str, float]:
    """The newest epoch's metrics of a training record ({} when nothing was trained)."""
    if history is None or not len(history):
        return {}
    return {name: history.last(name) for name in FIELDS if history.last(name) is not None}


@dataclass
class Lesson:
    """One lesson: its text, start, goal and solution (see the module docstring)."""

    key: str                                  # the file's stem, e.g. "01-and"
    title: str
    text: str                                 # Markdown
    hints: list[str]
    solution_text: str
    goal: Goal
    solution: dict[str, Any]
    show: list[str]
    lock: list[str]
    opens: str | None
    classroom: dict[str, Any] | None
    _start: dict[str, Any] = field(repr=False, default_factory=dict)
    source: str = ""
    language: str = SOURCE_LANGUAGE           # the language of the title and texts

    def start(self) -> LessonState:
        """The state the learner starts from (a fresh copy every call)."""
        spec = self._start
        net = _network(spec["network"], self._text_source, "network")
        loaded = spec.get("_file")
        training = copy.deepcopy(loaded.training if loaded else io.DEFAULT_TRAINING)
        _merge_training(training, spec.get("training") or {})
        dataset = spec.get("dataset", loaded.dataset if loaded else None)
        settings = dataspec.complete(dataset, net) if dataset else None
        inputs = np.asarray(spec["inputs"], dtype=float) if spec.get("inputs") is not None else None
        return LessonState(net, settings["name"] if settings else None, training, {}, inputs, settings)

    def solve(self) -> LessonState:
        """The state the solution produces from the start, training included."""
        return apply_solution(self.start(), self.solution, self._text_source)

    def goal_met(self, state: LessonState) -> bool:
        return all(check.met for check in self.checks(state))

    def checks(self, state: LessonState) -> list[Check]:
        """The goal's parts with ✓/✗ and what is there now, for the live display.

        A state the goal cannot even be measured on (data that no longer fits the network, an
        optimizer setting out of range) fails with the reason instead of raising.
        """
        try:
            return self.goal.checks(state)
        except (ValueError, ArithmeticError) as error:
            reason = error.args[0] if len(error.args) == 1 and isinstance(error.args[0], str) else str(error)
            return [Check(False, Text("the goal can be checked"), Text("not now: {reason}", reason=reason))]

    @property
    def _text_source(self) -> str:
        return self.source or self.key

    def __repr__(self) -> str:
        return f"<lesson {self.key}: {self.title}>"


def apply_solution(state: LessonState, solution: dict[str, Any], source: str = "solution") -> LessonState:
    """`state` changed by a lesson's solution: network, edits, inputs, settings, then training if asked."""
    state = state.copy()
    if "network" in solution:
        state.network = _network(solution["network"], source, "solution.network")
    for name, value in (solution.get("set") or {}).items():
        layer = state.network.layers[int(name[1:]) - 1]
        target = layer.W if name[0] == "W" else layer.b
        target[...] = np.asarray(value, dtype=float)
    for layer, name in zip(state.network.layers, solution.get("activations") or []):
        layer.activation = name
    if solution.get("inputs") is not None:
        state.inputs = np.asarray(solution["inputs"], dtype=float)
    _merge_training(state.training, solution.get("training") or {})
    if solution.get("dataset"):
        state.data_settings = dataspec.complete({**(state.data_settings or {}), **solution["dataset"]}, state.network)
        state.dataset = state.data_settings["name"]
        state._data = None
    state.metrics, state.history = {}, None
    if solution.get("train"):
        train(state)
    return state


def train(state: LessonState) -> None:
    """Train `state.network` in place with its settings for `training["epochs"]` epochs (as the app would)."""
    settings = state.data_settings or dataspec.complete(None, state.network)
    _, train_set, test_set = dataspec.load_split(settings)
    t = state.training
    hyper = {k: v for k, v in t["optimizer"].items() if k != "name"}
    n_out = state.network.n_outputs
    has_test = test_set.n_samples > 0
    trainer = Trainer(state.network, train_set.X, train_set.targets(n_out), loss=t["loss"],
                      optimizer=optimizers.create(t["optimizer"]["name"], **hyper), batch_size=t["batch_size"],
                      seed=t["seed"], X_test=test_set.X if has_test else None,
                      T_test=test_set.targets(n_out) if has_test else None, weight_decay=t.get("weight_decay", 0.0))
    trainer.run(int(t["epochs"]))
    state.history = trainer.history
    state.metrics = metrics_from_history(trainer.history)


def _merge_training(training: dict[str, Any], changes: dict[str, Any]) -> None:
    for key, value in changes.items():
        if key == "optimizer":
            if value.get("name", training["optimizer"]["name"]) != training["optimizer"]["name"]:
                training["optimizer"] = {"name": value["name"], **optimizers.defaults(value["name"])}
            training["optimizer"].update(value)
        else:
            training[key] = copy.deepcopy(value)


def _network(spec: Any, source: str, key: str) -> Network:
    """A network from a lesson: an example file's name ("xor.json") or {"sizes": ..., "activations": ...}."""
    if isinstance(spec, str):
        return _network_file(spec, source, key).network.copy()
    net = Network.build(spec["sizes"], activations=spec.get("activations"), init=spec.get("init", "xavier"),
                        seed=spec.get("seed", 0))
    for name, value in (spec.get("set") or {}).items():
        layer = net.layers[int(name[1:]) - 1]
        (layer.W if name[0] == "W" else layer.b)[...] = np.asarray(value, dtype=float)
    return net


def _network_file(name: str, source: str, key: str) -> io.NetworkFile:
    for folder in (LESSONS_DIR, io.EXAMPLES_DIR):
        if (folder / name).is_file():
            try:
                return io.load(folder / name)
            except io.NetworkFileError as error:
                raise LessonError(source, str(error), key=key) from None
    raise LessonError(source, f"no network file {name!r} in assets/lessons or assets/examples", key=key)


# -- loading -----------------------------------------------------------------------------------------

def load(path: Path, language: str = SOURCE_LANGUAGE) -> Lesson:
    """Read and check one lesson file (raises LessonError naming the file and the line or key).

    In another language, its translation's texts when there is one (a broken one raises too).
    """
    lesson = _build(read(path), path.stem)
    return translated(lesson, path, language)


def translation_path(path: Path, language: str) -> Path:
    """Where the `language` version of the lesson file at `path` lives (it may not exist)."""
    if not re.fullmatch(r"[a-z]{2,3}", language):
        raise ValueError(f"a language is a code such as 'ja' or 'fr', not {language!r}")
    return path.parent / language / path.name


def translated(lesson: Lesson, path: Path, language: str) -> Lesson:
    """`lesson` (read from `path`) with the texts of its `language` version; itself when there is none."""
    other = translation_path(path, language)
    if language == SOURCE_LANGUAGE or not other.is_file():
        return lesson
    parsed = read(other, TRANSLATION_KEYS)
    if not isinstance(parsed.header["title"], str):
        raise parsed.fail("title", "the title is plain text")
    if len(parsed.hints) != len(lesson.hints):    # hints are revealed one by one: keep the same steps
        raise parsed.fail("", f"{len(parsed.hints)} hints where the English lesson has {len(lesson.hints)}")
    if bool(parsed.solution_text) != bool(lesson.solution_text):
        raise parsed.fail("", "the '## Solution' section must be there exactly when the English lesson has one")
    return replace(lesson, title=parsed.header["title"], text=parsed.text, hints=parsed.hints,
                   solution_text=parsed.solution_text, language=language)


def _build(parsed: LessonText, key: str) -> Lesson:
    h = parsed.header
    if not isinstance(h["title"], str):
        raise parsed.fail("title", "the title is plain text")
    try:
        goal = parse_goal(h["goal"])
    except GoalError as error:
        raise parsed.fail(error.where, error.problem) from None
    start = {"network": h["network"], "training": h.get("training"), "inputs": h.get("inputs")}
    if isinstance(h["network"], str):
        start["_file"] = _network_file(h["network"], parsed.source, "network")
    elif not isinstance(h["network"], dict) or not isinstance(h["network"].get("sizes"), list):
        raise parsed.fail("network", 'expected an example file name or {"sizes": [...], "activations": [...]}')
    if "dataset" in h:
        named = isinstance(h["dataset"], dict) and isinstance(h["dataset"].get("name"), str)
        if h["dataset"] is not None and not named:
            raise parsed.fail("dataset", 'expected {"name": ...} (dataset settings) or null')
        start["dataset"] = h["dataset"]
    _check_names(parsed, "show", PANELS)
    _check_names(parsed, "lock", LOCKS)
    if h.get("opens") is not None and h["opens"] not in OPENS:
        raise parsed.fail("opens", f"unknown view {h['opens']!r} (known: {', '.join(OPENS)})")
    solution = h["solution"]
    if not isinstance(solution, dict) or not solution:
        raise parsed.fail("solution", "expected an object of edits, e.g. {\"set\": {\"b1\": [-0.7]}}")
    for name in solution:
        if name not in SOLUTION_KEYS:
            raise parsed.fail(f"solution.{name}", f"unknown key (known: {', '.join(SOLUTION_KEYS)})")
    if not parsed.hints:
        raise parsed.fail("", "a lesson needs at least one hint under '## Hints'")
    try:
        room = classroom.validate(h.get("classroom"), "classroom")
    except ValueError as error:
        raise parsed.fail("classroom", str(error)) from None
    lesson = Lesson(key, h["title"], parsed.text, parsed.hints, parsed.solution_text, goal, solution,
                    list(h.get("show") or []), list(h.get("lock") or []), h.get("opens"), room, start,
                    parsed.source)
    # A start or a solution that cannot even be built is the file's fault: say so now, not mid-lesson.
    for key, attempt in (("network", lesson.start), ("solution", lambda: _dry_run(lesson))):
        try:
            attempt()
        except LessonError:
            raise
        except (ValueError, KeyError, IndexError, TypeError) as error:
            raise parsed.fail(key, f"cannot be {'built' if key == 'network' else 'applied'}: {error}") from None
    return lesson


def _dry_run(lesson: Lesson) -> None:
    """Apply the solution without training: catches misspelt layers and wrong shapes at load time."""
    apply_solution(lesson.start(), {k: v for k, v in lesson.solution.items() if k != "train"}, lesson.source)


def _check_names(parsed: LessonText, key: str, known: tuple[str, ...]) -> None:
    value = parsed.header.get(key)
    if value is None:
        return
    if not isinstance(value, list):
        raise parsed.fail(key, f"expected a list such as [\"{known[0]}\"]")
    for i, name in enumerate(value):
        if name not in known:
            raise parsed.fail(f"{key}[{i}]", f"unknown name {name!r} (known: {', '.join(known)})")


def load_dir(folder: Path = LESSONS_DIR,
             language: str = SOURCE_LANGUAGE) -> tuple[list[Lesson], list[LessonError]]:
    """Every lesson in `folder` in file-name order, and the error of each that could not be read.

    In another language, each lesson's translation where there is one, else the English lesson; a
    broken translation is reported in the errors and its lesson is kept in English.
    """
    lessons, errors = [], []
    for path in sorted(folder.glob("*.md")):
        if path.name.lower() == "readme.md":
            continue
        try:
            lesson = load(path)
        except LessonError as error:
            errors.append(error)
            continue
        try:
            lesson = translated(lesson, path, language)
        except LessonError as error:
            errors.append(error)
        lessons.append(lesson)
    return lessons, errors


def load_all(folder: Path = LESSONS_DIR, language: str = SOURCE_LANGUAGE) -> list[Lesson]:
    """The shipped lessons in order, in `language` where translated (raises LessonError for the first
    malformed lesson or translation)."""
    lessons, errors = load_dir(folder, language)
    if errors:
        raise errors[0]
    return lessons
