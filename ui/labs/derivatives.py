"""Derivatives by hand (the textbook's chapter 4): a slope from a small difference, where rounding
wins over a too-small h, and gradient descent with numerical gradients under different learning rates.

Every number comes from the engine (`simulator.gradcheck`, `simulator.calculus`); this module draws.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox,
                               QVBoxLayout, QWidget)

from simulator import calculus
from simulator.gradcheck import forward_diff, gradient_descent

from ..i18n import engine_text, translate
from ..widgets import ACCENT, NEGATIVE, POSITIVE, dim
from .common import LogSlider, add_legend, drawable, full, nice_log_values, number, pen, plot_widget, wrapped

FORWARD_COLOUR, CENTRAL_COLOUR = NEGATIVE, POSITIVE
ERROR_FLOOR = 1e-20            # an error of exactly 0 is drawn here (log axes have no 0)
DESCENT_START = (-3.0, 4.0)    # the textbook's init_x
OUTCOME_COLOURS = {calculus.DIVERGED: NEGATIVE, calculus.STUCK: "#777777", calculus.CONVERGED: "#009E73",
                   calculus.ON_ITS_WAY: ACCENT}
OUTCOME_WHY = {  # translated where shown (context "DescentPanel")
    calculus.DIVERGED: QT_TRANSLATE_NOOP("DescentPanel",
                                         "the learning rate is too large: every step overshoots further"),
    calculus.STUCK: QT_TRANSLATE_NOOP("DescentPanel",
                                      "the learning rate is too small: the steps are too short to matter"),
    calculus.CONVERGED: QT_TRANSLATE_NOOP("DescentPanel", "the point reached the minimum at (0, 0)"),
    calculus.ON_ITS_WAY: QT_TRANSLATE_NOOP("DescentPanel",
                                           "heading down, but more steps or a larger learning rate are needed")}


class SlopePanel(QGroupBox):
    """f with its tangent at a draggable x, and the errors of both differences against h."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(translate("SlopePanel", "The slope by a small difference"), parent)
        self.fn = calculus.function("textbook")
        self.plot = plot_widget(bottom="x", left="f(x)")
        self.curve = self.plot.plot([], [], pen=pen("#444444"))
        self.tangent_curve = self.plot.plot([], [], pen=pen(CENTRAL_COLOUR, 2),
                                             name=translate("SlopePanel", "tangent (central)"))
        self.secant_curve = self.plot.plot([], [], pen=pen(FORWARD_COLOUR, 1.5, dashed=True))
        self.point = pg.ScatterPlotItem(size=9, brush=pg.mkBrush("#222"), pen=None)
        self.plot.addItem(self.point)
        self.x_line = pg.InfiniteLine(angle=90, movable=True, pen=pg.mkPen("#888", width=1.5),
                                      hoverPen=pg.mkPen(ACCENT, width=3))
        self.x_line.setToolTip(translate("SlopePanel", "Drag to move x"))
        self.x_line.sigPositionChanged.connect(self._x_dragged)
        self.plot.addItem(self.x_line)

        self.error_plot = plot_widget(bottom="h", left=translate("SlopePanel", "|error|"))
        self.error_plot.setLogMode(x=True, y=True)
        add_legend(self.error_plot, (8, -8))
        # Fixed axes (log10 units): h from 1e-50 to 1, errors from the 1e-20 floor to 10. Autorange
        # would rescale, and repaint the axes, at every drag of x.
        self.error_plot.setRange(xRange=(-50, 0), yRange=(np.log10(ERROR_FLOOR), 1), padding=0.02)
        self.error_plot.disableAutoRange()
        self.forward_errors = self.error_plot.plot([], [], pen=pen(FORWARD_COLOUR), name=translate(
            "SlopePanel", "forward {formula}").format(formula="(f(x+h) − f(x)) / h"))
        self.central_errors = self.error_plot.plot([], [], pen=pen(CENTRAL_COLOUR), name=translate(
            "SlopePanel", "central {formula}").format(formula="(f(x+h) − f(x−h)) / 2h"))
        self.h_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(ACCENT, width=2))
        self.error_plot.addItem(self.h_line)

        self.function_combo = QComboBox()
        for name, fn in calculus.FUNCTIONS.items():
            self.function_combo.addItem(f"f(x) = {fn.formula}", name)
        self.function_combo.currentIndexChanged.connect(lambda _i: self.set_function(self.function_combo.currentData()))
        self.h_slider = LogSlider("h", nice_log_values(-50, 0), 1e-4)
        self.h_slider.value_changed.connect(lambda _h: self.update_values())
        self.readout = QLabel()
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.best = dim(wrapped(""))

        form = QFormLayout()
        form.addRow(translate("SlopePanel", "Function"), self.function_combo)
        form.addRow(translate("SlopePanel", "Step"), self.h_slider)
        layout = QVBoxLayout(self)
        layout.addWidget(self.plot, 3)
        layout.addLayout(form)
        layout.addWidget(self.readout)
        layout.addWidget(self.error_plot, 3)
        layout.addWidget(self.best)
        self.x = self.fn.x0
        self.set_function("textbook")

    def set_function(self, name: str) -> None:
        self.fn = calculus.function(name)
        self.function_combo.setCurrentIndex(self.function_combo.findData(name))
        xs = np.linspace(*self.fn.x_range, 400)
        ys = self.fn(xs)
        self.curve.setData(xs, ys)
        # Fixed to the function's own range: the tangent may leave it, and autorange would then
        # rescale (and repaint the axes) at every drag.
        span = float(ys.max() - ys.min()) or 1.0
        self.plot.setRange(xRange=self.fn.x_range, yRange=(ys.min() - 0.1 * span, ys.max() + 0.1 * span),
                           padding=0.02)
        self.plot.disableAutoRange()
        self.set_x(self.fn.x0)

    def set_x(self, x: float) -> None:
        self.x = float(x)
        if self.x_line.value() != self.x:
            self.x_line.blockSignals(True)
            self.x_line.setValue(self.x)
            self.x_line.blockSignals(False)
        self.errors = calculus.difference_errors(self.fn, self.x)
        self.forward_errors.setData(self.errors.h, np.maximum(self.errors.forward, ERROR_FLOOR))
        self.central_errors.setData(self.errors.h, np.maximum(self.errors.central, ERROR_FLOOR))
        (hf, ef), (hc, ec) = self.errors.best("forward"), self.errors.best("central")
        self.best.setText(translate(
            "SlopePanel", "Smallest error: forward {forward} at h ≈ {forward_h}, central {central} at h ≈ "
                          "{central_h}. Large h: the difference itself is off (∝ h forward, ∝ h² central). Small h: "
                          "rounding wins, x + h keeps fewer digits of h, and below about 1e-16·|x| it is x itself, "
                          "so both differences are 0 (the flat line at the top left). {note}").format(
            forward=number(ef, 2), forward_h=f"{hf:.0e}", central=number(ec, 2), central_h=f"{hc:.0e}",
            note=engine_text(self.fn.note)))
        self.update_values()

    def h(self) -> float:
        return self.h_slider.value()

    def update_values(self) -> None:
        x, h = self.x, self.h()
        tangent = calculus.tangent(self.fn, x, h)
        forward = forward_diff(self.fn.f, x, h)
        self.slope, self.forward = tangent.slope, forward
        xs = np.array(self.fn.x_range)
        self.tangent_curve.setData(xs, drawable(tangent.line(xs)))
        self.secant_curve.setData(xs, drawable(tangent.y + forward * (xs - x)))
        self.point.setData([x], [tangent.y])
        self.h_line.setValue(np.log10(h))   # the error plot's x axis is log10(h)
        self.readout.setText(
            translate("SlopePanel", "x = {x} &nbsp; (drag the vertical line)").format(x=number(x)) + "<br>"
            f"<span style='color:{CENTRAL_COLOUR}'>"
            + translate("SlopePanel", "<b>central</b> numerical_diff = {value}").format(value=full(tangent.slope))
            + f"</span> &nbsp; <span style='color:{FORWARD_COLOUR}'>"
            + translate("SlopePanel", "<b>forward</b> = {value}").format(value=full(forward)) + "</span><br>"
            + translate("SlopePanel", "exact f′(x) = {value} &nbsp; (all digits: rounding shows)").format(
                value=full(tangent.exact)))
        self.changed.emit()

    def _x_dragged(self) -> None:
        low, high = self.fn.x_range
        self.set_x(round(min(max(self.x_line.value(), low), high), 3))


