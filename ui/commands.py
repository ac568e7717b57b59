"""Undo commands: every edit of the Document goes through one of these.

Commands carry plain values and call Document methods; they never touch views.
Slider drags pass a `drag` token so that one drag merges into one undo step.
"""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from .i18n import translate

_SET_VALUE_ID = 1001


class SetValueCommand(QUndoCommand):
    """Set one number (a weight, a bias or an input value) named by `target`, a LinkRef or NeuronRef."""

    def __init__(self, document, target, old: float, new: float, text: str, drag=None):
        super().__init__(text)
        self.document, self.target, self.old, self.new, self.drag = document, target, old, new, drag

    def id(self) -> int:
        return _SET_VALUE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValueCommand) or self.drag is None or self.document._replaying:
            return False
        if other.drag != self.drag or other.target != self.target:
            return False
        self.new = other.new
        return True

    def clone(self) -> "SetValueCommand":
        """An equal command (undo_budget rebuilds the stack from clones)."""
        return SetValueCommand(self.document, self.target, self.old, self.new, self.text(), self.drag)

    def redo(self) -> None:
        self.document._apply_value(self.target, self.new)

    def undo(self) -> None:
        self.document._apply_value(self.target, self.old)


class SetActivationCommand(QUndoCommand):
    def __init__(self, document, layer: int, old: str, new: str):
        super().__init__(translate("Document", "Set layer {layer} activation to {name}").format(layer=layer, name=new))
        self.document, self.layer, self.old, self.new = document, layer, old, new

    def clone(self) -> "SetActivationCommand":
        return SetActivationCommand(self.document, self.layer, self.old, self.new)

    def redo(self) -> None:
        self.document._apply_activation(self.layer, self.new)

    def undo(self) -> None:
        self.document._apply_activation(self.layer, self.old)


class ReplaceStateCommand(QUndoCommand):
    """Swap the whole network state (structure edits, applying training results)."""

    def __init__(self, document, before, after, text: str):
        super().__init__(text)
        self.document, self.before, self.after = document, before, after

    def clone(self) -> "ReplaceStateCommand":
        return ReplaceStateCommand(self.document, self.before, self.after, self.text())

    def redo(self) -> None:
        self.document._apply_state(self.after)

    def undo(self) -> None:
        self.document._apply_state(self.before)
