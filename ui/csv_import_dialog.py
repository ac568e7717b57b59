"""The CSV import dialog: see how the file will be read, adjust it, then read it off the GUI thread.

The dialog shows what `simulator.csv_import.sniff` detected (delimiter, decimal
separator, header, label column, text columns, scikit-learn's layout) and a preview
of the first rows: the label column highlighted, skipped columns greyed. Every
choice re-reads the first rows at once. Import reads the whole file in a thread with
a progress bar and Cancel, so a million-row file never freezes the window.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QThread, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QProgressBar, QTableWidget, QTableWidgetItem, QVBoxLayout)

from simulator import csv_import
from simulator.csv_import import CsvOptions, Layout
from simulator.datasets import Dataset, DatasetError

from .i18n import engine_text, translate

LABEL_BACKGROUND = QColor("#fde9b8")   # the label column
SKIPPED_FOREGROUND = QColor("#9a9a9a")  # text columns that are skipped

# The choices' texts are translated when the combo boxes are filled (context "CsvImportDialog").
_DETECT = QT_TRANSLATE_NOOP("CsvImportDialog", "Detect")
_DELIMITERS = [(_DETECT, None), (QT_TRANSLATE_NOOP("CsvImportDialog", "Comma ,"), ","),
               (QT_TRANSLATE_NOOP("CsvImportDialog", "Semicolon ;"), ";"),
               (QT_TRANSLATE_NOOP("CsvImportDialog", "Tab"), "\t"),
               (QT_TRANSLATE_NOOP("CsvImportDialog", "Vertical bar |"), "|"),
               (QT_TRANSLATE_NOOP("CsvImportDialog", "Spaces"), " ")]
_DECIMALS = [(_DETECT, None), (QT_TRANSLATE_NOOP("CsvImportDialog", "Point (1.5)"), "."),
             (QT_TRANSLATE_NOOP("CsvImportDialog", "Comma (1,5)"), ",")]
_HEADERS = [(_DETECT, None), (QT_TRANSLATE_NOOP("CsvImportDialog", "Yes: the first row names the columns"), True),
            (QT_TRANSLATE_NOOP("CsvImportDialog", "No: every row is data"), False)]
_TEXT = [(QT_TRANSLATE_NOOP("CsvImportDialog", "Skip them"), "skip"),
         (QT_TRANSLATE_NOOP("CsvImportDialog", "One-hot encode them (one 0/1 column per value)"), "onehot")]
_TASKS = [(_DETECT, None),
          (QT_TRANSLATE_NOOP("CsvImportDialog", "Classification (labels are classes)"), "classification"),
          (QT_TRANSLATE_NOOP("CsvImportDialog", "Regression (labels are numbers to predict)"), "regression")]


def _sentence(message: str) -> str:
    """An engine remark ("dropped 3 rows…") as a sentence in the current language."""
    text = engine_text(message)
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "。")) else translate("CsvImportDialog", "{0}.").format(text)


class _Loader(QThread):
    """Reads the whole file with csv_import.load in its own thread."""

    progressed = Signal(float)
    loaded = Signal(object)
    failed = Signal(object)   # the DatasetError, shown in the GUI thread's language

    def __init__(self, path: Path, options: CsvOptions, parent=None):
        super().__init__(parent)
        self.path, self.options = path, options
        self.cancelled = False

    def run(self) -> None:
        try:
            data = csv_import.load(self.path, self.options, progress=self._progress)
        except DatasetError as error:
            self.failed.emit(error)
            return
        self.loaded.emit(data)

    def _progress(self, fraction: float) -> bool:
        self.progressed.emit(fraction)
        return not self.cancelled


class CsvImportDialog(QDialog):
    """Preview and read a CSV file. After `exec()` returns Accepted, `dataset` and `options()` hold the result.

    Raises DatasetError at once when the file cannot be read at all (a pipe, not text).
    """

    def __init__(self, path, parent=None, options: CsvOptions | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.dataset: Dataset | None = None
        self.layout_found: Layout = csv_import.sniff(self.path, options)   # may raise: nothing to show
        self._loader: _Loader | None = None
        self.setWindowTitle(translate("CsvImportDialog", "Import {0}").format(self.path.name))
        self.resize(860, 560)

        title = QLabel(self.path.name)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.delimiter = self._combo(_DELIMITERS)
        self.decimal = self._combo(_DECIMALS)
        self.header = self._combo(_HEADERS)
        self.text_columns = self._combo(_TEXT)
        self.task = self._combo(_TASKS)
        self.label_column = QComboBox()
        self.label_column.setToolTip(translate("CsvImportDialog", "The column that holds what the network should "
                                                                  "predict"))
        left, right = QFormLayout(), QFormLayout()
        left.addRow(translate("CsvImportDialog", "Delimiter:"), self.delimiter)
        left.addRow(translate("CsvImportDialog", "Decimal separator:"), self.decimal)
        left.addRow(translate("CsvImportDialog", "Header row:"), self.header)
        right.addRow(translate("CsvImportDialog", "Label column:"), self.label_column)
        right.addRow(translate("CsvImportDialog", "Text feature columns:"), self.text_columns)
        right.addRow(translate("CsvImportDialog", "Task:"), self.task)
        options_row = QHBoxLayout()
        options_row.addLayout(left, 1)
        options_row.addSpacing(16)
        options_row.addLayout(right, 1)

        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)     # a preview: no current cell to highlight
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setMinimumSectionSize(56)
        self.legend = QLabel(translate("CsvImportDialog", "<span style='background:#fde9b8'>&nbsp;label&nbsp;</span>"
                                                          "&nbsp; <span style='color:#9a9a9a'>skipped</span> &nbsp;· "
                                                          "first rows of the file"))

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setFormat(translate("CsvImportDialog", "Reading… {0}").format("%p%"))
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(translate("CsvImportDialog", "Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addLayout(options_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        for combo in (self.delimiter, self.decimal, self.header, self.text_columns, self.task, self.label_column):
            combo.currentIndexChanged.connect(self._options_changed)
        self._syncing = False
        self._fill_label_choices(None)
        self._show_layout()

    # ------------------------------------------------------------------ options
    def options(self) -> CsvOptions:
        """The reading options the widgets describe."""
        return CsvOptions(delimiter=self.delimiter.currentData(), decimal=self.decimal.currentData(),
                          header=self.header.currentData(), label=self.label_column.currentData(),
                          categorical=self.text_columns.currentData(), task=self.task.currentData())

    @staticmethod
    def _combo(choices) -> QComboBox:
        combo = QComboBox()
        for text, value in choices:
            combo.addItem(translate("CsvImportDialog", text), value)
        return combo

    def _fill_label_choices(self, keep) -> None:
        """One entry per column (by name when the file has a header), keeping the chosen one if it still exists."""
        self._syncing = True
        combo, found = self.label_column, self.layout_found
        combo.clear()
        combo.addItem(translate("CsvImportDialog", "Detect ({0})").format(found.names[found.label]), None)
        for c, name in enumerate(found.names):
            combo.addItem(f"{c + 1}: {name}", name if found.header else c)
        index = combo.findData(keep) if keep is not None else 0
        combo.setCurrentIndex(max(index, 0))
        self._syncing = False

    @Slot()
    def _options_changed(self) -> None:
        if self._syncing:
            return
        options = self.options()
        try:
            self.layout_found = csv_import.sniff(self.path, options)
        except DatasetError as error:
            self._show_error(engine_text(error))
            self.import_button.setEnabled(False)
            return
        self._fill_label_choices(options.label)
        self._show_layout()

    # ------------------------------------------------------------------ preview
    def _show_layout(self) -> None:
        found = self.layout_found
        self.error.hide()
        self.import_button.setEnabled(True)
        lines = [_sentence(found.describe())] + [_sentence(note) for note in found.notes]
        self.summary.setText("\n".join(lines))
        table = self.table
        table.clear()
        table.setColumnCount(len(found.names))
        table.setRowCount(len(found.rows))
        skipping = self.text_columns.currentData() == "skip"
        headers = []
        for c, name in enumerate(found.names):
            if c == found.label:
                shown = (name if name.strip().lower() == "label"   # not "label (label)"
                         else translate("CsvImportDialog", "{0} (label)").format(name))
            else:
                shown = (translate("CsvImportDialog", "{0} (skipped)").format(name)
                         if found.kinds[c] == "text" and skipping else name)
            headers.append(shown)
        table.setHorizontalHeaderLabels(headers)
        table.setVerticalHeaderLabels([str(found.first_line + r) for r in range(len(found.rows))])
        bold = QFont(table.font())
        bold.setBold(True)
        for r, row in enumerate(found.rows):
            for c in range(len(found.names)):
                text = row[c] if c < len(row) else ""
                if c == found.label and found.sklearn_classes and text.isdigit() \
                        and int(text) < len(found.sklearn_classes):
                    text = f"{text} = {found.sklearn_classes[int(text)]}"   # scikit-learn numbers its classes
                item = QTableWidgetItem(text)
                if c == found.label:
                    item.setBackground(QBrush(LABEL_BACKGROUND))
                    item.setFont(bold)
                elif found.kinds[c] == "text" and skipping:
                    item.setForeground(QBrush(SKIPPED_FOREGROUND))
                table.setItem(r, c, item)
        table.resizeColumnsToContents()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # ------------------------------------------------------------------ reading
    @Slot()
    def start_import(self) -> None:
        """Read the whole file in a thread; the dialog accepts when it is done."""
        if self._loader is not None:
            return
        self.error.hide()
        self.progress.setValue(0)
        self.progress.show()
        self._set_inputs_enabled(False)
        loader = _Loader(self.path, self.options(), self)
        loader.progressed.connect(lambda f: self.progress.setValue(int(f * 1000)))
        loader.loaded.connect(self._loaded)
        loader.failed.connect(self._failed)
        self._loader = loader
        loader.start()

    @property
    def importing(self) -> bool:
        return self._loader is not None

    @Slot(object)
    def _loaded(self, data: Dataset) -> None:
        if self._loader is None:      # cancelled meanwhile
            return
        self._finish_loader()
        self.dataset = data
        self.accept()

    @Slot(object)
    def _failed(self, error: DatasetError) -> None:
        if self._loader is None:
            return
        self._finish_loader()
        self.progress.hide()
        self._set_inputs_enabled(True)
        self._show_error(engine_text(error))

    def _finish_loader(self) -> None:
        if self._loader is not None:
            self._loader.wait()
            self._loader = None

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.delimiter, self.decimal, self.header, self.text_columns, self.task, self.label_column,
                       self.import_button):
            widget.setEnabled(enabled)

    def reject(self) -> None:
        """Cancel: stop a running import first (the thread never outlives the dialog)."""
        if self._loader is not None:
            self._loader.cancelled = True
            self._loader.wait()
            self._loader = None
        super().reject()
