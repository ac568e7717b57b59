"""The network canvas mirrors the Document: items, clicks, hover, tooltips, zoom and updates."""
import math

import numpy as np

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication

from simulator import Network
from simulator.network import Dense
from ui.canvas import BUNDLE_THRESHOLD, NetworkView
from ui.canvas.items import NeuronItem
from ui.canvas.palette import POSITIVE_COLOUR, format_compact, format_value
from ui.document import Document
from ui.selection import LinkRef, NeuronRef, Selection


def and_gate() -> Network:
    return Network([Dense([[0.5], [0.5]], [-0.7], "step")])


def textbook() -> Network:
    """The 2-3-2-2 network of "Deep Learning from Scratch", chapter 3."""
    return Network([Dense([[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]], [0.1, 0.2, 0.3], "sigmoid"),
                    Dense([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]], [0.1, 0.2], "sigmoid"),
                    Dense([[0.1, 0.3], [0.2, 0.4]], [0.1, 0.2], "identity")])


@pytest.fixture
def make_view(qtbot):
    def make(network, inputs=None, size=(900, 600)):
        document = Document(network)
        if inputs is not None:
            document.set_inputs(inputs)
        selection = Selection()
        view = NetworkView(document, selection)
        qtbot.addWidget(view)
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        return view, document, selection
    return make


def at(view, scene_point) -> QPoint:
    """Viewport position of a scene point."""
    return view.mapFromScene(QPointF(scene_point))


def midpoint(line) -> QPointF:
    return (line.p1() + line.p2()) / 2


def visible_rect(view):
    return view.mapToScene(view.viewport().rect()).boundingRect()


def same_rgb(a: QColor, b: QColor) -> bool:
    return (a.red(), a.green(), a.blue()) == (b.red(), b.green(), b.blue())


# -- what is drawn ---------------------------------------------------------------

@pytest.mark.parametrize("sizes", [[2, 1], [2, 2, 1], [2, 3, 2, 2], [2, 8, 8, 1]])
def test_draws_one_item_per_neuron_and_link(make_view, sizes):
    view, _, _ = make_view(Network.build(sizes, seed=1))
    scene = view.scene()
    links = sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
    assert scene.neuron_count() == sum(sizes)
    assert scene.link_count() == links
    assert scene.bundle_items == []
    assert set(scene.neuron_items) == {NeuronRef(l, i) for l, n in enumerate(sizes) for i in range(n)}
    assert set(scene.link_items) == {LinkRef(k, s, t) for k in range(len(sizes) - 1)
                                     for s in range(sizes[k]) for t in range(sizes[k + 1])}
    # Columns left to right, each link joining its two neurons.
    xs = [scene.neuron_items[NeuronRef(l, 0)].pos().x() for l in range(len(sizes))]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)
    for ref, item in scene.link_items.items():
        line = item.line()
        assert line.p1() == scene.neuron_items[NeuronRef(ref.layer, ref.source)].pos()
        assert line.p2() == scene.neuron_items[NeuronRef(ref.layer + 1, ref.target)].pos()


def test_large_layer_pairs_are_drawn_as_bundles(make_view):
    view, _, _ = make_view(Network.build([784, 100, 10], hidden="sigmoid", output="softmax", seed=0))
    scene = view.scene()
    assert len(scene.bundle_items) == 2
    assert scene.link_items == {}
    assert scene.neuron_count() == 784 + 100 + 10
    assert scene.link_count() == 784 * 100 + 100 * 10
    assert sorted(b.shape_size for b in scene.bundle_items) == [(100, 10), (784, 100)]


def test_bundle_threshold_is_per_layer_pair(make_view):
    assert BUNDLE_THRESHOLD == 400
    view, _, _ = make_view(Network.build([20, 20, 21], seed=0))
    scene = view.scene()
    assert len(scene.link_items) == 400                      # 20×20: exactly at the threshold, one item each
    assert [b.shape_size for b in scene.bundle_items] == [(20, 21)]
    assert scene.link_count() == 400 + 420


