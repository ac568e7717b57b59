"""The engine stays free of Qt: importing every part of `simulator` loads no GUI module."""
import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN_PREFIXES = ("PySide6", "shiboken6", "PyQt", "pyqtgraph")
# Listed explicitly so the test grows with the package; modules not written yet are skipped.
MODULES = (
    "simulator",
    "simulator.activations",
    "simulator.losses",
    "simulator.init",
    "simulator.network",
    "simulator.optimizers",
    "simulator.gradcheck",
    "simulator.io",
    "simulator.datasets",
    "simulator.training",
)

PROBE = textwrap.dedent("""
    import importlib, importlib.util, json, pkgutil, sys
    wanted = json.loads(sys.argv[1])
    import simulator
    # Also any submodule added later that is not in the list above.
    wanted += [f"simulator.{m.name}" for m in pkgutil.iter_modules(simulator.__path__)
               if f"simulator.{m.name}" not in wanted and m.name != "__main__"]
    imported, missing = [], []
    for name in wanted:
        if importlib.util.find_spec(name) is None:
            missing.append(name)
        else:
            importlib.import_module(name)  # an existing module that fails to import fails the test
            imported.append(name)
    print(json.dumps({"imported": imported, "missing": missing, "modules": sorted(sys.modules)}))
""")


def test_importing_the_engine_loads_no_qt():
    result = subprocess.run([sys.executable, "-c", PROBE, json.dumps(list(MODULES))],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    # The core modules exist now and must really have been checked.
    for name in MODULES[:7]:
        assert name in report["imported"], f"{name} was not imported: {report}"
    gui = [m for m in report["modules"] if m.startswith(FORBIDDEN_PREFIXES)]
    assert not gui, f"importing {report['imported']} loaded GUI modules: {gui}"


def test_the_probe_would_notice_qt():
    # Guard against a probe that can never fail: importing a Qt module is seen.
    code = "import sys, PySide6.QtCore; print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "True", result.stderr
