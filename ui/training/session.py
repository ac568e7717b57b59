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
import logging
import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from simulator import Network, dataspec, io
from simulator.history import History

from ..i18n import engine_text, translate
from . import doctor
from .data_source import DataSource
from .follow import DocumentFollower
from .process_link import WorkerLink
from .state import STATES, State
from .trainer_process import FASTEST, Ending, Mode, Reason, Snapshot
from .worker_feed import WorkerFeed

log = logging.getLogger(__name__)

__all__ = ["Snapshot", "TrainingSession", "State", "STATES", "Mode", "Reason"]


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


class TrainingSession(QObject, DataSource, DocumentFollower, WorkerFeed):
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
            reason, message = ending.reason, engine_text(ending.message)
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
        fresh = Network.build(net.sizes, activations=[layer.activation for layer in net.layers],
                              init=training["init"], seed=training["seed"])
        self.document.replace_network(fresh, translate("TrainingSession", "Reset weights"), history=History())
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

    def apply_fix(self, diagnosis) -> None:
        """Follow a diagnosis: change the settings and, where it says so, the network (one undo step)."""
        self.pause()
        training = doctor.fixed_training(self.training_settings(), diagnosis.fix)
        network = doctor.fixed_network(self.document.network, diagnosis.fix, training)
        label = engine_text(diagnosis.fix.label)
        with self.document.one_step(label):         # network and settings: one undo step
            if network is not None:
                self.document.replace_network(network, label, labels=dataspec.layer_labels(
                    self.dataset, network), history=History())
                self._restart_counters()
                self.history_reset.emit()
                self._set_state(State.IDLE)
            self.diagnoses = []
            self.update_training(**training)
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
        try:
            link = self._ensure_link()
        except (OSError, RuntimeError) as error:     # e.g. no process can be started on this system
            log.error("could not start the training process", exc_info=True)
            self.alert = translate("TrainingSession", "The training process could not start: {error}").format(
                error=engine_text(error))
            self._say(self.alert)
            self.readiness_changed.emit()
            return False
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

    def _on_ended(self, ending: Ending) -> None:
        if self._run is None:
            return
        if ending.snapshot is not None:
            self._apply(ending.snapshot)
        self._end_run(ending.reason, engine_text(ending.message))

    def _on_died(self, text: str) -> None:
        """The worker process is gone (crashed or killed): keep what was shown, say so, start afresh on Play."""
        if self._link is not None and not self._link.alive:
            link, self._link = self._link, None
            link.shutdown()
            link.deleteLater()
            self._job_stale = True
            self._worker_shape = None
        if self._run is not None:
            self._end_run(Reason.FAILED, translate("TrainingSession", "{problem} The weights shown are kept; press "
                                                                      "Play to train on.").format(problem=text))
        else:
            self.alert = translate("TrainingSession", "{problem} Press Play to start it again.").format(problem=text)
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
        self._say(translate("TrainingSession", "Training paused because the network was edited; Play continues "
                                               "from the edited network."))
        self._end_run(Reason.INTERRUPTED)

    def _set_diagnoses(self, found: list) -> None:
        if found != self.diagnoses:
            self.diagnoses = found
            self.readiness_changed.emit()

    def _run_text(self, run: _Run) -> str:
        if run.last_epoch is not None:
            first, last = run.first_epoch, run.last_epoch
            return (translate("TrainingSession", "Train epoch {0}").format(last) if first == last
                    else translate("TrainingSession", "Train epochs {0}–{1}").format(first, last))
        steps = self._step - run.start_step
        return (translate("TrainingSession", "Train one mini-batch") if steps == 1
                else translate("TrainingSession", "Train {0} mini-batches").format(steps))

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
