"""The inputs panel: the values fed into the network, editable.

Three faces, picked from the network and its dataset:
- binary: one 0/1 toggle per input (logic gates);
- continuous: a slider + spin box per input;
- samples (more than 16 inputs, e.g. 8×8 digits): a "sample #" picker over the
  document's dataset, the input shown as an image when it is one, and
  "all zeros" / "random" buttons. Whole-vector changes are one undo step.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSpinBox,
                               QVBoxLayout, QWidget)

from simulator import datasets

from ..i18n import dataset_title, engine_text, translate
from ..selection import NeuronRef
from ..widgets import ValueSlider, dataset_settings, dim, format_value, gate_of

MAX_SLIDERS = 16
INPUT_PRESETS = (1.0, 2.0, 5.0, 10.0)
IMAGE_SIZE = 112  # pixels on screen for the sample image
_TOGGLE_STYLE = ("QPushButton { border: 1px solid palette(mid); border-radius: 4px; padding: 5px 10px;"
                 " background: palette(button); color: palette(button-text); }"
                 " QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
                 " border-color: palette(highlight); font-weight: bold; }")


def load_dataset(dataset: dict | None) -> tuple[datasets.Dataset | None, str]:
    """The document's dataset built with its settings, or (None, why not)."""
    settings = dataset_settings(dataset)
    if settings is None:
        return None, translate("InputsPanel", "no dataset chosen")
    name, kwargs = settings
    try:
        return datasets.make(name, **kwargs), ""
    except (ValueError, OSError) as exc:   # DatasetError is a ValueError
        return None, engine_text(exc)


def _is_binary(values: np.ndarray) -> bool:
    return bool(np.all((values == 0) | (values == 1)))


