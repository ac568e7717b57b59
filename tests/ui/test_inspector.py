"""The inspector and its ValueSlider, driven through real widgets."""
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionSlider

from simulator import Dense, Network
from ui.document import Document
from ui.inspector import MAX_WEIGHTS_SHOWN, Inspector
from ui.panels import TruthTablePanel
from ui.selection import LinkRef, NeuronRef, Selection
from ui.widgets import ValueSlider, gate_of


def and_gate():
    return Network(layers=[Dense([[0.5], [0.5]], [-0.7], "step")])


@pytest.fixture
def doc(qtbot):
    document = Document(and_gate())
    document.update_metadata(dataset={"name": "and"})
    document.set_inputs([1, 1])
    document.undo_stack.clear()
    return document


@pytest.fixture
def selection():
    return Selection()


@pytest.fixture
def inspector(doc, selection, qtbot):
    widget = Inspector(doc, selection)
    qtbot.addWidget(widget)
    widget.resize(360, 400)
    widget.show()
    return widget


def drag(slider: ValueSlider, values):
    """Press the handle, move it through `values`, release: what a mouse drag emits."""
    slider.slider.setSliderDown(True)
    for value in values:
        slider.slider.setValue(round(value * 100))
    slider.slider.setSliderDown(False)


def handle_centre(qslider) -> QPoint:
    option = QStyleOptionSlider()
    qslider.initStyleOption(option)
    rect = qslider.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                          QStyle.SubControl.SC_SliderHandle, qslider)
    return rect.center()


# -- empty selection ---------------------------------------------------------------------

def test_empty_selection_shows_a_hint_and_a_summary(inspector):
    page = inspector.page
    assert "Click a neuron or a link" in page.hint.text()
    text = page.summary.text()
    assert "2 → 1" in text and "step" in text and "3" in text and "and" in text


# -- links -------------------------------------------------------------------------------

def test_link_page_titles_the_weight_and_edits_it(inspector, selection, doc):
    selection.set(LinkRef(0, 0, 0))
    page = inspector.page
    assert page.title.text() == "w(x1→y1)"
    assert page.primary.value() == 0.5 and page.primary.slider.value() == 50
    drag(page.primary, [0.6, 0.7, 0.8])
    assert doc.weight(LinkRef(0, 0, 0)) == 0.8
    assert doc.undo_stack.count() == 1


def test_a_real_mouse_drag_is_one_undo_step(inspector, selection, doc, qtbot):
    selection.set(LinkRef(0, 1, 0))
    qslider = inspector.page.primary.slider
    start = handle_centre(qslider)
    qtbot.mousePress(qslider, Qt.MouseButton.LeftButton, pos=start)
    for dx in (5, 12, 20, 30):
        qtbot.mouseMove(qslider, QPoint(start.x() + dx, start.y()))
    qtbot.mouseRelease(qslider, Qt.MouseButton.LeftButton, pos=QPoint(start.x() + 30, start.y()))
    assert doc.weight(LinkRef(0, 1, 0)) > 0.5
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.weight(LinkRef(0, 1, 0)) == 0.5 and qslider.value() == 50


def test_weight_outside_the_range_widens_the_slider(inspector, selection, doc):
    selection.set(LinkRef(0, 0, 0))
    doc.set_weight(LinkRef(0, 0, 0), 7.25)
    slider = inspector.page.primary
    assert slider.limit() == 10 and slider.range_combo.currentText() == "±10"
    assert slider.slider.value() == 725 and slider.spin.value() == pytest.approx(7.25)
    doc.set_weight(LinkRef(0, 0, 0), 123.0)
    assert slider.limit() >= 123 and slider.slider.maximum() >= 12300


def test_range_combo_changes_the_slider_range_but_not_the_value(inspector, selection, doc, qtbot):
    selection.set(LinkRef(0, 0, 0))
    slider = inspector.page.primary
    slider.range_combo.setCurrentIndex(slider.range_combo.findText("±1"))
    slider.range_combo.activated.emit(slider.range_combo.currentIndex())
    assert slider.limit() == 1 and slider.slider.maximum() == 100
    assert doc.weight(LinkRef(0, 0, 0)) == 0.5 and doc.undo_stack.count() == 0


