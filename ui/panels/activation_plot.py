"""The activation plot: the selected neuron's activation function f(a), optionally
its derivative f'(a), and a marker at the neuron's current (a, y).

Values come from `simulator.activations` (nothing is re-derived here). For softmax
the curve is y_j as a function of its own logit a_j with the layer's other logits
fixed at their current values. Curve items are created once and fed with setData.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from simulator import activations

from ..i18n import translate
from ..selection import LinkRef, NeuronRef
from ..widgets import ACCENT, MARKER, POSITIVE, bold, dim, format_value, style_plot

HALF_WIDTH = 6.0   # the plot shows at least a ∈ [-6, 6]
POINTS = 401


def curve_range(a: float, current: tuple[float, float] | None) -> tuple[float, float]:
    """[-6, 6], widened in steps of 2 to keep `a` away from the edges; kept while `a` fits."""
    if current is not None and current[0] + 0.5 <= a <= current[1] - 0.5:
        return current
    low = min(-HALF_WIDTH, 2 * np.floor((a - 1.0) / 2))
    high = max(HALF_WIDTH, 2 * np.ceil((a + 1.0) / 2))
    return float(low), float(high)


class ActivationPlot(QWidget):
    """See the module docstring."""

    def __init__(self, document, selection, parent=None):
        super().__init__(parent)
        self.document, self.selection = document, selection
        self.neuron: NeuronRef | None = None
        self._xrange: tuple[float, float] | None = None
        self._curve_key = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.title = QLabel()
        bold(self.title)
        self.title.setToolTip(translate("ActivationPlot", "Which neuron's activation function is shown"))
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.derivative_box = QCheckBox(translate("ActivationPlot", "show derivative"))
        self.derivative_box.setToolTip(translate(
            "ActivationPlot", "Also plot f′(a), the slope backpropagation multiplies by"))
        self.derivative_box.toggled.connect(self._derivative_toggled)
        top.addWidget(self.derivative_box)
        layout.addLayout(top)
        self.readout = QLabel()
        self.readout.setToolTip(translate(
            "ActivationPlot", "The neuron's current pre-activation a and output y = f(a)"))
        layout.addWidget(self.readout)
        self.explanation = dim(QLabel())
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)

        self.plot = pg.PlotWidget()
        self.plot.setMinimumHeight(110)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.disableAutoRange()  # ranges are set explicitly: auto-ranging on every move redraws the axes
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setLabel("bottom", translate("ActivationPlot", "a (pre-activation)"))
        self.plot.setToolTip(translate(
            "ActivationPlot", "The activation function; the marker is the neuron's current (a, y)"))
        style_plot(self.plot)
        text = self.palette().text().color()
        backdrop = self.palette().base().color()
        backdrop.setAlpha(225)   # guide lines and curves pass behind the legend, not through its text
        self.legend = self.plot.addLegend(offset=(8, 8), brush=pg.mkBrush(backdrop),
                                          pen=pg.mkPen(self.palette().mid().color()))
        self.legend.setLabelTextColor(text)
        guide = pg.mkPen(text, width=1, style=Qt.PenStyle.DashLine)
        self.vguide = pg.InfiniteLine(angle=90, pen=guide)
        self.hguide = pg.InfiniteLine(angle=0, pen=guide)
        self.curve = pg.PlotDataItem(pen=pg.mkPen(POSITIVE, width=2), name="f(a)")
        self.derivative_curve = pg.PlotDataItem(pen=pg.mkPen(ACCENT, width=2, style=Qt.PenStyle.DashLine),
                                                name="f′(a)")
        self.marker = pg.ScatterPlotItem(size=11, brush=pg.mkBrush(MARKER), pen=pg.mkPen(text, width=1))
        for item in (self.vguide, self.hguide, self.curve, self.derivative_curve, self.marker):
            self.plot.addItem(item)
        self.legend.removeItem(self.derivative_curve)
        self.derivative_curve.setVisible(False)
        layout.addWidget(self.plot, 1)

        self._retarget()
        document.structure_changed.connect(self._retarget)
        document.values_changed.connect(self._update)
        selection.changed.connect(self._selection_changed)

    # -- which neuron ----------------------------------------------------------------
    def _pick_neuron(self) -> tuple[NeuronRef, str]:
        sizes = self.document.sizes
        ref = self.selection.current
        if isinstance(ref, NeuronRef) and 1 <= ref.layer < len(sizes) and ref.index < sizes[ref.layer]:
            return ref, ""
        if (isinstance(ref, LinkRef) and ref.layer + 1 < len(sizes)
                and ref.target < sizes[ref.layer + 1]):
            return NeuronRef(ref.layer + 1, ref.target), translate(
                "ActivationPlot", "Showing the neuron the selected link feeds.")
        return NeuronRef(len(sizes) - 1, 0), translate(
            "ActivationPlot", "Showing the first output; select a neuron to see its own.")

    def _selection_changed(self, _ref) -> None:
        self._retarget()

    def _retarget(self) -> None:
        self.neuron, why = self._pick_neuron()
        self._why = why
        self._xrange = None
        self._curve_key = None
        self._update()

    def _derivative_toggled(self, checked: bool) -> None:
        self.derivative_curve.setVisible(checked)
        if checked:
            self.legend.addItem(self.derivative_curve, "f′(a)")
        else:
            self.legend.removeItem(self.derivative_curve)
        self._curve_key = None
        self._update()

    # -- drawing -------------------------------------------------------------------
    def _update(self) -> None:
        doc, ref = self.document, self.neuron
        sizes = doc.sizes
        if ref is None or ref.layer >= len(sizes) or ref.index >= sizes[ref.layer]:
            return   # a structure change is on its way
        name = doc.activation(ref.layer)
        logits = np.asarray(doc.preactivations(ref.layer), dtype=float)
        a = float(logits[ref.index])
        y = float(doc.activations(ref.layer)[ref.index])
        self._xrange = curve_range(a, self._xrange)
        show_derivative = self.derivative_box.isChecked()
        # Elementwise curves depend only on (f, range); softmax also on the other logits.
        key = (name, self._xrange, show_derivative,
               logits.tobytes() if name == "softmax" else None)
        if key != self._curve_key:
            self._curve_key = key
            xs = np.linspace(*self._xrange, POINTS)
            fs, ds = self._curves(name, xs, logits, ref.index, show_derivative)
            self.curve.setData(xs, fs)
            if show_derivative:
                self.derivative_curve.setData(xs, ds)
            self.plot.setXRange(*self._xrange, padding=0.02)
            shown = [fs] + ([ds] if show_derivative else [])
            low = min(float(np.min(c)) for c in shown)
            high = max(float(np.max(c)) for c in shown)
            if high - low < 1e-9:
                low, high = low - 0.5, high + 0.5
            self.plot.setYRange(low, high, padding=0.08)
        self.marker.setData([a], [y])
        self.vguide.setPos(a)
        self.hguide.setPos(y)
        neuron = doc.label(ref.layer, ref.index)
        self.title.setText(translate(
            "ActivationPlot", "f = {name} of neuron {neuron}").format(name=name, neuron=neuron))
        notes = [self._why] if self._why else []
        if name == "softmax":
            notes.append(translate(
                "ActivationPlot", "Softmax couples the outputs: the curve is {0} as a function of its own logit, the "
                "layer's other logits held at their current values.").format(neuron))
        self.explanation.setText(" ".join(notes))
        self.explanation.setVisible(bool(notes))
        label = self.legend.getLabel(self.curve)
        if label is not None and label.text != f"f(a) = {name}":
            label.setText(f"f(a) = {name}")
        self.readout.setText(f"a = {format_value(a)}    y = f(a) = {format_value(y)}")

    @staticmethod
    def _curves(name: str, xs: np.ndarray, logits: np.ndarray, index: int, derivative: bool):
        act = activations.get(name)
        if act.elementwise:
            return act(xs), (act.derivative(xs) if derivative else None)
        # Softmax: one row of logits per x, with only this neuron's logit varying.
        rows = np.tile(logits, (len(xs), 1))
        rows[:, index] = xs
        return act(rows)[:, index], (act.derivative(rows)[:, index] if derivative else None)

    @property
    def marker_position(self) -> tuple[float, float]:
        xs, ys = self.marker.getData()
        return float(xs[0]), float(ys[0])

    def __repr__(self) -> str:
        return f"ActivationPlot(neuron={self.neuron})"
