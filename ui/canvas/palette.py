"""Colours, widths and number formats of the network diagram.

Semantic colours (weight sign, neuron output) use the Okabe–Ito colour-blind-safe
pair shared with the rest of the UI; everything else (background, text, outlines)
comes from the widget palette, so light and dark themes both read well.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from ..widgets import NEGATIVE, POSITIVE

POSITIVE_COLOUR = QColor(POSITIVE)
NEGATIVE_COLOUR = QColor(NEGATIVE)

# Link widths in scene units at full neuron size: the largest |w| in the network gets
# MAX, a zero weight gets MIN, so tiny weights stay visible (and clicks use a tolerance).
LINK_MIN_WIDTH = 1.0
LINK_MAX_WIDTH = 7.0
MINUS = "\u2212"  # a real minus sign lines up with "+" and reads better than "-"


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """a at t = 0, b at t = 1 (opaque)."""
    t = min(1.0, max(0.0, t))
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                           a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG) in 0..1."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def text_colour_on(fill: QColor) -> QColor:
    """Black or white, whichever contrasts more with `fill`."""
    lum = luminance(fill)
    return QColor("#000000") if (lum + 0.05) / 0.05 > 1.05 / (lum + 0.05) else QColor("#ffffff")


def sign_colour(value: float) -> QColor:
    return QColor(NEGATIVE_COLOUR if value < 0 else POSITIVE_COLOUR)


def output_fill(value: float, neutral: QColor) -> QColor:
    """Diverging fill for a neuron's output: neutral at 0, blue at +1, vermillion at −1.

    Outputs of identity/relu can be any real number: the shade saturates at ±1 and
    the neuron shows the exact number as text.
    """
    if not math.isfinite(value):
        return QColor(neutral)
    t = min(1.0, abs(value))
    return mix(neutral, sign_colour(value), t)


def link_fraction(weight: float, max_abs: float) -> float:
    """|w| relative to the largest |w| in the network, in 0..1."""
    if not math.isfinite(weight):
        return 1.0
    return min(1.0, abs(weight) / max_abs) if max_abs > 0 else 0.0


def link_width(weight: float, max_abs: float) -> float:
    return LINK_MIN_WIDTH + (LINK_MAX_WIDTH - LINK_MIN_WIDTH) * link_fraction(weight, max_abs)


def max_abs_weight(network) -> float:
    """The largest finite |w| over all layers (1 when every weight is 0), the scale for link widths."""
    largest = 0.0
    for layer in network.layers:
        if layer.W.size:
            value = float(abs(layer.W).max())
            if math.isfinite(value):
                largest = max(largest, value)
    return largest or 1.0


def format_value(value: float) -> str:
    """A neuron's number as shown inside it: "1", "0.73", "−12.5", short enough to fit."""
    value = float(value)
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return ("" if value > 0 else MINUS) + "\u221e"
    if value == int(value) and abs(value) < 1e5:
        text = str(int(value))
    elif abs(value) < 10:
        text = f"{value:.2f}"
    elif abs(value) < 100:
        text = f"{value:.1f}"
    elif abs(value) < 1e5:
        text = f"{value:.0f}"
    else:
        text = f"{value:.0e}".replace("e+0", "e").replace("e-0", "e-")
    if text.startswith("-"):
        text = MINUS + text[1:]
    return "0" if text in (MINUS + "0.00", MINUS + "0") else text


def format_compact(value: float) -> str:
    """A number inside a formula: at most 3 decimals, no trailing zeros ("0.5", "0.3", "1")."""
    value = float(value)
    if not math.isfinite(value):
        return format_value(value)
    if abs(value) >= 1e5:
        text = f"{value:.3g}"
    else:
        text = f"{value:.3f}".rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace("-", MINUS)


@dataclass(frozen=True)
class CanvasColours:
    """The non-semantic colours of the canvas, taken from a widget palette."""
    background: QColor
    text: QColor
    dim_text: QColor
    outline: QColor
    neutral: QColor       # fill of a neuron whose output is 0
    zero_link: QColor     # a link whose weight is exactly 0 (neither sign)
    selection: QColor     # ring / halo of the selected item: the text colour, so it never clashes with blue/vermillion

    @classmethod
    def from_palette(cls, palette: QPalette) -> "CanvasColours":
        role = QPalette.ColorRole
        background = palette.color(role.Base)
        text = palette.color(role.Text)
        return cls(background=QColor(background), text=QColor(text), dim_text=mix(background, text, 0.68),
                   outline=mix(background, text, 0.55), neutral=mix(background, text, 0.07),
                   zero_link=mix(background, text, 0.35), selection=QColor(text))

    @property
    def is_dark(self) -> bool:
        return luminance(self.background) < 0.4

    def __repr__(self) -> str:
        return f"CanvasColours(background={self.background.name()}, text={self.text.name()})"
