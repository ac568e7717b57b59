"""Tooltip texts: what a neuron computes and what a link weighs, in the document's labels.

    a = 0.5·x1 + 0.5·x2 − 0.7 = 0.3 → step(a) = 1

Built on demand when the user hovers, from values the Document has already computed,
so the slider path never pays for them.
"""
from __future__ import annotations

from ..i18n import translate
from ..selection import LinkRef, NeuronRef
from .palette import MINUS, format_compact

MAX_TERMS = 4   # a neuron with more inputs shows the first few terms, then "+ … (n terms)"


def layer_name(document, layer: int) -> str:
    last = len(document.sizes) - 1
    if layer == 0:
        return translate("CanvasFormula", "inputs")
    if layer == last:
        return translate("CanvasFormula", "output") if document.sizes[layer] == 1 else \
            translate("CanvasFormula", "outputs")
    return translate("CanvasFormula", "hidden {0}").format(layer) if last > 2 else \
        translate("CanvasFormula", "hidden")


def layer_caption(document, layer: int) -> str:
    """Caption above a column: "inputs", "hidden 1 · sigmoid", "output · step" (+ size when large)."""
    parts = [layer_name(document, layer)]
    if layer > 0:
        parts.append(document.activation(layer))
    size = document.sizes[layer]
    if size > 12:  # too many to count at a glance
        parts.append(translate("CanvasFormula", "{0} neurons").format(size))
    return " \u00b7 ".join(parts)


def _signed(value: float, first: bool) -> str:
    """" + 0.5" / " − 0.5", or "0.5" / "−0.5" for the first term."""
    text = format_compact(abs(value))
    if first:
        return (MINUS if value < 0 else "") + text
    return (f" {MINUS} " if value < 0 else " + ") + text


def neuron_formula(document, layer: int, index: int) -> str:
    """a = Σ w·x + b = a → f(a) = y for neuron `index` of neuron layer `layer` (≥ 1)."""
    W = document.network.layers[layer - 1].W
    n_in = W.shape[0]
    shown = range(n_in) if n_in <= MAX_TERMS + 1 else range(MAX_TERMS - 1)
    terms = "".join(_signed(W[i, index], first=(i == 0)) + "\u00b7" + document.label(layer - 1, i) for i in shown)
    if len(shown) < n_in:
        terms += " + \u2026 " + translate("CanvasFormula", "({0} terms)").format(n_in)
    a = float(document.preactivations(layer)[index])
    y = float(document.activations(layer)[index])
    name = document.activation(layer)
    result = f"softmax(a){_subscript(index + 1)}" if name == "softmax" else f"{name}(a)"
    return (f"a = {terms}{_signed(document.bias(NeuronRef(layer, index)), first=False)} = {format_compact(a)}"
            f" \u2192 {result} = {format_compact(y)}")


def _subscript(number: int) -> str:
    return str(number).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


def _input_values(document, layer: int) -> str:
    values = document.activations(layer)
    shown = min(len(values), MAX_TERMS)
    text = ", ".join(f"{document.label(layer, i)} = {format_compact(values[i])}" for i in range(shown))
    return text + (", \u2026" if shown < len(values) else "")


def neuron_tooltip(document, ref: NeuronRef) -> str:
    heading = translate("CanvasFormula", "{label} \u2014 {layer}, neuron {number}").format(
        label=document.label(ref.layer, ref.index), layer=layer_name(document, ref.layer), number=ref.index + 1)
    if ref.layer == 0:
        value = translate("CanvasFormula", "value = {0}").format(format_compact(document.inputs[ref.index]))
        return "\n".join([heading, value, translate("CanvasFormula", "Click to select it and set its value.")])
    lines = [heading, neuron_formula(document, ref.layer, ref.index),
             translate("CanvasFormula", "where {0}").format(_input_values(document, ref.layer - 1))]
    if document.activation(ref.layer) == "softmax":
        lines.append(translate("CanvasFormula", "softmax: e^a of this neuron divided by the sum of e^a over the layer"))
    lines.append(translate("CanvasFormula", "Click to select it and edit its bias or activation."))
    return "\n".join(lines)


def link_tooltip(document, ref: LinkRef) -> str:
    source = document.label(ref.layer, ref.source)
    target = document.label(ref.layer + 1, ref.target)
    weight = document.weight(ref)
    return (f"w({source}\u2192{target}) = {format_compact(weight)}\n"
            + translate("CanvasFormula", "Click to select this weight and edit it."))


def tooltip(document, ref) -> str:
    if isinstance(ref, NeuronRef):
        return neuron_tooltip(document, ref)
    if isinstance(ref, LinkRef):
        return link_tooltip(document, ref)
    return ""
