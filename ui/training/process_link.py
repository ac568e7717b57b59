"""The GUI's end of the training worker process (see trainer_process for the other end).

`WorkerLink` starts the process (spawn), sends it commands and turns what comes back
into Qt signals. It reads the pipe when a QSocketNotifier says there is something to
read (a 10 ms timer on Windows), so the event loop never waits for the worker — except in `pause()`, which is
synchronous by design and gives up after PAUSE_TIMEOUT, reporting a dead worker
instead of hanging. A worker that dies or is killed is noticed at once (the pipe
closes), reported through `died`, and cleaned up: no process is left behind.
"""
from __future__ import annotations

import logging
import multiprocessing
import sys
import time
import types
from contextlib import contextmanager

import numpy as np
from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from ..i18n import translate
from .trainer_process import Ending, Job, Mode, Reason, Snapshot, merge, serve, worker_environment

log = logging.getLogger(__name__)

POLL_MS = 10            # where the pipe is no socket (Windows), look for messages this often
PAUSE_TIMEOUT = 10.0     # seconds; one mini-batch never takes this long, so the worker is stuck or gone
STOP_TIMEOUT = 2.0       # seconds to end by itself before the process is killed


@contextmanager
def _main_module_hidden():
    """Spawned children re-run the parent's main script or module unless it is hidden while they start.

    The worker needs nothing from it: hiding it keeps Qt out of the worker (a faster start) and
    works whatever started the app (main.py, `python -m ui`, a script without a main guard, stdin).
    """
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if main is not None:
            sys.modules["__main__"] = main


def _read_only(snapshot: Snapshot | None) -> Snapshot | None:
    if snapshot is not None:
        for W, b in snapshot.weights:
            W.flags.writeable = b.flags.writeable = False
        snapshot.probe_output.flags.writeable = False
    return snapshot


