"""Layouts hold in every language: at 1280×800 no label or button of the main window is cut (issue 15)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from simulator import assets
from ui.main_window import MainWindow


@pytest.fixture
def window_in(qtbot, speak):
    made: list[MainWindow] = []

    def build(language: str, example: str) -> MainWindow:
        speak(language)
        window = MainWindow()
        qtbot.addWidget(window)
        made.append(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.resize(1280, 800)   # the first layout may settle slightly taller than asked
        window.open_path(assets.examples_dir() / f"{example}.json")
        qtbot.waitUntil(lambda: window.document.path is not None)
        return window

    yield build
    for window in made:
        window.training.stop()
        window.document.undo_stack.setClean()


def cut_texts(window: QWidget) -> list[str]:
    """Visible labels and buttons narrower than their text needs (word-wrapped labels re-flow instead)."""
    cut = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not widget.isVisible() or not widget.text() or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        needed = widget.minimumSizeHint().width() if isinstance(widget, QAbstractButton) else widget.sizeHint().width()
        if widget.width() < needed:
            cut.append(f"{type(widget).__name__} {widget.text()!r}: {widget.width()} px of {needed}")
    return cut


@pytest.mark.parametrize("language", ["en", "ja", "fr"])
@pytest.mark.parametrize("example", ["and", "spiral", "digits"])
def test_nothing_is_cut_at_1280x800(window_in, qtbot, language: str, example: str) -> None:
    window = window_in(language, example)
    qtbot.waitUntil(lambda: window.width() == 1280 and window.height() == 800)
    try:   # labels that just changed text get their new width once the layout has run
        qtbot.waitUntil(lambda: not cut_texts(window), timeout=3000)
    except qtbot.TimeoutError:
        pass
    assert not cut_texts(window), f"cut in {language} with {example}:\n" + "\n".join(cut_texts(window))




def test_unselected_tab_labels_keep_the_accents_of_capitals(qapp) -> None:
    """Fusion shifts unselected tab labels down and cuts « É » to « E »: the app's style does not shift them."""
    from PySide6.QtWidgets import QStyle, QStyleFactory

    from ui.style import SynapticaStyle

    shift = QStyle.PixelMetric.PM_TabBarTabShiftVertical
    assert QStyleFactory.create("Fusion").pixelMetric(shift) > 0      # what the fix is for
    style = SynapticaStyle()
    assert style.pixelMetric(shift) == 0
    assert style.baseStyle().name().lower() == "fusion"
    assert style.pixelMetric(QStyle.PixelMetric.PM_TabBarTabVSpace) == QStyleFactory.create("Fusion").pixelMetric(
        QStyle.PixelMetric.PM_TabBarTabVSpace)
