"""The running lesson: starts it in the document, checks its goal live, applies "Show me", remembers progress.

The goal is evaluated by the engine (`simulator.lessons`) on a `LessonState` read from the document:
the network as it is, the training settings, and the metrics of the last training recorded in the
document's history — never by training again. Evaluation is coalesced to once per event-loop turn,
so a slider drag or a stream of training snapshots costs one check per repaint at most.
"""
from __future__ import annotations

import copy

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDockWidget

from simulator import dataspec
from simulator.lessons import Check, Lesson, LessonState, load_dir, metrics_from_history

from ..i18n import current_language, translate

SETTINGS_DONE, SETTINGS_CURRENT = "lessons/completed", "lessons/current"
STRUCTURE_ACTIONS = ("add_layer_action", "remove_layer_action", "add_neuron_action", "remove_neuron_action",
                     "inputs_action", "outputs_action")


class SetSettingsCommand(QUndoCommand):
    """Training and dataset settings as an undo step (so "Show me" undoes as a whole)."""

    def __init__(self, document, after: dict, text: str):
        super().__init__(text)
        self.document = document
        self.before = {"training": copy.deepcopy(document.meta.training),
                       "dataset": copy.deepcopy(document.meta.dataset)}
        self.after = after

    def redo(self) -> None:
        self.document.update_metadata(**self.after)

    def undo(self) -> None:
        self.document.update_metadata(**self.before)


class Progress:
    """Which lessons a learner finished, kept in QSettings between runs."""

    def __init__(self):
        self.done: list[str] = list(QSettings().value(SETTINGS_DONE, [], list))

    def complete(self, key: str) -> None:
        if key not in self.done:
            self.done.append(key)
            QSettings().setValue(SETTINGS_DONE, self.done)

    def reset(self) -> None:
        self.done = []
        QSettings().setValue(SETTINGS_DONE, [])


