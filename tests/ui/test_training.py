"""Training in a worker process: the session, the panel and the main-window wiring (real widgets)."""
from __future__ import annotations

import copy
import multiprocessing
import os
import signal
import threading

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from simulator import Network, io, optimizers
from simulator.training import Trainer
from ui.document import Document
from ui.training.session import TrainingSession
from ui.training.panel import TrainingPanel
from ui.selection import LinkRef, NeuronRef

SPIRAL = {"name": "spiral", "samples": 500, "noise": 0.0, "test_fraction": 0.5, "seed": 0}
XOR_GATE = {"name": "gate:xor", "test_fraction": 0.0, "seed": 0}


def training(**changes) -> dict:
    settings = {"loss": "mse", "optimizer": {"name": "sgd", "lr": 0.5}, "batch_size": 4, "epochs": 100_000,
                "init": "xavier", "seed": 0, "weight_decay": 0.0}
    settings.update(changes)
    return settings


def spiral_network() -> Network:
    return Network.build([2, 8, 8, 1], hidden="tanh", output="sigmoid", init="xavier", seed=0)


def spiral_training(**changes) -> dict:
    return training(loss="binary_cross_entropy", optimizer={"name": "sgd", "lr": 0.03}, batch_size=10, **changes)


def weights_of(network: Network) -> list[np.ndarray]:
    return [p.copy() for p in network.parameters()]


@pytest.fixture
def sessions():
    """Makes sessions on fresh documents and checks afterwards that no worker thread is left running."""
    made = []

    def make(network: Network, dataset: dict, settings: dict) -> TrainingSession:
        document = Document(network)
        document.update_metadata(dataset=dataset, training=settings)
        document.undo_stack.clear()
        session = TrainingSession(document)
        made.append(session)
        return session

    yield make
    for session in made:
        session.stop()
    assert_no_worker_left()


def assert_no_worker_left() -> None:
    """No worker process (nor a thread of ours) is left once training stopped."""
    assert multiprocessing.active_children() == []
    assert [t.name for t in threading.enumerate() if t is not threading.main_thread()] == []


@pytest.fixture
def window(qtbot):
    from ui.main_window import MainWindow
    from ui.training import install_training

    win = MainWindow()
    qtbot.addWidget(win)
    win.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    session = win.training if hasattr(win, "training") else install_training(win)
    win.document.set_contents(spiral_network(), name="Spiral", training=spiral_training(), dataset=SPIRAL)
    win.resize(1400, 880)
    win.show()
    qtbot.waitExposed(win)
    yield win, session
    session.stop()
    assert_no_worker_left()


def settle_events() -> None:
    """Deliver everything pending (posted events, zero timers, a readable pipe) without waiting a fixed time."""

    for _ in range(3):
        QCoreApplication.processEvents()


def run_until(qtbot, session, epochs: int, timeout: int = 5000) -> None:
    session.play()
    qtbot.waitUntil(lambda: session.epoch >= epochs, timeout=timeout)


# --------------------------------------------------------------------------- running and pausing

def test_xor_gate_trains_in_the_worker_and_pausing_records_one_undo_step(qtbot, sessions):
    net = Network.build([2, 4, 1], hidden="sigmoid", output="sigmoid", init="xavier", seed=1)
    session = sessions(net, XOR_GATE, training())
    doc = session.document
    start = weights_of(doc.network)
    with qtbot.waitSignal(session.snapshot, timeout=3000):
        session.play()
    assert session.state == "running"
    qtbot.waitUntil(lambda: session.epoch >= 20, timeout=3000)
    session.pause()
    assert session.state == "paused" and not session.busy
    assert not any(np.array_equal(a, b) for a, b in zip(start, weights_of(doc.network)))
    history = doc.history
    assert len(history) == session.epoch and history.last("epoch") == session.epoch
    assert history.columns["epoch"] == list(range(1, session.epoch + 1))     # no epoch lost or repeated
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == f"Train epochs 1–{session.epoch}"
    # Stale snapshots that were still queued must not move the weights after the pause.
    paused = weights_of(doc.network)
    settle_events()
    assert all(np.array_equal(a, b) for a, b in zip(paused, weights_of(doc.network)))


