"""How fast does Synaptica's engine train? ms per epoch against three other ways.

    python benchmarks/bench_engine.py [--rounds N] [--seconds S]
    python tasks.py bench engine                    (installs the `bench` extra first)

Implementations, all training the same network with plain mini-batch SGD:

  engine   simulator.training.Trainer.run_epoch (what the app and the CLI run), float64
  engine-f32  the same with precision float32, the app's speed setting
  plain    the textbook's straightforward NumPy loop: shuffle, then per mini-batch
           forward, backward, SGD update (float64, like the engine). Like the engine
           (and like the textbook's training loop, which even spends a second forward
           pass on it) it keeps the epoch's mean loss and accuracy, taken from the same
           forward pass; it starts from the same weights and shuffles the same way, so
           both must report the same first-epoch figures, which is checked.
  torch    PyTorch on the CPU: nn.Sequential, torch.optim.SGD, a manual mini-batch
           loop over pre-made tensors (float32, torch's default; default thread count).
           It keeps the mean loss only; counting accuracy too would only slow it.
  torch-1t the same with torch.set_num_threads(1), for information (no target)
  sklearn  scikit-learn's MLPClassifier, one partial_fit per epoch (solver='sgd',
           no momentum, alpha=0, constant learning rate)

Tasks:
  digits   64-100-10, sigmoid hidden, softmax output, cross-entropy, lr 0.1, batch 100
  spiral   2-8-8-1, tanh hidden, sigmoid output, binary cross-entropy, lr 0.03, batch 10,
           250 training points

Timings alternate round-robin over the implementations (the starting one rotates
every round) so a slow moment of the machine hits all of them alike; each
implementation's figure is the median over the rounds. A ratio such as
engine/plain is the median of the per-round ratios: each round's two samples were
taken seconds apart, so the ratio stays fair while the machine's load drifts (on
a quiet machine it equals the ratio of the medians). The NumPy-based implementations
(engine, plain, sklearn) use the BLAS thread count of the app's training process (one
core left to the window, see ui/training/trainer_process.blas_threads); PyTorch keeps
its own. Targets, on both tasks: the engine (float64) takes at most 1.2x the plain
loop's time and 0.5x scikit-learn's; in float32 at most 0.5x PyTorch's (float32 too).
The last line summarises the ratios; the exit status is 1 when a target is missed.
"""
from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import time
import warnings
from contextlib import nullcontext
from dataclasses import dataclass

import numpy as np
from threadpoolctl import threadpool_limits  # comes with scikit-learn (the bench extra)

from simulator import Network, datasets, optimizers
from simulator.training import Trainer
from ui.training.trainer_process import blas_threads

#: (ours, theirs) → the largest allowed time ratio. The engine in float64 against the float64 plain loop and
#: scikit-learn; in float32 (its speed setting) against PyTorch, which trains in float32 (issue 10).
TARGETS = {("engine", "plain"): 1.2, ("engine-f32", "torch"): 0.5, ("engine", "sklearn"): 0.5}
SETTLE_SECONDS = 0.3


@dataclass(frozen=True)
class Task:
    name: str
    sizes: tuple[int, ...]
    hidden: str
    output: str
    loss: str
    lr: float
    batch_size: int
    X: np.ndarray          # training features
    y: np.ndarray          # class indices
    T: np.ndarray          # targets as the engine sees them (one-hot rows, or a 0/1 column)


def make_tasks() -> list[Task]:
    digits, _ = datasets.make("digits").split(test_fraction=0.2, seed=0)
    spiral, _ = datasets.make("spiral", samples=500, noise=0.0, seed=0).split(test_fraction=0.5, seed=0)
    return [
        Task("digits", (64, 100, 10), "sigmoid", "softmax", "cross_entropy", 0.1, 100,
             digits.X, digits.y, digits.targets(10)),
        Task("spiral", (2, 8, 8, 1), "tanh", "sigmoid", "binary_cross_entropy", 0.03, 10,
             spiral.X, spiral.y, spiral.targets(1)),
    ]


