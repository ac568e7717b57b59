"""Trainer.quiet: the training process silences overflow once, and step() then skips its own guard (issue 10)."""
from __future__ import annotations

import numpy as np
import pytest

from simulator import Network, optimizers
from simulator.training import Trainer


def overflowing_trainer() -> Trainer:
    net = Network.build([1, 1], output="identity", seed=0)
    net.layers[0].W[:] = 1e200         # the squared error of y = 1e200 overflows on the first step
    return Trainer(net, np.array([[1.0]]), np.array([[1.0]]), loss="mse", optimizer=optimizers.SGD(0.1),
                   batch_size=1)


def test_step_guards_itself_by_default() -> None:
    trainer = overflowing_trainer()
    with np.errstate(over="raise"):
        trainer.step()                  # no FloatingPointError: step() silences overflow itself


def test_a_quiet_trainer_leaves_the_numpy_error_state_to_its_caller() -> None:
    trainer = overflowing_trainer()
    trainer.quiet = True
    with np.errstate(over="raise"), pytest.raises(FloatingPointError):
        trainer.step()
    with np.errstate(over="ignore", invalid="ignore"):
        trainer.step()
