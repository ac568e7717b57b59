"""The wheel's contents as declared in pyproject.toml: every package folder and every bundled file.

CI (.ci/run) builds the wheel and runs it from outside the repository; these checks catch the
usual cause of a broken wheel (a new folder or file that pyproject.toml does not list) in seconds.
"""
from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_code_package_is_listed():
    on_disk = {".".join(init.parent.relative_to(ROOT).parts)
               for top in ("simulator", "ui") for init in (ROOT / top).rglob("__init__.py")}
    listed = set(SETUPTOOLS["packages"])
    assert on_disk <= listed, f"add to [tool.setuptools] packages: {sorted(on_disk - listed)}"


def test_assets_are_installed_as_synaptica_assets():
    assert SETUPTOOLS["package-dir"]["synaptica_assets"] == "assets"
    assert "synaptica_assets" in SETUPTOOLS["packages"]
    assert (ROOT / "assets" / "__init__.py").is_file()


def _ships(name: str, pattern: str) -> bool:
    """Whether setuptools' package-data `pattern` takes `name` (its `*` stays inside one folder)."""
    parts, wanted = name.split("/"), pattern.split("/")
    return len(parts) == len(wanted) and all(fnmatch.fnmatch(p, w) for p, w in zip(parts, wanted))


def test_every_bundled_file_is_package_data():
    patterns = SETUPTOOLS["package-data"]["synaptica_assets"]
    wanted = [p.relative_to(ROOT / "assets").as_posix()
              for folder, glob in (("icons", "*.svg"), ("examples", "*.json"), ("datasets", "*"), ("lessons", "**/*"),
                                 ("i18n", "*.qm"))
              for p in (ROOT / "assets" / folder).glob(glob) if p.is_file()]
    assert len(wanted) > 20
    missing = [name for name in wanted if not any(_ships(name, pattern) for pattern in patterns)]
    assert not missing, f"not shipped in the wheel: {missing}"
