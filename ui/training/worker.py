"""The training worker: one QThread that owns a copy of the network and a Trainer.

The GUI thread never touches the worker's network. It sends commands (run,
step, park, new weights, new learning rate, speed, probe sample, stop) that the
worker picks up between mini-batches, and receives immutable `Snapshot`s through
queued signals. Epochs finished between two snapshots are not lost: their metric
rows travel with the next one.

Snapshots are throttled where they are made, and paced by the GUI:

- at most one every `SNAPSHOT_INTERVAL` seconds (≤ ~30 a second);
- after sending one, the worker waits (releasing the GIL) until the GUI calls
  `release(rest)` — once it has applied the snapshot and finished the repaints it
  caused — and sends the next one no sooner than `rest` times that wait later. The
  GUI and the worker share the GIL: a GUI that does its work uncontended and then
  rests costs training a known share of the time, and the event queue never fills up.

`park()` is synchronous: it returns once the worker sits between two steps,
which takes at most one mini-batch. The GUI relies on that to apply an edit to
exactly the weights the user saw.
"""
from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QThread, Signal

from simulator import Network, optimizers
from simulator.history import History
from simulator.training import Trainer

SNAPSHOT_INTERVAL = 1 / 30          # seconds between snapshots while running (≤ ~30 Hz)
FASTEST = 10                         # speed level that never sleeps
#: Speed level -> epochs per second it aims for (slower levels sleep between epochs).
EPOCHS_PER_SECOND = {1: 1, 2: 2, 3: 5, 4: 10, 5: 20, 6: 50, 7: 100, 8: 200, 9: 500}
ACK_TIMEOUT = 1.0                    # never wait longer than this for the GUI to show a snapshot
PARK_TIMEOUT = 30.0                  # a single mini-batch never takes this long; guards against deadlock


@dataclass(frozen=True)
class Snapshot:
    """What the worker saw at one moment; every array is a read-only copy."""

    epoch: int
    step: int
    rows: tuple                  # (epoch, train_loss, test_loss, train_accuracy, test_accuracy) since the last snapshot
    weights: tuple               # ((W, b), ...) one pair per layer
    probe_output: np.ndarray     # the network's output for the probe sample
    epochs_per_second: float

    def __repr__(self) -> str:
        return (f"Snapshot(epoch {self.epoch}, step {self.step}, {len(self.rows)} rows, "
                f"{self.epochs_per_second:.0f} epochs/s)")


@dataclass(frozen=True)
class Job:
    """Everything the worker needs to build a fresh Trainer (it takes ownership of `network`)."""

    network: Network
    X: np.ndarray
    T: np.ndarray
    X_test: np.ndarray | None
    T_test: np.ndarray | None
    loss: str
    optimizer: dict              # {"name": ..., hyperparameters...}
    batch_size: int
    seed: int
    weight_decay: float
    epoch: int                   # counters to continue from
    step: int
    probe: np.ndarray | None

    def __repr__(self) -> str:
        return (f"Job({self.network!r}, {len(self.X)} samples, loss={self.loss}, "
                f"optimizer={self.optimizer.get('name')}, batch_size={self.batch_size})")


@dataclass(frozen=True)
class Ending:
    """Why the worker stopped stepping, with the snapshot the GUI has not seen yet."""

    reason: str                  # "paused", "finished", "diverged" or "failed"
    snapshot: Snapshot | None
    message: str = ""


def _frozen(array: np.ndarray) -> np.ndarray:
    copy = np.array(array, dtype=float, copy=True)
    copy.flags.writeable = False
    return copy


def merge(snapshots: list[Snapshot]) -> Snapshot | None:
    """One snapshot with the latest state and every row of `snapshots` (oldest first)."""
    if not snapshots:
        return None
    last = snapshots[-1]
    if len(snapshots) == 1:
        return last
    rows = tuple(row for s in snapshots for row in s.rows)
    return Snapshot(last.epoch, last.step, rows, last.weights, last.probe_output, last.epochs_per_second)


