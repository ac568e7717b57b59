"""The outputs panel: the network's output values as a bar chart.

With a softmax output the bars are probabilities (shown as percentages). The y
range depends on the output activation and changes in coarse steps, so the chart
does not jump while a slider is dragged.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..changes import Changed, What
from ..i18n import translate
from ..widgets import NEGATIVE, POSITIVE, bold, format_value, nice_ceiling, style_plot

BOUNDED = {"sigmoid": (0.0, 1.0), "softmax": (0.0, 1.0), "step": (0.0, 1.0), "tanh": (-1.0, 1.0)}
HEADROOM = 1.18   # room above the bars for the value labels


def value_range(activation: str, values: np.ndarray, current: tuple[float, float] | None) -> tuple[float, float]:
    """The y range to show: fixed for bounded activations, else a 1-2-5 range that
    grows at once to fit the data but shrinks only when the data uses under a fifth of it."""
    if activation in BOUNDED:
        return BOUNDED[activation]
    low, high = min(0.0, float(values.min())), max(0.0, float(values.max()))
    need = max(abs(low), high, 1e-9)
    if current is not None:
        size = max(abs(current[0]), current[1])
        fits = (low >= current[0]) and (high <= current[1])
        if fits and need > size / 5:
            return current
    top = nice_ceiling(need)
    return (-top if low < 0 else 0.0, top)


def _bounded_ticks(low: float, high: float) -> list:
    """Labelled ticks every 0.5 and unlabelled ones every 0.25, for the fixed 0..1 and −1..1 ranges."""
    major = np.arange(low, high + 1e-9, 0.5)
    minor = np.arange(low, high + 1e-9, 0.25)
    return [[(float(v), format_value(v, 1)) for v in major], [(float(v), "") for v in minor]]


def place_bar_label(plot: pg.PlotWidget, label: pg.TextItem, x: float, y: float, above: bool = True) -> None:
    """Put a bar's value label above (or below) bar `x`, moved sideways only as far as it must to stay
    inside the plot: "100%" over the first or last of ten narrow bars was cut at the plot's edge."""
    view = plot.getViewBox()
    (x0, x1), _ = view.viewRange()
    units_per_px = (x1 - x0) / view.width() if view.width() > 0 else 0.0
    half = label.textItem.boundingRect().width() * units_per_px / 2
    centre = min(max(x, x0 + half), x1 - half) if 2 * half < x1 - x0 else x
    label.setAnchor((0.5, 1.0) if above else (0.5, 0.0))
    label.setPos(centre, y)


class OutputsPanel(QWidget):
    """See the module docstring."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self._range: tuple[float, float] | None = None
        self.value_texts: list[pg.TextItem] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel()
        bold(self.title)
        self.title.setToolTip(translate("OutputsPanel", "The network's output values for the current inputs"))
        layout.addWidget(self.title)
        self.plot = pg.PlotWidget()
        self.plot.setMinimumHeight(100)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.disableAutoRange()  # ranges are set explicitly: auto-ranging on every move redraws the axes
        self.plot.showGrid(y=True, alpha=0.25)
        self.plot.setToolTip(translate(
            "OutputsPanel", "One bar per output neuron; the number above a bar is its value"))
        style_plot(self.plot)
        self.bars = pg.BarGraphItem(x=[0], height=[0], width=0.6)
        self.plot.addItem(self.bars)
        self.zero_line = pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(self.palette().text().color(), width=1))
        self.plot.addItem(self.zero_line)
        layout.addWidget(self.plot, 1)
        self.plot.getViewBox().sigResized.connect(lambda _view: self._update())   # labels kept inside

        self._rebuild()
        document.changed.connect(self._document_changed)

    @property
    def heights(self) -> np.ndarray:
        return np.asarray(self.bars.opts["height"], dtype=float)

    def _document_changed(self, change: Changed) -> None:
        """Settings and the loss curve never change the outputs: skip those."""
        if change.touches(What.STRUCTURE):
            self._rebuild()
        elif change.touches(What.VALUES | What.INPUTS):
            self._update()

    def _rebuild(self) -> None:
        doc = self.document
        m = doc.sizes[-1]
        for text in self.value_texts:
            self.plot.removeItem(text)
        colour = self.palette().text().color()
        self.value_texts = []
        for _ in range(m):
            text = pg.TextItem(anchor=(0.5, 1.0), color=colour)
            self.plot.addItem(text)
            self.value_texts.append(text)
        self._names = None
        # At least three bar slots wide, so one or two bars do not fill the whole plot.
        extra = max(0.0, (3 - m) / 2)
        self.plot.setXRange(-0.5 - extra, m - 0.5 + extra, padding=0)
        self._range = None
        self._best = None
        self._update()

    def _update(self) -> None:
        doc = self.document
        y = np.asarray(doc.outputs(), dtype=float)
        if len(y) != len(self.value_texts):
            return   # a structure change is on its way
        activation = doc.activation(len(doc.sizes) - 1)
        softmax = activation == "softmax"
        brushes = [pg.mkBrush(NEGATIVE if v < 0 else POSITIVE) for v in y]
        self.bars.setOpts(x=np.arange(len(y)), height=y, width=0.6, brushes=brushes,
                          pens=[pg.mkPen(None)] * len(y))
        names = tuple(doc.label(-1, j) for j in range(len(y)))
        if names != self._names:   # e.g. "x1 AND x2" becomes "x1 NAND x2" as its bias moves
            self._names = names
            self.plot.getAxis("bottom").setTicks([list(enumerate(names))])
        best = int(np.argmax(y)) if len(y) > 1 else -1
        small = len(y) > 6
        for j, (text, v) in enumerate(zip(self.value_texts, y)):
            label = f"{100 * v:.0f}%" if softmax and small else f"{100 * v:.1f}%" if softmax else format_value(
                v, 2 if small else 3)
            text.setText(label)
            place_bar_label(self.plot, text, j, v, above=v >= 0)
            if self._best != best:
                font = text.textItem.font()
                font.setBold(j == best)
                text.setFont(font)
        self._best = best
        self._show_labels_that_fit(best)
        rng = value_range(activation, y, self._range)
        if rng != self._range:
            self._range = rng
            low, high = rng
            pad = (high - low) * (HEADROOM - 1)
            # A sliver below 0 keeps the "0" tick label from being clipped at the edge.
            self.plot.setYRange(low - (pad if low < 0 else 0.03 * (high - low)), high + pad, padding=0)
            self.plot.getAxis("left").setTicks(_bounded_ticks(low, high) if activation in BOUNDED else None)
        if softmax:
            self.title.setText(translate("OutputsPanel", "probabilities (softmax, sum = {0})").format(f"{y.sum():.2f}"))
        else:
            self.title.setText(translate("OutputsPanel", "outputs ({0})").format(activation))

    def _show_labels_that_fit(self, best: int) -> None:
        """Labels wider than a bar's slot would run into each other: then only the largest output keeps one."""
        view = self.plot.getViewBox()
        (x0, x1), _ = view.viewRange()
        slot_px = view.width() / (x1 - x0) if x1 > x0 else 0.0
        widest = max((text.textItem.boundingRect().width() for text in self.value_texts), default=0.0)
        crowded = len(self.value_texts) > 1 and widest > slot_px
        for j, text in enumerate(self.value_texts):
            text.setVisible(not crowded or j == best)

    def __repr__(self) -> str:
        return f"OutputsPanel({len(self.value_texts)} outputs)"