class DescentPanel(QGroupBox):
    """gradient_descent on f(x0, x1) = x0² + x1² from a draggable start, with a learning-rate slider."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(translate("DescentPanel", "Gradient descent with numerical gradients: {formula}").format(
            formula="f(x0, x1) = x0² + x1²"), parent)
        self.start = DESCENT_START
        self.plot = plot_widget(bottom="x0", left="x1")
        self.plot.setAspectLocked(True)
        for radius in (1, 2, 3, 4, 5, 6):
            t = np.linspace(0, 2 * np.pi, 120)
            self.plot.plot(radius * np.cos(t), radius * np.sin(t), pen=pg.mkPen((150, 160, 180), width=1))
        self.path_curve = self.plot.plot([], [], pen=pen(POSITIVE), symbol="o", symbolSize=5,
                                         symbolBrush=pg.mkBrush(POSITIVE), symbolPen=None, connect="finite")
        self.start_target = pg.TargetItem(pos=self.start, size=14, movable=True, pen=pg.mkPen("#222", width=2),
                                          label="init_x", labelOpts={"offset": (10, -10), "color": "#222"})
        self.start_target.sigPositionChanged.connect(self._start_dragged)
        self.plot.addItem(self.start_target)
        self.plot.setRange(xRange=(-6, 6), yRange=(-6, 6), padding=0)
        self.loss_plot = plot_widget(bottom=translate("DescentPanel", "step"), left="f(x)")
        self.loss_plot.setLogMode(y=True)
        self.loss_curve = self.loss_plot.plot([], [], pen=pen(POSITIVE), connect="finite")

        self.lr_slider = LogSlider("lr", nice_log_values(-10, 1), 0.1)
        self.lr_slider.value_changed.connect(lambda _v: self.recompute())
        self.steps_spin = QSpinBox()
        self.steps_spin.setRange(1, 1000)
        self.steps_spin.setValue(100)
        self.steps_spin.valueChanged.connect(lambda _v: self.recompute())
        self.verdict = QLabel()
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(translate("DescentPanel", "Learning rate"), self.lr_slider)
        form.addRow("step_num", self.steps_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.plot, 3)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.loss_plot, 2)
        layout.addWidget(dim(wrapped(translate("DescentPanel", "Try the textbook's rates: 10 (diverges), 1e-10 (never "
                                                               "moves), 0.1 (converges). Drag init_x to start "
                                                               "elsewhere."))))
        self.recompute()

    def lr(self) -> float:
        return self.lr_slider.value()

    def recompute(self) -> None:
        self.path = gradient_descent(calculus.sum_of_squares, np.array(self.start), lr=self.lr(),
                                     step_num=self.steps_spin.value())
        self.outcome = calculus.descent_outcome(calculus.sum_of_squares, self.path)
        shown = drawable(self.path)
        self.path_curve.setData(shown[:, 0], shown[:, 1])
        with np.errstate(over="ignore", invalid="ignore"):
            values = np.array([calculus.sum_of_squares(p) for p in self.path])
        self.loss_curve.setData(np.arange(len(values)), np.maximum(drawable(values, limit=None), 1e-300))
        end = self.path[-1]
        colour = OUTCOME_COLOURS[self.outcome]
        frozen = calculus.frozen_from(self.path)
        why = translate("DescentPanel", OUTCOME_WHY[self.outcome])
        if self.outcome == calculus.DIVERGED and frozen:
            why = translate("DescentPanel", "{why}; from step {step} on x is so large that x + h == x, the numerical "
                                            "gradient is 0 and x stops").format(why=why, step=frozen)
        self.verdict.setText(
            translate("DescentPanel", "init_x = ({x0}, {x1}), lr = {lr}: after {steps} steps x = ({end0}, {end1})")
            .format(x0=number(self.start[0]), x1=number(self.start[1]), lr=f"{self.lr():g}",
                    steps=len(self.path) - 1, end0=number(end[0]), end1=number(end[1]))
            + f"<br><b style='color:{colour}'>{engine_text(self.outcome)}</b> — {why}")
        self.changed.emit()

    def _start_dragged(self) -> None:
        pos = self.start_target.pos()
        self.start = (round(pos.x(), 2), round(pos.y(), 2))
        self.recompute()


class DerivativesLab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.slope = SlopePanel()
        self.descent = DescentPanel()
        layout = QHBoxLayout(self)
        layout.addWidget(self.slope, 1)
        layout.addWidget(self.descent, 1)
