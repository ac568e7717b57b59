"""The bundled example networks, as a menu and as a list on the side of the window."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from simulator import io

from .i18n import engine_text, translate

#: The order a learner meets them in; any other bundled example follows.
ORDER = ("and", "or", "nand", "xor", "three_layer", "spiral", "digits")


@dataclass(frozen=True)
class Example:
    stem: str
    name: str
    description: str
    path: Path


def bundled_examples() -> list[Example]:
    """Every bundled example network, in learning order; unreadable files are skipped."""
    paths = io.example_paths()
    stems = [s for s in ORDER if s in paths] + sorted(s for s in paths if s not in ORDER)
    found = []
    for stem in stems:
        try:
            data = json.loads(paths[stem].read_text(encoding="utf-8"))
            found.append(Example(stem, data.get("name") or stem, data.get("description", ""), paths[stem]))
        except (OSError, ValueError):
            continue
    return found


class ExamplesPanel(QWidget):
    """A list of the bundled networks; double-click (or Open) opens one."""

    open_requested = Signal(Path)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setToolTip(translate("ExamplesPanel", "Bundled example networks. Double-click one to open it."))
        self.list.setWordWrap(True)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.open_button = QPushButton(translate("ExamplesPanel", "Open example"))
        self.open_button.setToolTip(translate("ExamplesPanel", "Open the selected example network "
                                                               "(your current network is kept until you confirm)"))
        for example in bundled_examples():
            item = QListWidgetItem(engine_text(example.name))   # names and descriptions are engine data
            item.setData(Qt.ItemDataRole.UserRole, example)
            item.setToolTip(engine_text(example.description))
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.about, 2)
        layout.addWidget(self.open_button)
        self.list.currentItemChanged.connect(self._show_description)
        self.list.itemDoubleClicked.connect(self._open)
        self.open_button.clicked.connect(lambda: self._open(self.list.currentItem()))
        if self.list.count():
            self.list.setCurrentRow(0)

    def _show_description(self, item) -> None:
        self.about.setText(engine_text(item.data(Qt.ItemDataRole.UserRole).description) if item else "")

    def _open(self, item) -> None:
        if item is not None:
            self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole).path)
