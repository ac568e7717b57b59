"""Optimizer playground, driven through its widgets and checked against simulator.surfaces."""
import re

import numpy as np
import pytest

from simulator import optimizers, surfaces
from ui.labs.playground import OptimizerPlayground

from .lab_helpers import drag, number

READOUT = re.compile(r"f = (\S+)\s+at \((\S+), (\S+)\)")


@pytest.fixture
def lab(qtbot):
    widget = OptimizerPlayground()
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def engine_path(name, lr, start=(-7.0, 2.0), steps=30, surface="textbook"):
    return surfaces.descend(surface, optimizers.create(name, lr=lr), start=start, steps=steps)


def shown(lab, name):
    f, x, y = (number(v) for v in READOUT.search(lab.readouts[name].text()).groups())
    return f, x, y


def test_opens_on_the_textbook_comparison(lab):
    assert lab.surface.name == "textbook" and lab.start == (-7.0, 2.0)
    rates = {name: lab.lr_spins[name].value() for name in lab.lr_spins}
    assert rates["sgd"] == 0.95 and rates["momentum"] == 0.1 and rates["adagrad"] == 1.5 and rates["adam"] == 0.3
    assert lab.step_slider.value() == lab.step_slider.maximum() == 30
    for name in ("sgd", "momentum", "adagrad", "adam", "rmsprop", "nesterov"):
        path = engine_path(name, rates[name])
        np.testing.assert_array_equal(lab.paths[name], path)
        f, x, y = shown(lab, name)
        assert (x, y) == pytest.approx(tuple(path[-1]), rel=1e-3, abs=1e-12)
        assert f == pytest.approx(float(lab.surface(*path[-1])), rel=1e-3)
        xs, ys = lab.curves[name].getData()
        np.testing.assert_allclose(np.column_stack([xs, ys]), path)


def test_dragging_the_start_point_redraws_every_path(lab, qtbot):
    with qtbot.waitSignal(lab.paths_changed):
        drag(lab.plot, (-7.0, 2.0), (5.0, -3.0))
    qtbot.waitUntil(lambda: abs(lab.start[0] - 5.0) < 0.3 and abs(lab.start[1] + 3.0) < 0.3)
    assert "drag" in lab.start_label.text() and number(lab.start_label.text().split("(")[1].split(",")[0]) \
        == lab.start[0]
    for name in lab.paths:
        path = engine_path(name, lab.lr_spins[name].value(), start=lab.start)
        np.testing.assert_array_equal(lab.paths[name], path)
        np.testing.assert_allclose(lab.curves[name].getData()[0][0], lab.start[0])


def test_learning_rate_and_steps_change_one_path(lab, qtbot):
    before = lab.paths["momentum"].copy()
    lab.lr_spins["sgd"].setValue(0.5)
    np.testing.assert_array_equal(lab.paths["sgd"], engine_path("sgd", 0.5))
    np.testing.assert_array_equal(lab.paths["momentum"], before)
    lab.steps_spin.setValue(50)
    assert lab.paths["adam"].shape == (51, 2) and lab.step_slider.maximum() == 50
    f, x, y = shown(lab, "sgd")
    assert (x, y) == pytest.approx(tuple(engine_path("sgd", 0.5, steps=50)[-1]), rel=1e-3, abs=1e-12)


def test_step_slider_shows_the_path_so_far(lab):
    lab.step_slider.setValue(3)
    path = engine_path("adam", 0.3)
    xs, ys = lab.curves["adam"].getData()
    np.testing.assert_allclose(np.column_stack([xs, ys]), path[:4])
    f, x, y = shown(lab, "adam")
    assert (x, y) == pytest.approx(tuple(path[3]), rel=1e-3)
    assert lab.step_label.text() == "Step 3 of 30"


def test_animation_walks_to_the_end_and_stops(lab, qtbot):
    lab.step_slider.setValue(0)
    lab.steps_spin.setValue(5)
    lab.play_button.click()
    assert lab.timer.isActive() and lab.play_button.text().endswith("Pause")
    qtbot.waitUntil(lambda: not lab.timer.isActive(), timeout=10000)
    assert lab.step_slider.value() == 5 and not lab.play_button.isChecked()
    lab.play_button.click()                     # at the end, Play starts over
    assert lab.step_slider.value() == 0 and lab.timer.isActive()
    lab.play_button.click()
    assert not lab.timer.isActive()


def test_other_surfaces_and_divergence(lab):
    lab.surface_combo.setCurrentIndex(lab.surface_combo.findData("rosenbrock"))
    assert lab.surface.name == "rosenbrock" and lab.start == surfaces.get("rosenbrock").start
    assert lab.lr_spins["sgd"].value() == surfaces.get("rosenbrock").learning_rates["sgd"]
    lab.lr_spins["sgd"].setValue(0.5)            # far too large on Rosenbrock's steep walls
    assert "diverged at step" in lab.readouts["sgd"].text()
    assert surfaces.diverged_at(lab.paths["sgd"]) is not None
    lab.reset_rates_button.click()
    assert lab.lr_spins["sgd"].value() == surfaces.get("rosenbrock").learning_rates["sgd"]
    assert "diverged" not in lab.readouts["sgd"].text()


def test_hiding_an_optimizer(lab):
    lab.checks["adagrad"].setChecked(False)
    assert not lab.curves["adagrad"].isVisible() and not lab.loss_curves["adagrad"].isVisible()
    assert lab.curves["adam"].isVisible()


def test_loss_plot_follows_the_paths(lab):
    path = lab.paths["rmsprop"]
    _, losses = lab.loss_curves["rmsprop"].getData()
    np.testing.assert_allclose(losses, path[:, 0] ** 2 / 20 + path[:, 1] ** 2)
