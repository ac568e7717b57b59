"""Datasets to train on: toy 2-D generators, logic gates, bundled classics and file import.

Everything here is NumPy only. A `Dataset` is an immutable bundle of a feature
matrix, labels or targets and the metadata the UI shows.

Naming (what `make(name)` accepts, listed in `NAMES`):

- `"circle"`, `"xor"`, `"gauss"`, `"spiral"`, `"moons"` -- 2-D point clouds of two
  classes (`GENERATED`), in the style of TensorFlow Playground.
- `"sin"` -- 1-D regression, y = sin(x) on [-pi, pi].
- `"iris"`, `"digits"` -- bundled under `assets/datasets/`.
- `"gate:and"`, `"gate:or"`, `"gate:nand"`, `"gate:nor"`, `"gate:xor"` -- logic-gate truth
  tables. The `gate:` prefix keeps the XOR *truth table* apart from the XOR *point
  cloud* `"xor"`. A suffix picks the number of inputs: `"gate:xor:3"` is 3-bit parity.
  `gate("xor", 3)` is the same thing called directly.

Every random draw comes from `np.random.default_rng(seed)`, so the same arguments
always give identical arrays.
"""
from __future__ import annotations

import dataclasses
import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from . import assets
from .datafiles import DatasetError, StrPath
from .text import Text

CLASSIFICATION = "classification"
REGRESSION = "regression"
TASKS = (CLASSIFICATION, REGRESSION)

GENERATED = ("circle", "xor", "gauss", "spiral", "moons")
GATES = ("and", "or", "nand", "nor", "xor")
GATE_PREFIX = "gate:"
BUNDLED = ("iris", "digits")
NAMES = GENERATED + ("sin",) + BUNDLED + tuple(GATE_PREFIX + g for g in GATES)

DESCRIPTIONS = {
    "circle": Text("Two classes in 2-D: an inner disc (class 1) inside an outer ring (class 0)."),
    "xor": Text("Two classes in 2-D: class 1 where x1 and x2 have opposite signs (the XOR of x1 > 0 and x2 > 0)."),
    "gauss": Text("Two classes in 2-D: Gaussian blobs around (-0.4, -0.4) (class 0) and (0.4, 0.4) (class 1)."),
    "spiral": Text("Two classes in 2-D: two interleaved spiral arms, as in TensorFlow Playground."),
    "moons": Text("Two classes in 2-D: two interleaving half circles (class 0 on top)."),
    "sin": Text("Regression in 1-D: y = sin(x) for x evenly spaced on [-pi, pi]."),
    "iris": Text("Iris flowers (Fisher, 1936): 150 samples, 4 measurements in cm, 3 species; UCI via scikit-learn."),
    "digits": Text("Handwritten digits (Alpaydin & Kaynak, 1998): 1797 8x8 images scaled to [0, 1], 10 classes; "
                   "UCI via scikit-learn."),
    "gate:and": Text("AND truth table: output 1 only when every input is 1."),
    "gate:or": Text("OR truth table: output 1 when any input is 1."),
    "gate:nand": Text("NAND truth table: output 0 only when every input is 1."),
    "gate:nor": Text("NOR truth table: output 1 only when every input is 0."),
    "gate:xor": Text("XOR truth table (parity for more than 2 inputs): output 1 when an odd number of inputs is 1."),
}
# A 2-D set the learner drew; its points live in the dataset settings (see from_points), so it is
# not one of NAMES (make() cannot build it from a name alone).
DRAWN = "drawn"
DRAWN_DESCRIPTION = Text("Points you drew in 2-D, one class per colour (saved in the network file).")

_GATE_RULES = {
    "and": lambda bits: bits.all(axis=1),
    "or": lambda bits: bits.any(axis=1),
    "nand": lambda bits: ~bits.all(axis=1),
    "nor": lambda bits: ~bits.any(axis=1),
    "xor": lambda bits: bits.sum(axis=1) % 2 == 1,
}


