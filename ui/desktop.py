"""`synaptica --install-desktop-entry`: a menu entry and icon for Linux desktops (freedesktop.org layout).

The entry is written for the current user only (no root needed) and launches the very Python
environment that wrote it, so it keeps working for an install inside a virtual environment.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from simulator import assets

APP_ID = "synaptica"  # the .desktop file's name; the app sets it as its desktop file name too
# Characters that force quoting of an Exec argument (Desktop Entry Specification, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def supported() -> bool:
    """Desktops that read freedesktop.org entries: Linux and the BSDs (not Windows or macOS)."""
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is not set."""
    configured = os.environ.get("XDG_DATA_HOME", "")
    return Path(configured) if os.path.isabs(configured) else Path.home() / ".local" / "share"


def entry_path(data_dir: Path | None = None) -> Path:
    return (data_dir or data_home()) / "applications" / f"{APP_ID}.desktop"


def icon_path(data_dir: Path | None = None) -> Path:
    return (data_dir or data_home()) / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def launch_arguments() -> list[str]:
    """The `synaptica` script beside this Python, or `python -m ui` when there is none (a checkout)."""
    script = Path(sys.executable).parent / "synaptica"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "ui"]


def exec_line(arguments: list[str]) -> str:
    """The Exec value: arguments quoted and escaped as the specification asks, then `%f` for a file to open."""
    def quoted(argument: str) -> str:
        if not _RESERVED & set(argument):
            return argument
        return '"' + "".join("\\" + c if c in '"`$\\' else c for c in argument) + '"'

    line = " ".join(quoted(a).replace("%", "%%") for a in arguments) + " %f"
    return line.replace("\\", "\\\\")  # string values escape backslashes once more


def entry_text(arguments: list[str]) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=Synaptica",
        "GenericName=Neural network simulator",
        "GenericName[ja]=ニューラルネットワーク・シミュレータ",
        "GenericName[fr]=Simulateur de réseaux de neurones",
        "Comment=See and touch a neural network while you learn how it works",
        "Comment[ja]=ニューラルネットワークを見て、触って、しくみを学びます",
        "Comment[fr]=Voir et manipuler un réseau de neurones pour comprendre son fonctionnement",
        f"Exec={exec_line(arguments)}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Education;ArtificialIntelligence;",
        "Keywords=neural;network;deep learning;perceptron;backpropagation;",
        "Keywords[ja]=ニューラルネットワーク;ディープラーニング;パーセプトロン;誤差逆伝播法;",
        "Keywords[fr]=neurone;réseau;apprentissage profond;perceptron;rétropropagation;",
        "",
    ])


def install(data_dir: Path | None = None) -> list[Path]:
    """Write the entry and the icon; returns the files written. OSError says what could not be written."""
    icon, entry = icon_path(data_dir), entry_path(data_dir)
    for path in (icon, entry):
        path.parent.mkdir(parents=True, exist_ok=True)
    icon.write_bytes(assets.icon_path("app").read_bytes())
    entry.write_text(entry_text(launch_arguments()), encoding="utf-8")
    return [entry, icon]


def remove(data_dir: Path | None = None) -> list[Path]:
    """Delete the entry and the icon written by install(); returns the files that were there."""
    removed = []
    for path in (entry_path(data_dir), icon_path(data_dir)):
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed
