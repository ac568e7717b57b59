"""What the network says about one sample: a bar chart of its outputs for the probe.

Softmax outputs are class probabilities (the bars sum to 1); a single sigmoid
output p is read as P(class 1) = p and P(class 0) = 1 − p. Other outputs (step,
identity, tanh, ...) are not probabilities: their bars show the output values and the
title says "predicted 1 (output 0.69)", never a percentage. The true class has an
outlined bar, the title names the prediction, and image datasets (digits, IDX)
also show the sample itself. The module also holds the small rules, shared with
the decision-boundary plot, that say how to read a network's outputs.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy, QHBoxLayout, QLabel, QSpinBox, QToolButton, QVBoxLayout, QWidget

from simulator.datasets import REGRESSION

from ..changes import Changed, What
from ..i18n import engine_text, translate
from ..panels.outputs import HEADROOM, place_bar_label, value_range
from ..training.protocol import TrainingView, require_training_view
from ..widgets import CORRECT, POSITIVE, WRONG, bold, format_value, style_plot
from .colors import class_colour, text_colour
from .throttle import RedrawThrottle

# How a network's outputs are read.
BINARY = "binary"          # one output p in [0, 1]: P(class 1) = p, P(class 0) = 1 − p
SOFTMAX = "softmax"        # K outputs that are probabilities already
SCORES = "scores"          # K outputs that are not a distribution (e.g. sigmoid per class): clipped and normalised
REGRESSION_MODE = "regression"   # numbers to compare with targets, not classes

_PROBABILITY_ACTIVATIONS = ("sigmoid", "step")   # a single such output reads as class 0 / class 1
PROBABILITY_OUTPUTS = ("softmax", "sigmoid")     # only these outputs are probabilities
_MAX_COLOURED_CLASSES = 8   # beyond this, per-class colours stop being readable: bars share one colour


def output_mode(network, dataset=None) -> str:
    """How to read `network`'s outputs, given the dataset it is trained on (or None)."""
    activation = network.layers[-1].activation
    if dataset is not None and dataset.task == REGRESSION:
        return REGRESSION_MODE
    if network.n_outputs == 1:
        if dataset is not None or activation in _PROBABILITY_ACTIVATIONS:
            return BINARY
        return REGRESSION_MODE
    return SOFTMAX if activation == "softmax" else SCORES


def class_probabilities(outputs: np.ndarray, mode: str) -> np.ndarray:
    """(N, K) class probabilities from (N, n_outputs) outputs; rows sum to 1."""
    if mode == SOFTMAX:
        return outputs
    if mode == BINARY:
        p = np.clip(outputs[:, :1], 0.0, 1.0)
        return np.hstack([1.0 - p, p])
    if mode == SCORES:
        scores = np.clip(outputs, 0.0, 1.0)
        total = scores.sum(axis=1, keepdims=True)
        uniform = np.full_like(scores, 1.0 / scores.shape[1])
        return np.divide(scores, total, out=uniform, where=total > 0)
    raise ValueError(f"a {mode} output has no class probabilities")


def class_names(document, dataset, mode: str) -> tuple[str, ...]:
    """Names for the bars: the dataset's classes when they fit, else output labels."""
    k = 2 if mode == BINARY else document.network.n_outputs
    if mode == REGRESSION_MODE:
        return tuple(document.shown_labels[-1])
    if dataset is not None and dataset.n_classes == k:
        return tuple(engine_text(name) for name in dataset.class_names)   # engine data
    if mode == BINARY:
        return ("0", "1")
    return tuple(document.shown_labels[-1])


def shows_probabilities(network, mode: str) -> bool:
    """True when the outputs can be shown as probabilities: softmax, or sigmoid outputs read as classes."""
    return mode != REGRESSION_MODE and network.layers[-1].activation in PROBABILITY_OUTPUTS


def no_dataset_chosen(session: TrainingView) -> bool:
    """True while the document names no dataset: the session's data is only a stand-in then
    (e.g. XOR for the textbook network), and judging the network against it would mislead."""
    return session.document.meta.dataset is None