# -- neurons -----------------------------------------------------------------------------

def test_dragging_the_bias_turns_and_into_or_and_undo_redo_follow(inspector, selection, doc, qtbot):
    table = TruthTablePanel(doc)
    qtbot.addWidget(table)
    assert table.summary.text().endswith("4/4 correct now")
    selection.set(NeuronRef(1, 0))
    bias = inspector.page.primary
    assert bias.value() == -0.7 and bias.slider.value() == -70

    drag(bias, [-0.6, -0.5, -0.4, -0.3, -0.2])
    assert doc.bias(NeuronRef(1, 0)) == -0.2
    assert doc.undo_stack.count() == 1
    # OR differs from AND on rows 01 and 10, which now give 1.
    assert table.summary.text() == "✗ 2/4 correct now"
    assert list(table.correct) == [True, False, False, True]
    table.set_gate("or")
    assert table.summary.text().endswith("4/4 correct now")

    doc.undo_stack.undo()
    assert doc.bias(NeuronRef(1, 0)) == -0.7                            # exact, not -0.7000000001
    assert bias.value() == -0.7 and bias.slider.value() == -70 and bias.spin.value() == pytest.approx(-0.7)
    assert doc.undo_stack.count() == 1 and doc.undo_stack.index() == 0   # following pushed nothing
    doc.undo_stack.redo()
    assert doc.bias(NeuronRef(1, 0)) == -0.2 and bias.slider.value() == -20


def test_two_drags_are_two_undo_steps(inspector, selection, doc):
    selection.set(NeuronRef(1, 0))
    drag(inspector.page.primary, [-0.6, -0.5])
    drag(inspector.page.primary, [-0.4, -0.3])
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert doc.bias(NeuronRef(1, 0)) == -0.5


