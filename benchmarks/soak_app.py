"""Does a long training run in the app keep its memory bounded?

    python benchmarks/soak_app.py [MINUTES]        (default 10)

The same setup as bench_app.py (the real main window offscreen, spiral task, every
plot live) trains without pause for MINUTES, printing the resident memory (VmRSS
from /proc/<pid>/status) of the GUI and of the training worker process every 30
seconds and a summary line at the end: start, end and largest RSS of both, and the
epochs trained. The loss history is bounded (it thins
itself out), so RSS should level off after the first minute. Not a test.
"""
from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPORT_EVERY = 30.0   # seconds


def rss_mb(pid: int | str | None = "self") -> float:
    """Resident memory of a process in MB (Linux); this one by default."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
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
    session.play()
    pid = session.worker_pid
    start_rss = peak = rss_mb()
    start_worker = peak_worker = rss_mb(pid)
    start = time.perf_counter()
    print(f"{0:7.0f} s  RSS GUI {start_rss:7.1f} MB, worker {start_worker:6.1f} MB  epoch {session.epoch}", flush=True)

    def report():
        nonlocal peak, peak_worker
        rss, worker = rss_mb(), rss_mb(pid)
        peak, peak_worker = max(peak, rss), max(peak_worker, worker)
        history = window.document.history
        points = len(history) if history is not None else 0
        print(f"{time.perf_counter() - start:7.0f} s  RSS GUI {rss:7.1f} MB, worker {worker:6.1f} MB  "
              f"epoch {session.epoch:,}  history {points} points  {session.epochs_per_second:.0f} epochs/s", flush=True)

    timer = QTimer()
    timer.timeout.connect(report)
    timer.start(round(REPORT_EVERY * 1000))
    loop = QEventLoop()
    QTimer.singleShot(round(args.minutes * 60_000), loop.quit)
    loop.exec()
    end_rss, end_worker = rss_mb(), rss_mb(pid)
    session.pause()
    timer.stop()
    peak, peak_worker = max(peak, end_rss), max(peak_worker, end_worker)
    epochs = session.epoch
    window.document.undo_stack.setClean()
    window.close()
    print(f"soak {args.minutes:g} min: GUI RSS start {start_rss:.1f} MB, end {end_rss:.1f} MB, max {peak:.1f} MB "
          f"(+{end_rss - start_rss:.1f} MB); worker RSS start {start_worker:.1f} MB, end {end_worker:.1f} MB, "
          f"max {peak_worker:.1f} MB (+{end_worker - start_worker:.1f} MB); {epochs:,} epochs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
