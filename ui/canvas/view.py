"""The network diagram widget: zoom, pan, fit, click to select, hover for formulas."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtWidgets import QApplication, QGraphicsView, QToolTip

from ..i18n import translate
from ..selection import NeuronRef
from .legend import CanvasLegend
from .palette import CanvasColours
from .scene import NetworkScene

HINT = QT_TRANSLATE_NOOP("NetworkView", "Click a neuron or a link to select it \u00b7 drag to pan \u00b7 "
                         "wheel or Ctrl+plus/minus to zoom \u00b7 Ctrl+0 fits")


class NetworkView(QGraphicsView):
    """Shows a Document's network; clicks select through `selection`.

    Fits the whole network into the window on first show, on resize and when the
    structure changes, until the user zooms; `fit()` turns that back on.
    """

    neuron_hovered = Signal(object)   # NeuronRef when the mouse enters a neuron, None when it leaves

    ZOOM_STEP = 1.25
    MIN_SCALE, MAX_SCALE = 0.01, 60.0
    MAX_FIT_SCALE = 1.5        # a tiny network is shown large, but not blown up
    CLICK_TOLERANCE_PX = 5.0   # a click this close to a link or neuron hits it
    MARGIN_PX = 16
    CAPTION_PX = 28            # room above the columns for the layer captions
    HOVER_BUNDLE_LIMIT = 200_000   # above this many bundled links, hovering skips the nearest-link search

    def __init__(self, document, selection, parent=None):
        super().__init__(parent)
        self._document = document
        self._selection = selection
        self._scene = NetworkScene(document, self)
        # A name that grows (y1 → x1 XOR x2 once the network computes XOR) must not be cut at the edge.
        self._scene.names_changed.connect(lambda: self.fit() if self._auto_fit else None)
        self.setScene(self._scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.setToolTip(translate("NetworkView", HINT))
        self.legend = CanvasLegend(self)
        self._auto_fit = True
        self._hovered: NeuronRef | None = None
        self._press_pos: QPointF | None = None   # left press on empty space: a click clears, a drag pans
        self._press_consumed = False
        self._pan_from: QPointF | None = None    # middle-button pan
        self.last_tooltip = ""
        self._apply_palette()
        self._scene.set_selected(selection.current)

        document.structure_changed.connect(self._on_structure_changed)
        document.values_changed.connect(self._scene.refresh)
        selection.changed.connect(self._scene.set_selected)

    def scene(self) -> NetworkScene:
        return self._scene

    # -- zoom ------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self.transform().m11()

    @property
    def auto_fit(self) -> bool:
        return self._auto_fit

    def set_fast_drawing(self, fast: bool) -> None:
        """Draw without antialiasing (about 2.5× cheaper) while the picture is moving, e.g. during training.

        Large link bundles then also re-render at a low rate (see bundle_pacing); leaving fast mode
        shows their latest weights at once.
        """
        self._scene.bundle_pacer.set_live(fast)
        if fast == (not self.renderHints() & QPainter.RenderHint.Antialiasing):
            return
        self.setRenderHint(QPainter.RenderHint.Antialiasing, not fast)
        self.viewport().update()

    def fit(self) -> None:
        """Show the whole network (with captions and legend room), and keep doing so on resize."""
        self._auto_fit = True
        content = self._scene.content_rect()
        if content.isEmpty():
            return
        size = self.maximumViewportSize()   # as if no scroll bars: at the fitted zoom there are none
        margin = self.MARGIN_PX
        top = self.CAPTION_PX + margin
        bottom = max(margin, self.legend.height() + 2 * margin if self.legend.isVisible() else 0)
        height = max(40.0, size.height() - top - bottom)

        def scale_for(left_px: float, right_px: float) -> float:
            width = max(40.0, size.width() - 2 * margin - left_px - right_px)
            scale = min(width / content.width(), height / content.height(), self.MAX_FIT_SCALE) * 0.998
            return max(self.MIN_SCALE, scale)

        # Input and output names and the layer captions keep their pixel size at any zoom: room for
        # them is set aside in pixels, for the zoom it leads to (a second pass settles it).
        left_px, right_px = self._scene.margins_px(scale_for(0.0, 0.0))
        scale = scale_for(left_px, right_px)
        left_px, right_px = self._scene.margins_px(scale)
        scale = scale_for(left_px, right_px)
        # The scene rect is exactly what the viewport shows now (content and names centred between
        # the caption band and the legend), so zooming in from here can always scroll both ways.
        centre = content.center() + QPointF((right_px - left_px) / (2 * scale), 0.0)
        view_w, view_h = size.width() * 0.999 / scale, size.height() * 0.999 / scale
        area = QRectF(centre.x() - view_w / 2, centre.y() - (top + height / 2) / scale, view_w, view_h)
        self.setSceneRect(area)
        self._set_scale(scale)
        self.centerOn(area.center())

    def zoom_in(self) -> None:
        self._zoom_by(self.ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_by(1 / self.ZOOM_STEP)

    def reset_zoom(self) -> None:
        """Actual size: one scene unit per pixel (a full-size neuron is 46 px across)."""
        self._zoom_by(1.0 / self.zoom)

    def _set_scale(self, scale: float) -> None:
        self.setTransform(QTransform.fromScale(scale, scale))
        self._scene.set_view_scale(scale)

    def _zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by `factor`, keeping the scene point under viewport position `anchor` (default: the centre) still."""
        current = self.zoom
        target = min(self.MAX_SCALE, max(self.MIN_SCALE, current * factor))
        self._auto_fit = False
        if target == current:
            return
        if anchor is None:
            anchor = QPointF(self.viewport().rect().center())
        fixed = self.mapToScene(anchor.toPoint())
        previous = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.scale(target / current, target / current)
        self.setTransformationAnchor(previous)
        drift = self.mapFromScene(fixed) - anchor.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + drift.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + drift.y())
        self._scene.set_view_scale(target)

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps == 0:
            super().wheelEvent(event)
            return
        self._zoom_by(self.ZOOM_STEP ** steps, anchor=event.position())
        event.accept()

    def keyPressEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            key = event.key()
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.zoom_in()
                return
            if key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
                self.zoom_out()
                return
            if key == Qt.Key.Key_0:
                self.fit()
                return
        super().keyPressEvent(event)

    # -- mouse -----------------------------------------------------------------
    def _tolerance(self) -> float:
        return self.CLICK_TOLERANCE_PX / max(self.zoom, 1e-9)

    def ref_at(self, pos: QPoint | QPointF):
        """The neuron or link under viewport position `pos`, or None."""
        return self._scene.ref_at(self.mapToScene(QPointF(pos).toPoint()), self._tolerance())

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        self._press_consumed = False
        self._press_pos = None
        if event.button() == Qt.MouseButton.LeftButton:
            ref = self.ref_at(event.position())
            if ref is not None:
                self._selection.set(ref)
                self._press_consumed = True
                event.accept()
                return
            self._press_pos = event.position()
        super().mousePressEvent(event)   # empty space: ScrollHandDrag starts panning

    def mouseMoveEvent(self, event) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - round(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            event.accept()
            return
        if self._press_consumed:
            event.accept()
            return
        super().mouseMoveEvent(event)
        if event.buttons() == Qt.MouseButton.NoButton:
            self._update_hover(event.position())

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if self._press_consumed:
            self._press_consumed = False
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self._press_pos is not None:
            moved = (event.position() - self._press_pos).manhattanLength()
            self._press_pos = None
            if moved < QApplication.startDragDistance():
                self._selection.clear()   # a click (not a pan) on empty space

    def _update_hover(self, pos: QPointF) -> None:
        scene_pos = self.mapToScene(pos.toPoint())
        neuron = self._scene.neuron_at(scene_pos, self._tolerance())
        bundles = self._scene.link_count() <= self.HOVER_BUNDLE_LIMIT   # keep mouse moves cheap
        clickable = neuron is not None or self._scene.link_at(scene_pos, self._tolerance(), bundles) is not None
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.OpenHandCursor)
        self._set_hovered(neuron)

    def _set_hovered(self, ref: NeuronRef | None) -> None:
        if ref != self._hovered:
            self._hovered = ref
            self._scene.set_hovered(ref)
            self.neuron_hovered.emit(ref)

    def viewportEvent(self, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ToolTip:
            ref = self.ref_at(event.pos())
            self.last_tooltip = self._scene.describe(ref) if ref is not None else translate("NetworkView", HINT)
            QToolTip.showText(event.globalPos(), self.last_tooltip, self.viewport())
            return True
        if kind == QEvent.Type.Leave:
            self._set_hovered(None)
        return super().viewportEvent(event)

    # -- document --------------------------------------------------------------
    def _on_structure_changed(self) -> None:
        self._set_hovered(None)
        self._scene.rebuild()
        self.fit()

    # -- widget ----------------------------------------------------------------
    def _apply_palette(self) -> None:
        colours = CanvasColours.from_palette(self.palette())
        self.setBackgroundBrush(colours.background)
        self._scene.set_colours(colours)
        self.legend.update()

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_palette()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        viewport = self.viewport().geometry()
        self.legend.resize(self.legend.sizeHint())
        self.legend.move(viewport.left() + 8, viewport.bottom() - self.legend.height() - 7)
        # In a cramped view the key would hide the network: show it only when there is room.
        self.legend.setVisible(viewport.width() >= 1.4 * self.legend.width()
                               and viewport.height() >= 4 * self.legend.height())
        if self._auto_fit:
            self.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._auto_fit:
            self.fit()

    def __repr__(self) -> str:
        return f"NetworkView({self._scene!r}, zoom={self.zoom:.3g})"
