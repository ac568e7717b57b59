"""Gradient view: the network with links by w or by |∂L/∂w|, per-layer histograms of weights,
activations and gradients, and warnings (dead ReLUs, saturation, vanishing/exploding gradients).

It follows the document live, so while training runs it shows the gradients of the chosen
data under the weights of the latest snapshot (the learning window redraws at most ~25 times a second).
"""
from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QRadioButton, QScrollArea,
                               QSplitter, QVBoxLayout, QWidget)

from simulator.health import THRESHOLDS, diagnose, histogram
from simulator.trace import backward_trace

from ..i18n import engine_text, translate
from ..widgets import ACCENT, NEGATIVE, POSITIVE, dim, style_plot
from .diagram import StepDiagram
from .steps import overview_content, overview_tooltip

ROWS = ((QT_TRANSLATE_NOOP("HistogramGrid", "weights"), "w", POSITIVE),
        (QT_TRANSLATE_NOOP("HistogramGrid", "activations"), "z", "#009E73"),
        (QT_TRANSLATE_NOOP("HistogramGrid", "gradients"), "∂L/∂w", ACCENT))


class HistogramGrid(QWidget):
    """One small histogram per (quantity, layer): weights, activations z, gradients ∂L/∂W."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setSpacing(4)
        self.plots: dict[tuple[int, int], pg.PlotWidget] = {}
        self.curves: dict[tuple[int, int], pg.PlotDataItem] = {}
        self._layers = 0

    def _build(self, layers: int) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            widget.setParent(None)
            widget.deleteLater()
        self.plots.clear()
        self.curves.clear()
        for r, (title, _, colour) in enumerate(ROWS):
            self.grid.addWidget(QLabel(translate("HistogramGrid", title)), r + 1, 0)
            for k in range(layers):
                if r == 0:
                    self.grid.addWidget(QLabel(translate("HistogramGrid", "layer {layer}").format(layer=k + 1)),
                                        0, k + 1, Qt.AlignmentFlag.AlignHCenter)
                plot = pg.PlotWidget()
                style_plot(plot)
                plot.setMinimumSize(140, 90)
                plot.setMouseEnabled(False, False)
                plot.hideButtons()
                plot.getAxis("left").setWidth(28)
                fill = QColor(colour)
                fill.setAlpha(150)
                self.curves[(r, k)] = plot.plot([0, 1], [0], stepMode="center", fillLevel=0, brush=fill,
                                                pen=pg.mkPen(colour))
                self.plots[(r, k)] = plot
                self.grid.addWidget(plot, r + 1, k + 1)
        self._layers = layers

    def show_trace(self, net, bt) -> None:
        layers = len(net.layers)
        if layers != self._layers:
            self._build(layers)
        for k in range(layers):
            for r, values in enumerate((net.layers[k].W, bt.forward.z[k], bt.dW[k])):
                counts, edges = histogram(values)
                if counts.size:
                    self.curves[(r, k)].setData(edges, counts)


class GradientsPage(QWidget):
    def __init__(self, document, source, parent=None):
        super().__init__(parent)
        self.document, self.source = document, source
        self.trace = self.health = None
        self.weights = QRadioButton(translate("GradientsPage", "weights w"))
        self.magnitude = QRadioButton(translate("GradientsPage", "gradients |∂L/∂w|"))
        self.magnitude.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.weights)
        group.addButton(self.magnitude)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("GradientsPage", "Links show:")))
        top.addWidget(self.weights)
        top.addWidget(self.magnitude)
        self.legend = dim(QLabel())
        top.addWidget(self.legend, 1)
        self.diagram = StepDiagram()
        self.histograms = HistogramGrid()
        scroll = QScrollArea()
        scroll.setWidget(self.histograms)
        scroll.setWidgetResizable(True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.diagram)
        splitter.addWidget(scroll)
        splitter.setSizes([640, 600])
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.thresholds = dim(QLabel(engine_text(THRESHOLDS)))
        self.thresholds.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.thresholds)
        self.weights.toggled.connect(lambda _on: self._show())

    def refresh(self) -> None:
        batch = self.source.batch()
        if batch.problem:
            self.trace = None
            self.diagram.clear()
            self.warnings.setText(html.escape(batch.problem))
            return
        net = self.document.network
        self.trace = backward_trace(net, batch.X, batch.T, loss=self.source.loss())
        self.health = diagnose(net, self.trace)
        self.histograms.show_trace(net, self.trace)
        self._show()
        if self.health.ok:
            self.warnings.setText(translate("GradientsPage", "No warnings for {what}: no dead ReLUs, no saturated "
                                                             "units, gradients neither vanishing nor exploding.")
                                  .format(what=html.escape(batch.what)))
        else:
            items = "".join(f"<li>{html.escape(engine_text(w.text))}</li>" for w in self.health.warnings)
            heading = translate("GradientsPage", "<b>Warnings</b> for {what}:").format(what=html.escape(batch.what))
            self.warnings.setText(f"<span style='color:{NEGATIVE}'>{heading}</span><ul style='margin:0'>{items}</ul>")

    def _show(self) -> None:
        if self.trace is None:
            return
        net, bt = self.document.network, self.trace
        content = overview_content(net, bt, self.magnitude.isChecked(), health=self.health)
        self.diagram.show_content(content, net.sizes)
        self.diagram.set_link_tooltips(lambda k, i, j: overview_tooltip(net, bt, k, i, j))
        rms = ", ".join(translate("GradientsPage", "layer {layer}: {value}").format(layer=k + 1, value=f"{value:.2g}")
                        for k, value in enumerate(self.health.gradient_rms))
        self.legend.setText(translate("GradientsPage", "{caption}. RMS ∂L/∂W — {rms}").format(
            caption=content.caption, rms=rms))