def test_undo_after_a_run_restores_the_weights_from_before_it(qtbot, sessions):
    session = sessions(spiral_network(), SPIRAL, spiral_training())
    doc = session.document
    start = weights_of(doc.network)
    run_until(qtbot, session, 3)
    session.pause()
    trained = weights_of(doc.network)
    doc.undo_stack.undo()
    assert all(np.array_equal(a, b) for a, b in zip(start, weights_of(doc.network)))
    assert doc.history is None and session.epoch == 0
    doc.undo_stack.redo()
    assert all(np.array_equal(a, b) for a, b in zip(trained, weights_of(doc.network)))


def test_snapshots_are_immutable_lose_no_epoch_and_follow_the_worker(qtbot, sessions):
    session = sessions(spiral_network(), SPIRAL, spiral_training())
    seen = []
    session.snapshot.connect(seen.append)
    session.set_speed(10)                            # flat out (how often they come: benchmarks/bench_app.py)
    session.play()
    qtbot.waitUntil(lambda: len(seen) >= 5, timeout=10000)  # the rate itself: benchmarks/bench_snapshots.py
    session.pause()
    snapshot = seen[-1]
    W, b = snapshot.weights[0]
    assert not W.flags.writeable and not b.flags.writeable
    with pytest.raises(ValueError):
        W[0, 0] = 1.0
    rows = [row for s in seen for row in s.rows]
    assert [row[0] for row in rows] == list(range(1, session.epoch + 1))
    assert len(rows[0]) == 5 and rows[0][2] is not None       # the spiral has a test set
    probe = session.probe_sample()
    np.testing.assert_allclose(snapshot.probe_output, session.document.network.forward(probe))


def test_step_batch_and_step_epoch_advance_exactly_one_batch_or_epoch(qtbot, sessions):
    session = sessions(spiral_network(), SPIRAL, spiral_training())
    per_epoch = 250 // 10
    with qtbot.waitSignal(session.run_ended, timeout=3000):
        session.step_batch()
    assert (session.epoch, session.step) == (0, 1)
    with qtbot.waitSignal(session.run_ended, timeout=3000):
        session.step_epoch()
    assert (session.epoch, session.step) == (1, per_epoch)   # finished the epoch the batch began
    with qtbot.waitSignal(session.run_ended, timeout=3000):
        session.step_epoch()
    assert (session.epoch, session.step) == (2, 2 * per_epoch)
    stack = session.document.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == ["Train one mini-batch", "Train epoch 1",
                                                             "Train epoch 2"]
    assert len(session.document.history) == 2 and session.state == "paused"


def test_the_epoch_limit_finishes_the_run(qtbot, sessions):
    session = sessions(spiral_network(), SPIRAL, spiral_training(epochs=7))
    with qtbot.waitSignal(session.run_ended, timeout=5000) as ended:
        session.play()
    assert ended.args == ["finished"] and session.state == "finished" and session.epoch == 7
    with qtbot.waitSignal(session.run_ended, timeout=5000):
        session.play()                                  # at the limit, Play trains that many more
    assert session.epoch == 14


# --------------------------------------------------------------------------- edits and training

def _full_batch_step(network: Network, session: TrainingSession, lr: float) -> list[np.ndarray]:
    """What one full-batch SGD step from `network` gives, computed by a headless Trainer."""
    net = network.copy()
    X, T = session.train.X, session.train.targets(net.n_outputs)
    trainer = Trainer(net, X, T, loss="mse", optimizer=optimizers.create("sgd", lr=lr), batch_size=len(X), seed=0)
    trainer.step()
    return weights_of(net)


