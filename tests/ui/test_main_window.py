import json
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from simulator import io
from ui.main_window import MainWindow
from ui.selection import LinkRef, NeuronRef


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    return w


def example(stem: str) -> Path:
    return io.example_paths()[stem]


def test_starts_on_the_and_gate_with_a_clean_title(window):
    assert window.document.sizes == [2, 1]
    assert window.document.network.layers[0].activation == "step"
    assert "AND" in window.windowTitle() and not window.isWindowModified()


@pytest.mark.parametrize("stem, sizes", [("and", [2, 1]), ("or", [2, 1]), ("nand", [2, 1]), ("xor", [2, 2, 1]),
                                         ("three_layer", [2, 3, 2, 2])])
def test_every_preset_opens(window, stem, sizes):
    assert window.open_path(example(stem))
    assert window.document.sizes == sizes and window.last_error is None


def test_the_three_layer_preset_reproduces_the_textbook_output(window):
    window.open_path(example("three_layer"))
    window.document.set_inputs([1.0, 0.5])
    np.testing.assert_allclose(window.document.outputs(), [0.31682708, 0.69627909], rtol=1e-7)


def test_a_bad_file_shows_the_problem_and_keeps_the_network(window, tmp_path):
    bad = tmp_path / "broken.json"
    data = json.loads(example("xor").read_text())
    data["layers"][2]["weights"] = [[0.5], [0.5], [0.5]]
    bad.write_text(json.dumps(data))
    window.document.set_weight(LinkRef(0, 0, 0), 0.9)
    assert not window.open_path(bad)
    assert "broken.json" in window.last_error and "layers[2].weights" in window.last_error
    assert window.document.weight(LinkRef(0, 0, 0)) == 0.9 and window.document.sizes == [2, 1]


def test_save_as_then_reopen_gives_the_same_network(window, tmp_path, monkeypatch):
    window.document.set_weight(LinkRef(0, 1, 0), -1.25)
    target = tmp_path / "mine"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.save()  # the bundled example is never overwritten: Save asks for a new name
    saved = target.with_suffix(".json")
    assert saved.exists() and not window.isWindowModified() and "mine.json" in window.windowTitle()
    window.open_path(example("xor"))
    window.open_path(saved)
    assert window.document.weight(LinkRef(0, 1, 0)) == -1.25
    assert window.recent_files()[0] == str(saved.resolve())


def test_unsaved_changes_prompt_can_cancel_opening_another_file(window):
    window.document.set_weight(LinkRef(0, 0, 0), 2.0)
    assert window.isWindowModified()
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Cancel
    assert not window.open_path(example("xor"))
    assert window.document.sizes == [2, 1] and window.document.weight(LinkRef(0, 0, 0)) == 2.0


def test_closing_with_unsaved_changes_asks_first(window):
    window.show()
    window.document.set_weight(LinkRef(0, 0, 0), 2.0)
    asked = []
    window.ask_save_changes = lambda: asked.append(1) or QMessageBox.StandardButton.Cancel
    assert not window.close() and asked == [1]
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    assert window.close()


def test_dropping_a_network_file_opens_it(window, qtbot):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(example("xor")))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.document.sizes == [2, 2, 1]


def test_undo_and_redo_actions_name_the_edit_and_restore_exact_values(window):
    window.document.set_bias(NeuronRef(1, 0), -0.2)
    assert window.undo_action.text() == "&Undo Set bias of x1 AND x2"  # the AND example labels its output
    window.undo_action.trigger()
    assert window.document.bias(NeuronRef(1, 0)) == -0.7
    window.redo_action.trigger()
    assert window.document.bias(NeuronRef(1, 0)) == -0.2


def test_structure_actions_follow_the_selection(window):
    window.open_path(example("xor"))
    window.selection.set(NeuronRef(1, 0))
    window.add_neuron_action.trigger()
    assert window.document.sizes == [2, 3, 1]
    window.add_layer_action.trigger()
    assert window.document.sizes == [2, 3, 3, 1]
    window.selection.set(NeuronRef(2, 0))
    window.remove_layer_action.trigger()
    assert window.document.sizes == [2, 3, 1]
    window.selection.set(NeuronRef(1, 2))
    window.remove_neuron_action.trigger()
    assert window.document.sizes == [2, 2, 1]
    assert window.selection.current is None or window.selection.current.index < 2