@dataclass(frozen=True, eq=False, repr=False)
class Dataset:
    """Features X (n, d) with class indices y (n,) or regression targets y (n, m)."""

    name: str
    X: np.ndarray
    y: np.ndarray
    task: str
    class_names: tuple[str, ...] = ()
    feature_names: tuple[str, ...] = ()
    image_shape: tuple[int, int] | None = None
    description: str = ""

    def __post_init__(self) -> None:
        # Validate once here so every consumer (trainer, plots) can trust the shapes.
        if self.task not in TASKS:
            raise DatasetError(f"dataset {self.name!r}: task must be one of {TASKS}, got {self.task!r}")
        X = np.asarray(self.X, dtype=np.float64)
        if X.ndim != 2:
            raise DatasetError(f"dataset {self.name!r}: X must be 2-D (samples, features), got shape {X.shape}")
        n, d = X.shape
        if self.task == CLASSIFICATION:
            y = np.asarray(self.y)
            if y.dtype.kind not in "biuf":
                raise DatasetError(f"dataset {self.name!r}: class labels must be integers, got {y.dtype}")
            if y.ndim != 1 or y.shape[0] != n:
                raise DatasetError(f"dataset {self.name!r}: classification labels must have shape ({n},), "
                                   f"got {y.shape}")
            if y.size and not np.all(np.equal(np.mod(y, 1), 0)):
                raise DatasetError(f"dataset {self.name!r}: class labels must be whole numbers")
            y = y.astype(np.int64)
            names = tuple(str(c) for c in self.class_names)
            if not names:
                names = tuple(str(i) for i in range(int(y.max()) + 1 if y.size else 0))
            if y.size and (y.min() < 0 or y.max() >= len(names)):
                raise DatasetError(f"dataset {self.name!r}: class labels must lie in 0..{len(names) - 1}, "
                                   f"got {y.min()}..{y.max()}")
        else:
            y = np.asarray(self.y, dtype=np.float64)
            if y.ndim == 1:
                y = y.reshape(-1, 1)
            if y.ndim != 2 or y.shape[0] != n:
                raise DatasetError(f"dataset {self.name!r}: regression targets must have shape ({n}, m), "
                                   f"got {y.shape}")
            if self.class_names:
                raise DatasetError(f"dataset {self.name!r}: a regression dataset has no class names")
            names = ()
        features = tuple(str(f) for f in self.feature_names) or tuple(f"x{i + 1}" for i in range(d))
        if len(features) != d:
            raise DatasetError(f"dataset {self.name!r}: {len(features)} feature names for {d} features")
        shape = None if self.image_shape is None else tuple(int(s) for s in self.image_shape)
        if shape is not None and (len(shape) != 2 or shape[0] * shape[1] != d):
            raise DatasetError(f"dataset {self.name!r}: image shape {shape} does not hold {d} features")
        for field, value in (("X", X), ("y", y), ("class_names", names), ("feature_names", features),
                             ("image_shape", shape)):
            object.__setattr__(self, field, value)

    @property
    def n_samples(self) -> int:
        return self.X.shape[0]

    @property
    def n_features(self) -> int:
        return self.X.shape[1]

    @property
    def n_classes(self) -> int:
        """Number of classes; 0 for regression."""
        return len(self.class_names)

    @property
    def n_targets(self) -> int:
        """Target columns a network must output: 1 per regression target, else the class count."""
        return self.y.shape[1] if self.task == REGRESSION else self.n_classes

    def targets(self, n_outputs: int) -> np.ndarray:
        """Float targets T (n, n_outputs) matching a network with `n_outputs` outputs.

        Two classes and one output give a 0/1 column (for sigmoid + binary
        cross-entropy); as many outputs as classes give one-hot rows (softmax).
        """
        n_outputs = int(n_outputs)
        if self.task == REGRESSION:
            m = self.y.shape[1]
            if n_outputs != m:
                raise ValueError(Text("dataset {name!r} has {targets}; the network has {outputs}", name=self.name,
                                      targets=Text("1 target column") if m == 1 else
                                      Text("{n} target columns", n=m), outputs=_outputs(n_outputs)))
            return self.y.copy()
        k = self.n_classes
        if n_outputs == 1 and k == 2:
            return self.y.astype(np.float64).reshape(-1, 1)
        if n_outputs == k:
            return np.eye(k)[self.y]
        if k == 2:
            raise ValueError(Text("dataset {name!r} has 2 classes; the network has {outputs} (use 1 output or 2)",
                                  name=self.name, outputs=_outputs(n_outputs)))
        raise ValueError(Text("dataset {name!r} has {k} classes; the network has {outputs} (use {k} outputs, one "
                              "per class)", name=self.name, k=k, outputs=_outputs(n_outputs)))

    def subset(self, indices: ArrayLike) -> Dataset:
        """The rows picked by `indices` (integer positions or a boolean mask), same metadata."""
        idx = np.asarray(indices)
        if idx.size == 0:
            idx = np.zeros(0, dtype=np.intp)
        elif idx.dtype == bool:
            if idx.shape != (self.n_samples,):
                raise ValueError(f"a boolean mask for dataset {self.name!r} needs {self.n_samples} entries, "
                                 f"got {idx.shape}")
        elif not np.issubdtype(idx.dtype, np.integer):
            raise ValueError(f"subset indices must be integers or a boolean mask, got {idx.dtype}")
        return dataclasses.replace(self, X=self.X[idx], y=self.y[idx])

    def split(self, test_fraction: float, seed: int) -> tuple[Dataset, Dataset]:
        """Shuffle and split into (train, test); classification keeps each class's share in both.

        Each class (or the whole set, for regression) sends round(count * test_fraction)
        rows to the test set but always keeps at least one row for training.
        """
        test_fraction = float(test_fraction)
        if not 0.0 <= test_fraction < 1.0:
            raise ValueError(f"test_fraction must be in [0, 1), got {test_fraction}")
        if test_fraction == 0.0:
            return self, self.subset([])
        rng = np.random.default_rng(seed)
        groups = ([np.flatnonzero(self.y == c) for c in range(self.n_classes)]
                  if self.task == CLASSIFICATION else [np.arange(self.n_samples)])
        train, test = [], []
        for members in groups:
            if members.size == 0:
                continue
            members = rng.permutation(members)
            n_test = min(math.floor(members.size * test_fraction + 0.5), members.size - 1)
            test.append(members[:n_test])
            train.append(members[n_test:])
        # Shuffle across classes too, so neither part comes sorted by class.
        train_idx = rng.permutation(np.concatenate(train)) if train else np.zeros(0, np.intp)
        test_idx = rng.permutation(np.concatenate(test)) if test else np.zeros(0, np.intp)
        return self.subset(train_idx), self.subset(test_idx)

    def __repr__(self) -> str:
        kind = (f"{self.n_classes} classes" if self.task == CLASSIFICATION
                else _plural(self.y.shape[1], "target"))
        return f"Dataset({self.name!r}, {self.task}, {self.n_samples}x{self.n_features}, {kind})"