def test_an_edit_while_paused_is_where_training_resumes(qtbot, sessions):
    net = Network.build([2, 3, 1], hidden="sigmoid", output="sigmoid", init="xavier", seed=2)
    session = sessions(net, XOR_GATE, training(batch_size=4))      # full batch: the order does not matter
    doc = session.document
    run_until(qtbot, session, 5)
    session.pause()
    doc.set_weight(LinkRef(0, 1, 2), 2.5)
    doc.set_bias(NeuronRef(2, 0), -0.75)
    edited = doc.network.copy()
    with qtbot.waitSignal(session.run_ended, timeout=3000):
        session.step_batch()
    expected = _full_batch_step(edited, session, 0.5)
    for got, want in zip(weights_of(doc.network), expected):
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-15)
    # The check can fail: a step from the unedited weights lands elsewhere.
    stack = doc.undo_stack
    stack.undo()
    stack.undo()
    stack.undo()
    unedited = _full_batch_step(doc.network, session, 0.5)
    assert not all(np.allclose(a, b) for a, b in zip(unedited, expected))


def test_an_edit_while_running_pauses_first_and_is_never_overwritten(qtbot, sessions):
    session = sessions(spiral_network(), SPIRAL, spiral_training())
    doc = session.document
    start = weights_of(doc.network)
    seen = []
    session.snapshot.connect(seen.append)
    run_until(qtbot, session, 3)
    assert session.state == "running"
    doc.set_weight(LinkRef(1, 2, 3), 1.75)
    # Paused synchronously, before set_weight returned.
    assert session.state == "paused" and not session.busy
    assert doc.weight(LinkRef(1, 2, 3)) == 1.75
    shown = seen[-1].weights
    for k, (layer, (W, b)) in enumerate(zip(doc.network.layers, shown)):
        expected_W = W.copy()
        if k == 1:
            expected_W[2, 3] = 1.75
        np.testing.assert_array_equal(layer.W, expected_W)   # exactly what was shown, plus the edit
        np.testing.assert_array_equal(layer.b, b)
    settle_events()                                          # nothing queued may tear the edit
    assert doc.weight(LinkRef(1, 2, 3)) == 1.75 and session.state == "paused"
    # Undo history: the training, then the edit on top of it.
    stack = doc.undo_stack
    assert stack.undoText().startswith("Set weight")
    assert stack.text(stack.index() - 2).startswith("Train epochs 1–")
    stack.undo()
    assert doc.weight(LinkRef(1, 2, 3)) == shown[1][0][2, 3]
    stack.undo()
    assert all(np.array_equal(a, b) for a, b in zip(start, weights_of(doc.network)))
    stack.redo()
    stack.redo()
    assert doc.weight(LinkRef(1, 2, 3)) == 1.75
    # Play continues from the edited weights.
    before_play = doc.network.copy()
    shown_step = seen[-1].step
    with qtbot.waitSignal(session.run_ended, timeout=3000):
        session.step_batch()
    assert session.step == shown_step + 1
    changed = [not np.array_equal(a, b) for a, b in zip(weights_of(before_play), weights_of(doc.network))]
    assert any(changed)
    assert abs(doc.weight(LinkRef(1, 2, 3)) - 1.75) < 0.05   # one small step away from the edit, not the old value


def test_a_drag_while_running_stays_one_undo_step(qtbot, sessions):
    from ui.document import new_drag_token

    session = sessions(spiral_network(), SPIRAL, spiral_training())
    doc = session.document
    run_until(qtbot, session, 2)
    drag = new_drag_token()
    for value in (0.5, 0.6, 0.7):
        doc.set_weight(LinkRef(0, 0, 0), value, drag=drag)
    stack = doc.undo_stack
    assert stack.undoText().startswith("Set weight") and doc.weight(LinkRef(0, 0, 0)) == 0.7
    stack.undo()
    assert stack.undoText().startswith("Train epochs")


def test_undo_pressed_during_training_undoes_the_run(qtbot, sessions):
    session = sessions(spiral_network(), SPIRAL, spiral_training())
    doc = session.document
    doc.set_weight(LinkRef(0, 0, 0), 0.9)                             # something to undo before the run
    start = weights_of(doc.network)
    run_until(qtbot, session, 3)
    doc.undo_stack.undo()
    assert session.state == "paused"
    assert all(np.array_equal(a, b) for a, b in zip(start, weights_of(doc.network)))
    assert doc.weight(LinkRef(0, 0, 0)) == 0.9 and session.epoch == 0
    doc.undo_stack.redo()
    assert doc.history is not None and len(doc.history) >= 3


