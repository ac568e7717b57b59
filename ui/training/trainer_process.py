"""The training worker process: owns a Trainer and a copy of the network; Qt-free.

It runs `serve(connection)` in a process started with the *spawn* method, so it imports
only NumPy and the engine (≈ 0.2 s to start). The GUI sends commands over a pipe; the
worker answers with `Snapshot`s and `Ending`s, always in the order it did things:

    ("load", Job)                  build a Trainer (the data is rebuilt here from its spec)
    ("weights", weights, epoch, step)
    ("lr", float)  ("speed", int)  ("probe", x or None)  ("target", epoch)
    ("start", Mode, target_epoch)  train until the mode says stop, a pause, or the target
    ("pause", seq)                 answered with ("parked", seq, Ending or None)
    ("ack",)                       the GUI has shown the last snapshot: the next may follow
    ("stop",)

Snapshots are small pickled messages (weights and metric rows since the last one): at
most one every SNAPSHOT_INTERVAL, and only once the GUI acknowledged the previous one,
so the pipe never fills up and the worker never waits for the GUI.
Why not shared memory: benchmarks/bench_ipc.py measures a snapshot's trip through the pipe
(pickle, send, receive, unpickle) at ≈ 0.04 ms for 2-8-8-1 and 0.2–0.6 ms for 784-100-10
(80 k weights): at most ~2 % of the worker's time even at 30 snapshots a second, with no
block lifetime or locking to manage. Shared memory would copy in ≈ 0.02 ms.
"""
from __future__ import annotations

import contextlib
import logging
import math
import os
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from simulator import Network, dataspec, optimizers
from simulator.history import History
from simulator.text import Text
from simulator.training import Trainer

log = logging.getLogger(__name__)

#: The BLAS libraries NumPy may use, and the variable each reads its thread count from at start.
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def blas_threads(cpu_count: int | None) -> int:
    """How many BLAS threads the worker uses: one core is left to the window, at most 4.

    A multi-threaded matrix product waits for its slowest thread, so a window repainting on
    the same core stalls it. On 2 cores, 784-100-10 with batch 100 trained at 1,320–1,370 steps/s
    with one BLAS thread, at 1,080 with two on an otherwise idle machine, and at 200–430 with two
    while other programs ran.
    """
    return max(1, min(4, (cpu_count or 1) - 1))


@contextlib.contextmanager
def worker_environment() -> Iterator[None]:
    """Set the BLAS thread count for a process started inside (spawned children read it at start).

    A count the user chose (any of BLAS_THREAD_VARIABLES set) is left alone.
    """
    if any(name in os.environ for name in BLAS_THREAD_VARIABLES):
        yield
        return
    count = str(blas_threads(os.cpu_count()))
    os.environ.update({name: count for name in BLAS_THREAD_VARIABLES})
    try:
        yield
    finally:
        for name in BLAS_THREAD_VARIABLES:
            os.environ.pop(name, None)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name, which lupdate looks for)
    """Marks a message for translation without importing Qt (this process never loads it).

    The worker's messages are engine Texts (context "engine"): the GUI shows them through engine_text.
    """
    return text


def _said(error: BaseException) -> str:
    """What an exception says, keeping an engine Text (so that the GUI can translate it)."""
    if len(error.args) == 1 and isinstance(error.args[0], Text):
        return error.args[0]
    return str(error)

SNAPSHOT_INTERVAL = 1 / 30          # seconds between snapshots while running (≤ ~30 Hz)
POLL_INTERVAL = 0.002               # look for commands at least this often while training
FASTEST = 10                        # speed level that never sleeps
#: Speed level -> epochs per second it aims for (slower levels sleep between epochs).
EPOCHS_PER_SECOND = {1: 1, 2: 2, 3: 5, 4: 10, 5: 20, 6: 50, 7: 100, 8: 200, 9: 500}


class Mode(StrEnum):
    """What the worker does once started."""
    RUN = "run"          # until paused or the target epoch
    BATCH = "batch"      # one mini-batch
    EPOCH = "epoch"      # until the current epoch completes


class Reason(StrEnum):
    """Why a run or step ended."""
    PAUSED = "paused"
    FINISHED = "finished"
    DIVERGED = "diverged"
    FAILED = "failed"
    INTERRUPTED = "interrupted"   # the document changed under the run (GUI side only)


@dataclass(frozen=True)
class Snapshot:
    """What the worker saw at one moment (the GUI makes every array read-only on arrival)."""

    epoch: int
    step: int
    rows: tuple                  # (epoch, train_loss, test_loss, train_accuracy, test_accuracy) since the last one
    weights: tuple               # ((W, b), ...) one pair per layer
    probe_output: np.ndarray     # the network's output for the probe sample
    epochs_per_second: float

    def __repr__(self) -> str:
        return (f"Snapshot(epoch {self.epoch}, step {self.step}, {len(self.rows)} rows, "
                f"{self.epochs_per_second:.0f} epochs/s)")


