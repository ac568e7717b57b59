"""The training session: the GUI-thread side of training.

A `TrainingSession` connects the Document to one `TrainingWorker` thread:

- it builds the data from the document's dataset settings and the worker's Job from
  its training settings;
- it applies the worker's snapshots to the document (`show_training_progress`), only
  while a run or a step is in progress, and records each run as one undo step;
- any document change it did not make itself pauses training first, synchronously,
  and is never overwritten by a stale snapshot; the next Play continues from the
  document's weights.

Plots and panels read the public attributes and signals listed in the class.
"""
from __future__ import annotations

import copy
import functools
import math
import time
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from simulator import Network, csv_import, dataspec, io, recipes
from simulator.csv_import import CsvOptions
from simulator.datasets import Dataset, DatasetError
from simulator.history import History
from simulator.training import data_problems as engine_data_problems, problems as engine_problems

from ..commands import ReplaceStateCommand
from . import doctor
from .worker import FASTEST, Ending, Job, Snapshot, TrainingWorker

__all__ = ["Snapshot", "TrainingSession", "STATES"]

STATES = ("idle", "running", "paused", "finished", "diverged")
#: The share of the time the GUI thread may spend on snapshots (applying them, then the repaints they
#: cause). The GUI and the worker share the GIL, so this bounds how much training slows down.
GUI_SHARE = 0.1
#: 200 epochs a second: fast, yet a learner can watch a run unfold (10 = as fast as possible).
DEFAULT_SPEED = 8
MAX_HOLD = 0.5        # seconds between snapshots at most, however slow the GUI
AFTER_PASSES = 2      # event-loop passes (posted events) after the redraw timers before the worker goes on


class _ReplayedEdit(ReplaceStateCommand):
    """A user's edit made while training ran, moved on top of the training's undo step.

    It keeps merging with the rest of the same slider drag, like the edit it replaces.
    """

    def __init__(self, document, before, after, text: str, command_id: int, drag, target):
        super().__init__(document, before, after, text)
        self._id = command_id if drag is not None else -1
        self.drag, self.target = drag, target

    def id(self) -> int:
        return self._id

    def clone(self) -> "_ReplayedEdit":
        return _ReplayedEdit(self.document, self.before, self.after, self.text(), self._id, self.drag, self.target)

    def mergeWith(self, other) -> bool:
        if getattr(other, "drag", None) is None or other.drag != self.drag or other.target != self.target \
                or self.document._replaying:
            return False
        kind, *where = self.target
        if kind == "W":
            layer, source, target = where
            self.after.network.layers[layer].W[source, target] = other.new
        elif kind == "b":
            layer, index = where
            self.after.network.layers[layer - 1].b[index] = other.new
        else:
            self.after.inputs[where[0]] = other.new
        return True


@dataclass
class _Run:
    """Book-keeping for one run or step, from Play to its undo step."""

    before: object               # document.snapshot_state() at the start
    index: int                   # undo stack index at the start
    network: Network             # the document's network object at the start (to notice a new file)
    start_epoch: int
    start_step: int
    first_epoch: int | None = None   # the first and last epoch completed in this run
    last_epoch: int | None = None
    weights: tuple | None = None     # the last weights shown
    history: History | None = None   # the history object the run appended to (kept by reference, not copied)

    @property
    def progressed(self) -> bool:
        return self.weights is not None or self.last_epoch is not None


def _shutdown(worker: TrainingWorker) -> None:
    worker.shutdown()


