"""The key to the diagram, floating in the bottom-left corner of the view.

A child of the view (not of its viewport), so scrolling, which blits the viewport,
never drags it along.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QLinearGradient, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from ..i18n import translate
from .palette import MINUS, NEGATIVE_COLOUR, POSITIVE_COLOUR, CanvasColours

SWATCH = 22      # length of a sample line
GAP = 6          # between a sample and its text
SPACE = 14       # between entries
PAD = 8
BAR = 72         # width of the output-shade bar


class CanvasLegend(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setToolTip(translate("CanvasLegend",
                                  "How to read the diagram:\n"
                                  "• a link's colour is the sign of its weight, its width is |w| "
                                  "(relative to the largest weight in the network)\n"
                                  "• a neuron's shade is its current output (saturating at ±1); the number is "
                                  "its output, \"b\" its bias\n"
                                  "Hover a neuron or link for its formula; click to select it."))
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.setFont(font)
        self.resize(self.sizeHint())

    def _texts(self) -> tuple[list[str], list[str]]:
        return ([translate("CanvasLegend", "positive weight"), translate("CanvasLegend", "negative weight"),
                 translate("CanvasLegend", "width = |w|")],
                [translate("CanvasLegend", "neuron shade = output"), f"{MINUS}1", "0", "+1"])

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        row1, row2 = self._texts()
        width1 = sum(metrics.horizontalAdvance(t) for t in row1) + 3 * (SWATCH + GAP) + 2 * SPACE
        width2 = metrics.horizontalAdvance(row2[0]) + SPACE + metrics.horizontalAdvance(row2[1]) + BAR + 2 * GAP \
            + metrics.horizontalAdvance(row2[3])
        row = max(18.0, metrics.height() + 4)
        return QSize(int(max(width1, width2) + 2 * PAD + 1), int(2 * row + 2 * PAD - 2))

    def paintEvent(self, event) -> None:
        colours = CanvasColours.from_palette(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = QColor(colours.background)
        background.setAlphaF(0.92)
        painter.setPen(QPen(colours.outline, 1))
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)

        metrics = QFontMetricsF(self.font())
        row = max(18.0, metrics.height() + 4)
        row1, row2 = self._texts()
        y = PAD + row / 2
        x = float(PAD)
        for text, colour, width in ((row1[0], POSITIVE_COLOUR, 3.0), (row1[1], NEGATIVE_COLOUR, 3.0)):
            pen = QPen(colour, width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawLine(QPointF(x + 2, y), QPointF(x + SWATCH - 2, y))
            x += SWATCH + GAP
            x = self._text(painter, colours, x, y, text) + SPACE
        # A wedge, thin to thick: the wider the line, the larger |w|.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.dim_text)
        painter.drawPolygon(QPolygonF([QPointF(x + 1, y - 0.6), QPointF(x + SWATCH - 1, y - 3.5),
                                       QPointF(x + SWATCH - 1, y + 3.5), QPointF(x + 1, y + 0.6)]))
        x += SWATCH + GAP
        self._text(painter, colours, x, y, row1[2])

        y += row
        x = self._text(painter, colours, float(PAD), y, row2[0]) + SPACE
        x = self._text(painter, colours, x, y, row2[1]) + GAP
        gradient = QLinearGradient(x, 0, x + BAR, 0)
        gradient.setColorAt(0.0, NEGATIVE_COLOUR)
        gradient.setColorAt(0.5, colours.neutral)
        gradient.setColorAt(1.0, POSITIVE_COLOUR)
        painter.setPen(QPen(colours.outline, 1))
        painter.setBrush(gradient)
        painter.drawRect(QRectF(x, y - 6, BAR, 12))
        painter.setPen(colours.dim_text)
        zero = row2[2]
        painter.drawText(QRectF(x, y - 6, BAR, 12), Qt.AlignmentFlag.AlignCenter, zero)
        x += BAR + GAP
        self._text(painter, colours, x, y, row2[3])
        painter.end()

    def _text(self, painter: QPainter, colours: CanvasColours, x: float, y: float, text: str) -> float:
        """Draw `text` vertically centred on y from x; return where it ends."""
        metrics = QFontMetricsF(self.font())
        painter.setPen(colours.text)
        painter.drawText(QPointF(x, y + (metrics.ascent() - metrics.descent()) / 2), text)
        return x + metrics.horizontalAdvance(text)