def test_arrow_keys_nudge_by_a_hundredth_and_shift_by_a_thousandth(inspector, selection, doc, qtbot):
    selection.set(NeuronRef(1, 0))
    bias = inspector.page.primary
    qtbot.keyClick(bias.slider, Qt.Key.Key_Right)
    assert doc.bias(NeuronRef(1, 0)) == pytest.approx(-0.69)
    qtbot.keyClick(bias.slider, Qt.Key.Key_Down)
    assert doc.bias(NeuronRef(1, 0)) == pytest.approx(-0.7)
    qtbot.keyClick(bias.slider, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert doc.bias(NeuronRef(1, 0)) == pytest.approx(-0.701)
    qtbot.keyClick(bias.spin, Qt.Key.Key_Up)
    assert doc.bias(NeuronRef(1, 0)) == pytest.approx(-0.691)
    assert bias.spin.text() == "-0.691" and bias.slider.value() == -69
    assert doc.undo_stack.count() == 4     # each nudge is its own step


def test_weight_sliders_step_by_a_hundredth_too(inspector, selection, doc, qtbot):
    selection.set(LinkRef(0, 0, 0))
    weight = inspector.page.primary
    qtbot.keyClick(weight.slider, Qt.Key.Key_Up)
    assert doc.weight(LinkRef(0, 0, 0)) == pytest.approx(0.51)
    qtbot.keyClick(weight.slider, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert doc.weight(LinkRef(0, 0, 0)) == pytest.approx(0.509)
    selection.set(NeuronRef(1, 0))
    qtbot.keyClick(inspector.page.weight_sliders[1].slider, Qt.Key.Key_Right)
    assert doc.weight(LinkRef(0, 1, 0)) == pytest.approx(0.51)


def wheel(widget, notches: int, modifiers=Qt.KeyboardModifier.NoModifier, horizontal: bool = False):
    """One wheel event of `notches` clicks (120 angle units each) over the middle of `widget`."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication
    centre = QPointF(widget.rect().center())
    delta = QPoint(120 * notches, 0) if horizontal else QPoint(0, 120 * notches)
    event = QWheelEvent(centre, widget.mapToGlobal(centre), QPoint(), delta, Qt.MouseButton.NoButton, modifiers,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_steps_a_focused_slider_by_a_hundredth_and_one_turn_is_one_undo_step(inspector, selection, doc,
                                                                                        qtbot):
    selection.set(NeuronRef(1, 0))
    bias = inspector.page.primary
    wheel(bias.slider, 1)
    assert doc.bias(NeuronRef(1, 0)) == -0.7                       # not focused: the wheel scrolls the panel instead
    inspector.activateWindow()
    bias.slider.setFocus()
    qtbot.waitUntil(bias.slider.hasFocus)
    wheel(bias.slider, 1)
    assert doc.bias(NeuronRef(1, 0)) == pytest.approx(-0.69)
    wheel(bias.slider, 2)
    assert doc.bias(NeuronRef(1, 0)) == pytest.approx(-0.67)
    wheel(bias.slider, -1, Qt.KeyboardModifier.ShiftModifier, horizontal=True)   # Shift may turn the wheel sideways
    assert doc.bias(NeuronRef(1, 0)) == pytest.approx(-0.671)
    assert doc.undo_stack.count() == 1                  # one turn of the wheel, one undo step
    qtbot.keyClick(bias.slider, Qt.Key.Key_Up)
    wheel(bias.slider, 1)
    assert doc.undo_stack.count() == 3                  # a key press ends the wheel's step
    bias.spin.setFocus()
    qtbot.waitUntil(bias.spin.hasFocus)
    before = doc.bias(NeuronRef(1, 0))
    wheel(bias.spin, -1, Qt.KeyboardModifier.ShiftModifier)
    assert doc.bias(NeuronRef(1, 0)) == pytest.approx(before - 0.001)


def mouse_move(widget, pos: QPoint, modifiers=Qt.KeyboardModifier.NoModifier):
    """A drag's move event with the left button held (QTest's mouseMove takes no modifiers)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication
    local = QPointF(pos)
    event = QMouseEvent(QMouseEvent.Type.MouseMove, local, QPointF(widget.mapToGlobal(pos)), Qt.MouseButton.NoButton,
                        Qt.MouseButton.LeftButton, modifiers)
    QApplication.sendEvent(widget, event)


def test_shift_makes_a_drag_ten_times_finer_in_thousandths(inspector, selection, doc, qtbot):
    selection.set(NeuronRef(1, 0))
    bias = inspector.page.primary
    qslider = bias.slider
    start = handle_centre(qslider)
    per_pixel = (qslider.maximum() - qslider.minimum()) / 100 / (qslider.width() - 20)   # about: ±5 over the groove
    qtbot.mousePress(qslider, Qt.MouseButton.LeftButton, pos=start)
    for dx in (4, 8, 12):
        mouse_move(qslider, QPoint(start.x() + dx, start.y()), Qt.KeyboardModifier.ShiftModifier)
    fine = doc.bias(NeuronRef(1, 0)) + 0.7
    assert 0 < fine < 12 * per_pixel / 4                      # a tenth of what 12 px would do, roughly
    assert round(doc.bias(NeuronRef(1, 0)), 3) == doc.bias(NeuronRef(1, 0))          # on the 0.001 grid
    assert bias.spin.value() == pytest.approx(doc.bias(NeuronRef(1, 0)))
    mouse_move(qslider, QPoint(start.x() + 14, start.y()))     # Shift let go: coarse again, from here on
    mouse_move(qslider, QPoint(start.x() + 24, start.y()))
    coarse = doc.bias(NeuronRef(1, 0))
    assert coarse - (fine - 0.7) == pytest.approx(10 * per_pixel, abs=3 * per_pixel)   # no jump back
    assert round(coarse, 2) == coarse                          # on the 0.01 grid again
    qtbot.mouseRelease(qslider, Qt.MouseButton.LeftButton, pos=QPoint(start.x() + 24, start.y()))
    assert doc.undo_stack.count() == 1 and not bias.dragging  # still one drag, one undo step
    doc.undo_stack.undo()
    assert doc.bias(NeuronRef(1, 0)) == -0.7


def test_inspector_nudge_steps_the_selected_value(inspector, selection, doc):
    assert inspector.nudge(+1) is False            # nothing selected
    selection.set(LinkRef(0, 1, 0))
    assert inspector.nudge(+1)
    assert doc.weight(LinkRef(0, 1, 0)) == pytest.approx(0.51)
    inspector.nudge(-1, fine=True)
    assert doc.weight(LinkRef(0, 1, 0)) == pytest.approx(0.509)


def test_typing_in_the_spin_box_sets_the_exact_value(inspector, selection, doc, qtbot):
    selection.set(NeuronRef(1, 0))
    spin = inspector.page.primary.spin
    spin.selectAll()
    qtbot.keyClicks(spin, "-0.25")
    assert doc.bias(NeuronRef(1, 0)) == -0.7                  # nothing happens before Enter
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert doc.bias(NeuronRef(1, 0)) == -0.25
    assert inspector.page.primary.slider.value() == -25


def test_activation_combo_sets_the_layer_activation_undoably(inspector, selection, doc):
    selection.set(NeuronRef(1, 0))
    combo = inspector.page.activation_combo
    assert combo.currentText() == "step"
    combo.setCurrentText("sigmoid")
    combo.activated.emit(combo.currentIndex())
    assert doc.activation(1) == "sigmoid"
    assert "y = sigmoid(a)" in inspector.page.values.text()
    doc.undo_stack.undo()
    assert doc.activation(1) == "step" and combo.currentText() == "step"


def test_softmax_is_offered_only_on_the_output_layer(doc, selection, qtbot):
    doc.set_contents(Network.build([2, 3, 2], hidden="sigmoid", output="sigmoid", seed=0))
    inspector = Inspector(doc, selection)
    qtbot.addWidget(inspector)
    selection.set(NeuronRef(1, 0))
    hidden = [inspector.page.activation_combo.itemText(i) for i in range(inspector.page.activation_combo.count())]
    selection.set(NeuronRef(2, 1))
    output = [inspector.page.activation_combo.itemText(i) for i in range(inspector.page.activation_combo.count())]
    assert "softmax" not in hidden and "sigmoid" in hidden and "leaky_relu" in hidden
    assert "softmax" in output
    inspector.page.activation_combo.setCurrentText("softmax")
    inspector.page.activation_combo.activated.emit(inspector.page.activation_combo.currentIndex())
    assert doc.activation(2) == "softmax"
    assert doc.outputs().sum() == pytest.approx(1.0)


def test_neuron_page_shows_a_and_y_and_incoming_weights(inspector, selection, doc):
    selection.set(NeuronRef(1, 0))
    page = inspector.page
    assert page.values.text().replace(" ", "").startswith("a=0.3")
    assert page.values.text().endswith("= 1")
    assert [s.value() for s in page.weight_sliders] == [0.5, 0.5]
    drag(page.weight_sliders[1], [0.1, -0.3])
    assert doc.weight(LinkRef(0, 1, 0)) == -0.3 and doc.undo_stack.count() == 1
    assert page.values.text().replace(" ", "").startswith("a=-0.5")


def test_many_incoming_weights_are_capped_with_a_note(doc, selection, qtbot):
    doc.set_contents(Network.build([784, 3, 2], hidden="relu", output="softmax", seed=0))
    inspector = Inspector(doc, selection)
    qtbot.addWidget(inspector)
    selection.set(NeuronRef(1, 2))
    page = inspector.page
    assert len(page.weight_sliders) == MAX_WEIGHTS_SHOWN
    assert page.weights_note.text() == f"showing {MAX_WEIGHTS_SHOWN} of 784"
    assert page.weights_scroll.widget() is not None
    assert page.weight_sliders[5].value() == doc.weight(LinkRef(0, 5, 2))


def test_page_range_combo_applies_to_bias_and_weights(inspector, selection):
    selection.set(NeuronRef(1, 0))
    page = inspector.page
    page.range_combo.picked.emit(1.0)
    assert page.primary.limit() == 1 and all(s.limit() == 1 for s in page.weight_sliders)


def test_input_neuron_page_edits_the_input_value(inspector, selection, doc):
    selection.set(NeuronRef(0, 1))
    page = inspector.page
    assert page.title.text() == "x2" and page.primary.value() == 1.0
    drag(page.primary, [0.5, 0.0])
    assert doc.inputs.tolist() == [1.0, 0.0] and doc.outputs()[0] == 0.0
    assert doc.undo_stack.count() == 1


def test_values_changed_updates_widgets_without_rebuilding_them(inspector, selection, doc):
    selection.set(NeuronRef(1, 0))
    page, bias, weights = inspector.page, inspector.page.primary, list(inspector.page.weight_sliders)
    for value in np.linspace(-1, 1, 7):
        doc.set_weight(LinkRef(0, 0, 0), float(value))
    assert inspector.page is page and page.primary is bias and page.weight_sliders == weights
    assert weights[0].value() == 1.0


def test_structure_change_rebuilds_and_drops_a_vanished_selection(inspector, selection, doc):
    selection.set(NeuronRef(1, 0))
    doc.set_contents(Network.build([3, 2], hidden="sigmoid", output="sigmoid", seed=0))
    assert len(inspector.page.weight_sliders) == 3
    selection.set(LinkRef(0, 2, 1))
    doc.set_contents(and_gate())   # x3 is gone: the link no longer exists
    assert inspector.page.primary is None and "Click a neuron" in inspector.page.hint.text()


# -- ValueSlider on its own ----------------------------------------------------------------

def test_value_slider_set_value_is_silent_and_slider_values_are_exact_decimals(qtbot):
    slider = ValueSlider(0.0)
    qtbot.addWidget(slider)
    edits = []
    slider.edited.connect(lambda v, d: edits.append((v, d)))
    slider.setValue(-0.7)
    slider.setValue(3.14159)
    assert edits == []
    slider.slider.setValue(-20)          # a click on the groove: an edit without a drag token
    assert edits == [(-0.2, None)]
    assert slider.spin.value() == pytest.approx(-0.2)


def test_value_slider_drag_carries_one_token(qtbot):
    slider = ValueSlider(0.0)
    qtbot.addWidget(slider)
    edits = []
    slider.edited.connect(lambda v, d: edits.append((v, d)))
    drag(slider, [0.1, 0.2, 0.3])
    drag(slider, [0.4])
    tokens = [d for _, d in edits]
    assert tokens[0] is not None and tokens[0] == tokens[1] == tokens[2] != tokens[3]
    assert not slider.dragging


def test_gate_of_reads_the_dataset_settings():
    assert gate_of({"name": "and"}) == "and"
    assert gate_of({"name": "gate:nor:3"}) == "nor"
    assert gate_of({"name": "xor"}) == "xor"
    assert gate_of({"name": "xor", "samples": 200, "noise": 0.1}) is None   # the 2-D point cloud
    assert gate_of({"name": "circle"}) is None and gate_of(None) is None


def test_the_wheel_only_changes_a_focused_slider(qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    slider = ValueSlider(0.0)
    qtbot.addWidget(slider)
    slider.show()
    edits = []
    slider.edited.connect(lambda v, d: edits.append(v))

    def wheel():
        centre = QPointF(slider.slider.rect().center())
        event = QWheelEvent(centre, slider.slider.mapToGlobal(centre), QPoint(0, 0), QPoint(0, 120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(slider.slider, event)

    wheel()
    assert edits == [] and slider.value() == 0.0
    slider.slider.setFocus()
    qtbot.waitUntil(slider.slider.hasFocus)
    wheel()
    assert len(edits) == 1 and slider.value() > 0