def test_the_learning_rate_changes_while_running_without_a_pause(qtbot, sessions):
    net = Network.build([2, 3, 1], hidden="sigmoid", output="sigmoid", init="xavier", seed=2)
    session = sessions(net, XOR_GATE, training(batch_size=4))      # full batch: one step is exact
    run_until(qtbot, session, 2)
    runs = session.document.undo_stack.count()
    session.set_learning_rate(0.123)
    assert session.state == "running" and session.document.meta.training["optimizer"]["lr"] == 0.123
    stack = session.document.undo_stack
    assert stack.count() == runs + 1 and stack.undoText() == "Change training settings"   # no pause: no run step
    epoch = session.epoch
    qtbot.waitUntil(lambda: session.epoch > epoch + 2, timeout=3000)
    session.pause()
    before = session.document.network.copy()
    with qtbot.waitSignal(session.run_ended, timeout=3000):
        session.step_batch()
    for got, want in zip(weights_of(session.document.network), _full_batch_step(before, session, 0.123)):
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-15)   # the worker trains with the new rate


def test_settings_that_need_a_new_trainer_pause_record_the_run_and_go_on(qtbot, sessions):
    session = sessions(spiral_network(), SPIRAL, spiral_training())
    run_until(qtbot, session, 2)
    stack = session.document.undo_stack
    runs = stack.count()
    session.update_training(batch_size=25)
    assert stack.count() == runs + 2                                  # the run so far, then the change
    assert stack.text(runs).startswith("Train epochs") and stack.undoText() == "Change training settings"
    qtbot.waitUntil(lambda: session.state == "running", timeout=3000)   # it carries on by itself
    epoch = session.epoch
    qtbot.waitUntil(lambda: session.epoch >= epoch + 1, timeout=5000)
    session.pause()
    with qtbot.waitSignal(session.run_ended, timeout=3000):
        session.step_epoch()                                            # to the end of a started epoch
    step = session.step
    with qtbot.waitSignal(session.run_ended, timeout=3000):
        session.step_epoch()
    assert session.step - step == 10                                    # 250 points / 25 per batch
    stack.setIndex(runs)                                                # back to before the change
    assert session.document.meta.training["batch_size"] == 10           # settings are undoable


def test_opening_another_network_while_running_stops_cleanly(qtbot, sessions):
    session = sessions(spiral_network(), SPIRAL, spiral_training())
    run_until(qtbot, session, 2)
    doc = session.document
    doc.set_contents(Network.build([2, 2, 1], hidden="sigmoid", output="sigmoid", seed=3),
                     training=training(), dataset=XOR_GATE)
    assert session.state == "idle" and not session.busy
    settle_events()                                                       # nothing queued arrives late
    assert doc.undo_stack.count() == 0 and doc.sizes == [2, 2, 1]
    assert session.settings["name"] == "gate:xor" and session.train.n_samples == 4
    with qtbot.waitSignal(session.run_ended, timeout=3000):
        session.step_epoch()
    assert session.epoch == 1


# --------------------------------------------------------------------------- reset and divergence

def test_reset_gives_the_seeded_initial_weights_and_repeats_a_run_exactly(qtbot, sessions):
    session = sessions(spiral_network(), SPIRAL, spiral_training(epochs=6, seed=5))
    doc = session.document
    runs = []
    for _ in range(2):
        session.reset()
        assert doc.history is not None and len(doc.history) == 0 and session.epoch == 0
        expected = Network.build([2, 8, 8, 1], activations=["tanh", "tanh", "sigmoid"], init="xavier", seed=5)
        assert all(np.array_equal(a, b) for a, b in zip(weights_of(expected), weights_of(doc.network)))
        session.set_speed(10)
        with qtbot.waitSignal(session.run_ended, timeout=5000):
            session.play()
        runs.append((list(doc.history.columns["train_loss"]), list(doc.history.columns["test_accuracy"]),
                     weights_of(doc.network)))
    (loss1, acc1, w1), (loss2, acc2, w2) = runs
    assert len(loss1) == 6 and loss1 == loss2 and acc1 == acc2
    assert all(np.array_equal(a, b) for a, b in zip(w1, w2))
    assert doc.undo_stack.undoText() == "Train epochs 1–6"
    doc.undo_stack.undo()
    assert doc.undo_stack.undoText() == "Reset weights"


