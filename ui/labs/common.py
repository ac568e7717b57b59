"""Pieces every lab uses: plot widgets in the app's style, optimizer colours, number formatting."""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSizePolicy

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
    widget.setMinimumSize(120, 100)
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return widget


def pen(colour: str, width: float = 2.0, dashed: bool = False) -> pg.mkPen:
    from PySide6.QtCore import Qt
    return pg.mkPen(QColor(colour), width=width, style=Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)


def drawable(values: np.ndarray) -> np.ndarray:
    """Values Qt can draw: non-finite becomes NaN (a gap), huge values are clipped."""
    out = np.array(values, dtype=float)
    out[~np.isfinite(out)] = np.nan
    return np.clip(out, -DRAW_LIMIT, DRAW_LIMIT)


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


def wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label
