"""Snapshots from the training worker: small pickled messages or shared memory?

    python benchmarks/bench_ipc.py

Sends a real `Snapshot` (weights, metric rows, probe output) of 2-8-8-1 and 784-100-10 to
a spawned process and back over a multiprocessing pipe (the figure is one way: pickle,
send, receive, unpickle), and compares it with copying the same weights into a shared
memory block and out again (the least a shared-memory design costs, before any locking).
At ≤ 30 snapshots a second, the worker spends this fraction of its time on them. The
last line states the choice's cost against a 2 % budget; exit status 1 above it.
"""
from __future__ import annotations

import multiprocessing
import sys
import time
from multiprocessing import shared_memory

import numpy as np

from ui.training.trainer_process import Snapshot

RATE = 30          # snapshots a second at most
BUDGET = 0.02      # share of the worker's time snapshots may cost at the highest rate


def echo(connection) -> None:
    while (message := connection.recv()) is not None:
        connection.send(message)


def snapshot(sizes: list[int]) -> Snapshot:
    rng = np.random.default_rng(0)
    weights = tuple((rng.random((a, b)), rng.random(b)) for a, b in zip(sizes, sizes[1:]))
    return Snapshot(10, 100, ((10, 0.5, 0.4, 0.9, 0.8),), weights, rng.random(sizes[-1]), 12.0)


def main() -> int:
    context = multiprocessing.get_context("spawn")
    worst = 0.0
    for sizes in ([2, 8, 8, 1], [784, 100, 10]):
        message = snapshot(sizes)
        here, there = context.Pipe()
        process = context.Process(target=echo, args=(there,))
        process.start()
        here.send(message)
        here.recv()
        rounds = 300
        start = time.perf_counter()
        for _ in range(rounds):
            here.send(message)
            here.recv()
        pipe = (time.perf_counter() - start) / rounds / 2
        here.send(None)
        process.join()
        total = sum(W.size + b.size for W, b in message.weights)
        block = shared_memory.SharedMemory(create=True, size=total * 8)
        flat = np.ndarray((total,), dtype=float, buffer=block.buf)
        start = time.perf_counter()
        for _ in range(rounds):
            i = 0
            for W, b in message.weights:
                flat[i:i + W.size] = W.ravel()
                i += W.size
                flat[i:i + b.size] = b
                i += b.size
            flat.copy()
        shared = (time.perf_counter() - start) / rounds
        del flat
        block.close()
        block.unlink()
        worst = max(worst, pipe * RATE)
        print(f"{'-'.join(map(str, sizes))} ({total} weights): pickled message {1000 * pipe:.3f} ms one way, "
              f"shared memory copy in and out {1000 * shared:.3f} ms; at {RATE}/s the messages cost "
              f"{100 * pipe * RATE:.2f} % of the worker's time")
    verdict = "PASS" if worst <= BUDGET else "FAIL"
    print(f"{verdict}: pickled messages cost at most {100 * worst:.2f} % of the worker's time "
          f"(budget {100 * BUDGET:.0f} %); shared memory would save that but needs locking and cleanup")
    return 0 if worst <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
