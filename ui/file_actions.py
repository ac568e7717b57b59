"""The main window's file actions: new, open, save, save as, recent files, and asking before
unsaved changes are lost. A mixin of `MainWindow` (ui/main_window.py).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from simulator import io

from .export import IMPORTABLE, OPEN_FILTER, import_network
from .i18n import engine_text, translate
from .new_network_dialog import NewNetworkDialog

FILE_FILTER = QT_TRANSLATE_NOOP("FileActions", "Synaptica networks (*.json);;All files (*)")
MAX_RECENT = 8


class FileActions:
    """File handling for MainWindow (expects its document, selection, view and status bar)."""

    def new_network(self) -> None:
        if not self.maybe_save():
            return
        dialog = NewNetworkDialog(self)
        if dialog.exec() == NewNetworkDialog.DialogCode.Accepted:
            contents = dialog.contents()
            self.document.set_contents(contents.pop("network"), **contents)
            self.view.fit()

    def open_dialog(self) -> None:
        start = str(self.document.path.parent) if self.document.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, translate("FileActions", "Open network"), start,
                                              translate("Export", OPEN_FILTER))
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Open `path` after offering to save changes; on a bad file show why and keep the current network."""
        if not self.maybe_save():
            return False
        if path.suffix.lower() in IMPORTABLE:  # another tool's network (issue 13)
            return import_network(self, path)
        try:
            self.document.load(path)
        except io.NetworkFileError as error:
            self.show_error(translate("FileActions", "Could not open the network"), engine_text(error))
            return False
        self.selection.clear()
        self._remember_recent(path)
        self.statusBar().showMessage(translate("FileActions", "Opened {0}").format(path), 4000)
        QTimer.singleShot(0, self.view.fit)
        return True

    def save(self) -> bool:
        if self.document.path is None or self._is_bundled(self.document.path):
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        suggested = (self.document.path.name if self.document.path else
                     f"{self.document.meta.name.lower().replace(' ', '_') or 'network'}.json")
        folder = Path.home() if self.document.path is None or self._is_bundled(self.document.path) \
            else self.document.path.parent
        path, _ = QFileDialog.getSaveFileName(self, translate("FileActions", "Save network as"),
                                              str(folder / suggested), translate("FileActions", FILE_FILTER))
        return self._save_to(Path(path)) if path else False

    def _save_to(self, path: Path) -> bool:
        if path.suffix == "":
            path = path.with_suffix(".json")
        try:
            self.document.save(path)
        except (OSError, io.NetworkFileError, ValueError) as error:
            self.show_error(translate("FileActions", "Could not save the network"),
                            f"{path}: {engine_text(error)}")
            return False
        self._remember_recent(path)
        self.statusBar().showMessage(translate("FileActions", "Saved {0}").format(path), 4000)
        return True

    @staticmethod
    def _is_bundled(path: Path) -> bool:
        return path.resolve().parent == io.EXAMPLES_DIR.resolve()

    def maybe_save(self) -> bool:
        """True when it is fine to replace the current network (saved, discarded, or unchanged)."""
        if not self.document.is_modified:
            return True
        answer = self.ask_save_changes()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        """Ask whether to save unsaved changes (tests replace this method)."""
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        return QMessageBox.question(self, translate("FileActions", "Unsaved changes"),
                                    translate("FileActions", "“{0}” has unsaved changes. Save them first?")
                                    .format(self.document.display_name), buttons, QMessageBox.StandardButton.Save)

    def show_error(self, title: str, text: str) -> None:
        """Report a problem in a dialog (tests read `last_error` instead of clicking it away)."""
        self.last_error = text
        if self.isVisible():
            QMessageBox.critical(self, title, text)
        else:
            self.statusBar().showMessage(text, 10000)

    def _remember_recent(self, path: Path) -> None:
        if self._is_bundled(path):
            return
        settings = QSettings()
        recent = [p for p in settings.value("recent_files", [], list) if p != str(path.resolve())]
        settings.setValue("recent_files", [str(path.resolve())] + recent[: MAX_RECENT - 1])

    def recent_files(self) -> list[str]:
        return list(QSettings().value("recent_files", [], list))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(Path(p)))
        if not recent:
            self.recent_menu.addAction(translate("FileActions", "No recent files")).setEnabled(False)