@dataclass(frozen=True)
class Ending:
    """Why the worker stopped stepping, with the snapshot the GUI has not seen yet."""

    reason: Reason
    snapshot: Snapshot | None
    message: str = ""
    details: str = ""            # a traceback when training failed (for the log)


@dataclass(frozen=True)
class Job:
    """Everything the worker needs to build a fresh Trainer; the data comes from `dataset` (a spec)."""

    network: Network
    dataset: dict                # simulator.dataspec settings, complete
    loss: str
    optimizer: dict              # {"name": ..., hyperparameters...}
    batch_size: int
    seed: int
    weight_decay: float
    epoch: int                   # counters to continue from
    step: int
    probe: np.ndarray | None
    precision: str = "float64"   # or "float32": faster, fewer exact digits

    def __repr__(self) -> str:
        return (f"Job({self.network!r}, data={self.dataset.get('name')}, loss={self.loss}, "
                f"optimizer={self.optimizer.get('name')}, batch_size={self.batch_size})")


def merge(snapshots: list[Snapshot]) -> Snapshot | None:
    """One snapshot with the latest state and every row of `snapshots` (oldest first)."""
    if not snapshots:
        return None
    last = snapshots[-1]
    if len(snapshots) == 1:
        return last
    rows = tuple(row for s in snapshots for row in s.rows)
    return Snapshot(last.epoch, last.step, rows, last.weights, last.probe_output, last.epochs_per_second)


