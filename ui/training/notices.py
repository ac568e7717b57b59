"""Framed notes in the training panel: problems, suggestions, and why a run did not learn."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout

from ..i18n import engine_text, translate
from ..widgets import ACCENT


class Notice(QFrame):
    """A framed note with a coloured edge and optional buttons."""

    def __init__(self, colour: str, parent=None):
        super().__init__(parent)
        self.setObjectName("notice")
        self.setStyleSheet(f"QFrame#notice {{ border-left: 3px solid {colour}; "
                           f"background: palette(alternate-base); }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 6, 6)
        layout.setSpacing(4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(4)
        self.buttons.addStretch(1)
        layout.addLayout(self.buttons)
        self.hide()

    def add_button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        return button

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))


class DiagnosisNotice(Notice):
    """Why the last run did not learn, each cause with a button that applies its fix."""

    appeared = Signal()   # a finished run's diagnosis and fix buttons were just shown

    def __init__(self, apply_fix, parent=None):
        super().__init__(ACCENT, parent)
        self._apply_fix = apply_fix
        self.fix_buttons: list[QPushButton] = []
        self.buttons.setDirection(QHBoxLayout.Direction.TopToBottom)
        self._shown: tuple = ([], False)

    def show_diagnoses(self, diagnoses: list, running: bool = False) -> None:
        if (list(diagnoses), running) == self._shown:
            return
        self._shown = (list(diagnoses), running)   # the heading follows the state: a run may end with the same causes
        for button in self.fix_buttons:
            self.buttons.removeWidget(button)
            button.deleteLater()
        self.fix_buttons = []
        if not diagnoses:
            self.show_text("")
            return
        head = (translate("DiagnosisNotice", "The loss has stopped improving:") if running
                else translate("DiagnosisNotice", "This run did not learn:"))
        self.show_text(head + "\n" + "\n".join(f"• {engine_text(d.message)}" for d in diagnoses))
        for diagnosis in diagnoses:
            label = engine_text(diagnosis.fix.label)
            lowered = label[:1].lower() + label[1:]     # "Use ReLU" → "use ReLU" (no case in Japanese)
            tip = (translate("DiagnosisNotice", "One click: {fix} (fresh weights, one undo step)")
                   if diagnosis.fix.reset else translate("DiagnosisNotice", "One click: {fix}")).format(fix=lowered)
            button = self.add_button(label, tip, lambda d=diagnosis: self._apply_fix(d))
            self.fix_buttons.append(button)
        if not running:
            self.appeared.emit()
