"""The graphics items of the network diagram.

Items only draw; they never handle the mouse (the view hit-tests with a tolerance
so thin links stay clickable) and never hold the truth (the scene pushes values
from the Document into them).
"""
from __future__ import annotations

import re

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsLineItem

from .layout import BASE_PITCH
from .palette import format_value, link_fraction, link_width, mix, output_fill, sign_colour, text_colour_on

_DEFAULT_HIDDEN_LABEL = re.compile(r"^h\d+(_\d+)?$")

Z_BUNDLE, Z_LINK, Z_HALO, Z_NEURON, Z_CAPTION, Z_MARKER = range(6)

MIN_TEXT_PX = 6.5      # text smaller than this on screen is noise: skip it (level of detail)
MIN_RING_PX = 5.0      # a neuron smaller than this on screen gets its selection ring from a marker item
_fonts: dict[tuple[int, bool], QFont] = {}


def font(pixels: int, bold: bool = False) -> QFont:
    """The application font at a pixel size (cached; items paint hundreds of times)."""
    key = (pixels, bold)
    if key not in _fonts:
        f = QFont(QApplication.font())
        f.setPixelSize(pixels)
        if bold:
            f.setWeight(QFont.Weight.DemiBold)
        _fonts[key] = f
    return _fonts[key]


def _colours(item: QGraphicsItem):
    return item.scene().colours


class NeuronItem(QGraphicsItem):
    """A neuron: a circle filled by its output, the number inside, its bias below.

    Geometry is that of a full-size neuron; tall layers shrink the item with setScale,
    and the level of detail of the painter decides which texts are still legible.
    """

    RADIUS = 23.0
    VALUE_PX, SMALL_PX = 12, 10
    STRIP_WIDTH = 10.0   # scene units: a tall layer seen from afar is a strip of shaded cells this wide

    def __init__(self, ref, kind: str, scale: float = 1.0):
        super().__init__()
        self.ref = ref
        self.kind = kind              # "input", "hidden" or "output"
        self.setScale(scale)
        self._strip = max(2 * self.RADIUS, self.STRIP_WIDTH / scale)   # in local units
        self.value = 0.0
        self.bias: float | None = None
        self.label = ""
        self.selected = False
        self.hovered = False
        self._rect = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_NEURON)
        self._update_rect()

    # -- state -----------------------------------------------------------------
    def set_state(self, value: float, bias: float | None, label: str) -> None:
        if label != self.label:
            self.label = label
            self.update()
        if value != self.value or bias != self.bias:
            self.value, self.bias = value, bias
            self.update()

    def value_text(self) -> str:
        return format_value(self.value)

    def bias_text(self) -> str | None:
        return None if self.bias is None else "b " + format_value(self.bias)

    def set_flags(self, *, selected: bool | None = None, hovered: bool | None = None) -> None:
        changed = False
        if selected is not None and selected != self.selected:
            self.selected, changed = selected, True
        if hovered is not None and hovered != self.hovered:
            self.hovered, changed = hovered, True
        if changed:
            self.update()

    @property
    def scene_radius(self) -> float:
        return self.RADIUS * self.scale()

    @classmethod
    def shows_text(cls, lod: float) -> bool:
        """Is the number inside the neuron legible at this level of detail (device px per local unit)?"""
        return cls.VALUE_PX * lod >= MIN_TEXT_PX

    # -- geometry --------------------------------------------------------------
    def _update_rect(self) -> None:
        r, margin = self.RADIUS, 8.0
        # Input and output names are separate items at a fixed screen size (labels.py).
        left, right = -max(r + margin, self._strip / 2), max(r + margin, self._strip / 2)
        top = -max(r + margin, BASE_PITCH / 2)
        bottom = max(r + margin + self.SMALL_PX + 6, BASE_PITCH / 2)
        self.prepareGeometryChange()
        self._rect = QRectF(left, top, right - left, bottom - top)

    def boundingRect(self) -> QRectF:
        return self._rect

    def _shows_hidden_label(self) -> bool:
        """Hidden neurons show their label only when someone named them (e.g. NAND and OR in XOR)."""
        return self.kind == "hidden" and bool(self.label) and not _DEFAULT_HIDDEN_LABEL.match(self.label)

    # -- painting --------------------------------------------------------------
    def paint(self, painter: QPainter, option, widget=None) -> None:
        colours = _colours(self)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        r = self.RADIUS
        fill = output_fill(self.value, colours.neutral)
        if r * lod < 2.0:
            # Smaller than a dot on screen: paint the neuron's cell of the column, so a
            # tall input layer reads like a strip of pixels (e.g. a flattened image).
            painter.fillRect(QRectF(-self._strip / 2, -BASE_PITCH / 2, self._strip, BASE_PITCH), fill)
            return
        painter.setPen(QPen(colours.outline, 1.5))
        painter.setBrush(fill)
        painter.drawEllipse(QPointF(0, 0), r, r)
        if self.selected and r * lod >= MIN_RING_PX:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colours.selection, 3.5))
            painter.drawEllipse(QPointF(0, 0), r + 4.5, r + 4.5)
        elif self.hovered:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            ring = QColor(colours.selection)
            ring.setAlphaF(0.45)
            painter.setPen(QPen(ring, 2.0))
            painter.drawEllipse(QPointF(0, 0), r + 3.5, r + 3.5)
        if not self.shows_text(lod):
            return
        painter.setFont(font(self.VALUE_PX, True))
        painter.setPen(text_colour_on(fill))
        painter.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, self.value_text())
        small = self.SMALL_PX * lod >= MIN_TEXT_PX
        if self.bias is not None and small:
            painter.setFont(font(self.SMALL_PX))
            painter.setPen(colours.dim_text)
            text = f"{self.label} · {self.bias_text()}" if self._shows_hidden_label() else self.bias_text()
            painter.drawText(QRectF(-r - 40, r + 7, 2 * r + 80, self.SMALL_PX + 4),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)

    def __repr__(self) -> str:
        return f"NeuronItem({self.ref}, value={self.value_text()})"


