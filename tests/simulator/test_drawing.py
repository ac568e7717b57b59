"""Strokes to input images, as the training data was prepared."""
import numpy as np
import pytest

from simulator import datasets, drawing, io


def test_a_vertical_stroke_becomes_the_expected_8x8_image():
    """Worked by hand: the stroke fills the 32-pixel height and sits at x = 16; the 5-pixel pen covers
    columns 14..17 (half of block columns 3 and 4), and the round caps miss one corner pixel per end block."""
    image = drawing.digit_image([[(0.5, 0.1), (0.5, 0.9)]], (8, 8))
    expected = np.zeros((8, 8))
    expected[:, 3:5] = 8 / 16
    expected[[0, 7], 3:5] = 7 / 16
    np.testing.assert_array_equal(image, expected)


def test_scale_and_position_do_not_matter():
    small = drawing.digit_image([[(10, 10), (10, 30), (20, 30)]], (8, 8))
    large = drawing.digit_image([[(100, 100), (100, 300), (200, 300)]], (8, 8))
    np.testing.assert_array_equal(small, large)


def test_a_horizontal_stroke_is_centred_vertically():
    image = drawing.digit_image([[(0.0, 0.0), (1.0, 0.0)]], (8, 8))
    assert np.all(image[:3] == 0) and np.all(image[5:] == 0) and np.all(image[3:5] > 0)


def test_the_bundled_digits_network_reads_drawn_digits():
    net = io.load(io.example_paths()["digits"]).network
    t = np.linspace(0, 2 * np.pi, 60)
    drawn = {0: [list(zip(0.5 + 0.3 * np.cos(t), 0.5 + 0.42 * np.sin(t)))],
             1: [[(0.5, 0.1), (0.5, 0.9)]],
             7: [[(0.2, 0.1), (0.8, 0.1), (0.45, 0.9)]],
             4: [[(0.6, 0.1), (0.2, 0.6), (0.8, 0.6)], [(0.6, 0.3), (0.6, 0.9)]]}
    for digit, strokes in drawn.items():
        image = drawing.digit_image(strokes, (8, 8))
        assert int(np.argmax(net.forward(image.reshape(1, -1)))) == digit


def test_drawn_ink_is_about_as_dense_as_the_training_digits():
    t = np.linspace(0, 2 * np.pi, 60)
    image = drawing.digit_image([list(zip(0.5 + 0.3 * np.cos(t), 0.5 + 0.42 * np.sin(t)))], (8, 8))
    X = datasets.load_digits().X
    assert abs((image > 0).mean() - (X > 0).mean()) < 0.15


def test_28x28_like_mnist():
    image = drawing.digit_image([[(0.5, 0.1), (0.5, 0.9)], [(0.3, 0.2), (0.5, 0.1)]], (28, 28))
    assert image.shape == (28, 28) and 0 <= image.min() and image.max() <= 1 and image.max() > 0.9
    rows, cols = np.nonzero(image)
    assert rows.max() - rows.min() + 1 <= 20 and cols.max() - cols.min() + 1 <= 20   # within the 20×20 box
    r, c = np.indices(image.shape)
    centre = ((r * image).sum() / image.sum() + 0.5, (c * image).sum() / image.sum() + 0.5)
    assert centre == pytest.approx((14.0, 14.0), abs=0.5)


def test_nothing_drawn_and_bad_input():
    assert not drawing.digit_image([], (8, 8)).any() and not drawing.digit_image([[]], (28, 28)).any()
    dot = drawing.digit_image([[(0.3, 0.3)]], (8, 8))
    assert dot.sum() > 0
    with pytest.raises(ValueError, match=r"shape must be \(8, 8\) or \(28, 28\)"):
        drawing.digit_image([[(0, 0)]], (5, 5))
    with pytest.raises(ValueError, match="stroke 2"):
        drawing.digit_image([[(0, 0)], [(0, float("nan"))]], (8, 8))
    assert drawing.shape_for_inputs(64) == (8, 8) and drawing.shape_for_inputs(784) == (28, 28)
    assert drawing.shape_for_inputs(2) is None
