"""Input features lab: ticked features become data columns, named input neurons and file content."""
import numpy as np
import pytest
from PySide6.QtWidgets import QDockWidget, QMessageBox

from simulator import Network, datasets, io, optimizers
from simulator.training import Trainer
from ui.main_window import MainWindow

CIRCLE = {"name": "circle", "samples": 200, "noise": 0.0, "test_fraction": 0.5, "seed": 0}
TRAINING = {"loss": "binary_cross_entropy", "optimizer": {"name": "adam", "lr": 0.05}, "batch_size": 20,
            "epochs": 100, "init": "xavier", "seed": 0, "weight_decay": 0.0}


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    w.document.set_contents(Network.build([2, 1], output="sigmoid", seed=0), training=TRAINING, dataset=CIRCLE)
    return w


@pytest.fixture
def lab(window, qtbot):
    widget = window.labs.open_lab("features")
    qtbot.waitExposed(window.labs)
    return widget


def test_ticking_features_adds_columns_and_adapting_names_the_inputs(window, lab, qtbot, tmp_path):
    session = window.training
    lab.checks["x2^2"].click()
    lab.checks["x1^2"].click()
    qtbot.waitUntil(lambda: session.dataset.n_features == 4)
    raw = datasets.make("circle", samples=200, seed=0)
    np.testing.assert_array_equal(session.dataset.X, np.column_stack([raw.X, raw.X ** 2]))
    assert session.dataset.feature_names == ("x1", "x2", "x1²", "x2²")
    assert "4 inputs" not in lab.inputs_label.text() and lab.adapt_button.isEnabled()
    assert "Inputs 2 → 4" in lab.problem_label.text()
    lab.adapt_button.click()
    assert window.document.network.n_inputs == 4
    assert window.document.labels[0] == ["x1", "x2", "x1²", "x2²"]
    assert "x1, x2, x1², x2² (4 inputs)" in lab.inputs_label.text() and not session.problem()
    # The decision boundary is drawn on the (x1, x2) plane from the expanded grid.
    boundary = window.findChild(QDockWidget, "boundary_plot").widget()
    boundary._reconfigure()
    assert boundary.stack.currentWidget() is boundary.plot and boundary.mode is not None
    np.testing.assert_array_equal(boundary._net_grid[:, 3], boundary._grid[:, 1] ** 2)
    boundary._draw()
    assert boundary.pixels.any()
    path = tmp_path / "features.json"
    window.document.save(path)
    loaded = io.load(path)
    assert loaded.dataset["features"] == ["x1^2", "x2^2"] and loaded.labels[0] == ["x1", "x2", "x1²", "x2²"]


def test_the_one_neuron_circle_demo_separates_the_circle(window, lab, qtbot):
    lab.demo_button.click()
    session = window.training
    qtbot.waitUntil(lambda: session.dataset is not None and session.dataset.n_features == 4)
    net = window.document.network
    assert net.sizes == [4, 1] and not session.problem()
    assert [lab.checks[n].isChecked() for n in ("x1^2", "x2^2", "x1*x2")] == [True, True, False]
    settings = session.training_settings()
    trainer = Trainer(net.copy(), session.train.X, session.train.targets(1), loss=settings["loss"],
                      optimizer=optimizers.create("adam", lr=0.05), batch_size=20, seed=0)
    for _ in range(200):
        stats = trainer.run_epoch()
    assert stats.train_accuracy > 0.95


def test_features_do_not_apply_to_other_data(window, lab, qtbot):
    window.training.update_dataset(name="iris")
    qtbot.waitUntil(lambda: window.training.dataset.name == "iris")
    assert not lab.checks["x1^2"].isEnabled() and "not 2-D point data" in lab.data_label.text()
