"""Optimizer playground: six optimizers walk down a 2-D surface from a start point the learner drags.

The paths come from `simulator.surfaces.descend` (the optimizer classes that train networks);
this widget only draws them: contours of the surface, each path up to the chosen step, the loss
along every path, and a readout per optimizer. Changing anything recomputes all paths (six
short walks cost well under a millisecond each).
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout, QHBoxLayout,
                               QLabel, QPushButton, QSlider, QSpinBox, QSplitter, QVBoxLayout, QWidget)

from simulator import optimizers, surfaces

from ..i18n import engine_text, translate
from ..plots.loss_plot import round_up
from ..widgets import bold, dim
from .common import OPTIMIZER_ORDER, OPTIMIZER_STYLE, add_legend, drawable, number, pen, plot_widget, wrapped

DEFAULT_STEPS = 30
FRAME_MS = 80          # animation: one step per frame, a 30-step walk in about 2.5 s
# The surfaces' names as the menu shows them (the engine's keys, translated where shown).
SURFACE_NAMES = (QT_TRANSLATE_NOOP("OptimizerPlayground", "textbook"),
                 QT_TRANSLATE_NOOP("OptimizerPlayground", "rosenbrock"),
                 QT_TRANSLATE_NOOP("OptimizerPlayground", "saddle"), QT_TRANSLATE_NOOP("OptimizerPlayground", "bowl"))


class OptimizerPlayground(QWidget):
    """See the module docstring. `paths` holds the engine's path per optimizer, (steps + 1, 2)."""

    paths_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.surface = surfaces.get("textbook")
        self.start = self.surface.start
        self.paths: dict[str, np.ndarray] = {}
        self._loss_range: tuple | None = None
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._advance)
        self.set_surface("textbook")

    # -- construction ---------------------------------------------------------
    def _build(self) -> None:
        self.plot = plot_widget(bottom="x", left="y")
        self.plot.setAspectLocked(False)
        self.image = pg.ImageItem()
        self.image.setZValue(-20)
        self.plot.addItem(self.image)
        self.isocurves: list[pg.IsocurveItem] = []
        self.minimum_marker = pg.ScatterPlotItem(symbol="star", size=14, brush=pg.mkBrush("#444"), pen=None)
        self.plot.addItem(self.minimum_marker)
        self.legend = add_legend(self.plot, (-8, -8))
        self.curves, self.heads, self.loss_curves, self.loss_heads = {}, {}, {}, {}
        self.loss_plot = plot_widget(left="f(x, y)", bottom=translate("OptimizerPlayground", "step"))
        self.loss_plot.setMaximumHeight(210)
        self.step_line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#888", style=Qt.PenStyle.DotLine))
        self.loss_plot.addItem(self.step_line)
        for name in OPTIMIZER_ORDER:
            colour, label = OPTIMIZER_STYLE[name]
            self.curves[name] = self.plot.plot([], [], pen=pen(colour), symbol="o", symbolSize=4,
                                               symbolBrush=QColor(colour), symbolPen=None, name=label,
                                               connect="finite")
            self.heads[name] = pg.ScatterPlotItem(size=11, brush=pg.mkBrush(colour), pen=pg.mkPen("w", width=1.5))
            self.plot.addItem(self.heads[name])
            self.loss_curves[name] = self.loss_plot.plot([], [], pen=pen(colour), connect="finite")
            self.loss_heads[name] = pg.ScatterPlotItem(size=8, brush=pg.mkBrush(colour), pen=None)
            self.loss_plot.addItem(self.loss_heads[name])
        # The start point: dragged with the mouse; every move recomputes the paths.
        self.start_target = pg.TargetItem(pos=self.start, size=16, movable=True, pen=pg.mkPen("#222", width=2),
                                          label=translate("OptimizerPlayground", "start"),
                                          labelOpts={"offset": (10, -10), "color": "#222"})
        self.start_target.setZValue(20)
        self.start_target.sigPositionChanged.connect(self._target_moved)
        self.plot.addItem(self.start_target)

        plots = QSplitter(Qt.Orientation.Vertical)
        plots.addWidget(self.plot)
        plots.addWidget(self.loss_plot)
        plots.setStretchFactor(0, 3)
        plots.setStretchFactor(1, 1)

        side = QVBoxLayout()
        form = QFormLayout()
        self.surface_combo = QComboBox()
        for name in surfaces.names():
            self.surface_combo.addItem(f"{translate('OptimizerPlayground', name)}:  {surfaces.get(name).formula}", name)
        self.surface_combo.currentIndexChanged.connect(
            lambda _i: self.set_surface(self.surface_combo.currentData()))
        form.addRow(translate("OptimizerPlayground", "Surface"), self.surface_combo)
        self.steps_spin = QSpinBox()
        self.steps_spin.setRange(1, 1000)
        self.steps_spin.setValue(DEFAULT_STEPS)
        self.steps_spin.valueChanged.connect(lambda _v: self.recompute())
        form.addRow(translate("OptimizerPlayground", "Steps"), self.steps_spin)
        side.addLayout(form)
        self.about = dim(wrapped(""))
        side.addWidget(self.about)

        side.addWidget(bold(QLabel(translate("OptimizerPlayground", "Optimizers and learning rates"))))
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.checks, self.lr_spins, self.readouts = {}, {}, {}
        for row, name in enumerate(OPTIMIZER_ORDER):
            colour, label = OPTIMIZER_STYLE[name]
            check = QCheckBox(label)
            check.setChecked(True)
            check.setStyleSheet(f"QCheckBox {{ color: {colour}; font-weight: bold; }}")
            check.toggled.connect(lambda _c: self._redraw())
            spin = QDoubleSpinBox()
            spin.setDecimals(4)
            spin.setRange(0.0001, 10.0)
            spin.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
            spin.setToolTip(translate("OptimizerPlayground", "Learning rate of {optimizer}").format(optimizer=label))
            spin.valueChanged.connect(lambda _v: self.recompute())
            readout = QLabel()
            readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.checks[name], self.lr_spins[name], self.readouts[name] = check, spin, readout
            grid.addWidget(check, 2 * row, 0)
            grid.addWidget(spin, 2 * row, 1)
            grid.addWidget(dim(readout), 2 * row + 1, 0, 1, 2)
        side.addLayout(grid)
        self.reset_rates_button = QPushButton(translate("OptimizerPlayground", "Learning rates for this surface"))
        self.reset_rates_button.setToolTip(translate("OptimizerPlayground",
                                                     "Put back the learning rates suggested for this surface"))
        self.reset_rates_button.clicked.connect(lambda _c=False: self.reset_learning_rates())
        side.addWidget(self.reset_rates_button)

        side.addWidget(bold(QLabel(translate("OptimizerPlayground", "Walk"))))
        row = QHBoxLayout()
        self.play_button = QPushButton(translate("OptimizerPlayground", "▶ Play"))
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self.set_playing)
        self.step_slider = QSlider(Qt.Orientation.Horizontal)
        self.step_slider.setRange(0, DEFAULT_STEPS)
        self.step_slider.setValue(DEFAULT_STEPS)      # open on the whole walk
        self.step_slider.setToolTip(translate("OptimizerPlayground", "Show the paths up to this step"))
        self.step_slider.valueChanged.connect(lambda _v: self._redraw())
        row.addWidget(self.play_button)
        row.addWidget(self.step_slider, 1)
        side.addLayout(row)
        self.step_label = QLabel()
        self.start_label = dim(wrapped(""))
        side.addWidget(self.step_label)
        side.addWidget(self.start_label)
        side.addStretch(1)

        panel = QWidget()
        panel.setLayout(side)
        panel.setFixedWidth(330)
        layout = QHBoxLayout(self)
        layout.addWidget(plots, 1)
        layout.addWidget(panel)

    # -- state ----------------------------------------------------------------
    def set_surface(self, name: str) -> None:
        """Show surface `name` with its own start point and learning rates."""
        self.surface = surfaces.get(name)
        index = self.surface_combo.findData(name)
        if self.surface_combo.currentIndex() != index:
            self.surface_combo.blockSignals(True)
            self.surface_combo.setCurrentIndex(index)
            self.surface_combo.blockSignals(False)
        self.about.setText(engine_text(self.surface.about))
        self._draw_contours()
        self.reset_learning_rates(recompute=False)
        self.set_start(self.surface.start)

    def reset_learning_rates(self, recompute: bool = True) -> None:
        for name, spin in self.lr_spins.items():
            spin.blockSignals(True)
            spin.setValue(self.surface.learning_rates[name])
            spin.blockSignals(False)
        if recompute:
            self.recompute()

    def set_start(self, point: tuple[float, float]) -> None:
        self.start = (float(point[0]), float(point[1]))
        if tuple(self.start_target.pos()) != self.start and not self.start_target.moving:
            self.start_target.blockSignals(True)
            self.start_target.setPos(*self.start)
            self.start_target.blockSignals(False)
        self.recompute()

    def learning_rate(self, name: str) -> float:
        return self.lr_spins[name].value()

    def recompute(self) -> None:
        steps = self.steps_spin.value()
        self.paths = {name: surfaces.descend(self.surface.name, optimizers.create(name, lr=self.learning_rate(name)),
                                             start=self.start, steps=steps)
                      for name in OPTIMIZER_ORDER}
        at_end = self.step_slider.value() == self.step_slider.maximum()
        self.step_slider.blockSignals(True)
        self.step_slider.setMaximum(steps)
        if at_end or self.step_slider.value() > steps:
            self.step_slider.setValue(steps)   # a finished walk stays finished when something changes
        self.step_slider.blockSignals(False)
        self.start_label.setText(translate("OptimizerPlayground", "Start ({x}, {y}): drag the ⊕ on the plot to move "
                                                                  "it.").format(x=number(self.start[0]),
                                                                                y=number(self.start[1])))
        self.paths_changed.emit()
        self._redraw()

    # -- animation ------------------------------------------------------------
    def set_playing(self, playing: bool) -> None:
        if self.play_button.isChecked() != playing:
            self.play_button.setChecked(playing)   # re-enters through toggled
            return
        if playing:
            if self.step_slider.value() >= self.step_slider.maximum():
                self.step_slider.setValue(0)
            self.play_button.setText(translate("OptimizerPlayground", "⏸ Pause"))
            self.timer.start()
        else:
            self.play_button.setText(translate("OptimizerPlayground", "▶ Play"))
            self.timer.stop()

    def _advance(self) -> None:
        if self.step_slider.value() >= self.step_slider.maximum():
            self.set_playing(False)
        else:
            self.step_slider.setValue(self.step_slider.value() + 1)

    # -- drawing --------------------------------------------------------------
    def _target_moved(self) -> None:
        pos = self.start_target.pos()
        # Snapped to 0.01, so the start shown is exactly the start used.
        self.set_start((round(pos.x(), 2), round(pos.y(), 2)))

    def _draw_contours(self) -> None:
        xs, ys, z = self.surface.grid(200)
        shade = np.log1p(z - z.min())      # log: the bottom of a valley stays visible next to steep walls
        self.image.setImage(shade, autoLevels=True)
        self.image.setLookupTable(pg.ColorMap([0.0, 1.0], [(246, 249, 252), (178, 196, 220)]).getLookupTable(nPts=256))
        self.image.setRect(QRectF(xs[0], ys[0], xs[-1] - xs[0], ys[-1] - ys[0]))
        for curve in self.isocurves:
            curve.setParentItem(None)
            self.plot.removeItem(curve)
        self.isocurves = []
        for level in self.surface.levels(12):
            curve = pg.IsocurveItem(data=z, level=level, pen=pg.mkPen((90, 110, 140, 150), width=1))
            curve.setParentItem(self.image)   # drawn in the image's (grid index) coordinates
            self.isocurves.append(curve)
        if self.surface.minimum is not None:
            self.minimum_marker.setData([self.surface.minimum[0]], [self.surface.minimum[1]])
        else:
            self.minimum_marker.setData([], [])
        self.plot.setRange(xRange=self.surface.x_range, yRange=self.surface.y_range, padding=0.02)

    def _redraw(self) -> None:
        if not self.paths:
            return
        k = self.step_slider.value()
        steps = self.step_slider.maximum()
        low, high = np.inf, -np.inf
        for name in OPTIMIZER_ORDER:
            path = self.paths[name]
            shown = self.checks[name].isChecked()
            loss = self.surface(path[:, 0], path[:, 1])
            visible = drawable(path[:k + 1])
            self.curves[name].setData(visible[:, 0], visible[:, 1])
            head = visible[-1] if np.all(np.isfinite(visible[-1])) else np.empty((0, 2))
            self.heads[name].setData(np.atleast_1d(head[..., 0]), np.atleast_1d(head[..., 1]))
            shown_loss = drawable(loss)
            self.loss_curves[name].setData(np.arange(len(loss)), shown_loss)
            finite_head = np.isfinite(shown_loss[k])
            self.loss_heads[name].setData([k] if finite_head else [], [shown_loss[k]] if finite_head else [])
            for item in (self.curves[name], self.heads[name], self.loss_curves[name], self.loss_heads[name]):
                item.setVisible(shown)
            self.readouts[name].setText(self._readout(path, loss, k))
            finite = loss[np.isfinite(loss)]
            if shown and finite.size:
                low, high = min(low, finite.min()), max(high, finite.max())
        self.step_line.setValue(k)
        self.step_label.setText(translate("OptimizerPlayground", "Step {step} of {total}").format(step=k, total=steps))
        # The loss axis spans what the paths reach, capped a little above the start so one
        # diverging optimizer does not flatten everybody else's curve.
        if np.isfinite(low):
            top = min(high, self.surface(*self.start) * 1.5 + 1e-9) if high > low else high + 1
            # Snapped to 1, 1.5, 2, 3 … × 10^k so a drag seldom changes the axes (costly to repaint).
            y_range = (0.0 if low >= 0 else -round_up(-low), round_up(max(top, 1e-12)) if top > 0 else 0.0)
            if y_range[1] <= y_range[0]:
                y_range = (y_range[0], y_range[0] + 1.0)
            if (steps, y_range) != self._loss_range:
                self._loss_range = (steps, y_range)
                self.loss_plot.setRange(xRange=(0, steps), yRange=y_range, padding=0.05)

    def _readout(self, path: np.ndarray, loss: np.ndarray, k: int) -> str:
        bad = surfaces.diverged_at(path[:k + 1])
        if bad is not None:
            return translate("OptimizerPlayground", "diverged at step {step} (the learning rate is too large "
                                                    "here)").format(step=bad)
        x, y = path[k]
        return translate("OptimizerPlayground", "f = {f}  at ({x}, {y})").format(f=number(loss[k]), x=number(x),
                                                                                 y=number(y))
