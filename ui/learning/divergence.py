"""Divergence explained: when training stops on NaN/Inf, where it started, the gradient norms before
it, and a learning rate that trains, applied with one click.

The page replays the run from the weights it started with (remembered when it started), with the
same settings and seed (simulator.divergence), to show how the numbers ran away.
"""
from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from simulator.divergence import MAX_STEPS, TRIAL_STEPS, replay, suggest_learning_rate

from ..i18n import engine_text, translate
from ..widgets import WRONG, bold, dim, style_plot

LAYER_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


class DivergencePage(QWidget):
    def __init__(self, document, session=None, parent=None):
        super().__init__(parent)
        self.document, self.session = document, session
        self.result = None
        self.suggested: float | None = None
        self.start_network = None      # the weights the last run started from (set when a run starts) ...
        self.start_step = 0            # ... and the session's step count then
        self.headline = bold(QLabel(translate("DivergencePage", "Training has not diverged. If a run stops on NaN "
                                                                "or infinity, this page shows where it started and "
                                                                "suggests a learning rate.")))
        self.headline.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.plot = pg.PlotWidget()
        style_plot(self.plot)
        self.plot.setLogMode(False, True)
        self.plot.setLabel("left", translate("DivergencePage", "‖∂L/∂W‖ per layer (log)"))
        self.plot.getAxis("left").enableAutoSIPrefix(False)   # "(x1e+27)" would mislabel a log axis
        self.plot.setLabel("bottom", translate("DivergencePage", "step of the replay"))
        self.plot.addLegend(offset=(10, 10))
        self.explain_button = QPushButton(translate("DivergencePage", "Explain the last divergence again"))
        self.apply = QPushButton()
        self.apply.setVisible(False)
        self.note = dim(QLabel(translate(
            "DivergencePage", "The replay starts from the weights the run started with, with the same loss, "
                              "optimizer, batch size and seed, so it meets the same mini-batches (a run resumed "
                              "after a pause restarts its optimizer's momentum here). Candidate learning rates "
                              "are halved until 200 steps (fewer for big networks) stay finite and lower the loss.")))
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply)
        buttons.addWidget(self.explain_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addWidget(self.plot, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self.explain_button.clicked.connect(self.explain)
        self.apply.clicked.connect(self.apply_suggestion)
        self.explain_button.setEnabled(session is not None)

    def explain(self) -> None:
        """Replay the run's settings from the document's weights and show what happened."""
        session = self.session
        train = getattr(session, "train", None)
        if train is None or train.n_samples == 0:
            self.headline.setText(translate("DivergencePage", "There is no training set to replay."))
            return
        net = self.document.network
        steps = MAX_STEPS
        if self.start_network is not None and self.start_network.sizes == net.sizes:
            net = self.start_network
            # Follow the run a little past where it stopped, no further: big networks replay slowly.
            steps = min(MAX_STEPS, max(1, session.step - self.start_step) + 5)
        settings = session.training_settings()
        X, T = train.X, train.targets(net.n_outputs)
        args = (net, X, T, settings["loss"], dict(settings["optimizer"]), int(settings["batch_size"]),
                int(settings["seed"]), float(settings["weight_decay"]))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result = replay(*args, max_steps=steps)
            trial = TRIAL_STEPS if net.parameter_count() <= 20_000 else max(20, min(TRIAL_STEPS, steps))
            self.suggested = suggest_learning_rate(*args, max_steps=trial)
        finally:
            QApplication.restoreOverrideCursor()
        self._show(settings, session.alert)

    def _show(self, settings: dict, alert: str) -> None:
        result, lr = self.result, float(settings["optimizer"]["lr"])
        self.headline.setText(engine_text(alert) if alert else
                              translate("DivergencePage", "Replay of the training settings from the current weights."))
        self.headline.setStyleSheet(f"color: {WRONG}" if result.diverged else "")
        lines = []
        if result.diverged:
            at_step = result.steps + (result.what == 'loss')
            if result.what == "loss":
                lines.append(translate("DivergencePage", "Replaying the run (learning rate {lr}), the loss stopped "
                                                         "being finite at step {step}.").format(
                    lr=f"{lr:g}", step=at_step))
            else:
                lines.append(translate("DivergencePage", "Replaying the run (learning rate {lr}), the weights stopped "
                                                         "being finite at step {step}.").format(
                    lr=f"{lr:g}", step=at_step))
            if result.culprit is not None:
                lines.append(translate("DivergencePage", "Where it started: {culprit}").format(
                    culprit=engine_text(result.culprit.text)))
            if result.first_bad_layer is not None:
                lines.append(translate("DivergencePage", "The forward pass first overflows in layer {layer} (its a or "
                                                         "z is no longer finite).").format(
                    layer=result.first_bad_layer + 1))
            finite = result.norms[np.isfinite(result.norms).all(axis=1)] if result.steps else result.norms
            if len(finite) >= 2:
                growth = finite[-1].max() / max(finite[0].max(), 1e-300)
                lines.append(translate("DivergencePage", "The largest layer gradient norm grew {growth}-fold in the "
                                                         "last {steps} steps: each step overshoots the minimum by more "
                                                         "than the last.").format(growth=f"{growth:.2g}",
                                                                                  steps=len(finite)))
        else:
            lines.append(translate("DivergencePage", "Replaying {steps} steps with learning rate {lr} stayed "
                                                     "finite.").format(steps=result.steps, lr=f"{lr:g}"))
        if self.suggested is not None:
            lines.append(translate("DivergencePage", "Learning rate {lr} trains without overflowing and lowers the "
                                                     "loss in the replay.").format(lr=f"{self.suggested:g}"))
        self.details.setText("<br>".join(html.escape(line) for line in lines))
        self.apply.setVisible(self.suggested is not None)
        if self.suggested is not None:
            self.apply.setText(translate("DivergencePage", "Use learning rate {lr}").format(lr=f"{self.suggested:g}"))
        self._plot(result)

    def _plot(self, result) -> None:
        self.plot.clear()
        if result.steps == 0:
            return
        steps = np.arange(1, result.steps + 1)
        for k in range(result.norms.shape[1]):
            norms = result.norms[:, k]
            keep = np.isfinite(norms) & (norms > 0)
            self.plot.plot(steps[keep], norms[keep], pen=pg.mkPen(LAYER_COLOURS[k % len(LAYER_COLOURS)], width=2),
                           symbol="o", symbolSize=5,
                           name=translate("DivergencePage", "layer {layer}").format(layer=k + 1))

    def apply_suggestion(self) -> None:
        if self.suggested is not None and self.session is not None:
            self.session.set_learning_rate(self.suggested)
            self.apply.setText(translate("DivergencePage", "Learning rate set to {lr}").format(
                lr=f"{self.suggested:g}"))
            self.apply.setEnabled(False)
