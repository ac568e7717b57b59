"""All links between two large layers, drawn by one item.

Hundreds of thousands of pixels per link add up: Qt's raster engine needs seconds to
stroke 78,400 long antialiased, semi-transparent lines (784 → 100). So a bundle
draws in one of two ways, chosen by its size:

* up to LINE_LIMIT links: precomputed QLineF lists grouped by sign and |w| bucket,
  weak buckets first so strong links end on top, in opaque colours pre-blended
  with the background (alpha blending is what makes the raster engine slow);
* more: a density image computed with NumPy (for each of a hundred-odd columns
  between the layers, a weighted histogram of where the links cross it), coloured
  by the balance of positive and negative |w| and shaded by how much |w| passes,
  with the STRONG_LINES largest |w| drawn as lines on top.

Either way the item caches its rendering in device pixels, so panning only blits,
and it re-renders only when the weights (or the theme) change.
"""
from __future__ import annotations

import time
from operator import itemgetter

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from .items import Z_BUNDLE
from .palette import NEGATIVE_COLOUR, POSITIVE_COLOUR, mix


def _rgb(colour: QColor) -> np.ndarray:
    return np.array([colour.redF(), colour.greenF(), colour.blueF()])


class LinkBundleItem(QGraphicsItem):
    BUCKETS = 6               # |w| levels (relative to the largest |w| in the network)
    LINE_LIMIT = 8000         # above this many links, draw the density image instead of lines
    CHUNKS = 4                # lines of one level are drawn alternating signs in this many runs
    DENSITY_COLUMNS = 128
    DRAFT_COLUMNS = 40        # while training streams weights: a coarser image, aliased lines (a third of the cost)
    DRAFT_SOURCE_GROUPS = 128  # ... and, for more sources than this, nearby sources merged (see _grouped_sources)
    DENSITY_ROWS = 1024
    DENSITY_GAIN = 5.0        # how fast the density shade saturates
    STRONG_LINES = 1500       # a dense bundle draws its strongest links as lines over the density

    def __init__(self, layer: int, sources: np.ndarray, targets: np.ndarray):
        super().__init__()
        self.layer = layer
        self.sources = np.asarray(sources, dtype=float)   # (n, 2) neuron centres of layer `layer`
        self.targets = np.asarray(targets, dtype=float)   # (m, 2) of layer `layer + 1`
        self.dense = self.link_count > self.LINE_LIMIT
        points = np.vstack([self.sources, self.targets])
        low, high = points.min(axis=0), points.max(axis=0)
        self._area = QRectF(low[0], low[1], high[0] - low[0], high[1] - low[1])
        self._rect = self._area.adjusted(-2, -2, 2, 2)
        self._W: np.ndarray | None = None
        self._max_abs = 1.0
        self._background = QColor("#ffffff")
        self._zero = QColor("#808080")
        self._codes = np.zeros(self.link_count, dtype=np.int64)
        self._pens: dict[int, QPen] = {}
        self._groups: list[tuple[QPen, tuple]] | None = None
        self._image: QImage | None = None
        self._draft = False
        self.render_seconds = 0.0   # what the last re-render cost (paces re-renders while training runs)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_BUNDLE)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    # -- geometry ----------------------------------------------------------------
    @property
    def link_count(self) -> int:
        return len(self.sources) * len(self.targets)

    @property
    def shape_size(self) -> tuple[int, int]:
        return len(self.sources), len(self.targets)

    def boundingRect(self) -> QRectF:
        return self._rect

    def line(self, source: int, target: int) -> QLineF:
        (sx, sy), (tx, ty) = self.sources[source], self.targets[target]
        return QLineF(sx, sy, tx, ty)

    def nearest(self, point: QPointF) -> tuple[int, int, float]:
        """(source, target, distance) of the link closest to `point` (vectorised point-to-segment distance)."""
        p = np.array([point.x(), point.y()])
        a = self.sources[:, None, :]                       # (n, 1, 2)
        d = self.targets[None, :, :] - a                   # (n, m, 2)
        length2 = np.maximum((d * d).sum(axis=-1), 1e-12)
        t = np.clip(((p - a) * d).sum(axis=-1) / length2, 0.0, 1.0)
        offset = a + t[..., None] * d - p
        dist2 = (offset * offset).sum(axis=-1)
        k = int(np.argmin(dist2))
        source, target = divmod(k, len(self.targets))
        return source, target, float(np.sqrt(dist2.ravel()[k]))

    # -- weights -------------------------------------------------------------------
    def set_weights(self, W: np.ndarray, max_abs: float, background: QColor, zero_colour: QColor,
                    draft: bool = False) -> None:
        """Take new weights; re-renders (invalidates the cache) only if something visible changed.

        `draft` (while training runs) renders a cheaper, coarser picture; the next full-quality
        call re-renders even if the weights stayed the same.
        """
        W = np.asarray(W, dtype=float)
        if (self._W is not None and np.array_equal(W, self._W) and max_abs == self._max_abs
                and background == self._background and zero_colour == self._zero and draft == self._draft):
            return
        self._W, self._max_abs, self._draft = W.copy(), max_abs, draft
        self._background, self._zero = QColor(background), QColor(zero_colour)
        flat = self._W.ravel()
        with np.errstate(invalid="ignore", divide="ignore"):
            fraction = np.nan_to_num(np.abs(flat) / max_abs, nan=1.0, posinf=1.0)
        level = np.minimum(self.BUCKETS - 1, (np.clip(fraction, 0, 1) * self.BUCKETS).astype(np.int64))
        sign = np.where(flat > 0, 1, np.where(flat < 0, 2, 0))
        self._codes = level * 3 + sign
        self._pens = {}
        self._groups = None   # rebuilt lazily, on the next paint
        self._image = None
        self.update()

    @property
    def shown_weights(self) -> np.ndarray | None:
        """The weights the bundle draws (a copy taken by set_weights)."""
        return self._W

    def pen_for(self, source: int, target: int) -> QPen:
        """The pen link (source → target) is drawn with (in the line mode; the halo uses it in both)."""
        return self._pen(int(self._codes[source * len(self.targets) + target]))

    def _pen(self, code: int) -> QPen:
        if code not in self._pens:
            level, sign = divmod(code, 3)
            hue = (self._zero, POSITIVE_COLOUR, NEGATIVE_COLOUR)[sign]
            strength = (level + 1) / self.BUCKETS
            pen = QPen(mix(self._background, hue, 0.12 + 0.88 * strength ** 2))  # weak links recede
            pen.setCosmetic(True)   # pixels: a fan of links stays a fan of thin lines at every zoom
            pen.setWidthF(0.75 + 0.5 * level)
            self._pens[code] = pen
        return self._pens[code]

    # -- lines -------------------------------------------------------------------------
    def _drawn_links(self) -> np.ndarray:
        """Flat indices of the links drawn as lines: all of them, or (dense) only the strongest."""
        if not self.dense:
            return np.arange(self.link_count)
        strength = np.nan_to_num(np.abs(self._W.ravel()), nan=np.inf)
        return np.argpartition(strength, -self.STRONG_LINES)[-self.STRONG_LINES:]

    def _build_groups(self) -> list[tuple[QPen, tuple]]:
        index = self._drawn_links()
        m = len(self.targets)
        sources, targets = self.sources[index // m], self.targets[index % m]
        lines = [QLineF(sx, sy, tx, ty) for (sx, sy), (tx, ty) in zip(sources.tolist(), targets.tolist())]
        codes = self._codes[index]
        groups = []
        for level in range(self.BUCKETS):
            runs = []
            for sign in (0, 1, 2):
                members = np.flatnonzero(codes == level * 3 + sign)
                if len(members):
                    runs.append((level * 3 + sign, np.array_split(members, min(self.CHUNKS, len(members)))))
            # Alternate signs within a level, so neither colour always ends on top.
            for chunk in range(self.CHUNKS):
                for code, chunks in runs:
                    if chunk < len(chunks) and len(chunks[chunk]):
                        picked = itemgetter(*chunks[chunk].tolist())(lines)
                        groups.append((self._pen(code), picked if isinstance(picked, tuple) else (picked,)))
        return groups

    # -- density mode ------------------------------------------------------------------
    def _density(self) -> tuple[np.ndarray, np.ndarray]:
        """(positive, negative) summed |w|/max|w| per (row, column) cell of the area between the layers."""
        columns, rows = self.DRAFT_COLUMNS if self._draft else self.DENSITY_COLUMNS, self.DENSITY_ROWS
        top, height = self._area.top(), max(self._area.height(), 1e-9)
        scale = rows / height
        a = ((self.sources[:, 1] - top) * scale).astype(np.float32)
        b = ((self.targets[:, 1] - top) * scale).astype(np.float32)
        flat = np.nan_to_num(self._W.ravel() / self._max_abs, nan=1.0, posinf=1.0, neginf=-1.0)
        weight = np.minimum(np.abs(flat), 1.0)
        offset = np.where(flat < 0, rows, 0).astype(np.int64)   # negatives histogrammed in the upper half
        if self._draft and len(a) > self.DRAFT_SOURCE_GROUPS:
            a, b, weight, offset = self._grouped_sources(a, b, weight, offset, rows)
        else:
            a, b = np.repeat(a, len(b)), np.tile(b, len(a))
        out = np.empty((columns, 2 * rows))
        for c in range(columns):
            u = np.float32((c + 0.5) / columns)
            row = (a * (1 - u) + b * u).astype(np.int64)
            np.clip(row, 0, rows - 1, out=row)
            row += offset
            out[c] = np.bincount(row, weights=weight, minlength=2 * rows)
        return out[:, :rows].T, out[:, rows:].T

    def _grouped_sources(self, a, b, weight, offset, rows):
        """Draft: neighbouring sources merged into DRAFT_SOURCE_GROUPS bands, their links summed per target
        and sign (6× fewer segments for 784 inputs; a band is under 1 % of the height, so it looks the same)."""
        groups, m = self.DRAFT_SOURCE_GROUPS, len(b)
        band = np.minimum((a * (groups / rows)).astype(np.int64), groups - 1)
        centre = np.bincount(band, weights=a, minlength=groups) / np.maximum(np.bincount(band, minlength=groups), 1)
        pair = np.repeat(band, m) * m + np.tile(np.arange(m), len(a))
        negative = offset > 0
        summed = np.concatenate([np.bincount(pair[~negative], weights=weight[~negative], minlength=groups * m),
                                 np.bincount(pair[negative], weights=weight[negative], minlength=groups * m)])
        keep = np.flatnonzero(summed)                       # empty bands and signs add nothing
        half = keep >= groups * m
        within = keep % (groups * m)
        return (np.repeat(centre, m)[within].astype(np.float32), np.tile(b, groups)[within], summed[keep],
                np.where(half, rows, 0).astype(np.int64))

    def _render_image(self) -> QImage:
        positive, negative = self._density()
        total = positive + negative
        # Lines crossing one cell on average: the shade is how much |w| passes relative to
        # that many links of the largest |w|, so it saturates only where links are strong.
        per_cell = self.link_count / self.DENSITY_ROWS
        ink = 1.0 - np.exp(-self.DENSITY_GAIN * total / per_cell)
        balance = np.divide(positive - negative, total, out=np.zeros_like(total), where=total > 0)
        t = ((balance + 1.0) / 2.0)[..., None]
        hue = _rgb(NEGATIVE_COLOUR) * (1 - t) + _rgb(POSITIVE_COLOUR) * t
        alpha = (0.92 * ink)[..., None]
        rgb = _rgb(self._background) * (1 - alpha) + hue * alpha
        pixels = np.empty(rgb.shape[:2] + (4,), dtype=np.uint8)
        pixels[..., 0] = np.round(rgb[..., 2] * 255)   # QImage.Format_RGB32 is B, G, R, A in memory
        pixels[..., 1] = np.round(rgb[..., 1] * 255)
        pixels[..., 2] = np.round(rgb[..., 0] * 255)
        pixels[..., 3] = 255
        height, width = pixels.shape[:2]
        return QImage(pixels.data, width, height, 4 * width, QImage.Format.Format_RGB32).copy()

    # -- painting ----------------------------------------------------------------------
    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self._W is None:
            return
        start = time.perf_counter() if self._groups is None else None
        if self.dense:
            if self._image is None:
                self._image = self._render_image()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self._area, self._image)
        if self._groups is None:
            self._groups = self._build_groups()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, not self._draft)
        for pen, lines in self._groups:
            painter.setPen(pen)
            painter.drawLines(lines)
        if start is not None:
            self.render_seconds = time.perf_counter() - start

    def __repr__(self) -> str:
        n, m = self.shape_size
        mode = "density" if self.dense else "lines"
        return f"LinkBundleItem(layer {self.layer}: {n}\u00d7{m} = {self.link_count} links, {mode})"
