"""See how it learns: step-through of forward and backward passes, gradient check, loss and softmax."""
from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ..i18n import translate

__all__ = ["install_learning"]


def install_learning(window):
    """Add the Learn menu to a MainWindow; the learning window is created on first use. Returns an opener."""
    from .window import CHECK, DIVERGENCE, GRADIENTS, LOSS, STEP, LearningWindow

    holder = {}

    def open_page(page: int):
        if "window" not in holder:
            holder["window"] = LearningWindow(window.document, getattr(window, "training", None), window)
        holder["window"].open_page(page)
        return holder["window"]

    menu = QMenu(translate("LearnMenu", "&Learn"), window)
    for text, page, shortcut, tip in (
            (translate("LearnMenu", "&Step through forward and backward…"), STEP, "F5",
             translate("LearnMenu", "Walk one learning step layer by layer with the actual numbers and matrices")),
            (translate("LearnMenu", "&Gradient check…"), CHECK, "F6",
             translate("LearnMenu", "Backprop next to central differences for every parameter")),
            (translate("LearnMenu", "&Loss and softmax…"), LOSS, "F7",
             translate("LearnMenu", "MSE and cross-entropy term by term; softmax step by step")),
            (translate("LearnMenu", "Gradient &view…"), GRADIENTS, "F8",
             translate("LearnMenu",
                       "Links by |∂L/∂w|, live while training; histograms; warnings for dead or saturated units"))):
        action = QAction(text, window)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _c=False, p=page: open_page(p))
        menu.addAction(action)
    session = getattr(window, "training", None)
    if session is not None:
        def started(state: str) -> None:
            # Remember the weights a run starts from: a divergence is replayed from them.
            if state == "running":
                holder["run_start"] = (window.document.network.copy(), session.step)

        def diverged(reason: str) -> None:
            # A run that stopped on NaN/Inf: explain it at once.
            if reason == "diverged":
                explain()

        def explain() -> None:
            page = open_page(DIVERGENCE).divergence
            if "run_start" in holder:
                page.start_network, page.start_step = holder["run_start"]
            page.explain()
        session.state_changed.connect(started)
        session.run_ended.connect(diverged)
        action = QAction(translate("LearnMenu", "Why did training &diverge?"), window)
        action.setToolTip(translate("LearnMenu", "Replay the last run from the weights it started with: gradient "
                                                 "norms, where the numbers ran away, a learning rate that works"))
        action.triggered.connect(lambda _c=False: explain())
        menu.addSeparator()
        menu.addAction(action)
    help_menu = window.menuBar().actions()[-1]       # keep Help last
    window.menuBar().insertMenu(help_menu, menu)
    window.learn_menu = menu
    return open_page
