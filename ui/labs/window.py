"""The Labs window (one tab per lab) and the main window's "Labs" menu that opens it.

Labs are built when first opened, so they cost nothing at start-up. The window belongs to the
main window and closes with it.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from ..i18n import translate


def _playground(_window) -> QWidget:
    from .playground import OptimizerPlayground
    return OptimizerPlayground()


def _derivatives(_window) -> QWidget:
    from .derivatives import DerivativesLab
    return DerivativesLab()


def _gallery(_window) -> QWidget:
    from .gallery import ActivationLab
    return ActivationLab()


def _digit_pad(window) -> QWidget:
    from .digit_pad import DigitPadLab
    return DigitPadLab(window.document)


def _confusion(window) -> QWidget:
    from .confusion import ConfusionLab
    return ConfusionLab(window.training, window.document)


def _race(window) -> QWidget:
    from .race import RaceLab
    return RaceLab(window.training, window.document)


def _draw_data(window) -> QWidget:
    from .draw_data import DrawDataLab
    return DrawDataLab(window.training, window.document)


def _input_features(window) -> QWidget:
    from .input_features import InputFeaturesLab
    return InputFeaturesLab(window.training, window.document)


# (key, tab title, menu text, tip, factory(main window) -> widget), in menu order. The texts are
# marked for translation here and translated where they are shown (context "Labs").
LABS: list[tuple[str, str, str, str, Callable]] = [
    ("playground", QT_TRANSLATE_NOOP("Labs", "Optimizer playground"),
     QT_TRANSLATE_NOOP("Labs", "&Optimizer playground"),
     QT_TRANSLATE_NOOP("Labs", "SGD, Momentum, Nesterov, AdaGrad, RMSprop and Adam walking down a 2-D surface"),
     _playground),
    ("derivatives", QT_TRANSLATE_NOOP("Labs", "Derivatives by hand"), QT_TRANSLATE_NOOP("Labs", "&Derivatives by hand"),
     QT_TRANSLATE_NOOP("Labs", "A slope from a small difference, rounding against h, and gradient descent with "
                               "numerical gradients"),
     _derivatives),
    ("activations", QT_TRANSLATE_NOOP("Labs", "Activation gallery"), QT_TRANSLATE_NOOP("Labs", "&Activation gallery"),
     QT_TRANSLATE_NOOP("Labs", "Step, sigmoid, tanh, ReLU, leaky ReLU and identity with their derivatives; softmax "
                               "of a vector"),
     _gallery),
    ("draw_data", QT_TRANSLATE_NOOP("Labs", "Draw your own data"), QT_TRANSLATE_NOOP("Labs", "Draw your own &data"),
     QT_TRANSLATE_NOOP("Labs", "Click points of each class on the plane; the network trains on them and the file "
                               "keeps them"),
     _draw_data),
    ("features", QT_TRANSLATE_NOOP("Labs", "Input features"),
     QT_TRANSLATE_NOOP("Labs", "&Input features (x1², x2², …)"),
     QT_TRANSLATE_NOOP("Labs", "Derived inputs x1², x2², x1·x2, sin x1, sin x2 for 2-D data, as in TensorFlow "
                               "Playground"),
     _input_features),
    ("digit_pad", QT_TRANSLATE_NOOP("Labs", "Draw a digit"), QT_TRANSLATE_NOOP("Labs", "Draw a di&git"),
     QT_TRANSLATE_NOOP("Labs", "Draw a digit and watch the current network read it (8×8 or 28×28, prepared like its "
                               "training data)"),
     _digit_pad),
    ("confusion", QT_TRANSLATE_NOOP("Labs", "Confusion matrix"), QT_TRANSLATE_NOOP("Labs", "&Confusion matrix"),
     QT_TRANSLATE_NOOP("Labs", "Which classes the current network mixes up on the test set; click a cell to probe "
                               "its samples"),
     _confusion),
    ("race", QT_TRANSLATE_NOOP("Labs", "Race optimizers"),
     QT_TRANSLATE_NOOP("Labs", "&Race optimizers on this network"),
     QT_TRANSLATE_NOOP("Labs", "Train the current network with several optimizers from identical weights and "
                               "batches, side by side"),
     _race),
]


class LabsWindow(QMainWindow):
    """A window of lab tabs; `open_lab(key)` builds the lab on first use and shows its tab."""

    def __init__(self, main_window=None):
        super().__init__(main_window, Qt.WindowType.Window)
        self.main_window = main_window
        self.setWindowTitle(translate("LabsWindow", "Synaptica — Labs"))
        self.setObjectName("labs_window")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.labs: dict[str, QWidget] = {}
        self.resize(1280, 800)

    def shutdown(self) -> None:
        """End background work of every lab (a running race); called when the main window closes."""
        for lab in self.labs.values():
            if hasattr(lab, "shutdown"):
                lab.shutdown()

    def open_lab(self, key: str) -> QWidget:
        if key not in self.labs:
            for lab_key, title, _menu, tip, factory in LABS:
                if lab_key == key:
                    widget = factory(self.main_window)
                    order = [k for k, *_ in LABS]
                    # Tabs keep the menu's order, whatever order the labs are opened in.
                    position = sum(1 for k in self.labs if order.index(k) < order.index(key))
                    self.labs[key] = widget
                    index = self.tabs.insertTab(position, widget, translate("Labs", title))
                    self.tabs.setTabToolTip(index, translate("Labs", tip))
                    break
            else:
                raise ValueError(f"unknown lab {key!r}; choose one of {', '.join(k for k, *_ in LABS)}")
        self.tabs.setCurrentWidget(self.labs[key])
        self.show()
        self.raise_()
        self.activateWindow()
        return self.labs[key]


class _CloseWatcher(QObject):
    """Stops the labs' background work when the main window is about to close."""

    def __init__(self, window, labs: LabsWindow):
        super().__init__(window)
        self.labs = labs

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Close:
            self.labs.shutdown()
            self.labs.close()
        return False


def install_labs(window) -> LabsWindow:
    """Add the "Labs" menu to the main window (before Help); returns the (hidden) Labs window."""
    labs = LabsWindow(window)
    window.installEventFilter(_CloseWatcher(window, labs))
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(labs.shutdown)
    menu = window.menuBar()
    # Help is found by its About action (its title is translated), else by its English title.
    about = getattr(window, "about_action", None)
    help_action = next((a for a in menu.actions()
                        if (about is not None and a.menu() is not None and about in a.menu().actions())
                        or a.text().replace("&", "") == "Help"), None)
    title = translate("LabsWindow", "&Labs")
    labs_menu = menu.addMenu(title) if help_action is None else None
    if labs_menu is None:
        from PySide6.QtWidgets import QMenu
        labs_menu = QMenu(title, window)
        menu.insertMenu(help_action, labs_menu)
    window.labs_menu = labs_menu
    for key, _title, text, tip, _factory in LABS:
        action = labs_menu.addAction(translate("Labs", text))
        action.setToolTip(translate("Labs", tip))
        action.setStatusTip(translate("Labs", tip))
        action.setObjectName(f"lab_{key}")
        action.triggered.connect(lambda _c=False, k=key: labs.open_lab(k))
    labs_menu.setToolTipsVisible(True)
    return labs
