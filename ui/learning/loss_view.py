"""Loss and softmax laid open.

Left: mean squared error and cross-entropy side by side for one output y and a target t,
with every term of both sums. Right: softmax step by step — a, a − max(a), e^(a − max),
their sum, y — next to what the naive e^a gives (inf at a = 1010). Values come from the
engine (Loss.terms, SoftmaxSteps); the page only formats them.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from simulator import losses
from simulator.activations import SoftmaxSteps

from ..i18n import engine_text, translate
from ..widgets import WRONG, bold, dim
from .steps import num

BOOK_Y = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]   # the textbook's example output (chapter 4)
BOOK_CLASS = 2                                                   # its correct answer: "2"
BOOK_A = [0.3, 2.9, 4.0]                                         # the textbook's softmax example (chapter 3)
OVERFLOW_A = [1010.0, 1000.0, 990.0]                             # the textbook's overflow example


def parse_vector(text: str, what: str) -> np.ndarray:
    """"0.1, 0.05 0.6" -> array; a clear error naming the field and the bad entry otherwise."""
    parts = [p for p in text.replace(",", " ").replace(";", " ").split() if p]
    if not parts:
        raise ValueError(translate("LossView", "{field}: enter numbers separated by commas").format(field=what))
    values = []
    for i, part in enumerate(parts):
        try:
            values.append(float(part.replace("\u2212", "-")))
        except ValueError:
            raise ValueError(translate("LossView", "{field}: entry {index} ({text}) is not a number").format(
                field=what, index=i + 1, text=repr(part))) from None
    return np.array(values)


def vector_text(values) -> str:
    return ", ".join(f"{float(v):.6g}" for v in values)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setDefaultSectionSize(24)
    return table


def _put(table: QTableWidget, row: int, col: int, text: str, bad: bool = False) -> None:
    item = QTableWidgetItem(text)
    if bad:
        item.setForeground(QColor(WRONG))
    table.setItem(row, col, item)


class LossComparison(QGroupBox):
    def __init__(self, document, parent=None):
        super().__init__(translate("LossComparison", "Mean squared error vs cross-entropy"), parent)
        self.document = document
        self.y_edit, self.t_edit = QLineEdit(), QLineEdit()
        self.y_edit.setToolTip(translate("LossComparison",
                                         "The network's output y, one number per output (edit freely)"))
        self.t_edit.setToolTip(translate("LossComparison", "The target t (one-hot for a class; edit freely)"))
        self.target_class = QSpinBox()
        self.target_class.setPrefix(translate("LossComparison", "correct class "))
        self.target_class.setToolTip(translate("LossComparison", "Fill t with a one-hot target for this class"))
        self.use_output = QPushButton(translate("LossComparison", "Use the network's output"))
        self.use_output.setToolTip(translate("LossComparison", "y = the output for the current inputs"))
        self.book = QPushButton(translate("LossComparison", "Textbook example"))
        self.book.setToolTip(translate("LossComparison", "y = [0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0], "
                                                         "t = class 2 (chapter 4)"))
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {WRONG}")
        self.totals = bold(QLabel())
        self.totals.setWordWrap(True)
        self.table = _table(["i", "y", "t", "½(y − t)²", "−t·log(y + 10⁻⁷)"])
        hint = dim(QLabel(translate("LossComparison", "MSE = Σ ½(y − t)² adds a term for every output; "
                                                      "cross-entropy only for the outputs with t > 0, so for a "
                                                      "one-hot target it is just −log of the probability given to "
                                                      "the correct class.")))
        hint.setWordWrap(True)
        form = QVBoxLayout(self)
        for label, edit in (("y =", self.y_edit), ("t =", self.t_edit)):
            row = QHBoxLayout()
            row.addWidget(QLabel(label))
            row.addWidget(edit, 1)
            form.addLayout(row)
        buttons = QHBoxLayout()
        for widget in (self.target_class, self.use_output, self.book):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        form.addLayout(buttons)
        form.addWidget(self.error)
        form.addWidget(self.table, 1)
        form.addWidget(self.totals)
        form.addWidget(hint)
        self.y_edit.editingFinished.connect(self.refresh)
        self.t_edit.editingFinished.connect(self.refresh)
        self.target_class.valueChanged.connect(self._one_hot)
        self.use_output.clicked.connect(self.take_output)
        self.book.clicked.connect(self.textbook)

    def take_output(self) -> None:
        y = self.document.outputs()
        self.y_edit.setText(vector_text(y))
        self.target_class.setRange(0, len(y) - 1)
        self._one_hot()

    def textbook(self) -> None:
        self.y_edit.setText(vector_text(BOOK_Y))
        self.target_class.setRange(0, len(BOOK_Y) - 1)
        self.target_class.setValue(BOOK_CLASS)
        self._one_hot()

    def _one_hot(self) -> None:
        n = max(1, len(self.y_edit.text().replace(",", " ").split()))
        t = np.zeros(n)
        t[min(self.target_class.value(), n - 1)] = 1.0
        self.t_edit.setText(vector_text(t))
        self.refresh()

    def refresh(self) -> None:
        try:
            y = parse_vector(self.y_edit.text(), "y")
            t = parse_vector(self.t_edit.text(), "t")
            if y.shape != t.shape:
                raise ValueError(translate("LossComparison", "y has {y} numbers but t has {t}: give one target per "
                                                             "output").format(y=y.size, t=t.size))
        except ValueError as error:
            self.error.setText(engine_text(error))   # ours, or the engine's (SoftmaxSteps)
            self.error.show()
            return
        self.error.hide()
        with np.errstate(invalid="ignore", divide="ignore"):
            mse = losses.get("mse").terms(y, t)
            ce = losses.get("cross_entropy").terms(y, t)
        self.table.setRowCount(len(y))
        for i in range(len(y)):
            for c, text in enumerate((str(i), num(y[i]), num(t[i]), num(mse[i]), num(ce[i]))):
                _put(self.table, i, c, text, bad=c == 4 and not np.isfinite(ce[i]))
        self.table.resizeColumnsToContents()
        mse_total, ce_total = float(mse.sum()), float(ce.sum())
        text = translate("LossComparison", "MSE = {mse}     cross-entropy = {ce}").format(
            mse=f"{mse_total:.4f}", ce=f"{ce_total:.4f}")
        if not np.isfinite(ce_total):
            text += "  " + translate("LossComparison", "(log of a negative y is undefined: cross-entropy needs "
                                                       "outputs in [0, 1], e.g. softmax)")
        self.totals.setText(text)


class SoftmaxView(QGroupBox):
    ROWS = ["a", "a − max(a)", "e^(a − max)", QT_TRANSLATE_NOOP("SoftmaxView", "sum of e^(a − max)"),
            QT_TRANSLATE_NOOP("SoftmaxView", "y = e^(a − max) / sum"), QT_TRANSLATE_NOOP("SoftmaxView", "naive e^a"),
            QT_TRANSLATE_NOOP("SoftmaxView", "naive y = e^a / Σ e^a")]

    def __init__(self, document, parent=None):
        super().__init__(translate("SoftmaxView", "Softmax, step by step"), parent)
        self.document = document
        self.a_edit = QLineEdit()
        self.a_edit.setToolTip(translate("SoftmaxView", "The output layer's a (edit freely)"))
        self.use_output = QPushButton(translate("SoftmaxView", "Use the output layer's a"))
        self.book = QPushButton(translate("SoftmaxView", "Textbook [0.3, 2.9, 4.0]"))
        self.overflow = QPushButton(translate("SoftmaxView", "Overflow [1010, 1000, 990]"))
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {WRONG}")
        self.table = _table([])
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel("a ="))
        row.addWidget(self.a_edit, 1)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        for button in (self.use_output, self.book, self.overflow):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.a_edit.editingFinished.connect(self.refresh)
        self.use_output.clicked.connect(self.take_output)
        self.book.clicked.connect(lambda: self.set_a(BOOK_A))
        self.overflow.clicked.connect(lambda: self.set_a(OVERFLOW_A))

    def set_a(self, values) -> None:
        self.a_edit.setText(vector_text(values))
        self.refresh()

    def take_output(self) -> None:
        self.set_a(self.document.preactivations(len(self.document.sizes) - 1))

    def refresh(self) -> None:
        try:
            steps = SoftmaxSteps(parse_vector(self.a_edit.text(), "a"))
        except ValueError as error:
            self.error.setText(engine_text(error))   # ours, or the engine's (SoftmaxSteps)
            self.error.show()
            return
        self.error.hide()
        n = steps.a.size
        self.table.setColumnCount(n + 1)
        self.table.setHorizontalHeaderLabels([""] + [f"i = {i}" for i in range(n)])
        self.table.setRowCount(len(self.ROWS))
        rows = [steps.a, steps.shifted, steps.exp, None, steps.y, steps.naive_exp, steps.naive_y]
        for r, (title, values) in enumerate(zip(self.ROWS, rows)):
            _put(self.table, r, 0, translate("SoftmaxView", title))
            if values is None:
                _put(self.table, r, 1, num(steps.total))
                continue
            for i in range(n):
                v = float(values[i])
                _put(self.table, r, i + 1, num(v) if np.isfinite(v) else ("inf" if v > 0 else "nan"),
                     bad=not np.isfinite(v))
        self.table.resizeColumnsToContents()
        if steps.naive_overflows:
            self.note.setText(translate("SoftmaxView", "e^a overflows: float64 stops at about 1.8e308 (e^709.8), so "
                                                       "e^1010 is inf and inf / inf is nan. Subtracting max(a) first "
                                                       "changes nothing in y (the factor e^−max cancels) but keeps "
                                                       "every e^(a − max) in (0, 1]."))
        else:
            self.note.setText(translate("SoftmaxView", "Subtracting max(a) leaves y unchanged (the factor e^−max "
                                                       "cancels in the fraction); it only keeps e^(…) from "
                                                       "overflowing for large a. Try the overflow example."))


class LossSoftmaxPage(QWidget):
    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.loss = LossComparison(document)
        self.softmax = SoftmaxView(document)
        layout = QHBoxLayout(self)
        layout.addWidget(self.loss, 1)
        layout.addWidget(self.softmax, 1)
        self._filled = False

    def refresh(self) -> None:
        """Fill both views from the network the first time the page is shown."""
        if not self._filled:
            self._filled = True
            self.loss.take_output()
            self.softmax.take_output()
