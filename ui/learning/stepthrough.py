"""Step-through page: one learning step walked forward, through the loss, backward and to the update.

Previous/Next (buttons, ← →) move through the steps; the diagram shows the numbers of one
batch row, the matrix panel the whole step as matrix algebra. The final update can be
applied to the network as one undo step. Every number comes from backward_trace.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QSplitter, QVBoxLayout,
                               QWidget)

from simulator.trace import backward_trace, gradient_descent_step

from ..i18n import loss_name, translate
from ..widgets import dim
from .diagram import StepDiagram
from .matrices import MatrixPanel
from .steps import build_steps, diagram_content, link_tooltip, num


class StepThroughPage(QWidget):
    step_changed = Signal(int)

    def __init__(self, document, source, parent=None):
        super().__init__(parent)
        self.document, self.source = document, source
        self.trace = None           # BackwardTrace of the current data, or None when there is none
        self.new_weights = None
        self.steps = []
        self.index = 0
        self.applied_from: float | None = None   # the loss before the last applied update

        self.previous = QPushButton(translate("StepThroughPage", "◀ Previous"))
        self.next = QPushButton(translate("StepThroughPage", "Next ▶"))
        for button, tip in ((self.previous, translate("StepThroughPage", "Previous step (←)")),
                            (self.next, translate("StepThroughPage", "Next step (→)"))):
            button.setToolTip(tip)
        self.step_picker = QComboBox()
        self.step_picker.setToolTip(translate("StepThroughPage", "Jump to a step"))
        self.step_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.row = QSpinBox()
        self.row.setPrefix(translate("StepThroughPage", "diagram shows row "))
        self.row.setToolTip(translate("StepThroughPage", "Which row of the mini-batch the diagram shows "
                                                         "(gradients are summed over all rows)"))
        self.apply = QPushButton(translate("StepThroughPage", "Apply this update"))
        self.apply.setToolTip(translate("StepThroughPage", "Change the network's weights to W − η·∂L/∂W "
                                                           "(one undo step: Ctrl+Z takes it back)"))
        controls = QHBoxLayout()
        controls.addWidget(self.previous)
        controls.addWidget(self.next)
        controls.addWidget(self.step_picker, 1)
        controls.addWidget(self.row)
        controls.addWidget(self.apply)

        self.diagram = StepDiagram()
        self.matrices = MatrixPanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.diagram)
        splitter.addWidget(self.matrices)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 480])
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.status = dim(QLabel())
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.explanation)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self.previous.clicked.connect(lambda: self.go(self.index - 1))
        self.next.clicked.connect(lambda: self.go(self.index + 1))
        self.step_picker.activated.connect(self.go)
        self.row.valueChanged.connect(lambda _v: self._show())
        self.apply.clicked.connect(self.apply_update)
        for key, delta in ((Qt.Key.Key_Left, -1), (Qt.Key.Key_Right, +1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=delta: self.go(self.index + d))

    # -- data --------------------------------------------------------------------
    def recompute(self) -> None:
        """Trace the source's data through the document's network (called when either changes)."""
        batch = self.source.batch()
        net = self.document.network
        if batch.problem:
            self.trace = None
            self.status.setText(batch.problem)
            self._update_buttons()
            self.diagram.clear()
            self.matrices.setHtml(f"<p>{html.escape(batch.problem)}</p>")
            return
        loss = self.source.loss()
        self.trace = backward_trace(net, batch.X, batch.T, loss=loss)
        self.new_weights = gradient_descent_step(net, self.trace, self.source.learning_rate())
        steps = build_steps(len(net.layers), loss, self.trace.forward.activations)
        if [s.title for s in steps] != [s.title for s in self.steps]:
            self.steps = steps
            self.step_picker.clear()
            self.step_picker.addItems([f"{i + 1}. {s.title}" for i, s in enumerate(steps)])
        self.index = min(self.index, len(self.steps) - 1)
        self.row.setRange(0, batch.X.shape[0] - 1)
        self.row.setVisible(batch.X.shape[0] > 1)
        text = translate("StepThroughPage", "Data: {what}. Loss {loss} = {value}.").format(
            what=batch.what, loss=loss_name(loss, in_sentence=True), value=num(self.trace.loss))
        if self.applied_from is not None:
            text += " " + translate("StepThroughPage", "After the applied update: {before} → {after}.").format(
                before=num(self.applied_from), after=num(self.trace.loss))
            self.applied_from = None
        self.status.setText(text)
        self._show()

    # -- navigation ----------------------------------------------------------------
    @property
    def step(self):
        return self.steps[self.index] if self.steps else None

    def go(self, index: int) -> None:
        if not self.steps:
            return
        index = max(0, min(len(self.steps) - 1, int(index)))
        if index != self.index:
            self.index = index
            self._show()
            self.step_changed.emit(index)

    def apply_update(self) -> None:
        if self.trace is None or self.new_weights is None:
            return
        net = self.document.network.copy()
        for layer, (W, b) in zip(net.layers, self.new_weights, strict=True):
            layer.W[...] = W
            layer.b[...] = b
        self.applied_from = self.trace.loss
        self.document.replace_network(net, translate("StepThroughPage", "Gradient-descent step (η = {lr})").format(
            lr=num(self.source.learning_rate())))
        self.go(0)

    # -- display -----------------------------------------------------------------
    def _show(self) -> None:
        self._update_buttons()
        if self.trace is None or not self.steps:
            return
        step, net, row, lr = self.step, self.document.network, self.row.value(), self.source.learning_rate()
        self.step_picker.setCurrentIndex(self.index)
        content = diagram_content(net, self.trace, step, row, lr, self.new_weights)
        self.explanation.setText(translate("StepThroughPage",
                                           "<b>Step {index} of {total}: {caption}.</b> {explanation}").format(
            index=self.index + 1, total=len(self.steps), caption=html.escape(content.caption),
            explanation=step.explanation))
        self.diagram.show_content(content, net.sizes)
        self.diagram.set_link_tooltips(
            lambda k, i, j: link_tooltip(net, self.trace, step, k, i, j, row, lr, self.new_weights))
        self.matrices.show_step(net, self.trace, step, lr, self.new_weights)

    def _update_buttons(self) -> None:
        has = self.trace is not None and bool(self.steps)
        self.previous.setEnabled(has and self.index > 0)
        self.next.setEnabled(has and self.index < len(self.steps) - 1)
        self.apply.setEnabled(has and self.step is not None and self.step.kind == "update")
