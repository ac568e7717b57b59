"""See how it learns: step-through of forward and backward passes, gradient check, loss and softmax."""
from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

__all__ = ["install_learning"]


def install_learning(window):
    """Add the Learn menu to a MainWindow; the learning window is created on first use. Returns an opener."""
    from .window import CHECK, GRADIENTS, LOSS, STEP, LearningWindow

    holder = {}

    def open_page(page: int):
        if "window" not in holder:
            holder["window"] = LearningWindow(window.document, getattr(window, "training", None), window)
        holder["window"].open_page(page)
        return holder["window"]

    menu = QMenu("&Learn", window)
    for text, page, shortcut, tip in (
            ("&Step through forward and backward…", STEP, "F5",
             "Walk one learning step layer by layer with the actual numbers and matrices"),
            ("&Gradient check…", CHECK, "F6", "Backprop next to central differences for every parameter"),
            ("&Loss and softmax…", LOSS, "F7", "MSE and cross-entropy term by term; softmax step by step"),
            ("Gradient &view…", GRADIENTS, "F8",
             "Links by |∂L/∂w|, live while training; histograms; warnings for dead or saturated units")):
        action = QAction(text, window)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _c=False, p=page: open_page(p))
        menu.addAction(action)
    help_menu = window.menuBar().actions()[-1]       # keep Help last
    window.menuBar().insertMenu(help_menu, menu)
    window.learn_menu = menu
    return open_page
