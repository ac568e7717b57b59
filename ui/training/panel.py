"""The training panel: data, model, optimizer and run controls for a TrainingSession.

Every control writes the document's settings through the session (so saving a file
keeps them) and follows the document when they change elsewhere (undo, open file).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (QAbstractSpinBox, QComboBox, QDoubleSpinBox, QFormLayout, QFrame, QGroupBox,
                               QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QSlider, QSpinBox, QToolButton,
                               QVBoxLayout, QWidget)

from simulator import dataspec, init as initialisers, losses, optimizers

from .. import icons
from ..i18n import engine_text, loss_name, sentences, translate
from ..widgets import NEGATIVE, POSITIVE, dim
from .dataset_picker import IMPORT_CSV, IMPORT_IDX, DatasetPicker  # noqa: F401 (names kept here)
from .eliding_combo import ElidingComboBox
from .notices import DiagnosisNotice, Notice
from .texts import (HYPERPARAMETER_LABELS, INIT_LABELS, LOSS_TIPS, OPTIMIZER_LABELS, OPTIMIZER_TIPS, SPEED_TIP,
                    panel_readout_text, suggestion_listing)

class _WheelGuard(QObject):
    """Spin boxes, combo boxes and sliders ignore the wheel unless focused: scrolling the panel
    never changes a setting by accident."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Wheel and not watched.hasFocus():
            event.ignore()
            return True
        return False


