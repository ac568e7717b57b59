"""A run that does not learn says why in the training panel, and one click applies the fix."""
from __future__ import annotations

from PySide6.QtCore import Qt

from simulator import Network, recipes
from ui.document import Document
from ui.training.doctor import stalled
from ui.training.panel import TrainingPanel
from ui.training.session import TrainingSession
from simulator.history import History

CIRCLE = {"name": "circle", "samples": 200, "noise": 0.0, "test_fraction": 0.5, "seed": 0}
RECIPE = {"loss": "binary_cross_entropy", "optimizer": {"name": "adam", "lr": 0.03, "beta1": 0.9, "beta2": 0.999},
          "batch_size": 20, "epochs": 150, "init": "xavier", "seed": 0, "weight_decay": 0.0}


def make_session(qtbot, network: Network, training: dict) -> tuple[TrainingSession, TrainingPanel]:
    document = Document(network)
    document.update_metadata(dataset=CIRCLE, training=training)
    document.undo_stack.clear()
    session = TrainingSession(document)
    panel = TrainingPanel(session)
    qtbot.addWidget(panel)
    panel.resize(340, 900)
    panel.show()
    session.set_speed(10)
    return session, panel


def play_to_the_end(qtbot, session) -> None:
    with qtbot.waitSignal(session.run_ended, timeout=20000) as ended:
        session.play()
    assert ended.args == ["finished"]


def test_a_network_too_small_is_explained_and_fixed_with_one_click(qtbot):
    session, panel = make_session(qtbot, Network.build([2, 1], output="sigmoid", init="xavier", seed=0), RECIPE)
    try:
        play_to_the_end(qtbot, session)
        notice = panel.diagnosis_notice
        assert notice.isVisible() and "too small" in notice.label.text()
        assert [b.text() for b in notice.fix_buttons] == ["Use a 2-8-1 network"]
        qtbot.mouseClick(notice.fix_buttons[0], Qt.MouseButton.LeftButton)
        doc = session.document
        assert doc.network.sizes == recipes.propose(session.dataset) and session.epoch == 0
        assert not notice.isVisible()
        assert doc.undo_stack.undoText() == "Use a 2-8-1 network"
        session.update_training(epochs=400)
        play_to_the_end(qtbot, session)
        assert session.diagnoses == [] and not notice.isVisible()
        assert doc.history.last("test_accuracy") >= 0.97
    finally:
        session.stop()


def test_a_tiny_learning_rate_is_fixed_by_raising_it(qtbot):
    tiny = {**RECIPE, "optimizer": {"name": "sgd", "lr": 1e-5}, "epochs": 30}
    session, panel = make_session(qtbot, Network.build([2, 8, 1], hidden="sigmoid", output="sigmoid",
                                                       init="xavier", seed=0), tiny)
    try:
        play_to_the_end(qtbot, session)
        notice = panel.diagnosis_notice
        assert "barely moved" in notice.label.text()
        qtbot.mouseClick(notice.fix_buttons[0], Qt.MouseButton.LeftButton)
        assert session.training_settings()["optimizer"]["lr"] == 1e-4
        assert panel.lr_spin.value() == 1e-4 and not notice.isVisible()
    finally:
        session.stop()


def test_a_stall_is_noticed_from_the_loss_history():
    history = History()
    for epoch in range(1, 601):
        history.append(epoch, 0.5 if epoch > 100 else 1.0 - epoch / 200)
    assert stalled(history, 600)
    moving = History()
    for epoch in range(1, 601):
        moving.append(epoch, 1.0 / epoch)
    assert not stalled(moving, 600)


def test_the_fix_of_a_finished_run_is_scrolled_into_view(qtbot):
    session, panel = make_session(qtbot, Network.build([2, 1], output="sigmoid", init="xavier", seed=0), RECIPE)
    try:
        panel.resize(340, 420)          # a short panel: the notices sit below the fold
        panel.scroll.verticalScrollBar().setValue(0)
        play_to_the_end(qtbot, session)
        button = panel.diagnosis_notice.fix_buttons[0]
        viewport = panel.scroll.viewport()

        def button_in_view() -> bool:
            top = button.mapTo(viewport, button.rect().topLeft()).y()
            return 0 <= top and top + button.height() <= viewport.height()

        qtbot.waitUntil(button_in_view)
    finally:
        session.stop()
