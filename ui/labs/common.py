"""Pieces every lab uses: plot widgets in the app's style, optimizer colours, number formatting."""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSlider, QWidget

from ..widgets import style_plot

# Okabe–Ito: each optimizer keeps its colour (and dash) in every lab.
OPTIMIZER_STYLE = {
    "sgd": ("#0072B2", "SGD"),
    "momentum": ("#D55E00", "Momentum"),
    "nesterov": ("#CC79A7", "Nesterov"),
    "adagrad": ("#009E73", "AdaGrad"),
    "rmsprop": ("#56B4E9", "RMSprop"),
    "adam": ("#E69F00", "Adam"),
}
OPTIMIZER_ORDER = tuple(OPTIMIZER_STYLE)
# Coordinates beyond this are clipped for drawing only: Qt cannot paint paths at 1e150.
DRAW_LIMIT = 1e6


def plot_widget(title: str = "", left: str = "", bottom: str = "") -> pg.PlotWidget:
    widget = pg.PlotWidget()
    style_plot(widget)
    widget.setMenuEnabled(False)
    widget.showGrid(x=True, y=True, alpha=0.15)
    if title:
        widget.setTitle(title, size="10pt")
    if left:
        widget.setLabel("left", left)
    if bottom:
        widget.setLabel("bottom", bottom)
    for axis in ("left", "bottom"):
        widget.getAxis(axis).enableAutoSIPrefix(False)   # "(×0.001)" beside an axis title confuses more than it helps
    widget.setMinimumSize(120, 100)
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return widget


def add_legend(widget: pg.PlotWidget, offset: tuple[int, int]) -> pg.LegendItem:
    """A legend that stays readable over curves and contours: dark text on a pale box."""
    return widget.addLegend(offset=offset, labelTextSize="9pt", labelTextColor="#222",
                            brush=pg.mkBrush(255, 255, 255, 215), pen=pg.mkPen("#999"))


def pen(colour: str, width: float = 2.0, dashed: bool = False) -> pg.mkPen:
    return pg.mkPen(QColor(colour), width=width, style=Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)


def drawable(values: np.ndarray, limit: float | None = DRAW_LIMIT) -> np.ndarray:
    """Values Qt can draw: non-finite becomes NaN (a gap), huge values are clipped to ±limit.

    Log-scaled axes draw log10 of the values, so they pass limit=None and keep 1e27 as it is.
    """
    out = np.array(values, dtype=float)
    out[~np.isfinite(out)] = np.nan
    return out if limit is None else np.clip(out, -limit, limit)


def number(value: float, digits: int = 4) -> str:
    """Compact, readable numbers: 0.2, −0.35, 6.11e-10, inf; minus signs typeset as such."""
    value = float(value)
    if math.isnan(value):
        text = "nan"
    elif math.isinf(value):
        text = "∞" if value > 0 else "−∞"
    else:
        text = f"{value:.{digits}g}"
    return text.replace("-", "−")


def full(value: float) -> str:
    """Every digit Python would print (the shortest text that reads back as the same float)."""
    return number(value, 17) if not np.isfinite(value) else repr(float(value)).replace("-", "−")


def wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def nice_log_values(low_exponent: int, high_exponent: int) -> list[float]:
    """1, 2, 5 × 10^k from 10^low to 10^high, parsed from text so 1e-10 and 0.1 are exactly those floats."""
    values = []
    for exponent in range(low_exponent, high_exponent):
        values += [float(f"{m}e{exponent}") for m in (1, 2, 5)]
    return values + [float(f"1e{high_exponent}")]


class LogSlider(QWidget):
    """A slider over 1-2-5 steps on a log scale with its value shown beside it ("h = 1e-04")."""

    value_changed = Signal(float)

    def __init__(self, name: str, values: list[float], value: float, parent=None):
        super().__init__(parent)
        self.name, self.values = name, list(values)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, len(self.values) - 1)
        self.slider.setPageStep(3)                      # one decade per page
        self.label = QLabel()
        self.label.setMinimumWidth(96)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.slider, 1)
        self.slider.valueChanged.connect(self._moved)
        self.set_value(value)
        self._moved(self.slider.value())

    def value(self) -> float:
        return self.values[self.slider.value()]

    def set_value(self, value: float) -> None:
        """Move to the step nearest `value` (on the log scale)."""
        logs = np.log10(self.values)
        self.slider.setValue(int(np.argmin(np.abs(logs - math.log10(value)))))

    def _moved(self, _index: int) -> None:
        self.label.setText(f"{self.name} = {self.value():g}")
        self.value_changed.emit(self.value())
