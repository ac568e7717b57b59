"""The Document announces every change before it happens, and settings changes are undo steps."""
from __future__ import annotations

import numpy as np

from simulator import Network
from ui.changes import ChangeKind, SetSettingsCommand
from ui.document import Document
from ui.selection import LinkRef


def announced(document: Document) -> list[tuple[str, float]]:
    """(kind, the first weight at the moment of the announcement) for every announcement."""
    seen = []
    document.about_to_change.connect(lambda change: seen.append((change.kind, document.weight(LinkRef(0, 0, 0)))))
    return seen


def test_edits_undo_redo_and_open_are_announced_before_they_apply():
    doc = Document(Network.build([2, 2, 1], hidden="sigmoid", output="sigmoid", seed=0))
    start = doc.weight(LinkRef(0, 0, 0))
    seen = announced(doc)
    doc.set_weight(LinkRef(0, 0, 0), 0.25)
    doc.undo_stack.undo()
    doc.undo_stack.redo()
    doc.set_contents(Network.build([2, 2, 1], hidden="sigmoid", output="sigmoid", seed=1))
    assert seen == [(ChangeKind.EDIT, start), (ChangeKind.UNDO, 0.25), (ChangeKind.REDO, start),
                    (ChangeKind.OPEN, 0.25)]                     # each saw the state before the change


def test_qt_undo_actions_go_through_the_announcing_methods(qtbot):
    from ui.main_window import MainWindow

    from PySide6.QtWidgets import QMessageBox

    window = MainWindow()
    qtbot.addWidget(window)
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    doc = window.document
    doc.set_weight(LinkRef(0, 0, 0), 0.123)
    assert window.undo_action.isEnabled()
    seen = announced(doc)
    window.undo_action.trigger()
    window.redo_action.trigger()
    assert [kind for kind, _ in seen] == [ChangeKind.UNDO, ChangeKind.REDO]
    window.training.stop()


def test_settings_changes_are_undo_steps_that_merge_while_the_same_settings_change():
    doc = Document(Network.build([2, 2, 1], hidden="sigmoid", output="sigmoid", seed=0))
    original = dict(doc.meta.training)
    seen = announced(doc)
    for batch in (11, 12, 13):
        doc.update_metadata(training={**original, "batch_size": batch})
    stack = doc.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Change training settings" and doc.is_modified
    assert isinstance(stack.command(0), SetSettingsCommand) and [k for k, _ in seen] == [ChangeKind.EDIT] * 3
    doc.update_metadata(training={**original, "batch_size": 13, "epochs": 7})   # another setting: its own step
    assert stack.count() == 2
    stack.undo()
    assert doc.meta.training["batch_size"] == 13 and doc.meta.training["epochs"] == original["epochs"]
    doc.update_metadata(dataset={"name": "gate:xor"})
    assert stack.count() == 2 and stack.undoText() == "Change the dataset"
    stack.undo()
    assert doc.meta.dataset is None
    stack.undo()
    assert doc.meta.training == original and not doc.is_modified
    stack.redo()
    assert doc.meta.training["batch_size"] == 13


def test_a_settings_change_back_to_where_it_started_leaves_no_undo_step():
    doc = Document(Network.build([2, 2, 1], hidden="sigmoid", output="sigmoid", seed=0))
    original = dict(doc.meta.training)
    doc.update_metadata(training={**original, "epochs": 5})
    doc.update_metadata(training=original)
    assert doc.undo_stack.count() == 0 and doc.meta.training == original
    np.testing.assert_equal(doc.meta.training, original)
