"""Shift while dragging a ValueSlider's handle: ten times finer, in steps of 0.001.

A plain drag follows the mouse on the slider's 0.01 grid. Holding Shift during the
drag makes the handle move a tenth as far per pixel and land on 0.001 steps, so a
hand can set, say, a bias of −0.205. Once Shift has been used in a drag the rest of
that drag is relative to where the mouse was (re-anchored whenever Shift is pressed
or released), so the handle never jumps back under the pointer.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionSlider

FINE_FACTOR = 0.1


class FineDrag(QObject):
    """Event filter for a ValueSlider's QSlider (see the module docstring)."""

    def __init__(self, owner):
        super().__init__(owner)
        self._owner = owner
        self._anchor: tuple[float, float, bool] | None = None   # (mouse x, value, shift held) at the anchor

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease:
            self._anchor = None
            return False
        if kind != QEvent.Type.MouseMove or not watched.isSliderDown():
            return False
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if self._anchor is None and not shift:
            return False                      # an ordinary drag: QSlider follows the mouse
        x = event.position().x()
        if self._anchor is None or self._anchor[2] != shift:
            self._anchor = (x, self._owner.value(), shift)
        start_x, start_value, _ = self._anchor
        factor, step = (FINE_FACTOR, 0.001) if shift else (1.0, 0.01)
        value = start_value + (x - start_x) * self._units_per_pixel(watched) * factor
        limit = self._owner.limit()
        value = min(max(round(round(value / step) * step, 10), -limit), limit)
        self._owner.drag_to(value)
        return True

    @staticmethod
    def _units_per_pixel(slider) -> float:
        """Value units per pixel of handle travel (the slider's ticks are hundredths)."""
        option = QStyleOptionSlider()
        slider.initStyleOption(option)
        style = slider.style()
        groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove,
                                      slider)
        handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle,
                                      slider)
        span = max(1, groove.width() - handle.width())
        return (slider.maximum() - slider.minimum()) / span / 100