def test_divergence_stops_with_a_plain_message_and_finite_weights(qtbot, sessions):
    net = Network.build([1, 8, 1], hidden="identity", output="identity", init="xavier", seed=0)
    sin = {"name": "sin", "samples": 100, "noise": 0.0, "test_fraction": 0.25, "seed": 0}
    session = sessions(net, sin, training(optimizer={"name": "sgd", "lr": 50.0}, batch_size=10))
    panel = TrainingPanel(session)
    qtbot.addWidget(panel)
    messages = []
    session.message.connect(messages.append)
    with qtbot.waitSignal(session.run_ended, timeout=5000) as ended:
        session.play()
    assert ended.args == ["diverged"] and session.state == "diverged"
    text = messages[-1]
    assert "became infinite" in text or "not a number" in text
    assert "smaller learning rate" in text
    assert all(np.all(np.isfinite(p)) for p in session.document.network.parameters())
    assert "smaller learning rate" in panel.problem_notice.label.text()
    assert session.document.undo_stack.count() in (0, 1)     # what trained before it diverged is one step
    # Back to the start with a smaller learning rate, it trains again (a fresh trainer after the divergence).
    session.document.undo_stack.undo()
    session.set_learning_rate(0.001)
    with qtbot.waitSignal(session.run_ended, timeout=3000) as ended:
        session.step_epoch()
    assert ended.args == ["paused"]


# --------------------------------------------------------------------------- problems and suggestions

def test_a_mismatch_is_explained_and_adapt_fixes_it(qtbot, sessions):
    net = Network.build([2, 3, 1], hidden="sigmoid", output="sigmoid", init="xavier", seed=0)
    iris = {"name": "iris", "test_fraction": 0.3, "seed": 0}
    session = sessions(net, iris, training())
    panel = TrainingPanel(session)
    qtbot.addWidget(panel)
    problem = session.problem()
    assert "4 features" in problem and "2 inputs" in problem and "3 classes" in problem
    assert not panel.play_button.isEnabled() and "3 classes" in panel.play_button.toolTip()
    messages = []
    session.message.connect(messages.append)
    session.play()
    assert session.state == "idle" and not session.busy and "3 classes" in messages[-1]
    assert panel.adapt_button.isVisible() or not panel.isVisible()
    qtbot.mouseClick(panel.adapt_button, Qt.MouseButton.LeftButton)
    doc = session.document
    assert doc.sizes == [4, 3, 3] and doc.activation(2) == "softmax"
    assert doc.meta.training["loss"] == "cross_entropy" and session.problem() == ""
    assert panel.play_button.isEnabled()
    doc.undo_stack.undo()
    assert doc.sizes == [2, 3, 1]
    doc.undo_stack.redo()
    with qtbot.waitSignal(session.run_ended, timeout=3000):
        session.step_epoch()
    assert session.epoch == 1


def test_step_units_with_gradient_descent_disable_play_with_the_reason(qtbot, sessions):
    net = Network.build([2, 2, 1], hidden="step", output="step", init="xavier", seed=0)
    session = sessions(net, XOR_GATE, training())
    panel = TrainingPanel(session)
    qtbot.addWidget(panel)
    assert "zero gradient" in session.problem()
    assert not panel.play_button.isEnabled() and not panel.step_button.isEnabled()
    assert "zero gradient" in panel.play_button.toolTip()


def test_the_perceptron_rule_learns_and_for_a_single_step_layer(qtbot, sessions):
    net = Network.build([2, 1], hidden="step", output="step", init="zeros", seed=0)
    session = sessions(net, {"name": "gate:and", "test_fraction": 0.0, "seed": 0},
                       training(optimizer={"name": "perceptron", "lr": 0.1}, loss="mse", batch_size=1, epochs=30))
    assert session.suggestion() is None and session.problem() == ""
    with qtbot.waitSignal(session.run_ended, timeout=5000):
        session.play()
    outputs = session.document.network.forward(session.train.X).ravel()
    np.testing.assert_array_equal(outputs, session.train.y)


