"""Loss and accuracy against epochs, for the training and the test set.

Reads the document's History (bounded and decimated by the engine), so a long run
costs the same to redraw as a short one: the four curves are created once and fed
with setData, and pyqtgraph clips to the view and downsamples (peak mode keeps the
spikes). A loaded file's saved curve shows at once. Train is solid blue, test is
dashed vermillion: told apart by colour and by dash.

The readout says which weights its figures describe: those of the run in progress
("Training"), those at the end of the last run ("Last run"), or, once the weights
were edited since, not the current ones ("Before edits"); the truth table and the
outputs always show the weights as they are now.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QSizePolicy, QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from simulator.datasets import REGRESSION

from ..i18n import translate
from ..training.protocol import TrainingView, require_training_view
from ..widgets import dim, style_plot
from .colors import TEST_COLOUR, TRAIN_COLOUR, background, text_colour
from .throttle import RedrawThrottle

AXIS_WIDTH = 62   # "100 %" beside the rotated title; both plots get it, so their x axes line up
REDRAW_MS = 30   # the training session already paces snapshots to what the GUI can afford
_STEPS = (1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def round_up(value: float) -> float:
    """The smallest of 1, 1.5, 2, 3, 4, 5, 6, 8 × 10^k that is ≥ value (> 0).

    Axis ranges snap to these, so the axes (whose tick text is costly to redraw)
    change only now and then while the curves grow, not at every frame.
    """
    if not math.isfinite(value) or value <= 0:
        return 1.0
    exponent = math.floor(math.log10(value))
    for step in _STEPS:
        candidate = step * 10.0 ** exponent
        if candidate >= value * (1 - 1e-9):
            return float(f"{candidate:.12g}")
    return 10.0 ** (exponent + 1)


def _column(history, name: str) -> np.ndarray:
    # None (no test set, or no accuracy for regression) becomes NaN: a gap, not a zero.
    return np.array(history.series(name), dtype=float)


def _number(value) -> str:
    return "—" if value is None else f"{value:.4g}"


def _percent(value) -> str:
    return "—" if value is None else f"{100 * value:.1f} %"


class LossPlot(QWidget):
    """See the module docstring."""

    def __init__(self, session: TrainingView, parent=None):
        super().__init__(parent)
        self.session = require_training_view(session, "LossPlot")
        self.document = session.document
        self._key = None
        self._shape = None   # (no history yet, accuracy shown) as last laid out
        self._ranges = None
        self._run_weights: list[np.ndarray] | None = None   # the weights the history's last epoch ended with
        self._weights_key = None                             # ... for this history key
        self._edited = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.readout = QLabel()
        # Two fixed lines, clipped by the dock's width: a label that re-wraps as its numbers
        # change would re-lay out (and repaint) both plots on every training frame.
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.readout.setFixedHeight(self._readout_height())
        self.readout.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.readout.setToolTip(translate(
            "LossPlot", "The latest epoch's loss and accuracy on the training set (and the test set).\nThey describe "
            "the weights at the end of the last training run (“Last run”); after you edit a weight or bias they no "
            "longer describe the network as it is now (“Before edits”).\nThe truth table and the outputs always show "
            "the weights as they are now."))
        top.addWidget(self.readout, 1)
        self.log_box = QCheckBox(translate("LossPlot", "log scale"))
        self.log_box.setToolTip(translate(
            "LossPlot", "Show the loss on a logarithmic axis: late, small improvements stay visible.\nEpochs with a "
            "loss of exactly 0 are left out."))
        self.log_box.toggled.connect(self._log_toggled)
        top.addWidget(self.log_box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        self.loss_plot = self._make_plot(translate("LossPlot", "loss"))
        self.loss_plot.setToolTip(translate("LossPlot", "Loss per epoch: solid = training set, dashed = test set"))
        # A see-through panel: over a short plot the legend may cover the curves' ends.
        panel = QColor(background(self))
        panel.setAlpha(200)
        self.legend = self.loss_plot.addLegend(offset=(-6, 4), brush=pg.mkBrush(panel), labelTextSize="8pt",
                                              verSpacing=-6)
        self.legend.setLabelTextColor(text_colour(self))
        train_pen = pg.mkPen(TRAIN_COLOUR, width=2)
        test_pen = pg.mkPen(TEST_COLOUR, width=2, style=Qt.PenStyle.DashLine)
        self.train_loss = self.loss_plot.plot(pen=train_pen, name=translate("LossPlot", "train"), connect="finite")
        self.test_loss = self.loss_plot.plot(pen=test_pen, name=translate("LossPlot", "test"), connect="finite")

        self.accuracy_plot = self._make_plot(translate("LossPlot", "accuracy"))
        self.accuracy_plot.setToolTip(translate(
            "LossPlot", "Share of samples classified correctly: solid = training set, dashed = test set"))
        self.accuracy_plot.setXLink(self.loss_plot)
        self.accuracy_plot.setYRange(-12, 112, padding=0)   # room for the "0 %" and "100 %" labels
        self.accuracy_plot.enableAutoRange(axis="y", enable=False)
        self.accuracy_plot.getAxis("left").setTicks([[(v, f"{v} %") for v in (0, 50, 100)], [(25, ""), (75, "")]])
        self.train_accuracy = self.accuracy_plot.plot(pen=train_pen, connect="finite")
        self.test_accuracy = self.accuracy_plot.plot(pen=test_pen, connect="finite")

        layout.addWidget(self.loss_plot, 3)
        layout.addWidget(self.accuracy_plot, 2)
        self.empty_note = dim(QLabel(translate(
            "LossPlot", "No training yet. The loss appears here, epoch by epoch, once training starts.")))
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_note, 1)

        self._throttle = RedrawThrottle(self, self._draw, REDRAW_MS)
        session.snapshot.connect(lambda _snapshot: self._values_changed())   # only if the history moved
        session.history_reset.connect(self._throttle.request)
        session.state_changed.connect(lambda _state: self._throttle.request())   # "Training" / "Last run"
        session.data_changed.connect(self._throttle.request)
        self.document.structure_changed.connect(self._throttle.request)
        self.document.metadata_changed.connect(self._throttle.request)
        # Undo/redo of a training run swaps the history without a structure change.
        self.document.values_changed.connect(self._values_changed)
        self._draw()

    def _readout_height(self) -> int:
        """Three lines, measured on this language's words: a CJK fallback font's lines are taller."""
        sample = "\n".join([
            translate("LossPlot", "{when} · epoch {epoch}").format(when=translate("LossPlot", "Last run"), epoch=1),
            translate("LossPlot", "loss: train {0}, test {1}").format(1, 1),
            translate("LossPlot", "accuracy: train {0}, test {1}").format(1, 1)])
        metrics = self.readout.fontMetrics()
        measured = metrics.boundingRect(QRect(0, 0, 10_000, 10_000), int(Qt.AlignmentFlag.AlignLeft), sample).height()
        return max(3 * metrics.lineSpacing(), measured) + 2

    def _make_plot(self, label: str) -> pg.PlotWidget:
        plot = pg.PlotWidget()
        plot.setMinimumHeight(90)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        # No grid: grid lines make the axes repaint with every new point, the main cost of a live plot.
        plot.enableAutoRange(enable=False)   # ranges snap to round values in _set_ranges
        plot.setLabel("left", label)
        plot.setLabel("bottom", translate("LossPlot", "epoch"))
        plot.setClipToView(True)
        plot.setDownsampling(auto=True, mode="peak")
        plot.getAxis("left").setWidth(AXIS_WIDTH)
        plot.getAxis("left").enableAutoSIPrefix(False)   # "loss (×0.001)" confuses more than it saves
        style_plot(plot)
        return plot

    # -- public ----------------------------------------------------------------------
    def history(self):
        return self.session.history()

    def refresh(self) -> None:
        """Redraw now (normally redraws are coalesced to at most one per frame)."""
        self._key = None
        self._throttle.request()
        self._throttle.flush()

    # -- drawing ---------------------------------------------------------------------
    def _values_changed(self) -> None:
        if self._history_key() != self._key or self._weights_edited() != self._edited:
            self._throttle.request()

    def _weights_edited(self) -> bool:
        """True when the weights differ from those the history's last epoch ended with."""
        if self._run_weights is None:
            return False
        current = self.document.network.parameters()
        return len(current) != len(self._run_weights) or any(
            a.shape != b.shape or not np.array_equal(a, b) for a, b in zip(current, self._run_weights))

    def _history_key(self):
        history = self.history()
        if history is None or not len(history):
            return None
        return id(history), len(history), history.stride, history.last("epoch"), history.last("train_loss")

    def _log_toggled(self, on: bool) -> None:
        self.loss_plot.setLogMode(y=on)
        self._ranges = None
        self.refresh()

    def _show_accuracy(self, history) -> bool:
        train = self.session.train
        if train is not None:
            return train.task != REGRESSION
        return history is not None and any(v is not None for v in history.series("train_accuracy"))

    def _draw(self) -> None:
        history = self.history()
        key = self._history_key()
        if key != self._weights_key:   # a new epoch (or another history): these weights are the run's latest
            self._weights_key = key
            self._run_weights = None if key is None else [p.copy() for p in self.document.network.parameters()]
        self._key = key
        self._edited = self._weights_edited()
        empty = self._key is None
        show_accuracy = self._show_accuracy(history)
        shape = (empty, show_accuracy)
        if shape != self._shape:   # setLabel and hiding re-lay out the plots: only when something changes
            self._shape = shape
            # Before any training the note stands alone: empty axes would only look broken.
            self.empty_note.setVisible(empty)
            self.loss_plot.setVisible(not empty)
            self.accuracy_plot.setVisible(show_accuracy and not empty)
            # With both plots stacked, the epoch axis is labelled once, under the lower one.
            self.loss_plot.setLabel("bottom", None if show_accuracy else translate("LossPlot", "epoch"))
            self.loss_plot.getAxis("bottom").setStyle(showValues=not show_accuracy)
        if empty:
            for curve in (self.train_loss, self.test_loss, self.train_accuracy, self.test_accuracy):
                curve.setData([], [])
            self._ranges = None
            self.readout.setText(translate("LossPlot", "Loss per epoch"))
            self._update_legend(None)
            return
        epochs = _column(history, "epoch")
        train, test = _column(history, "train_loss"), _column(history, "test_loss")
        if self.log_box.isChecked():
            # log10 of 0 or less is undefined: leave those epochs out rather than draw -inf.
            with np.errstate(invalid="ignore"):
                train = np.where(train > 0, train, np.nan)
                test = np.where(test > 0, test, np.nan)
        self.train_loss.setData(epochs, train)
        self.test_loss.setData(epochs, test)
        self._set_ranges(epochs, train, test)
        if not self.accuracy_plot.isHidden():
            self.train_accuracy.setData(epochs, 100 * _column(history, "train_accuracy"))
            self.test_accuracy.setData(epochs, 100 * _column(history, "test_accuracy"))
        self.readout.setText(self._readout_text(history))
        self._update_legend(history)

    def _set_ranges(self, epochs: np.ndarray, train: np.ndarray, test: np.ndarray) -> None:
        first = float(epochs[0]) if len(epochs) else 0.0
        x_range = (min(first, 0.0), round_up(float(epochs[-1])) if len(epochs) else 1.0)
        values = np.concatenate([train, test])
        values = values[np.isfinite(values)]
        if self.log_box.isChecked():
            # Whole decades, in log10 units (what a log-mode view box works in).
            if values.size:
                y_range = (math.floor(math.log10(values.min())), math.ceil(math.log10(values.max())))
                if y_range[0] == y_range[1]:
                    y_range = (y_range[0] - 1, y_range[1])
            else:
                y_range = (-1, 0)
        else:
            high = round_up(float(values.max())) if values.size else 1.0
            low = min(0.0, float(values.min())) if values.size else 0.0
            y_range = (low, high)
        if (x_range, y_range) != self._ranges:
            self._ranges = (x_range, y_range)
            self.loss_plot.setRange(xRange=x_range, yRange=y_range, padding=0.02)

    def _readout_text(self, history) -> str:
        """Three short lines (the dock is narrow): which weights and epoch, the latest losses, the latest
        accuracies (classification)."""
        running = self.session.state == "running"
        when = (translate("LossPlot", "Training") if running else translate("LossPlot", "Before edits") if self._edited
                else translate("LossPlot", "Last run"))
        train_loss = _number(history.last('train_loss'))
        if history.last("test_loss") is not None:
            loss = translate(
                "LossPlot", "loss: train {0}, test {1}").format(train_loss, _number(history.last('test_loss')))
        else:
            loss = translate("LossPlot", "loss: train {0}").format(train_loss)
        accuracy = ""
        if not self.accuracy_plot.isHidden() and history.last("train_accuracy") is not None:
            train_accuracy = _percent(history.last('train_accuracy'))
            if history.last("test_accuracy") is not None:
                accuracy = translate("LossPlot", "accuracy: train {0}, test {1}").format(
                    train_accuracy, _percent(history.last('test_accuracy')))
            else:
                accuracy = translate("LossPlot", "accuracy: train {0}").format(train_accuracy)
        heading = translate("LossPlot", "{when} · epoch {epoch}").format(when=when, epoch=history.last('epoch'))
        return f"{heading}\n{loss}\n{accuracy}"

    def _update_legend(self, history) -> None:
        """The legend names the curves only; the latest values are in the readout above.

        (Changing legend text re-lays out the legend and repaints the plot once more per frame.)
        """

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._throttle.widget_shown()

    def __repr__(self) -> str:
        history = self.history()
        return f"LossPlot({len(history) if history is not None else 0} epochs, log={self.log_box.isChecked()})"
