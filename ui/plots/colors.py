"""Colours for the plots: class colours, colour maps and palette helpers.

Classes use the Okabe–Ito palette, which stays distinguishable with every common
form of colour blindness. Maps work on float RGB arrays in [0, 1] so a whole
heatmap is coloured with a few NumPy calls (no per-pixel Python).
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QPalette

from ..widgets import NEGATIVE, POSITIVE

# Okabe–Ito, in the order classes take them: class 0 blue, class 1 vermillion, ...
# Class 1 is blue and class 0 vermillion, as on the canvas, where an output of 1 (or +1) is blue:
# a sigmoid output near 1 then looks the same in the network and in its decision region.
CLASS_COLOURS = ("#D55E00", "#0072B2", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000")
TRAIN_COLOUR = "#009E73"          # loss/accuracy curves: train solid bluish green ...
TEST_COLOUR = "#CC79A7"           # ... test dashed reddish purple (not the weight-sign colours)
# How far a certain region moves from the background toward its class colour. Below 1 so
# the data points (full colour) always stand out against the region they lie in.
MAX_INTENSITY = 0.75
LUT_SIZE = 256


def class_colour(index: int) -> QColor:
    """Colour of class `index`; beyond the 8 Okabe–Ito colours, evenly spaced hues."""
    if index < len(CLASS_COLOURS):
        return QColor(CLASS_COLOURS[index])
    return pg.intColor(index - len(CLASS_COLOURS), hues=9, values=1, minValue=180)


def rgb(colour) -> np.ndarray:
    """A colour (QColor or '#rrggbb') as float RGB in [0, 1]."""
    c = QColor(colour)
    return np.array([c.redF(), c.greenF(), c.blueF()])


def class_rgb(n_classes: int) -> np.ndarray:
    """(n_classes, 3) float RGB, one row per class."""
    return np.array([rgb(class_colour(i)) for i in range(n_classes)]).reshape(-1, 3)


def background(widget) -> QColor:
    """The plot background: the palette's Base colour (white in light themes, dark in dark ones)."""
    return widget.palette().color(QPalette.ColorRole.Base)


def text_colour(widget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.Text)


def blend_classes(probabilities: np.ndarray, colours: np.ndarray, bg: np.ndarray, out: np.ndarray) -> np.ndarray:
    """Colour each row of class probabilities (N, K) into `out` (N, 3), floats in [0, 1].

    The hue is the probability-weighted mix of the class colours; the intensity is the
    confidence (max probability, rescaled so a uniform guess is 0), so unsure regions fade
    into the background and the decision boundary shows as a pale seam.
    """
    k = probabilities.shape[1]
    np.matmul(probabilities, colours, out=out)
    # Column by column: NumPy's max(axis=1) over a few columns is ~30x slower than this.
    confidence = probabilities[:, 0].copy()
    for column in range(1, k):
        np.maximum(confidence, probabilities[:, column], out=confidence)
    if k > 1:
        confidence = (confidence - 1.0 / k) * (k / (k - 1.0))
    np.clip(confidence, 0.0, 1.0, out=confidence)
    confidence *= MAX_INTENSITY
    out -= bg
    out *= confidence[:, None]
    out += bg
    return out


def lut_index(values: np.ndarray, low: float, high: float) -> np.ndarray:
    """Positions 0..LUT_SIZE-1 of `values` on [low, high] (clipped; NaN maps to the middle)."""
    span = high - low if high > low else 1.0
    scaled = (values - low) * ((LUT_SIZE - 1) / span)
    np.nan_to_num(scaled, copy=False, nan=(LUT_SIZE - 1) / 2)
    np.clip(scaled, 0, LUT_SIZE - 1, out=scaled)
    return scaled.astype(np.intp)


def _faded(bg: QColor, colour) -> QColor:
    """`colour` moved MAX_INTENSITY of the way from the background, so full-colour points stay visible on it."""
    return QColor.fromRgbF(*(rgb(bg) + MAX_INTENSITY * (rgb(colour) - rgb(bg))))


def diverging_map(bg: QColor) -> pg.ColorMap:
    """Vermillion (negative side) → background → blue (positive side), the sign colours."""
    return pg.ColorMap([0.0, 0.5, 1.0], [_faded(bg, NEGATIVE), QColor(bg), _faded(bg, POSITIVE)])


def sequential_map(bg: QColor, colour) -> pg.ColorMap:
    """Background → `colour`, for a value that is only ever ≥ 0 (e.g. one class's probability)."""
    return pg.ColorMap([0.0, 1.0], [QColor(bg), _faded(bg, colour)])


def regression_map() -> pg.ColorMap:
    """Cividis: sequential, perceptually even and readable with colour-vision deficiencies."""
    return pg.colormap.get("cividis")


def lut_of(cmap: pg.ColorMap) -> np.ndarray:
    """(LUT_SIZE, 3) float RGB table of a colour map."""
    return cmap.getLookupTable(0.0, 1.0, LUT_SIZE, alpha=False).astype(float) / 255.0


def html_swatch(colour, symbol: str = "●") -> str:
    """A coloured symbol for rich-text legends in QLabels."""
    return f'<span style="color:{QColor(colour).name()}">{symbol}</span>'