def initial_network(task: Task) -> Network:
    """The starting weights; engine, plain loop and PyTorch all copy these."""
    return Network.build(task.sizes, hidden=task.hidden, output=task.output, init="xavier", seed=0)


# --------------------------------------------------------------------------- implementations
# Each has epoch() (one shuffled pass over the training data) and loss (the last epoch's mean loss);
# engine and plain also have accuracy.

class Engine:
    name = "engine"

    def __init__(self, task: Task):
        self.trainer = Trainer(initial_network(task), task.X, task.T, loss=task.loss,
                               optimizer=optimizers.create("sgd", lr=task.lr), batch_size=task.batch_size, seed=0)
        self.loss = self.accuracy = math.nan

    def epoch(self) -> None:
        stats = self.trainer.run_epoch()
        self.loss, self.accuracy = stats.train_loss, stats.train_accuracy


class EngineFloat32(Engine):
    """The engine with precision float32 (the app's speed setting), as PyTorch trains."""

    name = "engine-f32"

    def __init__(self, task: Task):
        self.trainer = Trainer(initial_network(task), task.X, task.T, loss=task.loss,
                               optimizer=optimizers.create("sgd", lr=task.lr), batch_size=task.batch_size, seed=0,
                               precision="float32")
        self.loss = self.accuracy = math.nan