class LessonController(QObject):
    lesson_changed = Signal(int)          # a lesson was started (its index)
    checked = Signal(bool, list)          # goal met?, [Check, ...] after every evaluation
    completed = Signal(str)               # a lesson's goal was reached for the first time (its key)
    progress_changed = Signal()

    def __init__(self, window, lessons: list[Lesson] | None = None, errors: list | None = None):
        super().__init__(window)
        self.window, self.document = window, window.document
        self.session = getattr(window, "training", None)
        if lessons is None:
            lessons, errors = load_dir(language=current_language())
        self.lessons, self.errors = lessons, list(errors or [])     # LessonErrors, shown through engine_text
        self.progress = Progress()
        self.index: int | None = None
        self._locks: list[str] = []
        self.met = False
        self.last_checks: list[Check] = []
        self.shown_solution = False
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.evaluate)
        for signal in (self.document.values_changed, self.document.structure_changed,
                       self.document.metadata_changed):
            signal.connect(self.schedule)
        # Locks are re-applied after the window's own enabling logic has run.
        self.document.structure_changed.connect(self._apply_locks)
        window.selection.changed.connect(lambda _ref: self._apply_locks())
        if self.session is not None:
            self.session.run_ended.connect(lambda _reason: self.schedule())
            self.session.state_changed.connect(lambda _state: self._apply_locks())
            self.session.readiness_changed.connect(self._apply_locks)

    # -- reading ----------------------------------------------------------------------------
    @property
    def lesson(self) -> Lesson | None:
        return None if self.index is None else self.lessons[self.index]

    def is_done(self, index: int) -> bool:
        return self.lessons[index].key in self.progress.done

    def is_unlocked(self, index: int) -> bool:
        """The first lesson, any finished one, and the one after a finished one are open."""
        return index == 0 or self.is_done(index) or self.is_done(index - 1)

    def suggested(self) -> int:
        """Where to go on: the lesson last started (if still open), else the first open one not done yet."""
        keys = [lesson.key for lesson in self.lessons]
        last = QSettings().value(SETTINGS_CURRENT, "", str)
        if last in keys and self.is_unlocked(keys.index(last)):
            return keys.index(last)
        return next((i for i in range(len(self.lessons)) if self.is_unlocked(i) and not self.is_done(i)), 0)

    def state(self) -> LessonState:
        """The document as the engine's goals see it."""
        doc = self.document
        training = self.session.training_settings() if self.session is not None else copy.deepcopy(doc.meta.training)
        settings = dataspec.complete(doc.meta.dataset, doc.network) if doc.meta.dataset else None
        state = LessonState(doc.network, settings["name"] if settings else None, training,
                            metrics_from_history(doc.history), doc.inputs.copy(), settings, doc.history)
        train = getattr(self.session, "train", None)
        if train is not None and settings is not None and train.name == settings["name"]:
            try:    # the data the session loaded already: a gradient-check goal need not load it again
                state._data = (train.X, train.targets(doc.network.n_outputs))
            except ValueError:
                pass  # the network does not fit the data (yet): the goal says so itself
        return state

    # -- starting ---------------------------------------------------------------------------
    def start(self, index: int) -> bool:
        """Load lesson `index` into the document (after offering to save unsaved work)."""
        if not 0 <= index < len(self.lessons) or not self.is_unlocked(index):
            return False
        # A lesson's own scratch network goes without asking; anything else is offered for saving first.
        scratch = self.lesson is not None and self.document.path is None and \
            self.document.meta.name == self.lesson.title
        if not scratch and not self.window.maybe_save():
            return False
        if self.session is not None:
            self.session.pause()
        lesson = self.lessons[index]
        state = lesson.start()
        layout = {"inputs": [float(v) for v in state.inputs]}
        room = getattr(self.window, "classroom", None)
        if lesson.classroom is not None:
            layout["classroom"] = lesson.classroom
        elif room is not None and room.active:       # the projector stays on from one lesson to the next
            layout["classroom"] = copy.deepcopy(room.settings)
        self._set_locks([])
        self.index, self.met, self.shown_solution = index, False, False
        QSettings().setValue(SETTINGS_CURRENT, lesson.key)
        self.document.set_contents(state.network, name=lesson.title,
                                   training=state.training, dataset=state.data_settings, layout=layout)
        self._show_panels(lesson.show)
        self._set_locks(lesson.lock)
        self.lesson_changed.emit(index)
        self.evaluate()
        self.open_view()
        return True

    def stop(self) -> None:
        """Leave the lesson: no more live checks, every control unlocked."""
        self._set_locks([])
        self.index = None
        self.lesson_changed.emit(-1)

    def open_view(self) -> None:
        """Open the lab or Learn page the lesson is about (if any)."""
        opens = self.lesson.opens if self.lesson else None
        if not opens:
            return
        kind, _, key = opens.partition(":")
        if kind == "lab" and hasattr(self.window, "labs"):
            self.window.labs.open_lab(key)
        elif kind == "learn" and hasattr(self.window, "open_learning"):
            from ..learning.window import CHECK, GRADIENTS, LOSS, STEP
            self.window.open_learning({"step": STEP, "check": CHECK, "loss": LOSS, "gradients": GRADIENTS}[key])

    # -- checking ---------------------------------------------------------------------------
    def schedule(self) -> None:
        if self.index is not None:
            self._timer.start()

    def evaluate(self) -> bool:
        """Check the goal now; celebrate (once) when it is reached for the first time."""
        lesson = self.lesson
        if lesson is None:
            return False
        if self.document.meta.name != lesson.title:     # another network was opened or created
            self.stop()
            return False
        self.last_checks = lesson.checks(self.state())
        self.met = all(check.met for check in self.last_checks)
        self.checked.emit(self.met, self.last_checks)
        if self.met and lesson.key not in self.progress.done:
            self.progress.complete(lesson.key)
            self.completed.emit(lesson.key)
            self.progress_changed.emit()
        return self.met

    # -- "Show me" --------------------------------------------------------------------------
    def show_solution(self) -> None:
        """Apply the lesson's solution (training included) as one undoable step."""
        lesson = self.lesson
        if lesson is None:
            return
        if self.session is not None:
            self.session.pause()
        solved = lesson.solve()
        doc, stack = self.document, self.document.undo_stack
        stack.beginMacro(translate("LessonController", "Show me: {title}").format(title=lesson.title))
        stack.push(SetSettingsCommand(doc, {"training": solved.training, "dataset": solved.data_settings},
                                      translate("LessonController", "Lesson settings")))
        doc.replace_network(solved.network, translate("LessonController", "Lesson network"), history=solved.history,
                            clear_history=solved.history is None)
        if solved.inputs.shape == doc.inputs.shape and (solved.inputs != doc.inputs).any():
            doc.set_inputs(solved.inputs)
        stack.endMacro()
        self.shown_solution = True
        self.evaluate()

    # -- panels and locks --------------------------------------------------------------------
    def _show_panels(self, names: list[str]) -> None:
        for name in names:
            dock = self.window.findChild(QDockWidget, name)
            if dock is not None:
                dock.show()
                dock.raise_()

    def _set_locks(self, locks: list[str]) -> None:
        unlocking = [name for name in self._locks if name not in locks]
        self._locks = list(locks)
        if "structure" in unlocking and hasattr(self.window, "_update_actions"):
            for name in STRUCTURE_ACTIONS:
                getattr(self.window, name).setEnabled(True)
            self.window._update_actions()          # the window decides again what applies to the selection
        if "training" in unlocking and self.session is not None:
            self.session.readiness_changed.emit()  # the training actions decide again
            if getattr(self.session, "panel", None) is not None:
                self.session.panel.setEnabled(True)
        self._apply_locks()

    def _apply_locks(self) -> None:
        locks = self._locks
        if "structure" in locks:
            for name in STRUCTURE_ACTIONS:
                if hasattr(self.window, name):
                    getattr(self.window, name).setEnabled(False)
        if "training" in locks and self.session is not None:
            for action in getattr(self.session, "actions", {}).values():
                action.setEnabled(False)
            if getattr(self.session, "panel", None) is not None:
                self.session.panel.setEnabled(False)

    @property
    def locks(self) -> list[str]:
        return list(self._locks)

    def __repr__(self) -> str:
        return f"LessonController({len(self.lessons)} lessons, current={self.lesson!r})"
