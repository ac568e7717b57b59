"""The Labs menu opens each lab in the Labs window."""
import pytest
from PySide6.QtWidgets import QMessageBox

from ui.labs.window import LABS
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    return w


def test_labs_menu_sits_before_help_and_lists_every_lab(window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles.index("Labs") == titles.index("Help") - 1
    keys = [a.objectName() for a in window.labs_menu.actions()]
    assert keys == [f"lab_{key}" for key, *_ in LABS]


@pytest.mark.parametrize("key", [key for key, *_ in LABS])
def test_each_menu_entry_opens_its_lab_once(window, qtbot, key):
    action = next(a for a in window.labs_menu.actions() if a.objectName() == f"lab_{key}")
    action.trigger()
    labs = window.labs
    qtbot.waitUntil(labs.isVisible)
    lab = labs.labs[key]
    assert labs.tabs.currentWidget() is lab
    action.trigger()
    assert labs.tabs.count() == 1 and labs.labs[key] is lab
    labs.close()


def test_unknown_lab_is_refused(window):
    with pytest.raises(ValueError, match="unknown lab 'nope'"):
        window.labs.open_lab("nope")


def test_tabs_follow_the_menu_order(window):
    for key in reversed([key for key, *_ in LABS]):
        window.labs.open_lab(key)
    assert [window.labs.tabs.tabText(i) for i in range(window.labs.tabs.count())] == [title for _k, title, *_ in LABS]
    window.labs.close()
