"""MNIST scale in the running app: does training keep its speed, and the window its responsiveness?

    python benchmarks/bench_mnist_app.py [--images FILE --labels FILE] [--seconds S] [--rounds N]

Trains 784-100-10 (sigmoid hidden, softmax output, cross-entropy, SGD lr 0.1, batch 100)
on 60,000 × 784 inputs: MNIST's IDX files when given, otherwise generated images of
that size (written as IDX files to a temporary folder, so the app imports them like
real MNIST and the worker process reads them from disk). The real main window runs
offscreen with every plot live. Rounds alternate the headless engine (a Trainer in a
process of its own, like the app's worker) and the app, so a busy moment hits both alike.
Speed is compared in mini-batches per second (an epoch takes 600 of them).

Prints the in-app / headless ratio, the event-loop lag of a 10 ms timer (p50, p99) and
the resident memory of the GUI and worker processes. Targets: in-app ≥ 90 % of
headless, p99 lag ≤ 30 ms, resident memory of both processes together
≤ 2 × the dataset + 300 MB. The last line summarises; exit status 1 on a miss.
"""
from __future__ import annotations

import argparse
import multiprocessing
import cProfile
import pstats
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_app import (LAG_TIMER_MS, LagTimer, isolate_settings, percentile, process_cpu_seconds,  # noqa: E402
                       thread_cpu_seconds)
from soak_app import rss_mb  # noqa: E402

TARGET_RATIO = 0.90
TARGET_P99_LAG_MS = 30.0
SAMPLES, SIDE, CLASSES = 60_000, 28, 10
TRAINING = {"loss": "cross_entropy", "optimizer": {"name": "sgd", "lr": 0.1}, "batch_size": 100,
            "epochs": 1000, "init": "xavier", "seed": 0, "weight_decay": 0.0}


def write_idx(path: Path, array) -> None:
    """An IDX file of unsigned bytes (MNIST's format)."""
    import numpy as np

    header = bytes([0, 0, 0x08, array.ndim]) + b"".join(int(n).to_bytes(4, "big") for n in array.shape)
    path.write_bytes(header + np.ascontiguousarray(array, dtype=np.uint8).tobytes())


def generated_mnist(folder: Path) -> tuple[Path, Path]:
    """60,000 28×28 images: each class a blurry stroke pattern plus noise, so a network can learn them."""
    import numpy as np

    rng = np.random.default_rng(0)
    labels = rng.integers(0, CLASSES, SAMPLES).astype(np.uint8)
    patterns = rng.random((CLASSES, SIDE, SIDE)) ** 4 * 255
    images = np.clip(patterns[labels] * 0.7 + rng.random((SAMPLES, SIDE, SIDE)) * 80, 0, 255).astype(np.uint8)
    images_path, labels_path = folder / "train-images-idx3-ubyte", folder / "train-labels-idx1-ubyte"
    write_idx(images_path, images)
    write_idx(labels_path, labels)
    return images_path, labels_path


def network():
    from simulator import Network
    return Network.build([SIDE * SIDE, 100, CLASSES], hidden="sigmoid", output="softmax", init="xavier", seed=0)


