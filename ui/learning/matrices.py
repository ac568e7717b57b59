"""The matrix side panel: the current step as matrix algebra with the actual matrices and shapes.

A1 = X·W1 + B1, Z1 = h(A1), …, dW1 = Xᵀ·dA1. Every matrix comes from the traces; large
ones are cut to MAX_ROWS × MAX_COLS with a note, and the panel scrolls both ways.
"""
from __future__ import annotations

import html

import numpy as np
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from simulator import losses

from ..i18n import loss_name, translate
from ..widgets import NEGATIVE
from .steps import Step, input_name, num, term_formula

MAX_ROWS, MAX_COLS = 24, 16


def matrix_table(M: np.ndarray, name: str, shade: str = "#eeeeee") -> str:
    """One matrix headed by its name and shape, as aligned monospace text (a QTextDocument lays out
    preformatted text far faster than a table of cells; big layers stay responsive)."""
    M = np.atleast_2d(M)
    rows, cols = M.shape
    shown = M[:MAX_ROWS, :MAX_COLS]
    texts = [[num(v) for v in row] for row in shown]
    width = max((len(t) for row in texts for t in row), default=1)
    lines = []
    for row in texts:
        cells = []
        for text in row:
            padded = html.escape(text.rjust(width))
            cells.append(f"<span style='color:{NEGATIVE}'>{padded}</span>" if text.startswith("−") else padded)
        lines.append(" ".join(cells) + (" …" if cols > MAX_COLS else ""))
    if rows > MAX_ROWS:
        lines.append("⋮")
    cut = "<br><small>" + translate("Matrices", "first {rows}×{cols} shown").format(
        rows=min(rows, MAX_ROWS), cols=min(cols, MAX_COLS)) + "</small>" if rows > MAX_ROWS or cols > MAX_COLS else ""
    body = "\n".join(lines)
    return (f"<b>{html.escape(name)}</b> <small>({rows}×{cols})</small>"
            f"<pre style='background-color:{shade}; margin:2px'>{body}</pre>{cut}")


def equation(parts: list, shade: str = "#eeeeee") -> str:
    """Matrices and operators side by side: [("A1", M), "=", ("X", X), "·", ...]."""
    cells = []
    for part in parts:
        if isinstance(part, str):
            cells.append(f"<td valign='middle' style='font-size:large'>&nbsp;{html.escape(part)}&nbsp;</td>")
        else:
            cells.append(f"<td valign='middle'>{matrix_table(part[1], part[0], shade)}</td>")
    return f"<table cellspacing='4'><tr>{''.join(cells)}</tr></table>"


def shape(M) -> str:
    M = np.atleast_2d(M)
    return f"({M.shape[0]}×{M.shape[1]})"


