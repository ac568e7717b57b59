"""Toolbar and window icons, drawn as small SVG files in assets/icons."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

ICON_DIR = Path(__file__).resolve().parent.parent / "assets" / "icons"


@cache
def icon(name: str) -> QIcon:
    path = ICON_DIR / f"{name}.svg"
    if not path.exists():
        raise FileNotFoundError(f"no icon named {name!r} in {ICON_DIR}")
    return QIcon(str(path))