class InputsPanel(QWidget):
    """Edit the network's input values. See the module docstring."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self._rng = np.random.default_rng()
        self._binary_choice: bool | None = None   # the user's switch; None = decide automatically
        self._dataset_key = None
        self.dataset: datasets.Dataset | None = None
        self._dataset_problem = ""
        self.mode = ""
        self.toggles: list[QPushButton] = []
        self.sliders: list[ValueSlider] = []

        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.summary = dim(QLabel())
        top.addWidget(self.summary, 1)
        self.binary_switch = QCheckBox(translate("InputsPanel", "binary 0/1"))
        self.binary_switch.setToolTip(translate("InputsPanel", "Checked: each input is a 0/1 toggle (logic gates).\n"
                                                                     "Unchecked: each input is a continuous slider."))
        self.binary_switch.toggled.connect(self._binary_switched)
        top.addWidget(self.binary_switch)
        self._outer.addLayout(top)
        self.body: QWidget | None = None
        self._rebuild()
        document.structure_changed.connect(self._structure_changed)
        document.metadata_changed.connect(self._metadata_changed)
        document.values_changed.connect(self._sync)

    # -- building ----------------------------------------------------------------
    def _structure_changed(self) -> None:
        self._binary_choice = None
        self._rebuild()

    def _metadata_changed(self) -> None:
        key = repr(self.document.meta.dataset)
        if key != self._dataset_key:
            self._binary_choice = None
            self._rebuild()

    def _refresh_dataset(self) -> None:
        key = repr(self.document.meta.dataset)
        if key != self._dataset_key:
            self._dataset_key = key
            self.dataset, self._dataset_problem = load_dataset(self.document.meta.dataset)

    def _auto_binary(self) -> bool:
        doc = self.document
        if gate_of(doc.meta.dataset) is not None:
            return True
        if doc.meta.dataset is None and _is_binary(doc.inputs):
            # A hand-made logic-gate network: step neurons fed with 0/1.
            return doc.network.layers[0].activation == "step"
        return False

    def _rebuild(self) -> None:
        self._refresh_dataset()
        n = self.document.sizes[0]
        if n > MAX_SLIDERS:
            mode = "samples"
        else:
            binary = self._binary_choice if self._binary_choice is not None else self._auto_binary()
            mode = "binary" if binary else "continuous"
        self.mode = mode
        self.binary_switch.setVisible(mode != "samples")
        self.binary_switch.blockSignals(True)
        self.binary_switch.setChecked(mode == "binary")
        self.binary_switch.blockSignals(False)

        if self.body is not None:
            self._outer.removeWidget(self.body)
            self.body.hide()
            self.body.deleteLater()
        self.toggles, self.sliders = [], []
        self.body = {"binary": self._build_binary, "continuous": self._build_continuous,
                     "samples": self._build_samples}[mode]()
        self._outer.addWidget(self.body, 1)
        self._sync()

    def _build_binary(self) -> QWidget:
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        columns = 4
        for i in range(self.document.sizes[0]):
            name = self.document.label(0, i)
            button = QPushButton()
            button.setCheckable(True)
            button.setMinimumWidth(72)
            button.setMaximumWidth(120)
            # A filled "on" state: the native checked look is too faint in several styles.
            button.setStyleSheet(_TOGGLE_STYLE)
            button.setToolTip(translate("InputsPanel", "Input {0}: click to switch between 0 and 1").format(name))
            button.clicked.connect(lambda _checked, i=i: self._toggle(i))
            grid.addWidget(button, i // columns, i % columns)
            self.toggles.append(button)
        grid.setRowStretch(grid.rowCount(), 1)
        grid.setColumnStretch(columns, 1)
        return body

    def _build_continuous(self) -> QWidget:
        limit = 2.0
        if self.dataset is not None and self.dataset.n_features == self.document.sizes[0]:
            limit = max(1.0, float(np.max(np.abs(self.dataset.X))))
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        # One label column as wide as the longest name, so names are never cut and sliders line up.
        names = [self.document.label(0, i) for i in range(self.document.sizes[0])]
        label_width = max([self.fontMetrics().horizontalAdvance(n) for n in names + ["x00"]]) + 6
        for i in range(self.document.sizes[0]):
            name = self.document.label(0, i)
            slider = ValueSlider(float(self.document.inputs[i]), label=name, limit=limit,
                                 presets=sorted(set(INPUT_PRESETS) | {limit}),
                                 tooltip=translate("InputsPanel", "Value of input {0}").format(name))
            slider.label.setMinimumWidth(label_width)
            slider.edited.connect(lambda v, drag, ref=NeuronRef(0, i): self.document.set_input(ref, v, drag=drag))
            column.addWidget(slider)
            self.sliders.append(slider)
        column.addStretch(1)
        if len(self.sliders) <= 6:
            return body
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        return scroll

    def _build_samples(self) -> QWidget:
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        self.image = QLabel()
        self.image.setFixedSize(IMAGE_SIZE, IMAGE_SIZE)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setToolTip(translate(
            "InputsPanel", "The current input vector drawn as an image (dark = 0, light = high)"))
        row.addWidget(self.image)

        controls = QVBoxLayout()
        pick = QHBoxLayout()
        pick.addWidget(QLabel(translate("InputsPanel", "sample")))
        self.sample_spin = QSpinBox()
        self.sample_spin.setToolTip(translate(
            "InputsPanel", "Feed this sample of the dataset into the network (one undo step).\nSamples count from 1, "
            "as in the probe panel."))
        self.sample_spin.setKeyboardTracking(False)
        usable = self.dataset is not None and self.dataset.n_features == self.document.sizes[0]
        if usable:
            self.sample_spin.setRange(1, self.dataset.n_samples)   # numbered from 1, like the probe's picker
        self.sample_spin.setEnabled(usable)
        self.sample_spin.valueChanged.connect(self._apply_sample)
        pick.addWidget(self.sample_spin)
        self.use_button = QPushButton(translate("InputsPanel", "use"))
        self.use_button.setToolTip(translate(
            "InputsPanel", "Feed the sample shown in the box into the network (one undo step)"))
        self.use_button.setEnabled(usable)
        self.use_button.clicked.connect(lambda: self._apply_sample(self.sample_spin.value()))
        pick.addWidget(self.use_button)
        pick.addStretch(1)
        controls.addLayout(pick)
        self.sample_info = dim(QLabel())
        self.sample_info.setWordWrap(True)
        if usable:
            self.sample_info.setText(translate("InputsPanel", "{name}: {count} samples").format(
                name=dataset_title(self.dataset.name), count=self.dataset.n_samples))
        elif self.dataset is not None:
            self.sample_info.setText(translate(
                "InputsPanel", "dataset '{name}' has {features} features, the network {inputs} inputs").format(
                name=dataset_title(self.dataset.name), features=self.dataset.n_features, inputs=self.document.sizes[0]))
        else:
            self.sample_info.setText(translate("InputsPanel", "No samples to pick: {0}.").format(self._dataset_problem))
        controls.addWidget(self.sample_info)
        buttons = QHBoxLayout()
        zeros = QPushButton(translate("InputsPanel", "all zeros"))
        zeros.setToolTip(translate("InputsPanel", "Set every input to 0 (one undo step)"))
        zeros.clicked.connect(lambda: self._set_all(np.zeros(self.document.sizes[0])))
        rand = QPushButton(translate("InputsPanel", "random"))
        rand.setToolTip(translate(
            "InputsPanel", "Set every input to a random value in the dataset's range (0…1 without a dataset)"))
        rand.clicked.connect(self._random)
        buttons.addWidget(zeros)
        buttons.addWidget(rand)
        buttons.addStretch(1)
        controls.addLayout(buttons)
        self.stats = dim(QLabel())
        controls.addWidget(self.stats)
        controls.addStretch(1)
        row.addLayout(controls, 1)
        self.zeros_button, self.random_button = zeros, rand
        return body

    # -- editing -----------------------------------------------------------------
    def _binary_switched(self, checked: bool) -> None:
        self._binary_choice = checked
        self._rebuild()

    def _toggle(self, index: int) -> None:
        current = float(self.document.inputs[index])
        self.document.set_input(NeuronRef(0, index), 0.0 if current >= 0.5 else 1.0)

    def _set_all(self, values: np.ndarray) -> None:
        if not np.array_equal(values, self.document.inputs):
            self.document.set_inputs(values)

    def _apply_sample(self, number: int) -> None:
        """Feed sample `number` (counted from 1) of the dataset into the network."""
        if self.dataset is not None:
            index = number - 1
            self._set_all(self.dataset.X[index].copy())
            label = self.dataset.y[index]
            if self.dataset.task == datasets.CLASSIFICATION:
                self.sample_info.setText(translate(
                    "InputsPanel", "{name} sample {number} of {count}: class {label}").format(
                    name=dataset_title(self.dataset.name), number=number, count=self.dataset.n_samples,
                    label=engine_text(self.dataset.class_names[label])))

    def _random(self) -> None:
        n = self.document.sizes[0]
        if self.dataset is not None and self.dataset.n_features == n:
            low, high = self.dataset.X.min(axis=0), self.dataset.X.max(axis=0)
        else:
            low, high = np.zeros(n), np.ones(n)
        self._set_all(self._rng.uniform(low, high))

    # -- following the document --------------------------------------------------
    def _sync(self) -> None:
        inputs = self.document.inputs
        if len(inputs) != len(self.toggles) + len(self.sliders) and self.mode != "samples":
            return  # a structure change is on its way
        for i, button in enumerate(self.toggles):
            value = float(inputs[i])
            button.setChecked(value >= 0.5)
            button.setText(f"{self.document.label(0, i)} = {format_value(value)}")
        for i, slider in enumerate(self.sliders):
            slider.setValue(float(inputs[i]))
        if self.mode == "samples":
            self._show_image(inputs)
            self.stats.setText(translate("InputsPanel", "{count} inputs · min {min} · max {max} · mean {mean}").format(
                count=len(inputs), min=format_value(inputs.min(), 2), max=format_value(inputs.max(), 2),
                mean=format_value(inputs.mean(), 2)))
        self.summary.setText(self._summary_text())

    def _summary_text(self) -> str:
        n = self.document.sizes[0]
        what = {"binary": translate("InputsPanel", "0/1 toggles"), "continuous": translate("InputsPanel", "sliders"),
                "samples": translate("InputsPanel", "a dataset sample")}[self.mode]
        if n == 1:
            return translate("InputsPanel", "1 input · {0}").format(what)
        return translate("InputsPanel", "{0} inputs · {1}").format(n, what)

    def _image_shape(self, n: int) -> tuple[int, int] | None:
        if self.dataset is not None and self.dataset.image_shape and self.dataset.n_features == n:
            return self.dataset.image_shape
        side = math.isqrt(n)
        return (side, side) if side * side == n else None

    def _show_image(self, inputs: np.ndarray) -> None:
        shape = self._image_shape(len(inputs))
        if shape is None:
            self.image.setText(translate("InputsPanel", "(not an image)"))
            return
        high = max(1.0, float(inputs.max()))
        low = min(0.0, float(inputs.min()))
        pixels = np.ascontiguousarray(((inputs - low) / (high - low) * 255).clip(0, 255).astype(np.uint8)
                                      .reshape(shape))
        h, w = shape
        image = QImage(pixels.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
        self.image.setPixmap(QPixmap.fromImage(image).scaled(IMAGE_SIZE, IMAGE_SIZE,
                                                             Qt.AspectRatioMode.KeepAspectRatio,
                                                             Qt.TransformationMode.FastTransformation))

    def __repr__(self) -> str:
        return f"InputsPanel({self.mode}, {self.document.sizes[0]} inputs)"
