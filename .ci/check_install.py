"""Checks an installed Synaptica from outside the repository (run by .ci/check-wheel with the wheel's venv).

    python check_install.py SHOT.png

Fails (exit 1, one line per problem) unless: the code and the bundled files come from site-packages, not a
checkout; SHOT.png is the full window and not blank; the window opens on the AND gate with every bundled
example in File → Examples; the Japanese and French translations and lessons are there; iris and
digits load.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="synaptica-ci-")  # a first start: no saved settings

from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import simulator  # noqa: E402
from simulator import assets, datasets, io  # noqa: E402


def problems(shot: Path) -> list[str]:
    found = []
    for name, where in (("simulator", Path(simulator.__file__)), ("synaptica_assets", assets.root())):
        if "site-packages" not in where.parts:
            found.append(f"{name} comes from {where}, not from the installed wheel")

    image = QImage(str(shot))
    if image.isNull():
        found.append(f"{shot} is not a readable image")
    else:
        small = image.scaled(140, 88)  # enough pixels to tell a drawn window from a blank one
        colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
        if image.width() < 800 or image.height() < 500 or len(colours) < 20:
            found.append(f"{shot} looks blank: {image.width()}x{image.height()}, {len(colours)} colours")

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ui.main_window import MainWindow

    window = MainWindow()
    if window.document.meta.name != io.load(io.example_paths()["and"]).name:
        found.append(f"the window opened on {window.document.meta.name!r}, not the AND gate")
    in_menu = len(window.examples_menu.actions())
    bundled = len(io.example_paths())
    if bundled < 7 or in_menu != bundled:
        found.append(f"File → Examples lists {in_menu} networks; {bundled} are bundled")
    window.document.undo_stack.setClean()
    window.close()
    app.processEvents()

    # The translations ship in the wheel: the menus and a lesson in Japanese and French.
    from simulator import lessons
    from ui import i18n

    for code, file_menu, first_lesson in (("ja", "ファイル(&F)", "パーセプトロン"), ("fr", "&Fichier", "perceptron")):
        try:
            i18n.install(code)
        except FileNotFoundError as error:
            found.append(f"no {code} translation in the wheel: {error}")
            continue
        window = MainWindow()
        titles = [action.text() for action in window.menuBar().actions()]
        if file_menu not in titles:
            found.append(f"in {code} the menus read {titles}, without {file_menu!r}")
        window.document.undo_stack.setClean()
        window.close()
        app.processEvents()
        try:
            first = lessons.load_all(assets.lessons_dir(), code)[0]
        except Exception as error:  # report every problem, not just the first
            found.append(f"the lessons do not load in {code}: {error}")
            continue
        if first_lesson not in first.title:
            found.append(f"the first lesson is not in {code}: {first.title!r}")
    i18n.install("en")

    for name, shape in (("iris", (150, 4)), ("digits", (1797, 64))):
        try:
            got = datasets.make(name).X.shape
        except Exception as error:  # report every problem, not just the first
            found.append(f"datasets.make({name!r}) failed: {error}")
            continue
        if got != shape:
            found.append(f"datasets.make({name!r}) has shape {got}, expected {shape}")
    return found


if __name__ == "__main__":
    found = problems(Path(sys.argv[1]))
    for line in found:
        print(f"check_install: {line}", file=sys.stderr)
    if not found:
        print(f"check_install: ok: installed at {Path(simulator.__file__).parent.parent}, screenshot, "
              f"AND gate, {len(io.example_paths())} examples, Japanese and French, iris and digits")
    sys.exit(1 if found else 0)
