"""Do the concept labs answer within one frame?

    python benchmarks/bench_labs.py [--repeat N]

Times, in the real widgets offscreen, what one user action costs in CPU time, repaint included
(median of N, default 30):

  - playground: dragging the start point (six optimizer paths of 30 steps recomputed and redrawn);
  - derivatives: dragging x (forward and central errors at 251 step sizes, tangent, readouts);
  - derivatives: moving the learning-rate slider (100 steps of numerical-gradient descent);
  - activations: dragging a (six plots and readouts);
  - digit pad: one pen move on a 60-point stroke, 8×8 image and the digits network's outputs;
  - digit pad: the same for a 28×28 (784-input) network.

Target: every action ≤ 16 ms (one frame at 60 Hz). The last line summarises; exit status 1 on a miss.
Not a test: a shared machine varies from run to run.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_MS = 16.0


def median_ms(action, repeat: int) -> float:
    times = []
    for i in range(repeat):
        start = time.process_time()      # CPU time: other processes on a shared machine do not count
        action(i)
        times.append(1000 * (time.process_time() - start))
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])

    import numpy as np
    from simulator import Network, io
    from ui.document import Document
    from ui.labs.derivatives import DerivativesLab
    from ui.labs.digit_pad import DigitPadLab
    from ui.labs.gallery import ActivationLab
    from ui.labs.playground import OptimizerPlayground

    def shown(widget):
        widget.resize(1280, 760)
        widget.show()
        app.processEvents()
        return widget

    playground = shown(OptimizerPlayground())
    derivatives = shown(DerivativesLab())
    gallery = shown(ActivationLab())
    document = Document()
    loaded = io.load(io.example_paths()["digits"])
    document.set_contents(loaded.network, labels=loaded.labels)
    pad = shown(DigitPadLab(document))
    t = np.linspace(0, 2 * np.pi, 60)
    stroke = list(zip(0.5 + 0.3 * np.cos(t), 0.5 + 0.4 * np.sin(t)))

    def pen_move(i):
        pad.pad.strokes = [stroke[:30 + i % 30]]
        pad.recompute()
        app.processEvents()

    results = {
        "playground: drag start": median_ms(lambda i: (playground.set_start((-7 + 0.01 * i, 2.0)),
                                                       app.processEvents()), args.repeat),
        "derivatives: drag x": median_ms(lambda i: (derivatives.slope.set_x(5 + 0.01 * i),
                                                    app.processEvents()), args.repeat),
        "derivatives: lr slider": median_ms(lambda i: (derivatives.descent.lr_slider.slider.setValue(i % 30),
                                                       app.processEvents()), args.repeat),
        "activations: drag a": median_ms(lambda i: (gallery.gallery.set_a(-2 + 0.01 * i),
                                                    app.processEvents()), args.repeat),
        "digit pad 8×8: pen move": median_ms(pen_move, args.repeat),
    }
    document.set_contents(Network.build([784, 100, 10], hidden="sigmoid", output="softmax", seed=0))
    results["digit pad 28×28: pen move"] = median_ms(pen_move, args.repeat)

    for name, ms in results.items():
        print(f"{name:28s} {ms:7.2f} ms")
    missed = [f"{name} {ms:.1f} ms" for name, ms in results.items() if ms > TARGET_MS]
    summary = ", ".join(f"{name} {ms:.1f}" for name, ms in results.items())
    verdict = "FAIL: " + "; ".join(missed) + " > " if missed else "PASS: "
    print(verdict + f"{TARGET_MS:.0f} ms per action — {summary} ms")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
