"""Race optimizers on the current network, through the lab's widgets."""
import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from simulator import Network, optimizers
from simulator.training import Trainer
from ui.main_window import MainWindow

SPIRAL = {"name": "spiral", "samples": 120, "noise": 0.0, "test_fraction": 0.25, "seed": 0}
TRAINING = {"loss": "cross_entropy", "optimizer": {"name": "sgd", "lr": 0.1}, "batch_size": 16, "epochs": 100,
            "init": "xavier", "seed": 3, "weight_decay": 0.0}


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    net = Network.build([2, 6, 2], hidden="tanh", output="softmax", init="xavier", seed=1)
    w.document.set_contents(net, name="Spiral", training=TRAINING, dataset=SPIRAL)
    yield w
    w.labs.shutdown()


@pytest.fixture
def lab(window, qtbot):
    widget = window.labs.open_lab("race")
    qtbot.waitExposed(window.labs)
    return widget


def run_race(lab, qtbot, names, epochs=4):
    for name, check in lab.checks.items():
        check.setChecked(name in names)
    lab.epochs_spin.setValue(epochs)
    assert lab.start_button.isEnabled()
    lab.start_button.click()
    qtbot.waitUntil(lambda: not lab.thread.isRunning(), timeout=30000)
    qtbot.waitUntil(lambda: lab.open_button.isEnabled() or lab.table.rowCount() == len(names))
    return lab.current_race()


def test_race_trains_each_optimizer_like_the_trainer_from_the_same_start(window, lab, qtbot):
    start = window.document.network.copy()
    lab.lr_spins["adam"].setValue(0.01)
    race = run_race(lab, qtbot, ["sgd", "adam"])
    assert [lane.label for lane in race.lanes] == ["sgd (lr 0.01)", "adam (lr 0.01)"]
    session = window.training
    for lane in race.lanes:
        alone = start.copy()
        Trainer(alone, session.train.X, session.train.targets(2), loss="cross_entropy",
                optimizer=optimizers.create(lane.optimizer.name, lr=0.01), batch_size=16, seed=3,
                X_test=session.test.X, T_test=session.test.targets(2)).run(4)
        np.testing.assert_array_equal(alone.layers[0].W, lane.network.layers[0].W)
    np.testing.assert_array_equal(window.document.network.layers[0].W, start.layers[0].W)   # untouched
    # Table and curves show what the engine recorded.
    assert lab.table.rowCount() == 2 and lab.table.item(1, 1).text() == "4"
    last = race.lanes[1].stats[-1]
    assert lab.table.item(1, 4).text() == f"{100 * last.test_accuracy:.1f} %"
    legend = [label.text for _sample, label in lab.accuracy_plot.getPlotItem().legend.items]
    assert legend == ["sgd (lr 0.01)", "adam (lr 0.01)"]
    loss_curves = [c for c in lab.loss_plot.getPlotItem().listDataItems() if c.name() == "adam (lr 0.01)"]
    np.testing.assert_allclose(loss_curves[0].getData()[1], [s.train_loss for s in race.lanes[1].stats])


def test_runs_are_kept_and_one_opens_as_the_current_network_in_one_undo_step(window, lab, qtbot):
    run_race(lab, qtbot, ["momentum"], epochs=2)
    race2 = run_race(lab, qtbot, ["rmsprop", "adagrad"], epochs=3)
    assert lab.race_combo.count() == 2 and lab.races[1][1] is race2
    lab.race_combo.setCurrentIndex(0)
    assert lab.table.rowCount() == 1 and lab.table.item(0, 0).text().startswith("momentum")
    lab.race_combo.setCurrentIndex(1)
    lab.table.selectRow(1)
    assert lab.open_button.isEnabled()
    before = window.document.network.copy()
    depth = window.document.undo_stack.count()
    lab.open_button.click()
    np.testing.assert_array_equal(window.document.network.layers[0].W, race2.lanes[1].network.layers[0].W)
    assert window.document.undo_stack.count() == depth + 1
    assert len(window.document.history.series("train_loss")) == 3
    window.document.undo_stack.undo()
    np.testing.assert_array_equal(window.document.network.layers[0].W, before.layers[0].W)


def test_stop_and_problems(window, lab, qtbot):
    lab.epochs_spin.setValue(10000)
    lab.start_button.click()
    assert lab.stop_button.isEnabled()
    lab.stop_button.click()
    qtbot.waitUntil(lambda: not lab.thread.isRunning(), timeout=30000)
    assert {lane.status for lane in lab.current_race().lanes} == {"stopped"}
    for check in lab.checks.values():
        check.setChecked(False)
    assert not lab.start_button.isEnabled() and "Tick at least one optimizer" in lab.setup_label.text()


def test_closing_the_main_window_stops_a_running_race(window, lab, qtbot):
    lab.epochs_spin.setValue(10000)
    lab.start_button.click()
    window.document.undo_stack.setClean()
    window.close()
    assert not lab.thread.isRunning()