class _Worker:
    """The state of the worker process; `serve` drives it."""

    def __init__(self, connection):
        self.conn = connection
        self.trainer: Trainer | None = None
        self.net: Network | None = None
        self.failure = ""
        self.data_key: str | None = None
        self.data: tuple | None = None           # (X, y-dataset, test-dataset) for data_key
        self.probe: np.ndarray | None = None
        self.lr: float | None = None
        self.speed = FASTEST
        self.mode: Mode | None = None
        self.target = math.inf
        self.rows: list[tuple] = []
        self.awaiting_ack = False
        self.last_emit = 0.0
        self.rate = 0.0
        self.rate_mark = (0.0, 0)
        self.steps_per_epoch = 1
        self.next_epoch_due = 0.0
        self.running = True

    # ------------------------------------------------------------------ commands
    def handle(self, message: tuple) -> None:
        kind = message[0]
        if kind == "load":
            self.load(message[1])
        elif kind == "weights":
            _, weights, epoch, step = message
            if self.trainer is not None:
                self.net.set_weights(weights)
                self.trainer.parameters_changed()
                self.trainer.epoch, self.trainer.step_count = epoch, step
                self.rows = []
        elif kind == "lr":
            self.lr = float(message[1])
            if self.trainer is not None:
                self.trainer.set_learning_rate(self.lr)
        elif kind == "speed":
            self.speed = int(min(max(message[1], 1), FASTEST))
        elif kind == "probe":
            self.probe = message[1]
        elif kind == "target":
            self.target = message[1]
        elif kind == "start":
            self.start(Mode(message[1]), message[2])
        elif kind == "pause":
            self.conn.send(("parked", message[1], self.park(Reason.PAUSED, send=False)))
        elif kind == "ack":
            self.awaiting_ack = False
        elif kind == "stop":
            self.mode = None
            self.running = False
        else:
            raise ValueError(f"unknown command {kind!r}")

    def load(self, job: Job) -> None:
        self.trainer = self.net = None
        try:
            key = repr(sorted(job.dataset.items()))
            if key != self.data_key:
                self.data_key, self.data = None, None
                full = dataspec.load(job.dataset)
                self.data = dataspec.split(full, job.dataset)
                self.data_key = key
            train, test = self.data
            n_out = job.network.n_outputs
            settings = dict(job.optimizer)
            optimizer = optimizers.create(settings.pop("name"), **settings)
            if self.lr is not None:
                optimizer.lr = self.lr
            has_test = test.n_samples > 0
            trainer = Trainer(job.network, train.X, train.targets(n_out), loss=job.loss, optimizer=optimizer,
                              batch_size=job.batch_size, seed=job.seed,
                              X_test=test.X if has_test else None, T_test=test.targets(n_out) if has_test else None,
                              weight_decay=job.weight_decay, history=History(capacity=64), precision=job.precision)
        except Exception as error:          # bad settings or unreadable data: say so at the next start
            self.failure = Text(QT_TRANSLATE_NOOP("engine", "Training cannot start: {error}"), error=_said(error))
            log.warning("training job rejected", exc_info=True)
            return
        trainer.epoch, trainer.step_count = job.epoch, job.step
        trainer.quiet = True          # serve() silenced overflow warnings for this whole process
        self.trainer, self.net, self.failure = trainer, job.network, ""
        self.probe = job.probe
        self.steps_per_epoch = max(1, math.ceil(len(train.X) / job.batch_size))
        self.rows = []

    def start(self, mode: Mode, target: float) -> None:
        if self.trainer is None:
            message = self.failure or Text(QT_TRANSLATE_NOOP("engine", "Training cannot start: the worker was given "
                                                                      "nothing to train."))
            self.conn.send(("ended", Ending(Reason.FAILED, None, message)))
            return
        self.mode, self.target = mode, target
        self.awaiting_ack = False
        now = time.perf_counter()
        self.last_emit = now
        self.rate_mark = (now, self.trainer.step_count)
        self.next_epoch_due = now

    # ------------------------------------------------------------------ training
    def train_one(self) -> None:
        """One mini-batch, then whatever it calls for (a snapshot, the end of the run, a nap)."""
        trainer = self.trainer
        stats = trainer.step()
        if stats is not None:
            self.rows.append((stats.epoch, stats.train_loss, stats.test_loss, stats.train_accuracy,
                              stats.test_accuracy))
        if trainer.diverged is not None:
            self.park(Reason.DIVERGED, trainer.diverged.message)
        elif self.mode == Mode.BATCH or (self.mode == Mode.EPOCH and stats is not None):
            self.park(Reason.PAUSED)
        elif stats is not None and trainer.epoch >= self.target:
            self.park(Reason.FINISHED)
        else:
            now = time.perf_counter()
            if not self.awaiting_ack and now - self.last_emit >= SNAPSHOT_INTERVAL:
                self.emit(now)
            if stats is not None and self.speed < FASTEST:
                self.nap(now)

    def nap(self, now: float) -> None:
        """Slow speeds: wait between epochs (a command ends the nap early); show every epoch."""
        self.next_epoch_due = max(self.next_epoch_due + 1.0 / EPOCHS_PER_SECOND[self.speed], now - 0.5)
        delay = self.next_epoch_due - now
        if delay > 0:
            self.conn.poll(delay)
        if not self.awaiting_ack and self.rows:
            self.emit(time.perf_counter())

    def snapshot(self, now: float) -> Snapshot:
        trainer = self.trainer
        since, step0 = self.rate_mark
        if now - since >= 1.0:
            self.rate = (trainer.step_count - step0) / self.steps_per_epoch / (now - since)
            self.rate_mark = (now, trainer.step_count)
        probe = np.zeros(0) if self.probe is None else self.net.forward(self.probe)
        rows, self.rows = tuple(self.rows), []
        weights = tuple((layer.W.copy(), layer.b.copy()) for layer in self.net.layers)
        return Snapshot(trainer.epoch, trainer.step_count, rows, weights, probe, self.rate)

    def emit(self, now: float) -> None:
        self.conn.send(("snapshot", self.snapshot(now)))
        self.last_emit = now
        self.awaiting_ack = True

    def park(self, reason: Reason, message: str = "", send: bool = True, details: str = "") -> Ending | None:
        """Stop stepping; the GUI gets what it has not seen (sent now, or returned for a "parked" reply)."""
        if self.mode is None:
            return None
        self.mode = None
        try:
            snapshot = self.snapshot(time.perf_counter()) if self.trainer is not None else None
        except Exception:                 # a broken trainer still parks; the GUI keeps its weights
            snapshot = None
        ending = Ending(reason, snapshot, message, details)
        if send:
            self.conn.send(("ended", ending))
        return ending

    def fail(self, error: BaseException) -> None:
        details = "".join(traceback.format_exception(error))
        log.error("training failed in the worker process:\n%s", details)
        self.trainer = None               # the next start needs a fresh job
        if self.mode is None:
            self.mode = Mode.RUN          # so that park reports it
        self.park(Reason.FAILED, Text(QT_TRANSLATE_NOOP("engine", "Training failed: {error}"), error=_said(error)),
                  details=details)


def serve(connection) -> None:
    """The worker process's main loop: take commands; train while a mode is set."""
    # This process only trains: overflow is detected and reported as divergence, never warned about.
    np.seterr(over="ignore", invalid="ignore")
    worker = _Worker(connection)
    next_poll = 0.0
    try:
        while worker.running:
            try:
                if worker.mode is None:
                    worker.handle(connection.recv())        # idle: block until told something
                    continue
                now = time.perf_counter()
                if now >= next_poll:                        # polling costs a system call: not every step
                    next_poll = now + POLL_INTERVAL
                    while worker.mode is not None and connection.poll():
                        worker.handle(connection.recv())
                    if worker.mode is None:
                        continue
                worker.train_one()
            except (EOFError, OSError):
                raise
            except Exception as error:                      # report, park, and wait for the next command
                worker.fail(error)
    except (EOFError, OSError, KeyboardInterrupt):          # the GUI went away: nothing left to do
        pass
    finally:
        connection.close()
