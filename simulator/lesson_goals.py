"""Lesson goals: conditions on a lesson state the app checks live, each able to say what is missing.

A goal is written in a lesson's header as a one-key JSON object (see docs/lessons.md):

    {"gate": "and"}                                      the truth table of output y1 is AND's
    {"output": {"value": 0.3168, "tolerance": 0.001}}    y1 for the current inputs (or "inputs": [...])
    {"test_accuracy": 0.9}                               after training, test accuracy ≥ 0.9
    {"test_accuracy": {"at_least": 0.95, "epochs_at_most": 100}}
    {"loss": {"at_most": 0.05, "hidden_at_most": 3}}     after training, loss ≤ 0.05 with ≤ 3 hidden neurons
    {"gradient_check": 1e-4}                             backprop agrees with central differences
    {"path": {"surface": "textbook", "start": [-7, 2], "target": [0, 0], "within": 0.1, "steps": 30}}
    {"uses": {"loss": "cross_entropy", "output": "softmax"}}
    {"all": [goal, ...]}, {"any": [goal, ...]}

Goals only read the state: metrics come from the training that produced it, never from retraining.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

import numpy as np

from . import datasets, logic, optimizers, surfaces
from .backprop_check import check_gradients
from .gradcheck import gradient_descent
from .recipes import LOSS_LABELS
from .text import Text

if TYPE_CHECKING:
    from .lessons import LessonState   # lessons imports this module: for annotations only


class GoalError(ValueError):
    """A goal written wrongly; `where` is the place inside the goal, e.g. "goal.all[1].path.steps"."""

    def __init__(self, where: str, problem: str):
        super().__init__(f"{where}: {problem}")
        self.where, self.problem = where, problem


@dataclass(frozen=True)
class Check:
    """One line of the live goal display: what is asked, whether it holds, and what is there now."""

    met: bool
    wanted: Text
    now: Text | str = ""

    def __str__(self) -> str:
        return f"{'✓' if self.met else '✗'} {self.wanted}" + (f" — {self.now}" if self.now and not self.met else "")


_TRAIN_FIRST = Text("train first (press Play)")


def _one_of(wanted: list[Text]) -> Text:
    """"one of: a; or b; or c", translatable piece by piece."""
    choices = wanted[0]
    for more in wanted[1:]:
        choices = Text("{choices}; or {more}", choices=choices, more=more)
    return Text("one of: {choices}", choices=choices)


def _num(value: float) -> str:
    return f"{value:.4g}"


def _point(p: Iterable[float]) -> str:
    return "(" + ", ".join(_num(float(v)) for v in p) + ")"


class Goal:
    def checks(self, state: LessonState) -> list[Check]:
        raise NotImplementedError

    def met(self, state: LessonState) -> bool:
        return all(check.met for check in self.checks(state))


@dataclass(frozen=True)
class Gate(Goal):
    gate: str
    output: int = 0

    def checks(self, state: LessonState) -> list[Check]:
        net = state.network
        wanted = Text("output y{output} computes {gate}", output=self.output + 1, gate=self.gate.upper())
        if not logic.MIN_GATE_INPUTS <= net.n_inputs <= logic.MAX_GATE_INPUTS or self.output >= net.n_outputs:
            return [Check(False, wanted, Text("the network has {inputs} inputs and {outputs} outputs",
                                              inputs=net.n_inputs, outputs=net.n_outputs))]
        outputs = np.asarray(net.forward(logic.binary_rows(net.n_inputs)))[:, self.output]
        found = logic.gate_of_outputs(outputs)
        now = Text("it computes {gate}", gate=found.upper()) if found else Text("it matches no standard gate yet")
        return [Check(found == self.gate, wanted, now)]


@dataclass(frozen=True)
class Output(Goal):
    value: float
    tolerance: float
    index: int = 0
    inputs: tuple[float, ...] | None = None       # None: the network's current inputs

    def checks(self, state: LessonState) -> list[Check]:
        x = np.asarray(self.inputs if self.inputs is not None else state.inputs, dtype=float)
        wanted = (Text("y{index} = {value} ± {tolerance} for x = {x}", index=self.index + 1, value=_num(self.value),
                       tolerance=_num(self.tolerance), x=_point(x)) if self.inputs is not None else
                  Text("y{index} = {value} ± {tolerance}", index=self.index + 1, value=_num(self.value),
                       tolerance=_num(self.tolerance)))
        if x.shape != (state.network.n_inputs,) or self.index >= state.network.n_outputs:
            return [Check(False, wanted, Text("the network's shape does not fit"))]
        with np.errstate(all="ignore"):
            y = float(np.asarray(state.network.forward(x)).ravel()[self.index])
        return [Check(bool(abs(y - self.value) <= self.tolerance), wanted,
                      Text("now y{index} = {value}", index=self.index + 1, value=_num(y)))]


def _metric(state: LessonState, name: str) -> float | None:
    value = state.metrics.get(name)
    return None if value is None or not np.isfinite(value) else float(value)


@dataclass(frozen=True)
class TestAccuracy(Goal):
    at_least: float
    epochs_at_most: int | None = None

    def checks(self, state: LessonState) -> list[Check]:
        wanted = Text("test accuracy ≥ {share:.0%}", share=self.at_least)
        value = _metric(state, "test_accuracy")
        found = [Check(False, wanted, _TRAIN_FIRST) if value is None
                 else Check(value >= self.at_least, wanted, Text("now {share:.1%}", share=value))]
        if self.epochs_at_most is not None:
            epochs = int(state.metrics.get("epoch") or 0)
            found.append(Check(0 < epochs <= self.epochs_at_most,
                               Text("in at most {epochs} epochs", epochs=self.epochs_at_most),
                               Text("{epochs} epochs so far", epochs=epochs) if epochs else _TRAIN_FIRST))
        return found


@dataclass(frozen=True)
class Loss(Goal):
    at_most: float
    hidden_at_most: int | None = None

    def checks(self, state: LessonState) -> list[Check]:
        value = _metric(state, "train_loss")
        wanted = Text("training loss ≤ {loss}", loss=_num(self.at_most))
        found = [Check(False, wanted, _TRAIN_FIRST) if value is None
                 else Check(value <= self.at_most, wanted, Text("now {value}", value=_num(value)))]
        if self.hidden_at_most is not None:
            hidden = sum(state.network.sizes[1:-1])
            found.append(Check(hidden <= self.hidden_at_most,
                               Text("at most {count} hidden neurons", count=self.hidden_at_most),
                               Text("now {value}", value=hidden)))
        return found


@dataclass(frozen=True)
class GradientCheck(Goal):
    at_most: float
    samples: int = 8

    def checks(self, state: LessonState) -> list[Check]:
        wanted = Text("gradient check: backprop and central differences agree within {limit:g}", limit=self.at_most)
        X, T = state.data()
        result = check_gradients(state.network, X[:self.samples], T[:self.samples], loss=state.training["loss"])
        if not any(np.any(g != 0) for pair in result.backprop for g in pair):
            return [Check(False, wanted, Text("every gradient is 0, so there is nothing to compare (step units?)"))]
        return [Check(result.max_error <= self.at_most, wanted,
                      Text("largest relative error {error:.1e}", error=result.max_error))]


@dataclass(frozen=True)
class OptimizerPath(Goal):
    surface: str
    start: tuple[float, float]
    target: tuple[float, float]
    within: float
    steps: int
    method: str = "optimizer"     # "optimizer": the training settings' optimizer; "numerical": textbook SGD

    def path(self, training: dict[str, Any]) -> np.ndarray:
        settings = dict(training["optimizer"])
        name = settings.pop("name")
        surface = surfaces.get(self.surface)
        if self.method == "numerical":
            with np.errstate(all="ignore"):
                return gradient_descent(lambda p: float(surface(p[0], p[1])), np.array(self.start, dtype=float),
                                        lr=float(settings["lr"]), step_num=self.steps)
        return surfaces.descend(self.surface, optimizers.create(name, **settings), self.start, self.steps)

    def checks(self, state: LessonState) -> list[Check]:
        places = dict(start=_point(self.start), within=_num(self.within), target=_point(self.target),
                      steps=self.steps, formula=surfaces.get(self.surface).formula)
        wanted = (Text("gradient descent gets from {start} to within {within} of {target} in {steps} steps on "
                       "{formula}", **places) if self.method == "numerical" else
                  Text("the optimizer gets from {start} to within {within} of {target} in {steps} steps on "
                       "{formula}", **places))
        path = self.path(state.training)
        with np.errstate(all="ignore"):
            distance = np.linalg.norm(path - np.asarray(self.target), axis=1)
        if np.any(distance <= self.within):
            return [Check(True, wanted, "")]
        broke = surfaces.diverged_at(path)
        if broke is not None or not np.isfinite(distance[-1]):
            return [Check(False, wanted, Text("it blew up (step {step}): the learning rate is too big",
                                              step=broke or self.steps))]
        if distance[-1] > distance[0]:
            return [Check(False, wanted, Text("it ran away, to {distance} from the target: the learning rate is too "
                                              "big", distance=_num(float(distance[-1]))))]
        return [Check(False, wanted, Text("after {steps} steps it is still {distance} away", steps=self.steps,
                                          distance=_num(float(distance[-1]))))]


USES_KEYS = ("loss", "optimizer", "output", "hidden")


@dataclass(frozen=True)
class Uses(Goal):
    settings: tuple[tuple[str, str], ...]

    def checks(self, state: LessonState) -> list[Check]:
        acts = [layer.activation for layer in state.network.layers]
        now = {"loss": state.training["loss"], "optimizer": state.training["optimizer"]["name"],
               "output": acts[-1], "hidden": "/".join(sorted(set(acts[:-1]))) or "none"}
        return [Check(now[key] == value, _uses_text(key, _shown(key, value)),
                      Text("now {value}", value=_shown(key, now[key])))
                for key, value in self.settings]


def _shown(key: str, value: str) -> str:
    """A loss by the name the Training panel lists (Cross-entropy), not its id (cross_entropy)."""
    return LOSS_LABELS.get(value, value) if key == "loss" else value


def _uses_text(key: str, value: str) -> Text:
    if key == "loss":
        return Text("loss is {value}", value=value)
    if key == "optimizer":
        return Text("optimizer is {value}", value=value)
    if key == "output":
        return Text("output activation is {value}", value=value)
    return Text("hidden activation is {value}", value=value)


@dataclass(frozen=True)
class Combined(Goal):
    mode: str                  # "all" or "any"
    parts: tuple[Goal, ...]

    def checks(self, state: LessonState) -> list[Check]:
        found = [check for part in self.parts for check in part.checks(state)]
        if self.mode == "all":
            return found
        return [Check(any(part.met(state) for part in self.parts), _one_of([c.wanted for c in found]),
                      Text("none holds yet"))]

    def met(self, state: LessonState) -> bool:
        test = all if self.mode == "all" else any
        return test(part.met(state) for part in self.parts)


# -- parsing ---------------------------------------------------------------------------------------

def _number(value: Any, where: str, low: float | None = None) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not np.isfinite(value):
        raise GoalError(where, f"expected a number, got {value!r}")
    if low is not None and value < low:
        raise GoalError(where, f"must be at least {low:g}, got {value!r}")
    return float(value)


def _count(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise GoalError(where, f"expected a whole number ≥ 0, got {value!r}")
    return value


def _pair(value: Any, where: str) -> tuple[float, float]:
    if not isinstance(value, list) or len(value) != 2:
        raise GoalError(where, f"expected two numbers [x, y], got {value!r}")
    return _number(value[0], f"{where}[0]"), _number(value[1], f"{where}[1]")


def _fields(value: Any, where: str, required: tuple[str, ...], optional: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise GoalError(where, f"expected an object with {', '.join(required)}, got {value!r}")
    for key in value:
        if key not in required + optional:
            raise GoalError(f"{where}.{key}", f"unknown key (known: {', '.join(required + optional)})")
    for key in required:
        if key not in value:
            raise GoalError(where, f"'{key}' is missing")
    return value


def _gate(v: Any, w: str) -> Gate:
    if not isinstance(v, (str, dict)):
        raise GoalError(w, f"expected a gate name ({', '.join(datasets.GATES)}), got {v!r}")
    if isinstance(v, str):
        v = {"gate": v}
    f = _fields(v, w, ("gate",), ("output",))
    if f["gate"] not in datasets.GATES:
        raise GoalError(f"{w}.gate", f"unknown gate {f['gate']!r}; choose one of {', '.join(datasets.GATES)}")
    return Gate(f["gate"], _count(f.get("output", 0), f"{w}.output"))


def _output(v: Any, w: str) -> Output:
    f = _fields(v, w, ("value", "tolerance"), ("index", "inputs"))
    inputs = f.get("inputs")
    if inputs is not None:
        if not isinstance(inputs, list) or not inputs:
            raise GoalError(f"{w}.inputs", f"expected a list of numbers, got {inputs!r}")
        inputs = tuple(_number(x, f"{w}.inputs[{i}]") for i, x in enumerate(inputs))
    return Output(_number(f["value"], f"{w}.value"), _number(f["tolerance"], f"{w}.tolerance", 0.0),
                  _count(f.get("index", 0), f"{w}.index"), inputs)


def _path(v: Any, w: str) -> OptimizerPath:
    f = _fields(v, w, ("surface", "start", "target", "within", "steps"), ("method",))
    if f["surface"] not in surfaces.names():
        raise GoalError(f"{w}.surface",
                        f"unknown surface {f['surface']!r}; choose one of {', '.join(surfaces.names())}")
    method = f.get("method", "optimizer")
    if method not in ("optimizer", "numerical"):
        raise GoalError(f"{w}.method", f"expected \"optimizer\" or \"numerical\", got {method!r}")
    return OptimizerPath(f["surface"], _pair(f["start"], f"{w}.start"), _pair(f["target"], f"{w}.target"),
                _number(f["within"], f"{w}.within", 0.0), _count(f["steps"], f"{w}.steps"), method)


def _uses(v: Any, w: str) -> Uses:
    f = _fields(v, w, (), USES_KEYS)
    if not f:
        raise GoalError(w, "name at least one of " + ", ".join(USES_KEYS))
    for key, value in f.items():
        if not isinstance(value, str):
            raise GoalError(f"{w}.{key}", f"expected a name, got {value!r}")
    return Uses(tuple(f.items()))


def _loss(v: Any, w: str) -> Loss:
    f = _fields(v, w, ("at_most",), ("hidden_at_most",))
    hidden = f.get("hidden_at_most")
    return Loss(_number(f["at_most"], f"{w}.at_most"),
                None if hidden is None else _count(hidden, f"{w}.hidden_at_most"))


def _combined(mode: str) -> Callable[[Any, str], Goal]:
    def make(v: Any, w: str) -> Combined:
        if not isinstance(v, list) or not v:
            raise GoalError(w, f"expected a list of goals, got {v!r}")
        return Combined(mode, tuple(parse_goal(part, f"{w}[{i}]") for i, part in enumerate(v)))
    return make


def _accuracy(v: Any, w: str) -> TestAccuracy:
    if isinstance(v, dict):
        f = _fields(v, w, ("at_least",), ("epochs_at_most",))
        epochs = f.get("epochs_at_most")
        return TestAccuracy(_number(f["at_least"], f"{w}.at_least", 0.0),
                            None if epochs is None else _count(epochs, f"{w}.epochs_at_most"))
    return TestAccuracy(_number(v, w, 0.0))


def _grad(v: Any, w: str) -> GradientCheck:
    if isinstance(v, dict):
        f = _fields(v, w, ("at_most",), ("samples",))
        return GradientCheck(_number(f["at_most"], f"{w}.at_most", 0.0), max(1, _count(f.get("samples", 8), w)))
    return GradientCheck(_number(v, w, 0.0))


_KINDS: dict[str, Callable[[Any, str], Goal]] = {
    "gate": _gate, "output": _output,
    "test_accuracy": _accuracy,
    "loss": _loss, "gradient_check": _grad, "path": _path, "uses": _uses,
    "all": _combined("all"), "any": _combined("any"),
}


def parse_goal(value: Any, where: str = "goal") -> Goal:
    """The Goal a lesson's header describes (raises GoalError naming the place)."""
    if not isinstance(value, dict) or len(value) != 1:
        raise GoalError(where, f"a goal is an object with one key, one of {', '.join(_KINDS)}; got {value!r}")
    (kind, body), = value.items()
    if kind not in _KINDS:
        raise GoalError(f"{where}.{kind}", f"unknown kind of goal (known: {', '.join(_KINDS)})")
    return _KINDS[kind](body, f"{where}.{kind}")
