"""Race optimizers on your own network: the current network and dataset, trained by several optimizers
from identical initial weights and batch order (`simulator.race`), in a background thread, with
loss and accuracy curves overlaid. Races are kept until the app closes; any run opens as the
current network in one undo step.
"""
from __future__ import annotations

import copy

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QThread, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from simulator import optimizers
from simulator.race import RUNNING, Race

from ..i18n import dataset_title, engine_text, translate
from ..plots.throttle import RedrawThrottle
from ..widgets import bold, dim
from .common import OPTIMIZER_ORDER, OPTIMIZER_STYLE, add_legend, number, pen, plot_widget, wrapped

DEFAULT_EPOCHS = 20
COLUMNS = (QT_TRANSLATE_NOOP("RaceLab", "run"), QT_TRANSLATE_NOOP("RaceLab", "epochs"),
           QT_TRANSLATE_NOOP("RaceLab", "train loss"), QT_TRANSLATE_NOOP("RaceLab", "test loss"),
           QT_TRANSLATE_NOOP("RaceLab", "test accuracy"), QT_TRANSLATE_NOOP("RaceLab", "status"))


class RaceThread(QThread):
    """Runs a Race off the GUI thread; `progress` after every lane's epoch (queued to the GUI)."""

    progress = Signal()

    def __init__(self, race: Race, epochs: int, parent=None):
        super().__init__(parent)
        self.race, self.epochs = race, epochs

    def run(self) -> None:
        self.race.run(self.epochs, callback=lambda _lane, _stats: self.progress.emit())


