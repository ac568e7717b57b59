"""Gradient check page: backprop next to central differences for every weight and bias.

One heatmap per layer (log10 of the relative error, W with its bias row below), the max
and the mean, pass/fail at the stated threshold with the reason, notes (step units, kinks),
and a "try a wrong derivative" switch that checks a deliberately broken backprop.
The switch affects this check only; training never sees it.
"""
from __future__ import annotations

import hashlib
import math

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (QApplication, QCheckBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from simulator.backprop_check import BUG, REASON, check_gradients

from ..i18n import count_text, engine_text, loss_name, translate
from ..widgets import CORRECT, WRONG, bold, dim
from .steps import num

MAX_PARAMETERS = 20_000   # central differences cost two forward passes per parameter
LOG_LOW = -12.0


def error_colour(error: float, threshold: float) -> QColor:
    """Below the threshold: pale (1e-12 or less) to full green (at the threshold); above it: vermillion."""
    if not error <= threshold:      # also nan
        return QColor(WRONG)
    level = math.log10(max(error, 1e-300))
    top = math.log10(threshold)
    t = (min(top, max(LOG_LOW, level)) - LOG_LOW) / (top - LOG_LOW)   # 0 = tiny error, 1 = at the threshold
    good = QColor(CORRECT)
    pale = 0.85 * (1 - t)
    return QColor.fromRgbF(good.redF() + (1 - good.redF()) * pale, good.greenF() + (1 - good.greenF()) * pale,
                           good.blueF() + (1 - good.blueF()) * pale)


class Heatmap(QWidget):
    """Relative errors of one layer: W (n_in rows × n_out columns) with the bias row under a gap."""

    CELL = 26

    def __init__(self, W_err: np.ndarray, b_err: np.ndarray, threshold: float, parent=None):
        super().__init__(parent)
        self.W_err, self.b_err, self.threshold = W_err, b_err, threshold
        self.cell = max(4, min(self.CELL, 360 // max(W_err.shape)))
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        rows, cols = self.W_err.shape
        return QSize(cols * self.cell + 2, (rows + 1) * self.cell + 6)

    minimumSizeHint = sizeHint

    def _cell_at(self, x: float, y: float):
        rows, cols = self.W_err.shape
        c, r = int(x // self.cell), int(y // self.cell)
        if 0 <= c < cols and 0 <= r < rows:
            return "W", (r, c)
        if 0 <= c < cols and rows * self.cell + 4 <= y < (rows + 1) * self.cell + 4:
            return "b", (c,)
        return None

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        rows, cols = self.W_err.shape
        for r in range(rows):
            for c in range(cols):
                painter.fillRect(QRectF(c * self.cell, r * self.cell, self.cell - 1, self.cell - 1),
                                 error_colour(float(self.W_err[r, c]), self.threshold))
        for c in range(cols):
            painter.fillRect(QRectF(c * self.cell, rows * self.cell + 4, self.cell - 1, self.cell - 1),
                             error_colour(float(self.b_err[c]), self.threshold))

    def mouseMoveEvent(self, event) -> None:
        hit = self._cell_at(event.position().x(), event.position().y())
        if hit is None:
            self.setToolTip("")
            return
        name, index = hit
        err = self.W_err[index] if name == "W" else self.b_err[index]
        self.setToolTip(translate("Heatmap", "{parameter}: relative error {error}").format(
            parameter=f"{name}[{', '.join(map(str, index))}]", error=f"{err:.2e}"))


class GradientCheckPage(QWidget):
    def __init__(self, document, source, parent=None):
        super().__init__(parent)
        self.document, self.source = document, source
        self.result = None
        self._checked: tuple | None = None
        self.run_button = QPushButton(translate("GradientCheckPage", "Check now"))
        self.run_button.setToolTip(translate("GradientCheckPage",
                                             "Compare backprop with central differences for every weight and bias"))
        self.wrong = QCheckBox(translate("GradientCheckPage", "Try a wrong derivative ({bug})").format(
            bug=engine_text(BUG)))
        self.wrong.setToolTip(translate("GradientCheckPage", "Only this check uses the broken derivative; training "
                                                             "and the network are untouched"))
        self.verdict = bold(QLabel())
        self.verdict.setWordWrap(True)
        self.summary = QLabel()
        self.reason = dim(QLabel(translate("GradientCheckPage", "Why this threshold: {reason}").format(
            reason=engine_text(REASON))))
        self.reason.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.maps = QWidget()
        self.maps_layout = QHBoxLayout(self.maps)
        self.maps_layout.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidget(self.maps)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(160)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([translate("GradientCheckPage", "parameter"),
                                              translate("GradientCheckPage", "backprop"),
                                              translate("GradientCheckPage", "central differences"),
                                              translate("GradientCheckPage", "relative error"),
                                              translate("GradientCheckPage", "verdict")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.legend = dim(QLabel(translate(
            "GradientCheckPage", "Heatmaps: one per layer, W (inputs as rows, neurons as columns) with the biases "
                                 "in the row below; pale to green = agrees (darker = larger error but still below "
                                 "the threshold), vermillion = over the threshold. Hover a cell for its value. "
                                 "The table lists the 12 worst parameters.")))
        self.legend.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.run_button)
        top.addWidget(self.wrong, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        grid = QGridLayout()
        grid.addWidget(scroll, 0, 0)
        grid.addWidget(self.table, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.reason)
        self.run_button.clicked.connect(self.run)
        self.wrong.toggled.connect(lambda _on: self.run())

    def run(self) -> None:
        batch = self.source.batch()
        net = self.document.network
        if batch.problem:
            self._say(batch.problem)
            return
        if net.parameter_count() > MAX_PARAMETERS:
            self._say(translate("GradientCheckPage", "This network has {count} parameters. Central differences need "
                                                     "two forward passes per parameter, so the check is limited to "
                                                     "{limit}: try it on a smaller network (File → New network…).")
                      .format(count=count_text(net.parameter_count()), limit=count_text(MAX_PARAMETERS)))
            return
        self._checked = self._fingerprint(batch)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)   # seconds for thousands of parameters
        try:
            self.result = check_gradients(net, batch.X, batch.T, loss=self.source.loss(),
                                          wrong_derivative=self.wrong.isChecked())
        finally:
            QApplication.restoreOverrideCursor()
        self._show(self.result, batch.what)

    def _fingerprint(self, batch) -> tuple:
        """What a result depends on: the parameters, the data, the loss and the switch."""
        params = self.document.network.parameters()
        data = hashlib.sha1(b"".join(p.tobytes() for p in params) + batch.X.tobytes() + batch.T.tobytes())
        return data.hexdigest(), self.source.loss(), self.wrong.isChecked()

    def invite(self) -> None:
        """For a large network: say what a check costs instead of starting one unasked
        (a result stays on screen while the network, the data and the loss are those it checked)."""
        count = self.document.network.parameter_count()
        batch = self.source.batch()
        if self.result is None or batch.problem or self._fingerprint(batch) != self._checked:
            self._say(translate("GradientCheckPage", "This network has {count} parameters; central differences "
                                                     "need two forward passes for each. Press “Check now” to "
                                                     "compare them all with backprop.").format(count=count_text(count)))
            self.verdict.setStyleSheet("")

    def _say(self, text: str) -> None:
        self.result = None
        self.verdict.setText(text)
        self.verdict.setStyleSheet("")
        self.summary.setText("")
        self.notes.setText("")
        self._clear_maps()
        self.table.setRowCount(0)

    def _clear_maps(self) -> None:
        while self.maps_layout.count():
            widget = self.maps_layout.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)   # gone at once, not at the next event-loop turn
                widget.deleteLater()

    def _show(self, result, what: str) -> None:
        self.verdict.setText(engine_text(result.verdict))
        self.verdict.setStyleSheet(f"color: {CORRECT if result.passed else WRONG}")
        self.summary.setText(translate("GradientCheckPage", "{count} parameters on {what}, loss {loss}: max relative "
                                                            "error {max}, mean {mean}, threshold {threshold}.").format(
            count=count_text(result.errors.size), what=what, loss=loss_name(self.source.loss(), in_sentence=True),
            max=f"{result.max_error:.2e}", mean=f"{result.mean_error:.2e}", threshold=f"{result.threshold:g}"))
        self.notes.setText("\n".join(f"• {engine_text(note)}" for note in result.notes))
        self.notes.setVisible(bool(result.notes))
        self._clear_maps()
        for k, (eW, eb) in enumerate(result.relative_error):
            box = QVBoxLayout()
            holder = QWidget()
            holder.setLayout(box)
            box.addWidget(QLabel(translate("GradientCheckPage", "{names}  max {error}").format(
                names=f"W{k + 1}, b{k + 1}", error=f"{max(eW.max(), eb.max()):.1e}")))
            box.addWidget(Heatmap(eW, eb, result.threshold))
            box.addStretch(1)
            self.maps_layout.addWidget(holder)
        self._fill_table(result)

    def _fill_table(self, result) -> None:
        entries = []
        for k, ((eW, eb), (bW, bb), (nW, nb)) in enumerate(zip(result.relative_error, result.backprop,
                                                                 result.numerical)):
            for name, err, back, numer in (("W", eW, bW, nW), ("b", eb, bb, nb)):
                for index in np.ndindex(err.shape):
                    entries.append((float(err[index]), f"{name}{k + 1}[{', '.join(map(str, index))}]",
                                    float(back[index]), float(numer[index])))
        entries.sort(key=lambda e: -e[0])
        shown = entries[:12]
        self.table.setRowCount(len(shown))
        for r, (err, name, back, numer) in enumerate(shown):
            ok = err <= result.threshold
            verdict = translate("GradientCheckPage", "ok") if ok else translate("GradientCheckPage", "over")
            for c, text in enumerate((name, num(back), num(numer), f"{err:.2e}", verdict)):
                item = QTableWidgetItem(text)
                if c == 4:
                    item.setForeground(QColor(CORRECT if ok else WRONG))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
