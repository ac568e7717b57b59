"""Is the live goal check cheap enough to run on every slider move and training snapshot?

    python benchmarks/bench_lessons.py [--repeat N]

For every shipped lesson, times one goal evaluation (`Lesson.checks`, what the app runs after each
document change) in CPU time, median of N (default 20), on its start state and on its solved state.
Gradient-check goals copy the network and compare every parameter; path goals walk the surface;
the others read the state. Also reports how long `solve()` ("Show me", training included) takes.

Target: every evaluation ≤ 16 ms (one frame at 60 Hz). "Show me" is reported, not judged (it runs
once, on request). The last line summarises; exit status 1 on a miss.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time

from simulator import lessons

TARGET_MS = 16.0


def median_ms(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        action()
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    results, solves = {}, {}
    for lesson in lessons.load_all():
        start = lesson.start()
        started = time.process_time()
        solved = lesson.solve()
        solves[lesson.key] = (time.process_time() - started) * 1000
        start.data() if start.data_settings else None       # the app loads its data once, not per check
        results[lesson.key] = max(median_ms(lambda: lesson.checks(start), args.repeat),
                                  median_ms(lambda: lesson.checks(solved), args.repeat))
    for key, ms in results.items():
        print(f"{key:24s} check {ms:7.3f} ms   show me {solves[key]:8.1f} ms")
    missed = [f"{key} {ms:.1f} ms" for key, ms in results.items() if ms > TARGET_MS]
    worst = max(results, key=results.get)
    slowest = max(solves, key=solves.get)
    print(("FAIL: " + "; ".join(missed) + " > " if missed else "PASS: ") +
          f"{TARGET_MS:.0f} ms per goal check — slowest {worst} {results[worst]:.2f} ms; "
          f"Show me slowest {slowest} {solves[slowest]:.0f} ms")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
