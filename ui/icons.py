"""Toolbar and window icons, drawn as small SVG files bundled with the package (see simulator.assets)."""
from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from simulator import assets


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(assets.icon_path(name)))