def headless_server(connection, spec: dict) -> None:
    """The engine alone, in its own process like the app's worker: ("run", seconds) -> (steps, seconds, RSS)."""
    from simulator import dataspec, optimizers
    from simulator.training import Trainer

    train, _ = dataspec.split(dataspec.load(spec), spec)
    trainer = Trainer(network(), train.X, train.targets(CLASSES), loss="cross_entropy",
                      optimizer=optimizers.create("sgd", lr=0.1), batch_size=100, seed=0)
    connection.send("ready")
    while (message := connection.recv()) is not None:
        start = time.perf_counter()
        steps = 0
        while time.perf_counter() - start < message:
            trainer.step()
            steps += 1
        connection.send((steps, time.perf_counter() - start, rss_mb()))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--images", help="MNIST images IDX file (default: generated data of that size)")
    parser.add_argument("--labels", help="MNIST labels IDX file")
    parser.add_argument("--seconds", type=float, default=12.0, help="how long to train in the app (default 12)")
    parser.add_argument("--rounds", type=int, default=4, help="alternations of headless and in-app timing")
    parser.add_argument("--profile", action="store_true", help="profile the GUI thread while training")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QMessageBox

    from simulator import dataspec
    from ui.app import create_application
    from ui.main_window import MainWindow
    from ui.training.trainer_process import worker_environment

    app = create_application(sys.argv[:1])
    isolate_settings()
    folder = tempfile.TemporaryDirectory(prefix="synaptica-mnist-")
    if args.images:
        images, labels = Path(args.images), Path(args.labels) if args.labels else None
    else:
        images, labels = generated_mnist(Path(folder.name))
    spec = {"name": dataspec.idx_name(images, labels), "test_fraction": 0.0, "seed": 0}

    window = MainWindow()
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    session = window.training
    session.set_speed(10)
    window.document.set_contents(network(), name="MNIST scale", training=TRAINING, dataset=spec)
    window.resize(1400, 900)
    window.show()
    for _ in range(10):
        app.processEvents()
    if session.problem():
        raise SystemExit(f"cannot train: {session.problem()}")
    dataset_mb = session.dataset.X.nbytes / 2 ** 20
    session.step_batch()                 # start the worker and load the data there before timing
    while session.busy:
        app.processEvents()

    train = session.train
    context = multiprocessing.get_context("spawn")
    headless_pipe, child = context.Pipe()
    server = context.Process(target=headless_server, args=(child, spec), daemon=True)
    with worker_environment():      # the same BLAS threads as the app's worker
        server.start()
    headless_pipe.recv()
    lag = LagTimer()
    lateness = lag.lateness
    profiler = cProfile.Profile() if args.profile else None
    headless = [0, 0.0]
    in_app = [0, 0.0]
    cpu = {"gui": 0.0, "worker": 0.0}
    peak = {"gui": 0.0, "worker": 0.0}
    for _ in range(max(1, args.rounds)):
        headless_pipe.send(args.seconds / args.rounds / 2)
        steps, elapsed, headless_rss = headless_pipe.recv()
        headless[0] += steps
        headless[1] += elapsed
        loop = QEventLoop()
        steps_before = session.step
        start = time.perf_counter()
        session.play()
        pid = session.worker_pid
        gui_cpu, worker_cpu = thread_cpu_seconds(threading.get_native_id()), process_cpu_seconds(pid)
        lag.start()
        QTimer.singleShot(round(1000 * args.seconds / args.rounds), loop.quit)
        if profiler:
            profiler.enable()
        loop.exec()
        if profiler:
            profiler.disable()
        cpu["gui"] += thread_cpu_seconds(threading.get_native_id()) - gui_cpu
        cpu["worker"] += process_cpu_seconds(pid) - worker_cpu
        peak["gui"], peak["worker"] = max(peak["gui"], rss_mb()), max(peak["worker"], rss_mb(pid))
        elapsed = time.perf_counter() - start
        session.pause()
        lag.stop()
        in_app[0] += session.step - steps_before
        in_app[1] += elapsed
    headless_pipe.send(None)
    server.join()
    window.document.undo_stack.setClean()
    window.close()
    folder.cleanup()

    headless_rate, app_rate = headless[0] / headless[1], in_app[0] / in_app[1]
    ratio = app_rate / headless_rate
    p50, p99 = 1000 * percentile(lateness, 50), 1000 * percentile(lateness, 99)
    memory = peak["gui"] + peak["worker"]
    memory_limit = 2 * dataset_mb + 300
    print(f"task: 784-100-10 sigmoid/softmax, cross-entropy, SGD lr 0.1, batch 100, {train.n_samples} × "
          f"{train.n_features} inputs ({'given IDX files' if args.images else 'generated'}, {dataset_mb:.0f} MB)")
    print(f"headless engine: {headless_rate:7.1f} mini-batches/s = {headless_rate / 600:.2f} epochs/s")
    print(f"in the app:      {app_rate:7.1f} mini-batches/s = {app_rate / 600:.2f} epochs/s")
    print(f"CPU while training in the app: worker process {100 * cpu['worker'] / in_app[1]:.0f} %, "
          f"GUI thread {100 * cpu['gui'] / in_app[1]:.0f} % of the wall time")
    print(f"event-loop lag of a {LAG_TIMER_MS} ms timer: p50 {p50:.1f} ms, p99 {p99:.1f} ms ({len(lateness)} ticks)")
    print(f"resident memory: GUI {peak['gui']:.0f} MB, worker {peak['worker']:.0f} MB "
          f"(the headless engine alone: {headless_rss:.0f} MB)")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    missed = []
    if ratio < TARGET_RATIO:
        missed.append(f"in-app {100 * ratio:.0f} % < {100 * TARGET_RATIO:.0f} %")
    if p99 > TARGET_P99_LAG_MS:
        missed.append(f"p99 lag {p99:.1f} ms > {TARGET_P99_LAG_MS:.0f} ms")
    if memory > memory_limit:
        missed.append(f"memory {memory:.0f} MB > {memory_limit:.0f} MB")
    summary = (f"in-app {100 * ratio:.0f} % of headless (target ≥ {100 * TARGET_RATIO:.0f} %); lag p99 {p99:.1f} ms "
               f"(target ≤ {TARGET_P99_LAG_MS:.0f}); memory {memory:.0f} MB (target ≤ {memory_limit:.0f})")
    print(("FAIL: " + "; ".join(missed) + " — " if missed else "PASS: ") + summary)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
