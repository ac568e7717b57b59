"""Classroom mode in the app: larger fonts, thicker canvas lines, chosen panels hidden.

The settings live in the document's layout ("layout" → "classroom" in the network file; a lesson may
bring its own), so a file opened on the projector looks the way the teacher saved it. Turning the
mode off restores the fonts and the panels as they were.
"""
from __future__ import annotations

import copy

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDockWidget

from simulator import classroom


class ClassroomMode(QObject):
    changed = Signal(bool)

    def __init__(self, window):
        super().__init__(window)
        self.window, self.document = window, window.document
        self.settings: dict | None = None
        self._base_font: QFont | None = None
        self._hidden: list = []
        self.document.metadata_changed.connect(self.follow_document)
        # The canvas rebuilds its link items on structure changes: thicken the new ones too.
        self.document.structure_changed.connect(self._thicken_links)
        self.follow_document()

    @property
    def active(self) -> bool:
        return self.settings is not None

    def set_active(self, on: bool) -> None:
        """Turn the mode on (with the document's settings, else the defaults) or off; kept in the document."""
        layout = dict(self.document.meta.layout)
        if on:
            layout["classroom"] = classroom.validate(layout.get("classroom") or copy.deepcopy(classroom.DEFAULT))
        else:
            layout.pop("classroom", None)
        if layout != self.document.meta.layout:
            self.document.update_metadata(layout=layout)
        else:
            self.follow_document()

    def configure(self, settings: dict) -> None:
        """Turn the mode on with `settings` (from the settings dialog), kept in the document."""
        layout = dict(self.document.meta.layout, classroom=classroom.validate(settings))
        self.document.update_metadata(layout=layout)

    def follow_document(self) -> None:
        wanted = self.document.meta.layout.get("classroom")
        if wanted == self.settings:
            return
        self._restore()
        if wanted is not None:
            self._apply(classroom.validate(wanted))
        self.changed.emit(self.active)

    # -- applying ---------------------------------------------------------------------------
    def _apply(self, settings: dict) -> None:
        self.settings = settings
        app = QApplication.instance()
        self._base_font = QFont(app.font())
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * settings["scale"])
        app.setFont(font)
        for name in settings["hide"]:
            widget = self._widget(name)
            if widget is not None and widget.isVisible():
                widget.hide()
                self._hidden.append(widget)
        self._thicken_links()

    def _restore(self) -> None:
        if self.settings is None:
            return
        self.settings = None
        if self._base_font is not None:
            QApplication.instance().setFont(self._base_font)
            self._base_font = None
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self._thicken_links()

    def _widget(self, name: str):
        if name == "toolbar":
            return getattr(self.window, "toolbar", None)
        if name == "statusbar":
            return self.window.statusBar()
        return self.window.findChild(QDockWidget, name)

    def _thicken_links(self) -> None:
        factor = self.settings["line_width"] if self.settings else 1.0
        scene = self.window.view.scene()
        for item in getattr(scene, "link_items", {}).values():
            base = getattr(item, "_classroom_base", item.thickness)
            item._classroom_base = base
            item.thickness = base * factor
            item.restyle()
        scene.refresh()

    def shutdown(self) -> None:
        """Give the application its own font back (the window is closing)."""
        if self._base_font is not None:
            QApplication.instance().setFont(self._base_font)
            self._base_font = None
