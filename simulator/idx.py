"""MNIST-style IDX files: a small binary header, then one big array.

    data = idx.load("train-images-idx3-ubyte.gz")   # labels found beside it by MNIST's naming

Only regular files are read (gzip decompressed as it streams, with a cap); the
header's dimensions are checked against the cap before the data is read, and every
failure is a DatasetError naming the file.
"""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np

from . import datafiles
from .datafiles import DatasetError, StrPath, open_data, reading
from .datasets import CLASSIFICATION, Dataset
from .text import Text

# Type byte of the IDX magic number -> big-endian NumPy dtype.
_TYPES = {0x08: ">u1", 0x09: ">i1", 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}


@reading
def read(path: Path) -> np.ndarray:
    """The array an IDX file holds (big-endian dtype as stored)."""
    fname = path.name
    with open_data(path) as stream:
        head = stream.read(4)
        if len(head) < 4:
            raise DatasetError(Text("{file}: too short to be an IDX file ({size} bytes)", file=fname, size=len(head)))
        if head[0] != 0 or head[1] != 0 or head[2] not in _TYPES or head[3] == 0:
            raise DatasetError(Text("{file}: not an IDX file (bad magic number 0x{magic}; expected 0x0000 followed "
                                    "by a type byte and a dimension count)", file=fname, magic=head.hex()))
        ndim = head[3]
        sizes = stream.read(4 * ndim)
        if len(sizes) < 4 * ndim:
            raise DatasetError(Text("{file}: the header promises {ndim} dimensions but the file ends first",
                                    file=fname, ndim=ndim))
        dims = tuple(int(d) for d in np.frombuffer(sizes, dtype=">u4"))
        dtype = np.dtype(_TYPES[head[2]])
        expected = math.prod(dims) * dtype.itemsize
        if expected > datafiles.MAX_DATA_BYTES:
            raise DatasetError(Text("{file}: dimensions {dims} need {size:,.0f} MB; Synaptica reads at most {limit} MB "
                                    "from one data file", file=fname, dims="x".join(map(str, dims)),
                                    size=expected / 2 ** 20, limit=datafiles.MAX_DATA_BYTES // 2 ** 20))
        data = stream.read(expected)
        extra = len(stream.read(1))
    if len(data) != expected or extra:
        shape = "x".join(map(str, dims))
        raise DatasetError(Text("{file}: dimensions {dims} need {expected} bytes of data, found more than {expected}",
                                file=fname, dims=shape, expected=expected) if extra else
                           Text("{file}: dimensions {dims} need {expected} bytes of data, found {found}",
                                file=fname, dims=shape, expected=expected, found=len(data)))
    return np.frombuffer(data, dtype=dtype).reshape(dims)


def guess_labels_path(images: Path) -> Path | None:
    # MNIST's own naming: train-images-idx3-ubyte[.gz] <-> train-labels-idx1-ubyte[.gz].
    for a, b in (("images-idx3", "labels-idx1"), ("images.idx3", "labels.idx1"), ("images", "labels")):
        if a in images.name:
            candidate = images.with_name(images.name.replace(a, b))
            if candidate.exists():
                return candidate
    return None


@reading
def load(images_path: StrPath, labels_path: StrPath | None = None) -> Dataset:
    """Read MNIST-style IDX files: images (n, rows, cols) or (n, d) and labels (n,).

    Unsigned-byte pixels are scaled to [0, 1] (divided by 255); other types are kept as
    they are. Images are flattened row by row. Without `labels_path`, the labels file is
    looked for beside the images under MNIST's naming (`...-labels-idx1-ubyte`).
    Classes are the distinct labels in sorted order (named by their values).
    """
    images_path = Path(images_path)
    images = read(images_path)
    if images.ndim not in (2, 3):
        raise DatasetError(Text("{file}: expected images of shape (n, rows, cols) or (n, d), got {ndim} "
                                "dimension(s) {shape}", file=images_path.name, ndim=images.ndim,
                                shape=str(images.shape)))
    if images.shape[0] == 0 or images[0].size == 0:
        raise DatasetError(Text("{file}: holds no images (shape {shape})", file=images_path.name,
                                shape="x".join(map(str, images.shape))))
    if labels_path is None:
        labels_path = guess_labels_path(images_path)
        if labels_path is None:
            raise DatasetError(Text("{file}: no labels file given and none found beside it (expected a name like "
                                    "'train-labels-idx1-ubyte'); pass labels_path", file=images_path.name))
    labels_path = Path(labels_path)
    labels = read(labels_path)
    if labels.ndim != 1:
        raise DatasetError(Text("{file}: expected one label per image (1 dimension), got shape {shape}",
                                file=labels_path.name, shape=str(labels.shape)))
    if labels.shape[0] != images.shape[0]:
        raise DatasetError(Text("{labels_file} has {labels} labels but {images_file} has {images} images",
                                labels_file=labels_path.name, labels=labels.shape[0], images_file=images_path.name,
                                images=images.shape[0]))
    if not np.issubdtype(labels.dtype, np.integer):
        raise DatasetError(Text("{file}: labels must be integers, got {dtype}", file=labels_path.name,
                                dtype=str(labels.dtype)))
    try:
        X = images.reshape(images.shape[0], -1).astype(np.float64)
    except MemoryError:
        raise DatasetError(Text("{file}: not enough memory for {count:,} pixels", file=images_path.name,
                                count=images.size)) from None
    if images.dtype == np.uint8:
        X /= 255.0
    if not np.all(np.isfinite(X)):
        raise DatasetError(Text("{file}: the pixel data contains NaN or infinite values", file=images_path.name))
    classes, y = np.unique(labels, return_inverse=True)
    return Dataset(name=_stem(images_path), X=X, y=y.astype(np.int64), task=CLASSIFICATION,
                   class_names=tuple(str(int(c)) for c in classes),
                   image_shape=tuple(images.shape[1:]) if images.ndim == 3 else None,
                   description=Text("IDX images from {images} with labels from {labels}.", images=images_path.name,
                                    labels=labels_path.name))


def _stem(path: Path) -> str:
    name = path.name
    return name[:-3] if name.lower().endswith(".gz") else name
