"""The training session: the GUI side of training, which runs in a worker process.

A `TrainingSession` connects the Document to one worker process (`WorkerLink`):

- it builds the worker's Job from the document's training settings and dataset spec;
- it shows the worker's snapshots in the document (`show_training_progress`) while a
  run or a step is in progress, and records each run as one undo step;
- the document announces every change before it happens (`about_to_change`): if
  training runs, the session pauses synchronously and records the run so far, then
  the change applies on top of it. The next Play sends the document's weights.

Plots and panels read the public attributes and signals listed in the class; the
dataset and probe side lives in `DataSource` (ui/training/data_source.py).
"""
from __future__ import annotations

import copy
import math
import time
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from simulator import Network, dataspec, io
from simulator.history import History

from ..changes import Change, ChangeKind, SetSettingsCommand
from . import doctor
from .data_source import DataSource
from .process_link import WorkerLink
from .trainer_process import FASTEST, Ending, Job, Mode, Reason, Snapshot

__all__ = ["Snapshot", "TrainingSession", "State", "STATES", "Mode", "Reason"]


class State(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    DIVERGED = "diverged"


STATES = tuple(State)
#: The share of the GUI thread's time that showing snapshots may take (applying them, then the repaints
#: they cause); the rest keeps the window responsive. Training itself runs on in its own process.
GUI_SHARE = 0.25
MAX_HOLD = 0.5        # seconds between snapshots at most, however slow the GUI
AFTER_PASSES = 2      # event-loop passes after the redraw timers before the GUI counts itself done
#: 200 epochs a second: fast, yet a learner can watch a run unfold (10 = as fast as possible).
DEFAULT_SPEED = 8


@dataclass
class _Run:
    """Book-keeping for one run or step, from Play to its undo step."""

    before: object               # document.snapshot_state() at the start
    start_epoch: int
    start_step: int
    first_epoch: int | None = None   # the first and last epoch completed in this run
    last_epoch: int | None = None
    shown: bool = False              # a snapshot was shown

    @property
    def progressed(self) -> bool:
        return self.shown or self.last_epoch is not None


class TrainingSession(QObject, DataSource):
    """Training of the document's network in a worker process, driven from the GUI."""

    snapshot = Signal(object)       # Snapshot, after it was applied to the document (≤ ~30 per second)
    state_changed = Signal(str)     # one of STATES
    data_changed = Signal()         # train/test were regenerated or replaced
    probe_changed = Signal(int)
    history_reset = Signal()        # the loss history was cleared (Reset)
    message = Signal(str)           # plain-language notes for the status bar and the panel
    counters_changed = Signal()     # epoch, step or epochs_per_second changed
    run_ended = Signal(str)         # a run or step ended: one of Reason
    readiness_changed = Signal()    # problems() or suggestion() may have changed

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.state = State.IDLE
        self._init_data()
        self.last_message = ""
        self.alert = ""                          # why the last run stopped on its own (divergence, failure)
        self.diagnoses: list = []                # why the last run did not learn (simulator.diagnose), with fixes
        self._next_stall_check = doctor.STALL_WINDOW
        self._link: WorkerLink | None = None
        self._run: _Run | None = None
        self._resume_after_change = False
        self._job_stale = True                  # the worker needs a new Job (settings, data or shape changed)
        self._weights_stale = False             # the document's weights differ from the worker's
        self._worker_shape = None
        self._speed = DEFAULT_SPEED
        self._epoch = self._step = 0
        self._steps_at: dict[int, int] = {0: 0}   # epoch -> step count when a run ended there (for undo/redo)
        self._eps = 0.0
        self.gui_seconds_per_snapshot = 0.0      # the last snapshot's cost to the GUI thread (measured)
        self.gui_seconds_total = 0.0             # statistics for benchmarks: all snapshots' GUI time
        self.snapshots_shown = 0
        self._config = self._trainer_config()
        # Filled in by install_training: the widgets and actions that drive this session.
        self.panel = self.dock = None
        self.plots: dict = {}
        self.actions: dict = {}
        document.about_to_change.connect(self._on_about_to_change)
        document.structure_changed.connect(self._on_structure_changed)
        document.metadata_changed.connect(self._on_metadata_changed)
        document.undo_stack.indexChanged.connect(self._on_index_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self._sync_counters()
        self._load_data(dataspec.complete(document.meta.dataset, document.network))

    # ------------------------------------------------------------------ reading
    @property
    def epoch(self) -> int:
        return self._epoch

    @property
    def step(self) -> int:
        return self._step

    @property
    def epochs_per_second(self) -> float:
        return self._eps

    @property
    def busy(self) -> bool:
        """True while a run or a single step is in progress."""
        return self._run is not None

    @property
    def speed(self) -> int:
        return self._speed

    @property
    def worker_pid(self) -> int | None:
        """The worker process's id while there is one (for tests and benchmarks)."""
        return self._link.pid if self._link is not None and self._link.alive else None

    def history(self) -> History | None:
        return self.document.history

    def training_settings(self) -> dict:
        """The document's training settings with every default filled in."""
        settings = copy.deepcopy(io.DEFAULT_TRAINING)
        settings["precision"] = io.PRECISIONS[0]
        settings.update(copy.deepcopy(self.document.meta.training or {}))
        return settings

    # ------------------------------------------------------------------ controls
    def play(self) -> None:
        if self._run is not None:
            return
        limit = int(self.training_settings()["epochs"])
        target = limit if self._epoch < limit else self._epoch + limit
        self._start(Mode.RUN, target)

    def pause(self) -> None:
        """Stop between two mini-batches and record the run as one undo step (synchronous)."""
        if self._run is None:
            return
        ending = self._link.pause()
        if self._run is None:          # the worker died meanwhile and the run was ended
            return
        reason, message = Reason.PAUSED, ""
        if ending is not None:
            if ending.snapshot is not None:
                self._apply(ending.snapshot)
            reason, message = ending.reason, ending.message
        self._end_run(reason, message)

    def toggle(self) -> None:
        if self.state == State.RUNNING:
            self.pause()
        else:
            self.play()

    def step_batch(self) -> None:
        """Train exactly one mini-batch."""
        self._single(Mode.BATCH)

    def step_epoch(self) -> None:
        """Train until the current epoch completes."""
        self._single(Mode.EPOCH)

    def reset(self) -> None:
        """New initial weights from the init scheme and seed of the training settings; clears the history.

        One undo step. The same seed gives the same weights and the same run.
        """
        self.pause()
        training = self.training_settings()
        net = self.document.network
        fresh = Network.build(net.sizes, hidden=[layer.activation for layer in net.layers],
                              init=training["init"], seed=training["seed"])
        self.document.replace_network(fresh, "Reset weights", history=History())
        self._restart_counters()
        self.last_message = self.alert = ""
        self.diagnoses = []
        self.history_reset.emit()
        self._set_state(State.IDLE)

    def stop(self) -> None:
        """Pause (recording the run) and end the worker process; Play starts a new one."""
        self.pause()
        link, self._link = self._link, None
        if link is not None:
            link.shutdown()
            link.deleteLater()
        self._job_stale = True
        self._worker_shape = None

    def set_speed(self, level: int) -> None:
        """1 (one epoch a second) .. 10 (as fast as possible)."""
        self._speed = int(min(max(level, 1), FASTEST))
        if self._link is not None:
            self._link.set_speed(self._speed)

    def set_learning_rate(self, lr: float) -> None:
        """Change the learning rate in the settings (undoable); a running worker takes it between two steps."""
        lr = float(lr)
        if not (math.isfinite(lr) and lr > 0):
            raise ValueError(f"the learning rate must be a positive number, got {lr}")
        training = self.training_settings()
        if training["optimizer"].get("lr") != lr:
            training["optimizer"]["lr"] = lr
            self.document.update_metadata(training=training)

    def update_training(self, **changes) -> None:
        """Change training settings (loss, optimizer, batch_size, epochs, init, seed, weight_decay)."""
        training = self.training_settings()
        training.update(copy.deepcopy(changes))
        if training != self.document.meta.training:
            self.document.update_metadata(training=training)

    def apply_suggestion(self) -> None:
        """Adapt the network (inputs, outputs, activations) and the loss/optimizer to the dataset."""
        suggestion = self.suggestion()
        if suggestion is None:
            return
        self.pause()
        stack = self.document.undo_stack
        stack.beginMacro("Adapt the network to the dataset")     # network and settings: one undo step
        self._record_dataset_choice()
        training = self.training_settings()
        net = self.document.network
        if suggestion.network_changes(net):
            adapted = suggestion.adapted(net, seed=training["seed"])
            # Name inputs and outputs after the data (e.g. iris's species), and drop a loss
            # curve that was learned on other data.
            self.document.replace_network(adapted, "Adapt the network to the dataset",
                                          labels=dataspec.layer_labels(self.dataset, adapted), clear_history=True)
        self.update_training(**suggestion.training)
        stack.endMacro()
        self.readiness_changed.emit()

    def apply_fix(self, diagnosis) -> None:
        """Follow a diagnosis: change the settings and, where it says so, the network (one undo step)."""
        self.pause()
        training = doctor.fixed_training(self.training_settings(), diagnosis.fix)
        network = doctor.fixed_network(self.document.network, diagnosis.fix, training)
        stack = self.document.undo_stack
        stack.beginMacro(diagnosis.fix.label)                     # network and settings: one undo step
        if network is not None:
            self.document.replace_network(network, diagnosis.fix.label, labels=dataspec.layer_labels(
                self.dataset, network), history=History())
            self._restart_counters()
            self.history_reset.emit()
            self._set_state(State.IDLE)
        self.diagnoses = []
        self.update_training(**training)
        stack.endMacro()
        self.readiness_changed.emit()

    # ------------------------------------------------------------------ runs
    def _single(self, mode: Mode) -> None:
        if self._run is not None:
            if self.state != State.RUNNING:
                return             # a step is still in progress
            self.pause()
        self._start(mode)

    def _start(self, mode: Mode, target: float = math.inf) -> bool:
        problem = self.problem()
        if problem:
            self._say(problem)
            self.readiness_changed.emit()
            return False
        self._record_dataset_choice()
        link = self._ensure_link()
        self._sync_worker(link)
        self._run = _Run(self.document.snapshot_state(), self._epoch, self._step)
        link.start(mode, target)
        self.last_message = ""
        self._next_stall_check = self._epoch + doctor.STALL_WINDOW
        if self.alert or self.diagnoses:
            self.alert, self.diagnoses = "", []
            self.readiness_changed.emit()
        if mode == Mode.RUN:
            self._set_state(State.RUNNING)
        return True

    def _ensure_link(self) -> WorkerLink:
        if self._link is None or not self._link.alive:
            link = WorkerLink(self)
            link.snapshot_received.connect(self._on_snapshot)
            link.ended.connect(self._on_ended)
            link.died.connect(self._on_died)
            link.set_speed(self._speed)
            self._link = link
            self._job_stale = True
        return self._link

    def _shape(self) -> tuple:
        net = self.document.network
        return tuple(net.sizes), tuple(layer.activation for layer in net.layers)

    def _sync_worker(self, link: WorkerLink) -> None:
        """Hand the worker what changed since it last trained: everything, or just the weights."""
        shape = self._shape()
        training = self.training_settings()
        if self._job_stale or shape != self._worker_shape:
            link.load(self._job(training))
            self._worker_shape = shape
            self._job_stale = self._weights_stale = False
        elif self._weights_stale:
            link.set_weights([(layer.W, layer.b) for layer in self.document.network.layers], self._epoch, self._step)
            self._weights_stale = False
        link.set_learning_rate(training["optimizer"]["lr"])
        link.set_speed(self._speed)

    def _job(self, training: dict) -> Job:
        return Job(network=self.document.network.copy(), dataset=dict(self.settings), loss=training["loss"],
                   optimizer=dict(training["optimizer"]), batch_size=int(training["batch_size"]),
                   seed=int(training["seed"]), weight_decay=float(training["weight_decay"]),
                   epoch=self._epoch, step=self._step, probe=self.probe_sample(),
                   precision=str(training.get("precision", "float64")))

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        if self._run is None:
            return                  # a pause collected it already
        started = time.perf_counter()
        self._apply(snapshot)
        self.snapshots_shown += 1
        # What this snapshot set in motion runs when the event loop gets to it: repaints (posted events),
        # plot redraws (zero-interval timers), then what those cause. Once that is done, the next
        # snapshot may come after a rest that keeps the GUI's share of the time at GUI_SHARE.
        QTimer.singleShot(0, lambda: self._settle_snapshot(started, AFTER_PASSES))

    def _settle_snapshot(self, started: float, passes: int) -> None:
        if passes > 0:
            QTimer.singleShot(0, lambda: self._settle_snapshot(started, passes - 1))
            return
        busy = time.perf_counter() - started
        self.gui_seconds_per_snapshot = busy
        self.gui_seconds_total += busy
        rest = min(MAX_HOLD, busy * (1 / GUI_SHARE - 1))
        QTimer.singleShot(round(1000 * rest), self._acknowledge)

    def _acknowledge(self) -> None:
        if self._link is not None and self._run is not None:
            self._link.ack()

    def _on_ended(self, ending: Ending) -> None:
        if self._run is None:
            return
        if ending.snapshot is not None:
            self._apply(ending.snapshot)
        self._end_run(ending.reason, ending.message)

    def _on_died(self, text: str) -> None:
        """The worker process is gone (crashed or killed): keep what was shown, say so, start afresh on Play."""
        if self._link is not None and not self._link.alive:
            link, self._link = self._link, None
            link.shutdown()
            link.deleteLater()
            self._job_stale = True
            self._worker_shape = None
        if self._run is not None:
            self._end_run(Reason.FAILED, f"{text} The weights shown are kept; press Play to train on.")
        else:
            self.alert = f"{text} Press Play to start it again."
            self._say(self.alert)
            self.readiness_changed.emit()

    def _apply(self, snapshot: Snapshot) -> None:
        run = self._run
        run.shown = True
        if snapshot.rows:
            if run.first_epoch is None:
                run.first_epoch = snapshot.rows[0][0]
            run.last_epoch = snapshot.rows[-1][0]
        # Counters first: views that follow the document see them consistent with the history.
        self._epoch, self._step, self._eps = snapshot.epoch, snapshot.step, snapshot.epochs_per_second
        self.document.show_training_progress(snapshot.weights, snapshot.rows)
        self.counters_changed.emit()
        self.snapshot.emit(snapshot)
        if self._epoch >= self._next_stall_check:
            # Cheap on the history alone; the network is looked at only once the loss has stopped improving.
            self._next_stall_check = self._epoch + doctor.STALL_WINDOW
            if doctor.stalled(self.document.history, self._epoch):
                self._set_diagnoses(doctor.run_diagnoses(self))

    def _end_run(self, reason: Reason, message: str = "") -> None:
        run, self._run = self._run, None
        self._steps_at[self._epoch] = self._step
        if run.progressed:
            self.document.commit_training(run.before, self._run_text(run))
        if reason in (Reason.DIVERGED, Reason.FAILED):
            self._job_stale = True  # the trainer stopped for good; the next Play builds a new one
            self.alert = message
        self._eps = 0.0
        self.counters_changed.emit()
        if message:
            self._say(message)
        if reason == Reason.FINISHED:
            self._set_diagnoses(doctor.run_diagnoses(self))
        self._set_state({Reason.FINISHED: State.FINISHED, Reason.DIVERGED: State.DIVERGED}.get(reason, State.PAUSED))
        self.run_ended.emit(reason)

    def _interrupt(self) -> None:
        """The document is about to change under a run: park the worker and record the run as shown.

        What the worker computed since the last snapshot is dropped: the user acted on what they saw.
        """
        self._link.pause()
        if self._run is None:
            return
        self._weights_stale = True
        self._say("Training paused because the network was edited; Play continues from the edited network.")
        self._end_run(Reason.INTERRUPTED)

    def _set_diagnoses(self, found: list) -> None:
        if found != self.diagnoses:
            self.diagnoses = found
            self.readiness_changed.emit()

    def _run_text(self, run: _Run) -> str:
        if run.last_epoch is not None:
            first, last = run.first_epoch, run.last_epoch
            return f"Train epoch {last}" if first == last else f"Train epochs {first}–{last}"
        steps = self._step - run.start_step
        return "Train one mini-batch" if steps == 1 else f"Train {steps} mini-batches"

    # ------------------------------------------------------------------ document changes
    def _on_about_to_change(self, change: Change) -> None:
        """Every change of the document passes here first (ui.changes)."""
        if change.kind == ChangeKind.OPEN:
            if self._run is not None:
                self._link.pause()
                self._run = None
                self._eps = 0.0
                self._say("Training stopped: another network was opened.")
                self.run_ended.emit(Reason.INTERRUPTED)
            self._steps_at = {0: 0}
            self._job_stale = True
            self._set_state(State.IDLE)
            return
        if isinstance(change.command, SetSettingsCommand):
            if self._run is not None and self._needs_restart(change.command.after):
                self._resume_after_change = self.state == State.RUNNING
                self.pause()            # record the run with the old settings; resumed once they changed
            return
        self._weights_stale = True      # an edit, undo or redo: the worker's weights are no longer current
        if self._run is not None:
            self._interrupt()

    def _needs_restart(self, after: dict) -> bool:
        """Whether new settings need a new Trainer or new data (the learning rate and epoch limit do not)."""
        training = dict(self.training_settings(), **after.get("training", {}))
        data = after.get("dataset", self.document.meta.dataset)
        return (self._trainer_config(training) != self._config
                or dataspec.complete(data, self.document.network) != self.settings)

    def _on_index_changed(self, _index: int) -> None:
        self._sync_counters()
        self.readiness_changed.emit()

    def _on_structure_changed(self) -> None:
        self.diagnoses = []
        self._job_stale = True
        self._sync_counters()
        if self.document.meta.dataset is None:   # the default dataset follows the network's shape
            settings = dataspec.complete(None, self.document.network)
            if settings != self.settings:
                self._load_data(settings)

    def _on_metadata_changed(self) -> None:
        settings = dataspec.complete(self.document.meta.dataset, self.document.network)
        config = self._trainer_config()
        resume, self._resume_after_change = self._resume_after_change, False
        if settings != self.settings or config != self._config:
            self.pause()
            if settings != self.settings:
                self._load_data(settings)
            if config != self._config:
                self._config = config
                self._job_stale = True
        elif self._run is not None and self._link is not None:
            training = self.training_settings()
            self._link.set_learning_rate(training["optimizer"]["lr"])
            if self.state == State.RUNNING:
                limit, start = int(training["epochs"]), self._run.start_epoch
                self._link.set_target_epoch(limit if limit > start else start + limit)
        self.readiness_changed.emit()
        if resume and not self.problem():
            QTimer.singleShot(0, self.play)     # once the change is complete: carry on with the new settings

    def _trainer_config(self, training: dict | None = None) -> tuple:
        """Settings that need a new Trainer when they change (the learning rate and epoch limit do not)."""
        training = training or self.training_settings()
        optimizer = {k: v for k, v in training["optimizer"].items() if k != "lr"}
        return (training["loss"], tuple(sorted(optimizer.items())), training["batch_size"], training["seed"],
                training["weight_decay"], training.get("precision", "float64"))

    def _data_reloaded(self) -> None:
        self._job_stale = True
        if self._link is not None:
            self._link.set_probe(self.probe_sample())
        if self._epoch not in self._steps_at:   # counters inferred from a loaded history: recount with this data
            self._epoch = -1
            self._sync_counters()

    def _probe_moved(self) -> None:
        if self._link is not None:
            self._link.set_probe(self.probe_sample())

    def _restart_counters(self) -> None:
        self._job_stale = True
        self._epoch = self._step = 0
        self._steps_at = {0: 0}
        self._eps = 0.0
        self.counters_changed.emit()

    def _sync_counters(self) -> None:
        """Follow the loss history when it changed under us (undo of a run, another file)."""
        if self._run is not None:
            return
        history = self.document.history
        last = history.last("epoch") if history is not None else None
        epoch = int(last) if last is not None else 0
        if epoch != self._epoch:
            self._epoch = epoch
            if epoch in self._steps_at:
                self._step = self._steps_at[epoch]
            else:   # e.g. a history loaded from a file: assume whole epochs at the current batch size
                batch = max(1, int(self.training_settings()["batch_size"]))
                per_epoch = math.ceil(self.train.n_samples / batch) if self.train is not None else 0
                self._step = epoch * per_epoch
            if epoch == 0 and self.state in (State.FINISHED, State.DIVERGED):
                self._set_state(State.IDLE)   # e.g. the run was undone: back to the start
            self.counters_changed.emit()

    # ------------------------------------------------------------------ helpers
    def _say(self, text: str) -> None:
        self.last_message = text
        self.message.emit(text)

    def _set_state(self, state: State) -> None:
        if state != self.state:
            self.state = State(state)
            self.state_changed.emit(str(state))

    def __repr__(self) -> str:
        name = self.settings.get("name", "no data")
        return f"TrainingSession({self.state}, {name}, epoch {self._epoch}, step {self._step})"
