"""Help → About: what Synaptica is, its version and the versions it runs on (for bug reports)."""
from __future__ import annotations

import platform
from html import escape

import numpy as np
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from simulator import assets
from simulator.version import version

from . import icons
from .i18n import translate


def about_text() -> str:
    versions = (f"Python {escape(platform.python_version())} · Qt {escape(qVersion())} · "
                f"PySide6 {escape(pyside_version)} · NumPy {escape(np.__version__)}")
    return (f"<h3>Synaptica {escape(version())}</h3>"
            "<p>" + translate("About", "See and touch a neural network while you learn how it works.") + "</p>"
            "<p>" + translate("About", "Click a neuron or a link on the canvas, drag its slider in the Inspector, "
                                       "and watch the outputs, the truth table and the activation plot follow. "
                                       "Then press Play and watch it learn.") + "</p>"
            f"<p><small>{versions}<br>"
            + translate("About", "Bundled examples and datasets: {0}").format(escape(str(assets.root()))) + "<br>"
            + translate("About", "MIT licence") + "</small></p>")


def about_box(parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.NoIcon, translate("About", "About Synaptica"), about_text(),
                      QMessageBox.StandardButton.Close, parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setIconPixmap(icons.icon("app").pixmap(64, 64))
    return box
