"""Coalesce change notifications into at most one redraw per frame.

Training snapshots, slider drags and undo can each fire many change signals; the
plots redraw in the GUI thread, so every redraw that nobody sees costs the event loop
time it needs for input and for receiving snapshots. A `RedrawThrottle` turns any
number of requests into one redraw, at most one per `interval_ms`, and none at all
while its widget is hidden (it catches up when shown).
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer


class RedrawThrottle(QObject):
    def __init__(self, widget, redraw, interval_ms: int = 30):
        super().__init__(widget)
        self._widget = widget
        self._redraw = redraw
        self._interval = interval_ms / 1000.0
        self._last = -1e9
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)

    @property
    def pending(self) -> bool:
        return self._pending or self._timer.isActive()

    def request(self) -> None:
        """Ask for a redraw: now, unless one ran less than an interval ago (then when the interval is up).

        Redrawing at once, in the same pass as the change that caused it, lets the window
        paint everything a training snapshot changed in one repaint instead of several.
        """
        self._pending = True
        if not self._widget.isVisible() or self._timer.isActive():
            return
        wait = self._interval - (time.perf_counter() - self._last)
        if wait <= 0:
            self._run()
        else:
            self._timer.start(max(1, round(wait * 1000)))

    def widget_shown(self) -> None:
        """Call from the widget's showEvent: catch up on changes made while hidden."""
        if self._pending:
            self.request()

    def flush(self) -> None:
        """Redraw now if anything is pending (tests, and callers that need the result at once)."""
        if self.pending:
            self._timer.stop()
            self._run()

    def _run(self) -> None:
        self._last = time.perf_counter()
        self._pending = False
        self._redraw()

    def __repr__(self) -> str:
        return f"RedrawThrottle(every ≥ {self._interval * 1000:.0f} ms, pending={self.pending})"
