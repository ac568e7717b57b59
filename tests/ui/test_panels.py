"""Inputs, truth table, outputs and activation-plot panels, driven through real widgets."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from simulator import Dense, Network, activations, datasets
from ui.document import Document
from ui.panels import ActivationPlot, InputsPanel, OutputsPanel, TruthTablePanel
from ui.panels.activation_plot import curve_range
from ui.panels.outputs import value_range
from simulator.logic import binary_rows
from ui.selection import LinkRef, NeuronRef, Selection


def and_gate():
    return Network(layers=[Dense([[0.5], [0.5]], [-0.7], "step")])


def make_doc(network, dataset=None, inputs=None):
    document = Document(network)
    if dataset is not None:
        document.update_metadata(dataset=dataset)
    if inputs is not None:
        document.set_inputs(inputs)
    document.undo_stack.clear()
    return document


@pytest.fixture
def doc(qtbot):
    return make_doc(and_gate(), {"name": "and"}, [1, 1])


@pytest.fixture
def softmax_doc(qtbot):
    return make_doc(Network.build([2, 3, 2, 2], hidden="sigmoid", output="softmax", init="he", seed=1),
                    inputs=[0.5, -0.3])


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(380, 320)
    widget.show()
    return widget


# -- truth table ---------------------------------------------------------------------------

def test_truth_table_lists_every_row_and_checks_and(doc, qtbot):
    table = show(qtbot, TruthTablePanel(doc))
    t = table.table
    assert t.rowCount() == 4
    cells = [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(4)]
    assert cells == [["0", "0", "0", "0", "✓"], ["0", "1", "0", "0", "✓"],
                     ["1", "0", "0", "0", "✓"], ["1", "1", "1", "1", "✓"]]
    assert table.gate == "and"                      # taken from the document's dataset
    assert table.summary.text() == "✓ 4/4 correct now"


def test_truth_table_target_follows_an_or_gate_choice(doc, qtbot):
    table = show(qtbot, TruthTablePanel(doc))
    table.gate_combo.setCurrentIndex(table.gate_combo.findData("or"))
    table.gate_combo.activated.emit(table.gate_combo.currentIndex())
    assert table.gate == "or"
    assert table.summary.text() == "✗ 2/4 correct now"
    doc.set_bias(NeuronRef(1, 0), -0.2)
    assert table.summary.text() == "✓ 4/4 correct now"
    doc.update_metadata(dataset={"name": "gate:nand"})   # the user's choice wins over the dataset now
    assert table.gate == "or"


def test_truth_table_without_a_dataset_has_no_target(qtbot):
    document = make_doc(and_gate())
    table = show(qtbot, TruthTablePanel(document))
    assert table.stack.currentWidget() is table.table
    assert table.gate is None and table.summary.text() == ""
    assert table.table.isColumnHidden(3) and table.table.isColumnHidden(4)


@pytest.mark.parametrize("sizes, dataset, shown", [
    ([2, 8, 8, 1], {"name": "spiral", "samples": 100}, "x1, x2"),
    ([2, 4, 1], {"name": "circle", "samples": 100}, "x1, x2"),
    ([4, 8, 3], {"name": "iris"}, "sepal_length_cm"),
    ([1, 8, 1], {"name": "sin"}, "x"),
])
def test_data_whose_inputs_are_not_0_1_gets_a_note_instead_of_a_table(qtbot, sizes, dataset, shown):
    document = make_doc(Network.build(sizes, hidden="tanh", output="sigmoid", seed=0), dataset)
    table = show(qtbot, TruthTablePanel(document))
    assert table.stack.currentWidget() is table.note
    assert "not 0/1 values" in table.note.text() and shown in table.note.text()
    assert table.computed_gate() is None and table.computes.isHidden()   # names no gate for a spiral network
    assert table.gate_combo.isHidden() and table.summary.text() == ""
    document.set_weight(LinkRef(0, 0, 0), 3.0)                                     # edits must not fail without a table
    document.update_metadata(dataset=None)                                # no dataset: 0/1 rows make sense again
    assert table.stack.currentWidget() is table.table and len(table.rows) == 2 ** sizes[0]


def test_csv_style_data_with_0_1_inputs_keeps_the_table(qtbot, monkeypatch):
    import ui.panels.truth_table as module
    gate = datasets.gate("or", 2)
    monkeypatch.setattr(module, "load_dataset", lambda settings: (gate, ""))
    document = make_doc(and_gate(), {"name": "csv:/tmp/my_gate.csv"})
    table = show(qtbot, TruthTablePanel(document))
    assert table.stack.currentWidget() is table.table and len(table.rows) == 4


def test_a_one_input_network_gets_a_two_row_table_and_no_gate(qtbot):
    document = make_doc(Network.build([1, 8, 1], hidden="tanh", output="identity", seed=0))
    table = show(qtbot, TruthTablePanel(document))   # datasets.gate(g, 1) raised here before
    assert table.stack.currentWidget() is table.table
    assert table.rows.tolist() == [[0.0], [1.0]] and table.table.columnCount() == 4
    assert table.computed_gate() is None and not table.gate_combo.isEnabled()
    assert table.computes.isHidden()                  # not "computes: no standard gate": gates need 2 inputs
    expected = document.network.forward(np.array([[0.0], [1.0]]))[:, 0]
    from ui.widgets import format_value
    assert [table.table.item(r, 1).text() for r in range(2)] == [format_value(v) for v in expected]
    document.set_contents(Network.build([2, 1], output="step", seed=0))   # and back to two inputs
    assert len(table.rows) == 4 and table.gate_combo.isEnabled()


def test_truth_table_follows_a_gate_dataset_set_later(qtbot):
    document = make_doc(and_gate())
    table = show(qtbot, TruthTablePanel(document))
    assert table.gate is None
    document.update_metadata(dataset={"name": "gate:xor"})
    assert table.gate == "xor" and table.summary.text() == "✗ 1/4 correct now"   # only 00 agrees


def test_truth_table_rows_match_the_gate_dataset_order():
    np.testing.assert_array_equal(binary_rows(3), datasets.gate("and", 3).X)


def test_current_row_is_highlighted_and_a_click_sets_the_inputs(doc, qtbot):
    table = show(qtbot, TruthTablePanel(doc))
    assert table.current_row == 3
    assert table.table.item(3, 0).font().bold() and not table.table.item(0, 0).font().bold()
    rect = table.table.visualItemRect(table.table.item(1, 0))
    qtbot.mouseClick(table.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert doc.inputs.tolist() == [0.0, 1.0]
    assert table.current_row == 1 and table.table.item(1, 2).font().bold()
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.inputs.tolist() == [1.0, 1.0] and table.current_row == 3


def test_non_binary_inputs_highlight_no_row(doc, qtbot):
    table = show(qtbot, TruthTablePanel(doc))
    doc.set_input(NeuronRef(0, 0), 0.4)
    assert table.current_row == -1


def test_truth_table_uses_one_forward_call_per_update(doc, qtbot, monkeypatch):
    _panel = show(qtbot, TruthTablePanel(doc))  # held: a panel nobody references is collected
    calls = []
    original = doc.network.forward
    monkeypatch.setattr(doc.network, "forward", lambda x: calls.append(np.shape(x)) or original(x))
    doc.set_weight(LinkRef(0, 0, 0), 0.9)
    batch_calls = [shape for shape in calls if len(shape) == 2]
    assert batch_calls == [(4, 2)]


def test_two_output_networks_are_checked_by_their_largest_output(qtbot):
    # Output 2 is "x1 AND x2" (bias -1.5), output 1 its complement: argmax is the AND class.
    net = Network(layers=[Dense([[-1.0, 1.0], [-1.0, 1.0]], [1.5, -1.5], "identity")])
    table = show(qtbot, TruthTablePanel(make_doc(net, {"name": "gate:and"})))
    assert table.summary.text() == "✓ 4/4 correct now"


def test_big_networks_get_a_friendly_note_instead_of_a_table(qtbot):
    document = make_doc(Network.build([64, 4, 10], hidden="relu", output="softmax", seed=0))
    table = show(qtbot, TruthTablePanel(document))
    assert table.stack.currentWidget() is table.note
    assert "64 inputs" in table.note.text() and "up to 4 inputs" in table.note.text()
    document.set_weight(LinkRef(0, 0, 0), 1.0)                # updates must not fail without a table


def test_truth_table_values_changed_updates_cells_without_rebuilding(doc, qtbot):
    table = show(qtbot, TruthTablePanel(doc))
    items = [table.table.item(r, c) for r in range(4) for c in range(5)]
    for value in np.linspace(-1, 0, 5):
        doc.set_bias(NeuronRef(1, 0), float(value))
    assert [table.table.item(r, c) for r in range(4) for c in range(5)] == items
    # The last bias set was 0: row 00 gives a = 0 and step(0) = 0, every other row a > 0.
    assert [table.table.item(r, 2).text() for r in range(4)] == ["0", "1", "1", "1"]


# -- inputs ------------------------------------------------------------------------------------

def test_gate_inputs_are_binary_toggles_that_change_the_outputs(doc, qtbot):
    panel = show(qtbot, InputsPanel(doc))
    assert panel.mode == "binary" and panel.binary_switch.isChecked()
    assert [b.text() for b in panel.toggles] == ["x1 = 1", "x2 = 1"]
    assert doc.outputs()[0] == 1
    qtbot.mouseClick(panel.toggles[0], Qt.MouseButton.LeftButton)
    assert doc.inputs.tolist() == [0.0, 1.0] and doc.outputs()[0] == 0
    assert panel.toggles[0].text() == "x1 = 0" and not panel.toggles[0].isChecked()
    qtbot.mouseClick(panel.toggles[0], Qt.MouseButton.LeftButton)
    assert doc.outputs()[0] == 1 and doc.undo_stack.count() == 2


def test_the_switch_turns_toggles_into_sliders(doc, qtbot):
    panel = show(qtbot, InputsPanel(doc))
    panel.binary_switch.setChecked(False)
    assert panel.mode == "continuous" and len(panel.sliders) == 2 and panel.toggles == []
    slider = panel.sliders[1]
    slider.slider.setSliderDown(True)
    for ticks in (80, 50, 30):
        slider.slider.setValue(ticks)
    slider.slider.setSliderDown(False)
    assert doc.inputs.tolist() == [1.0, 0.3] and doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert slider.value() == 1.0


def test_continuous_networks_start_with_sliders(softmax_doc, qtbot):
    panel = show(qtbot, InputsPanel(softmax_doc))
    assert panel.mode == "continuous"
    assert [s.value() for s in panel.sliders] == [0.5, -0.3]
    assert panel.sliders[0].limit() == 2


def test_a_hand_made_step_network_with_0_1_inputs_is_binary(qtbot):
    panel = show(qtbot, InputsPanel(make_doc(and_gate(), inputs=[0, 1])))
    assert panel.mode == "binary"


def test_many_inputs_get_a_sample_picker(qtbot):
    document = make_doc(Network.build([64, 8, 10], hidden="relu", output="softmax", seed=0), {"name": "digits"})
    panel = show(qtbot, InputsPanel(document))
    digits = datasets.load_digits()
    assert panel.mode == "samples" and not panel.binary_switch.isVisible()
    assert panel.sample_spin.minimum() == 1 and panel.sample_spin.maximum() == digits.n_samples   # from 1
    panel.sample_spin.setValue(8)                    # the 8th sample, row 7, as the probe panel counts
    np.testing.assert_array_equal(document.inputs, digits.X[7])
    assert f"sample 8 of {digits.n_samples}: class {digits.class_names[digits.y[7]]}" in panel.sample_info.text()
    assert not panel.image.pixmap().isNull()
    assert document.undo_stack.count() == 1          # 64 values, one undo step
    qtbot.mouseClick(panel.random_button, Qt.MouseButton.LeftButton)
    assert document.inputs.min() >= 0 and document.inputs.max() <= 1 and document.inputs.std() > 0
    qtbot.mouseClick(panel.zeros_button, Qt.MouseButton.LeftButton)
    assert not document.inputs.any() and document.undo_stack.count() == 3


def test_a_missing_dataset_is_explained_and_zeros_still_work(qtbot):
    document = make_doc(Network.build([784, 4, 10], hidden="relu", output="softmax", seed=0), {"name": "mnist"})
    document.set_inputs(np.ones(784))
    panel = show(qtbot, InputsPanel(document))
    assert not panel.sample_spin.isEnabled()
    assert "mnist" in panel.sample_info.text()
    qtbot.mouseClick(panel.zeros_button, Qt.MouseButton.LeftButton)
    assert not document.inputs.any()
    assert not panel.image.pixmap().isNull()        # 784 = 28 × 28 is drawn as an image


def test_inputs_panel_follows_values_without_rebuilding(doc, qtbot):
    panel = show(qtbot, InputsPanel(doc))
    toggles = list(panel.toggles)
    doc.set_input(NeuronRef(0, 1), 0.0)
    assert panel.toggles == toggles and panel.toggles[1].text() == "x2 = 0"


# -- outputs ----------------------------------------------------------------------------------

def test_softmax_outputs_are_probabilities_that_sum_to_one(softmax_doc, qtbot):
    panel = show(qtbot, OutputsPanel(softmax_doc))
    assert panel.heights.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(panel.heights, softmax_doc.outputs())
    assert panel.title.text() == "probabilities (softmax, sum = 1.00)"
    texts = [t.textItem.toPlainText() for t in panel.value_texts]
    assert all(t.endswith("%") for t in texts)
    assert texts[0] == f"{100 * softmax_doc.outputs()[0]:.1f}%"
    ticks = panel.plot.getAxis("bottom")._tickLevels[0]
    assert [label for _, label in ticks] == ["y1", "y2"]


def test_step_outputs_show_values_and_a_fixed_range(doc, qtbot):
    panel = show(qtbot, OutputsPanel(doc))
    assert panel.title.text() == "outputs (step)"
    assert panel.heights.tolist() == [1.0]
    assert panel.value_texts[0].textItem.toPlainText() == "1"
    y_range = panel.plot.viewRange()[1]
    doc.set_bias(NeuronRef(1, 0), -2.0)
    assert panel.heights.tolist() == [0.0] and panel.plot.viewRange()[1] == y_range


def test_output_range_rules():
    assert value_range("sigmoid", np.array([0.2]), None) == (0.0, 1.0)
    assert value_range("tanh", np.array([0.2]), None) == (-1.0, 1.0)
    assert value_range("relu", np.array([3.2]), None) == (0.0, 5.0)
    assert value_range("identity", np.array([-3.2, 1.0]), None) == (-5.0, 5.0)
    # Small changes keep the range; leaving it grows it; shrinking waits until the data is tiny.
    assert value_range("identity", np.array([4.1]), (0.0, 5.0)) == (0.0, 5.0)
    assert value_range("identity", np.array([6.0]), (0.0, 5.0)) == (0.0, 10.0)
    assert value_range("identity", np.array([2.5]), (0.0, 10.0)) == (0.0, 10.0)
    assert value_range("identity", np.array([0.5]), (0.0, 10.0)) == (0.0, 0.5)


def test_outputs_panel_rebuilds_bars_only_on_structure_change(softmax_doc, qtbot):
    panel = show(qtbot, OutputsPanel(softmax_doc))
    texts, bars = list(panel.value_texts), panel.bars
    softmax_doc.set_input(NeuronRef(0, 0), 1.5)
    assert panel.value_texts == texts and panel.bars is bars
    softmax_doc.set_layer_size(3, 3)
    assert len(panel.value_texts) == 3 and panel.heights.sum() == pytest.approx(1.0)


# -- activation plot ---------------------------------------------------------------------------

def test_marker_sits_at_the_selected_neurons_a_and_y(softmax_doc, qtbot):
    selection = Selection()
    plot = show(qtbot, ActivationPlot(softmax_doc, selection))
    selection.set(NeuronRef(1, 2))
    a = softmax_doc.preactivations(1)[2]
    y = softmax_doc.activations(1)[2]
    assert plot.marker_position == pytest.approx((a, y))
    assert plot.vguide.value() == pytest.approx(a) and plot.hguide.value() == pytest.approx(y)
    xs, fs = plot.curve.getData()
    assert xs.min() <= -6 and xs.max() >= 6
    np.testing.assert_allclose(fs, activations.get("sigmoid")(xs))
    assert "h1_3" in plot.title.text() and "sigmoid" in plot.title.text()


def test_derivative_checkbox_adds_a_curve_with_a_legend_entry(softmax_doc, qtbot):
    selection = Selection()
    plot = show(qtbot, ActivationPlot(softmax_doc, selection))
    selection.set(NeuronRef(1, 0))
    assert not plot.derivative_curve.isVisible()
    entries = len(plot.legend.items)
    plot.derivative_box.setChecked(True)
    assert plot.derivative_curve.isVisible() and len(plot.legend.items) == entries + 1
    xs, ds = plot.derivative_curve.getData()
    np.testing.assert_allclose(ds, activations.get("sigmoid").derivative(xs))
    plot.derivative_box.setChecked(False)
    assert not plot.derivative_curve.isVisible() and len(plot.legend.items) == entries


def test_softmax_curve_varies_one_logit_with_the_others_fixed(softmax_doc, qtbot):
    selection = Selection()
    plot = show(qtbot, ActivationPlot(softmax_doc, selection))
    selection.set(NeuronRef(3, 1))
    logits = softmax_doc.preactivations(3)
    xs, fs = plot.curve.getData()
    i = len(xs) // 3
    row = logits.copy()
    row[1] = xs[i]
    assert fs[i] == pytest.approx(activations.get("softmax")(row)[1])
    assert plot.marker_position == pytest.approx((logits[1], softmax_doc.outputs()[1]))
    assert "other logits" in plot.explanation.text()


def test_input_or_no_selection_shows_the_first_output_and_says_so(doc, qtbot):
    selection = Selection()
    plot = show(qtbot, ActivationPlot(doc, selection))
    assert plot.neuron == NeuronRef(1, 0) and "first output" in plot.explanation.text()
    selection.set(NeuronRef(0, 1))
    assert plot.neuron == NeuronRef(1, 0)
    selection.set(LinkRef(0, 1, 0))
    assert plot.neuron == NeuronRef(1, 0) and "link" in plot.explanation.text()
    assert plot.marker_position == (pytest.approx(0.3), 1.0)


def test_the_curve_range_widens_to_include_a_and_then_holds(doc, qtbot):
    assert curve_range(0.3, None) == (-6.0, 6.0)
    assert curve_range(9.3, None) == (-6.0, 12.0)
    assert curve_range(9.0, (-6.0, 12.0)) == (-6.0, 12.0)
    selection = Selection()
    plot = show(qtbot, ActivationPlot(doc, selection))
    doc.set_bias(NeuronRef(1, 0), 9.0)
    xs, _ = plot.curve.getData()
    assert xs.max() >= 10.3 and plot.marker_position[0] == pytest.approx(10.0)


def test_activation_plot_reuses_its_items_and_follows_the_activation(doc, qtbot):
    selection = Selection()
    plot = show(qtbot, ActivationPlot(doc, selection))
    items = (plot.curve, plot.derivative_curve, plot.marker)
    plot_items = list(plot.plot.getPlotItem().items)
    doc.set_activation(1, "tanh")
    doc.set_bias(NeuronRef(1, 0), 0.1)
    assert (plot.curve, plot.derivative_curve, plot.marker) == items
    assert list(plot.plot.getPlotItem().items) == plot_items
    xs, fs = plot.curve.getData()
    np.testing.assert_allclose(fs, np.tanh(xs))
    assert plot.marker_position == pytest.approx((1.1, np.tanh(1.1)))


# -- all panels together -----------------------------------------------------------------------

def test_values_changed_reuses_every_panels_widgets(qtbot):
    """A 2-8-8-1 network: value edits reuse every widget (no rebuild). Speed: benchmarks/bench_ui.py."""
    document = make_doc(Network.build([2, 8, 8, 1], hidden="tanh", output="sigmoid", seed=0), inputs=[0.5, 0.5])
    selection = Selection()
    from ui.inspector import Inspector
    panels = [show(qtbot, cls(document)) for cls in (InputsPanel, TruthTablePanel, OutputsPanel)]
    panels += [show(qtbot, Inspector(document, selection)), show(qtbot, ActivationPlot(document, selection))]
    selection.set(NeuronRef(2, 3))
    before = {id(w) for p in panels for w in p.findChildren(object)}
    for value in np.linspace(-1, 1, 50):
        document.set_weight(LinkRef(1, 0, 3), float(value))
    after = {id(w) for p in panels for w in p.findChildren(object)}
    assert after == before


def test_truth_table_names_no_gate_for_a_network_too_wide_for_a_table(qtbot):
    from simulator import Dense, Network
    from ui.document import Document
    from ui.panels.truth_table import TruthTablePanel

    document = Document(Network(layers=[Dense([[0.5], [0.5]], [-0.7], "step")]))
    panel = TruthTablePanel(document)
    qtbot.addWidget(panel)
    assert panel.computed_gate() == "and" and "AND" in panel.computes.text()
    document.set_contents(Network.build([64, 10, 1]))
    assert panel.computed_gate() is None and panel.computes.text() == ""


def test_long_input_names_are_not_cut_in_a_dock_wide_panel(qtbot):
    names = ["sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm"]
    document = Document(Network.build([4, 8, 3], hidden="tanh", output="softmax", seed=0))
    document.set_contents(document.network, labels=[names, [], ["setosa", "versicolor", "virginica"]],
                          dataset={"name": "iris"})
    panel = InputsPanel(document)
    qtbot.addWidget(panel)
    panel.resize(360, 220)                               # the Inputs dock's default width
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.mode == "continuous"
    for slider, name in zip(panel.sliders, names):
        assert slider.label.text() == name
        assert slider.label.width() >= slider.label.fontMetrics().horizontalAdvance(name)   # not "sepal_length_cr"
    lefts = {slider.slider.mapTo(panel, QPoint(0, 0)).x() for slider in panel.sliders}
    assert len(lefts) == 1                               # one label column: the sliders line up
