"""Engine messages reach the screen in the learner's language (issue 15).

The engine writes its messages as `simulator.text.Text` (English, with the template and values);
each test installs Japanese, drives a real path of the GUI that shows such a message, and checks
that what the widget shows is the Japanese text, not the English one. English is put back afterwards.
"""
from __future__ import annotations

import html
import json
import pickle
import re

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from simulator import Network, datasets, dataspec, io, recipes
from simulator.activations import SoftmaxSteps
from simulator.text import Text
from ui import i18n
from ui.csv_import_dialog import CsvImportDialog
from ui.document import Document
from ui.training import trainer_process
from ui.training.panel import TrainingPanel
from ui.learning.gradients import THRESHOLDS
from ui.training.session import TrainingSession

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")   # kana or kanji


@pytest.fixture
def japanese(speak):
    speak("ja")


@pytest.fixture
def window(japanese, qtbot):
    from ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    yield win
    win.training.stop()
    win.labs.shutdown()


def shown_in_japanese(shown: str, english: str) -> None:
    assert JAPANESE.search(shown), shown
    assert english not in shown, shown


def test_a_malformed_network_file_is_reported_in_japanese(window, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text(json.dumps({"format": "synaptica-network", "version": 1, "layers": "three"}))
    with pytest.raises(io.NetworkFileError) as caught:
        io.load(path)
    english = caught.value.problem
    assert isinstance(english, Text)
    assert not window.open_path(path)
    shown_in_japanese(window.last_error, str(english))
    assert "broken.json" in window.last_error


def test_a_bad_csv_is_reported_in_japanese_in_the_import_dialog(japanese, qtbot, tmp_path):
    path = tmp_path / "late.csv"
    path.write_text("a,b,label\n" + "1,2,x\n" * 300 + "1,abc,y\n")
    dialog = CsvImportDialog(path)
    qtbot.addWidget(dialog)
    dialog.import_button.click()           # the error comes from the reading thread, over a Qt signal
    qtbot.waitUntil(lambda: not dialog.importing and not dialog.error.isHidden())
    shown_in_japanese(dialog.error.text(), "is not a number")
    assert "late.csv" in dialog.error.text() and "302" in dialog.error.text()


def test_the_csv_preview_says_what_was_detected_in_japanese(japanese, qtbot, tmp_path):
    path = tmp_path / "trailing.csv"
    path.write_text("label,x,y,\n" + "".join(f"{i % 2},{i},{i * 2},\n" for i in range(20)))
    dialog = CsvImportDialog(path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.summary.text()))
    lines = dialog.summary.text().split("\n")
    assert len(lines) >= 2                     # what was detected, then the note on the trailing delimiter
    for line in lines:
        assert JAPANESE.search(line), line
    assert "columns separated by" not in lines[0] and "trailing delimiter" not in dialog.summary.text()


def test_an_engine_error_crossing_the_training_pipe_is_shown_in_japanese(japanese):
    class Pipe:
        sent: list = []

        def send(self, message) -> None:
            self.sent.append(pickle.loads(pickle.dumps(message)))      # as through the real pipe

    with pytest.raises(ValueError) as caught:
        SoftmaxSteps(np.zeros((2, 2)))                              # an engine error whose message is a Text
    i18n_free = str(caught.value)
    worker = trainer_process._Worker(Pipe())
    worker.fail(caught.value)
    _, ending = Pipe.sent[-1]
    assert isinstance(ending.message, Text) and isinstance(ending.message.params["error"], Text)
    assert str(ending.message) == f"Training failed: {i18n_free}"   # logs stay English
    shown_in_japanese(i18n.engine_text(ending.message), i18n_free)


def test_a_dataset_mismatch_shows_in_japanese_in_the_training_panel(japanese, qtbot):
    document = Document(Network.build([3, 4, 1], hidden="tanh", output="sigmoid", init="xavier", seed=0))
    document.update_metadata(dataset={"name": "circle", "samples": 100, "noise": 0.0, "test_fraction": 0.5,
                                      "seed": 0})
    session = TrainingSession(document)
    panel = TrainingPanel(session)
    qtbot.addWidget(panel)
    try:
        english = [str(problem) for problem in dataspec.mismatch(session.dataset, document.network)]
        assert english
        panel.show()
        qtbot.waitUntil(lambda: bool(panel.problem_notice.label.text()))
        shown = panel.problem_notice.label.text()
        for sentence in english:
            shown_in_japanese(shown, sentence)
        suggestion = session.suggestion()
        assert suggestion is not None and suggestion.required     # so the notice lists what Adapt would change
        for change in suggestion.changes:
            shown_in_japanese(shown, str(change))
        # The loss names and the dataset's description are engine texts too.
        losses = [panel.loss_combo.itemText(i) for i in range(panel.loss_combo.count())]
        assert losses and all(JAPANESE.search(text) for text in losses)
        assert not set(losses) & set(recipes.LOSS_LABELS.values())
        shown_in_japanese(panel.description.text(), str(datasets.DESCRIPTIONS["circle"]))
    finally:
        session.stop()


