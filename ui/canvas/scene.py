"""The scene: mirrors the Document as neuron, link and caption items.

`rebuild()` (on structure_changed) creates the items; `refresh()` (on values_changed)
only pushes new numbers into existing items, so a slider drag never allocates a scene.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Signal
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QApplication, QGraphicsScene

from ..selection import LinkRef, NeuronRef
from .formula import layer_caption, tooltip
from .bundle import LinkBundleItem
from .bundle_pacing import BundlePacer
from .items import MIN_RING_PX, CaptionItem, LinkHaloItem, LinkItem, NeuronItem, NeuronMarkerItem, badge_text
from .labels import GAP_PX, MAX_LABELLED, MIN_PITCH_PX, NeuronLabelItem
from .layout import layout_columns
from .palette import CanvasColours, max_abs_weight

BUNDLE_THRESHOLD = 400   # a layer pair with more links than this is drawn as one cached item
CAPTION_GAP_PX = 12      # least room between two layer captions on screen


def segment_distance(p: QPointF, line: QLineF) -> float:
    ax, ay, bx, by = line.x1(), line.y1(), line.x2(), line.y2()
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p.x() - ax) * dx + (p.y() - ay) * dy) / length2))
    return math.hypot(ax + t * dx - p.x(), ay + t * dy - p.y())


class NetworkScene(QGraphicsScene):
    """Neurons in columns, links between them; exposes its items for the view and for tests.

    neuron_items: NeuronRef -> NeuronItem (every neuron)
    link_items:   LinkRef -> LinkItem (only links drawn individually)
    bundle_items: [LinkBundleItem] (layer pairs with more than BUNDLE_THRESHOLD links)
    label_items:  NeuronRef -> NeuronLabelItem (names of inputs and outputs, fixed size on screen)
    """

    names_changed = Signal()   # input or output names changed: the room they need beside the network may too

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.colours = CanvasColours.from_palette(QApplication.palette())
        self.view_scale = 1.0
        self.neuron_items: dict[NeuronRef, NeuronItem] = {}
        self.link_items: dict[LinkRef, LinkItem] = {}
        self.bundle_items: list[LinkBundleItem] = []
        self.caption_items: list[CaptionItem] = []
        self.label_items: dict[NeuronRef, NeuronLabelItem] = {}
        self._label_layers: dict[int, list[NeuronLabelItem]] = {}
        self._shown_names = None
        self.columns = []
        self._sizes: list[int] = []
        self._neurons_by_layer: list[list[NeuronItem]] = []
        self._links_by_layer: list[list[LinkItem]] = []
        self._selected = None
        self._selected_item: NeuronItem | None = None
        self._hovered: NeuronRef | None = None
        self.bundle_pacer = BundlePacer(self, self._push_bundle_weights,
                                        lambda: max((b.render_seconds for b in self.bundle_items), default=0.0))
        self.rebuild()

    # -- counts (for the view's status and for tests) -------------------------
    def neuron_count(self) -> int:
        return len(self.neuron_items)

    def link_count(self) -> int:
        return len(self.link_items) + sum(bundle.link_count for bundle in self.bundle_items)

    # -- building ----------------------------------------------------------------
    def rebuild(self) -> None:
        """Recreate every item for the document's current structure."""
        self.clear()
        doc = self.document
        sizes = list(doc.sizes)
        self._sizes = sizes
        self.columns = layout_columns(sizes)
        self.neuron_items, self.link_items, self.bundle_items, self.caption_items = {}, {}, [], []
        self.label_items, self._label_layers, self._shown_names = {}, {}, None
        self._selected_item = None
        self._neurons_by_layer, self._links_by_layer = [], []
        last = len(sizes) - 1
        for layer, column in enumerate(self.columns):
            kind = "input" if layer == 0 else "output" if layer == last else "hidden"
            items = []
            for index, y in enumerate(column.ys.tolist()):
                item = NeuronItem(NeuronRef(layer, index), kind, column.scale)
                item.setPos(column.x, y)
                self.addItem(item)
                self.neuron_items[item.ref] = item
                items.append(item)
            self._neurons_by_layer.append(items)
            if layer in (0, last) and len(items) <= MAX_LABELLED:
                side = "left" if layer == 0 else "right"
                labels = []
                for item in items:
                    label = NeuronLabelItem(side)
                    label.setPos(item.pos())
                    self.addItem(label)
                    self.label_items[item.ref] = label
                    labels.append(label)
                self._label_layers[layer] = labels
        for k in range(last):
            source, target = self.columns[k], self.columns[k + 1]
            links = []
            if sizes[k] * sizes[k + 1] > BUNDLE_THRESHOLD:
                bundle = LinkBundleItem(k, source.points, target.points)
                self.addItem(bundle)
                self.bundle_items.append(bundle)
            else:
                thickness = max(0.35, min(1.0, source.scale, target.scale))
                for s, sy in enumerate(source.ys.tolist()):
                    for t, ty in enumerate(target.ys.tolist()):
                        item = LinkItem(LinkRef(k, s, t), QLineF(source.x, sy, target.x, ty), thickness)
                        self.addItem(item)
                        self.link_items[item.ref] = item
                        links.append(item)
            self._links_by_layer.append(links)
        top = self.content_rect().top()
        for layer, column in enumerate(self.columns):
            caption = CaptionItem()
            caption.set_zoom(self.view_scale)
            caption.setPos(column.x, top)
            self.addItem(caption)
            self.caption_items.append(caption)
        self.halo = LinkHaloItem()
        self.hover_marker = NeuronMarkerItem(ring_width=2.0, alpha=0.8)
        self.selection_marker = NeuronMarkerItem(ring_width=3.0, alpha=1.0)
        for item in (self.halo, self.hover_marker, self.selection_marker):
            self.addItem(item)
        if self._hovered not in self.neuron_items:
            self._hovered = None
        self.refresh()
        self._fit_captions()
        self._place_labels()

    def content_rect(self) -> QRectF:
        """The scene area the network occupies (neurons with their labels and bias texts)."""
        rect = QRectF()
        for items in self._neurons_by_layer:
            for item in (items[0], items[-1]) if items else ():
                rect = rect.united(item.sceneBoundingRect())
            # Labels differ in width: the widest one of a column sets its extent.
            if items and items[0].kind in ("input", "output"):
                widest = max(items, key=lambda i: i.boundingRect().width())
                rect = rect.united(widest.sceneBoundingRect())
        return rect

    # -- values ----------------------------------------------------------------
    def refresh(self) -> None:
        """Push the document's current numbers into the existing items (the slider path: keep it cheap)."""
        doc = self.document
        network = doc.network
        if network.sizes != self._sizes:  # a structure change we have not been told about yet
            self.rebuild()
            return
        max_abs = max_abs_weight(network)
        background, zero = self.colours.background, self.colours.zero_link
        for k, layer in enumerate(network.layers):
            links = self._links_by_layer[k]
            if links:
                W = layer.W.tolist()
                for item in links:
                    item.set_weight(W[item.ref.source][item.ref.target], max_abs, background, zero)
        if any(bundle.shown_weights is None for bundle in self.bundle_items):
            self._push_bundle_weights()      # new bundles show their weights at once, live or not
        elif self.bundle_items:
            self.bundle_pacer.request()
        for layer, items in enumerate(self._neurons_by_layer):
            values = doc.activations(layer).tolist()
            biases = network.layers[layer - 1].b.tolist() if layer else [None] * len(items)
            for item, value, bias, label in zip(items, values, biases, doc.shown_labels[layer]):
                item.set_state(value, bias, label)
        names = doc.shown_labels
        if names is not self._shown_names:   # the same list object until a name can have changed
            self._shown_names = names
            for layer, labels in self._label_layers.items():
                for label, text in zip(labels, names[layer]):
                    label.set_text(text)
            self.names_changed.emit()
        for layer, caption in enumerate(self.caption_items):
            caption.set_text(layer_caption(doc, layer))
        self._apply_selection()
        self._apply_hover()

    def _push_bundle_weights(self) -> None:
        network = self.document.network
        if network.sizes != self._sizes:
            return   # a rebuild is on its way and gives new bundles their weights
        max_abs = max_abs_weight(network)
        for bundle in self.bundle_items:
            bundle.set_weights(network.layers[bundle.layer].W, max_abs, self.colours.background,
                               self.colours.zero_link, draft=self.bundle_pacer.live)

    def set_colours(self, colours: CanvasColours) -> None:
        """Follow a palette change (light/dark)."""
        self.colours = colours
        for item in self.link_items.values():
            item.restyle()  # link colours are blends with the palette's background
        self.refresh()
        self.update()

    def set_view_scale(self, scale: float) -> None:
        """The view's zoom, for items that size themselves in screen pixels."""
        self.view_scale = scale
        for caption in self.caption_items:
            caption.set_zoom(scale)
        self._fit_captions()
        self._place_labels()
        self._apply_selection()
        self._apply_hover()

    def labels_shown(self, layer: int, scale: float | None = None) -> bool:
        """Are the names of neuron layer `layer` shown at zoom `scale` (default: the current one)?"""
        if layer not in self._label_layers:
            return False
        return self.columns[layer].pitch * (self.view_scale if scale is None else scale) >= MIN_PITCH_PX

    def margins_px(self, scale: float) -> tuple[float, float]:
        """Screen pixels needed left and right of content_rect() at zoom `scale`: for the input and
        output names, and for the first and last layer captions (centred on their columns)."""
        content = self.content_rect()
        margins = []
        for layer, edge in ((0, content.left()), (len(self.columns) - 1, content.right())):
            labels = self._label_layers.get(layer, [])
            widest = max((label.width_px for label in labels if label.text), default=0.0)
            names = widest + GAP_PX if widest and self.labels_shown(layer, scale) else 0.0
            item = self.caption_items[layer]
            caption = item.width_with(item.part_count, CaptionItem.px_for(scale)) / 2 + 2
            inside = abs(self.columns[layer].x - edge) * scale   # caption room over the content itself
            margins.append(max(names, caption - inside, 0.0))
        return margins[0], margins[1]

    def _fit_captions(self) -> None:
        """Captions keep their pixel size; where two would overlap on screen, the wider one shows
        fewer of its dim parts ("hidden · sigmoid · 100 neurons" → "hidden · sigmoid")."""
        captions, xs = self.caption_items, [column.x for column in self.columns]
        shown = [caption.part_count for caption in captions]
        changed = True
        while changed:
            changed = False
            for k in range(len(captions) - 1):
                widths = [captions[j].width_with(shown[j]) for j in (k, k + 1)]
                if (widths[0] + widths[1]) / 2 + CAPTION_GAP_PX <= (xs[k + 1] - xs[k]) * self.view_scale:
                    continue
                trimmable = [(widths[i], j) for i, j in enumerate((k, k + 1)) if shown[j] > 0]
                if trimmable:
                    shown[max(trimmable)[1]] -= 1
                    changed = True
        for caption, parts in zip(captions, shown):
            caption.show_parts(parts)

    def _place_labels(self) -> None:
        for layer, labels in self._label_layers.items():
            shown = self.labels_shown(layer)
            for label in labels:
                label.setVisible(shown)
            if shown and labels:
                radius_px = self._neurons_by_layer[layer][0].scene_radius * self.view_scale
                for label in labels:
                    label.set_offset(radius_px)

    # -- selection and hover -----------------------------------------------------
    def set_selected(self, ref) -> None:
        self._selected = ref
        self._apply_selection()

    def set_hovered(self, ref: NeuronRef | None) -> None:
        if ref != self._hovered:
            old = self.neuron_items.get(self._hovered)
            if old is not None:
                old.set_flags(hovered=False)
            self._hovered = ref
            self._apply_hover()

    def selected_ref(self):
        return self._selected

    def _apply_selection(self) -> None:
        ref = self._selected
        neuron = self.neuron_items.get(ref) if isinstance(ref, NeuronRef) else None
        if self._selected_item is not None and self._selected_item is not neuron:
            self._selected_item.set_flags(selected=False)
        self._selected_item = neuron
        if neuron is not None:
            neuron.set_flags(selected=True)
            radius_px = neuron.scene_radius * self.view_scale
            self.selection_marker.show_at(neuron.pos() if radius_px < MIN_RING_PX else None, radius_px)
        else:
            self.selection_marker.show_at(None)
        link = self.link_line_and_pen(ref) if isinstance(ref, LinkRef) else None
        if link is None:
            self.halo.set_link(None, None, self.view_scale)
        else:
            self.halo.set_link(link[0], link[1], self.view_scale)

    def _apply_hover(self) -> None:
        item = self.neuron_items.get(self._hovered)
        if item is None:
            self.hover_marker.show_at(None)
            return
        item.set_flags(hovered=True)
        if NeuronItem.shows_text(item.scale() * self.view_scale):
            self.hover_marker.show_at(None)
        else:
            self.hover_marker.show_at(item.pos(), item.scene_radius * self.view_scale, badge_text(item))

    def link_line_and_pen(self, ref: LinkRef) -> tuple[QLineF, QPen] | None:
        """Where link `ref` is drawn and with which pen (individual or inside a bundle), or None."""
        item = self.link_items.get(ref)
        if item is not None:
            return item.line(), item.pen()
        for bundle in self.bundle_items:
            n, m = bundle.shape_size
            if bundle.layer == ref.layer and ref.source < n and ref.target < m:
                return bundle.line(ref.source, ref.target), bundle.pen_for(ref.source, ref.target)
        return None

    # -- hit testing -----------------------------------------------------------
    def _area(self, pos: QPointF, tolerance: float) -> QRectF:
        return QRectF(pos.x() - tolerance, pos.y() - tolerance, 2 * tolerance, 2 * tolerance)

    def neuron_at(self, pos: QPointF, tolerance: float = 0.0) -> NeuronRef | None:
        """The neuron whose circle is within `tolerance` (scene units) of `pos`, nearest first."""
        best, best_distance = None, math.inf
        for item in self.items(self._area(pos, max(tolerance, 1e-3))):
            if isinstance(item, NeuronItem):
                centre = item.pos()
                distance = math.hypot(centre.x() - pos.x(), centre.y() - pos.y()) - item.scene_radius
                if distance <= tolerance and distance < best_distance:
                    best, best_distance = item.ref, distance
        return best

    def link_at(self, pos: QPointF, tolerance: float = 0.0, bundles: bool = True) -> LinkRef | None:
        """The link passing nearest `pos`, if within `tolerance` of its stroke (bundles included unless told)."""
        best, best_distance = None, math.inf
        for item in self.items(self._area(pos, max(tolerance, 1e-3))):
            if isinstance(item, LinkItem):
                distance = segment_distance(pos, item.line()) - item.pen().widthF() / 2
                ref = item.ref
            elif isinstance(item, LinkBundleItem) and bundles:
                source, target, distance = item.nearest(pos)
                ref = LinkRef(item.layer, source, target)
            else:
                continue
            if distance <= tolerance and distance < best_distance:
                best, best_distance = ref, distance
        return best

    def ref_at(self, pos: QPointF, tolerance: float = 0.0):
        """What a click at `pos` selects: a neuron before a link, else None (empty space)."""
        return self.neuron_at(pos, tolerance) or self.link_at(pos, tolerance)

    def describe(self, ref) -> str:
        """Tooltip text for a neuron or link."""
        return tooltip(self.document, ref)

    def __repr__(self) -> str:
        return (f"NetworkScene({'-'.join(map(str, self._sizes))}: {self.neuron_count()} neurons, "
                f"{self.link_count()} links, {len(self.bundle_items)} bundles)")