def test_layer_captions_name_layers_and_activations(make_view):
    view, document, _ = make_view(textbook())
    captions = [c.text for c in view.scene().caption_items]
    assert captions == ["inputs", "hidden 1 \u00b7 sigmoid", "hidden 2 \u00b7 sigmoid", "outputs \u00b7 identity"]
    document.set_activation(3, "softmax")
    assert view.scene().caption_items[3].text == "outputs \u00b7 softmax"
    and_view, _, _ = make_view(and_gate())
    assert [c.text for c in and_view.scene().caption_items] == ["inputs", "output \u00b7 step"]


def test_neurons_show_output_bias_and_labels(make_view):
    view, document, _ = make_view(and_gate(), inputs=[1, 1])
    items = view.scene().neuron_items
    assert items[NeuronRef(0, 0)].value_text() == "1"
    assert items[NeuronRef(0, 0)].bias_text() is None        # inputs have no bias
    assert items[NeuronRef(0, 0)].label == "x1"
    assert items[NeuronRef(1, 0)].value_text() == "1"        # 0.5 + 0.5 − 0.7 = 0.3 > 0
    assert items[NeuronRef(1, 0)].bias_text() == "b \u22120.70"
    assert items[NeuronRef(1, 0)].label == document.label(1, 0)


# -- clicking ----------------------------------------------------------------------

def test_clicking_a_link_selects_it(make_view, qtbot):
    view, _, selection = make_view(textbook(), inputs=[1.0, 0.5])
    ref = LinkRef(1, 2, 0)
    line = view.scene().link_items[ref].line()
    # A third of the way along: its midpoint is where it crosses link 1→1.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, line.pointAt(0.3)))
    assert selection.current == ref
    halo = view.scene().halo
    assert halo.isVisible() and halo.line == line


def test_clicking_a_neuron_selects_it(make_view, qtbot):
    view, _, selection = make_view(textbook())
    item = view.scene().neuron_items[NeuronRef(2, 1)]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, item.pos()))
    assert selection.current == NeuronRef(2, 1)
    assert item.selected


def test_clicking_empty_space_clears_the_selection(make_view, qtbot):
    view, _, selection = make_view(textbook())
    selection.set(NeuronRef(1, 1))
    empty = QPoint(view.viewport().width() - 10, 10)
    assert view.ref_at(empty) is None
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=empty)
    assert selection.current is None
    assert not view.scene().neuron_items[NeuronRef(1, 1)].selected


def test_a_thin_link_is_clickable_within_a_tolerance(make_view, qtbot):
    network = Network([Dense([[1.0, 0.001]], [0.0, 0.0], "identity")])  # the second weight is nearly zero
    view, _, selection = make_view(network)
    line = view.scene().link_items[LinkRef(0, 0, 1)].line()
    point = at(view, midpoint(line)) + QPoint(0, 3)                         # 3 px beside the line
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert selection.current == LinkRef(0, 0, 1)


def test_dragging_empty_space_pans_without_clearing(make_view, qtbot):
    view, _, selection = make_view(Network.build([2, 8, 8, 1], seed=0))
    selection.set(NeuronRef(1, 0))
    for _ in range(4):
        view.zoom_in()
    empty = QPoint(view.viewport().width() // 2, view.viewport().height() // 2)
    while view.ref_at(empty) is not None:   # find a spot with nothing on it
        empty += QPoint(7, 3)
    before = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=empty)
    qtbot.mouseMove(view.viewport(), empty + QPoint(60, 40))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=empty + QPoint(60, 40))
    after = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    assert after != before
    assert selection.current == NeuronRef(1, 0)


def test_middle_button_drag_pans_even_over_items(make_view, qtbot):
    view, _, selection = make_view(Network.build([2, 8, 8, 1], seed=0))
    for _ in range(4):
        view.zoom_in()
    start = at(view, view.scene().neuron_items[NeuronRef(1, 3)].pos())   # on a neuron
    before = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    qtbot.mousePress(view.viewport(), Qt.MouseButton.MiddleButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(-50, 30))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.MiddleButton, pos=start + QPoint(-50, 30))
    after = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    assert after[0] > before[0] and after[1] < before[1]       # content follows the mouse
    assert selection.current is None                          # panning selects nothing