def test_changing_the_dataset_sets_its_recipe_and_offers_the_network_changes(qtbot, sessions):
    net = Network.build([2, 4, 1], hidden="tanh", output="identity", init="xavier", seed=0)
    session = sessions(net, XOR_GATE, training())
    panel = TrainingPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    combo = panel.dataset_combo
    index = combo.findData("spiral")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    doc = session.document
    assert doc.meta.dataset["name"] == "spiral" and session.train.n_samples > 4
    assert doc.meta.training["loss"] == "mse"            # the identity output needs changing first
    assert panel.suggestion_notice.isVisible()
    text = panel.suggestion_notice.label.text()
    assert "Binary cross-entropy" in text and "Output activation identity → sigmoid" in text
    assert "Optimizer sgd → adam" in text and "Learning rate 0.5 → 0.03" in text
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    assert doc.meta.training["loss"] == "binary_cross_entropy" and doc.activation(2) == "sigmoid"
    assert doc.meta.training["optimizer"]["name"] == "adam" and doc.meta.training["optimizer"]["lr"] == 0.03
    assert not panel.suggestion_notice.isVisible()
    # The learner's explicit choice afterwards stays; "Keep mine" hides the suggestion.
    loss_index = panel.loss_combo.findData("mse")
    panel.loss_combo.setCurrentIndex(loss_index)
    panel.loss_combo.activated.emit(loss_index)
    assert doc.meta.training["loss"] == "mse" and panel.suggestion_notice.isVisible()
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert not panel.suggestion_notice.isVisible() and doc.meta.training["loss"] == "mse"
    # Another dataset, with activations that already suit it: its recipe is set at once.
    index = combo.findData("gate:xor")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert doc.meta.training["loss"] == "binary_cross_entropy"
    assert doc.meta.training["optimizer"]["lr"] == 0.1 and doc.meta.training["batch_size"] == 4


def test_panel_settings_are_stored_in_the_document_and_saved(qtbot, sessions, tmp_path):
    session = sessions(spiral_network(), SPIRAL, spiral_training())
    panel = TrainingPanel(session)
    qtbot.addWidget(panel)
    panel.batch_spin.setValue(25)
    panel.test_spin.setValue(20)
    panel.noise_spin.setValue(0.1)
    index = panel.optimizer_combo.findData("adam")
    panel.optimizer_combo.setCurrentIndex(index)
    panel.optimizer_combo.activated.emit(index)
    assert set(panel._hyper_spins) == {"beta1", "beta2"}
    panel._hyper_spins["beta1"].setValue(0.8)
    panel.lr_spin.setValue(0.002)
    panel.epochs_spin.setValue(123)
    panel.decay_spin.setValue(0.001)
    doc = session.document
    assert doc.meta.training["batch_size"] == 25 and doc.meta.training["epochs"] == 123
    assert doc.meta.training["optimizer"] == {"name": "adam", "lr": 0.002, "beta1": 0.8, "beta2": 0.999}
    assert doc.meta.dataset["test_fraction"] == 0.2 and doc.meta.dataset["noise"] == 0.1
    assert session.test.n_samples == 100 and doc.is_modified
    path = tmp_path / "spiral.json"
    doc.save(path)
    loaded = io.load(path)
    assert loaded.training == doc.meta.training and loaded.dataset == doc.meta.dataset
    # And the panel follows the document when the settings change elsewhere (another file).
    other = copy.deepcopy(loaded.training)
    other["batch_size"] = 7
    doc.set_contents(spiral_network(), training=other, dataset=SPIRAL)
    assert panel.batch_spin.value() == 7 and panel.test_spin.value() == 50


