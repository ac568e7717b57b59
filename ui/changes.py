"""Announcing every change to the Document before it happens.

Everything that changes the document goes through its undo stack (push, undo, redo) or
opens another file. The stack here emits the document's `about_to_change` signal first,
so a listener (the training session) can get out of the way — pause training and record
the run so far as its own undo step — before the change applies. Nothing has to be
reordered afterwards.

Settings (training and dataset) are undoable too: `SetSettingsCommand`.

After a change has applied, the document's `changed` signal carries a `Changed` saying what
changed (values, inputs, structure, settings, history), so a view can skip work a change
cannot affect (the truth table does not recompute for a new learning rate).
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from enum import Flag, StrEnum, auto

import numpy as np
from PySide6.QtGui import QUndoCommand, QUndoStack

_SET_SETTINGS_ID = 1002


class ChangeKind(StrEnum):
    EDIT = "edit"          # a new undo command (an edit of the network, its settings, a training run)
    UNDO = "undo"
    REDO = "redo"
    OPEN = "open"          # another file or a new network replaces everything


@dataclass(frozen=True)
class Change:
    """What is about to change. `command` is the undo command being pushed (for EDIT)."""
    kind: ChangeKind
    command: QUndoCommand | None = None


class What(Flag):
    """What a change touched (several at once for e.g. opening a file)."""
    NOTHING = 0
    VALUES = auto()      # weights, biases, activations or labels: every output may differ
    INPUTS = auto()      # the current input values only
    STRUCTURE = auto()   # layer sizes or another network: views rebuild
    SETTINGS = auto()    # name, description, training or dataset settings, classroom layout
    HISTORY = auto()     # the loss curve only
    EVERYTHING = VALUES | INPUTS | STRUCTURE | SETTINGS | HISTORY


@dataclass(frozen=True)
class Changed:
    """What just changed in the Document (its `changed` signal).

    `refs` names the weights, biases or inputs a single edit set (LinkRef / NeuronRef; empty when
    the change is wider); `settings` names the document settings that changed ("training", "dataset", ...).
    """
    what: What
    refs: frozenset = frozenset()
    settings: frozenset[str] = frozenset()

    def touches(self, what: What) -> bool:
        return bool(self.what & what)

    def touches_setting(self, *names: str) -> bool:
        return bool(self.settings & set(names))


def state_difference(before, after) -> What:
    """What differs between two ui.document.NetworkState values (an undo or redo only says "swap the state")."""
    if before.network.sizes != after.network.sizes:
        return What.STRUCTURE | What.VALUES | What.INPUTS | What.HISTORY
    what = What.NOTHING
    same_network = before.labels == after.labels and all(
        a.activation == b.activation and np.array_equal(a.W, b.W) and np.array_equal(a.b, b.b)
        for a, b in zip(before.network.layers, after.network.layers))
    if not same_network:
        what |= What.VALUES
    if not np.array_equal(before.inputs, after.inputs):
        what |= What.INPUTS
    old, new = before.history, after.history
    if (old is None) != (new is None) or (old is not None and old.to_dict() != new.to_dict()):
        what |= What.HISTORY
    return what


class AnnouncingUndoStack(QUndoStack):
    """A QUndoStack that calls `announce(Change)` before every push, undo, redo and jump.

    Qt's own undo/redo actions call the C++ slots, which bypass these methods: connect
    actions to `undo`/`redo` here instead (see MainWindow).
    """

    def __init__(self, announce, parent=None):
        super().__init__(parent)
        self._announce = announce

    def push(self, command: QUndoCommand) -> None:
        self._announce(Change(ChangeKind.EDIT, command))
        super().push(command)

    def undo(self) -> None:
        self._announce(Change(ChangeKind.UNDO))
        super().undo()

    def redo(self) -> None:
        self._announce(Change(ChangeKind.REDO))
        super().redo()

    def setIndex(self, index: int) -> None:
        if index != self.index():
            self._announce(Change(ChangeKind.UNDO if index < self.index() else ChangeKind.REDO))
        super().setIndex(index)


class SetSettingsCommand(QUndoCommand):
    """Change document settings (`training`, `dataset`, `name`, `description`) as one undo step.

    Consecutive changes of the same setting merge (a spin box being stepped is one change); changing
    another setting (the batch size after the learning rate) is a step of its own.
    """

    def __init__(self, document, before: dict, after: dict, text: str):
        super().__init__(text)
        self.document = document
        self.before, self.after = copy.deepcopy(before), copy.deepcopy(after)

    @property
    def fields(self) -> frozenset:
        """What this command changes: ("training", "batch_size"), ("dataset", "name"), ("name",), ..."""
        found = set()
        for key, value in self.after.items():
            old = self.before.get(key)
            if isinstance(value, dict) and isinstance(old, dict):
                found |= {(key, k) for k in value.keys() | old.keys() if value.get(k) != old.get(k)}
            elif value != old:
                found.add((key,))
        return frozenset(found)

    def id(self) -> int:
        return _SET_SETTINGS_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (not isinstance(other, SetSettingsCommand) or other.fields != self.fields
                or other.after.keys() != self.after.keys()):
            return False
        self.after = copy.deepcopy(other.after)
        self.setObsolete(self.after == self.before)
        return True

    def clone(self) -> "SetSettingsCommand":
        """An equal command (undo_budget rebuilds the stack from clones)."""
        return SetSettingsCommand(self.document, self.before, self.after, self.text())

    def redo(self) -> None:
        self.document._apply_settings(self.after)

    def undo(self) -> None:
        self.document._apply_settings(self.before)
