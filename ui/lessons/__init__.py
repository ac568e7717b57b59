"""Guided lessons (issue 14): the browser dock, the running lesson's live goal, classroom mode."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ..i18n import translate

__all__ = ["install_lessons"]


class _CloseWatcher(QObject):
    """Gives the application its font back when the window closes in classroom mode."""

    def __init__(self, window, classroom):
        super().__init__(window)
        self.classroom = classroom

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Close:
            # Decided later (the window may ask to save and stay open): look once the event is done.
            QTimer.singleShot(0, self._closed)
        return False

    def _closed(self) -> None:
        if not self.parent().isVisible():
            self.classroom.shutdown()


def _place(window, dock) -> None:
    """The first time: under the left-hand tabs (Training, Inspector), as wide as they are.

    A column of its own would push a 1280-pixel window past the screen's width (the canvas,
    the inputs and truth table under it, and the plots keep their minimum widths).
    """
    if getattr(dock, "_placed", False) or dock.isFloating():
        return
    dock._placed = True
    window.removeDockWidget(dock)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock, Qt.Orientation.Vertical)
    dock.show()
    window.resizeDocks([dock], [max(400, int(0.6 * window.height()))], Qt.Orientation.Vertical)


def install_lessons(window):
    """Add the Lessons menu and dock to a MainWindow; returns the LessonController."""
    from .browser import LessonBrowser
    from .classroom import ClassroomMode
    from .controller import LessonController

    controller = LessonController(window)
    browser = LessonBrowser(controller, window)
    dock = window.add_dock(translate("LessonsMenu", "Lessons"), browser, Qt.DockWidgetArea.LeftDockWidgetArea,
                           "lessons", translate("LessonsMenu", "Guided lessons with goals the app checks"))
    dock.hide()
    room = ClassroomMode(window)
    window.installEventFilter(_CloseWatcher(window, room))
    window.panels_menu.addAction(dock.toggleViewAction())

    def open_browser() -> None:
        _place(window, dock)
        dock.show()
        dock.raise_()

    controller.lesson_changed.connect(lambda index: open_browser() if index >= 0 else None)

    menu = QMenu(translate("LessonsMenu", "Lesso&ns"), window)
    browse = QAction(translate("LessonsMenu", "&Lessons…"), window)
    browse.setShortcut(QKeySequence("F2"))
    browse.setToolTip(translate("LessonsMenu", "Guided lessons from one perceptron to Adam, each with a goal the "
                                               "app checks"))
    browse.triggered.connect(lambda _c=False: open_browser())
    menu.addAction(browse)
    menu.addSeparator()
    lesson_actions = []
    for i, lesson in enumerate(controller.lessons):
        action = menu.addAction(f"{i + 1}. {lesson.title}")
        action.triggered.connect(lambda _c=False, k=i: controller.start(k))
        lesson_actions.append(action)

    def update_menu() -> None:
        for i, action in enumerate(lesson_actions):
            action.setEnabled(controller.is_unlocked(i))
            action.setText(f"{'✓ ' if controller.is_done(i) else ''}{i + 1}. {controller.lessons[i].title}")
    menu.aboutToShow.connect(update_menu)
    menu.addSeparator()
    classroom_action = QAction(translate("LessonsMenu", "&Classroom mode"), window, checkable=True)
    classroom_action.setToolTip(translate("LessonsMenu", "Larger fonts and thicker lines for a projector; saved "
                                                         "with the network file"))
    classroom_action.toggled.connect(room.set_active)
    room.changed.connect(classroom_action.setChecked)
    classroom_action.setChecked(room.active)
    menu.addAction(classroom_action)
    configure = QAction(translate("LessonsMenu", "Classroom &settings…"), window)
    configure.setToolTip(translate("LessonsMenu", "Text size, line width and the panels classroom mode hides"))

    def open_settings() -> None:
        from .classroom_dialog import ClassroomDialog
        dialog = ClassroomDialog(window, room.settings or window.document.meta.layout.get("classroom"))
        if dialog.exec() == ClassroomDialog.DialogCode.Accepted:
            room.configure(dialog.settings())
    configure.triggered.connect(lambda _c=False: open_settings())
    menu.addAction(configure)
    reset = QAction(translate("LessonsMenu", "&Forget my progress"), window)
    reset.triggered.connect(lambda _c=False: (controller.progress.reset(), controller.progress_changed.emit()))
    menu.addAction(reset)
    # Lessons · Learn · Labs · Help: the guided path first, the tools it leads to after it.
    # (Found by attribute, not by title: the titles are translated.)
    bar = window.menuBar()
    follow = [m.menuAction() for m in (getattr(window, "learn_menu", None), getattr(window, "labs_menu", None))
              if m is not None and m.menuAction() in bar.actions()]
    before = follow[0] if follow else (bar.actions()[-1] if bar.actions() else None)    # else before Help
    bar.insertMenu(before, menu) if before is not None else bar.addMenu(menu)

    window.lessons_menu, window.lessons_dock, window.lesson_browser = menu, dock, browser
    window.classroom, window.classroom_action = room, classroom_action
    return controller
