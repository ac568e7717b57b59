"""What views read from training: a small typed protocol, so plots need not guess with getattr.

`TrainingSession` provides it; a plot can be driven by anything else that does (a test double,
a replay of a saved run). The signals are Qt signals on the real session.
"""
from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

import numpy as np

from simulator.datasets import Dataset
from simulator.history import History


@runtime_checkable
class TrainingView(Protocol):
    """Read-only view of a training session for plots and panels."""

    document: Any                 # ui.document.Document
    train: Dataset | None         # the training part of the data (None when it could not be loaded)
    test: Dataset | None          # the test part (may be empty)
    dataset: Dataset | None       # the whole dataset
    settings: dict                # the dataset settings in use, defaults filled in ({} before any data)
    probe_index: int              # which sample of probe_set() the probe plots show
    state: str                    # one of ui.training.state.STATES
    # Signals: snapshot(Snapshot), data_changed(), probe_changed(int), history_reset(), state_changed(str)
    snapshot: Any
    data_changed: Any
    probe_changed: Any
    history_reset: Any
    state_changed: Any

    def history(self) -> History | None: ...

    def probe_set(self) -> Dataset | None: ...

    def probe_sample(self) -> np.ndarray | None: ...

    def set_probe(self, index: int) -> None: ...


def require_training_view(session: object, who: str) -> TrainingView:
    """`session`, checked to provide TrainingView (a clear error instead of a late AttributeError)."""
    if not isinstance(session, TrainingView):
        members = (*TrainingView.__annotations__, "history", "probe_set", "probe_sample", "set_probe")
        missing = ", ".join(name for name in members if not hasattr(session, name))
        raise TypeError(f"{who} needs a training session (ui.training.protocol.TrainingView); "
                        f"{type(session).__name__} lacks {missing}")
    return session