def _outputs(n: int) -> Text:
    return Text("1 output") if n == 1 else Text("{n} outputs", n=n)


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else (plural or word + 's')}"


# --------------------------------------------------------------------------- make()

def make(name: str, samples: int = 200, noise: float = 0.0, seed: int = 0) -> Dataset:
    """Build any named dataset (see `NAMES`). `samples`, `noise` and `seed` are ignored
    where they make no sense (gates, bundled data)."""
    key = str(name).strip().lower()
    if key.startswith(GATE_PREFIX):
        gate_name, _, arity = key[len(GATE_PREFIX):].partition(":")
        if arity and not arity.isdigit():
            raise DatasetError(Text("dataset {name!r}: the number of gate inputs must be a whole number", name=name))
        return gate(gate_name, int(arity) if arity else 2)
    if key == "iris":
        return load_iris()
    if key == "digits":
        return load_digits()
    if key not in GENERATED and key != "sin":
        raise DatasetError(Text("unknown dataset {name!r}; choose one of: {names}", name=name, names=", ".join(NAMES)))
    samples, noise = _check_sampling(samples, noise)
    rng = np.random.default_rng(seed)
    if key == "sin":
        return _sin(samples, noise, rng)
    n0 = samples - samples // 2  # class 0 takes the odd sample, so the total is exactly `samples`
    n1 = samples // 2
    points, labels = _GENERATORS[key](n0, n1, rng)
    # The noise is drawn even when it is zero, so only its scale differs between noise levels:
    # the same seed then gives the same clean points with or without noise.
    with np.errstate(over="ignore", invalid="ignore"):  # absurd noise overflows; training reports it as a data problem
        points = points + noise * rng.standard_normal(points.shape)
    order = rng.permutation(samples)
    return Dataset(name=key, X=points[order], y=labels[order], task=CLASSIFICATION, class_names=("0", "1"),
                   feature_names=("x1", "x2"), description=DESCRIPTIONS[key])


