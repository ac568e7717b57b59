"""Start Synaptica: `python main.py [FILE]`, `python -m ui [FILE]` or the `synaptica` script.

`--screenshot PATH [FILE]` renders the main window offscreen to a PNG and exits.
`--install-desktop-entry` adds Synaptica to a Linux desktop's application menu (for this user);
`--remove-desktop-entry` takes it out again. `--version` prints the version.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from simulator.version import version


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="synaptica", description="See and touch a neural network.")
    parser.add_argument("file", nargs="?", help="a network file (.json) to open")
    parser.add_argument("--screenshot", metavar="PATH", help="render the window to a PNG file offscreen and exit")
    parser.add_argument("--size", default="1400x880", help="window size for --screenshot, e.g. 1400x880")
    parser.add_argument("--language", choices=["en", "ja", "fr"],
                        help="show the window in this language (default: View → Language, else the system's)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    desktop_entry = parser.add_mutually_exclusive_group()
    desktop_entry.add_argument("--install-desktop-entry", action="store_true",
                               help="add Synaptica and its icon to this user's application menu (Linux) and exit")
    desktop_entry.add_argument("--remove-desktop-entry", action="store_true",
                               help="remove what --install-desktop-entry added and exit")
    return parser.parse_args(argv)


def change_desktop_entry(install: bool) -> int:
    """--install-desktop-entry / --remove-desktop-entry: no window, one line per file, exit status."""
    from . import desktop

    if not desktop.supported():
        print(f"synaptica: desktop entries are for Linux desktops (freedesktop.org), not {sys.platform}; "
              f"start Synaptica with the `synaptica` command", file=sys.stderr)
        return 1
    try:
        changed = desktop.install() if install else desktop.remove()
    except OSError as error:
        print(f"synaptica: could not {'install' if install else 'remove'} the desktop entry: {error}",
              file=sys.stderr)
        return 1
    for path in changed:
        print(f"{'Wrote' if install else 'Removed'} {path}")
    if not changed:
        print("No desktop entry was installed; nothing to remove.")
    return 0


def create_application(argv: list[str], language: str | None = None):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName("Synaptica")
    app.setApplicationName("Synaptica")
    app.setApplicationDisplayName("Synaptica")
    app.setApplicationVersion(version())
    app.setDesktopFileName("synaptica")  # ties the window to synaptica.desktop (--install-desktop-entry)
    from .style import SynapticaStyle

    app.setStyle(SynapticaStyle())  # Fusion: the same look on every desktop; follows the light/dark palette
    from . import i18n

    i18n.install(language)  # default: the language chosen in View → Language, else the system's
    return app


def _use_default_settings() -> None:
    """Screenshots show the default layout: read and write settings in a throwaway folder."""
    import tempfile

    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="synaptica-"))


def take_screenshot(window, path: Path, size: str) -> None:
    from PySide6.QtWidgets import QApplication

    width, height = (int(v) for v in size.lower().split("x"))
    window.resize(width, height)
    window.show()
    for _ in range(5):  # let layouts, docks and plots settle
        QApplication.processEvents()
    window.view.fit()
    QApplication.processEvents()
    if not window.grab().save(str(path)):
        raise OSError(f"could not write {path}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.install_desktop_entry or args.remove_desktop_entry:
        return change_desktop_entry(args.install_desktop_entry)
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.screenshot:
        _use_default_settings()
    app = create_application(sys.argv[:1], args.language)
    from .main_window import MainWindow

    window = MainWindow(args.file)
    if args.file and window.last_error:
        print(f"synaptica: {window.last_error}", file=sys.stderr)
        if args.screenshot:
            return 1
    if args.screenshot:
        take_screenshot(window, Path(args.screenshot), args.size)
        window.document.undo_stack.setClean()
        window.close()
        return 0
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