def test_a_csv_file_can_be_imported_from_the_panel(qtbot, sessions, tmp_path):
    path = tmp_path / "points.csv"
    rows = ["a,b,c,label"] + [f"{i % 3},{i % 5},{i % 7},{'yes' if i % 2 else 'no'}" for i in range(40)]
    path.write_text("\n".join(rows))
    session = sessions(spiral_network(), SPIRAL, spiral_training())
    panel = TrainingPanel(session)
    qtbot.addWidget(panel)
    panel.ask_csv_path = lambda: str(path)

    def import_with_defaults(dialog):
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)
        return True
    panel.run_import_dialog = import_with_defaults
    index = panel.dataset_combo.findData("__import_csv__")
    panel.dataset_combo.setCurrentIndex(index)
    panel.dataset_combo.activated.emit(index)
    doc = session.document
    assert doc.meta.dataset["name"] == f"csv:{path.resolve()}"
    assert session.dataset.n_features == 3 and session.dataset.class_names == ("no", "yes")
    assert "3 features" in session.problem()
    assert panel.dataset_combo.currentText() == "points.csv"
    session.apply_suggestion()
    assert doc.sizes[0] == 3 and session.problem() == ""


# --------------------------------------------------------------------------- the main window

def test_training_in_the_main_window_feeds_the_plots(qtbot, window):
    win, session = window
    doc = win.document
    boundary = session.plots["boundary"]
    boundary.refresh()
    pixels_before = boundary.pixels.copy()
    run_until(qtbot, session, 5)
    session.pause()
    loss = session.plots["loss"]
    loss.refresh()
    x, y = loss.train_loss.getData()
    assert len(x) == len(doc.history) and y[-1] == doc.history.last("train_loss")
    boundary.refresh()
    assert not np.array_equal(pixels_before, boundary.pixels)
    probability = session.plots["probability"]
    probability.refresh()
    expected = doc.network.forward(session.probe_sample())
    np.testing.assert_allclose(probability.outputs, expected)
    assert f"epoch {session.epoch}" in session.panel.readout.text()


def test_space_toggles_training_even_when_a_button_has_focus(qtbot, window):
    win, session = window
    session.dock.raise_()
    button = session.panel.step_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert session.state == "running"
    qtbot.waitUntil(lambda: session.epoch >= 2, timeout=3000)
    qtbot.keyClick(win.view, Qt.Key.Key_Space)
    assert session.state == "paused" and session.step > 1   # not a single step: the shortcut won
    assert session.actions["play"].text() == "&Play"


def test_closing_the_window_during_training_ends_the_worker_process(qtbot, window):
    win, session = window
    run_until(qtbot, session, 2)
    pid = session.worker_pid
    assert pid is not None and [p.pid for p in multiprocessing.active_children()] == [pid]
    assert win.close()
    assert session.worker_pid is None
    assert_no_worker_left()
    assert not win.isVisible()
    assert win.document.undo_stack.count() == 1              # the run was recorded before closing


def test_a_refused_close_keeps_the_window_and_pauses(qtbot, window):
    win, session = window
    win.ask_save_changes = lambda: QMessageBox.StandardButton.Cancel
    run_until(qtbot, session, 2)
    assert not win.close()
    assert win.isVisible() and session.state == "paused"
    with qtbot.waitSignal(session.run_ended, timeout=3000):
        session.step_batch()                                  # the worker is still there


