"""Slider drag → repaint latency in the real main window (issue 3 target: ≤ 16 ms for 2-8-8-1).

Opens the main window offscreen on a 2-8-8-1 network, selects a link, holds the
Inspector's weight slider down and moves it many times. Each sample is the time
from the slider's value change until every view has updated and repainted:
all posted events processed, including the window's update request, which
paints every dirty region into the backing store. (Forcing a repaint of the
whole window, clean widgets too, would measure work a real drag never does.) Prints the median and
p95; the last line is the summary; exits non-zero when the target is missed.

    python tasks.py bench ui [--moves N]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from simulator import Network
from ui.app import create_application
from ui.main_window import MainWindow
from ui.selection import LinkRef, NeuronRef

TARGET_MS = 16.0


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def measure(window: MainWindow, app: QApplication, moves: int) -> list[float]:
    slider = window.inspector.page.primary.slider
    slider.setSliderDown(True)  # a drag: every move merges into one undo step
    samples = []
    low, high = slider.minimum() // 2, slider.maximum() // 2
    for i in range(moves):
        value = low + (high - low) * ((i * 37) % 101) / 100
        start = time.perf_counter()
        slider.setValue(int(value))
        app.processEvents()  # every view's update, then the paint of every region they marked dirty
        samples.append((time.perf_counter() - start) * 1000)
    slider.setSliderDown(False)
    return samples


def p95(values: list[float]) -> float:
    return sorted(values)[int(0.95 * (len(values) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--moves", type=int, default=300)
    args = parser.parse_args()
    app = create_application(sys.argv[:1])
    window = MainWindow()
    window.resize(1400, 880)
    window.show()
    window.document.set_contents(Network.build([2, 8, 8, 1], hidden="tanh", output="sigmoid", seed=0),
                                 name="2-8-8-1")
    settle(app)
    results = {}
    for what, ref in (("weight slider", LinkRef(1, 3, 4)), ("bias slider", NeuronRef(2, 4))):
        window.selection.set(ref)
        settle(app)
        measure(window, app, 20)  # warm-up
        samples = measure(window, app, args.moves)
        results[what] = (statistics.median(samples), p95(samples))
        print(f"{what:14s} median {results[what][0]:6.2f} ms   p95 {results[what][1]:6.2f} ms   "
              f"({args.moves} moves)")
    window.document.undo_stack.setClean()
    window.close()
    worst_p95 = max(v[1] for v in results.values())
    worst_median = max(v[0] for v in results.values())
    ok = worst_p95 <= TARGET_MS
    print(f"SUMMARY slider→repaint 2-8-8-1: median {worst_median:.2f} ms, p95 {worst_p95:.2f} ms "
          f"(target ≤ {TARGET_MS:.0f} ms): {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