def step_html(net, bt, step: Step, lr: float, new_weights=None, shade: str = "#eeeeee") -> str:
    ft = bt.forward
    L = len(net.layers)
    out = [f"<h3>{html.escape(step.title)}</h3>"]
    if step.kind == "input":
        out.append("<p>" + translate("Matrices", "Batches are rows: X has one row per sample and one column per "
                                                 "input.") + "</p>")
        out.append(equation([("X", ft.x)], shade))
    elif step.kind == "forward":
        k, K = step.layer, step.layer + 1
        inp, W, b = ft.inputs_of(k), net.layers[k].W, net.layers[k].b
        out.append(f"<p><b>A{K} = {input_name(k)}·W{K} + B{K}</b> &nbsp; {shape(inp)}·{shape(W)} + {shape(b)} "
                   f"→ {shape(ft.a[k])}. "
                   + translate("Matrices", "{name} is added to every row.").format(name=f"B{K}") + "</p>")
        out.append(equation([(f"A{K}", ft.a[k]), "=", (input_name(k), inp), "·", (f"W{K}", W), "+",
                             (f"B{K}", b[None, :])], shade))
        formula = f"<b>Z{K} = {ft.activations[k]}(A{K})</b>"
        out.append("<p>" + (translate("Matrices", "{formula}, element by element (softmax: row by row).")
                            if ft.activations[k] == "softmax"
                            else translate("Matrices", "{formula}, element by element.")).format(formula=formula)
                   + "</p>")
        out.append(equation([(f"Z{K}", ft.z[k])], shade))
    elif step.kind == "loss":
        rows = bt.t.shape[0]
        terms = losses.get(bt.loss_name).terms(ft.output, bt.t)
        out.append("<p>" + translate("Matrices", "Each term is {term}; L = (1/{rows}) · Σ terms = <b>{loss}</b>.")
                   .format(term=term_formula(bt.loss_name), rows=rows, loss=num(bt.loss)) + "</p>")
        out.append(equation([("Y", ft.output), " ", ("T", bt.t), "→", (translate("Matrices", "terms"), terms)],
                            shade))
    elif step.kind == "backward":
        k, K = step.layer, step.layer + 1
        inp, W = ft.inputs_of(k), net.layers[k].W
        if k == L - 1 and bt.fused:
            out.append("<p>" + translate("Matrices", "{formula} — {activation} with {loss} simplifies to this.").format(
                formula=f"<b>dA{K} = (Y − T) / {bt.t.shape[0]}</b>", activation=ft.activations[k],
                loss=loss_name(bt.loss_name, in_sentence=True)) + "</p>")
            out.append(equation([(f"dA{K}", bt.da[k]), "=", "(", ("Y", ft.output), "−", ("T", bt.t),
                                 f") / {bt.t.shape[0]}"], shade))
        else:
            if k == L - 1:
                out.append("<p>" + translate("Matrices", "{formula} from the loss.").format(
                    formula=f"<b>dZ{K} = ∂L/∂Y</b>") + "</p>")
            else:
                out.append(f"<p><b>dZ{K} = dA{K + 1}·W{K + 1}ᵀ</b> &nbsp; {shape(bt.da[k + 1])}·"
                           f"{shape(net.layers[k + 1].W.T)} → {shape(bt.dz[k])}</p>")
            out.append(equation([(f"dZ{K}", bt.dz[k])], shade))
            rule = "dZ ⊙ h′(A)" if ft.activations[k] != "softmax" else "Y ⊙ (dZ − Σ dZ⊙Y)"
            out.append(f"<p><b>dA{K} = {rule}</b> ({ft.activations[k]})</p>")
            out.append(equation([(f"dA{K}", bt.da[k])], shade))
        # Two lines: the panel does not wrap (wide matrices scroll), and one line would run off its edge.
        out.append(f"<p><b>dW{K} = {input_name(k)}ᵀ·dA{K}</b> &nbsp; {shape(inp.T)}·{shape(bt.da[k])} → "
                   + translate("Matrices", "{shape}, the shape of {w}.").format(shape=shape(W), w=f"W{K}") + "<br>"
                   + translate("Matrices", "<b>{db}</b> = the column sums of {da}.").format(db=f"dB{K}", da=f"dA{K}")
                   + "</p>")
        out.append(equation([(f"dW{K}", bt.dW[k]), "=", (f"{input_name(k)}ᵀ", inp.T), "·",
                             (f"dA{K}", bt.da[k])], shade))
        out.append(equation([(f"dB{K}", bt.db[k][None, :])], shade))
    elif step.kind == "update" and new_weights is not None:
        out.append(f"<p>η = {num(lr)}. " + translate("Matrices", "Every W and B moves against its gradient.")
                   + "</p>")
        for k, (W_new, b_new) in enumerate(new_weights):
            K = k + 1
            out.append(f"<p><b>W{K} ← W{K} − η·dW{K}</b>, <b>B{K} ← B{K} − η·dB{K}</b></p>")
            out.append(equation([(translate("Matrices", "new {name}").format(name=f"W{K}"), W_new), "=",
                                 (f"W{K}", net.layers[k].W), f"− {num(lr)} ·", (f"dW{K}", bt.dW[k])], shade))
            out.append(equation([(translate("Matrices", "new {name}").format(name=f"B{K}"), b_new[None, :])], shade))
    return "".join(out)


class MatrixPanel(QTextBrowser):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setLineWrapMode(QTextEdit.LineWrapMode.NoWrap)   # wide matrices scroll sideways
        self.setOpenLinks(False)
        self.setMinimumWidth(300)

    def show_step(self, net, bt, step: Step, lr: float, new_weights=None) -> None:
        shade = self.palette().color(QPalette.ColorRole.AlternateBase).name()
        self.setHtml(step_html(net, bt, step, lr, new_weights, shade))
