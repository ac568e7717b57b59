"""How fast does training run inside the app, and does the window stay responsive?

    python benchmarks/bench_app.py [--seconds S] [--rounds N] [--detail] [--profile]

Runs the real main window offscreen with the spiral task (2-8-8-1, tanh hidden,
sigmoid output, binary cross-entropy, 250 training points, batch 10, SGD lr 0.03),
every plot and the decision-boundary heatmap live, and trains for S seconds in
total (default 8). The headless engine (simulator Trainer alone, same task, same
process) is timed in between: N rounds (default 8) alternate headless and in-app
timing, so a slow moment of the machine hits both alike. It prints:

  - epochs per second in the app and headless, and their ratio (per round too);
  - snapshots per second, the GUI time per snapshot and the CPU time of the worker
    process and of the GUI thread;
  - the event-loop lag: how late a 10 ms QTimer fires (p50, p99);
  - the GUI time per snapshot applied to the document and the views that follow
    synchronously; with --detail also every plot redraw and every view's paint
    (those timers cost a little GUI time themselves). Training runs in its own process,
    so GUI time no longer takes time from training (unless both want the same core).

Targets: in-app ≥ 90 % of headless and ≥ 300 epochs/s; p99 lag ≤ 20 ms. The last
line summarises; the exit status is 1 when a target is missed. `--profile` adds a
cProfile of the GUI thread (top functions by own time). Not a test: on a shared
machine the engine's own speed varies by ±20 % from second to second.
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_RATIO = 0.90
TARGET_EPOCHS_PER_SECOND = 300.0
TARGET_P99_LAG_MS = 20.0
LAG_TIMER_MS = 10

SPIRAL_DATASET = {"name": "spiral", "samples": 500, "noise": 0.0, "test_fraction": 0.5, "seed": 0}
SPIRAL_TRAINING = {"loss": "binary_cross_entropy", "optimizer": {"name": "sgd", "lr": 0.03}, "batch_size": 10,
                   "epochs": 10_000_000, "init": "xavier", "seed": 0, "weight_decay": 0.0}


def spiral_network():
    from simulator import Network
    return Network.build([2, 8, 8, 1], hidden="tanh", output="sigmoid", init="xavier", seed=0)


def headless_epochs(seconds: float) -> tuple[int, float]:
    """The engine alone on the same task: Trainer.run_epoch in a loop, test set evaluated each epoch.

    Returns (epochs, seconds taken).
    """
    from simulator import datasets, optimizers
    from simulator.training import Trainer

    train, test = datasets.make("spiral", samples=500, noise=0.0, seed=0).split(0.5, 0)
    trainer = Trainer(spiral_network(), train.X, train.targets(1), loss="binary_cross_entropy",
                      optimizer=optimizers.create("sgd", lr=0.03), batch_size=10, seed=0,
                      X_test=test.X, T_test=test.targets(1))
    start = time.perf_counter()
    epochs = 0
    while time.perf_counter() - start < seconds:
        trainer.run_epoch()
        epochs += 1
    return epochs, time.perf_counter() - start


def isolate_settings() -> None:
    """Keep the benchmark's window state out of the user's preferences."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("SynapticaBenchmark")
    QCoreApplication.setApplicationName("SynapticaBenchmark")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = tempfile.mkdtemp(prefix="synaptica-bench-")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, folder)


class Timings:
    """Wraps callables to add up how long the GUI thread spends in them."""

    def __init__(self):
        self.samples: dict[str, list[float]] = {}

    def wrap(self, owner, name: str, label: str) -> None:
        original = getattr(owner, name)
        samples = self.samples.setdefault(label, [])   # several owners may share a label

        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                samples.append(time.perf_counter() - start)

        setattr(owner, name, timed)

    def report(self, seconds: float) -> list[str]:
        lines = []
        for label, values in self.samples.items():
            if values:
                mean, p99 = 1000 * statistics.mean(values), 1000 * percentile(values, 99)
                lines.append(f"  {label:<30} {len(values) / seconds:6.1f}/s  mean {mean:6.2f} ms  p99 {p99:6.2f} ms"
                             f"  = {100 * sum(values) / seconds:4.1f} % of the time")
        return lines


