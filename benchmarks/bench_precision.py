"""How much faster does the engine train in float32 than in float64?

    python benchmarks/bench_precision.py [--rounds N]

The engine (simulator Trainer, SGD) trains the same network from the same weights in
both precisions, alternating round by round so a busy moment of the machine hits both:

  mnist-size  784-100-10, sigmoid/softmax, cross-entropy, lr 0.1, batch 100, 10,000 generated
              28×28 inputs (a sixth of MNIST, so a round stays short)
  digits      64-100-10, sigmoid/softmax, cross-entropy, lr 0.1, batch 100, the bundled digits

The figure per task is the median of the per-round float64/float32 time ratios. Both
runs must agree on the first epoch's loss to float32's precision (checked). Target:
float32 ≥ 1.6× as fast on both tasks. The last line summarises; exit status 1 on a miss.
"""
from __future__ import annotations

import argparse
import math
import statistics
import sys
import time

import numpy as np

from simulator import Network, datasets, optimizers
from simulator.training import Trainer

TARGET_SPEEDUP = 1.6


def tasks() -> list[tuple[str, list[int], np.ndarray, np.ndarray]]:
    rng = np.random.default_rng(0)
    labels = rng.integers(0, 10, 10_000)
    patterns = rng.random((10, 784)) ** 4
    X = np.clip(patterns[labels] * 0.7 + rng.random((10_000, 784)) * 0.3, 0, 1)
    digits, _ = datasets.make("digits").split(test_fraction=0.2, seed=0)
    return [("mnist-size", [784, 100, 10], X, np.eye(10)[labels]),
            ("digits", [64, 100, 10], digits.X, digits.targets(10))]


def trainer(sizes, X, T, precision: str) -> Trainer:
    net = Network.build(sizes, hidden="sigmoid", output="softmax", init="xavier", seed=0)
    return Trainer(net, X, T, loss="cross_entropy", optimizer=optimizers.create("sgd", lr=0.1), batch_size=100,
                   seed=0, precision=precision)


def seconds_per_epoch(t: Trainer, epochs: int) -> float:
    start = time.perf_counter()
    for _ in range(epochs):
        t.run_epoch()
    return (time.perf_counter() - start) / epochs


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15, help="alternating rounds per task (default 15)")
    args = parser.parse_args(argv)
    parts, met = [], True
    for name, sizes, X, T in tasks():
        exact, fast = trainer(sizes, X, T, "float64"), trainer(sizes, X, T, "float32")
        first = [t.run_epoch().train_loss for t in (exact, fast)]
        if not math.isclose(first[0], first[1], rel_tol=1e-4):
            raise SystemExit(f"{name}: float64 and float32 disagree on the first epoch ({first[0]} vs {first[1]})")
        epochs = max(1, round(0.2 / seconds_per_epoch(exact, 1)))
        ratios, times = [], {"float64": [], "float32": []}
        for r in range(args.rounds):
            pair = [(exact, "float64"), (fast, "float32")]
            for t, label in pair if r % 2 == 0 else pair[::-1]:
                times[label].append(1000 * seconds_per_epoch(t, epochs))
            ratios.append(times["float64"][-1] / times["float32"][-1])
        speedup = statistics.median(ratios)
        met &= speedup >= TARGET_SPEEDUP
        print(f"{name}: {'-'.join(map(str, sizes))}, {len(X)} samples, batch 100: float64 "
              f"{statistics.median(times['float64']):.2f} ms/epoch, float32 {statistics.median(times['float32']):.2f} "
              f"ms/epoch; speed-up {speedup:.2f} (per-round range {min(ratios):.2f}-{max(ratios):.2f})")
        parts.append(f"{name} {speedup:.2f}×" + ("" if speedup >= TARGET_SPEEDUP else f" (< {TARGET_SPEEDUP})"))
    print(("PASS: " if met else "FAIL: ") + "float32 speed-up over float64: " + ", ".join(parts)
          + f" (target ≥ {TARGET_SPEEDUP}×)")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
