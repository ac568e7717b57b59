"""Lessons in Japanese and French through the real lessons dock: translated chrome and lesson texts (issue 15)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from simulator import lessons as engine
from ui.lessons.classroom_dialog import ClassroomDialog
from ui.main_window import MainWindow

# What each language shows: the menu, the dock, the buttons, the hint, the celebration after "Show me".
CHROME = {
    "ja": {"menu": "レッスン(&N)", "dock": "レッスン", "start": "始める", "hint": "ヒント", "show_me": "答えを見る",
           "position": "レッスン 5／14", "hint_label": "ヒント 1：", "another": "次のヒント（残り 2）",
           "solved": "これが解答です", "goal": "目標", "classroom": "授業モード", "classroom_action": "授業モード(&C)",
           "text_size": "文字の大きさ"},
    "fr": {"menu": "Leço&ns", "dock": "Leçons", "start": "Commencer", "hint": "Indice", "show_me": "Solution",
           "position": "Leçon 5 sur 14", "hint_label": "Indice 1.", "another": "Indice (encore 2)",
           "solved": "Voilà la solution", "goal": "Objectif", "classroom": "Mode classe",
           "classroom_action": "Mode &classe", "text_size": "Taille du texte"},
}


@pytest.fixture
def speaking(qtbot, request, speak):
    """A main window built after installing `request.param`'s translations; English again afterwards."""
    speak(request.param)
    win = MainWindow()
    qtbot.addWidget(win)
    win.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield request.param, win
    win.training.stop()
    win.labs.close()


@pytest.mark.parametrize("speaking", ["ja", "fr"], indirect=True)
def test_the_xor_lesson_runs_in_the_learners_language(speaking, qtbot):
    language, window = speaking
    words, english = CHROME[language], engine.load_all()
    translated = engine.load_all(language=language)
    assert window.lessons_menu.title() == words["menu"]
    assert window.lessons_dock.windowTitle() == words["dock"]
    # The contents list the translated titles; lesson 5 is XOR.
    for lesson in window.lessons.lessons[:4]:
        window.lessons.progress.complete(lesson.key)
    window.lessons.progress_changed.emit()
    window.lessons_menu.actions()[0].trigger()
    browser = window.lesson_browser
    qtbot.waitUntil(browser.isVisible)
    assert browser.start_button.text() == words["start"]
    assert [browser.list.item(i).text().split(". ", 1)[1] for i in range(browser.list.count())] == \
        [lesson.title for lesson in translated]
    xor = next(i for i, lesson in enumerate(translated) if lesson.key == "05-xor")
    browser.list.setCurrentRow(xor)
    qtbot.mouseClick(browser.start_button, Qt.MouseButton.LeftButton)
    assert window.lessons.index == xor and browser.pages.currentIndex() == 1
    lesson = window.lessons.lesson
    assert lesson.language == language and lesson.title != english[xor].title
    assert lesson.title in browser.title.text() and browser.text.text() == lesson.text
    assert "XOR(x₁, x₂) = AND( NAND(x₁, x₂), OR(x₁, x₂) )" in browser.text.text()      # formulas untouched
    assert browser.position_label.text() == words["position"]
    assert words["goal"] in browser.goal_box.findChildren(type(browser.title))[0].text()
    # Hints come one by one, in the language, with the translated button.
    assert browser.hint_button.text() == words["hint"]
    qtbot.mouseClick(browser.hint_button, Qt.MouseButton.LeftButton)
    assert words["hint_label"] in browser.hints_label.text() and lesson.hints[0] in browser.hints_label.text()
    assert browser.hint_button.text() == words["another"]
    # "Show me" reaches the (unchanged) goal and says so in the language.
    assert browser.show_me_button.text() == words["show_me"]
    qtbot.mouseClick(browser.show_me_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.lessons.met)
    assert words["solved"] in browser.celebration.text()
    assert lesson.solution_text in browser.solution_label.text()
    assert window.document.meta.name == lesson.title


@pytest.mark.parametrize("speaking", ["ja", "fr"], indirect=True)
def test_classroom_menu_and_dialog_are_translated(speaking, qtbot):
    language, window = speaking
    words = CHROME[language]
    assert window.classroom_action.text() == words["classroom_action"]
    dialog = ClassroomDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == words["classroom"]
    assert dialog.layout().itemAt(1).layout().labelForField(dialog.scale).text() == words["text_size"]


@pytest.mark.parametrize("speaking", ["ja"], indirect=True)
def test_a_lesson_without_a_translation_shows_in_english_with_translated_chrome(speaking, qtbot, tmp_path):
    from ui.lessons.browser import LessonBrowser
    from ui.lessons.controller import LessonController
    language, window = speaking
    source = engine.LESSONS_DIR / "01-and.md"
    (tmp_path / "01-and.md").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / language).mkdir()      # a language folder without this lesson
    controller = LessonController(window, *engine.load_dir(tmp_path, language))
    browser = LessonBrowser(controller)
    qtbot.addWidget(browser)
    controller.start(0)
    english = engine.load_all()[0]
    assert controller.lesson.language == "en" and english.title in browser.title.text()
    assert browser.text.text() == english.text and browser.hint_button.text() == CHROME[language]["hint"]
