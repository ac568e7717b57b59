"""Turn pen strokes into a network's input image, prepared the way its training data was.

A stroke is a sequence of (x, y) points in any units, x to the right and y downwards (as on a
drawing pad). `digit_image(strokes, shape)` returns values in [0, 1]:

- (8, 8), the bundled UCI digits: the strokes are scaled (aspect kept) so their larger side fills a
  32×32 field, centred, drawn as a binary bitmap with a pen 5 px wide, and each 4×4 block is
  counted (0..16) and divided by 16 — the preprocessing of the UCI "optdigits" set, which
  `datasets.load_digits` also scales to [0, 1].
- (28, 28), MNIST: scaled so the larger side fits a 20×20 box (anti-aliased grey, 4× supersampled),
  then placed in 28×28 with its centre of mass in the middle, as LeCun et al. prepared MNIST.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

Stroke = Sequence[tuple[float, float]] | np.ndarray    # points as pairs, or an (n, 2) array
SHAPES = {64: (8, 8), 784: (28, 28)}

UCI_FIELD, UCI_BLOCK, UCI_PEN = 32, 4, 2.5          # field size, block size, pen radius (px)
MNIST_BOX, MNIST_SIZE, MNIST_PEN, SUPERSAMPLE = 20, 28, 1.2, 4


def shape_for_inputs(n_inputs: int) -> tuple[int, int] | None:
    """The image a network with `n_inputs` inputs reads: (8, 8) for 64, (28, 28) for 784, else None."""
    return SHAPES.get(int(n_inputs))


def _points(strokes: Sequence[Stroke]) -> list[np.ndarray]:
    out = []
    for i, stroke in enumerate(strokes):
        pts = np.asarray(stroke, dtype=float).reshape(-1, 2) if len(stroke) else np.zeros((0, 2))
        if not np.all(np.isfinite(pts)):
            raise ValueError(f"stroke {i + 1}: points must be finite numbers")
        if len(pts):
            out.append(pts)
    return out


def ink(strokes: Sequence[Stroke], size: int, radius: float) -> np.ndarray:
    """(size, size) coverage: 1 where a pixel's centre lies within `radius` of a stroke, else 0.

    Points are in pixel units (0..size); rows are y, columns x.
    """
    centres = np.arange(size) + 0.5
    px, py = [c.ravel() for c in np.meshgrid(centres, centres)]   # pixel (r, c) at x = c + 0.5, y = r + 0.5
    covered: np.ndarray = np.zeros(size * size, dtype=bool)
    segments = [np.stack([pts[:-1], pts[1:]], axis=1) if len(pts) > 1 else np.stack([pts, pts], axis=1)
                for pts in _points(strokes)]
    if segments:
        all_segments = np.concatenate(segments)                     # (S, 2 ends, 2 coordinates)
        for chunk in np.array_split(all_segments, max(1, len(all_segments) // 64)):
            a, d = chunk[:, 0, :], chunk[:, 1, :] - chunk[:, 0, :]   # start and direction, (s, 2)
            length2 = np.einsum("ij,ij->i", d, d)[:, None]
            ax, ay = a[:, :1], a[:, 1:]
            t = ((px - ax) * d[:, :1] + (py - ay) * d[:, 1:])
            t = np.clip(np.divide(t, length2, out=np.zeros_like(t), where=length2 > 0), 0.0, 1.0)
            dist2 = (px - ax - t * d[:, :1]) ** 2 + (py - ay - t * d[:, 1:]) ** 2
            covered |= (dist2 < radius ** 2).any(axis=0)
    covered = covered.reshape(size, size)
    return covered.astype(float)


def _fit(strokes: list[np.ndarray], low: float, high: float) -> list[np.ndarray]:
    """Scale and shift all strokes together (aspect kept) so their larger side spans low..high, centred."""
    allpts = np.concatenate(strokes)
    lo, hi = allpts.min(axis=0), allpts.max(axis=0)
    extent = float((hi - lo).max())
    scale = 0.0 if extent == 0 else (high - low) / extent
    middle = (low + high) / 2
    return [(pts - (lo + hi) / 2) * scale + middle for pts in strokes]


def digit_image(strokes: Sequence[Stroke], shape: Sequence[int] = (8, 8)) -> np.ndarray:
    """The strokes as an input image of `shape`, values in [0, 1] (all zeros when nothing is drawn)."""
    shape = tuple(shape)
    pts = _points(strokes)
    if shape == (8, 8):
        if not pts:
            return np.zeros(shape)
        bitmap = ink(_fit(pts, UCI_PEN, UCI_FIELD - UCI_PEN), UCI_FIELD, UCI_PEN)
        n = UCI_FIELD // UCI_BLOCK
        counts = bitmap.reshape(n, UCI_BLOCK, n, UCI_BLOCK).sum(axis=(1, 3))
        return counts / (UCI_BLOCK * UCI_BLOCK)
    if shape == (28, 28):
        if not pts:
            return np.zeros(shape)
        fine = MNIST_BOX * SUPERSAMPLE
        pen = MNIST_PEN * SUPERSAMPLE
        grey = ink(_fit(pts, pen, fine - pen), fine, pen)
        grey = grey.reshape(MNIST_BOX, SUPERSAMPLE, MNIST_BOX, SUPERSAMPLE).mean(axis=(1, 3))
        return _centre_of_mass_in(grey, MNIST_SIZE)
    raise ValueError(f"digit_image: shape must be (8, 8) or (28, 28), got {shape}")


def _centre_of_mass_in(box: np.ndarray, size: int) -> np.ndarray:
    """Place `box` in a size×size image so its centre of mass sits at the image centre (whole pixels)."""
    total = box.sum()
    rows, cols = np.indices(box.shape)
    cy = (rows * box).sum() / total + 0.5 if total else box.shape[0] / 2
    cx = (cols * box).sum() / total + 0.5 if total else box.shape[1] / 2
    top = int(round(size / 2 - cy))
    left = int(round(size / 2 - cx))
    top = min(max(top, 0), size - box.shape[0])        # never push ink off the image
    left = min(max(left, 0), size - box.shape[1])
    out = np.zeros((size, size))
    out[top:top + box.shape[0], left:left + box.shape[1]] = box
    return out
