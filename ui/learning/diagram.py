"""The step-through diagram: neurons with their numbers, formulas beside the active layer,
links coloured by weight or gradient (sign = colour, size = width), values on hover.

It paints a `DiagramContent` (ui/learning/steps.py) and holds no numbers of its own.
Layers wider than MAX_SHOWN neurons show their first ones and say how many are left
(the matrix panel beside it has them all).
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import (QGraphicsEllipseItem, QGraphicsLineItem, QGraphicsRectItem, QGraphicsScene,
                               QGraphicsSimpleTextItem, QGraphicsView)

from ..canvas.items import font
from ..canvas.palette import CanvasColours, mix, output_fill, sign_colour, text_colour_on
from ..i18n import translate
from ..widgets import ACCENT
from .steps import DiagramContent, num

MAX_SHOWN = 10
SPACING = 200.0
PITCH = 92.0
RADIUS = 22.0
MIN_SCALE = 0.85


class LinkLine(QGraphicsLineItem):
    """A link with a generous hover area, so thin lines still show their tooltip."""

    def shape(self) -> QPainterPath:
        path = QPainterPath(self.line().p1())
        path.lineTo(self.line().p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(max(8.0, self.pen().widthF()))
        return stroker.createStroke(path)


class NeuronGlyph:
    """The items of one neuron: circle, number, formula box, badge."""

    def __init__(self, scene: QGraphicsScene, centre: QPointF):
        self.centre = centre
        self.circle = QGraphicsEllipseItem(QRectF(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS))
        self.circle.setPos(centre)
        self.circle.setZValue(2)
        self.number = QGraphicsSimpleTextItem(self.circle)
        self.number.setFont(font(12, bold=True))
        self.badge = QGraphicsSimpleTextItem()
        self.badge.setFont(font(11))
        self.badge.setZValue(3)
        self.box = QGraphicsRectItem()
        self.box.setZValue(4)
        self.formula = QGraphicsSimpleTextItem(self.box)
        self.formula.setFont(font(12))
        for item in (self.circle, self.badge, self.box):
            scene.addItem(item)
        self.content = None

    @property
    def lines(self) -> list[str]:
        return list(self.content.lines) if self.content else []

    def show(self, content, colours: CanvasColours, left_side: bool) -> None:
        self.content = content
        fill = output_fill(content.value, colours.neutral) if content.value is not None else colours.background
        self.circle.setBrush(QBrush(fill))
        accent = QColor("#E69F00")
        self.circle.setPen(QPen(accent if content.active else colours.outline, 3.0 if content.active else 1.4))
        self.circle.setToolTip(content.tooltip)
        self.number.setText("" if content.value is None else num(content.value))
        self.number.setBrush(text_colour_on(fill))
        r = self.number.boundingRect()
        self.number.setPos(-r.width() / 2, -r.height() / 2)
        self.badge.setText(content.badge)
        self.badge.setBrush(colours.text)
        b = self.badge.boundingRect()
        self.badge.setPos(self.centre.x() - b.width() / 2, self.centre.y() + RADIUS + 2)
        self.formula.setText("\n".join(content.lines))
        self.formula.setBrush(colours.text)
        self.box.setVisible(bool(content.lines))
        if content.lines:
            f = self.formula.boundingRect()
            rect = QRectF(0, 0, f.width() + 12, f.height() + 8)
            self.formula.setPos(6, 4)
            self.box.setRect(rect)
            background = QColor(colours.background)
            background.setAlpha(235)
            self.box.setBrush(background)
            self.box.setPen(QPen(accent if content.active else colours.outline, 1.2))
            x = self.centre.x() - RADIUS - 8 - rect.width() if left_side else self.centre.x() + RADIUS + 8
            self.box.setPos(x, self.centre.y() - rect.height() / 2)
            self.box.setToolTip(content.tooltip)


class StepDiagram(QGraphicsView):
    """Rebuilt for every step (at most MAX_SHOWN neurons a layer, so at most a few hundred items):
    the gap after a layer widens to fit its formula boxes, so they never cover the next layer."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setMinimumSize(420, 300)
        self.colours = CanvasColours.from_palette(self.palette())
        self.setBackgroundBrush(self.colours.background)
        self.neurons: list[list[NeuronGlyph]] = []
        self.links: list[dict[tuple[int, int], LinkLine]] = []
        self.hidden_counts: list[int] = []
        self._focus = None

    def clear(self) -> None:
        self.scene().clear()
        self.neurons, self.links, self.hidden_counts = [], [], []

    def _column_xs(self, content: DiagramContent) -> list[float]:
        """x of every neuron layer: SPACING apart, wider after a layer whose formulas show on its right."""
        metrics = QFontMetricsF(font(12))
        xs, x, last = [], 0.0, len(content.neurons) - 1
        for layer, cells in enumerate(content.neurons):
            xs.append(x)
            widest = max((metrics.horizontalAdvance(line) for cell in cells[:MAX_SHOWN] for line in cell.lines),
                         default=0.0)
            if layer < last:
                x += max(SPACING, widest + 2 * RADIUS + 56) if widest else SPACING
            elif widest and last > 0:   # the output layer's boxes go on its left: widen the gap before it
                extra = widest + 2 * RADIUS + 56 - (xs[-1] - xs[-2])
                if extra > 0:
                    xs[-1] += extra
        return xs

    # -- content -----------------------------------------------------------------
    def show_content(self, content: DiagramContent, sizes: list[int]) -> None:
        self.clear()
        scene = self.scene()
        xs = self._column_xs(content)
        centres = []
        for layer, size in enumerate(sizes):
            shown = min(size, MAX_SHOWN)
            centres.append([QPointF(xs[layer], (i - (shown - 1) / 2.0) * PITCH) for i in range(shown)])
            self.hidden_counts.append(size - shown)
        faint = mix(self.colours.background, self.colours.text, 0.18)
        for k in range(len(sizes) - 1):
            values = content.links[k]
            emphasised = content.active_links is None or k == content.active_links or (
                content.link_mode == "gradient" and k >= content.active_links)
            finite = np.abs(values[np.isfinite(values)])
            # Gradients: widths relative to this layer's largest |∂L/∂w| (early layers' are often far
            # smaller and would vanish next to the output's); weights: to the network's largest |w|.
            largest = float(finite.max()) if content.link_mode == "gradient" and finite.size else self._largest(content)
            # |∂L/∂w| view: one scale for the whole network, so fading early layers show vanishing gradients.
            layer_links = {}
            for i, p in enumerate(centres[k]):
                for j, q in enumerate(centres[k + 1]):
                    value = float(values[i, j])
                    share = min(1.0, abs(value) / largest) if largest > 0 and math.isfinite(value) else 0.0
                    if content.link_mode == "magnitude":
                        colour = mix(self.colours.zero_link, QColor(ACCENT), 0.25 + 0.75 * share)
                    else:
                        colour = QColor(sign_colour(value)) if value != 0 else QColor(self.colours.zero_link)
                    line = LinkLine(p.x() + RADIUS, p.y(), q.x() - RADIUS, q.y())
                    line.setPen(QPen(colour if emphasised else faint, 1.0 + 6.0 * share if emphasised else 1.0))
                    line.setZValue(1)
                    line.setData(0, value)
                    scene.addItem(line)
                    layer_links[(i, j)] = line
            self.links.append(layer_links)
        last = len(sizes) - 1
        for layer, points in enumerate(centres):
            glyphs = [NeuronGlyph(scene, p) for p in points]
            for j, glyph in enumerate(glyphs):
                glyph.show(content.neurons[layer][j], self.colours, left_side=layer == last and last > 0)
            self.neurons.append(glyphs)
            if self.hidden_counts[layer]:
                more = QGraphicsSimpleTextItem(translate("StepDiagram", "… {count} more\n(see the matrices)").format(
                    count=self.hidden_counts[layer]))
                more.setFont(font(11))
                more.setBrush(self.colours.dim_text)
                more.setPos(points[-1].x() - 40, points[-1].y() + RADIUS + 22)
                scene.addItem(more)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        active = [g.box.sceneBoundingRect() | g.circle.sceneBoundingRect()
                  for layer in self.neurons for g in layer if g.content.active]
        self._focus = active[0].united(active[-1]).center() if active else None
        self._fit()

    @staticmethod
    def _largest(content: DiagramContent) -> float:
        finite = [float(np.abs(v[np.isfinite(v)]).max()) for v in content.links if np.isfinite(v).any()]
        return max(finite, default=0.0)

    def set_link_tooltips(self, tooltip_of) -> None:
        """tooltip_of(k, i, j) -> str for every drawn link (asked once per step)."""
        for k, layer_links in enumerate(self.links):
            for (i, j), line in layer_links.items():
                line.setToolTip(tooltip_of(k, i, j))

    def _fit(self) -> None:
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        self.resetTransform()
        scale = min(self.viewport().width() / rect.width(), self.viewport().height() / rect.height())
        fits = scale >= MIN_SCALE
        scale = max(MIN_SCALE, min(1.2, scale))
        self.scale(scale, scale)
        # Too wide to fit: keep the active layer (and its formulas) in view.
        self.centerOn(rect.center() if fits or self._focus is None else self._focus)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()