class TrainingSession(QObject):
    """Training of the document's network in a worker thread, driven from the GUI."""

    snapshot = Signal(object)       # Snapshot, after it was applied to the document (≤ ~30 per second)
    state_changed = Signal(str)     # one of STATES
    data_changed = Signal()         # train/test were regenerated or replaced
    probe_changed = Signal(int)
    history_reset = Signal()        # the loss history was cleared (Reset)
    message = Signal(str)           # plain-language notes for the status bar and the panel
    counters_changed = Signal()     # epoch, step or epochs_per_second changed
    run_ended = Signal(str)         # a run or step ended: "paused", "finished", "diverged", "failed", "interrupted"
    readiness_changed = Signal()    # problems() or suggestion() may have changed

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.state = "idle"
        self.settings: dict = {}                # effective dataset settings
        self.dataset: Dataset | None = None     # the whole dataset, before the split
        self.train: Dataset | None = None
        self.test: Dataset | None = None
        self.dataset_error = ""
        self.probe_index = 0
        self.last_message = ""
        self.alert = ""                          # why the last run stopped on its own (divergence, failure)
        self.diagnoses: list = []                # why the last run did not learn (simulator.diagnose), with fixes
        self._next_stall_check = doctor.STALL_WINDOW
        self._imported: dict[str, Dataset] = {}
        self._data_problems: list[str] = []     # NaN or absurd values in the data itself
        self._worker: TrainingWorker | None = None
        self._generation = -1
        self._run: _Run | None = None
        self._interrupted: _Run | None = None   # paused by an outside change, not yet recorded
        self._own = 0                           # > 0 while the session itself changes the document
        self._job_stale = True
        self._weights_stale = False
        self._worker_shape = None
        self._speed = DEFAULT_SPEED
        self._epoch = self._step = 0
        self._steps_at: dict[int, int] = {0: 0}   # epoch -> step count when a run ended there (for undo/redo)
        self._eps = 0.0
        self.gui_seconds_per_snapshot = 0.0      # the last snapshot's cost to the GUI thread (measured)
        self.gui_seconds_total = 0.0             # statistics for benchmarks: all snapshots' GUI time
        self.snapshots_shown = 0
        self._ack_pending = None
        self._ack_timer = QTimer(self)
        self._ack_timer.setSingleShot(True)
        self._ack_timer.timeout.connect(self._acknowledge)
        self._config = self._trainer_config()
        # Filled in by install_training: the widgets and actions that drive this session.
        self.panel = self.dock = None
        self.plots: dict = {}
        self.actions: dict = {}
        document.values_changed.connect(self._on_values_changed)
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

    def history(self) -> History | None:
        return self.document.history

    def training_settings(self) -> dict:
        """The document's training settings with every default filled in."""
        settings = copy.deepcopy(io.DEFAULT_TRAINING)
        settings.update(copy.deepcopy(self.document.meta.training or {}))
        return settings

    def probe_set(self) -> Dataset | None:
        """The set the probe sample comes from: the test set, or the training set when that is empty."""
        if self.test is not None and self.test.n_samples:
            return self.test
        return self.train

    def probe_sample(self) -> np.ndarray | None:
        rows = self.probe_set()
        if rows is None or rows.n_samples == 0:
            return None
        return rows.X[self.probe_index].copy()

    def problems(self) -> list[str]:
        """Why training cannot start, in plain words (empty when it can)."""
        if self.dataset_error:
            return [self.dataset_error]
        if self.dataset is None or self.train is None:
            return ["There is no dataset to train on."]
        if self._data_problems:
            return self._data_problems
        net = self.document.network
        found = dataspec.mismatch(self.dataset, net)
        if found:
            return found + ["Click “Adapt the network to the dataset”, or pick another dataset."]
        training = self.training_settings()
        return engine_problems(net, training["loss"], training["optimizer"]["name"])

    def problem(self) -> str:
        return " ".join(self.problems())

    def suggestion(self) -> recipes.Suggestion | None:
        if self.dataset is None:
            return None
        return recipes.suggest(self.dataset, self.document.network, self.training_settings())

    # ------------------------------------------------------------------ controls
    def play(self) -> None:
        if self._run is not None:
            return
        limit = int(self.training_settings()["epochs"])
        target = limit if self._epoch < limit else self._epoch + limit
        self._start("run", target)

    def pause(self) -> None:
        """Stop between two mini-batches and record the run as one undo step (synchronous)."""
        self._settle()
        if self._run is None:
            return
        ending = self._worker.park()
        self._generation = self._worker.generation
        reason, message = "paused", ""
        if ending is not None:
            if ending.snapshot is not None:
                self._apply(ending.snapshot)
            reason, message = ending.reason, ending.message
        self._end_run(reason, message)

    def toggle(self) -> None:
        if self.state == "running":
            self.pause()
        else:
            self.play()

    def step_batch(self) -> None:
        """Train exactly one mini-batch."""
        self._single("batch")

    def step_epoch(self) -> None:
        """Train until the current epoch completes."""
        self._single("epoch")

    def reset(self) -> None:
        """New initial weights from the init scheme and seed of the training settings; clears the history.

        One undo step. The same seed gives the same weights and the same run.
        """
        self.pause()
        training = self.training_settings()
        net = self.document.network
        fresh = Network.build(net.sizes, activations=[layer.activation for layer in net.layers],
                              init=training["init"], seed=training["seed"])
        with self._own_change():
            self.document.replace_network(fresh, "Reset weights", history=History())
        self._epoch = self._step = 0
        self._steps_at = {0: 0}
        self._eps = 0.0
        self._job_stale = True
        self.last_message = self.alert = ""
        self.diagnoses = []
        self.history_reset.emit()
        self.counters_changed.emit()
        self._set_state("idle")

    def stop(self) -> None:
        """Pause (recording the run) and end the worker thread; Play starts a new one."""
        self.pause()
        worker, self._worker = self._worker, None
        if worker is not None:
            QObject.disconnect(self._shutdown_hook)
            worker.shutdown()
        self._job_stale = True
        self._worker_shape = None

    def set_speed(self, level: int) -> None:
        """1 (one epoch a second) .. 10 (as fast as possible)."""
        self._speed = int(min(max(level, 1), FASTEST))
        if self._worker is not None:
            self._worker.set_speed(self._speed)

    def set_learning_rate(self, lr: float) -> None:
        """Change the learning rate in the settings; a running worker takes it between two steps."""
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

    def update_dataset(self, **changes) -> None:
        """Change dataset settings (name, samples, noise, test_fraction, seed).

        Picking another dataset also sets the training recipe for it (loss, optimizer, learning rate,
        batch size, epochs), when the network's activations already suit it; otherwise the suggestion
        shown in the panel changes both at once.
        """
        settings = dict(self.settings)
        renamed = "name" in changes and changes["name"] != settings.get("name")
        if renamed:
            settings = dataspec.for_new_name(changes["name"], settings)
        settings.update({k: v for k, v in changes.items() if k != "name"})
        if settings == self.document.meta.dataset:
            return
        training = None
        if renamed:
            try:
                training = recipes.training_for(dataspec.load(settings, self._imported), self.document.network,
                                                self.training_settings())
            except (DatasetError, ValueError, OSError):
                training = None    # _load_data reports the problem
        if training is not None:
            self.document.update_metadata(dataset=settings, training=training)
        else:
            self.document.update_metadata(dataset=settings)

    def import_csv(self, path, options: CsvOptions | None = None, dataset: Dataset | None = None) -> None:
        """Train on a CSV table read with `options` (raises DatasetError with a plain message).

        `dataset` is the table already read (the import dialog reads it off the GUI thread).
        The options are stored in the document's dataset settings, so the file reads the same next time.
        """
        options = options or CsvOptions()
        settings = {"name": dataspec.csv_name(path), **({"csv": options.to_dict()} if options.to_dict() else {})}
        if dataset is None:
            dataset = csv_import.load(path, options)
        self._imported[dataspec.cache_key(settings)] = dataset
        self.update_dataset(**settings)

    def import_idx(self, images, labels=None) -> None:
        """Read MNIST-style IDX images and labels (raises DatasetError) and train on them.

        Without `labels`, the labels file is looked for beside the images (MNIST's naming).
        """
        name = dataspec.idx_name(images, labels)
        self._imported.pop(name, None)
        dataspec.load({"name": name}, self._imported)
        self.update_dataset(name=name)

    def rebuild_data(self) -> None:
        """Regenerate (or re-read) the dataset from the settings."""
        running = self.state == "running"
        self.pause()
        settings = dataspec.complete(self.document.meta.dataset, self.document.network)
        self._imported.pop(dataspec.cache_key(settings), None)
        self._load_data(settings)
        if running:
            self.play()

    def set_probe(self, index: int) -> None:
        rows = self.probe_set()
        count = 0 if rows is None else rows.n_samples
        index = int(min(max(index, 0), max(count - 1, 0)))
        if index != self.probe_index:
            self.probe_index = index
            if self._worker is not None:
                self._worker.set_probe(self.probe_sample())
            self.probe_changed.emit(index)

    def apply_suggestion(self) -> None:
        """Adapt the network (inputs, outputs, activations) and the loss/optimizer to the dataset."""
        suggestion = self.suggestion()
        if suggestion is None:
            return
        self.pause()
        self._record_dataset_choice()
        training = self.training_settings()
        net = self.document.network
        if suggestion.network_changes(net):
            adapted = suggestion.adapted(net, seed=training["seed"])
            with self._own_change():
                # Name inputs and outputs after the data (e.g. iris's species), and drop a loss
                # curve that was learned on other data.
                self.document.replace_network(adapted, "Adapt the network to the dataset",
                                              labels=dataspec.layer_labels(self.dataset, adapted),
                                              clear_history=True)
            self._job_stale = True
            self._sync_counters()   # the curve is gone, so the epoch and step counts start again at 0
        self.update_training(**suggestion.training)
        self.readiness_changed.emit()

    # ------------------------------------------------------------------ runs
    def _single(self, mode: str) -> None:
        if self._run is not None:
            if self.state != "running":
                return             # a step is still in progress
            self.pause()
        self._start(mode)

    def _start(self, mode: str, target: float = math.inf) -> bool:
        self._settle()
        problem = self.problem()
        if problem:
            self._say(problem)
            self.readiness_changed.emit()
            return False
        self._record_dataset_choice()
        worker = self._ensure_worker()
        self._sync_worker(worker)
        doc = self.document
        self._run = _Run(doc.snapshot_state(), doc.undo_stack.index(), doc.network, self._epoch, self._step)
        self._generation = worker.start_mode(mode, target)
        self.last_message = ""
        self._next_stall_check = self._epoch + doctor.STALL_WINDOW
        if self.alert or self.diagnoses:
            self.alert, self.diagnoses = "", []
            self.readiness_changed.emit()
        if mode == "run":
            self._set_state("running")
        return True

    def _ensure_worker(self) -> TrainingWorker:
        if self._worker is None:
            worker = TrainingWorker()
            worker.produced.connect(self._on_produced)
            worker.ended.connect(self._on_ended)
            # If the session goes away without stop() (e.g. its window is deleted), still end the thread.
            self._shutdown_hook = self.destroyed.connect(functools.partial(_shutdown, worker))
            worker.set_speed(self._speed)
            self._worker = worker
            self._job_stale = True
        return self._worker

    def _shape(self) -> tuple:
        net = self.document.network
        return tuple(net.sizes), tuple(layer.activation for layer in net.layers)

    def _sync_worker(self, worker: TrainingWorker) -> None:
        """Hand the worker what changed since it last trained: everything, or just the weights."""
        shape = self._shape()
        if self._job_stale or shape != self._worker_shape:
            worker.load(self._job())
            self._worker_shape = shape
            self._job_stale = self._weights_stale = False
        elif self._weights_stale:
            worker.set_weights([(layer.W, layer.b) for layer in self.document.network.layers],
                               self._epoch, self._step)
            self._weights_stale = False
        worker.set_learning_rate(self.training_settings()["optimizer"]["lr"])
        worker.set_speed(self._speed)

    def _job(self) -> Job:
        training = self.training_settings()
        net = self.document.network.copy()
        has_test = self.test is not None and self.test.n_samples > 0
        return Job(network=net, X=self.train.X, T=self.train.targets(net.n_outputs),
                   X_test=self.test.X if has_test else None,
                   T_test=self.test.targets(net.n_outputs) if has_test else None,
                   loss=training["loss"], optimizer=dict(training["optimizer"]),
                   batch_size=int(training["batch_size"]), seed=int(training["seed"]),
                   weight_decay=float(training["weight_decay"]), epoch=self._epoch, step=self._step,
                   probe=self.probe_sample())

    @Slot(object, int)
    def _on_produced(self, snapshot: Snapshot, generation: int) -> None:
        if generation != self._generation or self._run is None:
            return                  # stale: sent before a pause or an edit
        started = time.perf_counter()
        self._apply(snapshot)
        self._worker.applied(snapshot)
        # What this snapshot set in motion runs when the event loop gets to it: repaints (posted events),
        # plot redraws (zero-interval timers), then the layouts and repaints those cause (posted again).
        # The worker waits meanwhile, so the GUI works uncontended. A zero-interval timer started now
        # fires after the redraw timers; the events it then posts come after the ones they posted. Only
        # then may the worker go on, and send the next snapshot after a rest that keeps the GUI's share
        # of the time at GUI_SHARE.
        self._ack_pending = (generation, started, AFTER_PASSES)
        self._ack_timer.start(0)

    def _acknowledge(self) -> None:
        pending = self._ack_pending
        if pending is None:
            return
        generation, started, passes = pending
        if passes > 0:                              # let the event loop go round once more
            self._ack_pending = (generation, started, passes - 1)
            QTimer.singleShot(0, self._acknowledge)
            return
        self._ack_pending = None
        if self._worker is None or generation != self._generation:
            return
        busy = time.perf_counter() - started
        self.gui_seconds_per_snapshot = busy
        self.gui_seconds_total += busy
        self.snapshots_shown += 1
        self._worker.release(rest=1 / GUI_SHARE - 1, max_rest=MAX_HOLD)

    @Slot(object, int)
    def _on_ended(self, ending: Ending, generation: int) -> None:
        if generation != self._generation or self._run is None:
            return
        if ending.snapshot is not None:
            self._apply(ending.snapshot)
            self._worker.acknowledge(ending.snapshot)
        self._end_run(ending.reason, ending.message)

    def _apply(self, snapshot: Snapshot) -> None:
        with self._own_change():
            self.document.show_training_progress(snapshot.weights, snapshot.rows)
        run = self._run
        run.weights = snapshot.weights
        if snapshot.rows:
            if run.first_epoch is None:
                run.first_epoch = snapshot.rows[0][0]
            run.last_epoch = snapshot.rows[-1][0]
            run.history = self.document.history
        self._epoch, self._step, self._eps = snapshot.epoch, snapshot.step, snapshot.epochs_per_second
        self.counters_changed.emit()
        self.snapshot.emit(snapshot)
        if self._epoch >= self._next_stall_check:
            # Cheap on the history alone; the network is looked at only once the loss has stopped improving.
            self._next_stall_check = self._epoch + doctor.STALL_WINDOW
            if doctor.stalled(self.document.history, self._epoch):
                self._set_diagnoses(doctor.run_diagnoses(self))

    def _end_run(self, reason: str, message: str = "") -> None:
        run, self._run = self._run, None
        self._steps_at[self._epoch] = self._step
        if run.progressed:
            with self._own_change():
                self.document.commit_training(run.before, self._run_text(run))
        if reason in ("diverged", "failed"):
            self._job_stale = True  # the trainer stopped for good; the next Play builds a new one
            self.alert = message
        self._eps = 0.0
        self.counters_changed.emit()
        if message:
            self._say(message)
        state = {"finished": "finished", "diverged": "diverged"}.get(reason, "paused")
        if reason == "finished":
            self._set_diagnoses(doctor.run_diagnoses(self))
        self._set_state(state)
        self.run_ended.emit(reason)

    def _set_diagnoses(self, found: list) -> None:
        if found != self.diagnoses:
            self.diagnoses = found
            self.readiness_changed.emit()

    def apply_fix(self, diagnosis) -> None:
        """Follow a diagnosis: change the settings and, where it says so, the network (one undo step)."""
        self.pause()
        training = doctor.fixed_training(self.training_settings(), diagnosis.fix)
        network = doctor.fixed_network(self.document.network, diagnosis.fix, training)
        if network is not None:
            with self._own_change():
                self.document.replace_network(network, diagnosis.fix.label, labels=dataspec.layer_labels(
                    self.dataset, network), history=History())
            self._job_stale = True
            self._epoch = self._step = 0
            self._steps_at = {0: 0}
            self.history_reset.emit()
            self.counters_changed.emit()
            self._set_state("idle")
        self.diagnoses = []
        self.update_training(**training)
        self.readiness_changed.emit()

    def _run_text(self, run: _Run) -> str:
        if run.last_epoch is not None:
            first, last = run.first_epoch, run.last_epoch
            return f"Train epoch {last}" if first == last else f"Train epochs {first}–{last}"
        steps = self._step - run.start_step
        return "Train one mini-batch" if steps == 1 else f"Train {steps} mini-batches"

    def _progress_state(self, run: _Run):
        """The document's state just before an outside change: the start plus everything applied since."""
        state = run.before.copy()
        if run.weights is not None:
            for layer, (W, b) in zip(state.network.layers, run.weights):
                layer.W[...] = W
                layer.b[...] = b
        if run.history is not None:
            state.history = copy.deepcopy(run.history)
        return state

    def _interrupt(self) -> None:
        """Someone else changed the document while training: pause first and keep their change.

        Called from inside the change (e.g. while the undo stack runs an edit command),
        so it only parks the worker, without applying what the worker computed since the
        last snapshot (the user edited what they saw), and lets `_settle` record the run
        once the undo stack has finished that command.
        """
        self._worker.park()
        self._generation = self._worker.generation
        run, self._run = self._run, None
        self._steps_at[self._epoch] = self._step
        self._interrupted = run
        self._weights_stale = True
        self._eps = 0.0
        self.counters_changed.emit()
        stack = self.document.undo_stack
        replaced = stack.count() == 0 and (run.index > 0 or self.document.network is not run.network)
        if replaced:
            self._say("Training stopped: another network was opened.")
        else:
            self._say("Training paused because the network was edited; Play continues from the edited network.")
        self._set_state("idle" if replaced else "paused")
        self.run_ended.emit("interrupted")
        QTimer.singleShot(0, self._settle)    # in case the change did not come from the undo stack

    def _on_index_changed(self, _index: int) -> None:
        if self._interrupted is not None and not self._own:
            self._settle()

    def _settle(self) -> None:
        """Record an interrupted run as one undo step, below the change that interrupted it.

        The undo history becomes "training, then the edit"; an Undo pressed during
        training undoes the training so far (Redo brings it back).
        """
        run, self._interrupted = self._interrupted, None
        if run is None:
            return
        doc, stack = self.document, self.document.undo_stack
        replaced = stack.count() == 0 and (run.index > 0 or doc.network is not run.network)
        text = self._run_text(run)
        if replaced or not run.progressed:
            pass
        elif stack.index() == run.index + 1:
            self._move_edit_above_training(run, text)
        elif stack.index() == run.index - 1:
            with self._own_change():
                stack.redo()
                stack.push(ReplaceStateCommand(doc, run.before, self._progress_state(run), text))
                stack.undo()
            self._epoch, self._step = run.start_epoch, run.start_step
            self.counters_changed.emit()
        else:
            with self._own_change():
                doc.commit_training(run.before, text)
        self._sync_counters()

    def _move_edit_above_training(self, run: _Run, text: str) -> None:
        doc, stack = self.document, self.document.undo_stack
        top = stack.command(stack.index() - 1)
        edit_text, command_id = top.text(), top.id()
        drag, target = getattr(top, "drag", None), getattr(top, "target", None)
        edited = doc.snapshot_state()
        with self._own_change():
            stack.undo()                        # back to exactly what the user saw
            progress = doc.snapshot_state()
            doc.commit_training(run.before, text)
            stack.push(_ReplayedEdit(doc, progress, edited, edit_text, command_id, drag, target))

    # ------------------------------------------------------------------ document changes
    @contextmanager
    def _own_change(self):
        self._own += 1
        try:
            yield
        finally:
            self._own -= 1

    def _on_values_changed(self) -> None:
        if self._own:
            return
        self._weights_stale = True
        if self._run is not None:
            self._interrupt()
        self._sync_counters()
        self.readiness_changed.emit()

    def _on_structure_changed(self) -> None:
        if self._own:
            return
        self.diagnoses = []
        self._job_stale = True
        if self.document.undo_stack.count() == 0:     # another file: its history starts the counters
            self._steps_at = {0: 0}
        if self._run is not None:
            self._interrupt()
        if self.document.meta.dataset is None:   # the default dataset follows the network's shape
            settings = dataspec.complete(None, self.document.network)
            if settings != self.settings:
                self._load_data(settings)

    def _on_metadata_changed(self) -> None:
        settings = dataspec.complete(self.document.meta.dataset, self.document.network)
        config = self._trainer_config()
        if settings != self.settings or config != self._config:
            running = self.state == "running"
            self.pause()
            if settings != self.settings:
                self._load_data(settings)
            if config != self._config:
                self._config = config
                self._job_stale = True
            self.readiness_changed.emit()
            if running and not self.problem():
                self.play()         # settings changed mid-run: carry on with the new ones
            return
        if self._run is not None:
            training = self.training_settings()
            self._worker.set_learning_rate(training["optimizer"]["lr"])
            if self.state == "running":
                limit = int(training["epochs"])
                self._worker.set_target_epoch(limit if limit > self._run.start_epoch else self._run.start_epoch
                                              + limit)
        self.readiness_changed.emit()

    def _trainer_config(self) -> tuple:
        """Settings that need a new Trainer when they change (the learning rate and epoch limit do not)."""
        training = self.training_settings()
        optimizer = {k: v for k, v in training["optimizer"].items() if k != "lr"}
        return (training["loss"], tuple(sorted(optimizer.items())), training["batch_size"], training["seed"],
                training["weight_decay"])

    def _sync_counters(self) -> None:
        """Follow the loss history when it changed under us (undo of a run, another file)."""
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
            if epoch == 0 and self.state in ("finished", "diverged"):
                self._set_state("idle")   # e.g. the run was undone: back to the start
            self.counters_changed.emit()

    def _record_dataset_choice(self) -> None:
        """Store the dataset actually used in the document, so a saved file trains on the same data."""
        if self.document.meta.dataset != self.settings and self.dataset is not None:
            self.document.update_metadata(dataset=dict(self.settings))

    def _load_data(self, settings: dict) -> None:
        self.settings = dict(settings)
        try:
            full = dataspec.load(self.settings, self._imported)
            train, test = dataspec.split(full, self.settings)
            error = ""
            self._data_problems = engine_data_problems(full.X, full.y)
        except (DatasetError, ValueError, OSError, MemoryError) as exc:
            # No data rather than the previous data: the settings then never name one set and train on another.
            full = train = test = None
            error = f"The {dataspec.label(self.settings['name'])} data could not be loaded: {exc}"
        self.dataset, self.train, self.test, self.dataset_error = full, train, test, error
        self._job_stale = True
        rows = self.probe_set()
        count = 0 if rows is None else rows.n_samples
        self.probe_index = min(self.probe_index, max(count - 1, 0))
        if self._worker is not None:
            self._worker.set_probe(self.probe_sample())
        if error:
            self._say(error)
        if self._epoch not in self._steps_at:   # counters inferred from a loaded history: recount with this data
            self._epoch = -1
            self._sync_counters()
        self.data_changed.emit()
        self.probe_changed.emit(self.probe_index)
        self.readiness_changed.emit()

    # ------------------------------------------------------------------ helpers
    def _say(self, text: str) -> None:
        self.last_message = text
        self.message.emit(text)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def __repr__(self) -> str:
        name = self.settings.get("name", "no data")
        return f"TrainingSession({self.state}, {name}, epoch {self._epoch}, step {self._step})"