def test_a_trained_example_opens_with_its_true_counters_and_play_continues_past_the_limit(qtbot):
    from simulator import io
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    session = window.training
    assert window.open_path(io.example_paths()["spiral"])
    saved = io.load(io.example_paths()["spiral"]).history
    assert session.epoch == saved["epoch"][-1] == 1000
    batch = window.document.meta.training["batch_size"]
    assert session.step == 1000 * -(-session.train.n_samples // batch)
    session.stop()


def test_adapting_a_network_to_iris_names_its_outputs_after_the_species_and_drops_the_old_curve(qtbot):
    from simulator import io
    from ui.main_window import MainWindow

    from PySide6.QtWidgets import QMessageBox

    window = MainWindow()
    qtbot.addWidget(window)
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard   # closing at teardown
    session = window.training
    assert window.open_path(io.example_paths()["spiral"])
    assert window.document.history is not None
    session.update_dataset(name="iris")
    assert session.suggestion() is not None
    session.apply_suggestion()
    document = window.document
    assert document.sizes[0] == 4 and document.sizes[-1] == 3
    assert document.labels[-1] == list(session.dataset.class_names)
    assert document.labels[0] == list(session.dataset.feature_names)
    assert document.history is None
    assert session.epoch == 0 and session.step == 0 and "epoch 0 · step 0" in session.panel.readout.text()
    document.undo_stack.undo()   # one step back restores the spiral network and its curve
    assert document.sizes == [2, 8, 8, 1] and document.history is not None
    assert session.epoch == 1000
    session.stop()


# --------------------------------------------------------------------------- a worker that dies

def test_killing_the_worker_mid_run_is_reported_and_keeps_the_weights_shown(qtbot, sessions):
    session = sessions(spiral_network(), SPIRAL, spiral_training())
    doc = session.document
    seen = []
    session.snapshot.connect(seen.append)
    run_until(qtbot, session, 3)
    messages = []
    session.message.connect(messages.append)
    with qtbot.waitSignal(session.run_ended, timeout=5000) as ended:
        os.kill(session.worker_pid, signal.SIGKILL)
    assert ended.args == ["failed"] and session.state == "paused" and not session.busy
    assert "training process stopped unexpectedly" in messages[-1] and "killed by signal 9" in messages[-1]
    assert "weights shown are kept" in messages[-1]
    for (W, b), layer in zip(seen[-1].weights, doc.network.layers):       # the last weights the user saw
        np.testing.assert_array_equal(layer.W, W)
        np.testing.assert_array_equal(layer.b, b)
    assert doc.undo_stack.undoText().startswith("Train epochs 1–")
    assert_no_worker_left()
    # Play starts a new worker that continues from the weights shown.
    epoch = session.epoch
    with qtbot.waitSignal(session.run_ended, timeout=5000):
        session.step_epoch()
    assert session.epoch == epoch + 1


def test_a_worker_that_stops_answering_does_not_hang_the_pause(qtbot, sessions, monkeypatch):
    from ui.training import process_link

    monkeypatch.setattr(process_link, "PAUSE_TIMEOUT", 0.5)
    session = sessions(spiral_network(), SPIRAL, spiral_training())
    run_until(qtbot, session, 2)
    messages = []
    session.message.connect(messages.append)
    os.kill(session.worker_pid, signal.SIGSTOP)        # frozen: alive, but it never answers
    session.pause()
    assert session.state == "paused" and not session.busy
    qtbot.waitUntil(lambda: any("did not answer" in m for m in messages), timeout=3000)
    assert_no_worker_left()


def test_redo_while_training_records_the_run_and_redo_of_an_undone_run_brings_it_back(qtbot, sessions):
    session = sessions(spiral_network(), SPIRAL, spiral_training())
    doc = session.document
    run_until(qtbot, session, 2)
    session.pause()
    doc.undo_stack.undo()
    run_until(qtbot, session, 2)                    # training again from the start, after an undo
    doc.undo_stack.redo()                           # the new run is recorded first: it replaces the old branch
    assert session.state == "paused" and doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText().startswith("Train epochs 1–")
    doc.undo_stack.undo()
    assert doc.history is None and session.epoch == 0
    doc.undo_stack.redo()
    assert session.epoch == doc.history.last("epoch") >= 2


def test_float32_precision_is_picked_in_the_panel_and_the_worker_trains_in_it(qtbot, sessions):
    session = sessions(spiral_network(), SPIRAL, spiral_training())
    panel = TrainingPanel(session)
    qtbot.addWidget(panel)
    doc = session.document
    assert panel.precision_combo.currentData() == "float64"
    index = panel.precision_combo.findData("float32")
    panel.precision_combo.setCurrentIndex(index)
    panel.precision_combo.activated.emit(index)
    assert doc.meta.training["precision"] == "float32"
    assert doc.undo_stack.undoText() == "Change training settings"
    with qtbot.waitSignal(session.run_ended, timeout=3000):
        session.step_epoch()
    for p in doc.network.parameters():
        assert p.dtype == np.float64                                     # the document keeps float64 arrays
        np.testing.assert_array_equal(p, p.astype(np.float32))           # holding what float32 training gave
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert session.training_settings()["precision"] == "float64" and panel.precision_combo.currentData() == "float64"
