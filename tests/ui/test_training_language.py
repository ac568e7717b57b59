"""The training panel, its notices, status texts, docks and menu speak Japanese and French (issue 15),
and the panel still fits a 1280×800 window in both: French words are longer, Japanese glyphs wider."""
from __future__ import annotations

import pickle

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QMessageBox, QScrollArea

from simulator import Network, assets, datasets, optimizers
from ui import i18n
from ui.document import Document
from ui.training import trainer_process
from ui.training.panel import TrainingPanel
from ui.training.session import TrainingSession
from ui.training.texts import readout_text

#: language → what some real widgets must say in it.
EXPECTED = {
    "ja": {"dock": "学習", "menu": "学習(&T)", "play": "開始", "pause": "一時停止", "data_group": "データ",
           "lr_label": "学習率", "ready": "準備完了", "import_csv": "CSV を読み込む…",
           "perceptron": "パーセプトロンの学習則", "adapt": "ネットワークをデータに合わせる",
           "did_not_learn": "学習がうまくいきませんでした:", "failed": "学習に失敗しました: boom",
           "killed": "学習プロセスが予期せず停止しました（シグナル 9 で強制終了）。", "epoch": "エポック 1,000"},
    "fr": {"dock": "Entraînement", "menu": "&Entraînement", "play": "Lecture", "pause": "Pause",
           "data_group": "Données", "lr_label": "Taux d'apprentissage", "ready": "Prêt",
           "import_csv": "Importer un CSV…", "perceptron": "Règle du perceptron",
           "adapt": "Adapter le réseau aux données", "did_not_learn": "Le réseau n'a pas appris\u00a0:",
           "failed": "L'entraînement a échoué\u00a0: boom",
           "killed": "Le processus d'entraînement s'est arrêté de façon inattendue (tué par le signal 9).",
           "epoch": "époque 1\u202f000"},
}
SPIRAL_EXAMPLE = assets.root() / "examples" / "spiral.json"
CIRCLE = {"name": "circle", "samples": 200, "noise": 0.0, "test_fraction": 0.5, "seed": 0}
TINY_STEPS = {"loss": "binary_cross_entropy", "optimizer": {"name": "sgd", "lr": 1e-5}, "batch_size": 20,
              "epochs": 30, "init": "xavier", "seed": 0, "weight_decay": 0.0}


@pytest.fixture(params=sorted(EXPECTED))
def language(request, speak):
    """Japanese or French for one test (English again afterwards)."""
    speak(request.param)
    return request.param


@pytest.fixture
def window(qtbot, language):
    from ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.resize(1280, 800)         # the first layout may settle slightly taller than asked
    qtbot.waitUntil(lambda: win.width() == 1280 and win.height() == 800)
    yield win
    win.training.stop()


@pytest.fixture
def panel_session(qtbot, language):
    made = []

    def make(network: Network, dataset: dict, training: dict | None = None) -> tuple[TrainingSession, TrainingPanel]:
        document = Document(network)
        document.update_metadata(dataset=dataset, **({"training": training} if training else {}))
        document.undo_stack.clear()
        session = TrainingSession(document)
        panel = TrainingPanel(session)
        qtbot.addWidget(panel)
        panel.resize(310, 900)
        panel.show()
        session.set_speed(10)
        made.append(session)
        return session, panel

    yield make
    for session in made:
        session.stop()


def form_label(form: QFormLayout, field) -> str:
    return form.labelForField(field).text()


def test_the_training_dock_menu_and_panel_speak_the_language(window, language):
    words, session = EXPECTED[language], window.training
    panel = session.panel
    assert session.dock.windowTitle() == words["dock"]
    assert words["menu"] in [action.text() for action in window.menuBar().actions()]
    assert panel.play_button.text() == words["play"]
    assert session.actions["play"].toolTip() == panel.play_button.toolTip() != "Train until the epoch limit (Space)"
    assert words["data_group"] in [box.title() for box in panel.findChildren(QGroupBox)]
    assert form_label(panel.optimizer_form, panel.lr_spin) == words["lr_label"]
    assert panel.readout.text().startswith(words["ready"])
    # Only what is shown changes: the items keep the ids that settings and files use.
    combo = panel.optimizer_combo
    assert [combo.itemData(i) for i in range(combo.count())] == list(optimizers.NAMES)
    assert combo.itemText(combo.findData("perceptron")) == words["perceptron"]
    assert combo.itemText(combo.findData("adam")) == "Adam"          # a name that is also code stays as it is
    from ui.training.dataset_picker import IMPORT_CSV
    data = panel.dataset_combo
    assert data.itemText(data.findData(IMPORT_CSV)) == words["import_csv"]
    assert all(data.findData(name) >= 0 for name in datasets.NAMES)


def test_playing_shows_pause_and_the_counters_in_the_language(window, language, qtbot):
    session = window.training
    window.open_path(SPIRAL_EXAMPLE)
    assert session.epoch == 1000
    session.play()
    qtbot.waitUntil(lambda: session.state == "running")
    assert session.panel.play_button.text() == EXPECTED[language]["pause"]
    assert EXPECTED[language]["epoch"] in session.panel.readout.text()
    session.pause()


def inside_scroll_viewport(widget) -> bool:
    scroll = widget.parent()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parent()
    viewport = scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return widget.isVisible() and viewport.rect().contains(QRect(top_left, widget.size()))