class TrainingPanel(QWidget, DatasetPicker):
    """Settings and controls for a TrainingSession, compact enough for a ~330 px dock."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.document = session.document
        self._syncing = False
        self._dismissed = None           # the suggestion the user closed
        self._hyper_spins: dict[str, QDoubleSpinBox] = {}
        self._wheel_guard = _WheelGuard(self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        self.scroll = scroll
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(6, 6, 6, 6)
        self.body.setSpacing(6)

        # What a learner needs to train comes first (visible at 1280×800 without scrolling):
        # run controls, the dataset, then loss, optimizer, learning rate, batch size and epochs.
        self._build_run_group()
        self._build_data_group()
        self._build_optimizer_group()
        self._build_notices()
        self._build_details_group()
        self._build_model_group()
        self.body.addStretch(1)
        for spin in (self.samples_spin, self.noise_spin, self.test_spin, self.data_seed_spin, self.seed_spin,
                     self.decay_spin, self.lr_spin, self.batch_spin, self.epochs_spin):
            spin.setKeyboardTracking(False)   # act on Enter or focus out, not on every digit typed
        for widget in self.findChildren(QWidget):
            if isinstance(widget, (QAbstractSpinBox, QComboBox, QSlider)):
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                widget.installEventFilter(self._wheel_guard)

        session.state_changed.connect(lambda _state: (self._update_notices(), self._update_readout()))
        session.counters_changed.connect(self._update_readout)
        session.readiness_changed.connect(self._update_notices)
        session.message.connect(lambda _text: self._update_notices())
        session.data_changed.connect(self._sync)
        self.document.metadata_changed.connect(self._sync)
        self._sync()
        self._update_readout()

    # ------------------------------------------------------------------ construction
    def _group(self, title: str, tip: str) -> QFormLayout:
        box = QGroupBox(title)
        box.setToolTip(tip)
        form = QFormLayout(box)
        form.setContentsMargins(6, 4, 6, 6)
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(4)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.body.addWidget(box)
        return form

    def _tool_button(self, icon: str, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setIcon(icons.icon(icon))
        button.setIconSize(QSize(20, 20))
        button.setText(text)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        button.setAutoRaise(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build_run_group(self) -> None:
        form = self._group(translate("TrainingPanel", "Run"),
                           translate("TrainingPanel", "Start, pause and step the training"))
        row = QHBoxLayout()
        row.setSpacing(4)
        s = self.session
        self.play_button = self._tool_button("play", translate("TrainingPanel", "Play"), "", s.toggle)
        self.step_button = self._tool_button("step", translate("TrainingPanel", "Step"),
                                             translate("TrainingPanel", "Train one mini-batch, then pause"),
                                             s.step_batch)
        self.epoch_button = self._tool_button("step-epoch", translate("TrainingPanel", "Epoch"),
                                              translate("TrainingPanel", "Train until the current epoch is complete"),
                                              s.step_epoch)
        self.reset_button = self._tool_button(
            "reset", translate("TrainingPanel", "Reset"),
            translate("TrainingPanel", "New initial weights from the initialisation and seed below, and a cleared "
                                       "loss curve (one undo step). The same seed repeats the same run."), s.reset)
        for button in (self.play_button, self.step_button, self.epoch_button, self.reset_button):
            row.addWidget(button)
        row.addStretch(1)
        form.addRow(row)
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setRange(1, 10)
        self.speed_slider.setValue(s.speed)
        self.speed_slider.setPageStep(1)
        self.speed_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        speed_tip = translate("TrainingPanel", SPEED_TIP)
        self.speed_slider.setToolTip(speed_tip)
        self.speed_slider.valueChanged.connect(s.set_speed)
        speed_row = QHBoxLayout()
        speed_row.addWidget(dim(QLabel(translate("TrainingPanel", "slow"))))
        speed_row.addWidget(self.speed_slider, 1)
        speed_row.addWidget(dim(QLabel(translate("TrainingPanel", "max"))))
        form.addRow(translate("TrainingPanel", "Speed"), speed_row)
        form.labelForField(speed_row).setToolTip(speed_tip)
        self.readout = dim(QLabel())
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)   # never widens the panel
        self.readout.setToolTip(translate("TrainingPanel", "Epochs completed, mini-batches (steps) trained, and the "
                                                           "current training speed"))
        form.addRow(self.readout)

    def _build_notices(self) -> None:
        self.problem_notice = Notice(NEGATIVE)
        self.adapt_button = self.problem_notice.add_button(
            translate("TrainingPanel", "Adapt the network to the dataset"),
            translate("TrainingPanel", "Change the network's inputs, outputs and output activation (one undo step) "
                                       "and the loss, so that it fits the chosen data"), self.session.apply_suggestion)
        self.suggestion_notice = Notice(POSITIVE)
        self.apply_button = self.suggestion_notice.add_button(
            translate("TrainingPanel", "Use suggestion"),
            translate("TrainingPanel", "Apply the suggested pairing (network changes are one undo step)"),
            self.session.apply_suggestion)
        self.dismiss_button = self.suggestion_notice.add_button(
            translate("TrainingPanel", "Keep mine"),
            translate("TrainingPanel", "Hide this suggestion and keep the current settings"), self._dismiss)
        self.diagnosis_notice = DiagnosisNotice(self.session.apply_fix)
        # A run that did not learn: bring its one-click fixes into view (they sit below the settings), and keep
        # them there while the panel re-lays out, until the user scrolls.
        self._keep_diagnosis_in_view = False
        self.diagnosis_notice.appeared.connect(self._reveal_diagnosis)
        bar = self.scroll.verticalScrollBar()
        bar.rangeChanged.connect(lambda *_: self._reveal_diagnosis(keep=self._keep_diagnosis_in_view))
        bar.actionTriggered.connect(lambda _action: setattr(self, "_keep_diagnosis_in_view", False))
        self.body.addWidget(self.problem_notice)
        self.body.addWidget(self.diagnosis_notice)
        self.body.addWidget(self.suggestion_notice)

    def _reveal_diagnosis(self, keep: bool = True) -> None:
        self._keep_diagnosis_in_view = keep and self.diagnosis_notice.isVisibleTo(self)
        if self._keep_diagnosis_in_view:
            self.scroll.ensureWidgetVisible(self.diagnosis_notice, 0, 6)

    def _build_loss(self, form: QFormLayout) -> None:
        self.loss_combo = ElidingComboBox()
        for name in losses.NAMES:
            self.loss_combo.addItem(loss_name(name), name)
            self.loss_combo.setItemData(self.loss_combo.count() - 1,
                                        translate("TrainingPanel", LOSS_TIPS.get(name, "")),
                                        Qt.ItemDataRole.ToolTipRole)
        self.loss_combo.setToolTip(translate("TrainingPanel", "The loss function training minimises"))
        self.loss_combo.activated.connect(lambda _i: self.session.update_training(loss=self.loss_combo.currentData()))
        form.addRow(translate("TrainingPanel", "Loss"), self.loss_combo)

    def _build_model_group(self) -> None:
        form = self._group(translate("TrainingPanel", "Starting weights"),
                           translate("TrainingPanel", "How the weights start (Reset) and the L2 penalty on them"))
        self.init_combo = ElidingComboBox()
        for name in initialisers.NAMES:
            self.init_combo.addItem(translate("TrainingPanel", INIT_LABELS.get(name, name)), name)
        self.init_combo.setToolTip(translate("TrainingPanel",
                                             "How Reset draws the initial weights (biases start at 0)"))
        self.init_combo.activated.connect(lambda _i: self.session.update_training(init=self.init_combo.currentData()))
        form.addRow(translate("TrainingPanel", "Initial weights"), self.init_combo)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2 ** 31 - 1)
        self.seed_spin.setToolTip(translate("TrainingPanel", "Seed of the initial weights (used by Reset) and of the "
                                                             "shuffling order: the same seed repeats a run exactly"))
        self.seed_spin.valueChanged.connect(lambda v: self._training_edited(seed=v))
        form.addRow(translate("TrainingPanel", "Seed"), self.seed_spin)
        self.decay_spin = QDoubleSpinBox()
        self.decay_spin.setRange(0.0, 1.0)
        self.decay_spin.setDecimals(5)
        self.decay_spin.setSingleStep(0.0001)
        self.decay_spin.setToolTip(translate("TrainingPanel", "L2 weight decay λ: adds ½λΣW² to the loss, pulling "
                                                              "weights toward 0 (0 = off)"))
        self.decay_spin.valueChanged.connect(lambda v: self._training_edited(weight_decay=v))
        form.addRow(translate("TrainingPanel", "L2 decay"), self.decay_spin)

    def _build_optimizer_group(self) -> None:
        self.optimizer_form = form = self._group(
            translate("TrainingPanel", "Learning"),
            translate("TrainingPanel", "What training minimises and how each step changes the weights"))
        self._build_loss(form)
        self.optimizer_combo = ElidingComboBox()
        for name in optimizers.NAMES:
            self.optimizer_combo.addItem(translate("TrainingPanel", OPTIMIZER_LABELS.get(name, name)), name)
            self.optimizer_combo.setItemData(self.optimizer_combo.count() - 1,
                                             translate("TrainingPanel", OPTIMIZER_TIPS.get(name, "")),
                                             Qt.ItemDataRole.ToolTipRole)
        self.optimizer_combo.setToolTip(translate("TrainingPanel", "The update rule"))
        self.optimizer_combo.activated.connect(self._optimizer_picked)
        form.addRow(translate("TrainingPanel", "Optimizer"), self.optimizer_combo)
        self.lr_spin = QDoubleSpinBox()
        self.lr_spin.setDecimals(5)
        self.lr_spin.setRange(0.00001, 100.0)
        self.lr_spin.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.lr_spin.setToolTip(translate("TrainingPanel", "Learning rate η: how far each step moves. Too large and "
                                                           "the loss explodes; too small and nothing seems to happen. "
                                                           "Changes apply while training runs."))
        self.lr_spin.valueChanged.connect(self._lr_edited)
        form.addRow(translate("TrainingPanel", "Learning rate"), self.lr_spin)
        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(1, 100_000)
        self.batch_spin.setToolTip(translate("TrainingPanel", "Mini-batch size: samples per step. 1 = pure "
                                                              "stochastic; the training-set size = full-batch "
                                                              "gradient descent"))
        self.batch_spin.valueChanged.connect(lambda v: self._training_edited(batch_size=v))
        form.addRow(translate("TrainingPanel", "Batch size"), self.batch_spin)
        self.epochs_spin = QSpinBox()
        self.epochs_spin.setRange(1, 10_000_000)
        self.epochs_spin.setSingleStep(100)
        self.epochs_spin.setToolTip(translate("TrainingPanel", "Play stops after this epoch; pressing Play again "
                                                               "trains this many more"))
        self.epochs_spin.valueChanged.connect(lambda v: self._training_edited(epochs=v))
        form.addRow(translate("TrainingPanel", "Stop at epoch"), self.epochs_spin)
        self._hyper_row = form.rowCount()
        self.precision_combo = ElidingComboBox()
        self.precision_combo.addItem(translate("TrainingPanel", "float64 (exact)"), "float64")
        self.precision_combo.addItem(translate("TrainingPanel", "float32 (faster)"), "float32")
        self.precision_combo.setToolTip(translate("TrainingPanel", "Number format while training: float64 keeps "
                                                                   "every digit for inspection; float32 trains faster "
                                                                   "on large networks, with about 7 exact digits"))
        self.precision_combo.activated.connect(
            lambda _i: self.session.update_training(precision=self.precision_combo.currentData()))
        form.addRow(translate("TrainingPanel", "Precision"), self.precision_combo)

    # ------------------------------------------------------------------ following the document
    def _sync(self) -> None:
        """Show the document's settings in the controls (without echoing them back)."""
        self._syncing = True
        try:
            self._fill_datasets()
            settings = self.session.settings
            kind = dataspec.kind(settings.get("name", ""))
            generated = kind in ("points", "sin")
            for spin, key in ((self.samples_spin, "samples"), (self.noise_spin, "noise"),
                              (self.test_spin, "test_fraction"), (self.data_seed_spin, "seed")):
                value = settings.get(key)
                if value is not None:
                    spin.setValue(round(value * 100) if key == "test_fraction" else value)
            # Gates, bundled and imported data have a fixed size and no noise: hide what does not apply.
            self.details_form.setRowVisible(self.samples_spin, generated)
            self.details_form.setRowVisible(self.noise_spin, generated)
            self.description.setText(self._description())

            training = self.session.training_settings()
            self._select(self.loss_combo, training["loss"])
            self._select(self.init_combo, training["init"])
            self._select(self.precision_combo, training.get("precision", "float64"))
            self._select(self.optimizer_combo, training["optimizer"]["name"])
            self.seed_spin.setValue(int(training["seed"]))
            self.decay_spin.setValue(float(training["weight_decay"]))
            self.lr_spin.setValue(float(training["optimizer"]["lr"]))
            self.batch_spin.setValue(int(training["batch_size"]))
            self.epochs_spin.setValue(int(training["epochs"]))
            self._rebuild_hyperparameters(training["optimizer"])
        finally:
            self._syncing = False
        self._update_notices()
        self._update_run_controls()



    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _rebuild_hyperparameters(self, optimizer: dict) -> None:
        names = [k for k in optimizers.defaults(optimizer["name"]) if k != "lr"]
        if list(self._hyper_spins) != names:
            for spin in self._hyper_spins.values():
                self.optimizer_form.removeRow(spin)
            self._hyper_spins = {}
            for offset, name in enumerate(names):
                text, tip = (translate("TrainingPanel", part) for part in HYPERPARAMETER_LABELS.get(name, (name, "")))
                spin = QDoubleSpinBox()
                spin.setDecimals(4)
                spin.setRange(0.0, 0.9999)
                spin.setSingleStep(0.01)
                spin.setToolTip(tip)
                spin.setKeyboardTracking(False)
                spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                spin.installEventFilter(self._wheel_guard)
                spin.valueChanged.connect(lambda v, key=name: self._hyper_edited(key, v))
                self.optimizer_form.insertRow(self._hyper_row + offset, text, spin)
                self.optimizer_form.labelForField(spin).setToolTip(tip)
                self._hyper_spins[name] = spin
        for name, spin in self._hyper_spins.items():
            spin.setValue(float(optimizer.get(name, optimizers.defaults(optimizer["name"])[name])))

    # ------------------------------------------------------------------ user edits

    def _training_edited(self, **changes) -> None:
        if not self._syncing:
            self.session.update_training(**changes)

    def _lr_edited(self, value: float) -> None:
        if not self._syncing and value > 0:
            self.session.set_learning_rate(value)

    def _optimizer_picked(self, _index: int) -> None:
        name = self.optimizer_combo.currentData()
        current = self.session.training_settings()["optimizer"]
        if name == current["name"]:
            return
        settings = {"name": name, **optimizers.defaults(name), "lr": current["lr"]}
        self.session.update_training(optimizer=settings)

    def _hyper_edited(self, key: str, value: float) -> None:
        if self._syncing:
            return
        optimizer = dict(self.session.training_settings()["optimizer"])
        optimizer[key] = value
        self.session.update_training(optimizer=optimizer)

    def _dismiss(self) -> None:
        self._dismissed = self.session.suggestion()
        self._update_notices()

    # ------------------------------------------------------------------ state shown
    def _update_notices(self) -> None:
        s = self.session
        problems = s.problems()
        suggestion = s.suggestion()
        adapt = bool(problems) and suggestion is not None and suggestion.required
        text = sentences(problems) or s.alert
        if adapt:   # the Adapt button below says what the hint would: show the problems and what would change
            text = sentences(s.problems(hint=False))
            text += "\n\n" + translate("TrainingPanel", "Suggested:") + "\n" + suggestion_listing(suggestion)
        self.problem_notice.show_text(text)
        self.adapt_button.setVisible(adapt)
        show = suggestion is not None and not suggestion.required and suggestion != self._dismissed
        self.suggestion_notice.show_text(
            translate("TrainingPanel", "Suggested for {dataset}:").format(
                dataset=engine_text(dataspec.label(s.settings.get("name", "")))) + "\n" + suggestion_listing(suggestion)
            if show else "")
        self.diagnosis_notice.show_diagnoses([] if problems else s.diagnoses, s.state == "running")
        self._update_run_controls(problems)

    def _update_run_controls(self, problems=None) -> None:
        s = self.session
        if problems is None:
            problems = s.problems()
        running = s.state == "running"
        blocked = sentences(problems)
        cannot = translate("TrainingPanel", "Cannot train: {problem}").format(problem=blocked)
        self.play_button.setIcon(icons.icon("pause" if running else "play"))
        self.play_button.setText(translate("TrainingPanel", "Pause") if running else translate("TrainingPanel", "Play"))
        self.play_button.setEnabled(running or not blocked)
        self.play_button.setToolTip(translate("TrainingPanel", "Pause training (Space)") if running else
                                    cannot if blocked else translate("TrainingPanel", "Train until the epoch limit "
                                                                                      "(Space)"))
        for button in (self.step_button, self.epoch_button):
            button.setEnabled(not blocked)
        if blocked:
            self.step_button.setToolTip(cannot)
            self.epoch_button.setToolTip(cannot)
        else:
            self.step_button.setToolTip(translate("TrainingPanel", "Train one mini-batch, then pause"))
            self.epoch_button.setToolTip(translate("TrainingPanel", "Train until the current epoch is complete, "
                                                                    "then pause"))

    def _update_readout(self) -> None:
        s = self.session
        self.readout.setText(panel_readout_text(s))

    def __repr__(self) -> str:
        return f"TrainingPanel({self.session!r})"
