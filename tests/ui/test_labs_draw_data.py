"""Draw your own data: clicks add points, a drag erases, the set trains and is saved in the file."""
import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from simulator import Network, io
from ui.main_window import MainWindow

from .lab_helpers import click, drag


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    w.document.set_contents(Network.build([2, 5, 2], hidden="tanh", output="softmax", seed=0))
    return w


@pytest.fixture
def lab(window, qtbot):
    widget = window.labs.open_lab("draw_data")
    window.labs.resize(1280, 800)
    qtbot.waitExposed(window.labs)
    return widget


def test_clicks_add_points_of_the_chosen_class_and_a_drag_erases(lab):
    click(lab.plot, (-0.5, 0.5))
    click(lab.plot, (0.5, 0.5))
    lab.class_group.button(1).click()
    click(lab.plot, (0.5, -0.5))
    assert lab.labels == [0, 0, 1]
    np.testing.assert_allclose(lab.points, [[-0.5, 0.5], [0.5, 0.5], [0.5, -0.5]], atol=0.02)
    xs, _ys = lab.scatters[1].getData()
    assert len(xs) == 1 and len(lab.scatters[0].getData()[0]) == 2
    drag(lab.plot, (0.3, 0.5), (0.7, 0.5), steps=10)         # across the point at (0.5, 0.5)
    assert lab.labels == [0, 1]
    assert "2 points: 1 of class 0, 1 of class 1" in lab.status.text()


def test_drawn_points_train_and_round_trip_through_the_file(window, lab, qtbot, tmp_path):
    for at, k in (((-0.6, 0.6), 0), ((-0.4, 0.7), 0), ((-0.7, 0.3), 0), ((0.6, -0.6), 1), ((0.4, -0.7), 1),
                  ((0.7, -0.3), 1), ((0.5, -0.5), 1), ((-0.5, 0.5), 0)):
        lab.class_group.button(k).click()
        click(lab.plot, at)
    lab.use_button.click()
    session = window.training
    qtbot.waitUntil(lambda: session.dataset is not None and session.dataset.name == "drawn")
    np.testing.assert_array_equal(session.dataset.X, lab.points)
    assert session.dataset.y.tolist() == lab.labels
    assert session.train.n_samples + session.test.n_samples == 8 and not session.problem()
    click(lab.plot, (0.0, 0.9))                                # in use: edits go straight to the data
    qtbot.waitUntil(lambda: session.dataset.n_samples == 9)
    path = tmp_path / "mine.json"
    window.document.save(path)
    loaded = io.load(path)
    assert loaded.dataset["points"] == lab.points and loaded.dataset["labels"] == lab.labels
    # Opened again, the lab shows the saved points.
    other = MainWindow(path)
    qtbot.addWidget(other)
    again = other.labs.open_lab("draw_data")
    assert again.points == lab.points and again.labels == lab.labels
    other.labs.close()


def test_nothing_to_use_until_a_point_is_drawn(lab):
    assert not lab.use_button.isEnabled() and "No points yet" in lab.status.text()
    click(lab.plot, (0.1, 0.1))
    assert lab.use_button.isEnabled() and "at least two classes" in lab.status.text()
    lab.clear_button.click()
    assert lab.points == [] and not lab.use_button.isEnabled()
