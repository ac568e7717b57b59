"""View → Language: English, 日本語 or Français, or follow the system; applied after a restart.

Translations are installed once, before the window is built (ui.i18n), so a new choice is
remembered and the menu says plainly that it shows after a restart, offering to restart now.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from . import i18n
from .i18n import translate


class LanguageMenu(QMenu):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(translate("LanguageMenu", "&Language"), window)
        self.window_ = window
        self.group = QActionGroup(self)
        system_name = i18n.LANGUAGES[i18n.system_language()]
        self.actions_by_code: dict[str | None, QAction] = {}
        choices: list[tuple[str | None, str]] = [
            (None, translate("LanguageMenu", "System default ({0})").format(system_name)),
            *i18n.LANGUAGES.items()]
        for code, label in choices:
            action = self.addAction(label)
            action.setCheckable(True)
            action.setData(code)
            self.group.addAction(action)
            self.actions_by_code[code] = action
            if code is None:
                self.addSeparator()
        self.actions_by_code[i18n.saved_language()].setChecked(True)
        self.group.triggered.connect(self.choose)

    def choose(self, action: QAction) -> None:
        code = action.data()
        i18n.save_language(code)
        wanted = code or i18n.system_language()
        if wanted == i18n.current_language():
            return
        box = QMessageBox(QMessageBox.Icon.Information, translate("LanguageMenu", "Language"),
                          translate("LanguageMenu", "Synaptica will speak {0} the next time it starts.")
                          .format(i18n.LANGUAGES[wanted]), parent=self.window_)
        restart = box.addButton(translate("LanguageMenu", "Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("LanguageMenu", "Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restart:
            self.restart()

    def restart(self) -> bool:
        """Close the window (asking before losing changes) and start Synaptica again; False if the user stayed."""
        path = getattr(getattr(self.window_, "document", None), "path", None)
        if not self.window_.close():
            return False
        # `-m ui` from the folder that holds the ui package works from a checkout and from a wheel.
        package_parent = Path(__file__).resolve().parent.parent
        arguments = ["-m", "ui", *([str(path)] if path else [])]
        return QProcess.startDetached(sys.executable, arguments, str(package_parent))[0]