class LinkItem(QGraphicsLineItem):
    """One weight drawn on its own: colour = sign, width (and strength of colour) = |w|."""

    def __init__(self, ref, line: QLineF, thickness: float = 1.0):
        super().__init__(line)
        self.ref = ref
        self.thickness = thickness   # thinner links between shrunken (tall) layers
        self.weight = 0.0
        self._key = None
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_LINK)

    def restyle(self) -> None:
        """Forget the current pen, so the next set_weight applies one even if the weight is unchanged."""
        self._key = None

    def set_weight(self, weight: float, max_abs: float, background: QColor, zero_colour: QColor) -> None:
        self.weight = weight
        fraction = link_fraction(weight, max_abs)
        # Weak links recede into the background, strong ones stand out and lie on top. The
        # colour is an opaque blend, not alpha: alpha-blended wide strokes cost Qt's raster
        # engine about three times as much, and a slider drag repaints every link.
        colour = QColor(zero_colour) if weight == 0 else mix(background, sign_colour(weight), 0.35 + 0.65 * fraction)
        width = link_width(weight, max_abs) * self.thickness
        key = (colour.rgba(), round(width, 3))
        if key != self._key:  # setPen re-indexes the item: skip it when nothing visible changed
            self._key = key
            pen = QPen(colour, width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            self.setPen(pen)
            self.setZValue(Z_LINK + 0.5 * fraction)

    def __repr__(self) -> str:
        return f"LinkItem({self.ref}, w={self.weight:g})"


class LinkHaloItem(QGraphicsItem):
    """Highlights the selected link (individual or inside a bundle): a soft halo, then the link on top."""

    HALO_PX = 12.0

    def __init__(self):
        super().__init__()
        self.line: QLineF | None = None
        self.pen = QPen()
        self._margin = 10.0
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_HALO)
        self.setVisible(False)

    def set_link(self, line: QLineF | None, pen: QPen | None, view_scale: float) -> None:
        self.prepareGeometryChange()
        self.line = line
        if pen is not None:
            self.pen = QPen(pen)
            colour = self.pen.color()
            colour.setAlphaF(1.0)
            self.pen.setColor(colour)
        scale = max(view_scale, 1e-6)
        link_px = self.pen.widthF() if self.pen.isCosmetic() else self.pen.widthF() * scale
        self._margin = (link_px + self.HALO_PX) / scale
        self.setVisible(line is not None)
        self.update()

    def boundingRect(self) -> QRectF:
        if self.line is None:
            return QRectF()
        m = self._margin
        return QRectF(self.line.p1(), self.line.p2()).normalized().adjusted(-m, -m, m, m)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.line is None:
            return
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        link_px = self.pen.widthF() if self.pen.isCosmetic() else self.pen.widthF() * lod
        link_px = max(link_px, 1.5)
        halo_colour = QColor(_colours(self).selection)
        halo_colour.setAlphaF(0.45)
        halo = QPen(halo_colour, link_px + self.HALO_PX)
        halo.setCosmetic(True)
        halo.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(halo)
        painter.drawLine(self.line)
        pen = QPen(self.pen.color(), link_px)
        pen.setCosmetic(True)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(self.line)