def _brute_force_nearest(point: QPointF, sources, targets):
    """Nearest segment by plain Python loops: the oracle for the vectorised search."""
    best = (math.inf, None)
    for s, (ax, ay) in enumerate(sources):
        for t, (bx, by) in enumerate(targets):
            dx, dy = bx - ax, by - ay
            u = max(0.0, min(1.0, ((point.x() - ax) * dx + (point.y() - ay) * dy) / (dx * dx + dy * dy)))
            d = math.hypot(ax + u * dx - point.x(), ay + u * dy - point.y())
            best = min(best, (d, (s, t)))
    return best


@pytest.mark.parametrize("sizes", [[25, 20, 1], [784, 30, 2]])
def test_clicking_inside_a_bundle_selects_the_nearest_link(make_view, qtbot, sizes):
    view, _, selection = make_view(Network.build(sizes, seed=2))
    bundle = view.scene().bundle_items[0]
    assert bundle.layer == 0
    for _ in range(3):
        view.zoom_in()
    line = bundle.line(3, 7)
    pos = at(view, line.pointAt(0.4))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    clicked = view.mapToScene(pos)
    distance, (s, t) = _brute_force_nearest(clicked, bundle.sources.tolist(), bundle.targets.tolist())
    assert selection.current == LinkRef(0, s, t)
    assert distance <= view.CLICK_TOLERANCE_PX / view.zoom
    assert view.scene().halo.isVisible() and view.scene().halo.line == bundle.line(s, t)


# -- selection made elsewhere ----------------------------------------------------

def test_selection_from_elsewhere_moves_the_highlight(make_view):
    view, _, selection = make_view(textbook())
    scene = view.scene()
    selection.set(NeuronRef(1, 2))
    assert scene.neuron_items[NeuronRef(1, 2)].selected
    selection.set(LinkRef(0, 1, 2))
    assert not scene.neuron_items[NeuronRef(1, 2)].selected
    assert scene.halo.isVisible() and scene.halo.line == scene.link_items[LinkRef(0, 1, 2)].line()
    selection.clear()
    assert not scene.halo.isVisible()
    assert not any(item.selected for item in scene.neuron_items.values())


def test_selecting_a_shrunken_neuron_shows_a_pixel_ring(make_view):
    view, _, selection = make_view(Network.build([784, 100, 10], seed=0))
    selection.set(NeuronRef(0, 400))
    marker = view.scene().selection_marker
    assert marker.isVisible() and marker.pos() == view.scene().neuron_items[NeuronRef(0, 400)].pos()
    selection.set(NeuronRef(2, 3))          # full-size neuron: its own ring, no marker
    assert not marker.isVisible()


# -- following the document ------------------------------------------------------

def is_blue(colour: QColor) -> bool:
    return colour.blue() > colour.red() + 40


def is_vermillion(colour: QColor) -> bool:
    return colour.red() > colour.blue() + 40