class WorkerLink(QObject):
    """One worker process, from start to shutdown."""

    snapshot_received = Signal(object)   # Snapshot, while running (acknowledge it with ack())
    ended = Signal(object)               # Ending: the worker stopped by itself (finished, diverged, a step done)
    died = Signal(str)                   # the process is gone; plain words for the user

    def __init__(self, parent=None):
        super().__init__(parent)
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=serve, args=(child,), name="synaptica-trainer", daemon=True)
        with _main_module_hidden(), worker_environment():
            self._process.start()
        child.close()
        self.alive = True
        self._seq = 0
        self._watch = self._watch_pipe()

    def _watch_pipe(self) -> QSocketNotifier | QTimer:
        """Call _read when the worker sent something: a socket notifier, or a short timer on Windows,
        where multiprocessing pipes are named pipes that Qt cannot watch."""
        if sys.platform == "win32":
            watch = QTimer(self)
            watch.timeout.connect(self._read)
            watch.start(POLL_MS)
        else:
            watch = QSocketNotifier(self._conn.fileno(), QSocketNotifier.Type.Read, self)
            watch.activated.connect(self._read)
        return watch

    @property
    def pid(self) -> int | None:
        return self._process.pid

    # ------------------------------------------------------------------ commands
    def load(self, job: Job) -> None:
        self._send("load", job)

    def set_weights(self, weights, epoch: int, step: int) -> None:
        self._send("weights", tuple(weights), int(epoch), int(step))   # sending copies them

    def set_learning_rate(self, lr: float) -> None:
        self._send("lr", float(lr))

    def set_speed(self, level: int) -> None:
        self._send("speed", int(level))

    def set_probe(self, x) -> None:
        self._send("probe", None if x is None else np.array(x, dtype=float))

    def set_target_epoch(self, epoch: float) -> None:
        self._send("target", epoch)

    def start(self, mode: Mode, target_epoch: float) -> None:
        self._send("start", Mode(mode), target_epoch)

    def ack(self) -> None:
        """The GUI has shown the last snapshot (and the repaints it caused): the next one may come."""
        self._send("ack")

    def pause(self) -> Ending | None:
        """Stop the worker between two steps and wait until it is there.

        Returns what the GUI has not applied yet (merged into one snapshot), or None when
        there is nothing new or the worker is gone (then `died` has been emitted).
        """
        if not self.alive:
            return None
        self._seq += 1
        self._send("pause", self._seq)
        pending: list[Snapshot] = []
        reason, message = Reason.PAUSED, ""
        deadline = time.monotonic() + PAUSE_TIMEOUT
        while self.alive:
            try:
                if not self._conn.poll(max(0.0, deadline - time.monotonic())):
                    self._lost(translate("WorkerLink", "The training process did not answer within {0} s and was "
                                                       "stopped.").format(f"{PAUSE_TIMEOUT:.0f}"))
                    return None
                kind, *rest = self._conn.recv()
            except (EOFError, OSError):
                self._lost(self._death_words())
                return None
            if kind == "snapshot":
                pending.append(_read_only(rest[0]))
            elif kind == "ended" or (kind == "parked" and rest[0] == self._seq):
                ending = rest[0] if kind == "ended" else rest[1]
                if ending is not None:
                    if ending.snapshot is not None:
                        pending.append(_read_only(ending.snapshot))
                    if kind == "ended" or reason == Reason.PAUSED:
                        reason, message = ending.reason, ending.message
                        self._log_failure(ending)
                if kind == "parked":
                    if not pending and reason == Reason.PAUSED:
                        return None
                    return Ending(reason, merge(pending), message)
        return None

    def shutdown(self) -> None:
        """End the process (killing it if it does not end by itself) and wait for it. Safe to repeat."""
        self._stop_watching()
        if self.alive:
            self.alive = False
            try:
                self._conn.send(("stop",))
            except OSError:
                pass
        self._process.join(STOP_TIMEOUT)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()
        self._conn.close()

    # ------------------------------------------------------------------ receiving
    def _send(self, *message) -> None:
        if not self.alive:
            return
        try:
            self._conn.send(message)
        except OSError:
            self._lost(self._death_words())

    def _read(self) -> None:
        """Everything the worker sent since the last look (the notifier says there is something)."""
        while self.alive:
            try:
                if not self._conn.poll():
                    return
                kind, *rest = self._conn.recv()
            except (EOFError, OSError):
                self._lost(self._death_words())
                return
            if kind == "snapshot":
                self.snapshot_received.emit(_read_only(rest[0]))
            elif kind == "ended":
                _read_only(rest[0].snapshot)
                self._log_failure(rest[0])
                self.ended.emit(rest[0])
            # A "parked" answer arriving here belongs to a pause that gave up waiting: nothing to do.

    def _death_words(self) -> str:
        self._process.join(0.5)
        code = self._process.exitcode
        if code is None:
            return translate("WorkerLink", "The training process stopped unexpectedly.")
        if code >= 0:
            return translate("WorkerLink", "The training process stopped unexpectedly (exit code {0}).").format(code)
        return translate("WorkerLink",
                         "The training process stopped unexpectedly (killed by signal {0}).").format(-code)

    def _lost(self, text: str) -> None:
        if not self.alive:
            return
        log.error("training worker lost: %s", text)
        self.alive = False
        self._stop_watching()
        if self._process.is_alive():
            self._process.kill()
        self._process.join(STOP_TIMEOUT)
        # Tell the session once the current call has returned (it may be in the middle of a pause).
        QTimer.singleShot(0, lambda: self.died.emit(text))

    def _stop_watching(self) -> None:
        if isinstance(self._watch, QTimer):
            self._watch.stop()
        else:
            self._watch.setEnabled(False)

    @staticmethod
    def _log_failure(ending: Ending) -> None:
        if ending.reason == Reason.FAILED and ending.details:
            log.error("%s\n%s", ending.message, ending.details)

    def __repr__(self) -> str:
        return f"WorkerLink(pid {self.pid}, {'alive' if self.alive else 'gone'})"
