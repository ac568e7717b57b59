import numpy as np
import pytest

from simulator import Dense, Network, io
from ui.document import Document, new_drag_token
from ui.selection import LinkRef, NeuronRef


def and_gate():
    return Network(layers=[Dense([[0.5], [0.5]], [-0.7], "step")])


@pytest.fixture
def doc(qtbot):
    document = Document(and_gate())
    document.set_inputs([1, 1])
    document.undo_stack.clear()
    return document


def test_editing_a_weight_changes_the_outputs_and_undo_restores_the_exact_value(doc, qtbot):
    assert doc.outputs()[0] == 1.0
    with qtbot.waitSignal(doc.values_changed):
        doc.set_weight(LinkRef(0, 0, 0), -0.123456789)
    assert doc.weight(LinkRef(0, 0, 0)) == -0.123456789 and doc.outputs()[0] == 0.0
    doc.undo_stack.undo()
    assert doc.weight(LinkRef(0, 0, 0)) == 0.5 and doc.outputs()[0] == 1.0
    doc.undo_stack.redo()
    assert doc.weight(LinkRef(0, 0, 0)) == -0.123456789


def test_one_drag_is_one_undo_step_and_separate_edits_are_separate_steps(doc):
    drag = new_drag_token()
    for value in np.linspace(-0.7, -0.2, 11):
        doc.set_bias(NeuronRef(1, 0), value, drag=drag)
    assert doc.undo_stack.count() == 1
    assert doc.bias(NeuronRef(1, 0)) == pytest.approx(-0.2)
    doc.set_bias(NeuronRef(1, 0), 0.3)
    doc.set_bias(NeuronRef(1, 0), 0.4)
    assert doc.undo_stack.count() == 3
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.bias(NeuronRef(1, 0)) == -0.7


def test_dragging_the_and_bias_to_minus_0_2_turns_it_into_or(doc):
    rows = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    assert doc.network.forward(rows).ravel().tolist() == [0, 0, 0, 1]
    doc.set_bias(NeuronRef(1, 0), -0.2, drag=new_drag_token())
    assert doc.network.forward(rows).ravel().tolist() == [0, 1, 1, 1]


def test_undo_text_names_the_edit(doc):
    doc.set_weight(LinkRef(0, 1, 0), 0.9)
    assert doc.undo_stack.undoText() == "Set weight x2→y1"
    doc.set_activation(1, "sigmoid")
    assert doc.undo_stack.undoText() == "Set layer 1 activation to sigmoid"


def test_bad_values_are_refused_and_change_nothing(doc):
    with pytest.raises(ValueError, match="not a finite number"):
        doc.set_weight(LinkRef(0, 0, 0), float("nan"))
    with pytest.raises(ValueError, match="output layer"):
        Document(Network.build([2, 3, 1])).set_activation(1, "softmax")
    assert doc.weight(LinkRef(0, 0, 0)) == 0.5 and doc.undo_stack.count() == 0


def test_edits_name_what_they_change_with_refs_and_bad_refs_are_refused(doc):
    """A LinkRef names W[source, target] of weight layer k; a NeuronRef names a neuron layer:
    layer 0 is the inputs (a value), layer >= 1 a neuron (its bias)."""
    deep = Document(Network.build([2, 3, 1], seed=0))
    deep.set_value(LinkRef(1, 2, 0), 1.25)
    deep.set_value(NeuronRef(1, 2), -0.5)
    deep.set_value(NeuronRef(0, 1), 0.75)
    assert deep.network.layers[1].W[2, 0] == 1.25 and deep.network.layers[0].b[2] == -0.5
    assert deep.inputs[1] == 0.75 and deep.value(NeuronRef(1, 2)) == deep.bias(NeuronRef(1, 2)) == -0.5
    assert deep.undo_stack.undoText() == "Set input x2"
    with pytest.raises(TypeError, match="expected a LinkRef"):
        doc.set_weight(0, 1.0)           # a bare int, as the old API took
    with pytest.raises(TypeError, match="expected a NeuronRef"):
        doc.set_bias(LinkRef(0, 0, 0), 1.0)
    with pytest.raises(ValueError, match="inputs have no bias"):
        doc.set_bias(NeuronRef(0, 0), 1.0)
    with pytest.raises(ValueError, match="not an input"):
        doc.set_input(NeuronRef(1, 0), 1.0)
    with pytest.raises(IndexError, match="does not exist in a 2-1 network"):
        doc.set_weight(LinkRef(1, 0, 0), 1.0)
    with pytest.raises(IndexError, match="does not exist"):
        doc.bias(NeuronRef(1, 1))
    assert doc.undo_stack.count() == 0 and doc.weight(LinkRef(0, 0, 0)) == 0.5