class CaptionItem(QGraphicsItem):
    """A layer caption above its column: legible at every zoom (fixed pixel size within limits).

    "hidden · sigmoid · 100 neurons": a bold head and dim parts; where neighbouring captions
    would overlap, the scene shows fewer parts (`show_parts`).
    """

    MIN_PX, MAX_PX = 12, 17
    SEPARATOR = " \u00b7 "

    def __init__(self, text: str = ""):
        super().__init__()
        self.text = ""
        self.px = 13
        self._head, self._parts, self._shown = "", [], 0
        self._tail = ""
        self._rect = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_CAPTION)
        self.set_text(text)

    @property
    def part_count(self) -> int:
        """How many dim parts follow the head ("sigmoid", "100 neurons": 2)."""
        return len(self._parts)

    @property
    def shown_parts(self) -> int:
        return self._shown

    def set_text(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self._head, *self._parts = text.split(self.SEPARATOR)
            self._shown = len(self._parts)
            self._update_rect()

    @classmethod
    def px_for(cls, scale: float) -> int:
        """The text size at zoom `scale`: a little larger when zoomed in, never below MIN_PX."""
        return round(min(cls.MAX_PX, max(cls.MIN_PX, 13 * scale)))

    def set_zoom(self, scale: float) -> None:
        """Grow a little with the zoom, so a caption never looks smaller than the labels under it."""
        px = self.px_for(scale)
        if px != self.px:
            self.px = px
            self._update_rect()

    def width_with(self, parts: int, px: int | None = None) -> float:
        """Screen width with the head and the first `parts` dim parts (at text size `px`, default the current)."""
        px = self.px if px is None else px
        tail = "".join(self.SEPARATOR + part for part in self._parts[:parts])
        return (QFontMetricsF(font(px, True)).horizontalAdvance(self._head)
                + QFontMetricsF(font(px)).horizontalAdvance(tail))

    def show_parts(self, parts: int) -> None:
        parts = max(0, min(parts, len(self._parts)))
        if parts != self._shown:
            self._shown = parts
            self._update_rect()

    def _update_rect(self) -> None:
        self._tail = "".join(self.SEPARATOR + part for part in self._parts[:self._shown])
        width = self.width_with(self._shown)
        self.prepareGeometryChange()
        self._rect = QRectF(-width / 2 - 2, -self.px - 10, width + 4, self.px + 10)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        colours = _colours(self)
        x, baseline = self._rect.left() + 2, -8
        painter.setFont(font(self.px, True))
        painter.setPen(colours.text)
        painter.drawText(QPointF(x, baseline), self._head)
        x += QFontMetricsF(font(self.px, True)).horizontalAdvance(self._head)
        painter.setFont(font(self.px))
        painter.setPen(colours.dim_text)
        painter.drawText(QPointF(x, baseline), self._tail)

    def __repr__(self) -> str:
        return f"CaptionItem({self.text!r})"


class NeuronMarkerItem(QGraphicsItem):
    """A ring (and optionally a label) in screen pixels around a neuron too small to show them itself.

    Used for the hovered neuron of a tall layer (ring + "h17 = 0.73  b −0.70") and
    for the selection ring of such a neuron.
    """

    PX = 12

    def __init__(self, ring_width: float, alpha: float):
        super().__init__()
        self.ring_width, self.alpha = ring_width, alpha
        self.radius_px = 5.0
        self.text = ""
        self._rect = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_MARKER)
        self.setVisible(False)

    def show_at(self, centre: QPointF | None, radius_px: float = 0.0, text: str = "") -> None:
        if centre is None:
            self.setVisible(False)
            return
        self.prepareGeometryChange()
        self.radius_px = max(5.0, radius_px + 3.0)
        self.text = text
        r = self.radius_px + self.ring_width
        rect = QRectF(-r, -r, 2 * r, 2 * r)
        if text:
            width = QFontMetricsF(font(self.PX)).horizontalAdvance(text) + 12
            rect = rect.united(QRectF(self.radius_px + 6, -self.PX, width + 2, 2 * self.PX + 2))
        self._rect = rect.adjusted(-2, -2, 2, 2)
        self.setPos(centre)
        self.setVisible(True)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        colours = _colours(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ring = QColor(colours.selection)
        ring.setAlphaF(self.alpha)
        painter.setPen(QPen(ring, self.ring_width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(0, 0), self.radius_px, self.radius_px)
        if not self.text:
            return
        box = QRectF(self.radius_px + 6, -self.PX, self._rect.right() - 2 - self.radius_px - 6, 2 * self.PX)
        background = QColor(colours.background)
        background.setAlphaF(0.93)
        painter.setPen(QPen(colours.outline, 1))
        painter.setBrush(background)
        painter.drawRoundedRect(box, 4, 4)
        painter.setFont(font(self.PX))
        painter.setPen(colours.text)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.text)


def badge_text(item: NeuronItem) -> str:
    """"h17 = 0.73  b −0.70": what a shrunken neuron would show if it had room."""
    text = f"{item.label} = {item.value_text()}"
    return text + (f"   {item.bias_text()}" if item.bias is not None else "")

