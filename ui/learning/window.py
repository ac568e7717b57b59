"""The learning window: step-through, gradient check, loss and softmax, on shared data.

A separate top-level window (it needs room: diagram + matrices), opened from the Learn
menu. It recomputes only while visible, at most once per event-loop turn.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..i18n import translate
from .divergence import DivergencePage
from .gradcheck import GradientCheckPage
from .gradients import GradientsPage
from .loss_view import LossSoftmaxPage
from .source import DataSource
from .stepthrough import StepThroughPage

AUTO_CHECK_PARAMETERS = 3000   # above this the gradient check waits for "Check now"
STEP, CHECK, LOSS, GRADIENTS, DIVERGENCE = range(5)
REFRESH_MS = 40   # snapshots of a training run arrive ~30 times a second: redraw at most ~25 times


class LearningWindow(QWidget):
    def __init__(self, document, session=None, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(translate("LearningWindow", "See how it learns — Synaptica"))
        self.document = document
        self.source = DataSource(document, session)
        self.stepthrough = StepThroughPage(document, self.source)
        self.gradcheck = GradientCheckPage(document, self.source)
        self.loss_view = LossSoftmaxPage(document)
        self.gradients = GradientsPage(document, self.source)
        self.divergence = DivergencePage(document, session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.stepthrough, translate("LearningWindow", "Step through"))
        self.tabs.addTab(self.gradcheck, translate("LearningWindow", "Gradient check"))
        self.tabs.addTab(self.loss_view, translate("LearningWindow", "Loss and softmax"))
        self.tabs.addTab(self.gradients, translate("LearningWindow", "Gradient view"))
        self.tabs.addTab(self.divergence, translate("LearningWindow", "Divergence"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(self.tabs, 1)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.timeout.connect(self.refresh)
        self.source.changed.connect(self._schedule)
        self.tabs.currentChanged.connect(lambda _i: self._schedule())
        self.resize(1280, 800)

    def open_page(self, page: int) -> None:
        self.tabs.setCurrentIndex(page)
        self.show()
        self.raise_()
        self.activateWindow()
        self.refresh()

    def _schedule(self) -> None:
        if self.isVisible() and not self._pending.isActive():
            self._pending.start(REFRESH_MS)

    def refresh(self) -> None:
        """Bring the visible page up to date with the document and the data."""
        self._pending.stop()
        page = self.tabs.currentIndex()
        self.source.setVisible(page not in (LOSS, DIVERGENCE))   # those pages have their own data
        if page == STEP:
            self.stepthrough.recompute()
        elif page == CHECK:
            if self.document.network.parameter_count() <= AUTO_CHECK_PARAMETERS:
                self.gradcheck.run()
            else:
                self.gradcheck.invite()
        elif page == LOSS:
            self.loss_view.refresh()
        elif page == GRADIENTS:
            self.gradients.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._schedule()
