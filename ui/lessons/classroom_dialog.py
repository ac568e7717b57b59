"""Choosing classroom mode's settings: font size, line width and which panels to hide."""
from __future__ import annotations

import copy

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QDockWidget, QDoubleSpinBox, QFormLayout, QLabel,
                               QListWidget, QListWidgetItem, QVBoxLayout)

from simulator import classroom

from ..i18n import translate

TITLES = {"toolbar": QT_TRANSLATE_NOOP("ClassroomDialog", "Toolbar"),
          "statusbar": QT_TRANSLATE_NOOP("ClassroomDialog", "Status bar")}


class ClassroomDialog(QDialog):
    """Edits the document's classroom settings; `settings()` gives the validated result."""

    def __init__(self, window, current: dict | None = None):
        super().__init__(window)
        self.setWindowTitle(translate("ClassroomDialog", "Classroom mode"))
        current = classroom.validate(current or copy.deepcopy(classroom.DEFAULT))
        self.scale = QDoubleSpinBox()
        self.scale.setRange(*classroom.SCALE_RANGE)
        self.scale.setSingleStep(0.25)
        self.scale.setSuffix(" ×")
        self.scale.setValue(current["scale"])
        self.line_width = QDoubleSpinBox()
        self.line_width.setRange(*classroom.LINE_RANGE)
        self.line_width.setSingleStep(0.5)
        self.line_width.setSuffix(" ×")
        self.line_width.setValue(current["line_width"])
        self.hidden = QListWidget()
        for name in classroom.HIDEABLE:
            dock = window.findChild(QDockWidget, name)
            title = translate("ClassroomDialog", TITLES[name]) if name in TITLES else None
            item = QListWidgetItem(title or (dock.windowTitle() if dock is not None else name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in current["hide"] else Qt.CheckState.Unchecked)
            self.hidden.addItem(item)
        form = QFormLayout()
        form.addRow(translate("ClassroomDialog", "Text size"), self.scale)
        form.addRow(translate("ClassroomDialog", "Line width on the canvas"), self.line_width)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("ClassroomDialog", "For a projector: larger text, thicker links, fewer "
                                                             "panels.\nSaved with the network file.")))
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("ClassroomDialog", "Hide while classroom mode is on:")))
        layout.addWidget(self.hidden)
        layout.addWidget(buttons)

    def settings(self) -> dict:
        hide = [self.hidden.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.hidden.count())
                if self.hidden.item(i).checkState() == Qt.CheckState.Checked]
        return classroom.validate({"scale": self.scale.value(), "line_width": self.line_width.value(), "hide": hide})
