"""How much do big and hostile files cost? Time and memory of loading them.

    python benchmarks/bench_files.py [--rows N] [--points N]
    python tasks.py bench files

Cases (each in a child process, so its peak memory is its own; VmHWM restarts at exec):

  history    a network file with a 10⁶-point loss history: io.load + History.from_dict
             (target: under 2 s; before issue 8 this was quadratic and froze past 240 s)
  csv        a 10⁶-row, 2-feature CSV (19 MB) through csv_import.load, the import
             dialog's reader (target: peak memory above the interpreter ≤ 5× the numeric
             data it returns; the time is reported, for information)
  arrays     40 MB of empty arrays in a network file, the ~100× amplifier of issue 8
             (target: refused, peak ≤ 10× the file + 100 MB)
  floats     40 MB of numbers in a network file's layout, parsed then refused
             (target: peak ≤ 10× the file + 100 MB)

The last line states every figure and target; the exit status is 1 when one is missed.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = """
import sys, time
sys.path.insert(0, {root!r})
from simulator import csv_import, io
from simulator.history import History
kind, path = sys.argv[1], sys.argv[2]
started = time.perf_counter()
outcome, data_bytes = "loaded", 0
try:
    if kind == "csv":
        data = csv_import.load(path)
        data_bytes = data.X.nbytes + data.y.nbytes
    elif kind == "none":
        pass
    else:
        loaded = io.load(path)
        if loaded.history:
            History.from_dict(loaded.history)
except (io.NetworkFileError, csv_import.DatasetError):
    outcome = "refused"
seconds = time.perf_counter() - started
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(outcome, seconds, peak * 1024, data_bytes)
"""


def measure(kind: str, path: Path) -> tuple[str, float, int, int]:
    run = subprocess.run([sys.executable, "-c", _CHILD.format(root=str(ROOT)), kind, str(path)],
                         capture_output=True, text=True, check=True, timeout=600)
    outcome, seconds, peak, data_bytes = run.stdout.split()
    return outcome, float(seconds), int(peak), int(data_bytes)


def write_cases(folder: Path, rows: int, points: int) -> dict[str, Path]:
    sys.path.insert(0, str(ROOT))
    from simulator import Network, io

    net = Network.build([2, 3, 1], hidden="tanh", output="sigmoid", seed=0)
    doc = io.to_dict(net)
    doc["history"] = {"epoch": list(range(1, points + 1)), "train_loss": [1 / (i + 1) for i in range(points)],
                      "train_accuracy": [0.5] * points}
    paths = {"history": folder / "history.json", "csv": folder / "rows.csv", "arrays": folder / "arrays.json",
             "floats": folder / "floats.json"}
    paths["history"].write_text(json.dumps(doc))
    with open(paths["csv"], "w") as f:
        f.write("x1,x2,label\n")
        f.writelines(f"{(i * 7919) % 1000 / 1000:.6f},{(i * 104729) % 1000 / 1000:.6f},{i % 2}\n" for i in range(rows))
    size = 40 * 2 ** 20
    paths["arrays"].write_bytes(b'{"format": "synaptica-network", "version": 1, "layout": {"a": ['
                                + b"[]," * (size // 3) + b"[]]}}")
    paths["floats"].write_bytes(b'{"format": "synaptica-network", "version": 1, "layers": [], "layout": {"a": ['
                                + b"0.5," * (size // 4) + b"0.5]}}")
    return paths


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--points", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        paths = write_cases(Path(folder), args.rows, args.points)
        _, _, base, _ = measure("none", paths["history"])
        results = {kind: measure(kind, path) for kind, path in paths.items()}
        sizes = {kind: path.stat().st_size for kind, path in paths.items()}
    mb = 2 ** 20
    parts, met = [], True
    outcome, seconds, peak, _ = results["history"]
    ok = outcome == "loaded" and seconds < 2.0
    met &= ok
    parts.append(f"history {args.points:,} points {seconds:.2f} s (< 2 s{'' if ok else ' MISSED'})")
    outcome, seconds, peak, data_bytes = results["csv"]
    ratio = (peak - base) / data_bytes
    ok = outcome == "loaded" and ratio <= 5
    met &= ok
    parts.append(f"csv {args.rows:,} rows {sizes['csv'] / mb:.0f} MB: {seconds:.1f} s, "
                 f"peak +{(peak - base) / mb:.0f} MB "
                 f"= {ratio:.1f}x the {data_bytes / mb:.0f} MB of numbers (<= 5x{'' if ok else ' MISSED'})")
    for kind in ("arrays", "floats"):
        outcome, seconds, peak, _ = results[kind]
        limit = 10 * sizes[kind] + 100 * mb
        ok = outcome == "refused" and peak - base <= limit
        met &= ok
        parts.append(f"{kind} {sizes[kind] / mb:.0f} MB {outcome} in {seconds:.1f} s, "
                     f"peak +{(peak - base) / mb:.0f} MB "
                     f"(<= {limit / mb:.0f} MB{'' if ok else ' MISSED'})")
    print(f"interpreter baseline {base / mb:.0f} MB")
    print("SUMMARY " + " | ".join(parts) + (" | all targets met" if met else " | TARGET MISSED"))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
