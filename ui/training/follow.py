"""How the training session follows its document: every change is announced first (ui.changes), so a
run is paused and recorded before an edit, undo, redo or another file applies; settings that need a
new trainer or new data pause and carry on; the epoch and step counters follow the loss history.

A mixin of `TrainingSession` (ui/training/session.py).
"""
from __future__ import annotations

import math

from PySide6.QtCore import QTimer

from simulator import dataspec

from ..changes import Change, ChangeKind, SetSettingsCommand
from ..i18n import translate
from .state import State
from .trainer_process import Reason


class DocumentFollower:
    """Document-change handlers of a TrainingSession."""

    def _on_about_to_change(self, change: Change) -> None:
        """Every change of the document passes here first (ui.changes)."""
        if change.kind == ChangeKind.OPEN:
            if self._run is not None:
                self._link.pause()
                self._run = None
                self._eps = 0.0
                self._say(translate("DocumentFollower", "Training stopped: another network was opened."))
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
