"""While training streams weights, re-render the big link bundles at a low rate.

A bundle of 78,400 links (784 → 100) takes tens of milliseconds, more on a busy machine,
to re-render: done for every training snapshot (up to ~30 a second) it kept the event
loop busy and the window sluggish. While the canvas is "live" (training runs), new
weights reach the bundles at most once per interval, and the interval grows with what a
render actually cost, so bundles take a small share of the GUI's time; live renders are
drafts (a coarser density image, aliased lines). Everything else
on the canvas (neuron values, individual links) still follows every snapshot. When the
canvas stops being live (pause, stop), the latest weights are pushed at once, in full quality, so a
paused network always shows the weights the user inspects; edits outside training are
never delayed.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

MIN_INTERVAL_S = 2.0   # live bundles re-render at most this often ...
COST_FACTOR = 40.0     # ... and at most once per this many times their last render's cost


class BundlePacer(QObject):
    def __init__(self, parent: QObject, push: Callable[[], None], render_seconds: Callable[[], float]):
        """`push()` gives the bundles the document's current weights; `render_seconds()` is their last render's cost."""
        super().__init__(parent)
        self._push = push
        self._render_seconds = render_seconds
        self._live = False
        self._last = -1e9
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)

    @property
    def live(self) -> bool:
        return self._live

    @property
    def pending(self) -> bool:
        """New weights wait for the next live render."""
        return self._timer.isActive()

    def interval(self) -> float:
        return max(MIN_INTERVAL_S, COST_FACTOR * self._render_seconds())

    def set_live(self, live: bool) -> None:
        """Live while training runs; leaving live mode shows any weights still waiting, now."""
        was_live, self._live = self._live, live
        if was_live and not live:
            self._timer.stop()
            self._run()    # also replaces the draft pictures of live mode by full-quality ones

    def request(self) -> None:
        """The weights changed: push them now, or (live, soon after a render) when the interval is up."""
        if not self._live:
            self._timer.stop()
            self._run()
            return
        if self._timer.isActive():
            return
        wait = self.interval() - (time.perf_counter() - self._last)
        if wait <= 0:
            self._run()
        else:
            self._timer.start(max(1, round(wait * 1000)))

    def _run(self) -> None:
        self._last = time.perf_counter()
        self._push()
