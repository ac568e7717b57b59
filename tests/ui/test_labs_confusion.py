"""Confusion matrix lab on the bundled digits network, checked against a count by the engine."""
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from simulator import Network, confusion, io
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    w = MainWindow(io.example_paths()["digits"])
    qtbot.addWidget(w)
    w.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    return w


@pytest.fixture
def lab(window, qtbot):
    widget = window.labs.open_lab("confusion")
    window.labs.resize(1280, 800)
    qtbot.waitExposed(window.labs)
    return widget


def shown_matrix(lab):
    k = lab.table.rowCount() - 1
    return np.array([[int(lab.table.item(t, p).text()) for p in range(k)] for t in range(k)])


def test_matrix_matches_a_count_of_the_test_set(window, lab):
    test = window.training.test
    assert test is not None and test.n_samples > 0 and test.n_classes == 10
    outputs = window.document.network.forward(test.X)
    expected = np.zeros((10, 10), dtype=int)
    for t, y in zip(test.y, outputs):          # counted one by one, independently of the engine
        expected[t, int(np.argmax(y))] += 1
    np.testing.assert_array_equal(shown_matrix(lab), expected)
    accuracy = np.trace(expected) / expected.sum()
    assert f"accuracy {100 * accuracy:.1f} %" in lab.title.text() and "test set" in lab.title.text()
    assert lab.table.item(10, 10).text() == f"{100 * accuracy:.0f} %"


def test_clicking_a_cell_probes_its_samples(window, lab, qtbot):
    matrix = shown_matrix(lab)
    off = [(t, p) for t in range(10) for p in range(10) if t != p and matrix[t, p] > 0]
    t, p = max(off, key=lambda c: matrix[c])
    rect = lab.table.visualItemRect(lab.table.item(t, p))
    with qtbot.waitSignal(window.training.probe_changed):
        QTest.mouseClick(lab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    members = confusion.members(lab.true, lab.predicted, t, p)
    assert len(members) == matrix[t, p]
    assert window.training.probe_index == members[0]
    assert f"{len(members)} samples of class {t} predicted as {p}" in lab.cell_label.text()
    assert window.training.probe_set().y[members[0]] == t
    assert int(np.argmax(window.document.network.forward(window.training.probe_sample()))) == p
    assert lab.picture_item.image is not None and lab.pictures.isVisible()
    if len(members) > 1:
        lab.next_button.click()
        assert window.training.probe_index == members[1]
        assert lab.member_label.text().startswith(f"sample 2 of {len(members)}")


def test_network_changes_refresh_the_matrix_and_mismatches_are_explained(window, lab, qtbot):
    window.document.set_contents(Network.build([2, 3, 1], hidden="sigmoid", output="sigmoid", seed=0))
    lab.throttle.flush()
    assert lab.table.rowCount() == 0 and "Choose a dataset" in lab.title.text()
