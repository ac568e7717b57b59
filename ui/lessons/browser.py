"""The lesson browser: a contents page with progress, and the current lesson with its live goal."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QProgressBar, QPushButton,
                               QScrollArea, QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from simulator.lessons import Check

from ..i18n import engine_text, translate
from .controller import LessonController

GOOD, BAD = "#1b7a3a", "#a23b1f"       # readable on light backgrounds, distinguishable without colour (✓/✗)
#: The button that opens a lesson's view again: "Open the digit pad" (whole sentences: word order differs).
VIEW_BUTTONS = {
    "lab:playground": QT_TRANSLATE_NOOP("LessonBrowser", "Open Optimizer playground"),
    "lab:derivatives": QT_TRANSLATE_NOOP("LessonBrowser", "Open Derivatives lab"),
    "lab:activations": QT_TRANSLATE_NOOP("LessonBrowser", "Open Activation gallery"),
    "lab:digit_pad": QT_TRANSLATE_NOOP("LessonBrowser", "Open the digit pad"),
    "lab:confusion": QT_TRANSLATE_NOOP("LessonBrowser", "Open Confusion matrix"),
    "lab:race": QT_TRANSLATE_NOOP("LessonBrowser", "Open the optimizer race"),
    "learn:step": QT_TRANSLATE_NOOP("LessonBrowser", "Open Step-through"),
    "learn:check": QT_TRANSLATE_NOOP("LessonBrowser", "Open Gradient check"),
    "learn:loss": QT_TRANSLATE_NOOP("LessonBrowser", "Open Loss and softmax"),
    "learn:gradients": QT_TRANSLATE_NOOP("LessonBrowser", "Open Gradient view")}
MUTED = "#5f6368"                      # secondary text, still readable


def checks_html(checks: list[Check]) -> str:
    rows = []
    for check in checks:
        colour, mark = (GOOD, "✓") if check.met else (BAD, "✗")
        now = ("" if check.met or not check.now
               else f"<br><span style='color:{MUTED}'>&nbsp;&nbsp;&nbsp;{escape(engine_text(check.now))}</span>")
        rows.append(f"<div><b style='color:{colour}'>{mark}</b> {escape(engine_text(check.wanted))}{now}</div>")
    return "".join(rows)


class LessonBrowser(QWidget):
    """Contents (every lesson, ✓ done / 🔒 locked) and the lesson page (text, goal, hints, Show me)."""

    def __init__(self, controller: LessonController, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_contents())
        self.pages.addWidget(self._build_lesson())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)
        controller.lesson_changed.connect(self._on_lesson_changed)
        controller.checked.connect(self._on_checked)
        controller.completed.connect(self._on_completed)
        controller.progress_changed.connect(self.refresh_contents)
        self.refresh_contents()

    # -- building ---------------------------------------------------------------------------
    def _build_contents(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(translate("LessonBrowser", "<b>Lessons</b> — from one perceptron to Adam. Each has a goal "
                                                    "the app checks as you work."))
        heading.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, max(1, len(self.controller.lessons)))
        self.progress_bar.setFormat(translate("LessonBrowser", "%v of %m done"))
        self.list = QListWidget()
        self.list.setObjectName("lesson_list")
        self.list.setWordWrap(True)            # long titles wrap instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(1)
        self.list.itemActivated.connect(lambda item: self.open_row(self.list.row(item)))
        self.start_button = QPushButton(translate("LessonBrowser", "Start"))
        self.start_button.clicked.connect(lambda: self.open_row(max(0, self.list.currentRow())))
        self.list.currentRowChanged.connect(self._update_start_button)
        self.errors_label = QLabel()
        self.errors_label.setWordWrap(True)
        self.errors_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors_label.setStyleSheet(f"color: {BAD}")
        layout.addWidget(heading)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.start_button)
        layout.addWidget(self.errors_label)
        return page

    def _build_lesson(self) -> QWidget:
        """The lesson scrolls (title, text, hints, solution); the goal and the buttons stay in view."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.contents_button = QPushButton(translate("LessonBrowser", "☰ All lessons"))
        self.contents_button.setToolTip(translate("LessonBrowser", "Back to the list of lessons and your progress"))
        self.contents_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.position_label = QLabel()
        self.restart_button = QToolButton()
        self.restart_button.setText(translate("LessonBrowser", "↺ Start over"))
        self.restart_button.setToolTip(translate("LessonBrowser", "Start this lesson over from the beginning"))
        self.restart_button.clicked.connect(self._restart)
        top.addWidget(self.contents_button)
        top.addStretch(1)
        top.addWidget(self.position_label)
        top.addWidget(self.restart_button)

        body = QWidget()
        body.setObjectName("lesson_body")
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 2, 4, 2)
        self.title = QLabel()
        self.title.setObjectName("lesson_title")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)    # <big> follows the font (classroom mode too)
        self.text = QLabel()
        self.text.setObjectName("lesson_text")
        self.text.setTextFormat(Qt.TextFormat.MarkdownText)
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.view_button = QPushButton()
        self.view_button.clicked.connect(self.controller.open_view)
        self.hints_label = QLabel()
        self.hints_label.setWordWrap(True)
        self.hints_label.setTextFormat(Qt.TextFormat.RichText)
        self.hints_label.hide()
        self.solution_label = QLabel()
        self.solution_label.setWordWrap(True)
        self.solution_label.hide()
        for widget in (self.title, self.text, self.view_button, self.hints_label, self.solution_label):
            column.addWidget(widget)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.goal_box = QFrame()
        self.goal_box.setObjectName("goal_box")
        goal_layout = QVBoxLayout(self.goal_box)
        goal_layout.setContentsMargins(8, 4, 8, 4)
        goal_layout.setSpacing(2)
        self.goal_label = QLabel()
        self.goal_label.setObjectName("goal_label")
        self.goal_label.setWordWrap(True)
        self.goal_label.setTextFormat(Qt.TextFormat.RichText)
        self.celebration = QLabel()
        self.celebration.setObjectName("celebration")
        self.celebration.setWordWrap(True)
        self.celebration.setStyleSheet(f"background: #dff3e4; color: {GOOD}; border-radius: 4px; padding: 4px;"
                                       f" font-weight: bold")
        self.celebration.hide()
        goal_layout.addWidget(QLabel(translate("LessonBrowser", "<b>Goal</b>")))
        goal_layout.addWidget(self.goal_label)
        goal_layout.addWidget(self.celebration)

        buttons = QHBoxLayout()
        self.hint_button = QPushButton(translate("LessonBrowser", "Hint"))
        self.hint_button.clicked.connect(self.show_hint)
        self.show_me_button = QPushButton(translate("LessonBrowser", "Show me"))
        self.show_me_button.setToolTip(translate("LessonBrowser", "Apply the solution (Ctrl+Z undoes it)"))
        self.show_me_button.clicked.connect(self.controller.show_solution)
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(translate("LessonBrowser", "The previous lesson"))
        self.previous_button.clicked.connect(lambda: self._go(-1))
        self.next_button = QPushButton(translate("LessonBrowser", "Next ▶"))
        self.next_button.clicked.connect(lambda: self._go(+1))
        for widget in (self.hint_button, self.show_me_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)

        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.goal_box)
        layout.addLayout(buttons)
        self._hints_shown = 0
        return page

    # -- contents ---------------------------------------------------------------------------
    def refresh_contents(self) -> None:
        c = self.controller
        self.list.clear()
        for i, lesson in enumerate(c.lessons):
            # ✓ done, ▶ the current one, • open, ○ locked (greyed out as well)
            mark = "✓" if c.is_done(i) else ("▶" if i == c.index else ("•" if c.is_unlocked(i) else "○"))
            item = QListWidgetItem(f"{mark}  {i + 1}. {lesson.title}")
            item.setToolTip(translate("LessonBrowser", "Done") if c.is_done(i)
                            else translate("LessonBrowser", "Open") if c.is_unlocked(i)
                            else translate("LessonBrowser", "Reach the goal of the lesson before to unlock this one"))
            if not c.is_unlocked(i):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self.list.setCurrentRow(c.index if c.index is not None else c.suggested())
        self.progress_bar.setValue(sum(c.is_done(i) for i in range(len(c.lessons))))
        unread = translate("LessonBrowser", "Could not read a lesson: {problem}")
        self.errors_label.setText("".join(unread.format(problem=escape(engine_text(e))) + "<br>" for e in c.errors))
        self.errors_label.setVisible(bool(c.errors))
        self._update_nav()

    def open_row(self, row: int) -> None:
        """Start lesson `row`, or go back to it when it is the one under way (without starting it over)."""
        if row == self.controller.index:
            self.pages.setCurrentIndex(1)
        else:
            self.controller.start(row)

    def _update_start_button(self, row: int) -> None:
        c = self.controller
        self.start_button.setEnabled(0 <= row < len(c.lessons) and c.is_unlocked(row))
        self.start_button.setText(translate("LessonBrowser", "Continue") if row == c.index
                                  else translate("LessonBrowser", "Start"))

    # -- the lesson -------------------------------------------------------------------------
    def _on_lesson_changed(self, index: int) -> None:
        if index < 0:
            self.pages.setCurrentIndex(0)
            self.refresh_contents()
            return
        lesson = self.controller.lessons[index]
        self.position_label.setText(translate("LessonBrowser", "Lesson {number} of {total}").format(
            number=index + 1, total=len(self.controller.lessons)))
        self.title.setText(f"<big><b>{escape(lesson.title)}</b></big>")
        self.text.setText(lesson.text)
        self.scroll.verticalScrollBar().setValue(0)
        self.view_button.setVisible(bool(lesson.opens))
        button = VIEW_BUTTONS.get(lesson.opens or "")
        self.view_button.setText(translate("LessonBrowser", button) if button
                                 else translate("LessonBrowser", "Open the view"))
        self.view_button.setToolTip(translate("LessonBrowser", "Open the view this lesson is about again (it opened "
                                                               "when the lesson started)"))
        self._hints_shown = 0
        self.hints_label.hide()
        self.solution_label.setText(translate("LessonBrowser", "<b>Solution.</b> {text}").format(
            text=escape(lesson.solution_text)) if lesson.solution_text else "")
        self.solution_label.hide()
        self.celebration.hide()
        self._update_hint_button()
        self.pages.setCurrentIndex(1)
        self.refresh_contents()

    def _on_checked(self, met: bool, checks: list) -> None:
        self.goal_label.setText(checks_html(checks))
        self.goal_box.setStyleSheet(f"#goal_box {{ border: 2px solid {GOOD if met else '#b0b4b8'}; "
                                    f"border-radius: 4px }}")
        if met and self.controller.shown_solution and self.solution_label.text():
            self.solution_label.show()
        if not met:
            self.celebration.hide()
        elif not self.celebration.isVisibleTo(self) and self.controller.is_done(self.controller.index):
            self._celebrate(first=False)         # met again (a finished lesson): keep any celebration shown
        self._update_nav()

    def _on_completed(self, _key: str) -> None:
        self._celebrate(first=True)

    def _celebrate(self, first: bool) -> None:
        c = self.controller
        last = c.index is not None and c.index + 1 >= len(c.lessons)
        if c.shown_solution:
            text = translate("LessonBrowser", "✓ That is the solution. Ctrl+Z takes it back, if you want to try it "
                                              "yourself.")
        elif last:
            text = translate("LessonBrowser", "★ Goal reached — and that was the last lesson. Well done!")
        elif first:
            text = translate("LessonBrowser", "★ Goal reached! The next lesson is unlocked.")
        else:
            text = translate("LessonBrowser", "✓ Goal reached.")
        self.celebration.setText(text)
        self.celebration.show()
        window = c.window
        if first and hasattr(window, "statusBar"):
            done = translate("LessonBrowser", "Lesson done: {title}").format(title=c.lesson.title)
            window.statusBar().showMessage(done, 8000)

    def show_hint(self) -> None:
        lesson = self.controller.lesson
        if lesson is None or self._hints_shown >= len(lesson.hints):
            return
        self._hints_shown += 1
        shown = lesson.hints[:self._hints_shown]
        self.hints_label.setText("".join(
            "<p>" + translate("LessonBrowser", "<b>Hint {number}.</b> {text}").format(number=i + 1, text=escape(h))
            + "</p>" for i, h in enumerate(shown)))
        self.hints_label.show()
        self._update_hint_button()
        self.hints_label.adjustSize()
        self.scroll.widget().adjustSize()
        self.scroll.ensureWidgetVisible(self.hints_label)

    def _update_hint_button(self) -> None:
        lesson = self.controller.lesson
        total = len(lesson.hints) if lesson else 0
        left = total - self._hints_shown
        self.hint_button.setEnabled(left > 0)
        self.hint_button.setText(translate("LessonBrowser", "Hint") if self._hints_shown == 0
                                 else translate("LessonBrowser", "Another hint ({left} left)").format(left=left) if left
                                 else translate("LessonBrowser", "No more hints"))

    def _restart(self) -> None:
        if self.controller.index is not None:
            self.controller.start(self.controller.index)

    def _go(self, step: int) -> None:
        c = self.controller
        if c.index is not None:
            c.start(c.index + step)

    def _update_nav(self) -> None:
        c = self.controller
        if c.index is None:
            return
        self.previous_button.setEnabled(c.index > 0)
        has_next = c.index + 1 < len(c.lessons)
        self.next_button.setEnabled(has_next and c.is_unlocked(c.index + 1))
        self.next_button.setToolTip("" if not has_next or c.is_unlocked(c.index + 1)
                                    else translate("LessonBrowser", "Reach this lesson's goal to unlock the next one"))
        self.next_button.setDefault(has_next and c.met)