def test_weight_edits_change_colour_and_width(make_view):
    network = Network([Dense([[1.0, 0.2]], [0.0, 0.0], "identity")])   # the largest |w| stays 1
    view, document, _ = make_view(network)
    strongest = view.scene().link_items[LinkRef(0, 0, 0)]
    assert same_rgb(strongest.pen().color(), POSITIVE_COLOUR)       # the largest |w|: the full colour
    item = view.scene().link_items[LinkRef(0, 0, 1)]
    assert is_blue(item.pen().color())
    weak = item.pen().widthF(), item.pen().color().lightness()
    document.set_weight(LinkRef(0, 0, 1), 0.9)
    assert view.scene().link_items[LinkRef(0, 0, 1)] is item       # updated, not rebuilt
    assert is_blue(item.pen().color())
    assert item.pen().widthF() > weak[0]
    assert item.pen().color().lightness() < weak[1]                 # stronger: less faded
    width = item.pen().widthF()
    document.set_weight(LinkRef(0, 0, 1), -0.9)
    assert is_vermillion(item.pen().color())                        # sign flip
    assert item.pen().widthF() == pytest.approx(width)              # same |w|, same width
    assert item.pen().widthF() < strongest.pen().widthF()           # |−0.9| < |1.0|
    assert item.zValue() < strongest.zValue()                       # strong links lie on top
    document.set_weight(LinkRef(0, 0, 0), -2.0)                              # a new largest |w| rescales the others
    assert strongest.pen().widthF() > item.pen().widthF() and is_vermillion(strongest.pen().color())
    assert item.pen().widthF() < width
    for _ in range(3):
        document.undo_stack.undo()
    assert is_blue(item.pen().color())
    assert item.pen().widthF() == pytest.approx(weak[0])


def test_zero_weight_has_neither_sign_colour(make_view):
    network = Network([Dense([[1.0, 0.0]], [0.0, 0.0], "identity")])
    view, _, _ = make_view(network)
    colour = view.scene().link_items[LinkRef(0, 0, 1)].pen().color()
    assert not is_blue(colour) and not is_vermillion(colour)


def test_widths_are_relative_to_the_largest_weight(make_view):
    network = Network([Dense([[0.001, 0.002]], [0.0, 0.0], "identity")])
    view, _, _ = make_view(network)
    links = view.scene().link_items
    # Tiny weights still get visible links: the largest one is drawn as wide as any largest weight.
    assert links[LinkRef(0, 0, 1)].pen().widthF() > links[LinkRef(0, 0, 0)].pen().widthF() >= 1.0


def test_bundle_pens_follow_weight_edits(make_view):
    view, document, _ = make_view(Network.build([25, 20, 1], seed=0))
    bundle = view.scene().bundle_items[0]
    largest = max(abs(layer.W).max() for layer in document.network.layers)
    document.set_weight(LinkRef(0, 3, 7), largest)
    positive = bundle.pen_for(3, 7).color()
    assert positive.blue() > positive.red()
    document.set_weight(LinkRef(0, 3, 7), -largest)
    negative = bundle.pen_for(3, 7).color()
    assert negative.red() > negative.blue()
    strong = bundle.pen_for(3, 7).widthF()
    document.set_weight(LinkRef(0, 3, 7), -0.01 * largest)
    assert bundle.pen_for(3, 7).widthF() < strong


def test_input_edits_change_the_displayed_numbers(make_view):
    view, document, _ = make_view(and_gate(), inputs=[1, 1])
    items = view.scene().neuron_items
    output = items[NeuronRef(1, 0)]
    document.set_input(NeuronRef(0, 0), 0.0)
    assert items[NeuronRef(0, 0)].value_text() == "0"
    assert output.value_text() == "0"                      # 0.5 − 0.7 < 0
    document.set_input(NeuronRef(0, 0), 1.0)
    assert output.value_text() == "1"
    view2, document2, _ = make_view(textbook(), inputs=[1.0, 0.5])
    for layer in range(4):
        for index, value in enumerate(document2.activations(layer)):
            assert view2.scene().neuron_items[NeuronRef(layer, index)].value_text() == format_value(value)
    assert view2.scene().neuron_items[NeuronRef(3, 0)].value_text() == "0.32"   # the textbook's y1 = 0.3168


def test_value_updates_reuse_items(make_view):
    # How long an update takes is measured by benchmarks/bench_canvas.py ("refresh"), not asserted here.
    view, document, _ = make_view(Network.build([2, 8, 8, 1], hidden="tanh", output="sigmoid", seed=0))
    scene = view.scene()
    before = (dict(scene.neuron_items), dict(scene.link_items))
    for step in range(30):
        document.set_weight(LinkRef(1, 2, 3), 0.01 * step)
    assert (scene.neuron_items, scene.link_items) == before
    assert all(a is b for a, b in zip(scene.neuron_items.values(), before[0].values()))
    assert scene.link_items[LinkRef(1, 2, 3)].weight == pytest.approx(0.29)