def test_structure_edits_keep_shapes_consistent_and_undo_restores_them(qtbot):
    doc = Document(Network.build([2, 3, 1], hidden="tanh", output="sigmoid", seed=0))
    original = [layer.W.copy() for layer in doc.network.layers]
    with qtbot.waitSignal(doc.structure_changed):
        doc.insert_hidden_layer(2, 4)
    assert doc.sizes == [2, 3, 4, 1] and [len(l) for l in doc.labels] == [2, 3, 4, 1]
    doc.set_layer_size(1, 5)
    doc.set_layer_size(0, 3)
    assert doc.sizes == [3, 5, 4, 1] and doc.inputs.shape == (3,) and doc.trace()[-1][1].shape == (1,)
    for layer, (n_in, n_out) in zip(doc.network.layers, [(3, 5), (5, 4), (4, 1)]):
        assert layer.W.shape == (n_in, n_out) and layer.b.shape == (n_out,)
    doc.remove_hidden_layer(1)
    assert doc.sizes == [3, 4, 1]
    for _ in range(4):
        doc.undo_stack.undo()
    assert doc.sizes == [2, 3, 1]
    for layer, W in zip(doc.network.layers, original):
        np.testing.assert_array_equal(layer.W, W)


def test_save_and_reopen_gives_back_every_value(tmp_path, doc):
    doc.set_weight(LinkRef(0, 1, 0), 0.1 + 0.2)  # not exactly representable: must still round-trip exactly
    doc.set_input(NeuronRef(0, 0), 0.25)
    doc.update_metadata(name="My gate", dataset={"name": "gate:and", "samples": 4, "noise": 0.0,
                                                 "test_fraction": 0.0, "seed": 0})
    path = tmp_path / "gate.json"
    doc.save(path)
    assert not doc.is_modified
    again = Document()
    again.load(path)
    assert again.weight(LinkRef(0, 1, 0)) == 0.1 + 0.2 and again.inputs.tolist() == [0.25, 1.0]
    assert again.meta.name == "My gate" and again.meta.dataset["name"] == "gate:and"
    assert again.path == path and not again.is_modified and again.undo_stack.count() == 0


def test_a_bad_file_leaves_the_open_network_untouched(tmp_path, doc):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "synaptica-network", "version": 1, "layers": [{"size": 2}]}')
    doc.set_weight(LinkRef(0, 0, 0), 0.75)
    with pytest.raises(io.NetworkFileError, match="bad.json"):
        doc.load(bad)
    assert doc.weight(LinkRef(0, 0, 0)) == 0.75 and doc.undo_stack.count() == 1 and doc.path is None


def test_modified_flag_follows_edits_undo_and_save(tmp_path, doc, qtbot):
    assert not doc.is_modified
    doc.set_weight(LinkRef(0, 0, 0), 1.0)
    assert doc.is_modified
    doc.undo_stack.undo()
    assert not doc.is_modified
    doc.update_metadata(name="renamed")
    assert doc.is_modified
    doc.save(tmp_path / "x.json")
    assert not doc.is_modified


def test_training_progress_is_shown_live_and_committed_as_one_undo_step(doc):
    before = doc.snapshot_state()
    W = np.array([[1.0], [1.0]])
    doc.show_training_progress([(W, np.array([-1.5]))], [(1, 0.5, None, 0.75, None)])
    assert doc.weight(LinkRef(0, 0, 0)) == 1.0 and len(doc.history) == 1
    doc.commit_training(before, "Train epochs 1–1")
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.weight(LinkRef(0, 0, 0)) == 0.5 and doc.history is None
    doc.undo_stack.redo()
    assert doc.bias(NeuronRef(1, 0)) == -1.5 and len(doc.history) == 1
