"""The inspector: edit what is selected on the canvas (a link's weight, a neuron's bias,
activation and incoming weights, or an input's value).

It rebuilds its page only when the selection or the network's structure changes; on
`values_changed` it just moves its sliders to the document's values, silently, so
that following the model (undo, redo, other views) never creates new edits.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout,
                               QWidget)

from simulator import activations

from simulator.dataspec import label as dataset_label
from .i18n import count_text, engine_text, translate
from .selection import LinkRef, NeuronRef
from .widgets import RangeCombo, ValueSlider, dim, format_value

MAX_WEIGHTS_SHOWN = 32
INPUT_PRESETS = (1.0, 2.0, 5.0, 10.0)


def _layer_name(document, layer: int) -> str:
    last = len(document.sizes) - 1
    if layer == 0:
        return translate("Inspector", "input layer")
    if layer == last:
        return translate("Inspector", "output layer")
    return translate("Inspector", "hidden layer {0}").format(layer)


def _valid(ref, sizes: list[int]) -> bool:
    if isinstance(ref, NeuronRef):
        return 0 <= ref.layer < len(sizes) and 0 <= ref.index < sizes[ref.layer]
    if isinstance(ref, LinkRef):
        return (0 <= ref.layer < len(sizes) - 1 and 0 <= ref.source < sizes[ref.layer]
                and 0 <= ref.target < sizes[ref.layer + 1])
    return False


def _title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _note(text: str = "") -> QLabel:
    label = dim(QLabel(text))
    label.setWordWrap(True)
    return label


class _Page(QWidget):
    """One inspector page; `sync` reads the document, `primary` is the main ValueSlider."""

    primary: ValueSlider | None = None

    def sync(self) -> None:
        pass


class _EmptyPage(_Page):
    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        # Long example descriptions scroll instead of being cut off in a short dock.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        scroll.setWidget(content)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.about.setToolTip(translate("Inspector", "The open network's name and description "
                                                     "(File → Examples has more)"))
        layout.addWidget(self.about)
        self.hint = QLabel(translate("Inspector", "Click a neuron or a link to inspect it."))
        self.hint.setToolTip(translate("Inspector", "Then drag its sliders, type exact values, or use the arrow keys "
                                                    "(±0.1, Shift ±0.01)"))
        self.hint.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setToolTip(translate("Inspector", "The open network at a glance"))
        layout.addWidget(self.hint)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.sync()

    def sync(self) -> None:
        doc = self.document
        about = f"<b>{html.escape(doc.shown_name)}</b>"
        if doc.meta.description:
            about += f"<br>{html.escape(engine_text(doc.meta.description))}"   # the examples' are engine data
        if about != self.about.text():
            self.about.setText(about)
        net = doc.network
        acts = ", ".join(layer.activation for layer in net.layers)
        rows = [(translate("Inspector", "layers"), " → ".join(map(str, net.sizes))),
                (translate("Inspector", "activations"), acts),
                (translate("Inspector", "parameters"), count_text(net.parameter_count()))]
        dataset = doc.meta.dataset
        if dataset:
            rows.append((translate("Inspector", "dataset"),
                         html.escape(engine_text(dataset_label(dataset.get("name", "?"))))))
        text = "<table cellspacing='2'>" + "".join(
            f"<tr><td><i>{k}</i>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows) + "</table>"
        # Only structural facts here (the outputs are in the Outputs panel and the status bar):
        # a label whose text changes on every training frame would re-lay out the dock each time.
        if text != self.summary.text():
            self.summary.setText(text)


class _LinkPage(_Page):
    def __init__(self, document, ref: LinkRef, parent=None):
        super().__init__(parent)
        self.document, self.ref = document, ref
        src = document.label(ref.layer, ref.source)
        dst = document.label(ref.layer + 1, ref.target)
        layout = QVBoxLayout(self)
        self.title = _title(f"w({src}→{dst})")
        layout.addWidget(self.title)
        note = translate("Inspector", "weight from {src} ({src_layer}) to {dst} ({dst_layer})")
        layout.addWidget(_note(note.format(src=src, src_layer=_layer_name(document, ref.layer), dst=dst,
                                           dst_layer=_layer_name(document, ref.layer + 1))))
        self.primary = ValueSlider(document.weight(ref), label=translate("Inspector", "weight"),
                                   tooltip=translate("Inspector", "Weight of the link {0} → {1}").format(src, dst))
        self.primary.edited.connect(self._edited)
        layout.addWidget(self.primary)
        self.info = QLabel()
        self.info.setToolTip(translate("Inspector", "What this link adds to {0}'s pre-activation: its input times its "
                                                    "weight").format(dst))
        layout.addWidget(self.info)
        layout.addStretch(1)
        self._src, self._dst = src, dst
        self.sync()

    def _edited(self, value: float, drag) -> None:
        self.document.set_weight(self.ref, value, drag=drag)

    def sync(self) -> None:
        r, doc = self.ref, self.document
        w = doc.weight(r)
        self.primary.setValue(w)
        x = float(doc.activations(r.layer)[r.source])
        self.info.setText(f"{self._src} · w = {format_value(x)} × {format_value(w)} = {format_value(x * w)}")


class _InputPage(_Page):
    def __init__(self, document, ref: NeuronRef, parent=None):
        super().__init__(parent)
        self.document, self.ref = document, ref
        name = document.label(0, ref.index)
        layout = QVBoxLayout(self)
        self.title = _title(name)
        layout.addWidget(self.title)
        layout.addWidget(_note(translate("Inspector", "input {0} of {1}: the value fed into the network").format(
            ref.index + 1, document.sizes[0])))
        self.primary = ValueSlider(float(document.inputs[ref.index]), label=translate("Inspector", "value"),
                                   limit=2.0, presets=INPUT_PRESETS,
                                   tooltip=translate("Inspector", "Value of input {0}").format(name))
        self.primary.edited.connect(lambda v, drag: document.set_input(ref, v, drag=drag))
        layout.addWidget(self.primary)
        layout.addStretch(1)

    def sync(self) -> None:
        self.primary.setValue(float(self.document.inputs[self.ref.index]))


class _NeuronPage(_Page):
    def __init__(self, document, ref: NeuronRef, parent=None):
        super().__init__(parent)
        self.document, self.ref = document, ref
        layer, index = ref.layer, ref.index
        name = document.label(layer, index)
        last = len(document.sizes) - 1
        n_in = document.sizes[layer - 1]
        shown = min(n_in, MAX_WEIGHTS_SHOWN)
        sources = [document.label(layer - 1, s) for s in range(shown)]
        # One label width for both forms, so every slider and spin box lines up.
        metrics = self.fontMetrics()
        row_names = [translate("Inspector", "bias"), translate("Inspector", "activation"),
                     translate("Inspector", "values")]
        label_width = max(metrics.horizontalAdvance(t) for t in [*row_names, *(f"{s} →" for s in sources)]) + 8

        def row_label(text: str) -> QLabel:
            label = QLabel(text)
            label.setMinimumWidth(label_width)
            return label

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = _title(name)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(dim(QLabel(translate("Inspector", "slider range"))))
        self.range_combo = RangeCombo()
        self.range_combo.setToolTip(translate("Inspector", "Range of the bias and weight sliders on this page.\n"
                                                           "A slider widens by itself when its value lies outside it."))
        self.range_combo.show_limit(5.0)
        self.range_combo.picked.connect(self._range_picked)
        top.addWidget(self.range_combo)
        layout.addLayout(top)
        layout.addWidget(_note(translate("Inspector", "neuron {index} of {count} in the {layer}").format(
            index=index + 1, count=document.sizes[layer], layer=_layer_name(document, layer))))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.primary = ValueSlider(document.bias(ref), show_range=False,
                                   tooltip=translate("Inspector", "Bias b of {0}: added to its weighted inputs")
                                   .format(name))
        self.primary.edited.connect(lambda v, drag: document.set_bias(ref, v, drag=drag))
        form.addRow(row_label(row_names[0]), self.primary)

        self.activation_combo = QComboBox()
        names = activations.NAMES if layer == last else activations.HIDDEN_ACTIVATIONS
        self.activation_combo.addItems(list(names))
        tip = translate("Inspector", "Activation function f of every neuron in the {layer} ({count} neurons)")
        tip = tip.format(layer=_layer_name(document, layer), count=document.sizes[layer])
        if layer != last:
            tip = translate("Inspector", "{0}.\nsoftmax is only offered for the output layer.").format(tip)
        self.activation_combo.setToolTip(tip)
        self.activation_combo.activated.connect(self._activation_picked)
        row = QHBoxLayout()
        row.addWidget(self.activation_combo)
        if document.sizes[layer] > 1:
            shared = _note(translate("Inspector", "(all {0} neurons of this layer)").format(document.sizes[layer]))
            row.addWidget(shared, 1)   # wraps rather than widening the dock (French and Japanese run longer)
        else:
            row.addStretch(1)
        form.addRow(row_label(row_names[1]), row)

        self.values = QLabel()
        self.values.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.values.setToolTip(translate("Inspector", "a = Σ wᵢ·xᵢ + b is the pre-activation, y = f(a) the neuron's "
                                                      "output"))
        form.addRow(row_label(row_names[2]), self.values)
        layout.addLayout(form)

        # Incoming weights: at most MAX_WEIGHTS_SHOWN sliders, in a scroll area.
        header = QHBoxLayout()
        header.addWidget(QLabel("<b>" + translate("Inspector", "incoming weights") + "</b>"))
        header.addStretch(1)
        self.weights_note = dim(QLabel(translate("Inspector", "showing {0} of {1}").format(shown, n_in)
                                       if shown < n_in else ""))
        self.weights_note.setToolTip(translate("Inspector", "Only the first {0} incoming weights get a slider; "
                                                            "select a link on the canvas to edit any other")
                                     .format(MAX_WEIGHTS_SHOWN))
        header.addWidget(self.weights_note)
        layout.addSpacing(4)
        layout.addLayout(header)

        container = QWidget()
        grid = QFormLayout(container)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.weight_sliders: list[ValueSlider] = []
        for source, src in enumerate(sources):
            slider = ValueSlider(document.weight(LinkRef(layer - 1, source, index)), show_range=False,
                                 tooltip=translate("Inspector", "Weight of the link {0} → {1}").format(src, name))
            slider.edited.connect(
                lambda v, drag, link=LinkRef(layer - 1, source, index): document.set_weight(link, v, drag=drag))
            grid.addRow(row_label(f"{src} →"), slider)
            self.weight_sliders.append(slider)
        scroll = QScrollArea()
        scroll.setWidget(container)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.weights_scroll = scroll
        layout.addWidget(scroll, 1)
        self.sync()

    def _range_picked(self, limit: float) -> None:
        for slider in (self.primary, *self.weight_sliders):
            slider.setLimit(limit)

    def _activation_picked(self, index: int) -> None:
        self.document.set_activation(self.ref.layer, self.activation_combo.itemText(index))

    def sync(self) -> None:
        doc, layer, index = self.document, self.ref.layer, self.ref.index
        name = doc.label(layer, index)
        if self.title.text() != name:   # a gate's name follows what the neuron computes
            self.title.setText(name)
        self.primary.setValue(doc.bias(self.ref))
        name = doc.activation(layer)
        if self.activation_combo.currentText() != name:
            self.activation_combo.blockSignals(True)
            self.activation_combo.setCurrentText(name)
            self.activation_combo.blockSignals(False)
        W = doc.network.layers[layer - 1].W
        for source, slider in enumerate(self.weight_sliders):
            slider.setValue(float(W[source, index]))
        a = float(doc.preactivations(layer)[index])
        y = float(doc.activations(layer)[index])
        self.values.setText(f"a = {format_value(a)}   →   y = {name}(a) = {format_value(y)}")


class Inspector(QWidget):
    """Shows and edits the current selection. See the module docstring."""

    def __init__(self, document, selection, parent=None):
        super().__init__(parent)
        self.document, self.selection = document, selection
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self.page: _Page | None = None
        self._rebuild()
        document.structure_changed.connect(self._rebuild)
        document.values_changed.connect(self._sync)
        document.metadata_changed.connect(self._sync)
        selection.changed.connect(self._selection_changed)

    def nudge(self, direction: int, fine: bool = False) -> bool:
        """Step the selected value (weight, bias or input) by ±0.1 (±0.01 when fine).

        Returns False when nothing editable is selected.
        """
        if self.page is None or self.page.primary is None:
            return False
        self.page.primary.nudge(direction, fine)
        return True

    def _selection_changed(self, _ref) -> None:
        self._rebuild()

    def _rebuild(self) -> None:
        ref = self.selection.current
        if not _valid(ref, self.document.sizes):
            page = _EmptyPage(self.document)
        elif isinstance(ref, LinkRef):
            page = _LinkPage(self.document, ref)
        elif ref.layer == 0:
            page = _InputPage(self.document, ref)
        else:
            page = _NeuronPage(self.document, ref)
        if self.page is not None:
            self._layout.removeWidget(self.page)
            self.page.hide()
            self.page.deleteLater()
        self.page = page
        self._layout.addWidget(page)

    def _sync(self) -> None:
        if self.page is not None:
            self.page.sync()

    def __repr__(self) -> str:
        return f"Inspector(selection={self.selection.current})"