def test_structure_changes_rebuild_and_refit(make_view):
    view, document, selection = make_view(Network.build([2, 3, 1], seed=0))
    selection.set(LinkRef(1, 2, 0))
    old_items = list(view.scene().neuron_items.values())
    document.set_layer_size(1, 6)
    scene = view.scene()
    assert scene.neuron_count() == 2 + 6 + 1 and scene.link_count() == 2 * 6 + 6
    assert not any(new is old for new in scene.neuron_items.values() for old in old_items)
    assert visible_rect(view).contains(scene.content_rect())
    document.set_layer_size(1, 2)                       # the selected link 2→0 no longer exists
    assert scene.link_count() == 2 * 2 + 2
    assert not scene.halo.isVisible()
    document.undo_stack.undo()
    assert scene.neuron_count() == 2 + 6 + 1


# -- hover and tooltips ------------------------------------------------------------

def test_and_gate_neuron_tooltip_shows_the_formula(make_view):
    view, document, _ = make_view(and_gate(), inputs=[1, 1])
    text = view.scene().describe(NeuronRef(1, 0))
    assert "a = 0.5\u00b7x1 + 0.5\u00b7x2 \u2212 0.7 = 0.3 \u2192 step(a) = 1" in text
    assert "x1 = 1, x2 = 1" in text
    document.set_input(NeuronRef(0, 1), 0.0)
    assert "= \u22120.2 \u2192 step(a) = 0" in view.scene().describe(NeuronRef(1, 0))


def test_tooltip_event_on_the_viewport(make_view, qtbot):
    view, _, _ = make_view(and_gate(), inputs=[1, 1])
    pos = at(view, view.scene().neuron_items[NeuronRef(1, 0)].pos())
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    assert "step(a) = 1" in view.last_tooltip
    line = view.scene().link_items[LinkRef(0, 1, 0)].line()
    pos = at(view, midpoint(line))
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos)))
    assert view.last_tooltip.startswith("w(x2\u2192y1) = 0.5")


def test_tooltip_of_a_neuron_with_many_inputs_is_abbreviated(make_view):
    view, document, _ = make_view(Network.build([784, 3], output="sigmoid", seed=0))
    text = view.scene().describe(NeuronRef(1, 2))
    W = document.network.layers[0].W
    assert text.count("\u00b7x") == 3                       # the first three terms ...
    assert f"{format_compact(W[0, 2])}\u00b7x1" in text
    assert "+ \u2026 (784 terms)" in text                   # ... then how many there are
    assert text.endswith("Click to select it and edit its bias or activation.")
    assert f"sigmoid(a) = {format_compact(document.activations(1)[2])}" in text


def test_link_and_input_tooltips(make_view):
    view, _, _ = make_view(textbook(), inputs=[1.0, 0.5])
    assert view.scene().describe(LinkRef(1, 2, 1)).startswith("w(h1_3\u2192h2_2) = 0.6")
    assert "value = 0.5" in view.scene().describe(NeuronRef(0, 1))


def test_hovering_a_neuron_emits_neuron_hovered(make_view, qtbot):
    view, _, _ = make_view(textbook())
    item = view.scene().neuron_items[NeuronRef(1, 1)]
    with qtbot.waitSignal(view.neuron_hovered, timeout=1000) as entered:
        qtbot.mouseMove(view.viewport(), at(view, item.pos()))
    assert entered.args == [NeuronRef(1, 1)]
    assert item.hovered
    with qtbot.waitSignal(view.neuron_hovered, timeout=1000) as left:
        qtbot.mouseMove(view.viewport(), QPoint(view.viewport().width() - 5, 5))
    assert left.args == [None]
    assert not item.hovered


