"""Does a long training run in the app keep its memory bounded?

    python benchmarks/soak_app.py [MINUTES]        (default 10)

The same setup as bench_app.py (the real main window offscreen, spiral task, every
plot live) trains without pause for MINUTES, printing the resident memory (VmRSS
from /proc/self/status) every 30 seconds and a summary line at the end: start, end
and largest RSS, and the epochs trained. The loss history is bounded (it thins
itself out), so RSS should level off after the first minute. Not a test.
"""
from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPORT_EVERY = 30.0   # seconds


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("minutes", nargs="?", type=float, default=10.0, help="how long to train (default 10)")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QEventLoop, QTimer

    from bench_app import isolate_settings, make_window   # the same setup (benchmarks/ is the script's folder)
    from ui.app import create_application

    app = create_application(sys.argv[:1])
    isolate_settings()
    window, session = make_window(app)
    start_rss = peak = rss_mb()
    start = time.perf_counter()
    print(f"{0:7.0f} s  RSS {start_rss:7.1f} MB  epoch {session.epoch}", flush=True)

    def report():
        nonlocal peak
        rss = rss_mb()
        peak = max(peak, rss)
        history = window.document.history
        points = len(history) if history is not None else 0
        print(f"{time.perf_counter() - start:7.0f} s  RSS {rss:7.1f} MB  epoch {session.epoch:,}  "
              f"history {points} points  {session.epochs_per_second:.0f} epochs/s", flush=True)

    timer = QTimer()
    timer.timeout.connect(report)
    timer.start(round(REPORT_EVERY * 1000))
    loop = QEventLoop()
    QTimer.singleShot(round(args.minutes * 60_000), loop.quit)
    session.play()
    loop.exec()
    session.pause()
    timer.stop()
    end_rss = rss_mb()
    peak = max(peak, end_rss)
    epochs = session.epoch
    window.document.undo_stack.setClean()
    window.close()
    print(f"soak {args.minutes:g} min: RSS start {start_rss:.1f} MB, end {end_rss:.1f} MB, max {peak:.1f} MB "
          f"(+{end_rss - start_rss:.1f} MB); {epochs:,} epochs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