def test_the_lesson_goal_lines_are_japanese(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.lessons_menu.actions()[0].trigger()
    browser = window.lesson_browser
    qtbot.waitUntil(browser.isVisible)
    browser.list.setCurrentRow(0)
    browser.start_button.click()
    assert window.lessons.index == 0 and browser.pages.currentIndex() == 1
    goal = browser.goal_label.text()
    checks = window.lessons.lesson.checks(window.lessons.state())
    assert checks
    for check in checks:
        assert str(check.wanted) not in goal
    assert JAPANESE.search(goal)


def test_the_gradient_check_verdict_is_japanese(window, qtbot):
    from ui.learning.window import CHECK

    net = Network.build([2, 4, 3], hidden="tanh", output="softmax", init="xavier", seed=2)
    window.document.set_contents(net, training=dict(io.DEFAULT_TRAINING, loss="cross_entropy"))
    learning = window.open_learning(CHECK)
    qtbot.addWidget(learning)
    page = learning.gradcheck
    qtbot.waitUntil(lambda: page.result is not None)
    shown_in_japanese(page.verdict.text(), str(page.result.verdict))


def test_an_example_opened_from_the_menu_is_described_in_japanese(window, qtbot):
    from ui.examples import bundled_examples
    from ui.inspector import Inspector

    example = next(e for e in bundled_examples() if e.stem == "and")
    action = next(a for a in window.examples_menu.actions() if a.text() == i18n.engine_text(example.name))
    action.trigger()
    assert window.document.meta.name == example.name          # the file keeps the engine's English name
    about = window.findChild(Inspector).findChildren(QLabel)
    shown = next(label.text() for label in about if label.text().startswith("<b>"))
    shown_in_japanese(shown, example.description)
    shown_in_japanese(shown, example.name)


def test_the_examples_menu_names_the_examples_in_japanese(window):
    from ui.examples import bundled_examples

    shown = {action.text() for action in window.examples_menu.actions() if action.text()}
    examples = bundled_examples()
    assert examples
    for example in examples:
        if JAPANESE.search(i18n.engine_text(example.name)):   # names that are the same in both stay as they are
            assert example.name not in shown
    assert sum(bool(JAPANESE.search(text)) for text in shown) >= len(examples) // 2


def test_the_softmax_page_reports_a_bad_vector_in_japanese(window, qtbot):
    from ui.learning.window import LOSS

    learning = window.open_learning(LOSS)
    qtbot.addWidget(learning)
    page = learning.loss_view.softmax
    page.a_edit.setText("1, abc")
    page.refresh()
    assert not page.error.isHidden()
    shown_in_japanese(page.error.text(), "is not a number")


def test_gradient_view_warnings_and_thresholds_are_japanese(window, qtbot):
    from ui.learning.window import GRADIENTS

    net = Network.build([2, 8, 1], hidden="sigmoid", output="sigmoid", init="xavier", seed=0)
    net.layers[0].W *= 200.0                    # every hidden sigmoid saturates
    window.document.set_contents(net)
    learning = window.open_learning(GRADIENTS)
    qtbot.addWidget(learning)
    page = learning.gradients
    page.refresh()
    assert page.health is not None and page.health.warnings
    for finding in page.health.warnings:
        shown_in_japanese(page.warnings.text(), html.escape(str(finding.text)))
    shown_in_japanese(page.thresholds.text(), str(THRESHOLDS))


def test_a_bad_weights_file_from_another_tool_is_reported_in_japanese(window, tmp_path):
    from simulator import convert

    path = tmp_path / "weights.npz"
    np.savez(path, unrelated=np.zeros(3))
    with pytest.raises(convert.ConvertError) as caught:
        convert.read(path)
    assert isinstance(caught.value.args[0], Text)
    assert not window.open_path(path)                    # the File → Open path for another tool's network
    shown_in_japanese(window.last_error, str(caught.value))


def test_the_input_features_lab_says_what_adapting_would_change_in_japanese(window, qtbot):
    training = {"loss": "binary_cross_entropy", "optimizer": {"name": "adam", "lr": 0.05}, "batch_size": 20,
                "epochs": 100, "init": "xavier", "seed": 0, "weight_decay": 0.0}
    circle = {"name": "circle", "samples": 200, "noise": 0.0, "test_fraction": 0.5, "seed": 0}
    window.document.set_contents(Network.build([2, 1], output="sigmoid", seed=0), training=training, dataset=circle)
    lab = window.labs.open_lab("features")
    qtbot.waitExposed(window.labs)
    lab.checks["x1^2"].click()
    qtbot.waitUntil(lambda: window.training.dataset.n_features == 3)
    suggestion = window.training.suggestion()
    assert suggestion is not None and lab.adapt_button.isEnabled()
    for change in suggestion.changes:
        shown_in_japanese(lab.problem_label.text(), str(change))
