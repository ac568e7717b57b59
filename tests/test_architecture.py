"""The engine stays free of Qt: an import-linter contract in pyproject.toml, checked by `lint-imports`."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def lint_imports() -> str:
    """The lint-imports beside this Python (installed by the `test` extra)."""
    found = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    if found is None:
        pytest.skip("lint-imports is not installed: pip install -e '.[test]' (python3 tasks.py test does)")
    return found


def run_contracts(cwd: Path, pythonpath: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    return subprocess.run([lint_imports(), "--no-cache"], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120)


def test_the_engine_imports_no_gui_code():
    result = run_contracts(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "simulator (the engine) imports no GUI code KEPT" in result.stdout
    assert "1 kept, 0 broken" in result.stdout


@pytest.mark.parametrize("statement, package, reported", [
    ("import PySide6.QtCore", "PySide6", "simulator.network -> PySide6 (l.1)"),
    ("from pyqtgraph import PlotWidget", "pyqtgraph", "simulator.network -> pyqtgraph (l.1)"),
    ("import superqt", "superqt", "simulator.network -> superqt (l.1)"),
    ("from ui import widgets", "ui", "simulator.network -> ui.widgets (l.1)"),
])
def test_the_contract_notices_a_gui_import(tmp_path, statement, package, reported):
    # Guard against a contract that can never fail: the same configuration on a small engine that imports Qt.
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "simulator").mkdir()
    (tmp_path / "simulator" / "__init__.py").write_text("")
    (tmp_path / "simulator" / "network.py").write_text(statement + "\n")
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "__init__.py").write_text("")
    (tmp_path / "ui" / "widgets.py").write_text("")
    result = run_contracts(tmp_path, pythonpath=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"simulator is not allowed to import {package}:" in result.stdout
    assert reported in result.stdout