def test_window_geometry_and_layout_are_restored(qtbot):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(900, 720)
    qtbot.waitUntil(lambda: first.width() == 900)
    first.examples_dock.hide()
    first.save_settings()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    # The offscreen screen is 800 px wide, so Qt clamps the restored width; the height is free.
    screen = second.screen().availableGeometry().width()
    assert second.size().height() == 720 and second.size().width() >= min(second.minimumSizeHint().width(), screen - 2)
    assert second.examples_dock.isHidden()


def test_screenshot_option_writes_a_png(tmp_path):
    from ui.app import main

    target = tmp_path / "shot.png"
    assert main(["--screenshot", str(target), str(example("xor"))]) == 0
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_dragging_the_and_bias_to_minus_0_2_turns_the_truth_table_into_or(window, qtbot):
    assert window.open_path(example("and"))
    table = window.truth_table
    assert table.computed_gate() == "and" and "4/4 correct" in table.summary.text()
    window.selection.set(NeuronRef(1, 0))
    slider = window.inspector.page.primary.slider   # the bias slider of the selected neuron
    slider.setSliderDown(True)                       # one drag ...
    for ticks in range(slider.value(), -19):         # ... from -0.70 to -0.20 in 0.01 steps
        slider.setValue(ticks)
    slider.setSliderDown(False)
    assert window.document.bias(NeuronRef(1, 0)) == -0.2
    assert table.computed_gate() == "or" and "OR" in table.computes.text()
    assert "2/4 correct" in table.summary.text()     # still checked against AND, which it no longer is
    assert window.document.undo_stack.count() == 1   # the whole drag is one undo step
    window.undo_action.trigger()
    assert window.document.bias(NeuronRef(1, 0)) == -0.7 and table.computed_gate() == "and"


def test_the_tours_bias_drag_to_minus_0_2_works_with_a_real_mouse(window, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QStyle, QStyleOptionSlider

    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(example("and"))
    window.selection.set(NeuronRef(1, 0))                 # click the output neuron ...
    slider = window.inspector.page.primary.slider          # ... and drag its bias in the Inspector
    qtbot.waitUntil(slider.isVisible)
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    style = slider.style()
    groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, slider)
    handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider)
    span = groove.width() - handle.width()

    def x_of(ticks: int) -> int:
        return groove.x() + handle.width() // 2 + QStyle.sliderPositionFromValue(slider.minimum(), slider.maximum(),
                                                                               ticks, span)
    start = handle.center()
    assert abs(start.x() - x_of(-70)) <= 1
    target = x_of(-20)
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=start)
    for x in range(start.x(), target + 1, 3):
        qtbot.mouseMove(slider, QPoint(x, start.y()))
    qtbot.mouseMove(slider, QPoint(target, start.y()))
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=QPoint(target, start.y()))
    per_pixel = (slider.maximum() - slider.minimum()) / span / 100
    assert window.document.bias(NeuronRef(1, 0)) == pytest.approx(-0.2, abs=per_pixel)
    table = window.truth_table
    assert table.computed_gate() == "or" and "OR" in table.computes.text()
    assert window.document.label(1, 0) == "x1 OR x2"       # the output's name follows, as the README says
    assert window.document.undo_stack.count() == 1         # the whole drag is one undo step


def test_turning_and_into_nand_renames_the_output_everywhere(window, qtbot, tmp_path):
    assert window.open_path(example("and"))
    doc, table = window.document, window.truth_table
    output = window.view.scene().neuron_items[NeuronRef(1, 0)]
    window.selection.set(NeuronRef(1, 0))

    def shown_everywhere(name: str) -> bool:
        return (output.label == name and table.table.horizontalHeaderItem(2).text() == name
                and f"{name} = " in window.summary_label.text() and window.inspector.page.title.text() == name)

    assert shown_everywhere("x1 AND x2")
    doc.set_weight(LinkRef(0, 0, 0), -0.5)
    doc.set_weight(LinkRef(0, 1, 0), -0.5)          # now it never fires for 11 and fires for 00: no standard gate yet
    assert shown_everywhere("y1") and "AND" not in window.summary_label.text()
    doc.set_bias(NeuronRef(1, 0), 0.7)                # the textbook's NAND
    assert table.computed_gate() == "nand"
    assert shown_everywhere("x1 NAND x2")
    ticks = window.outputs_panel.plot.getAxis("bottom")._tickLevels[0]
    assert [name for _, name in ticks] == ["x1 NAND x2"]
    window._save_to(tmp_path / "nand.json")
    assert io.load(tmp_path / "nand.json").labels[-1] == ["x1 NAND x2"]   # the file tells the truth too
    for _ in range(3):
        doc.undo_stack.undo()
    assert shown_everywhere("x1 AND x2")