class RaceLab(QWidget):
    def __init__(self, session, document, parent=None):
        super().__init__(parent)
        self.session, self.document = session, document
        self.races: list[tuple[str, Race]] = []       # kept until the app closes
        self.thread: RaceThread | None = None

        setup = QGroupBox(translate("RaceLab", "Optimizers in the race"))
        grid = QGridLayout(setup)
        self.checks, self.lr_spins = {}, {}
        for row, name in enumerate(OPTIMIZER_ORDER):
            colour, label = OPTIMIZER_STYLE[name]
            check = QCheckBox(label)
            check.setChecked(name in ("sgd", "momentum", "adam"))
            check.setStyleSheet(f"QCheckBox {{ color: {colour}; font-weight: bold; }}")
            spin = QDoubleSpinBox()
            spin.setDecimals(5)
            spin.setRange(0.00001, 10.0)
            spin.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
            spin.setValue(optimizers.defaults(name)["lr"])
            spin.setToolTip(translate("RaceLab", "Learning rate of {optimizer}").format(optimizer=label))
            check.toggled.connect(lambda _c: self._update_setup())
            grid.addWidget(check, row, 0)
            grid.addWidget(spin, row, 1)
            self.checks[name], self.lr_spins[name] = check, spin
        self.epochs_spin = QSpinBox()
        self.epochs_spin.setRange(1, 10000)
        self.epochs_spin.setValue(DEFAULT_EPOCHS)
        form = QFormLayout()
        form.addRow(translate("RaceLab", "Epochs"), self.epochs_spin)
        grid.addLayout(form, len(OPTIMIZER_ORDER), 0, 1, 2)
        self.start_button = QPushButton(translate("RaceLab", "▶ Start race"))
        self.stop_button = QPushButton(translate("RaceLab", "■ Stop"))
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        grid.addLayout(buttons, len(OPTIMIZER_ORDER) + 1, 0, 1, 2)
        self.setup_label = dim(wrapped(""))
        grid.addWidget(self.setup_label, len(OPTIMIZER_ORDER) + 2, 0, 1, 2)
        grid.setRowStretch(len(OPTIMIZER_ORDER) + 3, 1)
        setup.setFixedWidth(300)

        self.loss_plot = plot_widget(left=translate("RaceLab", "loss"), bottom=translate("RaceLab", "epoch"))
        self.accuracy_plot = plot_widget(left=translate("RaceLab", "accuracy"), bottom=translate("RaceLab", "epoch"))
        self.accuracy_plot.setYRange(0, 1, padding=0.02)
        add_legend(self.accuracy_plot, (-8, -8))   # bottom right: accuracy curves rise away from it
        self.curves: list[pg.PlotDataItem] = []
        plots = QHBoxLayout()
        plots.addWidget(self.loss_plot)
        plots.addWidget(self.accuracy_plot)
        style_note = dim(QLabel(translate("RaceLab", "Solid: training set · dashed: test set")))

        self.race_combo = QComboBox()
        self.race_combo.currentIndexChanged.connect(lambda _i: self.redraw())
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("RaceLab", column) for column in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.open_button = QPushButton(translate("RaceLab", "Open the selected run as the current network"))
        self.open_button.setToolTip(translate("RaceLab", "Replace the network with this run's trained weights and "
                                                         "curves (one undo step)"))
        self.open_button.clicked.connect(self.open_selected)
        self.status = bold(QLabel(translate("RaceLab", "No race yet")))
        runs_row = QHBoxLayout()
        runs_row.addWidget(QLabel(translate("RaceLab", "Race")))
        runs_row.addWidget(self.race_combo, 1)
        runs_row.addWidget(self.open_button)

        right = QVBoxLayout()
        right.addWidget(self.status)
        right.addLayout(plots, 3)
        right.addWidget(style_note)
        right.addLayout(runs_row)
        right.addWidget(self.table, 2)
        layout = QHBoxLayout(self)
        layout.addWidget(setup)
        layout.addLayout(right, 1)

        self.throttle = RedrawThrottle(self, self.redraw, interval_ms=100)
        for signal in (document.structure_changed, document.metadata_changed, session.data_changed):
            signal.connect(self._update_setup)
        self._update_setup()
        self._update_buttons()

    # -- starting and stopping --------------------------------------------------
    def problem(self) -> str:
        return engine_text(self.session.problem()) or (
            "" if any(c.isChecked() for c in self.checks.values())
            else translate("RaceLab", "Tick at least one optimizer."))

    def _update_setup(self) -> None:
        train, test = self.session.train, self.session.test
        settings = self.session.training_settings()
        sizes = "-".join(str(s) for s in self.document.sizes)
        data = translate("RaceLab", "no data") if train is None else translate(
            "RaceLab", "{dataset}: {train} training, {test} test samples").format(
            dataset=dataset_title(train.name), train=train.n_samples, test=0 if test is None else test.n_samples)
        problem = self.problem()
        self.setup_label.setText(
            translate("RaceLab", "Network {sizes}, {data}; loss {loss}, batches of {batch}, seed {seed} (from the "
                                 "Training panel). Every optimizer starts from the current weights and sees the same "
                                 "batches in the same order.").format(
                sizes=sizes, data=data, loss=settings['loss'], batch=settings['batch_size'], seed=settings['seed'])
            + ("\n\n" + translate("RaceLab", "Cannot race: {problem}").format(problem=problem) if problem else ""))
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.thread is not None and self.thread.isRunning()
        self.start_button.setEnabled(not running and not self.problem())
        self.stop_button.setEnabled(running)
        lane = self.selected_lane()
        self.open_button.setEnabled(lane is not None and lane.status != RUNNING and lane.stats != [])

    def start(self) -> None:
        if self.problem() or (self.thread is not None and self.thread.isRunning()):
            return
        net, settings = self.document.network, self.session.training_settings()
        train, test = self.session.train, self.session.test
        has_test = test is not None and test.n_samples > 0
        chosen = [optimizers.create(n, lr=self.lr_spins[n].value())
                  for n in OPTIMIZER_ORDER if self.checks[n].isChecked()]
        race = Race(net.copy(), train.X, train.targets(net.n_outputs), chosen, loss=settings["loss"],
                    batch_size=int(settings["batch_size"]), seed=int(settings["seed"]),
                    X_test=test.X if has_test else None, T_test=test.targets(net.n_outputs) if has_test else None,
                    weight_decay=float(settings["weight_decay"]))
        name = translate("RaceLab", "Race {number}: {dataset}, {optimizers} optimizers, {epochs} epochs").format(
            number=len(self.races) + 1, dataset=dataset_title(train.name), optimizers=len(chosen),
            epochs=self.epochs_spin.value())
        self.races.append((name, race))
        self.race_combo.addItem(name)
        self.race_combo.setCurrentIndex(len(self.races) - 1)
        self.thread = RaceThread(race, self.epochs_spin.value(), self)
        self.thread.progress.connect(self.throttle.request)
        self.thread.finished.connect(self._finished)
        self.thread.start()
        self._update_buttons()
        self.redraw()

    def stop(self) -> None:
        if self.thread is not None:
            self.thread.race.stop()

    def shutdown(self) -> None:
        """Stop a running race and wait for its thread (the app is closing)."""
        if self.thread is not None and self.thread.isRunning():
            self.thread.race.stop()
            self.thread.wait()

    def _finished(self) -> None:
        self.throttle.flush()
        self.redraw()
        self._update_buttons()

    # -- showing ------------------------------------------------------------------
    def current_race(self) -> Race | None:
        index = self.race_combo.currentIndex()
        return self.races[index][1] if 0 <= index < len(self.races) else None

    def selected_lane(self):
        race = self.current_race()
        rows = self.table.selectionModel().selectedRows() if race is not None else []
        return race.lanes[rows[0].row()] if rows and rows[0].row() < len(race.lanes) else None

    def redraw(self) -> None:
        race = self.current_race()
        self.loss_plot.clear()
        self.accuracy_plot.clear()    # also empties the legend
        self.curves = []
        if race is None:
            return
        selected = self.table.currentRow()
        self.table.setRowCount(len(race.lanes))
        for row, lane in enumerate(race.lanes):
            stats = list(lane.stats)                    # the thread may append meanwhile
            colour = OPTIMIZER_STYLE[lane.optimizer.name][0]
            epochs = np.array([s.epoch for s in stats], dtype=float)
            columns = {k: np.array([np.nan if getattr(s, k) is None else getattr(s, k) for s in stats], dtype=float)
                       for k in ("train_loss", "test_loss", "train_accuracy", "test_accuracy")}
            for plot, key, dashed, name in ((self.loss_plot, "train_loss", False, lane.label),
                                            (self.loss_plot, "test_loss", True, None),
                                            (self.accuracy_plot, "train_accuracy", False, lane.label),
                                            (self.accuracy_plot, "test_accuracy", True, None)):
                curve = plot.plot(epochs, columns[key], pen=pen(colour, 2, dashed), name=name, connect="finite")
                self.curves.append(curve)
            last = stats[-1] if stats else None
            values = (lane.label, str(len(stats)),
                      number(last.train_loss) if last else "—",
                      number(last.test_loss) if last and last.test_loss is not None else "—",
                      f"{100 * last.test_accuracy:.1f} %" if last and last.test_accuracy is not None else "—",
                      translate("RaceLab", "{status}: {message}").format(
                          status=engine_text(lane.status), message=engine_text(lane.message))
                      if lane.message else engine_text(lane.status))
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setForeground(QBrush(QColor(colour)))
                if col == 5 and lane.message:
                    item.setToolTip(engine_text(lane.message))
                self.table.setItem(row, col, item)
        if 0 <= selected < len(race.lanes):
            self.table.selectRow(selected)
        running = self.thread is not None and self.thread.isRunning() and self.thread.race is race
        self.status.setText(f"{self.races[self.race_combo.currentIndex()][0]} — "
                            + (translate("RaceLab", "running, epoch {epoch}").format(epoch=race.epoch + 1) if running
                               else translate("RaceLab", "done")))
        self._update_buttons()

    def open_selected(self) -> None:
        lane = self.selected_lane()
        if lane is None or lane.status == RUNNING:
            return
        self.document.replace_network(lane.network.copy(),
                                      translate("RaceLab", "Open race run {run}").format(run=lane.label),
                                      history=copy.deepcopy(lane.history))
