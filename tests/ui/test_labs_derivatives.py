"""Derivatives by hand, driven through its sliders and drags and checked against the engine."""
import re

import numpy as np
import pytest

from simulator import calculus
from simulator.gradcheck import forward_diff, gradient_descent, numerical_diff
from ui.labs.derivatives import DerivativesLab

from .lab_helpers import drag, number


@pytest.fixture
def lab(qtbot):
    widget = DerivativesLab()
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_slopes(panel):
    text = panel.readout.text()
    central = number(re.search(r"numerical_diff = ([^<]+)<", text).group(1))
    forward = number(re.search(r"forward</b> = ([^<]+)<", text).group(1))
    return central, forward


def move_slider(log_slider, value):
    """Press the slider's keys until it shows `value` (as a learner with the keyboard would)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    target = log_slider.values.index(value)
    while log_slider.slider.value() != target:
        key = Qt.Key.Key_Right if log_slider.slider.value() < target else Qt.Key.Key_Left
        QTest.keyClick(log_slider.slider, key)


def test_opens_on_the_textbook_slope(lab):
    central, forward = shown_slopes(lab.slope)
    assert central == numerical_diff(calculus.function("textbook").f, 5.0)
    assert central == pytest.approx(0.1999999999990898, abs=1e-13)
    assert forward == forward_diff(calculus.function("textbook").f, 5.0, 1e-4)
    xs, ys = lab.slope.tangent_curve.getData()
    assert (ys[1] - ys[0]) / (xs[1] - xs[0]) == pytest.approx(central)


def test_h_slider_down_to_1e_minus_50_shows_rounding_win(lab):
    move_slider(lab.slope.h_slider, 1e-50)
    assert lab.slope.h_slider.label.text() == "h = 1e-50"
    assert shown_slopes(lab.slope) == (0.0, 0.0)       # x + h == x: both differences vanish
    move_slider(lab.slope.h_slider, 1e-5)
    central, forward = shown_slopes(lab.slope)
    assert central == numerical_diff(lab.slope.fn.f, 5.0, 1e-5)
    assert lab.slope.h_line.value() == pytest.approx(-5.0)


def test_error_plot_is_the_engines_errors(lab):
    lab.slope.function_combo.setCurrentIndex(lab.slope.function_combo.findData("sine"))
    errors = calculus.difference_errors(calculus.function("sine"), 1.0)
    h, forward = lab.slope.forward_errors.getData()
    np.testing.assert_allclose(10 ** h if h.max() <= 0 else h, errors.h)
    np.testing.assert_allclose(lab.slope.forward_errors.yData, np.maximum(errors.forward, 1e-20))
    hf, ef = errors.best("forward")
    assert f"forward {ef:.2g}".replace("-", "−") in lab.slope.best.text()


def test_dragging_x_moves_the_tangent(lab, qtbot):
    drag(lab.slope.plot, (5.0, 0.0), (12.0, 0.0))
    qtbot.waitUntil(lambda: abs(lab.slope.x - 12.0) < 0.3)
    central, _ = shown_slopes(lab.slope)
    assert central == numerical_diff(lab.slope.fn.f, lab.slope.x, 1e-4)
    assert central == pytest.approx(0.02 * lab.slope.x + 0.1, abs=1e-9)


@pytest.mark.parametrize("lr, outcome", [(10.0, "diverged"), (1e-10, "barely moved"), (0.1, "converged")])
def test_learning_rate_slider_reproduces_the_textbook(lab, lr, outcome):
    move_slider(lab.descent.lr_slider, lr)
    assert lab.descent.lr() == lr
    expected = gradient_descent(calculus.sum_of_squares, np.array([-3.0, 4.0]), lr=lr, step_num=100)
    np.testing.assert_array_equal(lab.descent.path, expected)
    text = lab.descent.verdict.text()
    assert "<b style='color:" in text and f">{outcome}</b>" in text
    x0, x1 = (number(v) for v in re.search(r"steps x = \(([^,]+), ([^)]+)\)", text).groups())
    assert (x0, x1) == pytest.approx(tuple(expected[-1]), rel=1e-3)
    if lr == 10.0:
        assert f"from step {calculus.frozen_from(expected)} on x is so large that x + h == x" in text
    if lr == 0.1:
        assert (x0, x1) == pytest.approx((-6.1e-10, 8.1e-10), rel=0.01)


def test_dragging_init_x_restarts_descent(lab, qtbot):
    drag(lab.descent.plot, (-3.0, 4.0), (2.0, 2.0))
    qtbot.waitUntil(lambda: abs(lab.descent.start[0] - 2.0) < 0.3)
    expected = gradient_descent(calculus.sum_of_squares, np.array(lab.descent.start), lr=0.1, step_num=100)
    np.testing.assert_array_equal(lab.descent.path, expected)
    lab.descent.steps_spin.setValue(10)
    assert lab.descent.path.shape == (11, 2)
