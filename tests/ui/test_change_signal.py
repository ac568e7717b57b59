"""The Document's `changed` signal says what changed, and views skip work a change cannot affect."""
from __future__ import annotations

import numpy as np
import pytest

from simulator import Dense, Network, datasets
from ui.changes import Changed, What
from ui.document import Document
from ui.panels import OutputsPanel, TruthTablePanel
from ui.plots import BoundaryPlot, ProbabilityPlot
from ui.plots.boundary import GRID
from ui.selection import LinkRef, NeuronRef

from tests.ui.test_plots import FakeSession

NEW_RATE = {"loss": "mean_squared_error", "optimizer": {"name": "sgd", "lr": 0.5}, "batch_size": 4,
            "epochs": 10, "init": "xavier", "seed": 0, "weight_decay": 0.0}


def and_document() -> Document:
    document = Document(Network(layers=[Dense([[0.5], [0.5]], [-0.7], "sigmoid")]))
    document.update_metadata(dataset={"name": "gate:and"})
    document.set_inputs([1, 1])
    document.undo_stack.clear()
    return document


def recorded(document: Document) -> list[Changed]:
    seen: list[Changed] = []
    document.changed.connect(seen.append)
    return seen


def count_forward_calls(monkeypatch, rows: int) -> list[int]:
    """Counts engine forward passes over `rows` samples (a view's recomputation), whoever makes them."""
    calls: list[int] = []
    original = Network.forward

    def counting(self, x):
        if np.ndim(x) == 2 and np.shape(x)[0] == rows:
            calls.append(rows)
        return original(self, x)

    monkeypatch.setattr(Network, "forward", counting)
    return calls


def test_each_kind_of_change_says_what_it_touched(qtbot):
    doc = and_document()
    seen = recorded(doc)
    doc.set_weight(LinkRef(0, 1, 0), 0.25)
    doc.set_bias(NeuronRef(1, 0), -0.5)
    doc.set_input(NeuronRef(0, 0), 0.0)
    assert seen == [Changed(What.VALUES, frozenset({LinkRef(0, 1, 0)})),
                    Changed(What.VALUES, frozenset({NeuronRef(1, 0)})),
                    Changed(What.INPUTS, frozenset({NeuronRef(0, 0)}))]
    seen.clear()
    doc.update_metadata(training=NEW_RATE)
    doc.undo_stack.undo()
    assert [c.what for c in seen] == [What.SETTINGS, What.SETTINGS]
    assert all(c.settings == {"training"} and not c.touches_setting("dataset") for c in seen)
    seen.clear()
    doc.set_inputs([1, 0])                    # a whole-state step that changed only the inputs
    doc.undo_stack.undo()
    doc.set_activation(1, "step")
    doc.replace_network(doc.network.copy(), "nothing new")   # same weights: nothing to redraw
    doc.set_layer_size(0, 3)
    assert [c.what for c in seen] == [What.INPUTS, What.INPUTS, What.VALUES, What.NOTHING,
                                      What.STRUCTURE | What.VALUES | What.INPUTS | What.HISTORY]
    seen.clear()
    doc.show_training_progress([(l.W, l.b) for l in doc.network.layers], [(1, 0.5, None, None, None)])
    doc.clear_history()
    doc.set_contents(Network.build([2, 1]))
    assert [c.what for c in seen] == [What.VALUES | What.HISTORY, What.HISTORY, What.EVERYTHING]
    assert seen[-1].touches_setting("dataset", "training")


def test_truth_table_recomputes_only_for_weights_and_datasets(qtbot, monkeypatch):
    doc = and_document()
    table = TruthTablePanel(doc)
    qtbot.addWidget(table)
    assert table.gate == "and" and table.current_row == 3
    forward = count_forward_calls(monkeypatch, rows=4)
    doc.update_metadata(training=NEW_RATE)      # a settings-only change: nothing to recompute
    doc.undo_stack.undo()
    doc.set_input(NeuronRef(0, 0), 0.0)          # the rows do not depend on the current inputs ...
    assert table.current_row == 1                # ... but the highlighted row follows them
    doc.clear_history()                          # the loss curve alone
    assert forward == []
    doc.set_weight(LinkRef(0, 0, 0), 5.0)
    assert len(forward) == 1 and table.correct.tolist() == [True, True, False, True]   # 10 now gives 1
    doc.update_metadata(dataset={"name": "gate:or"})   # another target gate: the checks are redone
    assert table.gate == "or" and table.correct.tolist() == [True, False, True, True] and len(forward) >= 2


def test_outputs_panel_skips_settings_and_loss_curve_changes(qtbot, monkeypatch):
    doc = and_document()
    panel = OutputsPanel(doc)
    qtbot.addWidget(panel)
    updates: list[int] = []
    original = panel._update
    monkeypatch.setattr(panel, "_update", lambda: updates.append(1) or original())
    doc.update_metadata(training=NEW_RATE, name="renamed")
    doc.show_training_progress([(l.W, l.b) for l in doc.network.layers], [(1, 0.5, None, None, None)])
    assert len(updates) == 1                      # the snapshot's weights, not the settings
    doc.clear_history()
    doc.undo_stack.undo()                         # undo the settings change
    assert len(updates) == 1
    doc.set_input(NeuronRef(0, 1), 0.0)
    assert len(updates) == 2 and panel.heights[0] == pytest.approx(doc.outputs()[0])


def test_boundary_redraws_only_when_the_weights_change(qtbot, monkeypatch):
    train, test = datasets.make("xor", samples=60, noise=0.05, seed=1).split(0.3, seed=0)
    doc = Document(Network.build([2, 4, 1], hidden="tanh", output="sigmoid", seed=0))
    session = FakeSession(doc, train, test)
    plot = BoundaryPlot(session, doc)
    qtbot.addWidget(plot)
    plot.resize(400, 400)
    plot.show()
    qtbot.waitExposed(plot)
    plot.refresh()
    forward = count_forward_calls(monkeypatch, rows=GRID * GRID)
    doc.update_metadata(training=NEW_RATE)
    doc.clear_history()
    doc.set_input(NeuronRef(0, 0), 0.75)
    plot._throttle.flush()                       # draws only if something asked for a redraw
    assert forward == []
    assert plot.input_marker.getData()[0].tolist() == [0.75]   # the marker still follows the input
    doc.set_weight(LinkRef(0, 0, 0), -1.0)
    plot._throttle.flush()
    assert len(forward) == 1


def test_probability_plot_reconfigures_only_for_another_shape_or_dataset(qtbot, monkeypatch):
    train, test = datasets.make("xor", samples=60, noise=0.05, seed=1).split(0.3, seed=0)
    doc = Document(Network.build([2, 4, 1], hidden="tanh", output="sigmoid", seed=0))
    plot = ProbabilityPlot(FakeSession(doc, train, test), doc)
    qtbot.addWidget(plot)
    reconfigured: list[int] = []
    original = plot._reconfigure
    monkeypatch.setattr(plot, "_reconfigure", lambda: reconfigured.append(1) or original())
    plot._throttle.flush()
    doc.update_metadata(training=NEW_RATE, description="a note")
    doc.clear_history()
    assert reconfigured == [] and not plot._throttle.pending      # nothing to redraw either
    doc.set_weight(LinkRef(0, 0, 0), 2.0)
    assert reconfigured == [] and plot._throttle.pending          # new weights: a redraw, not a rebuild
    doc.update_metadata(dataset=None)              # no dataset any more: the plot stops judging
    assert reconfigured == [1]
