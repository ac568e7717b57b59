"""Lessons in the app, performed through the real widgets: sliders, the activation picker, Play."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox

from simulator import lessons as engine
from ui.lessons.controller import LessonController, Progress
from ui.main_window import MainWindow
from ui.selection import NeuronRef


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.classroom.set_active(False)
    win.training.stop()
    win.labs.close()


def index_of(window, suffix: str) -> int:
    return next(i for i, lesson in enumerate(window.lessons.lessons) if lesson.key.endswith(suffix))


def unlock_up_to(window, index: int) -> None:
    for lesson in window.lessons.lessons[:index]:
        window.lessons.progress.complete(lesson.key)


def drag(slider, values) -> None:
    """Press the handle, move it through `values`, release: what a mouse drag emits."""
    slider.slider.setSliderDown(True)
    for value in values:
        slider.slider.setValue(round(value * 100))
    slider.slider.setSliderDown(False)


def neuron_page(window, layer: int, index: int):
    window.selection.set(NeuronRef(layer, index))
    return window.inspector.page


def goal_text(window) -> str:
    return window.lesson_browser.goal_label.text()


def test_lesson_browser_opens_from_the_menu_with_every_lesson_and_the_first_one_open(window, qtbot):
    window.lessons_menu.actions()[0].trigger()
    browser = window.lesson_browser
    qtbot.waitUntil(browser.isVisible)
    assert browser.list.count() == len(engine.load_all()) >= 12
    assert browser.list.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
    assert not browser.list.item(1).flags() & Qt.ItemFlag.ItemIsEnabled      # locked until lesson 1 is done
    qtbot.mouseClick(browser.start_button, Qt.MouseButton.LeftButton)
    assert window.lessons.index == 0 and browser.pages.currentIndex() == 1
    assert window.document.meta.name == window.lessons.lessons[0].title
    assert "✗" in goal_text(window) and not browser.celebration.isVisible()
    assert not browser.next_button.isEnabled()


def test_and_lesson_by_sliders_wrong_bias_gives_or_right_bias_reaches_the_goal(window, qtbot):
    controller = window.lessons
    window.lessons_menu.actions()[0].trigger()
    controller.start(index_of(window, "and"))
    browser = window.lesson_browser
    page = neuron_page(window, 1, 0)
    drag(page.weight_sliders[0], [0.2, 0.5])
    drag(page.weight_sliders[1], [0.3, 0.5])
    drag(page.primary, [-0.1, -0.2])                            # wrong: this is OR
    qtbot.waitUntil(lambda: "it computes OR" in goal_text(window))
    assert not controller.met and not browser.celebration.isVisible()
    drag(page.primary, [-0.5, -0.7])                            # right: AND
    qtbot.waitUntil(lambda: controller.met)
    assert "✓" in goal_text(window) and browser.celebration.isVisible()
    assert "unlocked" in browser.celebration.text()
    assert browser.next_button.isEnabled()
    # Progress survives a restart: a fresh reader of the settings sees the lesson done.
    assert controller.lessons[0].key in Progress().done
    qtbot.mouseClick(browser.next_button, Qt.MouseButton.LeftButton)
    assert controller.index == 1 and not controller.met


def test_threshold_lesson_bias_slider_moves_the_line(window, qtbot):
    index = index_of(window, "threshold")
    unlock_up_to(window, index)
    controller = window.lessons
    assert controller.start(index)
    page = neuron_page(window, 1, 0)
    drag(page.primary, [-0.45, -0.5, -0.6])                     # θ = 0.6: (0.65, 0.65) still fires
    qtbot.waitUntil(lambda: "now y1 = 1" in goal_text(window))
    assert not controller.met
    drag(page.primary, [-0.65, -0.7])                           # θ = 0.7, the textbook's AND
    qtbot.waitUntil(lambda: controller.met)
    assert window.lesson_browser.celebration.isVisible()


def test_activation_lesson_step_units_cannot_train_smooth_ones_reach_the_goal_after_play(window, qtbot):
    index = index_of(window, "activations")
    unlock_up_to(window, index)
    controller, session = window.lessons, window.training
    assert controller.start(index)
    play = session.actions["play"]
    assert not play.isEnabled()                                 # wrong: step units give no gradient
    assert "Step units" in session.problem()
    page = neuron_page(window, 1, 0)
    combo = page.activation_combo
    combo.activated.emit(combo.findText("tanh"))                # what picking it in the list emits
    assert window.document.activation(1) == "tanh"
    qtbot.waitUntil(play.isEnabled)
    with qtbot.waitSignal(session.run_ended, timeout=20000):
        play.trigger()
    qtbot.waitUntil(lambda: controller.met, timeout=5000)
    assert "✓ training loss" in window.lesson_browser.goal_label.text().replace("</b> ", " ").replace(
        "<b style='color:#1b7a3a'>", "")
    assert window.lesson_browser.celebration.isVisible()


def test_show_me_applies_the_solution_as_one_undo_step(window, qtbot):
    index = index_of(window, "xor")
    unlock_up_to(window, index)
    controller, doc = window.lessons, window.document
    controller.start(index)
    before = [layer.W.copy() for layer in doc.network.layers]
    qtbot.mouseClick(window.lesson_browser.show_me_button, Qt.MouseButton.LeftButton)
    assert controller.met and window.lesson_browser.solution_label.isVisible()
    assert "Ctrl+Z" in window.lesson_browser.celebration.text()
    doc.undo_stack.undo()
    assert all((a == layer.W).all() for a, layer in zip(before, doc.network.layers))
    qtbot.waitUntil(lambda: not controller.met)
    doc.undo_stack.redo()
    qtbot.waitUntil(lambda: controller.met)


def test_show_me_with_training_and_settings_undoes_the_settings_too(window, qtbot):
    index = index_of(window, "loss")
    unlock_up_to(window, index)
    controller, doc = window.lessons, window.document
    controller.start(index)
    controller.show_solution()
    assert controller.met and doc.meta.training["loss"] == "cross_entropy"
    assert doc.history is not None and doc.history.last("test_accuracy") >= 0.9
    doc.undo_stack.undo()
    assert doc.meta.training["loss"] == "mse" and doc.activation(2) == "sigmoid"
    qtbot.waitUntil(lambda: not controller.met)


def test_locked_structure_stays_locked_until_the_lesson_ends(window, qtbot):
    controller = window.lessons
    controller.start(0)
    window.selection.set(NeuronRef(1, 0))
    assert not window.add_layer_action.isEnabled() and not window.add_neuron_action.isEnabled()
    controller.stop()
    window.selection.set(NeuronRef(1, 0))
    assert window.add_layer_action.isEnabled() and window.add_neuron_action.isEnabled()


def test_lessons_about_labs_and_the_learn_window_open_them(window, qtbot):
    index = index_of(window, "optimizers")
    unlock_up_to(window, index)
    window.lessons.start(index)
    qtbot.waitUntil(window.labs.isVisible)
    assert window.labs.tabs.currentWidget() is window.labs.labs["playground"]
    # The goal follows the Training panel's optimizer: Momentum at 0.1 gets there, SGD did not.
    assert not window.lessons.met
    window.training.update_training(optimizer={"name": "momentum", "lr": 0.1, "momentum": 0.9})
    qtbot.waitUntil(lambda: window.lessons.met)


def test_a_malformed_lesson_is_reported_by_file_and_line_and_the_others_work(window, qtbot, tmp_path):
    good = engine.LESSONS_DIR / "01-and.md"
    (tmp_path / "01-and.md").write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "02-broken.md").write_text(good.read_text(encoding="utf-8").replace('"gate": "and"', '"gate": 7'),
                                           encoding="utf-8")
    from ui.lessons.browser import LessonBrowser
    controller = LessonController(window, *engine.load_dir(tmp_path))
    browser = LessonBrowser(controller)
    qtbot.addWidget(browser)
    assert browser.list.count() == 1
    assert "02-broken.md, line 6 (goal.gate): expected a gate name" in browser.errors_label.text()
    assert controller.start(0) and window.document.meta.name == controller.lessons[0].title


def test_classroom_mode_enlarges_fonts_hides_panels_and_is_saved_in_the_file(window, qtbot, tmp_path):
    app = QApplication.instance()
    size = QFont(app.font()).pointSizeF()
    window.document.update_metadata(layout={"classroom": {"scale": 2.0, "hide": ["examples"]}})
    assert window.classroom.active and window.classroom_action.isChecked()
    assert app.font().pointSizeF() == pytest.approx(2 * size)
    assert not window.findChild(QDockWidget, "examples").isVisible()
    links = list(window.view.scene().link_items.values())
    assert links and all(item.pen().widthF() > 0 for item in links)
    path = tmp_path / "room.json"
    window.document.save(path)
    window.classroom_action.setChecked(False)
    assert app.font().pointSizeF() == pytest.approx(size)
    assert window.findChild(QDockWidget, "examples").isVisible() or \
        window.tabifiedDockWidgets(window.findChild(QDockWidget, "examples"))
    assert window.open_path(path)
    assert window.classroom.active and app.font().pointSizeF() == pytest.approx(2 * size)
    window.classroom_action.setChecked(False)
    assert "classroom" not in window.document.meta.layout


def test_classroom_mode_makes_the_canvas_lines_thicker(window, qtbot):
    links = list(window.view.scene().link_items.values())
    widths = [item.pen().widthF() for item in links]
    window.classroom_action.setChecked(True)
    assert [item.pen().widthF() for item in links] == pytest.approx([2 * w for w in widths])
    window.classroom_action.setChecked(False)
    assert [item.pen().widthF() for item in links] == pytest.approx(widths)


def test_progress_is_remembered_between_runs(window, qtbot):
    window.lessons.start(0)
    window.lessons.show_solution()
    assert QSettings().value("lessons/completed", [], list) == [window.lessons.lessons[0].key]
    again = LessonController(window)
    assert again.is_done(0) and again.is_unlocked(1) and not again.is_unlocked(2)


def test_the_contents_suggest_where_to_go_on(window, qtbot):
    unlock_up_to(window, 3)
    window.lessons.progress_changed.emit()
    assert window.lesson_browser.list.currentRow() == 3            # the first open lesson not done yet
    window.lessons.start(1)
    window.lessons.stop()
    assert LessonController(window).suggested() == 1               # the one last started, after a restart


def test_a_lesson_can_bring_classroom_mode_and_it_stays_on_for_the_next(window, qtbot, tmp_path):
    text = (engine.LESSONS_DIR / "01-and.md").read_text(encoding="utf-8")
    (tmp_path / "01-room.md").write_text(text.replace('lock: ["structure"]\n', 'lock: ["structure"]\n'
                                                      'classroom: {"scale": 1.25, "hide": ["examples"]}\n'),
                                         encoding="utf-8")
    (tmp_path / "02-plain.md").write_text(text, encoding="utf-8")
    size = QFont(QApplication.instance().font()).pointSizeF()
    controller = LessonController(window, *engine.load_dir(tmp_path))
    assert controller.lessons[0].classroom == {"scale": 1.25, "line_width": 2.0, "hide": ["examples"]}
    controller.start(0)
    assert window.classroom.active and QApplication.instance().font().pointSizeF() == pytest.approx(1.25 * size)
    controller.show_solution()
    controller.start(1)
    assert window.classroom.active and window.document.meta.layout["classroom"]["scale"] == 1.25


def test_opening_another_network_ends_the_lesson(window, qtbot):
    window.lessons.start(0)
    assert window.lessons.index == 0
    assert window.open_path(engine.io.EXAMPLES_DIR / "xor.json")
    qtbot.waitUntil(lambda: window.lessons.index is None)
    assert window.lesson_browser.pages.currentIndex() == 0 and window.add_layer_action.isEnabled()


def test_minibatch_lesson_full_batch_falls_short_small_batches_reach_it(window, qtbot):
    index = index_of(window, "minibatch")
    unlock_up_to(window, index)
    controller, session = window.lessons, window.training
    assert controller.start(index)
    with qtbot.waitSignal(session.run_ended, timeout=30000):
        session.actions["play"].trigger()                       # wrong: one step per epoch
    qtbot.waitUntil(lambda: "test accuracy" in goal_text(window) and "now" in goal_text(window))
    assert not controller.met and session.epoch == 50
    session.panel.batch_spin.setValue(20)                       # the Training panel's batch size
    assert window.document.meta.training["batch_size"] == 20
    session.actions["reset"].trigger()
    with qtbot.waitSignal(session.run_ended, timeout=60000):
        session.actions["play"].trigger()
    qtbot.waitUntil(lambda: controller.met, timeout=5000)
    assert window.document.history.last("test_accuracy") >= 0.95


def test_continue_returns_to_the_lesson_under_way_without_starting_it_over(window, qtbot):
    browser = window.lesson_browser
    window.lessons.start(0)
    window.document.set_bias(NeuronRef(1, 0), -0.3)
    qtbot.mouseClick(browser.contents_button, Qt.MouseButton.LeftButton)
    assert browser.pages.currentIndex() == 0 and browser.start_button.text() == "Continue"
    qtbot.mouseClick(browser.start_button, Qt.MouseButton.LeftButton)
    assert browser.pages.currentIndex() == 1 and window.document.bias(NeuronRef(1, 0)) == -0.3


def test_closing_the_window_gives_the_application_its_font_back(window, qtbot):
    size = QFont(QApplication.instance().font()).pointSizeF()
    window.classroom_action.setChecked(True)
    assert QApplication.instance().font().pointSizeF() > size
    window.close()
    qtbot.waitUntil(lambda: QApplication.instance().font().pointSizeF() == pytest.approx(size))


def test_moving_between_lessons_asks_nothing_but_another_network_is_offered_for_saving(window, qtbot):
    asked = []
    window.ask_save_changes = lambda: asked.append(1) or QMessageBox.StandardButton.Cancel
    window.document.set_bias(NeuronRef(1, 0), 0.3)                  # the starting network, changed
    assert not window.lessons.start(0) and asked == [1]   # cancelled: the learner's network stays
    window.ask_save_changes = lambda: asked.append(2) or QMessageBox.StandardButton.Discard
    assert window.lessons.start(0)
    window.document.set_bias(NeuronRef(1, 0), -0.3)                 # the lesson's own scratch network
    qtbot.mouseClick(window.lesson_browser.restart_button, Qt.MouseButton.LeftButton)
    assert asked == [1, 2] and window.document.bias(NeuronRef(1, 0)) == 0.0


def test_classroom_settings_dialog_chooses_size_lines_and_hidden_panels(window, qtbot):
    from ui.lessons.classroom_dialog import ClassroomDialog
    dialog = ClassroomDialog(window)
    qtbot.addWidget(dialog)
    dialog.scale.setValue(1.75)
    dialog.line_width.setValue(3)
    names = [dialog.hidden.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.hidden.count())]
    dialog.hidden.item(names.index("toolbar")).setCheckState(Qt.CheckState.Checked)
    window.classroom.configure(dialog.settings())
    assert window.document.meta.layout["classroom"] == {"scale": 1.75, "line_width": 3.0, "hide": ["toolbar"]}
    assert window.classroom_action.isChecked() and not window.toolbar.isVisible()
    window.classroom_action.setChecked(False)
    assert window.toolbar.isVisible()