def test_hovering_a_shrunken_neuron_shows_its_numbers(make_view):
    view, document, _ = make_view(Network.build([784, 100, 10], seed=0))
    scene = view.scene()
    scene.set_hovered(NeuronRef(1, 17))
    assert scene.hover_marker.isVisible()
    bias = format_value(document.bias(NeuronRef(1, 17)))
    assert scene.hover_marker.text == f"h18 = {format_value(document.activations(1)[17])}   b {bias}"
    scene.set_hovered(NeuronRef(2, 0))           # full size: shows its own numbers
    assert not scene.hover_marker.isVisible()


# -- zoom, pan and fit -------------------------------------------------------------

@pytest.mark.parametrize("sizes", [[2, 1], [2, 8, 8, 1], [784, 100, 10]])
def test_fit_shows_the_whole_network(make_view, sizes):
    view, _, _ = make_view(Network.build(sizes, seed=0), size=(700, 450))
    content = view.scene().content_rect()
    assert visible_rect(view).contains(content)
    for _ in range(5):
        view.zoom_in()
    assert not visible_rect(view).contains(content)
    view.fit()
    assert visible_rect(view).contains(content)
    assert view.horizontalScrollBar().maximum() == 0 and view.verticalScrollBar().maximum() == 0


def test_fit_follows_resizes_until_the_user_zooms(make_view, qtbot):
    view, _, _ = make_view(Network.build([2, 8, 8, 1], seed=0), size=(900, 600))
    small = view.zoom
    view.resize(1400, 1000)
    qtbot.waitUntil(lambda: view.zoom > small)
    assert visible_rect(view).contains(view.scene().content_rect())
    view.zoom_in()
    zoomed = view.zoom
    view.resize(800, 500)
    QApplication.processEvents()
    assert view.zoom == zoomed and not view.auto_fit


def test_zoom_in_out_and_reset(make_view):
    view, _, _ = make_view(textbook())
    start = view.zoom
    view.zoom_in()
    assert view.zoom == pytest.approx(start * view.ZOOM_STEP)
    view.zoom_out()
    view.zoom_out()
    assert view.zoom == pytest.approx(start / view.ZOOM_STEP)
    view.reset_zoom()
    assert view.zoom == pytest.approx(1.0)


