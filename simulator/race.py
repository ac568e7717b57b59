"""Race optimizers: train copies of one network with several optimizers, fairly.

Every lane starts from a copy of the same weights and shuffles its mini-batches with a generator
built from the same seed, so the optimizers see identical data in identical order; only the update
rule differs. Lanes train one epoch at a time in turn, so their curves grow together.

    race = Race(net, X, T, [optimizers.create("sgd", lr=0.1), optimizers.create("adam", lr=0.001)],
                loss="cross_entropy", batch_size=32, seed=0, X_test=Xt, T_test=Tt)
    race.run(epochs=20, callback=lambda lane, stats: True)
    race.lanes[1].network      # the network Adam trained; race.lanes[1].history its curves
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike

from .history import History
from .network import Network
from .optimizers import Optimizer
from .training import EpochStats, Trainer

RUNNING, FINISHED, DIVERGED, STOPPED = "running", "finished", "diverged", "stopped"


@dataclass
class Lane:
    """One optimizer's run: its own network copy, trainer and metric history."""

    label: str
    optimizer: Optimizer
    network: Network
    trainer: Trainer
    status: str = RUNNING
    stats: list[EpochStats] = field(default_factory=list)
    message: str = ""

    @property
    def history(self) -> History:
        return self.trainer.history

    def __repr__(self) -> str:
        return f"<lane {self.label}: {self.status}, {len(self.stats)} epochs>"


#: Called after each lane's epoch with the lane and its stats (None when the epoch was stopped).
LaneCallback = Callable[[Lane, EpochStats | None], object]


def lane_label(optimizer: Optimizer) -> str:
    """"adam (lr 0.001)": what the legend and the list call a lane."""
    return f"{optimizer.name} (lr {optimizer.lr:g})"


class Race:
    def __init__(self, net: Network, X: ArrayLike, T: ArrayLike, optimizers: list[Optimizer], loss: str = "mse",
                 batch_size: int = 32, seed: int = 0, X_test: np.ndarray | None = None,
                 T_test: np.ndarray | None = None, weight_decay: float = 0.0) -> None:
        if not optimizers:
            raise ValueError("a race needs at least one optimizer")
        self.initial = net.copy()        # the common start, kept to show and to check fairness
        self.settings = dict(loss=loss, batch_size=int(batch_size), seed=int(seed), weight_decay=float(weight_decay))
        self.lanes: list[Lane] = []
        labels: list[str] = []
        for optimizer in optimizers:
            label = lane_label(optimizer)
            if label in labels:           # two lanes with the same rule and rate: number them
                label += f" #{labels.count(label) + 1}"
            labels.append(label)
            copy = net.copy()
            trainer = Trainer(copy, X, T, loss=loss, optimizer=optimizer, batch_size=batch_size, seed=seed,
                              X_test=X_test, T_test=T_test, weight_decay=weight_decay, history=History())
            self.lanes.append(Lane(label, optimizer, copy, trainer))
        self._stop = threading.Event()

    @property
    def epoch(self) -> int:
        """Epochs completed by the slowest lane still running (or by all, once none runs)."""
        return min(len(lane.stats) for lane in self.lanes)

    @property
    def running(self) -> bool:
        return any(lane.status == RUNNING for lane in self.lanes)

    def stop(self) -> None:
        """Ask the race to end between mini-batches (from any thread)."""
        self._stop.set()
        for lane in self.lanes:
            lane.trainer.stop()

    def step_epoch(self, callback: LaneCallback | None = None) -> bool:
        """One epoch for every lane still running, in turn; `callback(lane, stats)` after each.

        Returns True while some lane is still running.
        """
        for lane in self.lanes:
            if lane.status != RUNNING:
                continue
            stats = lane.trainer.run_epoch()
            if lane.trainer.diverged is not None:
                lane.status, lane.message = DIVERGED, lane.trainer.diverged.message
            elif stats is None:
                lane.status = STOPPED
            else:
                lane.stats.append(stats)
            if callback is not None:
                callback(lane, stats)
            if self._stop.is_set():
                for other in self.lanes:
                    if other.status == RUNNING:
                        other.status = STOPPED
                return False
        return self.running

    def run(self, epochs: int, callback: LaneCallback | None = None) -> None:
        """Train every lane for `epochs` epochs (fewer if it diverges or the race is stopped)."""
        for _ in range(int(epochs)):
            if not self.step_epoch(callback):
                break
        for lane in self.lanes:
            if lane.status == RUNNING:
                lane.status = FINISHED

    def __repr__(self) -> str:
        return f"<race of {', '.join(lane.label for lane in self.lanes)}: epoch {self.epoch}>"