def probe_set(session: TrainingView):
    """(dataset the probe index refers to, its description): the test set, else the training set."""
    if no_dataset_chosen(session):
        return None, ""
    test, train = session.test, session.train
    if test is not None and test.n_samples:
        return test, translate("ProbeSet", "test set")
    if train is not None and train.n_samples:
        return train, translate("ProbeSet", "training set")
    return None, ""


def _with_truth(true_name: str, verdict: str, right: bool) -> str:
    """"true <b>b</b>, predicted <b>a</b> (62 %) ✗": the verdict after the true class, marked right or wrong."""
    mark = f'<span style="color:{CORRECT}">✓</span>' if right else f'<span style="color:{WRONG}">✗</span>'
    return translate("ProbabilityPlot", "true <b>{true}</b>, {verdict}").format(true=true_name, verdict=verdict) \
        + f"&nbsp;{mark}"


def _percent(p: float) -> str:
    return f"{100 * p:.0f} %" if p >= 0.01 or p == 0 else "< 1 %"


class ProbabilityPlot(QWidget):
    """See the module docstring. Picks the probe through session.set_probe."""

    def __init__(self, session: TrainingView, document, parent=None):
        super().__init__(parent)
        self.session, self.document = require_training_view(session, "ProbabilityPlot"), document
        self._mode = None
        self._values = False     # classes read from outputs that are not probabilities (step, identity, ...)
        self._value_range = None  # y range while showing such values (changed only when it must)
        self._names: tuple[str, ...] = ()           # one per bar
        self._classes: tuple[str, ...] = ()         # the classes the outputs are read as
        self._dataset = None
        self._levels = (0.0, 1.0)      # pixel values shown as white .. black
        self._image_shape = None
        self._where = ""
        self._probing_test = False   # the probe comes from the test set (else the training set)
        self.outputs: np.ndarray | None = None        # the network's raw outputs last shown
        self.probabilities: np.ndarray | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel()
        # One line, elided by its width: a wrapping label whose text changes on every training
        # frame would re-lay out the whole dock each time.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        bold(self.title)
        self.title.setToolTip(translate(
            "ProbabilityPlot", "The probe sample, its true class and what the network predicts for it"))
        layout.addWidget(self.title)

        row = QHBoxLayout()
        self.plot = pg.PlotWidget()
        self.plot.setMinimumHeight(100)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setToolTip(translate(
            "ProbabilityPlot", "The network's output for the probe sample, one bar per class.\nThe outlined bar is "
            "the true class."))
        style_plot(self.plot)
        self.plot.getAxis("left").enableAutoSIPrefix(False)   # "output (×0.001)" confuses more than it saves
        text = text_colour(self)
        self.bars = pg.BarGraphItem(x=[0], height=[0], width=0.7)
        # Regression: each target is a line across its output's bar.
        self.targets = pg.PlotDataItem(pen=pg.mkPen(text, width=3, style=Qt.PenStyle.DashLine), connect="pairs")
        self.target_text = pg.TextItem(translate("ProbabilityPlot", "target"), color=text, anchor=(0.0, 0.5))
        self.value_text = pg.TextItem(color=text, anchor=(0.5, 1.0))
        for item in (self.bars, self.targets, self.target_text, self.value_text):
            self.plot.addItem(item)
        row.addWidget(self.plot, 1)

        # The sample itself, for image datasets: paper-like (ink dark), row 0 at the top.
        self.image_view = pg.GraphicsLayoutWidget()
        self.image_view.setFixedSize(128, 128)
        self.image_view.setToolTip(translate("ProbabilityPlot", "The probe sample as an image"))
        self.image_view.setBackground(None)
        self.image_box = self.image_view.addViewBox(lockAspect=True, invertY=True, enableMouse=False)
        self.image_box.setMenuEnabled(False)
        self.image_box.setDefaultPadding(0.02)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(np.repeat(np.linspace(255, 0, 256)[:, None], 3, axis=1).astype(np.uint8))
        self.image_box.addItem(self.image)
        self.image_view.hide()
        row.addWidget(self.image_view, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row, 1)

        controls = QHBoxLayout()
        self.sample_label = QLabel(translate("ProbabilityPlot", "Sample"))
        self.sample_label.setToolTip(translate(
            "ProbabilityPlot", "Pick the sample whose outputs are shown (the probe); clicking a point in the "
            "decision-boundary plot picks it too"))
        controls.addWidget(self.sample_label)
        self.prev_button = QToolButton()
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.setToolTip(translate("ProbabilityPlot", "Previous sample"))
        self.spin = QSpinBox()
        self.spin.setKeyboardTracking(False)
        self.spin.setToolTip(translate(
            "ProbabilityPlot", "Which sample to look at (its row number in the set named on the right)"))
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(translate("ProbabilityPlot", "Next sample"))
        self.count_label = QLabel()
        self.count_label.setToolTip(translate(
            "ProbabilityPlot", "The set the sample comes from: the test set, or the training set when there is no "
            "test set"))
        for widget in (self.prev_button, self.spin, self.next_button, self.count_label):
            controls.addWidget(widget)
        controls.addStretch(1)
        layout.addLayout(controls)

        self.spin.valueChanged.connect(lambda value: self._pick(value - 1))
        self.prev_button.clicked.connect(lambda: self._pick(self.spin.value() - 2))
        self.next_button.clicked.connect(lambda: self._pick(self.spin.value()))

        self._throttle = RedrawThrottle(self, self._draw)
        self.plot.getViewBox().sigResized.connect(lambda _view: self._throttle.request())   # labels kept inside
        document.changed.connect(self._document_changed)
        session.data_changed.connect(self._reconfigure)
        session.probe_changed.connect(lambda _index: self._throttle.request())
        self._reconfigure()

    # -- public ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Redraw now (normally redraws are coalesced to at most one per frame)."""
        self._throttle.request()
        self._throttle.flush()

    # -- configuration (structure or data changed) -----------------------------------------
    def _document_changed(self, change: Changed) -> None:
        """Reconfigure for another shape or dataset (or none); redraw for new weights or inputs; training
        settings and the loss curve change nothing here."""
        if change.touches(What.STRUCTURE) or change.touches_setting("dataset"):
            self._reconfigure()
        elif change.touches(What.VALUES | What.INPUTS):
            self._throttle.request()

    def _reconfigure(self) -> None:
        dataset, where = probe_set(self.session)
        train = self.session.train
        network = self.document.network
        self._dataset = dataset
        self._mode = output_mode(network, train)
        self._classes = tuple(engine_text(name) for name in class_names(self.document, train, self._mode))
        self._values = self._mode != REGRESSION_MODE and not shows_probabilities(network, self._mode)
        # Values: one bar per output, named after it; probabilities: one bar per class.
        self._names = tuple(self.document.shown_labels[-1]) if self._values else self._classes
        k = len(self._names)
        text = text_colour(self)
        if self._mode == REGRESSION_MODE or self._values:
            brushes = [pg.mkBrush(POSITIVE)] * k
        elif k <= _MAX_COLOURED_CLASSES:
            brushes = [pg.mkBrush(class_colour(i)) for i in range(k)]
        else:
            brushes = [pg.mkBrush(POSITIVE)] * k
        self._plain_pen = pg.mkPen(text, width=0.5)
        self._true_pen = pg.mkPen(text, width=3)
        self.bars.setOpts(x=np.arange(k), height=np.zeros(k), brushes=brushes, pens=[self._plain_pen] * k)
        self.plot.getAxis("bottom").setTicks([list(enumerate(self._names))])
        values = self._mode == REGRESSION_MODE or self._values
        self._value_range = None
        self.plot.setXRange(-0.6, k - (0.4 if self._mode != REGRESSION_MODE else 0.0), padding=0)
        self.plot.getAxis("left").setTicks(None if values else [[(v, f"{v:g}") for v in (0, 0.25, 0.5, 0.75, 1)]])
        if self._values:
            # Range set as values come (room for the value above a bar).
            self.plot.setLabel("left", translate("ProbabilityPlot", "output"))
            extra = max(0.0, (3 - k) / 2)           # one output: a bar of normal width, not the whole plot
            self.plot.setXRange(-0.6 - extra, k - 0.4 + extra, padding=0)
        elif values:
            # Range set as values come (auto range made −5e-306 of 0).
            self.plot.setLabel("left", translate("ProbabilityPlot", "output"))
        else:
            self.plot.setLabel("left", translate("ProbabilityPlot", "probability") if self._mode != SCORES
                               else translate("ProbabilityPlot", "share of outputs"))
            self.plot.setYRange(0, 1.15, padding=0)   # room for the percentage above a full bar
        self.targets.setVisible(self._mode == REGRESSION_MODE)
        self.target_text.setVisible(self._mode == REGRESSION_MODE)

        fits = dataset is not None and dataset.n_features == network.n_inputs
        shape = dataset.image_shape if fits else None
        self._image_shape = shape
        self.image_view.setVisible(shape is not None)
        if shape is not None:
            X = dataset.X
            low, high = float(X.min()), float(X.max())
            self._levels = (low, high if high > low else low + 1.0)
        for widget in (self.sample_label, self.prev_button, self.spin, self.next_button, self.count_label):
            widget.setVisible(dataset is not None)
        if dataset is not None:
            self.spin.blockSignals(True)
            self.spin.setRange(1, dataset.n_samples)
            self.spin.blockSignals(False)
        self._where = where
        self._probing_test = dataset is not None and dataset is self.session.test
        if dataset is not None:
            # Two whole phrases (not the probe set's name pasted in): each language can keep them short.
            count = (translate("ProbabilityPlot", "of {0} (test set)") if self._probing_test
                     else translate("ProbabilityPlot", "of {0} (training set)"))
            self.count_label.setText(count.format(dataset.n_samples))
        self.outputs = None
        self._throttle.request()

    def _pick(self, index: int) -> None:
        dataset = self._dataset
        if dataset is None:
            return
        index = min(max(index, 0), dataset.n_samples - 1)
        if index != self.session.probe_index:
            self.session.set_probe(index)

    # -- drawing ---------------------------------------------------------------------
    def _draw(self) -> None:
        network = self.document.network
        bars = 2 if self._mode == BINARY and not self._values else network.n_outputs
        values = self._mode != REGRESSION_MODE and not shows_probabilities(network, self._mode)
        # A structure change whose signal is still on its way, or an output activation changed
        # between probabilities and plain values (a value change, not a structure change).
        if self._mode is None or len(self._names) != bars or values != self._values:
            self._reconfigure()   # then draw with the new reading
        dataset = self._dataset
        if dataset is not None:
            index = min(max(int(self.session.probe_index), 0), dataset.n_samples - 1)
            self.spin.blockSignals(True)
            self.spin.setValue(index + 1)
            self.spin.blockSignals(False)
            self.prev_button.setEnabled(index > 0)
            self.next_button.setEnabled(index < dataset.n_samples - 1)
            sample = np.asarray(self.session.probe_sample(), dtype=float).ravel()
            where = (translate("ProbabilityPlot", "Test set #{0}") if self._probing_test
                     else translate("ProbabilityPlot", "Training set #{0}")).format(index + 1)
        else:
            index, sample = None, np.asarray(self.document.inputs, dtype=float)
            where = translate("ProbabilityPlot", "Current inputs")
        if sample.size != network.n_inputs:
            self._show_mismatch(sample.size, network.n_inputs)
            return
        if self._image_shape is not None:
            self.image.setImage(sample.reshape(self._image_shape), autoLevels=False, levels=self._levels)

        outputs = np.asarray(network.forward(sample), dtype=float).reshape(1, -1)
        self.outputs = outputs[0]
        if self._mode == REGRESSION_MODE:
            self._draw_regression(where, dataset, index)
        elif self._values:
            self._draw_values(where, dataset, index)
        else:
            self._draw_classes(where, dataset, index, class_probabilities(outputs, self._mode)[0])

    def _draw_classes(self, where: str, dataset, index, probabilities: np.ndarray) -> None:
        self.probabilities = probabilities
        k = len(probabilities)
        predicted = int(np.argmax(probabilities))
        truth = None
        if dataset is not None and dataset.task != REGRESSION and dataset.n_classes == k:
            truth = int(dataset.y[index])
        pens = [self._true_pen if i == truth else self._plain_pen for i in range(k)]
        self.bars.setOpts(height=probabilities, pens=pens)
        shown = probabilities[predicted]
        self.value_text.setText(_percent(shown))
        place_bar_label(self.plot, self.value_text, predicted, shown + 0.01)
        name = self._names
        verdict = translate("ProbabilityPlot", "predicted <b>{0}</b> ({1})").format(name[predicted], _percent(shown))
        if truth is not None:
            verdict = _with_truth(name[truth], verdict, truth == predicted)
        self.title.setText(translate("ProbabilityPlot", "{where}: {verdict}").format(where=where, verdict=verdict))

    def _draw_values(self, where: str, dataset, index) -> None:
        """Classes read from outputs that are not probabilities: bars are the outputs themselves."""
        self.probabilities = None
        outputs = self.outputs
        names = tuple(self.document.shown_labels[-1])
        if names != self._names:   # e.g. "x1 AND x2" became "x1 NAND x2"
            self._names = names
            self.plot.getAxis("bottom").setTicks([list(enumerate(names))])
        single = self._mode == BINARY
        predicted = int(outputs[0] > 0.5) if single else int(np.argmax(outputs))
        bar = 0 if single else predicted
        truth = None
        if dataset is not None and dataset.task != REGRESSION and dataset.n_classes == len(self._classes):
            truth = int(dataset.y[index])
        pens = [self._true_pen if not single and i == truth else self._plain_pen for i in range(len(outputs))]
        self.bars.setOpts(height=outputs, pens=pens)
        self._set_value_range(outputs)
        self.value_text.setText(format_value(outputs[bar]))
        place_bar_label(self.plot, self.value_text, bar, float(outputs[bar]), above=outputs[bar] >= 0)
        # Read as a class by the truth table's rule (output above 0.5, or the largest output).
        verdict = (translate("ProbabilityPlot", "predicted <b>{0}</b> (output {1})") if single
                   else translate("ProbabilityPlot", "predicted <b>{0}</b> (largest output {1})")).format(
            self._classes[predicted], format_value(outputs[bar]))
        if truth is not None:
            verdict = _with_truth(self._classes[truth], verdict, truth == predicted)
        self.title.setText(translate("ProbabilityPlot", "{where}: {verdict}").format(where=where, verdict=verdict))

    def _draw_regression(self, where: str, dataset, index) -> None:
        self.probabilities = None
        outputs = self.outputs
        k = len(outputs)
        self.bars.setOpts(height=outputs, pens=[self._plain_pen] * k)
        self.value_text.setText("")
        parts = []
        shown = outputs
        if dataset is not None and dataset.task == REGRESSION and dataset.y.shape[1] == k:
            target = dataset.y[index]
            shown = np.concatenate([outputs, target])
            self.targets.setData(np.repeat(np.arange(k), 2) + np.tile([-0.45, 0.45], k), np.repeat(target, 2))
            self.target_text.setPos(k - 1 + 0.45, float(target[-1]))
            self.targets.setVisible(True)
            self.target_text.setVisible(True)
            parts.append(translate("ProbabilityPlot", "target {0}").format(", ".join(format_value(t) for t in target)))
        else:
            self.targets.setVisible(False)
            self.target_text.setVisible(False)
        parts.append(translate("ProbabilityPlot", "output {0}").format(", ".join(format_value(v) for v in outputs)))
        self.title.setText(translate(
            "ProbabilityPlot", "{where}: {verdict}").format(where=where, verdict="; ".join(parts)))
        self._set_value_range(shown)

    def _set_value_range(self, values: np.ndarray) -> None:
        """The Outputs panel's rule: fixed for bounded outputs, else 1-2-5 (changed only when it must)."""
        rng = value_range(self.document.network.layers[-1].activation, values, self._value_range)
        if rng != self._value_range:
            self._value_range = rng
            low, high = rng
            pad = (high - low) * (HEADROOM - 1)
            self.plot.setYRange(low - (pad if low < 0 else 0.03 * (high - low)), high + pad, padding=0)

    def _show_mismatch(self, features: int, inputs: int) -> None:
        self.outputs = self.probabilities = None
        k = len(self._names)
        self.bars.setOpts(height=np.zeros(k), pens=[self._plain_pen] * k)
        self.value_text.setText("")
        self.title.setText(translate(
            "ProbabilityPlot", "The data has {0} features but the network has {1} inputs").format(
            features, inputs))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._throttle.widget_shown()

    def __repr__(self) -> str:
        return f"ProbabilityPlot({self._mode}, {len(self._names)} bars, {self._where or 'current inputs'})"
