"""The CSV import dialog: preview, options that re-read the preview, reading off the GUI thread."""
from __future__ import annotations

import numpy as np
import pytest

from simulator import Network, io
from simulator.csv_import import CsvOptions
from ui.csv_import_dialog import LABEL_BACKGROUND, SKIPPED_FOREGROUND, CsvImportDialog
from ui.document import Document
from ui.training.panel import TrainingPanel
from ui.training.session import TrainingSession


@pytest.fixture
def kaggle(tmp_path):
    rng = np.random.default_rng(0)
    path = tmp_path / "train.csv"
    lines = ["label,pixel0,pixel1,pixel2,colour"]
    lines += [f"{i % 3},{rng.integers(0, 256)},{rng.integers(0, 256)},{rng.integers(0, 256)},"
              f"{['red', 'blue'][i % 2]}" for i in range(60)]
    path.write_text("\n".join(lines) + "\n")
    return path


def accept(qtbot, dialog) -> bool:
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)
    return True


def test_the_preview_shows_what_was_detected(qtbot, kaggle):
    dialog = CsvImportDialog(kaggle)
    qtbot.addWidget(dialog)
    assert "5 columns separated by comma" in dialog.summary.text()
    assert "label column 1 (label)" in dialog.summary.text()
    assert "Text columns skipped: colour" in dialog.summary.text()
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    assert headers == ["label", "pixel0", "pixel1", "pixel2", "colour (skipped)"]
    assert dialog.table.rowCount() == 20 and dialog.table.verticalHeaderItem(0).text() == "2"
    assert dialog.table.item(0, 0).background().color() == LABEL_BACKGROUND
    assert dialog.table.item(0, 4).foreground().color() == SKIPPED_FOREGROUND


def test_changing_an_option_reads_the_preview_again(qtbot, kaggle):
    dialog = CsvImportDialog(kaggle)
    qtbot.addWidget(dialog)
    dialog.label_column.setCurrentIndex(dialog.label_column.findData("pixel2"))
    assert dialog.table.horizontalHeaderItem(3).text() == "pixel2 (label)"
    dialog.text_columns.setCurrentIndex(dialog.text_columns.findData("onehot"))
    assert dialog.table.horizontalHeaderItem(4).text() == "colour"
    assert dialog.options() == CsvOptions(label="pixel2", categorical="onehot")
    dialog.header.setCurrentIndex(dialog.header.findData(False))       # a column name cannot pick the label now
    assert not dialog.error.isHidden() and "header=False" in dialog.error.text()
    dialog.label_column.setCurrentIndex(0)                              # detect: the last column
    assert dialog.error.isHidden() and dialog.import_button.isEnabled()
    assert dialog.table.horizontalHeaderItem(0).text() == "column 1"
    assert dialog.table.horizontalHeaderItem(4).text() == "column 5 (label)"
    dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(";"))
    assert not dialog.error.isHidden() and "found 1 column" in dialog.error.text()
    assert not dialog.import_button.isEnabled()


def test_import_reads_the_whole_file_in_a_thread(qtbot, kaggle):
    dialog = CsvImportDialog(kaggle)
    qtbot.addWidget(dialog)
    dialog.text_columns.setCurrentIndex(dialog.text_columns.findData("onehot"))
    assert accept(qtbot, dialog)
    data = dialog.dataset
    assert data.X.shape == (60, 5) and data.class_names == ("0", "1", "2")
    assert data.feature_names[-2:] == ("colour=red", "colour=blue")
    assert not dialog.importing


def test_a_failed_import_stays_in_the_dialog_with_the_reason(qtbot, tmp_path):
    path = tmp_path / "late.csv"
    path.write_text("a,b,label\n" + "1,2,x\n" * 300 + "1,abc,y\n")
    dialog = CsvImportDialog(path)
    qtbot.addWidget(dialog)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.importing and not dialog.error.isHidden())
    assert dialog.error.text() == "late.csv line 302: column 2 'abc' is not a number"
    assert dialog.import_button.isEnabled() and dialog.dataset is None


def test_cancelling_stops_the_reading_thread(qtbot, tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("a,b,label\n" + "".join(f"{i},{i % 5},{i % 2}\n" for i in range(200_000)))
    dialog = CsvImportDialog(path)
    qtbot.addWidget(dialog)
    dialog.import_button.click()
    loader = dialog._loader
    dialog.reject()
    assert loader.isFinished() and not dialog.importing and dialog.dataset is None


def test_the_panel_imports_with_the_chosen_options_and_the_file_keeps_them(qtbot, kaggle, tmp_path):
    document = Document(Network.build([2, 4, 1], hidden="tanh", output="sigmoid", seed=0))
    session = TrainingSession(document)
    panel = TrainingPanel(session)
    qtbot.addWidget(panel)
    panel.ask_csv_path = lambda: str(kaggle)

    def choose_pixel2(dialog):
        dialog.label_column.setCurrentIndex(dialog.label_column.findData("pixel2"))
        return accept(qtbot, dialog)
    panel.run_import_dialog = choose_pixel2
    index = panel.dataset_combo.findData("__import_csv__")
    panel.dataset_combo.setCurrentIndex(index)
    panel.dataset_combo.activated.emit(index)
    assert document.meta.dataset["csv"] == {"label": "pixel2"}
    assert session.dataset.feature_names == ("label", "pixel0", "pixel1")
    session.apply_suggestion()
    saved = tmp_path / "kaggle.json"
    document.save(saved)
    assert io.load(saved).dataset["csv"] == {"label": "pixel2"}
    session.stop()

    # Opening the file again reads the CSV with the stored options, not the detected ones.
    reopened = Document()
    reopened.load(saved)
    again = TrainingSession(reopened)
    assert again.dataset.feature_names == ("label", "pixel0", "pixel1") and not again.problems()
    again.stop()
    for doc in (document, reopened):
        doc.undo_stack.clear()      # parentless documents must not be collected together with their commands