def _check_sampling(samples: int, noise: float) -> tuple[int, float]:
    if isinstance(samples, bool) or int(samples) != samples or samples < 2:
        raise DatasetError(Text("samples must be a whole number of at least 2, got {samples!r}", samples=samples))
    noise = float(noise)
    if not (math.isfinite(noise) and noise >= 0):
        raise DatasetError(Text("noise must be a finite number >= 0, got {noise!r}", noise=noise))
    return int(samples), noise


def _two_classes(class0: np.ndarray, class1: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    labels = np.concatenate([np.zeros(len(class0), np.int64), np.ones(len(class1), np.int64)])
    return np.vstack([class0, class1]), labels


def _polar(radius: np.ndarray, angle: np.ndarray) -> np.ndarray:
    return np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])


def _circle(n0: int, n1: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    # Radii from sqrt(uniform) spread points evenly over the area, not bunched at the centre.
    outer = _polar(np.sqrt(rng.uniform(0.7 ** 2, 1.0, n0)), rng.uniform(0, 2 * np.pi, n0))
    inner = _polar(0.5 * np.sqrt(rng.uniform(0.0, 1.0, n1)), rng.uniform(0, 2 * np.pi, n1))
    return _two_classes(outer, inner)


def _xor(n0: int, n1: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    # |x| >= 0.05 keeps a small gap along the axes, where the label flips.
    def quadrant_points(n: int, same_sign: bool) -> np.ndarray:
        magnitude = rng.uniform(0.05, 1.0, (n, 2))
        s1 = rng.choice([-1.0, 1.0], n)
        s2 = s1 if same_sign else -s1
        return magnitude * np.column_stack([s1, s2])
    return _two_classes(quadrant_points(n0, True), quadrant_points(n1, False))


def _gauss(n0: int, n1: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    # std 0.2 around +-0.4 keeps nearly every point inside [-1, 1]^2 before noise.
    return _two_classes(rng.normal(-0.4, 0.2, (n0, 2)), rng.normal(0.4, 0.2, (n1, 2)))


def _spiral(n0: int, n1: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    # TensorFlow Playground's spiral: radius grows linearly over 1.75 turns; arm 1 is arm 0 turned by pi.
    def arm(n: int, turn: float) -> np.ndarray:
        t = np.arange(n) / n
        angle = 1.75 * 2 * np.pi * t + turn
        return np.column_stack([t * np.sin(angle), t * np.cos(angle)])
    return _two_classes(arm(n0, 0.0), arm(n1, np.pi))


def _moons(n0: int, n1: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    # scikit-learn's half circles, x in [-1, 2] and y in [-0.5, 1], mapped onto [-1, 1] x [-0.5, 0.5].
    t0, t1 = np.linspace(0, np.pi, n0), np.linspace(0, np.pi, n1)
    upper = np.column_stack([np.cos(t0), np.sin(t0)])
    lower = np.column_stack([1 - np.cos(t1), 0.5 - np.sin(t1)])
    points, labels = _two_classes(upper, lower)
    return (points - [0.5, 0.25]) / 1.5, labels


_GENERATORS = {"circle": _circle, "xor": _xor, "gauss": _gauss, "spiral": _spiral, "moons": _moons}


def _sin(samples: int, noise: float, rng: np.random.Generator) -> Dataset:
    x = np.linspace(-np.pi, np.pi, samples)
    with np.errstate(over="ignore", invalid="ignore"):
        y = np.sin(x) + noise * rng.standard_normal(samples)
    return Dataset(name="sin", X=x.reshape(-1, 1), y=y.reshape(-1, 1), task=REGRESSION,
                   feature_names=("x",), description=DESCRIPTIONS["sin"])


def gate(name: str, n_inputs: int = 2) -> Dataset:
    """The truth table of a logic gate: 2**n rows of 0/1 inputs in counting order (00, 01, 10, 11)."""
    key = str(name).strip().lower()
    if key not in _GATE_RULES:
        raise DatasetError(Text("unknown gate {name!r}; choose one of: {names}", name=name, names=", ".join(GATES)))
    if isinstance(n_inputs, bool) or int(n_inputs) != n_inputs or not 2 <= n_inputs <= 4:
        raise DatasetError(Text("a gate has 2 to 4 inputs, got {n!r}", n=n_inputs))
    n = int(n_inputs)
    rows = np.arange(2 ** n)
    # Bit n-1-j of the row number is input j, so x1 is the most significant bit.
    bits = ((rows[:, None] >> np.arange(n - 1, -1, -1)) & 1).astype(bool)
    label = _GATE_RULES[key](bits).astype(np.int64)
    full = GATE_PREFIX + key + ("" if n == 2 else f":{n}")
    return Dataset(name=full, X=bits.astype(np.float64), y=label, task=CLASSIFICATION, class_names=("0", "1"),
                   feature_names=tuple(f"x{i + 1}" for i in range(n)),
                   description=Text("{description} {n} inputs, {rows} rows.",
                                    description=DESCRIPTIONS[GATE_PREFIX + key], n=n, rows=2 ** n))


# --------------------------------------------------------------------------- drawn data

def from_points(points: Sequence[Sequence[float]] | np.ndarray, labels: ArrayLike,
                n_classes: int | None = None) -> Dataset:
    """The learner's drawn 2-D classification set: points (n, 2), labels (n,) class indices.

    Classes are "class 0", "class 1", …: at least two, or `n_classes` when given (a class may
    have no points yet).
    """
    X = np.asarray(points, dtype=float).reshape(-1, 2) if len(points) else np.zeros((0, 2))
    y = np.asarray(labels)
    if len(X) != len(y):
        raise DatasetError(Text("drawn data: {points} points but {labels} labels", points=len(X), labels=len(y)))
    if len(X) == 0:
        raise DatasetError(Text("drawn data: there are no points yet; draw some in Labs → Draw your own data"))
    if not np.all(np.isfinite(X)):
        raise DatasetError(Text("drawn data: point coordinates must be finite numbers"))
    k = max(2, int(y.max()) + 1 if y.size else 0, n_classes or 0)
    return Dataset(DRAWN, X, y, CLASSIFICATION, class_names=tuple(Text("class {i}", i=i) for i in range(k)),
                   feature_names=("x1", "x2"), description=DRAWN_DESCRIPTION)


# --------------------------------------------------------------------------- bundled data

def load_iris() -> Dataset:
    """Fisher's iris: 150 x 4, classes setosa, versicolor, virginica (50 each)."""
    data = _load_bundled("iris.csv")
    return dataclasses.replace(data, name="iris", description=DESCRIPTIONS["iris"])


def load_digits() -> Dataset:
    """The 8x8 handwritten digits: 1797 x 64 pixels scaled from 0..16 to [0, 1], classes "0".."9"."""
    data = _load_bundled("digits.csv.gz")
    return dataclasses.replace(data, name="digits", X=data.X / 16.0, image_shape=(8, 8),
                               description=DESCRIPTIONS["digits"])


@functools.lru_cache(maxsize=None)
def _parsed_bundle(filename: str) -> Dataset:
    return load_csv(assets.dataset_path(filename), label_column=-1, header=True, task=CLASSIFICATION)


def _load_bundled(filename: str) -> Dataset:
    # Parse once per process, but hand out copies: callers may change their arrays.
    cached = _parsed_bundle(filename)
    return dataclasses.replace(cached, X=cached.X.copy(), y=cached.y.copy())


# --------------------------------------------------------------------------- file import

def load_csv(path: StrPath, label_column: int | str | None = None, header: bool | None = None,
             task: str | None = None, **options: Any) -> Dataset:
    """Read a table of numeric features and one label column (see `simulator.csv_import`).

    - `label_column`: position (negative counts from the end) or header name; None picks a
      column named label/class/target/species/y, else the last.
    - `header`: None detects it; `task`: None picks classification when every label is a
      string or a whole number, regression otherwise.
    - further `options` (delimiter, decimal, categorical) as in `csv_import.CsvOptions`.

    Only regular files are read; `.gz` files are decompressed as they are read (with a cap).
    Raises DatasetError naming the file, the line and the problem.
    """
    from . import csv_import
    settings = csv_import.CsvOptions(label=label_column, header=header, task=task, **options)
    return csv_import.load(path, settings)


def load_idx(images_path: StrPath, labels_path: StrPath | None = None) -> Dataset:
    """Read MNIST-style IDX files (see `simulator.idx`); raises DatasetError naming the file."""
    from . import idx
    return idx.load(images_path, labels_path)
