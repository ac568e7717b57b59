"""Activation gallery: the six hidden-layer activations and their derivatives side by side, at one
input a the learner drags (in any plot, or with the slider); and softmax of a vector they type.

Values and derivatives come from `simulator.activations`, softmax's steps from
`simulator.calculus.softmax_parts`; this module only draws them.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QDoubleSpinBox, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QSlider, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from simulator import activations, calculus

from ..i18n import engine_text, translate
from ..widgets import ACCENT, NEGATIVE, POSITIVE, dim
from .common import number, pen, plot_widget, wrapped

A_RANGE = (-5.0, 5.0)
SLIDER_SCALE = 100              # the slider moves a in steps of 0.01
GALLERY = {                      # name -> formula shown in the plot's title
    "step": QT_TRANSLATE_NOOP("ActivationGallery", "h(a) = 1 if a > 0 else 0"),
    "sigmoid": "h(a) = 1 / (1 + e⁻ᵃ)",
    "tanh": "h(a) = tanh a",
    "relu": "h(a) = max(0, a)",
    "leaky_relu": QT_TRANSLATE_NOOP("ActivationGallery", "h(a) = a if a > 0 else 0.01a"),
    "identity": "h(a) = a",
}
Y_RANGES = {"step": (-0.3, 1.3), "sigmoid": (-0.3, 1.3), "tanh": (-1.3, 1.3), "relu": (-1.5, 5.0),
            "leaky_relu": (-1.5, 5.0), "identity": (-5.0, 5.0)}
VALUE_COLOUR, DERIVATIVE_COLOUR = POSITIVE, NEGATIVE


class ActivationGallery(QGroupBox):
    """Six small plots, h solid and h′ dashed, with a shared draggable input line."""

    a_changed = Signal(float)

    def __init__(self, parent=None):
        super().__init__(translate("ActivationGallery", "Activation functions h(a) and their derivatives h′(a)"),
                         parent)
        self.a = 0.5
        self.plots, self.lines, self.markers, self.titles = {}, {}, {}, {}
        xs = np.linspace(*A_RANGE, 801)
        grid = QGridLayout()
        for i, name in enumerate(GALLERY):
            fn = activations.get(name)
            plot = plot_widget()
            plot.plot(xs, fn(xs), pen=pen(VALUE_COLOUR), name="h")
            plot.plot(xs, fn.derivative(xs), pen=pen(DERIVATIVE_COLOUR, 1.5, dashed=True), name="h′")
            plot.setXRange(*A_RANGE, padding=0)
            plot.setYRange(*Y_RANGES[name], padding=0.05)
            line = pg.InfiniteLine(angle=90, movable=True, pen=pg.mkPen(ACCENT, width=2),
                                   hoverPen=pg.mkPen(ACCENT, width=4), bounds=A_RANGE)
            line.setToolTip(translate("ActivationGallery", "Drag to change a in every plot"))
            line.sigPositionChanged.connect(lambda _l, n=name: self._dragged(n))
            plot.addItem(line)
            marker = pg.ScatterPlotItem(size=9, pen=None)
            plot.addItem(marker)
            title = QLabel()
            title.setTextFormat(Qt.TextFormat.RichText)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(title)
            box.addWidget(plot, 1)
            grid.addLayout(box, i // 3, i % 3)
            self.plots[name], self.lines[name], self.markers[name], self.titles[name] = plot, line, marker, title

        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(int(A_RANGE[0] * SLIDER_SCALE), int(A_RANGE[1] * SLIDER_SCALE))
        self.slider.valueChanged.connect(lambda v: self.set_a(v / SLIDER_SCALE))
        self.spin = QDoubleSpinBox()
        self.spin.setRange(*A_RANGE)
        self.spin.setDecimals(2)
        self.spin.setSingleStep(0.1)
        self.spin.valueChanged.connect(self.set_a)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("ActivationGallery", "Input a")))
        row.addWidget(self.spin)
        row.addWidget(self.slider, 1)
        legend = QLabel(f"<span style='color:{VALUE_COLOUR}'>━ h(a)</span> &nbsp; "
                        f"<span style='color:{DERIVATIVE_COLOUR}'>╌ h′(a)</span> &nbsp; "
                        + translate("ActivationGallery", "drag the orange line in any plot"))
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(legend)
        layout.addLayout(grid, 1)
        layout.addWidget(dim(wrapped(translate(
            "ActivationGallery", "Step has slope 0 everywhere (undefined at 0), so gradient descent cannot learn "
                                 "through it; sigmoid's slope is at most 0.25 and tanh's at most 1, and both vanish "
                                 "for large |a|; ReLU passes the gradient unchanged where a > 0 and stops it where "
                                 "a < 0 (leaky ReLU lets 1 % through)."))))
        self.set_a(self.a, force=True)

    def set_a(self, a: float, force: bool = False) -> None:
        a = round(min(max(float(a), A_RANGE[0]), A_RANGE[1]), 2)
        if a == self.a and not force:
            return
        self.a = a
        for widget, value in ((self.slider, round(a * SLIDER_SCALE)), (self.spin, a)):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)
        point = np.array([a])
        for name, line in self.lines.items():
            fn = activations.get(name)
            value, slope = float(fn(point)[0]), float(fn.derivative(point)[0])
            line.blockSignals(True)
            line.setValue(a)
            line.blockSignals(False)
            self.markers[name].setData([a, a], [value, slope], brush=[pg.mkBrush(VALUE_COLOUR),
                                                                       pg.mkBrush(DERIVATIVE_COLOUR)])
            self.titles[name].setText(
                f"<b>{name}</b> &nbsp; {translate('ActivationGallery', GALLERY[name])}<br>"
                f"<span style='color:{VALUE_COLOUR}'>h({number(a)}) = {number(value)}</span> &nbsp; "
                f"<span style='color:{DERIVATIVE_COLOUR}'>h′({number(a)}) = {number(slope)}</span>")
        self.a_changed.emit(a)

    def _dragged(self, name: str) -> None:
        self.set_a(self.lines[name].value())


class SoftmaxPanel(QGroupBox):
    """Softmax of a typed vector, step by step, with y as bars."""

    COLUMNS = ("a", "a − max", "exp", "y")
    COLUMN_TIPS = (QT_TRANSLATE_NOOP("SoftmaxPanel", "the input aₖ"),
                   QT_TRANSLATE_NOOP("SoftmaxPanel", "aₖ − max(a): the largest becomes 0"),
                   QT_TRANSLATE_NOOP("SoftmaxPanel", "exp(aₖ − max(a)), at most 1"),
                   QT_TRANSLATE_NOOP("SoftmaxPanel", "yₖ = exp / sum of exp"))

    def __init__(self, parent=None):
        super().__init__(translate("SoftmaxPanel", "Softmax of a vector you type"), parent)
        self.edit = QLineEdit("0.3, 2.9, 4.0")
        self.edit.setToolTip(translate("SoftmaxPanel", "Numbers separated by commas or spaces; press Enter"))
        self.edit.editingFinished.connect(self.recompute)
        self.edit.textEdited.connect(lambda _t: self.recompute())
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {NEGATIVE}")
        self.error.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        for col, tip in enumerate(self.COLUMN_TIPS):
            self.table.horizontalHeaderItem(col).setToolTip(translate("SoftmaxPanel", tip))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.sum_label = QLabel()
        self.bars_plot = plot_widget(left="y", bottom="k")
        self.bars_plot.setYRange(0, 1.12, padding=0)   # room for the value above a bar of 1
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=pg.mkBrush(POSITIVE))
        self.bars_plot.addItem(self.bars)
        self.bar_labels: list[pg.TextItem] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("a ="))
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.sum_label)
        layout.addWidget(self.bars_plot, 2)
        layout.addWidget(dim(wrapped(translate(
            "SoftmaxPanel", "Subtracting the largest aₖ first changes nothing in y (the factor cancels) but keeps "
                            "exp() from overflowing: try 1010, 1000, 990."))))
        self.parts: calculus.SoftmaxParts | None = None
        self.recompute()

    def recompute(self) -> None:
        """Show softmax of the typed vector; on bad input keep the last good one and say what is wrong."""
        try:
            parts = calculus.softmax_parts(calculus.parse_vector(self.edit.text(), what="a"))
        except ValueError as error:
            self.error.setText(engine_text(error))
            return
        self.error.setText("")
        self.parts = parts
        columns = (parts.a, parts.shifted, parts.exp, parts.y)
        self.table.setRowCount(len(parts.a))
        self.table.setVerticalHeaderLabels([str(k) for k in range(len(parts.a))])
        for row in range(len(parts.a)):
            for col, values in enumerate(columns):
                item = QTableWidgetItem(number(values[row]))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.sum_label.setText(translate("SoftmaxPanel", "sum of exp = {total}; sum of y = {sum_y}").format(
            total=number(parts.total), sum_y=number(parts.y.sum())))
        self.bars.setOpts(x=np.arange(len(parts.y)), height=parts.y)
        self.bars_plot.setXRange(-0.6, len(parts.y) - 0.4, padding=0)
        self.bars_plot.getAxis("bottom").setTicks([[(k, str(k)) for k in range(len(parts.y))]])
        for label in self.bar_labels:
            self.bars_plot.removeItem(label)
        self.bar_labels = []
        for k, y in enumerate(parts.y):
            label = pg.TextItem(number(y, 3), color="#222", anchor=(0.5, 1.0))
            label.setPos(k, y + 0.01)
            self.bars_plot.addItem(label)
            self.bar_labels.append(label)


class ActivationLab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.gallery = ActivationGallery()
        self.softmax = SoftmaxPanel()
        self.softmax.setFixedWidth(360)
        layout = QHBoxLayout(self)
        layout.addWidget(self.gallery, 1)
        layout.addWidget(self.softmax)
