"""The README tour, as a learner does it: File → New 2-8-8-1, dataset Spiral, Play — and it learns."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from simulator import dataspec, recipes
from ui.new_network_dialog import NewNetworkDialog


@pytest.fixture
def window(qtbot):
    from ui.main_window import MainWindow
    from ui.training import install_training
    win = MainWindow()
    qtbot.addWidget(win)
    win.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    session = win.training if hasattr(win, "training") else install_training(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win, session
    session.stop()


def answer_new_dialog(monkeypatch, fill) -> None:
    def exec_(dialog):
        fill(dialog)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(NewNetworkDialog, "exec", exec_)


def train_to_the_end(qtbot, session) -> None:
    session.set_speed(10)
    with qtbot.waitSignal(session.run_ended, timeout=60000) as ended:
        session.play()
    assert ended.args == ["finished"]


def test_new_2_8_8_1_then_spiral_in_the_panel_then_play_learns(qtbot, window, monkeypatch):
    win, session = window
    answer_new_dialog(monkeypatch, lambda d: d.sizes.setText("2-8-8-1"))
    win.new_network()
    panel = session.panel
    combo = panel.dataset_combo
    index = combo.findData("spiral")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert session.problem() == ""
    training = session.training_settings()
    assert training["optimizer"]["name"] == "adam" and training["loss"] == "binary_cross_entropy"
    train_to_the_end(qtbot, session)
    assert win.document.history.last("test_accuracy") >= 0.95
    assert not panel.diagnosis_notice.isVisible()


@pytest.mark.parametrize("name", ["circle", "iris", "gate:xor"])
def test_new_with_a_dataset_proposes_a_network_and_its_recipe_that_learns(qtbot, window, monkeypatch, name):
    win, session = window
    answer_new_dialog(monkeypatch, lambda d: d.dataset.setCurrentIndex(d.dataset.findData(name)))
    win.new_network()
    data = dataspec.load(dataspec.defaults(name))
    assert win.document.network.sizes == recipes.propose(data)
    assert win.document.meta.dataset == dataspec.defaults(name)
    assert session.suggestion() is None and session.problem() == ""
    train_to_the_end(qtbot, session)
    history = win.document.history
    accuracy = history.last("test_accuracy") if name != "gate:xor" else history.last("train_accuracy")
    assert accuracy >= (0.93 if name == "iris" else 0.97)


def test_sizes_that_do_not_fit_the_chosen_dataset_are_refused_with_a_proposal(qtbot):
    dialog = NewNetworkDialog()
    qtbot.addWidget(dialog)
    dialog.dataset.setCurrentIndex(dialog.dataset.findData("iris"))
    assert dialog.sizes.text() == "4-8-3" and dialog.output.currentText() == "softmax"
    dialog.sizes.setText("2-3-1")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "4 features" in dialog.error.text() and "4-8-3" in dialog.error.text()
