"""Which data a learning view looks at: the current inputs with a target the learner picks,
one sample of the training set, or a mini-batch of it; plus the loss and learning rate.

The pages ask `batch()` for (X, T, what) and listen to `changed`.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from ..i18n import engine_text, translate
from ..widgets import dim

CURRENT, SAMPLE, BATCH = "current", "sample", "batch"
MAX_TARGET_SPINS = 10


@dataclass(frozen=True)
class Batch:
    X: np.ndarray          # (rows, n_in)
    T: np.ndarray          # (rows, n_out)
    what: str              # "the current inputs", "sample 3 of the training set", ...
    problem: str = ""      # why there is no data (then X, T are empty)


class DataSource(QWidget):
    """A row of controls choosing the data; `changed` fires whenever the batch would differ."""

    changed = Signal()

    def __init__(self, document, session=None, parent=None):
        super().__init__(parent)
        self.document, self.session = document, session
        self.mode = QComboBox()
        self.mode.addItem(translate("DataSource", "Current inputs"), CURRENT)
        self.mode.addItem(translate("DataSource", "One training sample"), SAMPLE)
        self.mode.addItem(translate("DataSource", "A mini-batch"), BATCH)
        self.mode.setToolTip(translate("DataSource", "Step through the current inputs (with a target you pick), one "
                                                     "sample of the training set, or a mini-batch of the size set in "
                                                     "Training"))
        self.index = QSpinBox()
        self.index.setPrefix(translate("DataSource", "row "))
        self.index.setToolTip(translate("DataSource", "Which training sample (or the first row of the mini-batch)"))
        self.target_label = QLabel(translate("DataSource", "target t:"))
        self.targets: list[QDoubleSpinBox] = []
        self.target_class = QSpinBox()     # for many outputs: a one-hot target picked by its class
        self.target_class.setPrefix(translate("DataSource", "one-hot, class "))
        self.target_class.setToolTip(translate("DataSource", "The target for the current inputs: 1 for this output, "
                                                             "0 for the others"))
        self.target_box = QHBoxLayout()
        self.target_box.setSpacing(2)
        self.info = dim(QLabel())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(translate("DataSource", "Data:")))
        layout.addWidget(self.mode)
        layout.addWidget(self.index)
        layout.addWidget(self.target_label)
        layout.addLayout(self.target_box)
        layout.addWidget(self.target_class)
        layout.addWidget(self.info, 1)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.index.valueChanged.connect(lambda _v: self.changed.emit())
        self.target_class.valueChanged.connect(lambda _v: self.changed.emit())
        document.structure_changed.connect(self._rebuild_targets)
        document.values_changed.connect(self.changed)
        document.metadata_changed.connect(self.changed)
        if session is not None:
            session.data_changed.connect(self._data_changed)
        self._rebuild_targets()
        self._mode_changed()

    # -- reading ---------------------------------------------------------------
    def loss(self) -> str:
        return self._training()["loss"]

    def learning_rate(self) -> float:
        return float(self._training()["optimizer"]["lr"])

    def batch(self) -> Batch:
        net = self.document.network
        mode = self.mode.currentData()
        if mode == CURRENT:
            T = np.array([[spin.value() for spin in self.targets]]) if self.targets else self._class_target()
            return Batch(self.document.inputs[None, :].copy(), T,
                         translate("DataSource", "the current inputs (Inputs panel)"))
        train = getattr(self.session, "train", None)
        if train is None or train.n_samples == 0:
            return Batch(np.zeros((0, net.n_inputs)), np.zeros((0, net.n_outputs)), "",
                         translate("DataSource", "There is no training set: pick a dataset in the Training tab, "
                                                 "or use the current inputs."))
        try:
            T_all = train.targets(net.n_outputs)
        except ValueError as error:
            return Batch(np.zeros((0, net.n_inputs)), np.zeros((0, net.n_outputs)), "", engine_text(error))
        if train.n_features != net.n_inputs:
            return Batch(np.zeros((0, net.n_inputs)), np.zeros((0, net.n_outputs)), "",
                         translate("DataSource", "The training set has {features} features; the network has "
                                                 "{inputs} inputs.").format(features=train.n_features,
                                                                            inputs=net.n_inputs))
        start = min(self.index.value(), train.n_samples - 1)
        if mode == SAMPLE:
            return Batch(train.X[start:start + 1].copy(), T_all[start:start + 1].copy(),
                         translate("DataSource", "training sample {index} of {count}").format(
                             index=start, count=train.n_samples))
        size = max(1, int(self._training().get("batch_size", 10)))
        stop = min(train.n_samples, start + size)
        return Batch(train.X[start:stop].copy(), T_all[start:stop].copy(),
                     (translate("DataSource", "a mini-batch: training rows {first}–{last} ({count} row)")
                      if stop - start == 1 else
                      translate("DataSource", "a mini-batch: training rows {first}–{last} ({count} rows)"))
                     .format(first=start, last=stop - 1, count=stop - start))

    # -- internals -------------------------------------------------------------
    def _training(self) -> dict:
        if self.session is not None:
            return self.session.training_settings()
        return dict(self.document.meta.training)

    def _class_target(self) -> np.ndarray:
        T = np.zeros((1, self.document.network.n_outputs))
        T[0, min(self.target_class.value(), T.shape[1] - 1)] = 1.0
        return T

    def _rebuild_targets(self) -> None:
        while self.target_box.count():
            self.target_box.takeAt(0).widget().deleteLater()
        n = self.document.network.n_outputs
        self.targets = []
        self.target_class.setRange(0, n - 1)
        if n > MAX_TARGET_SPINS:
            self._mode_changed()   # shows the class picker instead of spin boxes
            return
        for i in range(n):
            spin = QDoubleSpinBox()
            spin.setRange(-1e3, 1e3)
            spin.setDecimals(2)
            spin.setSingleStep(0.1)
            spin.setValue(1.0 if i == 0 else 0.0)
            spin.setToolTip(translate("DataSource", "Target for output {name}").format(
                name=self.document.label(len(self.document.sizes) - 1, i)))
            spin.valueChanged.connect(lambda _v: self.changed.emit())
            self.targets.append(spin)
            self.target_box.addWidget(spin)
        self._mode_changed()

    def set_targets(self, values) -> None:
        """Set the target for the current inputs (tests and the loss view use this)."""
        for spin, value in zip(self.targets, values, strict=True):
            spin.blockSignals(True)
            spin.setValue(float(value))
            spin.blockSignals(False)
        self.changed.emit()

    def set_mode(self, mode: str, index: int = 0) -> None:
        self.index.blockSignals(True)
        self.index.setValue(index)
        self.index.blockSignals(False)
        self.mode.setCurrentIndex(self.mode.findData(mode))
        self.changed.emit()

    def _data_changed(self) -> None:
        self._update_range()
        if self.mode.currentData() != CURRENT:
            self.changed.emit()

    def _update_range(self) -> None:
        train = getattr(self.session, "train", None)
        self.index.setRange(0, max(0, (train.n_samples - 1) if train is not None else 0))

    def _mode_changed(self) -> None:
        current = self.mode.currentData() == CURRENT
        self.index.setVisible(not current)
        self.target_label.setVisible(current and bool(self.targets))
        self.target_class.setVisible(current and not self.targets)
        for spin in self.targets:
            spin.setVisible(current)
        self._update_range()
        self.info.setText("" if current else translate("DataSource", "targets from the dataset"))
        self.changed.emit()
