"""The truth table: every 0/1 input row, the network's output(s) for each, and whether
they match a chosen logic gate.

Shown only where the inputs are 0/1 values: for logic-gate data, for data whose every
input is 0 or 1, and for hand-made networks without a dataset. For other data (iris,
spiral, sin, ...) a note says why there is no table. The figures are those of the
weights as they are now (the loss plot's are those at the end of the last training run).

All rows go through the engine in one `network.forward` call. The table is built
only when the structure changes; on `values_changed` only cell texts change.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QStackedWidget,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from simulator import datasets, logic

from ..changes import Changed, What
from ..i18n import count_text, engine_text, translate
from ..widgets import CORRECT, WRONG, dim, format_value, gate_of
from .inputs import load_dataset

MAX_INPUTS = 4


class TruthTablePanel(QWidget):
    """See the module docstring."""

    #: True when the panel shows a table, False when it explains why there is none (e.g. spiral data).
    table_shown = Signal(bool)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.rows = np.zeros((0, 0))
        self._gate_bits: dict[str, np.ndarray] = {}   # each standard gate's outputs for self.rows
        self.targets: np.ndarray | None = None
        self.correct: np.ndarray | None = None
        self._current_row = -1
        self._gate_from_dataset = True   # follow the document's dataset until the user picks a gate
        self._binary_data: dict[str, str] = {}   # dataset name -> "" (0/1 inputs) or why there is no table
        self._headers: list[str] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.target_label = QLabel(translate("TruthTablePanel", "target"))
        top.addWidget(self.target_label)
        self.gate_combo = QComboBox()
        self.gate_combo.addItem(translate("TruthTablePanel", "none"), None)
        for gate in datasets.GATES:
            self.gate_combo.addItem(gate.upper(), gate)
        self.gate_combo.setToolTip(translate(
            "TruthTablePanel", "The logic gate the outputs are checked against (output > 0.5 counts as 1)"))
        self.gate_combo.activated.connect(self._gate_picked)
        top.addWidget(self.gate_combo)
        top.addStretch(1)
        self.summary = QLabel()
        self.summary.setToolTip(translate(
            "TruthTablePanel", "How many rows the network gets right for the chosen target, with the weights as they "
            "are now"))
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)
        top.addWidget(self.summary)
        layout.addLayout(top)
        self.computes = QLabel()
        self.computes.setToolTip(translate(
            "TruthTablePanel", "Which logic gate the output computes right now (output > 0.5 counts as 1)"))
        layout.addWidget(self.computes)

        self.stack = QStackedWidget()
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(False)
        self.table.setToolTip(translate(
            "TruthTablePanel", "Click a row to feed that input combination into the network"))
        self.table.cellClicked.connect(self._row_clicked)
        self.note = dim(QLabel())
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.note)
        layout.addWidget(self.stack, 1)
        self.click_hint = dim(QLabel(translate("TruthTablePanel", "Click a row to feed it into the network.")))
        self.click_hint.setWordWrap(True)   # never the widest line of a narrow dock, in any language
        layout.addWidget(self.click_hint)

        self._rebuild()
        document.changed.connect(self._document_changed)

    # -- public ----------------------------------------------------------------------
    @property
    def gate(self) -> str | None:
        return self.gate_combo.currentData()

    def set_gate(self, gate: str | None) -> None:
        """Check the outputs against `gate` ("and", ...) or against nothing (None)."""
        index = self.gate_combo.findData(gate)
        if index < 0:
            raise ValueError(f"unknown gate {gate!r}; choose one of {', '.join(datasets.GATES)} or None")
        self._gate_from_dataset = False
        self.gate_combo.setCurrentIndex(index)
        self._gate_changed()

    # -- building ----------------------------------------------------------------------
    def _no_table_reason(self) -> str:
        """Why this network gets no table ("" when it gets one)."""
        n = self.document.sizes[0]
        if n > MAX_INPUTS:
            return translate(
                "TruthTablePanel", "A truth table lists every 0/1 combination of the inputs. This network has "
                "{inputs} inputs ({rows} rows), so the table is shown only for networks with up to {most} inputs."
            ).format(inputs=n, rows='2^' + str(n) if n > 20 else count_text(2 ** n), most=MAX_INPUTS)
        dataset = self.document.meta.dataset
        if not dataset or gate_of(dataset) is not None:
            return ""   # logic-gate data, or a hand-made network: 0/1 inputs are the natural question
        name = str(dataset.get("name", ""))
        if name not in self._binary_data:
            data, problem = load_dataset(dataset)
            if data is not None and logic.binary_inputs(data.X):
                self._binary_data[name] = ""
            elif data is not None:
                features = ", ".join(engine_text(f) for f in data.feature_names[:4])
                self._binary_data[name] = translate(
                    "TruthTablePanel",
                    "A truth table lists the outputs for every 0/1 combination of the inputs. The "
                    "{name} data's inputs are not 0/1 values ({features}), so such a table would show inputs "
                    "the network never sees. It is shown for logic-gate data and for networks without a dataset."
                ).format(name=engine_text(data.name),
                         features=features + (", …" if len(data.feature_names) > 4 else ""))
            else:
                self._binary_data[name] = translate(
                    "TruthTablePanel",
                    "A truth table is shown for logic-gate data (0/1 inputs) and for networks without a dataset; "
                    "this network's data ({0}) cannot be checked for 0/1 inputs here."
                ).format(name.rsplit('/', 1)[-1])
        return self._binary_data[name]

    def _show_page(self, page) -> None:
        if self.stack.currentWidget() is not page:
            self.stack.setCurrentWidget(page)
            self.table_shown.emit(page is self.table)

    def _rebuild(self) -> None:
        doc = self.document
        n, m = doc.sizes[0], doc.sizes[-1]
        self._current_row = -1
        reason = self._no_table_reason()
        if reason:
            self.rows = np.zeros((0, n))
            self._gate_bits = {}
            self.targets = self.correct = None
            self.note.setText(reason)
            self._show_page(self.note)
            self.click_hint.hide()
            self.gate_combo.setEnabled(False)
            self.gate_combo.hide()
            self.target_label.hide()
            self.computes.clear()
            self.computes.hide()
            self.summary.setText("")
            return
        self._show_page(self.table)
        self.click_hint.show()
        self.gate_combo.show()
        self.target_label.show()
        self.gate_combo.setEnabled(n >= 2)
        self.gate_combo.setToolTip(
            translate("TruthTablePanel", "The logic gate the outputs are checked against (output > 0.5 counts as 1)")
            if n >= 2 else translate("TruthTablePanel", "Logic gates need 2 to 4 inputs"))
        self.rows = logic.binary_rows(n)
        self._gate_bits = logic.gate_outputs(n)   # {} for 1 input: no gate has a single input
        headers = self._header_names() + [translate("TruthTablePanel", "target"), translate("TruthTablePanel", "match")]
        self._headers = headers[:-2]
        table = self.table
        table.clear()
        table.setRowCount(len(self.rows))
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        match_tip = (translate("TruthTablePanel", "✓ when the network's answer (output > 0.5, or the largest "
                                                  "output) matches the target") if m > 1
                     else translate("TruthTablePanel", "✓ when the network's answer (output > 0.5) matches the target"))
        header_tips = ([translate("TruthTablePanel", "input {0}").format(doc.label(0, i)) for i in range(n)]
                       + [translate("TruthTablePanel", "output {0} of the network for this row").format(
                           doc.label(-1, j)) for j in range(m)]
                       + [translate("TruthTablePanel", "what the target gate says for this row"), match_tip])
        for c, tip in enumerate(header_tips):
            table.horizontalHeaderItem(c).setToolTip(tip)
        for r, bits in enumerate(self.rows):
            for c in range(len(headers)):
                item = QTableWidgetItem(format_value(bits[c]) if c < n else "")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        # Columns share the width but never squeeze a name ("sepal_length_cm") below its own width:
        # the table scrolls sideways instead.
        target = translate("TruthTablePanel", "target")
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance(target) + 16)
        for c in range(len(headers)):
            # Output columns as wide as their names ("x1 NAND x2"); the others share what is left.
            output = n <= c < n + m
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents if output
                                        else QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        if self._gate_from_dataset:
            self._select_dataset_gate()
        self._gate_changed()

    def _header_names(self) -> list[str]:
        doc = self.document
        n, m = doc.sizes[0], doc.sizes[-1]
        return [doc.label(0, i) for i in range(n)] + [doc.label(-1, j) for j in range(m)]

    def _metadata_changed(self) -> None:
        reason = self._no_table_reason()
        showing_table = self.stack.currentWidget() is self.table
        if bool(reason) == showing_table or (reason and reason != self.note.text()):
            self._rebuild()   # another dataset: the table appears or goes
            return
        if self._gate_from_dataset and self.rows.shape[0]:
            self._select_dataset_gate()
            self._gate_changed()

    def _select_dataset_gate(self) -> None:
        index = self.gate_combo.findData(gate_of(self.document.meta.dataset))
        self.gate_combo.setCurrentIndex(max(index, 0))

    def _gate_picked(self, _index: int) -> None:
        self._gate_from_dataset = False
        self._gate_changed()

    def _gate_changed(self) -> None:
        n = self.rows.shape[1] if self.rows.size else 0
        gate = self.gate if n >= 2 else None
        columns = self.table.columnCount()
        if gate is None:
            self.targets = None
        else:
            self.targets = self._gate_bits[gate]
            for r, t in enumerate(self.targets):
                self.table.item(r, columns - 2).setText(str(t))
        self.table.setColumnHidden(columns - 2, gate is None)
        self.table.setColumnHidden(columns - 1, gate is None)
        self._update()

    # -- following the document ------------------------------------------------------------
    def _document_changed(self, change: Changed) -> None:
        """Recompute only what `change` can affect: the rows' outputs do not depend on the current
        inputs, the learning rate or the loss curve."""
        if change.touches(What.STRUCTURE):
            self._rebuild()
            return
        if change.touches_setting("dataset"):
            self._metadata_changed()
        if change.touches(What.VALUES):
            self._update()
        elif change.touches(What.INPUTS) and self.rows.shape[0]:
            self._highlight(self._row_of_inputs())

    def _update(self) -> None:
        if not self.rows.shape[0]:
            return
        doc = self.document
        n, m = doc.sizes[0], doc.sizes[-1]
        if self.rows.shape[1] != n or self.table.columnCount() != n + m + 2:
            return   # a structure change is on its way
        outputs = doc.network.forward(self.rows)   # every row in one engine call
        table = self.table
        names = self._header_names()
        if names != self._headers:   # e.g. "x1 AND x2" becomes "x1 NAND x2" as its bias moves
            self._headers = names
            for c, name in enumerate(names):
                table.horizontalHeaderItem(c).setText(name)
        for r in range(len(self.rows)):
            for j in range(m):
                table.item(r, n + j).setText(format_value(outputs[r, j]))
        self._show_computed_gate(outputs)
        if self.targets is None:
            self.correct = None
            self.summary.setText("")
            self.summary.setToolTip(translate("TruthTablePanel", "Choose a target gate to check the outputs"))
        else:
            predicted = (outputs[:, 0] > 0.5).astype(int) if m == 1 else np.argmax(outputs, axis=1)
            self.correct = predicted == self.targets
            for r, ok in enumerate(self.correct):
                item = table.item(r, n + m + 1)
                item.setText("✓" if ok else "✗")
                item.setForeground(QBrush(QColor(CORRECT if ok else WRONG)))
            right, total = int(self.correct.sum()), len(self.correct)
            all_right = right == total
            self.summary.setText(translate("TruthTablePanel", "{mark} {right}/{total} correct now").format(
                mark="✓" if all_right else "✗", right=right, total=total))
            if all_right:
                matches = translate("TruthTablePanel",
                                    "With the weights as they are now, {right} of {total} rows match {gate}.")
            else:
                matches = translate("TruthTablePanel", "With the weights as they are now, {right} of {total} rows "
                                                       "match {gate}; {wrong} wrong.")
            matches = matches.format(right=right, total=total, gate=self.gate.upper(), wrong=total - right)
            self.summary.setToolTip(matches + "\n" + translate(
                "TruthTablePanel", "The accuracy beside the loss curve is that of the weights at the end of the last "
                "training run."))
            palette = self.summary.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(CORRECT if all_right else WRONG))
            self.summary.setPalette(palette)
        self._highlight(self._row_of_inputs())

    def computed_gate(self, outputs=None) -> str | None:
        """The standard gate (AND, OR, NAND, NOR, XOR) the single output computes, if any."""
        sizes = self.document.sizes
        if sizes[-1] != 1 or not self.rows.shape[0] or self.rows.shape[1] != sizes[0]:
            return None   # no table for this network (e.g. 64 inputs), or one being rebuilt
        if outputs is None:
            outputs = self.document.network.forward(self.rows)
        return logic.gate_of_outputs(outputs[:, 0])

    def _show_computed_gate(self, outputs) -> None:
        gate = self.computed_gate(outputs)
        if (self.document.sizes[-1] != 1 or self.rows.shape[1] != self.document.sizes[0]
                or self.rows.shape[1] < logic.MIN_GATE_INPUTS):   # no gate has a single input
            text = ""
        elif gate is None:
            text = translate("TruthTablePanel", "computes: no standard gate")
        else:
            text = translate("TruthTablePanel", "computes: <b>{0}</b>").format(gate.upper())
        if text != self.computes.text():
            self.computes.setText(text)
        if self.computes.isHidden() == bool(text):
            self.computes.setVisible(bool(text))

    def _row_of_inputs(self) -> int:
        x = self.document.inputs
        if not np.all((x == 0) | (x == 1)):
            return -1
        return int(x @ (2 ** np.arange(len(x) - 1, -1, -1)))

    def _highlight(self, row: int) -> None:
        if row == self._current_row:
            return
        highlight = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        highlight.setAlpha(70)
        for r, brush in ((self._current_row, QBrush()), (row, QBrush(highlight))):
            if 0 <= r < self.table.rowCount():
                for c in range(self.table.columnCount()):
                    item = self.table.item(r, c)
                    item.setBackground(brush)
                    font = item.font()
                    font.setBold(r == row)
                    item.setFont(font)
        self._current_row = row

    @property
    def current_row(self) -> int:
        """The row matching the current inputs, or -1 when they are not all 0/1."""
        return self._current_row

    def _row_clicked(self, row: int, _column: int) -> None:
        values = self.rows[row]
        if not np.array_equal(values, self.document.inputs):
            self.document.set_inputs(values)

    def __repr__(self) -> str:
        return f"TruthTablePanel({len(self.rows)} rows, target={self.gate!r})"
