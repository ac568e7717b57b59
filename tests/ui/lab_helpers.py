"""Driving pyqtgraph plots with real mouse events, for the lab tests."""
from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication


def view_to_widget(plot_widget, x: float, y: float) -> QPoint:
    """Where data point (x, y) of a PlotWidget lies in its viewport's pixels."""
    scene_point = plot_widget.getPlotItem().vb.mapViewToScene(QPointF(x, y))
    return plot_widget.mapFromScene(scene_point)


def _send(widget, kind, pos: QPoint, button, buttons) -> None:
    event = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


@contextmanager
def _unthrottled():
    # pyqtgraph drops mouse moves that come faster than the screen refreshes; synthetic moves
    # arrive back to back, so switch that off while a drag is sent (a test must not wait a frame).
    import pyqtgraph as pg
    before = pg.getConfigOption("mouseRateLimit")
    pg.setConfigOption("mouseRateLimit", 0)
    try:
        yield
    finally:
        pg.setConfigOption("mouseRateLimit", before)


def drag(plot_widget, start: tuple[float, float], end: tuple[float, float], steps: int = 8) -> None:
    """Press at `start`, move in `steps` moves to `end`, release: a mouse drag in data coordinates."""
    viewport = plot_widget.viewport()
    a, b = view_to_widget(plot_widget, *start), view_to_widget(plot_widget, *end)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    with _unthrottled():
        _send(viewport, QEvent.Type.MouseMove, a, none, none)
        _send(viewport, QEvent.Type.MouseButtonPress, a, left, left)
        for i in range(1, steps + 1):
            p = a + (b - a) * (i / steps)
            _send(viewport, QEvent.Type.MouseMove, p, none, left)
        _send(viewport, QEvent.Type.MouseButtonRelease, b, left, none)


def click(plot_widget, at: tuple[float, float]) -> None:
    viewport = plot_widget.viewport()
    p = view_to_widget(plot_widget, *at)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    _send(viewport, QEvent.Type.MouseMove, p, none, none)
    _send(viewport, QEvent.Type.MouseButtonPress, p, left, left)
    _send(viewport, QEvent.Type.MouseButtonRelease, p, left, none)


def number(text: str) -> float:
    """A number as the labs display it (typographic minus, ∞)."""
    text = text.strip().replace("−", "-").replace("∞", "inf")
    return float(text)
