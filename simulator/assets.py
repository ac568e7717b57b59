"""Where the bundled files live: icons, example networks and datasets.

In the repository they sit in `assets/`; pyproject.toml installs that folder as the
package `synaptica_assets`, so `importlib.resources` finds it the same way from a
wheel, an editable install or a checkout. Everything else asks this module rather
than building paths from `__file__`.
"""
from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

PACKAGE = "synaptica_assets"
#: Where the files are in a checkout that was never installed (`python main.py` with PYTHONPATH set).
CHECKOUT_DIR = Path(__file__).resolve().parent.parent / "assets"


@cache
def root() -> Path:
    """The folder holding icons/, examples/ and datasets/."""
    try:
        found = resources.files(PACKAGE)
    except ModuleNotFoundError:  # not installed: use the checkout's folder
        return CHECKOUT_DIR
    # Wheels install unzipped, so the resources are real files that Qt and open() can read.
    if not isinstance(found, Path):
        raise RuntimeError(f"the bundled files of {PACKAGE} are not on the file system ({found}); "
                           "install Synaptica with pip rather than running it from a zip")
    return found


def examples_dir() -> Path:
    """The folder of bundled example networks (*.json)."""
    return root() / "examples"


def lessons_dir() -> Path:
    """The folder of the guided lessons (*.md)."""
    return root() / "lessons"


def dataset_path(filename: str) -> Path:
    """A bundled dataset file, e.g. dataset_path("iris.csv")."""
    return root() / "datasets" / filename


def icon_path(name: str) -> Path:
    """The SVG of a bundled icon, e.g. icon_path("app"); FileNotFoundError names the folder looked in."""
    path = root() / "icons" / f"{name}.svg"
    if not path.is_file():
        raise FileNotFoundError(f"no icon named {name!r} in {path.parent}")
    return path