def thread_cpu_seconds(native_id: int) -> float:
    """CPU time a thread of this process has used (Linux: /proc/self/task/<id>/schedstat)."""
    try:
        with open(f"/proc/self/task/{native_id}/schedstat") as f:
            return int(f.read().split()[0]) / 1e9
    except OSError:
        return float("nan")


def process_cpu_seconds(pid: int) -> float:
    """CPU time (user + system) another process has used (Linux: /proc/<pid>/stat)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


class LagTimer:
    """A precise LAG_TIMER_MS timer that records how late each tick comes: the event loop's lag."""

    def __init__(self):
        from PySide6.QtCore import QTimer
        self.lateness: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setTimerType(self._timer.timerType().PreciseTimer)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.lateness.append(max(0.0, now - self._last - LAG_TIMER_MS / 1000))
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start(LAG_TIMER_MS)

    def stop(self) -> None:
        self._timer.stop()


def percentile(values, p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def make_window(app):
    from ui.main_window import MainWindow
    from ui.training import install_training

    window = MainWindow()
    session = window.training if hasattr(window, "training") else install_training(window)
    session.set_speed(10)   # as fast as possible: this measures throughput
    window.document.set_contents(spiral_network(), name="Spiral benchmark", training=SPIRAL_TRAINING,
                                 dataset=SPIRAL_DATASET)
    window.resize(1400, 900)
    window.show()
    for _ in range(10):
        app.processEvents()
    window.view.fit()
    session.step_batch()          # start the worker process (≈ 0.5 s) before anything is timed
    while session.busy:
        app.processEvents()
    return window, session


def dock_title(widget) -> str:
    """The title of the dock a widget sits in ("canvas" for the central widget)."""
    from PySide6.QtWidgets import QDockWidget

    parent = widget
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return "canvas" if parent is None else parent.windowTitle().lower()


def run_app(app, seconds: float, headless_seconds: float, rounds: int, profile: bool, detail: bool) -> dict:
    """Alternate headless and in-app timing `rounds` times, so a busy moment of the machine hits both."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QGraphicsView

    window, session = make_window(app)
    timings = Timings()
    timings.wrap(session, "_apply", "snapshot → document + views")
    if detail:   # these wrappers cost GUI time themselves, so they are optional
        for name, plot in session.plots.items():
            timings.wrap(plot._throttle, "_redraw", f"{name} plot redraw")
        for view in window.findChildren(QGraphicsView):
            timings.wrap(view, "paintEvent", f"{dock_title(view)} paint")
    lag = LagTimer()
    lateness = lag.lateness
    profiler = cProfile.Profile() if profile else None
    result = {"app_epochs": 0, "app_seconds": 0.0, "headless_epochs": 0, "headless_seconds": 0.0,
              "waiting": 0.0, "gui_cpu": 0.0, "worker_cpu": 0.0, "headless_rounds": [], "app_rounds": []}
    for _ in range(rounds):
        epochs, elapsed = headless_epochs(headless_seconds / rounds)
        result["headless_epochs"] += epochs
        result["headless_seconds"] += elapsed
        result["headless_rounds"].append(epochs / elapsed)

        loop = QEventLoop()
        epochs_at_start = session.epoch
        start = time.perf_counter()
        session.play()
        pid = session.worker_pid
        gui_cpu = thread_cpu_seconds(threading.get_native_id())
        worker_cpu = process_cpu_seconds(pid)
        lag.start()
        QTimer.singleShot(round(1000 * seconds / rounds), loop.quit)
        if profiler:
            profiler.enable()
        loop.exec()
        if profiler:
            profiler.disable()
        result["gui_cpu"] += thread_cpu_seconds(threading.get_native_id()) - gui_cpu
        result["worker_cpu"] += process_cpu_seconds(pid) - worker_cpu
        elapsed = time.perf_counter() - start
        session.pause()             # parks within one mini-batch; recording the run is not timed
        lag.stop()
        result["app_epochs"] += session.epoch - epochs_at_start
        result["app_seconds"] += elapsed
        result["app_rounds"].append((session.epoch - epochs_at_start) / elapsed)
    result.update(lateness=lateness, timings=timings, profiler=profiler, snapshots=session.snapshots_shown,
                  busy=session.gui_seconds_total / max(1, session.snapshots_shown))
    window.document.undo_stack.setClean()   # no "save changes?" question
    window.close()
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=8.0, help="how long to train in the app (default 8)")
    parser.add_argument("--headless-seconds", type=float, default=4.0, help="how long to time the engine alone")
    parser.add_argument("--rounds", type=int, default=8, help="alternations of headless and in-app timing")
    parser.add_argument("--profile", action="store_true", help="profile the GUI thread with cProfile")
    parser.add_argument("--detail", action="store_true",
                        help="also time every plot redraw and every view's paint (slows the GUI a little)")
    args = parser.parse_args(argv)

    from ui.app import create_application

    app = create_application(sys.argv[:1])
    isolate_settings()
    r = run_app(app, args.seconds, args.headless_seconds, max(1, args.rounds), args.profile, args.detail)

    headless = r["headless_epochs"] / r["headless_seconds"]
    in_app = r["app_epochs"] / r["app_seconds"]
    ratio = in_app / headless
    lateness = r["lateness"]
    p50 = 1000 * percentile(lateness, 50)
    p99 = 1000 * percentile(lateness, 99)
    busy = r["busy"]
    rounds = ", ".join(f"{a:.0f}/{h:.0f}" for a, h in zip(r["app_rounds"], r["headless_rounds"]))
    print("task: spiral 2-8-8-1 tanh/sigmoid, binary cross-entropy, 250 training points, batch 10, sgd lr 0.03")
    print(f"headless engine: {headless:7.1f} epochs/s  over {r['headless_seconds']:.1f} s")
    print(f"in the app:      {in_app:7.1f} epochs/s  over {r['app_seconds']:.1f} s "
          f"(per round app/headless: {rounds})")
    print(f"snapshots: {r['snapshots'] / r['app_seconds']:.1f}/s; the GUI is busy {1000 * busy:.1f} ms per snapshot "
          "(mean); the worker process does not wait for it")
    print(f"CPU time while training in the app: worker process {100 * r['worker_cpu'] / r['app_seconds']:.0f} %, "
          f"GUI thread {100 * r['gui_cpu'] / r['app_seconds']:.0f} % of the wall time")
    print(f"event-loop lag of a {LAG_TIMER_MS} ms timer: p50 {p50:.1f} ms, p99 {p99:.1f} ms "
          f"({len(lateness)} ticks)")
    print("GUI thread" + ("" if args.detail else "; --detail times every view") + ":")
    for line in r["timings"].report(r["app_seconds"]):
        print(line)
    if r["profiler"]:
        print("cProfile of the GUI thread, top 25 by own time:")
        pstats.Stats(r["profiler"]).sort_stats("tottime").print_stats(25)

    missed = []
    if ratio < TARGET_RATIO:
        missed.append(f"in-app {100 * ratio:.0f} % of headless < {100 * TARGET_RATIO:.0f} %")
    if in_app < TARGET_EPOCHS_PER_SECOND:
        missed.append(f"{in_app:.0f} epochs/s < {TARGET_EPOCHS_PER_SECOND:.0f}")
    if p99 > TARGET_P99_LAG_MS:
        missed.append(f"p99 lag {p99:.1f} ms > {TARGET_P99_LAG_MS:.0f} ms")
    summary = (f"in-app {in_app:.0f} epochs/s = {100 * ratio:.0f} % of headless {headless:.0f} "
               f"(targets ≥ {100 * TARGET_RATIO:.0f} %, ≥ {TARGET_EPOCHS_PER_SECOND:.0f}); "
               f"lag p99 {p99:.1f} ms (target ≤ {TARGET_P99_LAG_MS:.0f})")
    print(("FAIL: " + "; ".join(missed) + " — " if missed else "PASS: ") + summary)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
