"""The steps of one learning step, and what the diagram shows at each (no widgets here; the words
go through Qt's translation, the formulas stay as they are).

A walk for an L-layer network: the input, L forward steps, the loss, L backward steps
(output layer first) and the gradient-descent update. `diagram_content` turns a
BackwardTrace into the texts and link values the diagram paints; it formats numbers,
it computes none (every value comes from the engine's traces).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from simulator import activations, losses
from simulator.trace import BackwardTrace

from ..i18n import translate

FORMULA_TERMS = 4   # a neuron with more inputs than this shows Σ w·x and lists the terms on hover
MINUS = "\u2212"


def num(value: float) -> str:
    """A number in a formula: 4 significant digits, a real minus sign."""
    value = float(value)
    if value == 0:
        return "0"
    return f"{value:.4g}".replace("-", MINUS).replace("inf", "\u221e")


def factor(value: float) -> str:
    """A number inside a product: negative ones in parentheses, "0.2·(−0.5)"."""
    text = num(value)
    return f"({text})" if text.startswith(MINUS) else text


@dataclass(frozen=True)
class Step:
    kind: str          # "input", "forward", "loss", "backward" or "update"
    layer: int = -1    # weight layer k (0-based) for forward/backward steps
    title: str = ""
    explanation: str = ""


def weight_name(k: int) -> str:
    return f"W{k + 1}"


def input_name(k: int) -> str:
    """What weight layer k multiplies: X, then Z1, Z2, ..."""
    return "X" if k == 0 else f"Z{k}"


def build_steps(n_layers: int, loss: str, activation_names: tuple[str, ...]) -> list[Step]:
    steps = [Step("input", title=translate("Steps", "Input"),
                  explanation=translate("Steps", "The input row(s) X enter the network."))]
    for k in range(n_layers):
        K = k + 1
        formula = f"A{K} = {input_name(k)}·W{K} + B{K}, Z{K} = {activation_names[k]}(A{K})"
        steps.append(Step("forward", k, translate("Steps", "Forward {step}/{total}: {formula}").format(
                              step=K, total=n_layers, formula=formula),
                          translate("Steps", "Every neuron of the highlighted layer sums its weighted inputs plus "
                                             "its bias (a), then passes a through its activation function h "
                                             "(z = h(a)).")))
    steps.append(Step("loss", title=translate("Steps", "Loss: {name}").format(name=loss_label(loss)),
                      explanation=translate("Steps", "The output y is compared with the target t; each output "
                                                     "adds its term.")))
    for k in range(n_layers - 1, -1, -1):
        K = k + 1
        formula = f"dA{K}, dW{K} = {input_name(k)}ᵀ·dA{K}, dB{K}"
        steps.append(Step("backward", k, translate("Steps", "Backward {step}/{total}: {formula}").format(
                              step=n_layers - k, total=n_layers, formula=formula),
                          translate("Steps", "∂L/∂a says how the loss changes when a neuron's sum a changes; each "
                                             "link's ∂L/∂w is its input z times the ∂L/∂a of the neuron it feeds "
                                             "(colour = sign, width = size).")))
    steps.append(Step("update", title=translate("Steps", "Update: {formula}").format(formula="W ← W − η·∂L/∂W"),
                      explanation=translate("Steps", "Every weight and bias moves a learning-rate-sized step "
                                                     "against its gradient.")))
    return steps


def loss_label(name: str) -> str:
    return {"mse": translate("Steps", "mean squared error"), "cross_entropy": translate("Steps", "cross-entropy"),
            "binary_cross_entropy": translate("Steps", "binary cross-entropy")}.get(name, name)


@dataclass
class NeuronContent:
    value: float | None             # the number inside the circle (z; x for inputs), None while not computed
    lines: list[str] = field(default_factory=list)   # formula lines beside the neuron
    badge: str = ""                 # small text under the circle (∂L/∂a in backward steps)
    tooltip: str = ""
    active: bool = False


@dataclass
class LinkContent:
    value: float                    # what colour and width show (w, ∂L/∂w or the new w)
    tooltip: str


@dataclass
class DiagramContent:
    neurons: list[list[NeuronContent]]    # per neuron layer (0 = inputs)
    links: list[np.ndarray]               # per weight layer: the (n_in, n_out) values colour/width show
    link_mode: str                        # "weight", "gradient" or "update"
    active_links: int | None              # the weight layer whose links are emphasised
    caption: str


def _forward_lines(net, bt: BackwardTrace, k: int, j: int, row: int) -> tuple[list[str], str]:
    ft, layer = bt.forward, net.layers[k]
    x, w, b = ft.inputs_of(k)[row], layer.W[:, j], layer.b[j]
    a, z = ft.a[k][row, j], ft.z[k][row, j]
    terms = [f"{factor(wi)}·{factor(xi)}" for wi, xi in zip(w, x)]
    if len(terms) <= FORMULA_TERMS:
        first = f"a = {' + '.join(terms)} + {factor(b)} = {num(a)}"
        tip = ""
    else:
        first = translate("Steps", "a = Σ w·x ({count} inputs) + {b} = {a}").format(
            count=len(terms), b=factor(b), a=num(a))
        shown = terms[:24] + (["…"] if len(terms) > 24 else [])
        tip = "a = " + " + ".join(shown) + f" + {factor(b)}"
    name = ft.activations[k]
    if name == "softmax":
        second = f"z = softmax(a)ⱼ = e^(a − max a) / Σ = {num(z)}"
    else:
        second = f"z = {name}({num(a)}) = {num(z)}"
    return [first, second], tip


def _backward_lines(net, bt: BackwardTrace, k: int, j: int, row: int) -> list[str]:
    ft, last = bt.forward, k == len(net.layers) - 1
    name = ft.activations[k]
    da, dz = bt.da[k][row, j], bt.dz[k][row, j]
    rows = bt.t.shape[0]
    lines = []
    if last and bt.fused and np.isclose(bt.t[row].sum(), 1.0):
        lines.append(f"∂L/∂a = (y − t)/n = ({num(ft.z[k][row, j])} − {num(bt.t[row, j])})/{rows} = {num(da)}")
    else:
        if last:
            lines.append(translate("Steps", "∂L/∂z = {value} (from the loss)").format(value=num(dz)))
        else:
            lines.append(translate("Steps", "∂L/∂z = {value} (Σ w·∂L/∂a of the next layer)").format(value=num(dz)))
        if activations.get(name).elementwise:
            slope = float(activations.get(name).derivative(ft.a[k][row, j]))
            lines.append(f"∂L/∂a = ∂L/∂z · h′(a) = {factor(dz)} × {factor(slope)} = {num(da)}")
        else:
            lines.append(f"∂L/∂a = y·(∂L/∂z − Σ y·∂L/∂z) = {num(da)}")
    if rows == 1:
        lines.append(f"∂L/∂b = ∂L/∂a = {num(bt.db[k][j])}")
    else:
        lines.append(translate("Steps", "∂L/∂b = ∂L/∂a (Σ over {rows} rows) = {value}").format(
            rows=rows, value=num(bt.db[k][j])))
    return lines


def _link_tip(net, bt: BackwardTrace, k: int, i: int, j: int, row: int, mode: str, lr: float,
              new_W: np.ndarray | None) -> str:
    w = net.layers[k].W[i, j]
    dW = bt.dW[k][i, j]
    rows = bt.t.shape[0]
    if rows == 1:
        grad = f"∂L/∂w = z·∂L/∂a = {factor(bt.forward.inputs_of(k)[row, i])} × {factor(bt.da[k][row, j])} = {num(dW)}"
    else:
        grad = translate("Steps", "∂L/∂w = Σ over {rows} rows of z·∂L/∂a = {value}").format(rows=rows, value=num(dW))
    if mode == "update" and new_W is not None:
        return f"w ← w − η·∂L/∂w = {num(w)} − {num(lr)} × {factor(dW)} = {num(new_W[i, j])}"
    if mode == "gradient":
        return f"{grad}   (w = {num(w)})"
    return f"w = {num(w)}"


def diagram_content(net, bt: BackwardTrace, step: Step, row: int = 0, lr: float = 0.1,
                    new_weights: list[tuple[np.ndarray, np.ndarray]] | None = None) -> DiagramContent:
    """Texts and link values for `step`, showing batch row `row` (gradients are summed over every row)."""
    ft = bt.forward
    L = len(net.layers)
    reached = {"input": 0, "forward": step.layer + 1, "loss": L, "backward": L, "update": L}[step.kind]
    neurons = [[NeuronContent(float(v)) for v in ft.x[row]]]
    for k in range(L):
        layer_content = []
        for j in range(ft.z[k].shape[1]):
            shown = k + 1 <= reached
            cell = NeuronContent(float(ft.z[k][row, j]) if shown else None)
            if step.kind == "forward" and step.layer == k:
                cell.lines, cell.tooltip = _forward_lines(net, bt, k, j, row)
                cell.active = True
            elif step.kind == "loss" and k == L - 1:
                term = losses.get(bt.loss_name).terms(ft.z[k][row, j], bt.t[row, j])
                cell.lines = [f"y = {num(ft.z[k][row, j])}, t = {num(bt.t[row, j])}",
                              f"{term_formula(bt.loss_name)} = {num(term)}"]
                cell.active = True
            elif step.kind == "backward" and k == step.layer:
                cell.lines = _backward_lines(net, bt, k, j, row)
                cell.active = True
            if step.kind == "update" and new_weights is not None:
                # Every layer changes at once: a short badge each, the whole formula on hover.
                b, new_b = net.layers[k].b[j], new_weights[k][1][j]
                cell.badge = f"b: {num(b)} → {num(new_b)}"
                cell.tooltip = f"b ← b − η·∂L/∂b = {num(b)} − {num(lr)} × {factor(bt.db[k][j])} = {num(new_b)}"
            elif step.kind == "backward" and k >= step.layer:
                cell.badge = f"∂L/∂a = {num(bt.da[k][row, j])}"
            layer_content.append(cell)
        neurons.append(layer_content)

    if step.kind == "update" and new_weights is not None:
        mode, values, active = "update", [W for W, _ in new_weights], None
    elif step.kind == "backward":
        mode, active = "gradient", step.layer
        values = [bt.dW[k] if k >= step.layer else np.zeros_like(bt.dW[k]) for k in range(L)]
    else:
        mode, values = "weight", [layer.W for layer in net.layers]
        active = step.layer if step.kind == "forward" else None
    caption = step.title
    if step.kind == "loss":
        rows = bt.t.shape[0]
        caption += f" — L = {num(bt.loss)}" + ("" if rows == 1 else " " + translate(
            "Steps", "(mean over {rows} rows)").format(rows=rows))
    return DiagramContent(neurons, values, mode, active, caption)


def link_tooltip(net, bt: BackwardTrace, step: Step, k: int, i: int, j: int, row: int = 0, lr: float = 0.1,
                 new_weights=None) -> str:
    """The hover text of link i → j of weight layer k at `step`."""
    if step.kind == "update" and new_weights is not None:
        return _link_tip(net, bt, k, i, j, row, "update", lr, new_weights[k][0])
    if step.kind == "backward" and k >= step.layer:
        return _link_tip(net, bt, k, i, j, row, "gradient", lr, None)
    return _link_tip(net, bt, k, i, j, row, "weight", lr, None)


def term_formula(loss: str) -> str:
    return {"mse": "½(y − t)²", "cross_entropy": "−t·log(y + 10⁻⁷)",
            "binary_cross_entropy": "−[t·log y + (1 − t)·log(1 − y)]"}.get(loss, translate("Steps", "term"))


def overview_content(net, bt: BackwardTrace, magnitude: bool, row: int = 0, health=None) -> DiagramContent:
    """The whole network at once for the gradient view: z in the neurons, links by w or by |∂L/∂w|.

    `health` (simulator.health.Health) marks dead and saturated units with a badge.
    """
    ft = bt.forward
    neurons = [[NeuronContent(float(v)) for v in ft.x[row]]]
    for k in range(len(net.layers)):
        cells = []
        for j in range(ft.z[k].shape[1]):
            cell = NeuronContent(float(ft.z[k][row, j]), tooltip=f"∂L/∂a = {num(bt.da[k][row, j])}")
            if health is not None and health.dead[k][j]:
                cell.badge = translate("Steps", "dead")
            elif health is not None and health.saturated[k][j]:
                cell.badge = translate("Steps", "saturated")
            cells.append(cell)
        neurons.append(cells)
    if magnitude:
        links, mode = [np.abs(dW) for dW in bt.dW], "magnitude"
    else:
        links, mode = [layer.W for layer in net.layers], "weight"
    caption = (translate("Steps", "Links: |∂L/∂w| (width and colour strength)") if magnitude
               else translate("Steps", "Links: w (colour = sign, width = |w|)"))
    return DiagramContent(neurons, links, mode, None, caption)


def overview_tooltip(net, bt: BackwardTrace, k: int, i: int, j: int) -> str:
    return f"w = {num(net.layers[k].W[i, j])}, ∂L/∂w = {num(bt.dW[k][i, j])}"