def test_wheel_zooms_around_the_cursor(make_view):
    view, _, _ = make_view(textbook())
    item = view.scene().neuron_items[NeuronRef(1, 0)]
    pos = at(view, item.pos())
    start = view.zoom
    event = QWheelEvent(QPointF(pos), QPointF(view.viewport().mapToGlobal(pos)), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom == pytest.approx(start * view.ZOOM_STEP)
    # The neuron under the cursor stays (within a pixel or two) under the cursor.
    moved = at(view, item.pos()) - pos
    assert abs(moved.x()) <= 2 and abs(moved.y()) <= 2


def test_zoom_keys(make_view, qtbot):
    view, _, _ = make_view(textbook())
    start = view.zoom
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(start * view.ZOOM_STEP)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(start / view.ZOOM_STEP)
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.auto_fit and view.zoom == pytest.approx(start)


def test_tall_layers_show_text_only_when_zoomed_in(make_view):
    view, _, _ = make_view(Network.build([784, 100, 10], seed=0))
    scene = view.scene()
    tiny, full = scene.neuron_items[NeuronRef(0, 392)], scene.neuron_items[NeuronRef(2, 5)]
    assert not NeuronItem.shows_text(tiny.scale() * view.zoom)
    assert NeuronItem.shows_text(full.scale() * view.zoom)
    view.centerOn(tiny.pos())
    while not NeuronItem.shows_text(tiny.scale() * view.zoom):
        before = view.zoom
        view.zoom_in()
        assert view.zoom > before, "cannot zoom in far enough to read an input neuron"


# -- looks -------------------------------------------------------------------------

def test_follows_a_dark_palette(make_view):
    view, _, _ = make_view(textbook())
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    view.setPalette(palette)
    colours = view.scene().colours
    assert colours.is_dark
    assert same_rgb(colours.background, QColor("#1e1e1e")) and same_rgb(colours.text, QColor("#e6e6e6"))
    assert same_rgb(view.backgroundBrush().color(), QColor("#1e1e1e"))
    image = view.grab().toImage()
    corner = image.pixelColor(image.width() - 30, 30)
    assert corner.lightness() < 60


def test_legend_sits_in_the_bottom_left_corner(make_view):
    view, _, _ = make_view(textbook())
    legend = view.legend
    assert legend.isVisible() and legend.toolTip()
    viewport = view.viewport().geometry()
    assert viewport.contains(legend.geometry())
    assert legend.geometry().left() - viewport.left() < 20
    assert viewport.bottom() - legend.geometry().bottom() < 20


def test_number_formats():
    assert format_value(0.7311) == "0.73"
    assert format_value(-0.7) == "\u22120.70"
    assert format_value(1.0) == "1" and format_value(-0.0) == "0" and format_value(-0.001) == "0"
    assert format_value(123.4) == "123"
    assert format_compact(0.30000000000000004) == "0.3"
    assert format_compact(-0.7) == "\u22120.7"
    assert format_compact(2.0) == "2"


def test_fast_drawing_turns_antialiasing_off_and_back_on(qtbot):
    from PySide6.QtGui import QPainter

    from simulator import Network
    from ui.canvas import NetworkView
    from ui.document import Document
    from ui.selection import Selection

    view = NetworkView(Document(Network.build([2, 3, 1])), Selection())
    qtbot.addWidget(view)
    assert view.renderHints() & QPainter.RenderHint.Antialiasing
    view.set_fast_drawing(True)
    assert not view.renderHints() & QPainter.RenderHint.Antialiasing
    view.set_fast_drawing(False)
    assert view.renderHints() & QPainter.RenderHint.Antialiasing


# -- names of inputs and outputs at a fixed screen size ------------------------------------------

def label_viewport_rect(view, item):
    """Where a transformation-ignoring label lands in the viewport (pixels)."""
    return item.deviceTransform(view.viewportTransform()).mapRect(item.boundingRect())


def test_digit_output_labels_are_readable_at_the_default_zoom_and_any_other(make_view):
    from simulator import io
    from ui.canvas.labels import LABEL_PX
    loaded = io.load(io.example_paths()["digits"])
    view, document, _ = make_view(loaded.network, size=(560, 440))
    document.set_contents(loaded.network, labels=loaded.labels)
    view.fit()
    scene = view.scene()
    outputs = [scene.label_items[NeuronRef(2, j)] for j in range(10)]
    assert [label.text for label in outputs] == [str(d) for d in range(10)]
    assert view.zoom < 0.6                                   # a tall network: neurons are drawn small ...
    viewport = QRectF(view.viewport().rect())
    for zoom_steps in (0, 2, -1):                            # ... yet the names keep their size
        for _ in range(abs(zoom_steps)):
            view.zoom_in() if zoom_steps > 0 else view.zoom_out()
        for label in outputs:
            assert label.isVisible()
            assert label.deviceTransform(view.viewportTransform()).m11() == pytest.approx(1.0)
            assert label_viewport_rect(view, label).height() >= LABEL_PX
        view.fit()
    rects = [label_viewport_rect(view, label) for label in outputs]
    assert all(viewport.contains(rect) for rect in rects)   # fit leaves room for them
    neuron = scene.neuron_items[NeuronRef(2, 0)]
    centre = view.mapFromScene(neuron.pos())
    assert rects[0].left() > centre.x() + neuron.scene_radius * view.zoom   # clear of the circle
    # 64 inputs are too close together for names at this zoom: none are drawn, rather than a smear.
    assert not scene.label_items[NeuronRef(0, 0)].isVisible()


def test_long_input_names_are_shown_whole_and_fit_leaves_room_for_them(make_view):
    names = ["sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm"]
    network = Network.build([4, 8, 3], hidden="tanh", output="softmax", seed=0)
    view, document, _ = make_view(network, size=(500, 400))
    document.set_contents(network, labels=[names, [], ["setosa", "versicolor", "virginica"]])
    view.fit()
    viewport = QRectF(view.viewport().rect())
    for ref, label in view.scene().label_items.items():
        rect = label_viewport_rect(view, label)
        assert label.isVisible() and viewport.contains(rect), label.text
        assert rect.width() >= label.width_px
    assert view.scene().label_items[NeuronRef(0, 0)].text == "sepal_length_cm"


def test_captions_of_close_columns_leave_out_details_instead_of_overlapping(make_view):
    view, _, _ = make_view(Network.build([64, 100, 10], hidden="sigmoid", output="softmax", seed=0), size=(420, 400))
    captions = view.scene().caption_items
    rects = [label_viewport_rect(view, caption) for caption in captions]
    assert all(not a.intersects(b) for a, b in zip(rects, rects[1:]))
    viewport = QRectF(view.viewport().rect())
    assert rects[0].left() >= viewport.left() and rects[-1].right() <= viewport.right()   # none clipped
    assert captions[1].text.startswith("hidden") and captions[1].shown_parts < captions[1].part_count
    view.resize(1400, 600)                                   # room again: every detail comes back
    QApplication.processEvents()
    view.fit()
    assert all(caption.shown_parts == caption.part_count for caption in captions)


def test_a_name_that_grows_refits_the_view_so_it_is_not_cut(make_view, qtbot):
    """XOR's output shows a plain name while the network computes nothing standard, "x1 XOR x2" once it does."""
    from simulator import Dense
    hidden = Dense([[-0.5, 0.5], [-0.5, 0.5]], [0.7, -0.2], "step")
    view, doc, _ = make_view(Network([hidden, Dense([[0.5], [0.5]], [-0.7], "step")]), size=(420, 300))
    doc.set_contents(doc.network, labels=[["x1", "x2"], ["NAND", "OR"], ["x1 XOR x2"]])
    doc.set_bias(NeuronRef(2, 0), 0.7)          # output always 1: no longer XOR, so it shows a plain name
    view.fit()
    short_name_zoom = view.zoom
    scene = view.scene()
    label = next(item for ref, item in scene.label_items.items() if ref.layer == 2)
    assert label.text != "x1 XOR x2"
    doc.set_bias(NeuronRef(2, 0), -0.7)         # XOR again: the long name returns and the view makes room for it
    assert label.text == "x1 XOR x2"
    right_edge = view.mapFromScene(label.sceneBoundingRect().topRight()).x()
    assert view.zoom < short_name_zoom and right_edge <= view.viewport().width()


def test_live_bundles_re_render_at_a_low_rate_and_show_the_latest_weights_once_still(make_view, monkeypatch):
    from ui.canvas import bundle_pacing
    monkeypatch.setattr(bundle_pacing, "MIN_INTERVAL_S", 1e6)    # while live, hold every later change back
    view, document, _ = make_view(Network.build([25, 20, 1], seed=0))
    bundle = view.scene().bundle_items[0]
    first = document.network.layers[0].W.copy()
    np.testing.assert_array_equal(bundle.shown_weights, first)
    view.set_fast_drawing(True)                                 # training runs
    document.set_weight(LinkRef(0, 3, 7), -0.25)
    document.set_weight(LinkRef(0, 4, 2), 0.75)
    np.testing.assert_array_equal(bundle.shown_weights, first)  # held back: no re-render per snapshot
    assert document.network.layers[0].W[4, 2] == 0.75
    assert view.scene().bundle_pacer.pending
    view.set_fast_drawing(False)                                # paused: the weights the user inspects
    np.testing.assert_array_equal(bundle.shown_weights, document.network.layers[0].W)
    assert not view.scene().bundle_pacer.pending
    document.set_weight(LinkRef(0, 0, 0), 0.125)                        # edits while paused show at once
    assert bundle.shown_weights[0, 0] == 0.125
