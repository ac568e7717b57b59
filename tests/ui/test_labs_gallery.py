"""Activation gallery and softmax panel, driven through their widgets and checked against the engine."""
import re

import numpy as np
import pytest

from simulator import activations, calculus
from ui.labs.gallery import GALLERY, ActivationLab

from .lab_helpers import drag, number


@pytest.fixture
def lab(qtbot):
    widget = ActivationLab()
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(gallery, name):
    text = gallery.titles[name].text().split("<br>")[1]     # line 1 is the formula
    value = number(re.search(r"h\([^)]*\) = ([^<]+)<", text).group(1))
    slope = number(re.search(r"h′\([^)]*\) = ([^<]+)<", text).group(1))
    return value, slope


def check_all(gallery):
    for name in GALLERY:
        fn = activations.get(name)
        value, slope = shown(gallery, name)
        assert value == pytest.approx(float(fn(np.array([gallery.a]))[0]), rel=1e-3, abs=1e-12)
        assert slope == pytest.approx(float(fn.derivative(np.array([gallery.a]))[0]), rel=1e-3, abs=1e-12)
        assert gallery.lines[name].value() == gallery.a


def test_all_six_activations_on_one_page(lab):
    assert set(lab.gallery.plots) == {"step", "sigmoid", "tanh", "relu", "leaky_relu", "identity"}
    assert lab.gallery.a == 0.5
    check_all(lab.gallery)
    assert shown(lab.gallery, "sigmoid") == pytest.approx((0.6225, 0.235))


def test_dragging_a_in_one_plot_moves_it_everywhere(lab, qtbot):
    drag(lab.gallery.plots["tanh"], (0.5, 0.0), (-2.0, 0.0))
    qtbot.waitUntil(lambda: abs(lab.gallery.a + 2.0) < 0.2)
    assert lab.gallery.spin.value() == lab.gallery.a
    assert lab.gallery.slider.value() == round(lab.gallery.a * 100)
    check_all(lab.gallery)
    assert shown(lab.gallery, "relu") == (0.0, 0.0)
    assert shown(lab.gallery, "leaky_relu")[1] == 0.01


def test_slider_and_spin_box_move_a(lab):
    lab.gallery.slider.setValue(-300)
    assert lab.gallery.a == -3.0 and lab.gallery.spin.value() == -3.0
    check_all(lab.gallery)
    lab.gallery.spin.setValue(1.25)
    assert lab.gallery.a == 1.25 and lab.gallery.slider.value() == 125
    check_all(lab.gallery)


def table_column(panel, col):
    return [number(panel.table.item(r, col).text()) for r in range(panel.table.rowCount())]


def test_softmax_of_the_textbook_vector(lab):
    panel = lab.softmax
    assert table_column(panel, 3) == pytest.approx([0.01821, 0.2452, 0.7366], rel=1e-3)
    assert table_column(panel, 1) == pytest.approx([-3.7, -1.1, 0.0])
    heights = panel.bars.opts["height"]
    np.testing.assert_allclose(heights, calculus.softmax_parts([0.3, 2.9, 4.0]).y)


def test_typing_a_vector_updates_the_table(lab, qtbot):
    panel = lab.softmax
    panel.edit.clear()
    qtbot.keyClicks(panel.edit, "1010 1000 990 0")
    parts = calculus.softmax_parts([1010, 1000, 990, 0])
    assert panel.table.rowCount() == 4
    assert table_column(panel, 3) == pytest.approx(list(parts.y), rel=1e-3, abs=1e-300)
    assert np.all(np.isfinite(table_column(panel, 2)))
    assert panel.error.text() == ""


def test_bad_input_names_the_entry_and_keeps_the_last_good_vector(lab, qtbot):
    panel = lab.softmax
    panel.edit.clear()
    qtbot.keyClicks(panel.edit, "1, 2, abc")
    assert panel.error.text() == "a: entry 3 ('abc') is not a number"
    assert table_column(panel, 0) == [1.0, 2.0]       # the last vector that parsed
    np.testing.assert_allclose(panel.parts.a, [1.0, 2.0])
