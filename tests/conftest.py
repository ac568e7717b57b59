"""Shared test setup: Qt runs offscreen and never touches the user's real settings."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Point QSettings at a temporary folder so tests neither read nor write real preferences."""
    try:
        from PySide6.QtCore import QCoreApplication, QSettings
    except ImportError:  # engine-only environments
        yield
        return
    QCoreApplication.setOrganizationName("SynapticaTests")
    QCoreApplication.setApplicationName("SynapticaTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def speak(qapp):
    """speak(code) installs a language's translations for this test; English (the source language) is
    installed again afterwards, also when the test fails."""
    from ui import i18n

    try:
        yield i18n.install
    finally:
        i18n.install("en")


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A modal dialog nobody answers would hang the run: make any unexpected one fail the test instead.

    Tests that expect a dialog replace it themselves (their monkeypatch comes later and wins).
    """
    try:
        from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
    except ImportError:
        return

    def refuse(name):
        def opened(*args, **kwargs):
            raise AssertionError(f"a modal dialog ({name}) opened during a test; answer it in the test")
        return opened

    for owner, names in ((QMessageBox, ("question", "critical", "warning", "information", "about", "exec")),
                         (QFileDialog, ("getOpenFileName", "getSaveFileName", "getExistingDirectory")),
                         (QInputDialog, ("getInt", "getDouble", "getText", "getItem"))):
        for name in names:
            monkeypatch.setattr(owner, name, refuse(f"{owner.__name__}.{name}"))
