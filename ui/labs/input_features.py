"""Input features: derived inputs x1², x2², x1·x2, sin x1, sin x2 for 2-D data (as in TensorFlow
Playground). The choice is part of the dataset settings (saved in the file); the network's input
neurons are named after the columns when it is adapted to them. The columns come from
`simulator.features`; the training session loads and splits the data as for any dataset.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout,
                               QWidget)

from simulator import Network, features

from simulator import dataspec
from ..i18n import engine_text, translate
from ..widgets import bold, dim
from .common import plot_widget, wrapped

ONE_NEURON_FEATURES = ["x1^2", "x2^2"]
PREVIEW = 64                     # pixels per side of each feature's picture over the plane
PLANE = (-1.0, 1.0)


class InputFeaturesLab(QWidget):
    def __init__(self, session, document, parent=None):
        super().__init__(parent)
        self.session, self.document = session, document

        choose = QGroupBox(translate("InputFeaturesLab", "Derived inputs"))
        choose_layout = QVBoxLayout(choose)
        choose_layout.addWidget(dim(wrapped(translate(
            "InputFeaturesLab", "For 2-D point data (circle, XOR, Gaussian blobs, spiral, moons, or points you drew), "
                                "the network can also read functions of x1 and x2. Each ticked feature becomes one "
                                "more input neuron."))))
        self.checks: dict[str, QCheckBox] = {}
        for name, (label, _f) in features.FEATURES.items():
            check = QCheckBox(label)
            check.toggled.connect(lambda _c: self.apply_choice())
            choose_layout.addWidget(check)
            self.checks[name] = check
        choose_layout.addStretch(1)
        choose.setFixedWidth(320)

        self.data_label = bold(wrapped(""))
        self.inputs_label = wrapped("")
        self.problem_label = wrapped("")
        self.adapt_button = QPushButton(translate("InputFeaturesLab", "Adapt the network to the data"))
        self.adapt_button.setToolTip(translate("InputFeaturesLab", "Give the network one input per column, named "
                                                                   "after it (one undo step)"))
        self.adapt_button.clicked.connect(self.session.apply_suggestion)
        self.demo_button = QPushButton(translate("InputFeaturesLab", "Try it: a circle with a single neuron"))
        self.demo_button.setToolTip(translate("InputFeaturesLab", "Circle data with x1² and x2², and a network of one "
                                                                  "sigmoid neuron"))
        self.demo_button.clicked.connect(self.one_neuron_circle)
        status = QVBoxLayout()
        status.addWidget(self.data_label)
        status.addWidget(self.inputs_label)
        status.addWidget(self.problem_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.adapt_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        status.addLayout(buttons)
        status.addWidget(self._previews(), 0)
        status.addWidget(dim(wrapped(translate(
            "InputFeaturesLab", "Why it helps: a single neuron draws one straight line through its inputs. On (x1, x2) "
                                "no line separates a disc from the ring around it; on (x1, x2, x1², x2²) the disc "
                                "x1² + x2² < r² is one side of a flat cut. Press Play in the main window and watch "
                                "the Decision boundary."))))
        status.addStretch(1)

        layout = QHBoxLayout(self)
        layout.addWidget(choose)
        layout.addLayout(status, 1)

        for signal in (document.structure_changed, document.metadata_changed, session.data_changed,
                       session.readiness_changed):
            signal.connect(self.refresh)
        self.refresh()

    def _previews(self) -> QGroupBox:
        """Each column as a picture over the plane x1, x2 ∈ [−1, 1] (blue high, vermillion low)."""
        box = QGroupBox(translate("InputFeaturesLab", "Each input over the plane x1, x2 ∈ [−1, 1] (blue: high, "
                                                      "white: 0, vermillion: low); bold: read by the network"))
        grid = QGridLayout(box)
        side = np.linspace(*PLANE, PREVIEW)
        xx, yy = np.meshgrid(side, side)                      # rows are x2, columns x1
        columns = features.expand(np.column_stack([xx.ravel(), yy.ravel()]), features.NAMES)
        cmap = pg.ColorMap([0.0, 0.5, 1.0], [(213, 94, 0), (245, 245, 245), (0, 114, 178)])
        self.previews: dict[str, pg.PlotWidget] = {}
        for i, label in enumerate(features.labels(features.NAMES)):
            values = columns[:, i].reshape(PREVIEW, PREVIEW)
            span = float(np.abs(values).max()) or 1.0
            plot = plot_widget(title=label)
            plot.setAspectLocked(True)
            plot.hideAxis("left")
            plot.hideAxis("bottom")
            image = pg.ImageItem(values, axisOrder="row-major", levels=(-span, span))
            image.setLookupTable(cmap.getLookupTable(nPts=256))
            image.setRect(QRectF(PLANE[0], PLANE[0], PLANE[1] - PLANE[0], PLANE[1] - PLANE[0]))
            plot.addItem(image)
            plot.setFixedSize(130, 140)
            grid.addWidget(plot, i // 4, i % 4)
            self.previews[label] = plot
        return box

    def chosen(self) -> list[str]:
        return [name for name, check in self.checks.items() if check.isChecked()]

    def applicable(self) -> bool:
        return dataspec.kind(self.session.settings.get("name", "")) in dataspec.PLANE_KINDS

    def apply_choice(self) -> None:
        if self.applicable() and list(self.session.settings.get("features", [])) != self.chosen():
            self.session.update_dataset(features=self.chosen())

    def one_neuron_circle(self) -> None:
        """Circle data with x1², x2², one sigmoid neuron and a loss and optimizer that suit it."""
        self.session.update_dataset(name="circle", features=list(ONE_NEURON_FEATURES))
        net = Network.build([2 + len(ONE_NEURON_FEATURES), 1], output="sigmoid", init="xavier",
                            seed=int(self.session.training_settings()["seed"]))
        self.document.replace_network(net, translate("InputFeaturesLab", "One neuron for the circle"),
                                      labels=[list(features.labels(ONE_NEURON_FEATURES)),
                                              [translate("InputFeaturesLab", "class 1")]],
                                      clear_history=True)
        self.session.update_training(loss="binary_cross_entropy", optimizer={"name": "adam", "lr": 0.05})
        self.document.update_metadata(name=translate("InputFeaturesLab", "One neuron for a circle"), description=(
            translate("InputFeaturesLab", "A single sigmoid neuron on x1, x2, x1² and x2²: the circle is one straight "
                                          "cut in these inputs. Press Play and watch the decision boundary close "
                                          "around the disc.")))

    def refresh(self) -> None:
        applicable = self.applicable()
        current = list(self.session.settings.get("features", []))
        for name, check in self.checks.items():
            check.blockSignals(True)
            check.setChecked(name in current)
            check.setEnabled(applicable)
            check.blockSignals(False)
        dataset = self.session.dataset
        name = (engine_text(dataspec.label(self.session.settings.get("name", ""))) if self.session.settings
                else translate("InputFeaturesLab", "no data"))
        if dataset is None:
            self.data_label.setText(translate("InputFeaturesLab", "{dataset}: not loaded").format(dataset=name))
        elif not applicable:
            self.data_label.setText(translate("InputFeaturesLab", "{dataset} is not 2-D point data: derived inputs do "
                                                                  "not apply to it. Pick circle, XOR, spiral, … in the "
                                                                  "Training panel, or draw your own.").format(
                dataset=name))
        else:
            self.data_label.setText(translate("InputFeaturesLab", "{dataset}: the data has columns {columns}").format(
                dataset=name, columns=", ".join(dataset.feature_names)))
        for label, plot in self.previews.items():
            used = label in self.document.labels[0]
            plot.setTitle(f"<b>{label}</b>" if used else label, size="10pt", color="#111" if used else "#999")
        self.inputs_label.setText(translate("InputFeaturesLab", "The network reads {names} ({count} inputs).").format(
            names=", ".join(self.document.labels[0]), count=self.document.network.n_inputs))
        problem = self.session.problem()
        suggestion = self.session.suggestion()
        self.problem_label.setText(
            translate("InputFeaturesLab", "To train: {suggestion}").format(suggestion=engine_text(suggestion.text))
            if suggestion is not None and problem else
            (translate("InputFeaturesLab", "Ready to train.") if not problem else engine_text(problem)))
        self.adapt_button.setEnabled(bool(problem) and suggestion is not None)
