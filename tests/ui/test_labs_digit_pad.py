"""Draw a digit: strokes drawn with the mouse become the network's input image and outputs."""
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from simulator import Network, drawing, io
from ui.document import Document
from ui.labs.digit_pad import DigitPadLab


@pytest.fixture
def document():
    doc = Document()
    loaded = io.load(io.example_paths()["digits"])
    doc.set_contents(loaded.network, labels=loaded.labels)
    return doc


@pytest.fixture
def lab(qtbot, document):
    widget = DigitPadLab(document)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def draw(pad, points):
    """A stroke with the real mouse: press, moves, release (points in pad units)."""
    pixels = [pad.to_widget(p).toPoint() for p in points]
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pixels[0])
    for a, b in zip(pixels, pixels[1:]):
        for i in range(1, 9):                      # several moves per segment, like a real hand
            p = a + (b - a) * (i / 8)
            QTest.mouseMove(pad, QPoint(round(p.x()), round(p.y())))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pixels[-1])


def test_drawing_a_one_shows_its_image_and_the_networks_answer(lab, document):
    assert lab.prediction.text() == "Draw a digit on the pad" and not lab.image.any()
    draw(lab.pad, [(0.5, 0.1), (0.5, 0.9)])
    assert len(lab.pad.strokes) == 1 and len(lab.pad.strokes[0]) > 5
    expected = drawing.digit_image(lab.pad.strokes, (8, 8))
    np.testing.assert_array_equal(lab.image, expected)
    np.testing.assert_array_equal(lab.image_item.image, expected)
    assert expected[:, 3:5].min() > 0.3 and expected[:, :2].max() == 0
    outputs = document.network.forward(expected.reshape(1, -1))[0]
    np.testing.assert_allclose(lab.bars.opts["height"], outputs)
    assert lab.prediction.text().startswith("The network says 1 (")


def test_outputs_update_while_drawing(lab, qtbot):
    seen = []
    lab.pad.strokes_changed.connect(lambda: seen.append(lab.outputs.copy()))
    draw(lab.pad, [(0.2, 0.1), (0.8, 0.1), (0.45, 0.9)])
    assert len(seen) > 5 and not np.allclose(seen[1], seen[-1])   # changed during the stroke, not only at the end
    assert lab.prediction.text().startswith("The network says 7")


def test_undo_stroke_clear_and_send_to_inputs(lab, document):
    draw(lab.pad, [(0.6, 0.1), (0.2, 0.6), (0.8, 0.6)])
    draw(lab.pad, [(0.6, 0.3), (0.6, 0.9)])
    assert len(lab.pad.strokes) == 2 and lab.prediction.text().startswith("The network says 4")
    lab.send_button.click()
    np.testing.assert_array_equal(document.inputs, lab.image.reshape(-1))
    document.undo_stack.undo()
    assert not np.array_equal(document.inputs, lab.image.reshape(-1))
    lab.pad.undo_stroke()
    assert len(lab.pad.strokes) == 1
    lab.pad.clear()
    assert not lab.image.any() and not lab.send_button.isEnabled()


def test_a_network_that_cannot_read_images_is_explained(lab, document):
    document.set_contents(Network.build([2, 3, 1], hidden="sigmoid", output="sigmoid", seed=0))
    assert "has 2 inputs" in lab.image_label.text() and not lab.send_button.isEnabled()
    document.set_contents(Network.build([784, 10, 10], hidden="relu", output="softmax", seed=0))
    draw(lab.pad, [(0.5, 0.1), (0.5, 0.9)])
    assert lab.image.shape == (28, 28)
    np.testing.assert_array_equal(lab.image, drawing.digit_image(lab.pad.strokes, (28, 28)))
    assert lab.outputs.sum() == pytest.approx(1.0)
