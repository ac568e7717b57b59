"""Mini-batch training: epochs, shuffling, metrics, pause/stop, divergence detection.

The Trainer reports through return values and an optional callback, never
through Qt, so the same code serves tests, the command line and the GUI worker.
"""
from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from . import losses
from .history import History
from .network import Network
from .optimizers import SGD, Optimizer
from .text import Text


@dataclass(frozen=True)
class EpochStats:
    epoch: int                       # epochs completed so far (1 after the first)
    step: int                        # mini-batches completed so far
    train_loss: float                # mean loss over this epoch's mini-batches
    train_accuracy: float | None     # fraction correct over this epoch's mini-batches (classification)
    test_loss: float | None = None
    test_accuracy: float | None = None


#: An epoch is healthy when its loss is finite and at most this many times the run's best so far;
#: a blow-up falls back to the weights of the last healthy epoch, not to the step just before it.
HEALTHY_FACTOR = 10.0
#: Weights beyond this size mean sigmoid/tanh units are stuck at their limits (saturated) or about to overflow.
SATURATION_WEIGHT = 1e6
#: Inputs or targets beyond this size are a problem of the data, which no learning rate can fix.
ABSURD_VALUE = 1e12


@dataclass(frozen=True)
class Divergence:
    epoch: int
    step: int
    what: str                        # "loss", "weights" or "saturation"
    value: float                     # the non-finite value seen (the largest weight for "saturation")
    restored_epoch: int | None = None    # whose weights were restored (None: those the run started from)
    restored_loss: float | None = None
    lr: float | None = None

    @property
    def message(self) -> Text:
        if self.restored_epoch is None:
            restored = Text("The weights the run started from were restored")
        else:
            restored = Text("The weights of epoch {epoch} (train loss {loss:.4g}), the last healthy epoch, were "
                            "restored", epoch=self.restored_epoch, loss=self.restored_loss)
        rate = Text(" (now {lr:g})", lr=self.lr) if self.lr is not None else ""
        epoch, step = self.epoch + 1, self.step + 1
        if self.what == "saturation":
            return Text("Training stopped: at epoch {epoch} the weights grew to {value:.3g}, far beyond useful sizes: "
                        "sigmoid and tanh units saturate (outputs stuck at their limits, where the gradient vanishes) "
                        "and other units overflow. {restored}; the learning rate{rate} is far too large, try a "
                        "smaller learning rate.", epoch=epoch, value=self.value, restored=restored, rate=rate)
        if self.what == "loss" and math.isnan(self.value):
            return Text("Training stopped: the loss became not a number (NaN) at epoch {epoch} (step {step}). "
                        "{restored}; try a smaller learning rate{rate}.", epoch=epoch, step=step, restored=restored,
                        rate=rate)
        if self.what == "loss":
            return Text("Training stopped: the loss became infinite at epoch {epoch} (step {step}). {restored}; try "
                        "a smaller learning rate{rate}.", epoch=epoch, step=step, restored=restored, rate=rate)
        if math.isnan(self.value):
            return Text("Training stopped: the weights became not a number (NaN) at epoch {epoch} (step {step}). "
                        "{restored}; try a smaller learning rate{rate}.", epoch=epoch, step=step, restored=restored,
                        rate=rate)
        return Text("Training stopped: the weights became infinite at epoch {epoch} (step {step}). {restored}; try "
                    "a smaller learning rate{rate}.", epoch=epoch, step=step, restored=restored, rate=rate)


def data_problems(X: ArrayLike, T: ArrayLike) -> list[Text]:
    """Plain-language reasons why the data itself cannot be trained on (empty when it can).

    NaN, infinite or absurdly large values would make any network diverge; saying
    "try a smaller learning rate" then would send the learner the wrong way.
    """
    found = []
    for inputs, values in ((True, X), (False, T)):
        values = np.asarray(values, dtype=float)
        if values.size == 0:
            continue
        with np.errstate(invalid="ignore"):
            finite = np.isfinite(values)
        if not finite.all():
            rows = np.flatnonzero(~finite.reshape(len(values), -1).all(axis=1))
            count, sample = np.count_nonzero(~finite), rows[0] + 1
            found.append(Text("The data's inputs contain {count:,} NaN or infinite values (first in sample {sample}); "
                              "fix the data (file or noise setting): no training setting can make a network learn "
                              "from them.", count=count, sample=sample) if inputs else
                         Text("The data's targets contain {count:,} NaN or infinite values (first in sample {sample}); "
                              "fix the data (file or noise setting): no training setting can make a network learn "
                              "from them.", count=count, sample=sample))
            continue
        largest = float(np.abs(values).max())
        if largest > ABSURD_VALUE:
            found.append(Text("The data's inputs reach {largest:.3g}, far beyond what a network can use; check the "
                              "data (file or noise setting), or scale it to a range like -1…1.", largest=largest)
                         if inputs else
                         Text("The data's targets reach {largest:.3g}, far beyond what a network can use; check the "
                              "data (file or noise setting), or scale it to a range like -1…1.", largest=largest))
    return found


