"""Desktop integration: --version, the About box, and the Linux menu entry written by --install-desktop-entry."""
from __future__ import annotations

import configparser
import shlex
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from simulator import assets, version
from ui import app, desktop

ROOT = Path(__file__).resolve().parents[2]
PROJECT_VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in .desktop files
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_version_comes_from_the_installed_metadata():
    assert version.version() == PROJECT_VERSION


def test_an_uninstalled_checkout_reports_its_pyproject_version(monkeypatch):
    def not_installed(name):
        raise version.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(version.metadata, "version", not_installed)
    version.version.cache_clear()
    try:
        assert version.version() == f"{PROJECT_VERSION} (source checkout)"
    finally:
        version.version.cache_clear()


def test_dash_dash_version_prints_it(capsys):
    with pytest.raises(SystemExit) as exit_:
        app.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"synaptica {PROJECT_VERSION}"


def test_install_and_remove_the_desktop_entry(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert app.main(["--install-desktop-entry"]) == 0
    entry_file = tmp_path / "applications" / "synaptica.desktop"
    icon_file = tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "synaptica.svg"
    assert f"Wrote {entry_file}" in capsys.readouterr().out
    entry = read_entry(entry_file)
    assert entry["Type"] == "Application" and entry["Name"] == "Synaptica" and entry["Icon"] == "synaptica"
    command = shlex.split(entry["Exec"])
    assert command[-1] == "%f" and Path(command[0]).is_file()  # launches this very environment
    assert command[:-1] == desktop.launch_arguments()
    assert icon_file.read_bytes() == assets.icon_path("app").read_bytes()

    assert app.main(["--remove-desktop-entry"]) == 0
    assert not entry_file.exists() and not icon_file.exists()
    assert app.main(["--remove-desktop-entry"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_without_xdg_data_home_the_entry_goes_to_local_share(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop.entry_path() == tmp_path / ".local" / "share" / "applications" / "synaptica.desktop"


def test_an_unwritable_folder_is_one_clear_error(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert app.main(["--install-desktop-entry"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("synaptica: could not install the desktop entry:") and "Traceback" not in err


def test_exec_quotes_paths_with_spaces_and_escapes_as_the_spec_asks():
    line = desktop.exec_line(["/opt/my apps/python", "-m", "ui"])
    assert line == '"/opt/my apps/python" -m ui %f'
    # A backslash is escaped inside the quotes, then once more as a string value: four in the file.
    assert desktop.exec_line(["/a\\b"]) == '"/a\\\\\\\\b" %f'
    assert desktop.exec_line(["/100%"]) == "/100%% %f"


def test_launching_falls_back_to_python_dash_m_ui_without_the_script(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python3"))
    assert desktop.launch_arguments() == [str(tmp_path / "python3"), "-m", "ui"]


def test_the_about_box_shows_the_version(qtbot, monkeypatch):
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    window.about_action.trigger()
    assert len(shown) == 1
    box = shown[0]
    assert box.windowTitle() == "About Synaptica"
    assert f"Synaptica {PROJECT_VERSION}" in box.text() and "NumPy" in box.text()
    assert not box.iconPixmap().isNull()


def test_other_systems_are_told_plainly(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "win32")
    assert app.main(["--install-desktop-entry"]) == 1
    assert "for Linux desktops" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


def test_the_menu_entry_speaks_japanese_and_french_too(tmp_path):
    import shutil
    import subprocess

    from ui import desktop

    text = desktop.entry_text(["synaptica"])
    for key in ("GenericName", "Comment", "Keywords"):
        assert f"{key}[ja]=" in text and f"{key}[fr]=" in text
    if shutil.which("desktop-file-validate"):
        entry = tmp_path / "synaptica.desktop"
        entry.write_text(text, encoding="utf-8")
        checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