class TrainingWorker(QThread):
    """Trains in its own thread; see the module docstring for the protocol."""

    produced = Signal(object, int)   # Snapshot, generation — while running
    ended = Signal(object, int)      # Ending, generation — when the worker parks by itself

    def __init__(self, parent=None):
        super().__init__(parent)
        self._cond = threading.Condition()
        # Commands, written by the GUI thread under the lock; `_dirty` tells the worker to look.
        self._dirty = False
        self._job: Job | None = None
        self._weights: tuple | None = None       # (weights, epoch, step)
        self._lr: float | None = None
        self._probe: np.ndarray | None = None
        self._probe_set = False
        self._speed = FASTEST
        self._mode: str | None = None            # None (parked), "run", "batch" or "epoch"
        self._target_epoch = math.inf
        self._stopping = False
        self.generation = 0
        # Shared results, under the lock.
        self._parked = True
        self._unacked: list[Snapshot] = []       # emitted, not yet applied by the GUI
        self._hold_until = 0.0                   # the GUI asked for no snapshot before this time
        self._awaiting_release = False           # a snapshot was sent; the GUI has not finished showing it
        self._rest = (0.0, 0.0)                  # (factor, limit) for the pause before the next snapshot
        self.seconds_waiting_for_gui = 0.0       # total time the worker stood aside for the GUI (statistics)
        self.native_id: int | None = None
        self._final: Ending | None = None        # what the worker had when it parked, not yet taken
        self._final_emitted = False
        # Worker-only state.
        self._trainer: Trainer | None = None
        self._failure = ""
        self._net: Network | None = None
        self._probe_x: np.ndarray | None = None
        self._rows: list[tuple] = []
        self._last_emit = 0.0
        self._rate = 0.0
        self._rate_mark = (0.0, 0)
        self._steps_per_epoch = 1
        self._next_epoch_due = 0.0

    # ------------------------------------------------------------------ GUI thread
    def _command(self, **changes) -> None:
        with self._cond:
            for name, value in changes.items():
                setattr(self, name, value)
            self._dirty = True
            self._cond.notify_all()

    def load(self, job: Job) -> None:
        """Build a new Trainer from `job` before the next step (replaces any pending weights)."""
        self._command(_job=job, _weights=None)

    def set_weights(self, weights, epoch: int, step: int) -> None:
        """Continue from these weights (copied now) and counters before the next step."""
        copied = tuple((np.array(W, dtype=float), np.array(b, dtype=float)) for W, b in weights)
        self._command(_weights=(copied, int(epoch), int(step)))

    def set_learning_rate(self, lr: float) -> None:
        self._command(_lr=float(lr))

    def set_speed(self, level: int) -> None:
        self._command(_speed=int(min(max(level, 1), FASTEST)))

    def set_probe(self, x) -> None:
        self._command(_probe=None if x is None else np.array(x, dtype=float), _probe_set=True)

    def set_target_epoch(self, epoch: float) -> None:
        self._command(_target_epoch=epoch)

    def start_mode(self, mode: str, target_epoch: float = math.inf) -> int:
        """Start running ("run") or stepping ("batch", "epoch"); returns the generation of its snapshots."""
        if mode not in ("run", "batch", "epoch"):
            raise ValueError(f"unknown worker mode {mode!r}")
        if not self.isRunning():
            self.start()
        with self._cond:
            self.generation += 1
            self._mode = mode
            self._target_epoch = target_epoch
            self._unacked.clear()
            self._final = None
            self._hold_until = 0.0
            self._awaiting_release = False
            self._dirty = True
            self._cond.notify_all()
            return self.generation

    def park(self) -> Ending | None:
        """Stop between two steps and wait until the worker is there.

        Returns what the GUI has not applied yet (merged into one snapshot), or None
        when there is nothing new. Snapshots already queued become stale (the
        generation changes), so the GUI must apply this result instead of them.
        """
        with self._cond:
            self.generation += 1
            self._mode = None
            self._dirty = True
            self._cond.notify_all()
            if self.isRunning() and not self._cond.wait_for(lambda: self._parked, PARK_TIMEOUT):
                raise RuntimeError("the training worker did not pause within "
                                   f"{PARK_TIMEOUT:.0f} s; it may be stuck in a very large mini-batch")
            final = self._final
            pending = list(self._unacked)
            if final is not None and final.snapshot is not None and not self._final_emitted:
                pending.append(final.snapshot)
            self._unacked.clear()
            self._final = None
            if final is None and not pending:
                return None
            reason = final.reason if final is not None else "paused"
            message = final.message if final is not None else ""
            return Ending(reason, merge(pending), message)

    def applied(self, snapshot: Snapshot) -> None:
        """The GUI applied `snapshot` (a later park() need not return its rows again)."""
        with self._cond:
            self._unacked = [s for s in self._unacked if s is not snapshot]
            if self._final is not None and self._final.snapshot is snapshot:
                self._final = None

    def release(self, rest: float = 0.0, max_rest: float = 1.0) -> None:
        """The GUI has shown the last snapshot: train on, and send the next one only after `rest`
        times as long as the worker waited for the GUI (at most `max_rest` seconds)."""
        with self._cond:
            self._awaiting_release = False
            self._rest = (rest, max_rest)
            self._cond.notify_all()

    def acknowledge(self, snapshot: Snapshot) -> None:
        """applied() and release() in one."""
        self.applied(snapshot)
        self.release()

    def shutdown(self) -> None:
        """End the thread and wait for it (safe to call more than once)."""
        with self._cond:
            self._stopping = True
            self._mode = None
            self._dirty = True
            self._cond.notify_all()
        if self.isRunning():
            self.wait()

    @property
    def parked(self) -> bool:
        with self._cond:
            return self._parked

    # ------------------------------------------------------------------ worker thread
    def run(self) -> None:
        self.native_id = threading.get_native_id()   # for tools that read per-thread CPU time
        mode: str | None = None
        while True:
            if self._dirty or mode is None:
                with self._cond:
                    mode = self._wait_for_work()
                    if mode is None:          # stopping
                        return
            try:
                mode = self._train_one(mode)
            except Exception as error:        # never let the thread die silently: report and park
                mode = self._self_park("failed", f"Training failed: {error}")

    def _wait_for_work(self) -> str | None:
        """Under the lock: take commands; park while there is nothing to do. None means stop."""
        while True:
            self._dirty = False
            self._take_commands()
            if self._stopping:
                self._park_locked("paused")
                return None
            if self._mode is not None:
                if self._trainer is not None:
                    if self._parked:
                        self._parked = False
                        self._start_clocks()
                    return self._mode
                self._fail_to_start_locked()
            self._park_locked("paused")
            self._cond.wait()

    def _fail_to_start_locked(self) -> None:
        message = self._failure or "Training cannot start: no training data was given to the worker."
        self.ended.emit(Ending("failed", None, message), self.generation)
        self._mode = None

    def _take_commands(self) -> None:
        """Apply pending commands (under the lock)."""
        if self._job is not None:
            job, self._job = self._job, None
            try:
                self._build(job)
                self._failure = ""
            except (ValueError, TypeError) as error:
                self._trainer = self._net = None
                self._failure = f"Training cannot start: {error}"
        if self._weights is not None and self._trainer is not None:
            (weights, epoch, step), self._weights = self._weights, None
            for layer, (W, b) in zip(self._net.layers, weights, strict=True):
                layer.W[...] = W
                layer.b[...] = b
            self._trainer.parameters_changed()
            self._trainer.epoch, self._trainer.step_count = epoch, step
        if self._lr is not None and self._trainer is not None:
            self._trainer.set_learning_rate(self._lr)
            self._lr = None
        if self._probe_set:
            self._probe_x, self._probe_set = self._probe, False

    def _build(self, job: Job) -> None:
        settings = dict(job.optimizer)
        optimizer = optimizers.create(settings.pop("name"), **settings)
        if self._lr is not None:
            optimizer.lr = self._lr
            self._lr = None
        trainer = Trainer(job.network, job.X, job.T, loss=job.loss, optimizer=optimizer,
                          batch_size=job.batch_size, seed=job.seed, X_test=job.X_test, T_test=job.T_test,
                          weight_decay=job.weight_decay, history=History(capacity=64))
        trainer.epoch, trainer.step_count = job.epoch, job.step
        self._trainer, self._net = trainer, job.network
        self._probe_x = job.probe
        self._steps_per_epoch = max(1, math.ceil(len(job.X) / job.batch_size))
        self._rows = []

    def _start_clocks(self) -> None:
        now = time.perf_counter()
        self._last_emit = now
        self._rate_mark = (now, self._trainer.step_count)
        self._next_epoch_due = now

    def _train_one(self, mode: str) -> str | None:
        """One mini-batch; returns the mode to continue in (None once parked)."""
        trainer = self._trainer
        stats = trainer.step()
        if stats is not None:
            self._rows.append((stats.epoch, stats.train_loss, stats.test_loss, stats.train_accuracy,
                               stats.test_accuracy))
        if trainer.diverged is not None:
            return self._self_park("diverged", trainer.diverged.message)
        if mode == "batch" or (mode == "epoch" and stats is not None):
            return self._self_park("paused")
        if stats is not None and trainer.epoch >= self._target_epoch:
            return self._self_park("finished")
        now = time.perf_counter()
        if (now - self._last_emit >= SNAPSHOT_INTERVAL and now >= self._hold_until and not self._unacked
                and not self._awaiting_release):
            self._emit(now)
        if stats is not None and self._speed < FASTEST:
            self._sleep_between_epochs(now)
        return mode

    def _sleep_between_epochs(self, now: float) -> None:
        self._next_epoch_due = max(self._next_epoch_due + 1.0 / EPOCHS_PER_SECOND[self._speed], now - 0.5)
        delay = self._next_epoch_due - now
        if delay > 0:
            with self._cond:
                self._cond.wait_for(lambda: self._dirty, delay)   # a command ends the nap early
        if not self._unacked and not self._awaiting_release and self._rows:
            self._emit(time.perf_counter())   # slow runs show every epoch

    def _snapshot(self, now: float) -> Snapshot:
        trainer = self._trainer
        since, step0 = self._rate_mark
        if now - since >= 1.0:
            self._rate = (trainer.step_count - step0) / self._steps_per_epoch / (now - since)
            self._rate_mark = (now, trainer.step_count)
        probe = np.zeros(0) if self._probe_x is None else self._net.forward(self._probe_x)
        rows, self._rows = tuple(self._rows), []
        weights = tuple((_frozen(layer.W), _frozen(layer.b)) for layer in self._net.layers)
        return Snapshot(trainer.epoch, trainer.step_count, rows, weights, _frozen(probe), self._rate)

    def _emit(self, now: float) -> None:
        snapshot = self._snapshot(now)
        self._last_emit = now
        with self._cond:
            if self._mode is None:        # a park request arrived: it will collect the rows instead
                self._rows = list(snapshot.rows) + self._rows
                return
            self._unacked.append(snapshot)
            self._awaiting_release = True
            self.produced.emit(snapshot, self.generation)
            # Step aside (releasing the GIL) until the GUI has shown this snapshot: the GUI then runs
            # uncontended and quickly instead of trading the GIL back and forth at every call into Qt.
            waiting = time.perf_counter()
            self._rest = (0.0, 0.0)
            if not self._cond.wait_for(lambda: self._dirty or not self._awaiting_release, ACK_TIMEOUT):
                self._awaiting_release = False   # never stall for good, whatever the GUI does
            now = time.perf_counter()
            waited = now - waiting
            self.seconds_waiting_for_gui += waited
            rest, max_rest = self._rest
            self._hold_until = now + min(max_rest, waited * rest)

    def _self_park(self, reason: str, message: str = "") -> None:
        with self._cond:
            self._park_locked(reason, message, emit=True)
        return None

    def _park_locked(self, reason: str, message: str = "", emit: bool = False) -> None:
        """Under the lock: stop stepping and keep what the GUI has not seen for park() or `ended`."""
        if not self._parked:
            try:
                snapshot = self._snapshot(time.perf_counter())
            except Exception:        # a broken trainer (see run()) still parks; the GUI keeps its weights
                snapshot = None
            self._final = Ending(reason, snapshot, message)
            self._final_emitted = emit and self._mode is not None
            if self._final_emitted:
                # The worker stopped by itself (finished, diverged, a step done): tell the GUI.
                if snapshot is not None:
                    self._unacked.append(snapshot)
                self.ended.emit(self._final, self.generation)
        self._mode = None
        self._parked = True
        self._cond.notify_all()

    def __repr__(self) -> str:
        state = "parked" if self._parked else f"running ({self._mode})"
        return f"TrainingWorker({state}, trainer={self._trainer!r})"