def _sentences(found: list[Text]) -> Text:
    """Several problems as one message that stays translatable sentence by sentence."""
    message = found[0]
    for sentence in found[1:]:
        message = Text("{first} {second}", first=message, second=sentence)
    return message


class TrainingStopped(Exception):
    """Raised inside a step when stop() was requested; never escapes the Trainer."""


def problems(net: Network, loss: str, optimizer: Optimizer | str) -> list[Text]:
    """Plain-language reasons why this combination cannot train (empty when it can)."""
    name = optimizer if isinstance(optimizer, str) else optimizer.name
    found = []
    activations = [layer.activation for layer in net.layers]
    if name == "perceptron":
        if len(net.layers) != 1 or activations[0] != "step":
            found.append(Text("The perceptron rule trains a single layer of step units only; "
                              "use gradient descent (sgd, adam, ...) for other networks."))
        return found
    if "step" in activations:
        found.append(Text("Step units have a zero gradient everywhere, so gradient descent cannot learn through "
                          "them. Choose sigmoid, tanh or relu, or use the perceptron rule for a single step layer."))
    out = activations[-1]
    if loss in ("cross_entropy", "binary_cross_entropy") and out not in ("softmax", "sigmoid"):
        found.append(Text("{loss} needs outputs that are probabilities between 0 and 1, but the output layer is "
                          "{out}. Use a {wanted} output, or the mse loss.", loss=loss, out=out,
                          wanted="softmax" if loss == "cross_entropy" else "sigmoid"))
    if out == "softmax" and net.n_outputs == 1:
        found.append(Text("A softmax over a single output is always 1; use two or more outputs, or a sigmoid "
                          "output."))
    return found


#: Training data up to this size (bytes) is shuffled once per epoch into a copy; larger data batch by batch.
GATHER_LIMIT = 64 * 2 ** 20


