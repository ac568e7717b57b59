"""Synaptica's version: the installed package's metadata, or pyproject.toml in a checkout that is not installed."""
from __future__ import annotations

import tomllib
from functools import cache
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "synaptica"
PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


@cache
def version() -> str:
    """E.g. "0.1.0"; "0.1.0 (source checkout)" when running uninstalled from the repository."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    try:
        project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
        return f"{project['version']} (source checkout)"
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "unknown (not installed)"
