"""The window is built around training: at 1280×800 everything needed to train shows without scrolling,
the loss readout is never cut and the decision boundary is at least 300×300; bigger windows give the
plots room too; at 1024×700 nothing overlaps."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QMessageBox

from ui.main_window import MainWindow


@pytest.fixture
def make_window(qtbot):
    made = []

    def make(width: int, height: int, example: str = "spiral"):
        win = MainWindow()
        qtbot.addWidget(win)
        win.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
        win.resize(width, height)
        win.show()
        qtbot.waitExposed(win)
        win.resize(width, height)     # the first layout may settle slightly taller than asked
        qtbot.waitUntil(lambda: win.width() == width and win.height() == height)
        made.append(win)
        return win

    yield make
    for win in made:
        win.training.stop()


def inside_scroll_viewport(widget) -> bool:
    scroll = widget.parent()
    while scroll is not None and not hasattr(scroll, "viewport"):
        scroll = scroll.parent()
    viewport = scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return widget.isVisible() and viewport.rect().contains(QRect(top_left, widget.size()))


def test_at_1280x800_training_needs_no_scrolling_and_the_plots_have_room(make_window, qtbot):
    win = make_window(1280, 800)
    panel = win.training.panel
    qtbot.waitUntil(lambda: panel.isVisible())
    for widget in (panel.play_button, panel.dataset_combo, panel.loss_combo, panel.optimizer_combo,
                   panel.lr_spin, panel.batch_spin, panel.epochs_spin):
        assert inside_scroll_viewport(widget), widget
    boundary = win.training.plots["boundary"].plot
    qtbot.waitUntil(lambda: boundary.width() >= 300 and boundary.height() >= 300)   # once the docks are laid out
    loss = win.training.plots["loss"]
    readout = loss.readout
    assert readout.fontMetrics().horizontalAdvance(
        "Epoch 99,999 · loss: train 0.1234, test 0.1234") <= readout.width()


def test_wider_windows_give_room_to_the_plots_as_well_as_the_canvas(make_window, qtbot):
    small = make_window(1280, 800)
    large = make_window(1920, 1080)
    qtbot.waitUntil(lambda: large.training.plots["boundary"].width() > 500)
    for name in ("boundary", "loss"):
        assert large.training.plots[name].width() > small.training.plots[name].width()
    assert large.view.width() > small.view.width()


def test_at_1024x700_no_two_panels_overlap(make_window):
    win = make_window(1024, 700)
    shown = [d for d in win.findChildren(type(win.inspector_dock)) if d.isVisible() and not d.visibleRegion().isEmpty()]
    rects = [(d.objectName(), QRect(d.mapTo(win, QPoint(0, 0)), d.size())) for d in shown]
    rects.append(("canvas", QRect(win.view.mapTo(win, QPoint(0, 0)), win.view.size())))
    for i, (name, rect) in enumerate(rects):
        for other, rect2 in rects[i + 1:]:
            assert not rect.intersects(rect2), (name, other)


def test_views_with_nothing_to_say_give_their_tab_to_one_that_has(make_window, qtbot):
    """Digits: no plane to draw and no truth table, so the probe sample and the outputs are shown."""
    from pathlib import Path
    win = make_window(1280, 800)
    examples = Path(__file__).resolve().parents[2] / "assets" / "examples"
    probe, boundary = win.training.plots["probability"], win.training.plots["boundary"]
    assert win.open_path(examples / "digits.json")
    qtbot.waitUntil(lambda: not probe.visibleRegion().isEmpty() and not win.outputs_panel.visibleRegion().isEmpty())
    assert boundary.visibleRegion().isEmpty() and win.truth_table.visibleRegion().isEmpty()
    assert win.open_path(examples / "and.json")
    qtbot.waitUntil(lambda: not boundary.visibleRegion().isEmpty() and not win.truth_table.visibleRegion().isEmpty())