def assert_panel_fits(panel) -> None:
    """Nothing wider than the dock, every form label whole, the run readout whole on its lines."""
    scroll = panel.findChild(QScrollArea)
    assert scroll.widget().width() <= scroll.viewport().width()
    for widget in (panel.play_button, panel.dataset_combo, panel.loss_combo, panel.optimizer_combo,
                   panel.lr_spin, panel.batch_spin, panel.epochs_spin):
        assert inside_scroll_viewport(widget), widget
    for box in panel.findChildren(QGroupBox):
        form = box.layout()
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel) and item.widget().isVisible():
                label = item.widget()
                assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width(), label.text()
    fits_lines(panel.readout)


def fits_lines(label: QLabel) -> None:
    for line in label.text().split("\n"):
        assert label.fontMetrics().horizontalAdvance(line) <= label.contentsRect().width(), line


def test_at_1280x800_the_panel_fits_before_during_and_after_training(window, language, qtbot):
    session, panel = window.training, window.training.panel
    qtbot.waitUntil(lambda: panel.isVisible())
    window.open_path(SPIRAL_EXAMPLE)
    assert_panel_fits(panel)
    session.reset()
    session.set_speed(8)
    session.play()
    qtbot.waitUntil(lambda: session.epoch >= 20 and session.epochs_per_second > 0, timeout=10000)
    assert_panel_fits(panel)
    fits_lines(session.plots["loss"].readout)
    status = [label for label in window.statusBar().findChildren(QLabel) if label.text() == readout_text(session)]
    assert len(status) == 1
    fits_lines(status[0])
    session.pause()
    assert_panel_fits(panel)
    fits_lines(session.plots["loss"].readout)
    fits_lines(status[0])
    assert session.plots["boundary"].plot.width() >= 300


def test_a_mismatched_dataset_is_explained_and_adapted_in_the_language(panel_session, language):
    session, panel = panel_session(Network.build([2, 4, 1], output="sigmoid", seed=0), CIRCLE)
    session.update_dataset(name="iris")
    adapt = EXPECTED[language]["adapt"]
    assert panel.adapt_button.isVisible() and panel.adapt_button.text() == adapt
    # The hint that points at the button is left out when the button is there (no comparison of shown text).
    assert adapt not in panel.problem_notice.label.text()
    assert any(adapt in problem for problem in session.problems())
    assert not panel.play_button.isEnabled()
    panel.adapt_button.click()
    assert session.problems() == [] and panel.play_button.isEnabled() and not panel.problem_notice.isVisible()
    assert session.document.undo_stack.undoText() == adapt


def test_a_run_that_did_not_learn_says_so_in_the_language(panel_session, language, qtbot):
    net = Network.build([2, 8, 1], hidden="sigmoid", output="sigmoid", init="xavier", seed=0)
    session, panel = panel_session(net, CIRCLE, TINY_STEPS)
    with qtbot.waitSignal(session.run_ended, timeout=20000):
        session.play()
    notice = panel.diagnosis_notice
    assert notice.isVisible() and session.state == "finished"
    # The heading follows the finished state even though the causes were found while the run still ran.
    assert notice.label.text().startswith(EXPECTED[language]["did_not_learn"])
    assert notice.fix_buttons and all(button.text() for button in notice.fix_buttons)


def test_the_worker_messages_cross_the_pipe_and_are_shown_in_the_language(language):
    class Pipe:
        sent: list = []

        def send(self, message) -> None:
            self.sent.append(pickle.loads(pickle.dumps(message)))      # as through the real pipe

    worker = trainer_process._Worker(Pipe())
    worker.fail(ValueError("boom"))
    kind, ending = Pipe.sent[-1]
    assert kind == "ended" and ending.reason == "failed"
    assert str(ending.message) == "Training failed: boom"            # logs and the command line stay English
    assert i18n.engine_text(ending.message) == EXPECTED[language]["failed"]


def test_a_killed_worker_is_reported_in_the_language(panel_session, language, qtbot):
    import os
    import signal

    net = Network.build([2, 8, 8, 1], hidden="tanh", output="sigmoid", init="xavier", seed=0)
    session, panel = panel_session(net, {"name": "spiral", "samples": 500, "noise": 0.0, "test_fraction": 0.5,
                                         "seed": 0})
    session.update_training(epochs=100_000)
    session.play()
    qtbot.waitUntil(lambda: session.epoch >= 2, timeout=10000)
    with qtbot.waitSignal(session.run_ended, timeout=5000):
        os.kill(session.worker_pid, signal.SIGKILL)
    assert session.alert.startswith(EXPECTED[language]["killed"])
    assert panel.problem_notice.isVisible() and EXPECTED[language]["killed"] in panel.problem_notice.label.text()


def test_english_is_back_after_the_language_tests(qtbot):
    session = TrainingSession(Document(Network.build([2, 1], output="sigmoid", seed=0)))
    panel = TrainingPanel(session)
    qtbot.addWidget(panel)
    try:
        assert i18n.current_language() == "en" and panel.play_button.text() == "Play"
        assert form_label(panel.optimizer_form, panel.lr_spin) == "Learning rate"
    finally:
        session.stop()


def test_a_suggestion_is_listed_line_by_line_in_the_language(language):
    from dataclasses import dataclass

    from simulator.recipes import Suggestion
    from simulator.text import Text
    from ui.training.texts import suggestion_listing

    @dataclass
    class Listed:                   # the engine's Suggestion.listing, with changes that are engine Texts
        changes: tuple

        listing = Suggestion.listing

    change = Text("Training failed: {error}", error="x")      # any engine template with a translation
    shown = suggestion_listing(Listed((change, "(the reason)")))
    assert shown == "• " + i18n.engine_text(change) + "\n(the reason)"
    assert shown.split("\n")[0] != f"• {change}"