def _sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def _softmax(a):
    e = np.exp(a - a.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


class Plain:
    """The loop a reader of the textbook would write for this network, nothing clever."""

    name = "plain"
    _hidden = {"sigmoid": (_sigmoid, lambda z: z * (1.0 - z)), "tanh": (np.tanh, lambda z: 1.0 - z * z)}

    def __init__(self, task: Task):
        net = initial_network(task)
        self.W = [layer.W.copy() for layer in net.layers]
        self.b = [layer.b.copy() for layer in net.layers]
        self.f, self.df = self._hidden[task.hidden]
        self.softmax = task.output == "softmax"
        self.X, self.T, self.lr, self.batch_size = task.X, task.T, task.lr, task.batch_size
        self.rng = np.random.default_rng(0)
        self.loss = self.accuracy = math.nan

    def epoch(self) -> None:
        n = len(self.X)
        order = self.rng.permutation(n)
        total, correct = 0.0, 0
        for start in range(0, n, self.batch_size):
            idx = order[start:start + self.batch_size]
            x, t = self.X[idx], self.T[idx]
            # forward, keeping every layer's output for the backward pass
            zs = [x]
            for W, b in zip(self.W[:-1], self.b[:-1]):
                zs.append(self.f(zs[-1] @ W + b))
            a = zs[-1] @ self.W[-1] + self.b[-1]
            if self.softmax:
                y = _softmax(a)
                total += -np.sum(t * np.log(y + 1e-7))
                correct += np.sum(y.argmax(axis=1) == t.argmax(axis=1))
            else:
                y = _sigmoid(a)
                total += -np.sum(t * np.log(y + 1e-7) + (1 - t) * np.log(1 - y + 1e-7))
                correct += np.sum((y > 0.5) == (t > 0.5))
            # backward: softmax/sigmoid + cross-entropy give (y - t) / batch at the output
            da = (y - t) / len(x)
            for k in range(len(self.W) - 1, -1, -1):
                dW, db = zs[k].T @ da, da.sum(axis=0)
                if k:
                    da = (da @ self.W[k].T) * self.df(zs[k])
                self.W[k] -= self.lr * dW
                self.b[k] -= self.lr * db
        self.loss, self.accuracy = total / n, correct / n


class Torch:
    """PyTorch with its default number of threads (the figure the targets use)."""

    name = "torch"
    threads: int | None = None  # None: torch's default
    default_threads: int | None = None  # noted before anything changes it

    def __init__(self, task: Task):
        import torch
        from torch import nn
        self.torch = torch
        if Torch.default_threads is None:
            Torch.default_threads = torch.get_num_threads()
        torch.manual_seed(0)
        net = initial_network(task)
        act = {"sigmoid": nn.Sigmoid, "tanh": nn.Tanh}[task.hidden]
        modules = []
        for k, layer in enumerate(net.layers):
            linear = nn.Linear(layer.n_in, layer.n_out)
            with torch.no_grad():  # same starting weights as the engine (torch stores W transposed)
                linear.weight.copy_(torch.from_numpy(layer.W.T))
                linear.bias.copy_(torch.from_numpy(layer.b))
            modules.append(linear)
            if k < len(net.layers) - 1:
                modules.append(act())
        # The idiomatic output: logits into a loss that applies softmax/sigmoid itself (same maths).
        self.model = nn.Sequential(*modules)
        if task.output == "softmax":
            self.criterion = nn.CrossEntropyLoss()
            self.T = torch.from_numpy(task.y).long()
        else:
            self.criterion = nn.BCEWithLogitsLoss()
            self.T = torch.from_numpy(task.T).float()
        self.X = torch.from_numpy(task.X).float()
        self.optimizer = torch.optim.SGD(self.model.parameters(), lr=task.lr)
        self.batch_size = task.batch_size
        self.loss = math.nan

    def before_sample(self) -> None:
        self.torch.set_num_threads(self.threads or self.default_threads)

    def epoch(self) -> None:
        torch = self.torch
        n = len(self.X)
        order = torch.randperm(n)
        total = 0.0
        for start in range(0, n, self.batch_size):
            idx = order[start:start + self.batch_size]
            x, t = self.X[idx], self.T[idx]
            self.optimizer.zero_grad()
            loss = self.criterion(self.model(x), t)
            loss.backward()
            self.optimizer.step()
            total += loss.item() * len(idx)
        self.loss = total / n


class TorchOneThread(Torch):
    """For information only: on a small machine one thread can beat the default for networks this small."""

    name = "torch-1t"
    threads = 1


class Sklearn:
    name = "sklearn"

    def __init__(self, task: Task):
        from sklearn.neural_network import MLPClassifier
        self.model = MLPClassifier(
            hidden_layer_sizes=task.sizes[1:-1], activation={"sigmoid": "logistic", "tanh": "tanh"}[task.hidden],
            solver="sgd", learning_rate="constant", learning_rate_init=task.lr, momentum=0.0,
            nesterovs_momentum=False, alpha=0.0, batch_size=task.batch_size, shuffle=True, random_state=0)
        self.X, self.y = task.X, task.y
        self.classes = np.unique(task.y)
        self.loss = math.nan

    def epoch(self) -> None:
        self.model.partial_fit(self.X, self.y, classes=self.classes)
        self.loss = self.model.loss_


IMPLEMENTATIONS = (Engine, EngineFloat32, Plain, Torch, TorchOneThread, Sklearn)
NUMPY_BASED = {Engine.name, EngineFloat32.name, Plain.name, Sklearn.name}
NUMPY_BLAS_THREADS = blas_threads(os.cpu_count())


# --------------------------------------------------------------------------- timing

def _seconds_per_epoch(impl, epochs: int) -> float:
    getattr(impl, "before_sample", lambda: None)()
    # NumPy-based implementations get the BLAS thread count of the app's training process (one core
    # left to the window); PyTorch keeps its own threads (torch-1t shows it on one).
    limits = threadpool_limits(NUMPY_BLAS_THREADS, user_api="blas") if impl.name in NUMPY_BASED else nullcontext()
    with limits:
        start = time.perf_counter()
        for _ in range(epochs):
            impl.epoch()
        return (time.perf_counter() - start) / epochs


def benchmark(task: Task, rounds: int, seconds: float) -> dict[tuple[str, str], float]:
    """Median ours/theirs time ratio for the engine (both precisions) against every other implementation,
    measured round-robin (see the top)."""
    impls = [cls(task) for cls in IMPLEMENTATIONS]
    first_loss, first_accuracy, epochs = {}, {}, {}
    for impl in impls:  # one epoch to warm up, then size each sample to take about `seconds`
        _seconds_per_epoch(impl, 1)
        first_loss[impl.name], first_accuracy[impl.name] = impl.loss, getattr(impl, "accuracy", None)
        epochs[impl.name] = max(1, round(seconds / _seconds_per_epoch(impl, 3)))
    samples: dict[str, list[float]] = {impl.name: [] for impl in impls}
    for r in range(rounds):
        for impl in impls[r % len(impls):] + impls[:r % len(impls)]:
            # OpenBLAS (NumPy) and OpenMP (PyTorch) worker threads keep spinning for a while after
            # their last job; a pause lets them go idle so one library's threads do not slow the next.
            time.sleep(SETTLE_SECONDS)
            samples[impl.name].append(1000 * _seconds_per_epoch(impl, epochs[impl.name]))
    medians = {name: statistics.median(values) for name, values in samples.items()}
    print(f"\n{task.name}: {'-'.join(map(str, task.sizes))}, {task.hidden}/{task.output}, {task.loss}, "
          f"SGD lr {task.lr}, batch {task.batch_size}, {len(task.X)} training samples, {rounds} rounds")
    for impl in impls:
        spread = samples[impl.name]
        print(f"  {impl.name:8s} {medians[impl.name]:8.3f} ms/epoch  (min {min(spread):.3f}, max {max(spread):.3f}; "
              f"{epochs[impl.name]} epochs per sample; first-epoch loss {first_loss[impl.name]:.6f})")
    # Same start weights, same shuffles: the engine and the plain loop must agree to rounding.
    agree = (math.isclose(first_loss["engine"], first_loss["plain"], rel_tol=1e-9)
             and first_accuracy["engine"] == first_accuracy["plain"])
    print(f"  engine and plain loop {'agree' if agree else 'DISAGREE'} on the first epoch's loss and accuracy"
          + ("" if agree else f" ({first_loss['engine']!r} vs {first_loss['plain']!r})"))
    if not agree:
        raise SystemExit("the plain loop does not compute what the engine computes; fix the benchmark")
    ratios = {}
    for ours in (Engine.name, EngineFloat32.name):
        for impl in impls:
            if impl.name in (Engine.name, EngineFloat32.name):
                continue
            per_round = [e / o for e, o in zip(samples[ours], samples[impl.name])]
            ratios[ours, impl.name] = statistics.median(per_round)
            print(f"  {ours}/{impl.name:8s} {ratios[ours, impl.name]:.2f}  (median of the per-round ratios; "
                  f"range {min(per_round):.2f}-{max(per_round):.2f}; ratio of the medians "
                  f"{medians[ours] / medians[impl.name]:.2f})")
    return ratios


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=9, help="round-robin rounds per task (default 9)")
    parser.add_argument("--seconds", type=float, default=0.2,
                        help="approximate length of one timed sample (default 0.2 s)")
    args = parser.parse_args(argv)

    import sklearn
    import torch
    warnings.filterwarnings("ignore", module="sklearn")  # partial_fit's convergence chatter
    print(f"numpy {np.__version__}, torch {torch.__version__} ({torch.get_num_threads()} threads), "
          f"scikit-learn {sklearn.__version__}, Python {sys.version.split()[0]}")

    parts, info, all_met = [], [], True
    for task in make_tasks():
        ratio_to = benchmark(task, args.rounds, args.seconds)
        info.append(f"{task.name} {ratio_to[EngineFloat32.name, TorchOneThread.name]:.2f}")
        ratios = []
        for (ours, other), limit in TARGETS.items():
            ratio = ratio_to[ours, other]
            all_met &= ratio <= limit
            ratios.append(f"{ours}/{other} {ratio:.2f}" + ("" if ratio <= limit else f" (> {limit})"))
        parts.append(f"{task.name}: " + " ".join(ratios))
    print(f"\nINFO engine-f32/{TorchOneThread.name} (PyTorch limited to one thread; no target): {', '.join(info)}")
    print("SUMMARY " + " | ".join(parts) + (" | all targets met" if all_met else " | TARGET MISSED"))
    return 0 if all_met else 1


if __name__ == "__main__":
    sys.exit(main())
