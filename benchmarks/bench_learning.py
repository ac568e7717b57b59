"""How fast are the "see how it learns" views?

    python benchmarks/bench_learning.py [--rounds N]
    python tasks.py bench learning

  trace ratio  backward_trace (copy + backprop + recording) over net.gradients, same batch
  step         one Next in the step-through window (diagram, tooltips, matrix panel) incl. repaint
  check        the gradient check (backprop + central differences for every parameter)

Networks: the textbook's 2-3-2-2 on one input, the 64-100-10 digits network on a mini-batch of 100.
Targets: a step-through Next on 64-100-10 within 250 ms (it follows arrow keys) and the trace
within 5× net.gradients; the exit status is 1 when one is missed. The last line is a SUMMARY.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from simulator import io  # noqa: E402
from simulator.backprop_check import check_gradients  # noqa: E402
from simulator.trace import backward_trace  # noqa: E402

STEP_TARGET_S = 0.25
TRACE_RATIO_TARGET = 5.0


def median_time(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(app, stem: str, rows: int, rounds: int) -> dict:
    from ui.learning.window import STEP
    from ui.main_window import MainWindow
    net = io.load(io.example_paths()[stem]).network
    rng = np.random.default_rng(0)
    X = rng.uniform(0, 1, (rows, net.n_inputs))
    T = np.eye(net.n_outputs)[rng.integers(0, net.n_outputs, rows)]
    loss = "cross_entropy" if net.layers[-1].activation == "softmax" else "mse"
    gradients = median_time(lambda: net.gradients(X, T, loss), rounds * 10)
    trace = median_time(lambda: backward_trace(net, X, T, loss), rounds * 10)
    check = median_time(lambda: check_gradients(net, X, T, loss), max(1, rounds // 2))

    window = MainWindow()
    window.open_path(io.example_paths()[stem])
    window.show()
    learning = window.open_learning(STEP)
    learning.resize(1280, 800)
    if rows > 1:
        from ui.learning.source import BATCH
        learning.source.set_mode(BATCH, 0)
    app.processEvents()
    learning.refresh()
    page = learning.stepthrough

    def walk():
        page.go((page.index + 1) % len(page.steps))
        learning.grab()                        # a full repaint, as the user sees it
    step = median_time(walk, rounds * len(page.steps))
    window.training.stop()
    window.close()
    return {"trace_ratio": trace / gradients, "trace": trace, "step": step, "check": check,
            "parameters": net.parameter_count()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    results = {"2-3-2-2 (1 row)": measure(app, "three_layer", 1, args.rounds),
               "64-100-10 (100 rows)": measure(app, "digits", 100, args.rounds)}
    header = f"{'network':<22}{'params':>8}{'trace ms':>10}{'trace/grad':>12}{'step ms':>10}{'check ms':>10}"
    print(header)
    print("-" * len(header))
    for name, r in results.items():
        print(f"{name:<22}{r['parameters']:>8}{r['trace'] * 1e3:>10.2f}{r['trace_ratio']:>12.2f}"
              f"{r['step'] * 1e3:>10.1f}{r['check'] * 1e3:>10.1f}")
    big = results["64-100-10 (100 rows)"]
    ok = big["step"] <= STEP_TARGET_S and big["trace_ratio"] <= TRACE_RATIO_TARGET
    print(f"SUMMARY: 64-100-10 step-through Next {big['step'] * 1e3:.0f} ms (target <= {STEP_TARGET_S * 1e3:.0f} ms), "
          f"backward_trace {big['trace_ratio']:.1f}x net.gradients (target <= {TRACE_RATIO_TARGET:g}x), "
          f"gradient check {big['check']:.2f} s: {'ok' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
