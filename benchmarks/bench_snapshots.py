"""How often does a training run send snapshots to the window? (moved here from a test: it is a rate)

    python benchmarks/bench_snapshots.py [--seconds S]
    python tasks.py bench snapshots

Trains the spiral (2-8-8-1, 250 training points, batch 10) flat out in a TrainingSession
on a plain Document (no window) for S seconds (default 3) and counts the `snapshot`
signals the session emits. Target: between 5 and 36 a second -- enough for the plots
to look live, and throttled to about 30 a second so the GUI does not steal the
worker's time. The last line is a SUMMARY; the exit status is 1 when the rate is off.
"""
from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from simulator import Network  # noqa: E402
from ui.document import Document  # noqa: E402
from ui.training.session import TrainingSession  # noqa: E402

LOW, HIGH = 5.0, 36.0
SPIRAL = {"name": "spiral", "samples": 500, "noise": 0.0, "test_fraction": 0.5, "seed": 0}
TRAINING = {"loss": "binary_cross_entropy", "optimizer": {"name": "sgd", "lr": 0.03}, "batch_size": 10,
            "epochs": 10_000_000, "init": "xavier", "seed": 0, "weight_decay": 0.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])

    document = Document(Network.build([2, 8, 8, 1], hidden="tanh", output="sigmoid", init="xavier", seed=0))
    document.update_metadata(dataset=SPIRAL, training=TRAINING)
    session = TrainingSession(document)
    seen: list[object] = []
    session.snapshot.connect(seen.append)
    session.set_speed(10)  # flat out: only the throttle limits snapshots
    session.play()
    started = time.perf_counter()
    loop = QEventLoop()
    QTimer.singleShot(round(args.seconds * 1000), loop.quit)
    loop.exec()
    session.pause()
    seconds = time.perf_counter() - started
    epochs = session.epoch
    session.stop()
    app.processEvents()

    rate = len(seen) / seconds
    ok = LOW <= rate <= HIGH
    print(f"{len(seen)} snapshots in {seconds:.2f} s ({epochs} epochs)")
    print(f"SUMMARY: {rate:.1f} snapshots/s (target {LOW:.0f}-{HIGH:.0f}/s: {'ok' if ok else 'MISSED'})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
