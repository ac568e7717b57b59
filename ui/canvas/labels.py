"""Input and output names beside their neurons, at a fixed size on screen.

A name drawn in scene units shrinks with the zoom: at the default zoom of a tall
network (digits' outputs 0–9, iris's sepal_length_cm) it fell below legibility and
was skipped. These items ignore the view's transformation, so the text is always
LABEL_PX pixels high; the scene keeps them clear of their neuron's circle as the zoom
changes (`set_offset`) and hides a layer's names when its neurons are closer together
on screen than a line of text (they would overlap).
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsItem

from .items import Z_CAPTION, font

LABEL_PX = 12          # text height on screen, at every zoom
GAP_PX = 10            # between the neuron's circle (and its selection ring) and the name
MIN_PITCH_PX = 14      # names of a layer whose neurons are closer than this on screen would overlap
MAX_LABELLED = 256     # layers taller than this get no name items (a flattened image's pixels)


class NeuronLabelItem(QGraphicsItem):
    """The name of an input (left of its neuron) or an output (right of it)."""

    def __init__(self, side: str):
        super().__init__()
        self.side = side          # "left" for inputs, "right" for outputs
        self.text = ""
        self.offset_px = GAP_PX   # from the neuron's centre to the near edge of the text
        self._width = 0.0
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_CAPTION)

    @property
    def width_px(self) -> float:
        return self._width

    def set_text(self, text: str) -> None:
        if text != self.text:
            self.prepareGeometryChange()
            self.text = text
            self._width = QFontMetricsF(font(LABEL_PX, True)).horizontalAdvance(text) + 2
            self.update()

    def set_offset(self, radius_px: float) -> None:
        """Keep the text clear of a neuron `radius_px` pixels in radius on screen."""
        offset = radius_px + GAP_PX
        if offset != self.offset_px:
            self.prepareGeometryChange()
            self.offset_px = offset

    def boundingRect(self) -> QRectF:
        height = LABEL_PX + 8
        left = -self.offset_px - self._width if self.side == "left" else self.offset_px
        return QRectF(left, -height / 2, self._width, height)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if not self.text:
            return
        painter.setFont(font(LABEL_PX, True))
        painter.setPen(self.scene().colours.text)
        align = Qt.AlignmentFlag.AlignRight if self.side == "left" else Qt.AlignmentFlag.AlignLeft
        painter.drawText(self.boundingRect(), align | Qt.AlignmentFlag.AlignVCenter, self.text)

    def __repr__(self) -> str:
        return f"NeuronLabelItem({self.text!r}, {self.side})"
