"""Ruff (whole repository) and mypy --strict (the engine), as configured in pyproject.toml, must pass."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def tool(name: str) -> str:
    """The tool beside this Python (installed by the `test` extra)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed: pip install -e '.[test]' (python3 tasks.py test does)")
    return found


def test_ruff_finds_nothing():
    result = subprocess.run([tool("ruff"), "check", "--no-cache", "--output-format", "concise", "."], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_on_the_engine_finds_nothing():
    # `files` and `strict` come from [tool.mypy] in pyproject.toml.
    result = subprocess.run([tool("mypy")], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_mypy_would_notice_a_type_error(tmp_path):
    # Guard against a configuration that checks nothing: the same settings on a file with one mistake.
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "simulator").mkdir()
    (tmp_path / "simulator" / "__init__.py").write_text("")
    (tmp_path / "simulator" / "bad.py").write_text("def half(x):\n    return x / 2\n")
    result = subprocess.run([tool("mypy"), "--cache-dir", str(tmp_path / "cache")], cwd=tmp_path,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 1
    assert "bad.py:1: error: Function is missing a type annotation" in result.stdout


# What a test must not call: it waits on a condition or a signal instead, and speed goes in benchmarks/.
WALL_CLOCK_CALLS = ("time.sleep(", "time.perf_counter(", "time.monotonic(", "time.time(", "qtbot.wait(", ".qWait(")


def test_tests_wait_on_conditions_not_on_the_clock():
    this_file = Path(__file__).resolve()
    found = [f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
             for path in sorted((ROOT / "tests").rglob("*.py")) if path.resolve() != this_file
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if any(call in line for call in WALL_CLOCK_CALLS)]
    assert not found, "timing in tests (use qtbot.waitUntil / waitSignal, or a benchmark):\n" + "\n".join(found)