class Trainer:
    """Trains `net` in place on (X, T) with shuffled mini-batches.

    Thread safety: pause(), resume(), stop() and set_learning_rate() may be called
    from another thread; they take effect between mini-batches.
    """

    def __init__(self, net: Network, X: ArrayLike, T: ArrayLike, loss: str = "mse", optimizer: Optimizer | None = None,
                 batch_size: int = 32, seed: int | None = 0, X_test: np.ndarray | None = None,
                 T_test: np.ndarray | None = None,
                 weight_decay: float = 0.0, history: History | None = None, precision: str = "float64"):
        if precision not in ("float64", "float32"):
            raise ValueError(f"precision must be float64 or float32; got {precision!r}")
        dtype = np.dtype(precision)
        self.net = net
        self.precision = precision
        #: True when the caller silenced NumPy's overflow warnings for good (np.seterr in the training
        #: process): step() then skips its own errstate, a fixed cost of every mini-batch.
        self.quiet = False
        self.X = np.asarray(X, dtype=dtype)
        self.T = np.asarray(T, dtype=dtype)
        if self.T.ndim == 1:
            self.T = self.T[:, None]
        if self.X.ndim != 2 or self.X.shape[1] != net.n_inputs:
            raise ValueError(f"X must have shape (samples, {net.n_inputs}); got {self.X.shape}")
        if self.T.shape != (self.X.shape[0], net.n_outputs):
            raise ValueError(f"T must have shape ({self.X.shape[0]}, {net.n_outputs}); got {self.T.shape}")
        if len(self.X) == 0:
            raise ValueError("there are no training samples")
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1; got {batch_size}")
        self.loss_name = loss
        self._loss = losses.get(loss)
        self.optimizer = optimizer if optimizer is not None else SGD()
        found = problems(net, loss, self.optimizer) + data_problems(self.X, self.T)
        if found:
            raise ValueError(_sentences(found))
        self.batch_size = int(batch_size)
        self.weight_decay = float(weight_decay)
        self.rng = np.random.default_rng(seed)
        self.X_test = None if X_test is None or len(X_test) == 0 else np.asarray(X_test, dtype=dtype)
        self.T_test = None if self.X_test is None else np.asarray(T_test, dtype=dtype).reshape(len(self.X_test), -1)
        self.classification = bool(np.all((self.T == 0) | (self.T == 1)))
        # Each sample's right answer, found once instead of every step (T.argmax per batch was a fixed
        # cost that float32 cannot speed up): the class index, or whether a single output should be > 0.5.
        self._truth = self._answers(self.T) if self.classification else None
        self._truth_epoch: np.ndarray | None = None   # in this epoch's order
        self._rows_sum_to_one = bool(np.allclose(self.T.sum(axis=1), 1.0, rtol=0, atol=1e-12))
        self.history = history if history is not None else History()
        self.epoch = 0
        self.step_count = 0
        self.diverged: Divergence | None = None
        self._params, self._grads = net.pack(dtype)
        self._healthy = self._params.copy()   # the weights a blow-up falls back to
        self._healthy_epoch: int | None = None
        self._healthy_loss: float | None = None
        self._best_loss = math.inf
        self._order: np.ndarray | None = None  # this epoch's sample order
        self._cursor = 0             # position inside it
        self._epoch_loss = 0.0
        self._epoch_correct = 0
        self._resume = threading.Event()
        self._resume.set()
        self._stop = threading.Event()

    # -- control from other threads ------------------------------------------
    def pause(self) -> None:
        self._resume.clear()

    def resume(self) -> None:
        self._resume.set()

    def stop(self) -> None:
        self._stop.set()
        self._resume.set()

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def set_learning_rate(self, lr: float) -> None:
        self.optimizer.lr = float(lr)

    def parameters_changed(self) -> None:
        """Call after editing weights in place between steps: they become the new fallback."""
        np.copyto(self._healthy, self._params)
        self._healthy_epoch = self._healthy_loss = None
        self._best_loss = math.inf

    # -- training ------------------------------------------------------------
    def step(self) -> EpochStats | None:
        """Train on one mini-batch. Returns the epoch's stats when this batch completed an epoch.

        Returns None otherwise, and also when training has diverged (see `diverged`).
        """
        if self.quiet:
            return self._step()
        with np.errstate(over="ignore", invalid="ignore"):  # overflow is detected and reported, not warned about
            return self._step()

    def _step(self) -> EpochStats | None:
        if self.diverged is not None:
            return None
        if self._order is None:
            self._order = self.rng.permutation(len(self.X))
            # One gather per epoch; every mini-batch is then a contiguous slice (no copy). Data too big
            # to hold twice (MNIST: 60,000 × 784) is gathered batch by batch instead.
            if self.X.nbytes <= GATHER_LIMIT:
                self._X_epoch, self._T_epoch = self.X[self._order], self.T[self._order]
                self._truth_epoch = None if self._truth is None else self._truth[self._order]
            self._cursor = 0
            self._epoch_loss = 0.0
            self._epoch_correct = 0
        start = self._cursor
        self._cursor = min(start + self.batch_size, len(self._order))
        if self.X.nbytes <= GATHER_LIMIT:
            X, T = self._X_epoch[start:self._cursor], self._T_epoch[start:self._cursor]
            truth = None if self._truth_epoch is None else self._truth_epoch[start:self._cursor]
        else:
            rows = self._order[start:self._cursor]
            X, T = self.X[rows], self.T[rows]
            truth = None if self._truth is None else self._truth[rows]
        if not self._train_batch(X, T, truth):
            return None
        if self._cursor < len(self._order):
            return None
        return self._finish_epoch()

    def run_epoch(self) -> EpochStats | None:
        """Train until the current epoch completes; its stats, or None if training diverged or was stopped."""
        # One errstate for the whole epoch rather than one per step: a fixed cost of every step.
        with np.errstate(over="ignore", invalid="ignore"):
            while True:
                if self._stop.is_set():
                    return None
                if not self._resume.is_set():
                    self._wait_while_paused()
                    continue
                stats = self._step()
                if stats is not None or self.diverged is not None:
                    return stats

    def run(self, epochs: int, callback: Callable[[EpochStats], bool | None] | None = None) -> str:
        """Train for up to `epochs` more epochs; `callback(stats)` after each may return False to stop.

        Returns why it ended: "finished", "stopped" or "diverged".
        """
        for _ in range(epochs):
            stats = self.run_epoch()
            if self.diverged is not None:
                if stats is not None and callback is not None:
                    callback(stats)       # the epoch completed before its weights were found blown up
                return "diverged"
            if stats is None:
                return "stopped"
            if callback is not None and callback(stats) is False:
                return "stopped"
        return "finished"

    def evaluate(self, X: ArrayLike, T: ArrayLike) -> tuple[float, float | None]:
        """(loss, accuracy) of the current network on (X, T); accuracy is None for regression targets."""
        Y = self.net.forward(X)
        T = np.asarray(T, dtype=float).reshape(Y.shape)
        accuracy = self._correct(Y, T) / len(Y) if self.classification else None
        return self._loss.value(Y, T), accuracy

    # -- internals -----------------------------------------------------------
    def _wait_while_paused(self) -> None:
        while not self._resume.wait(0.05):
            if self._stop.is_set():
                return

    def _train_batch(self, X: np.ndarray, T: np.ndarray, truth: np.ndarray | None) -> bool:
        net = self.net
        Y = net.forward(X)
        loss = self._loss.value(Y, T)
        if not math.isfinite(loss):
            return self._diverge("loss", loss)
        if self.optimizer.uses_perceptron_rule:
            self._perceptron_pseudo_gradient(X, T, Y)
        else:
            net.backward(T, self.loss_name, self.weight_decay, self._rows_sum_to_one)
        self.optimizer.update([self._params], [self._grads])
        total = float(self._params.sum())
        if not math.isfinite(total):
            return self._diverge("weights", total)
        self.step_count += 1
        self._epoch_loss += loss * len(X)
        if truth is not None:
            self._epoch_correct += self._correct_answers(Y, truth)
        return True

    def _perceptron_pseudo_gradient(self, X: np.ndarray, T: np.ndarray, Y: np.ndarray) -> None:
        layer = self.net.layers[0]
        error = (T - Y) / len(X)
        np.matmul(X.T, -error, out=layer.dW)
        np.sum(-error, axis=0, out=layer.db)

    @staticmethod
    def _answers(T: np.ndarray) -> np.ndarray:
        """Per sample: the target class (several outputs) or whether the target is > 0.5 (one output)."""
        return T[:, 0] > 0.5 if T.shape[1] == 1 else T.argmax(axis=1)

    @staticmethod
    def _correct_answers(Y: np.ndarray, answers: np.ndarray) -> int:
        """How many rows of Y give the answer `answers` (from _answers) holds."""
        if Y.shape[1] == 1:
            return int(np.count_nonzero((Y[:, 0] > 0.5) == answers))
        return int(np.count_nonzero(Y.argmax(axis=1) == answers))

    @classmethod
    def _correct(cls, Y: np.ndarray, T: np.ndarray) -> int:
        return cls._correct_answers(Y, cls._answers(T))

    def _diverge(self, what: str, value: float, epoch: int | None = None) -> bool:
        np.copyto(self._params, self._healthy)
        self.diverged = Divergence(self.epoch if epoch is None else epoch, self.step_count, what, value,
                                   self._healthy_epoch, self._healthy_loss, getattr(self.optimizer, "lr", None))
        self._order = None
        return False

    def _finish_epoch(self) -> EpochStats:
        assert self._order is not None  # step() started this epoch
        n = len(self._order)
        self._order = None
        self.epoch += 1
        test_loss = test_accuracy = None
        if self.X_test is not None and self.T_test is not None:
            test_loss, test_accuracy = self.evaluate(self.X_test, self.T_test)
        stats = EpochStats(self.epoch, self.step_count, self._epoch_loss / n,
                           self._epoch_correct / n if self.classification else None, test_loss, test_accuracy)
        self.history.append(stats.epoch, stats.train_loss, test_loss, stats.train_accuracy, test_accuracy)
        # max and min instead of abs(): no temporary array the size of the network, once per epoch
        largest = max(float(self._params.max()), -float(self._params.min())) if self._params.size else 0.0
        if largest > SATURATION_WEIGHT:
            self._diverge("saturation", largest, epoch=self.epoch - 1)
            return stats
        loss = stats.train_loss
        if math.isfinite(loss):
            self._best_loss = min(self._best_loss, loss)
            if loss <= HEALTHY_FACTOR * self._best_loss:
                np.copyto(self._healthy, self._params)
                self._healthy_epoch, self._healthy_loss = self.epoch, loss
        return stats

    def __repr__(self) -> str:
        return (f"Trainer({self.net!r}, {len(self.X)} samples, loss={self.loss_name}, {self.optimizer!r}, "
                f"batch_size={self.batch_size}, epoch={self.epoch})")
