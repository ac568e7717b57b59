"""The training session's side of the worker process: start it, hand it what changed (a new Job, or
just the weights), show its snapshots, and let the next one come once the GUI had time to paint.

A mixin of `TrainingSession` (ui/training/session.py).
"""
from __future__ import annotations

import time

from PySide6.QtCore import QTimer

from .process_link import WorkerLink
from .trainer_process import Job, Snapshot

#: The share of the GUI thread's time that showing snapshots may take (applying them, then the repaints
#: they cause); the rest keeps the window responsive. Training itself runs on in its own process.
GUI_SHARE = 0.15
MAX_HOLD = 0.5        # seconds between snapshots at most, however slow the GUI
AFTER_PASSES = 2      # event-loop passes after the redraw timers before the GUI counts itself done


class WorkerFeed:
    """Worker-process handling of a TrainingSession."""

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
