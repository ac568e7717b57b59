"""The undo history has a memory budget: a run is stored once, the oldest steps go first, clearing frees."""
from __future__ import annotations

import gc
import weakref

import numpy as np
import pytest

from simulator import Network, io
from ui.document import Document
from ui.training.session import TrainingSession
from ui.undo_budget import UNDO_BUDGET_BYTES, budget_text, stack_bytes

SIZES = [784, 1000, 1000, 10]


@pytest.fixture
def big_session(tmp_path):
    rng = np.random.default_rng(0)
    rows = [",".join(f"{v:.3f}" for v in rng.random(784)) + f",{i % 10}" for i in range(20)]
    path = tmp_path / "pixels.csv"
    path.write_text("\n".join(rows) + "\n")
    document = Document(Network.build(SIZES, hidden="relu", output="softmax", init="he", seed=0))
    document.update_metadata(dataset={"name": f"csv:{path}", "test_fraction": 0.0, "seed": 0},
                             training=dict(io.DEFAULT_TRAINING, loss="cross_entropy", batch_size=20,
                                           optimizer={"name": "sgd", "lr": 0.01}))
    session = TrainingSession(document)
    assert not session.problems()
    yield session
    session.stop()
    session.document.undo_stack.clear()   # see forget()


def forget(document: Document) -> None:
    """Clear the history before the document becomes garbage: a parentless Document collected together
    with the commands that point back at it crashes PySide (the same without the budget)."""
    document.undo_stack.clear()


def network_bytes(network: Network) -> int:
    return sum(layer.W.nbytes + layer.b.nbytes for layer in network.layers)


def test_forty_play_pause_cycles_stay_within_the_budget(big_session, qtbot):
    session, document = big_session, big_session.document
    one_state = network_bytes(document.network)
    assert one_state > 14_000_000
    for cycle in range(40):
        epoch = session.epoch
        session.play()
        qtbot.waitUntil(lambda: session.epoch > epoch, timeout=60_000)
        session.pause()
        held = document.undo_memory()
        assert held <= UNDO_BUDGET_BYTES
        # Each run adds one state: its start is the previous run's end (the first also keeps its start).
        steps = document.undo_stack.count()
        assert held <= (steps + 1) * (one_state + 2 ** 16)
    assert document.undo_stack.count() < 40            # the oldest runs were dropped ...
    assert document.undo_memory() > UNDO_BUDGET_BYTES - 2 * one_state   # ... but only as many as needed
    # The newest steps still undo and redo exactly.
    latest = [p.copy() for p in document.network.parameters()]
    document.undo_stack.undo()
    assert not all(np.array_equal(a, b) for a, b in zip(latest, document.network.parameters()))
    document.undo_stack.redo()
    assert all(np.array_equal(a, b) for a, b in zip(latest, document.network.parameters()))
    assert document.is_modified


def test_trimming_keeps_the_document_and_the_clean_state(qtbot):
    document = Document(Network.build([50, 100, 10], hidden="tanh", output="softmax", seed=0))
    document.undo_budget = 10 * network_bytes(document.network)
    for size in range(101, 131):
        document.set_layer_size(1, size)
    assert document.undo_stack.count() < 30 and document.undo_memory() <= document.undo_budget
    document.undo_stack.setClean()
    document.set_layer_size(1, 200)
    assert document.sizes == [50, 200, 10] and document.is_modified
    document.undo_stack.undo()
    assert document.sizes == [50, 130, 10] and not document.is_modified
    for _ in range(document.undo_stack.index()):
        document.undo_stack.undo()
    assert document.sizes[1] > 101          # the oldest sizes are gone, the kept ones are intact
    assert document.is_modified
    forget(document)


def test_clearing_the_history_frees_its_states(qtbot):
    document = Document(Network.build([200, 300, 10], hidden="tanh", output="softmax", seed=0))
    for size in (301, 302, 303):
        document.set_layer_size(1, size)
    # No reference to the command itself is kept: Qt deletes it when the history is cleared.
    kept = weakref.ref(document.undo_stack.command(0).before.network.layers[0].W)
    assert stack_bytes(document.undo_stack) > 0
    document.set_contents(Network.build([2, 1], output="sigmoid"))    # New / Open clear the history
    gc.collect()
    assert document.undo_memory() == 0 and kept() is None


def test_the_edit_menu_states_the_budget(qtbot):
    from ui.main_window import MainWindow
    window = MainWindow()
    qtbot.addWidget(window)
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    notes = [a for a in edit.actions() if a not in (window.undo_action, window.redo_action) and not a.isSeparator()]
    assert [a.text() for a in notes] == [budget_text() + "."] and not notes[0].isEnabled()   # a note, not a command
    assert "256 MB" in notes[0].text() and "oldest" in notes[0].text()
