"""Run Synaptica or its tests in a project-local virtual environment.

    python tasks.py run [FILE]      start the app (creates .venv and installs on first use)
    python tasks.py test [ARGS]     run the test suite (pytest ARGS)
    python tasks.py bench NAME      run benchmarks/bench_NAME.py (installs the bench extra)

Only the standard library is used here, so this works on a machine that has
nothing but Python and pip. Installation is repeated only when pyproject.toml
changes (a hash of it is kept inside .venv).
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def _ensure_env(extras: str) -> None:
    """Create .venv if needed and install the project with `extras` when pyproject changed."""
    if not PYTHON.exists():
        print(f"Creating virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    stamp = VENV / f".installed-{extras or 'base'}"
    if stamp.exists() and stamp.read_text() == digest:
        return
    print(f"Installing Synaptica and its dependencies ({extras or 'runtime'}) ...", flush=True)
    target = f".[{extras}]" if extras else "."
    _pip("install", "--upgrade", "pip")
    _pip("install", "-e", target)
    stamp.write_text(digest)


def _pip(*args: str) -> None:
    """Run pip quietly; show everything it said only when it fails (build notices are noise otherwise)."""
    result = subprocess.run([str(PYTHON), "-m", "pip", *args, "--quiet"], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"pip {' '.join(args)} failed (exit {result.returncode}); see above")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "bench"}:
        print(__doc__.strip())
        return 2
    command, rest = argv[0], argv[1:]
    if command == "run":
        _ensure_env("")
        return subprocess.call([str(PYTHON), str(ROOT / "main.py"), *rest], cwd=ROOT)
    if command == "test":
        _ensure_env("test")
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        return subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)
    if not rest:
        print("usage: python tasks.py bench NAME   (engine, ui, app, canvas or snapshots)")
        return 2
    _ensure_env("test,bench")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(PYTHON), str(ROOT / "benchmarks" / f"bench_{rest[0]}.py"), *rest[1:]],
                           cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
