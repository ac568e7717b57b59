"""Network files: readable JSON, exact round trip, atomic saves (ARCHITECTURE.md §4).

    io.save(path, net, training=cfg)      # write (atomically)
    doc = io.load(path); doc.network      # read; bad files raise NetworkFileError

A file looks like

    {"format": "synaptica-network", "version": 1, "name": ..., "description": ...,
     "layers": [{"size": 2, "labels": ["x1", "x2"]},                       # the input layer
                {"size": 1, "activation": "step", "weights": [[0.5], [0.5]], "biases": [-0.7]}],
     "training": {...}, "dataset": {...}, "layout": {...}, "history": {...}}

`weights` of layers[k] is W of the Dense layer between layers[k-1] and layers[k]:
one row per neuron of layers[k-1], one column per neuron of layers[k].

Reading validates the whole document before anything is built. Every problem
raises `NetworkFileError` whose message names the file and the exact place,
e.g. ``xor.json: layers[2].weights: expected 2×1, got 3×1``. Floats are written
with repr precision, so every weight reads back bit-identical.
"""
from __future__ import annotations

import copy
import difflib
import json
import math
import numbers
import os
import secrets
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from . import activations, features, init as initialisers, losses, optimizers
from . import classroom  # layout.classroom (issue 14)
from .network import Dense, Network

FORMAT = "synaptica-network"
VERSION = 1

DEFAULT_TRAINING: dict = {"loss": "mse", "optimizer": {"name": "sgd", "lr": 0.1}, "batch_size": 10,
                          "epochs": 1000, "init": "he", "seed": 0, "weight_decay": 0.0}

# Limits that refuse absurd files before they cost memory.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_LAYER_SIZE = 100_000
MAX_WEIGHTS = 10_000_000
MAX_LAYERS = 1_000
MAX_SAMPLES = 1_000_000

TOP_LEVEL_KEYS = ("format", "version", "name", "description", "layers", "training", "dataset", "layout", "history")
INPUT_LAYER_KEYS = ("size", "labels")
LAYER_KEYS = ("size", "activation", "weights", "biases", "labels")
DATASET_KEYS = ("name", "noise", "samples", "test_fraction", "seed", "points", "labels", "features")
HISTORY_KEYS = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "assets" / "examples"

#: version -> function turning a document of that version into one of the next version.
#: Files older than VERSION pass through each step in turn. A step must not modify
#: nested values of the dict it receives in place (copy what it changes).
MIGRATIONS: dict[int, Callable[[dict], dict]] = {}


class NetworkFileError(ValueError):
    """A network file (or document) that cannot be read or written.

    `source` is the file's name ("" for documents without a file), `where` the
    place inside the document (e.g. "layers[2].weights", "" for the whole file)
    and `problem` what is wrong; `path` is the full path when there is one.
    """

    def __init__(self, problem: str, *, source: str = "", where: str = "", path: Path | None = None):
        self.problem, self.source, self.where, self.path = problem, source, where, path
        super().__init__(": ".join(part for part in (source, where, problem) if part))


@dataclass(repr=False)
class NetworkFile:
    """Everything a network file holds, validated and normalised."""

    network: Network
    name: str = ""
    description: str = ""
    #: One list per layer of neurons (input layer first); an empty list means default labels.
    labels: list[list[str]] = field(default_factory=list)
    training: dict = field(default_factory=lambda: copy.deepcopy(DEFAULT_TRAINING))
    dataset: dict | None = None
    layout: dict = field(default_factory=dict)
    history: dict | None = None

    def to_dict(self) -> dict:
        return to_dict(self.network, **self._settings())

    def save(self, path) -> None:
        save(path, self.network, **self._settings())

    def _settings(self) -> dict:
        return dict(name=self.name, description=self.description, labels=self.labels, training=self.training,
                    dataset=self.dataset, layout=self.layout, history=self.history)

    def __repr__(self) -> str:
        dataset = self.dataset["name"] if self.dataset else None
        return f"NetworkFile({self.name!r}, {self.network!r}, dataset={dataset!r})"


# ---------------------------------------------------------------- public API

def save(path, network: Network, *, name: str = "", description: str = "", labels=None, training=None,
         dataset=None, layout=None, history=None) -> None:
    """Write `network` and its settings to `path`, atomically.

    The text goes to a temporary file beside the target, which then replaces the
    target in one step: a failure leaves the old file intact and no temporary file.
    """
    path = Path(path)
    source = _display_name(path)
    doc = _to_dict(network, source, name=name, description=description, labels=labels, training=training,
                   dataset=dataset, layout=layout, history=history)
    _write_atomically(path, to_json(doc).encode("utf-8"), source)


def load(path) -> NetworkFile:
    """Read and validate a network file."""
    path = Path(path)
    source = _display_name(path)

    def fail(problem: str):
        return NetworkFileError(problem, source=source, path=path)

    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise fail("cannot read the file: it is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise fail("cannot read the file: it is not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise fail(_too_big(info.st_size))
        with open(path, "rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise fail(f"cannot read the file: {exc.strerror or exc}") from exc
    if len(data) > MAX_FILE_BYTES:
        raise fail(_too_big(len(data)))
    try:
        return from_json(data, source)
    except NetworkFileError as exc:
        exc.path = path
        raise


def to_dict(network: Network, *, name: str = "", description: str = "", labels=None, training=None,
            dataset=None, layout=None, history=None) -> dict:
    """The document `save` would write, as plain JSON-ready Python values (validated)."""
    return _to_dict(network, "", name=name, description=description, labels=labels, training=training,
                    dataset=dataset, layout=layout, history=history)


def from_dict(data: Any, source: str = "") -> NetworkFile:
    """Validate a parsed document and build its network. `source` names it in error messages."""
    try:
        return _parse(data)
    except _Invalid as exc:
        raise NetworkFileError(exc.problem, source=source, where=exc.where) from None


def to_json(doc: dict) -> str:
    """A document as readable JSON text: nested parts indented, short parts and number rows on one line."""
    out: list[str] = []
    _emit(doc, 0, out)
    out.append("\n")
    return "".join(out)


def from_json(text: str | bytes, source: str = "") -> NetworkFile:
    """Parse JSON text (e.g. pasted from the clipboard) into a validated NetworkFile."""
    def fail(problem: str):
        return NetworkFileError(problem, source=source)

    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise fail(f"not a text file (invalid UTF-8 at byte {exc.start})") from None
    if not text.strip():
        raise fail("the file is empty")
    try:
        data = json.loads(text, object_pairs_hook=_JSONObject.from_pairs)
    except json.JSONDecodeError as exc:
        raise fail(f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise fail("not readable: the JSON is nested too deeply") from None
    except ValueError as exc:  # e.g. an integer with more digits than Python will convert
        raise fail(f"not valid JSON: {str(exc).split(':')[0]}") from None
    return from_dict(data, source)


def example_paths() -> dict[str, Path]:
    """The bundled example networks: file stem ("and", "xor", ...) -> path."""
    return {path.stem: path for path in sorted(EXAMPLES_DIR.glob("*.json"))}


# ---------------------------------------------------------------- writing

def _to_dict(network: Network, source: str, *, name, description, labels, training, dataset, layout,
             history) -> dict:
    sizes = network.sizes
    if labels is None or (isinstance(labels, (list, tuple)) and not labels):
        labels = [[] for _ in sizes]  # default names everywhere
    if not isinstance(labels, (list, tuple)) or len(labels) != len(sizes):
        count = len(labels) if isinstance(labels, (list, tuple)) else type(labels).__name__
        raise NetworkFileError(f"expected one list per layer of neurons ({len(sizes)}), got {count}",
                               source=source, where="labels")
    layers: list[dict] = [{"size": sizes[0]}]
    for layer in network.layers:
        layers.append({"size": layer.n_out, "activation": layer.activation,
                       "weights": layer.W.tolist(), "biases": layer.b.tolist()})
    for entry, names in zip(layers, labels):
        if not isinstance(names, (list, tuple)) or len(names):
            entry["labels"] = list(names) if isinstance(names, tuple) else names
    doc: dict = {"format": FORMAT, "version": VERSION}
    if name:
        doc["name"] = name
    if description:
        doc["description"] = description
    doc["layers"] = layers
    doc["training"] = DEFAULT_TRAINING if training is None else training
    if dataset is not None:
        doc["dataset"] = dataset
    doc["layout"] = {} if layout is None else layout
    if history is not None:
        doc["history"] = _finite_history(history)
    # Validate exactly as a reader would, so a saved file always loads again,
    # and write the normalised sections (training defaults filled in, copies).
    parsed = from_dict(doc, source)
    doc["training"] = parsed.training
    for key in ("dataset", "layout", "history"):
        if key in doc:
            doc[key] = getattr(parsed, key)
    return doc


def _finite_history(history):
    # JSON cannot hold NaN or infinity, and a diverged run may have recorded one:
    # such points are saved as missing (null) values instead of refusing the file.
    if not isinstance(history, dict):
        return history
    cleaned = {}
    for key, values in history.items():
        if key != "epoch" and isinstance(values, (list, tuple)):
            values = [None if isinstance(v, numbers.Real) and not isinstance(v, bool) and not math.isfinite(v)
                      else v for v in values]
        cleaned[key] = values
    return cleaned


_LINE_WIDTH = 100


def _emit(value, indent: int, out: list[str], used: int = 0) -> None:
    """Append `value` as JSON; `used` is how much of the current line is already taken."""
    if isinstance(value, (dict, list)) and value:
        children = value.values() if isinstance(value, dict) else value
        flat = not any(isinstance(v, (dict, list)) for v in children)
        compact = _json(value)
        # Rows of numbers always take one line; other parts only when short and at most two levels deep.
        if (flat and isinstance(value, list)) or (used + len(compact) <= _LINE_WIDTH and _depth(value) <= 2):
            out.append(compact)
            return
        pad = " " * (indent + 2)
        opening, closing = ("{", "}") if isinstance(value, dict) else ("[", "]")
        out.append(opening + "\n")
        items = list(value.items()) if isinstance(value, dict) else [(None, v) for v in value]
        for i, (key, item) in enumerate(items):
            prefix = pad if key is None else f"{pad}{_json(key)}: "
            out.append(prefix)
            _emit(item, indent + 2, out, len(prefix))
            out.append(",\n" if i < len(items) - 1 else "\n")
        out.append(" " * indent + closing)
    else:
        out.append(_json(value))


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(", ", ": "))


def _depth(value) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    return 0


def _write_atomically(path: Path, data: bytes, source: str) -> None:
    # Write through a symbolic link rather than replacing the link itself.
    target = Path(os.path.realpath(path))
    temp: str | None = None
    try:
        fd, temp = _create_temp_beside(target)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        try:
            os.chmod(temp, stat.S_IMODE(os.stat(target).st_mode))  # keep the old file's permissions
        except FileNotFoundError:
            pass
        os.replace(temp, target)
        temp = None
    except OSError as exc:
        raise NetworkFileError(f"cannot save the file: {exc.strerror or exc}", source=source, path=path) from exc
    finally:
        if temp is not None:
            try:
                os.unlink(temp)
            except OSError:
                pass


def _create_temp_beside(target: Path) -> tuple[int, str]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp = str(target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temp, flags, 0o666), temp  # 0o666 & ~umask, like an ordinary new file
        except FileExistsError:
            continue
    raise FileExistsError(f"could not create a temporary file in {target.parent}")


# ---------------------------------------------------------------- reading

def _display_name(path: Path) -> str:
    return path.name or str(path)


def _too_big(size: int) -> str:
    return (f"the file is {size / 2 ** 20:.0f} MB; Synaptica refuses network files larger than "
            f"{MAX_FILE_BYTES // 2 ** 20} MB")


class _JSONObject(dict):
    """A parsed JSON object that remembers keys that appeared more than once."""

    duplicates: tuple = ()

    @classmethod
    def from_pairs(cls, pairs):
        obj = cls()
        for key, value in pairs:
            if key in obj:
                obj.duplicates = (*obj.duplicates, key)
            obj[key] = value
        return obj


class _Invalid(Exception):
    """A validation failure at `where`; from_dict adds the file name."""

    def __init__(self, where: str, problem: str):
        super().__init__(where, problem)
        self.where, self.problem = where, problem


def _parse(data) -> NetworkFile:
    if not isinstance(data, dict):
        raise _Invalid("", f"expected a JSON object at the top level, got {_describe(data)}")
    _check_duplicates(data, "")
    if "format" not in data:
        raise _Invalid("format", "missing, so this is not a Synaptica network file")
    if not isinstance(data["format"], str) or data["format"] != FORMAT:
        raise _Invalid("format", f"expected {FORMAT!r}, got {_describe(data['format'])}: "
                                 "this is not a Synaptica network file")
    if "version" not in data:
        raise _Invalid("version", "missing")
    version = _integer(data["version"], "version")
    if version > VERSION:
        raise _Invalid("", f"made by a newer Synaptica (version {version}); this one reads up to version {VERSION}")
    if version < 1:
        raise _Invalid("version", f"{version} is not a valid version; versions start at 1")
    data = _migrate(data, version)

    _keys(data, "", required=("format", "version", "layers"), optional=TOP_LEVEL_KEYS)
    sizes, weights, biases, names, labels = _layers(data["layers"])
    name = _string(data.get("name", ""), "name")
    description = _string(data.get("description", ""), "description")
    training = _training(data.get("training", {}), "training")
    dataset = _dataset(data.get("dataset"), "dataset")
    layout = _json_tree(data.get("layout", {}), "layout", want_object=True)
    if "classroom" in layout:        # classroom mode (issue 14): the same check lessons use
        try:
            layout["classroom"] = classroom.validate(layout["classroom"], "layout.classroom")
        except classroom.ClassroomError as error:
            raise _Invalid(error.where, error.problem) from None
    history = _history(data.get("history"), "history")

    network = Network([Dense(W, b, act) for W, b, act in zip(weights, biases, names)])
    return NetworkFile(network=network, name=name, description=description, labels=labels, training=training,
                       dataset=dataset, layout=layout, history=history)


def _migrate(data: dict, version: int) -> dict:
    data = dict(data)
    while version < VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise _Invalid("version", f"files of version {version} cannot be read by this Synaptica")
        data = step(data)
        version += 1
        data["version"] = version
    return data


def _layers(value):
    layers = _array(value, "layers")
    if len(layers) < 2:
        raise _Invalid("layers", f"a network needs at least 2 layers (the inputs and an output layer), "
                                 f"got {len(layers)}")
    if len(layers) > MAX_LAYERS:
        raise _Invalid("layers", f"{len(layers):,} layers is more than the limit of {MAX_LAYERS:,}")
    last = len(layers) - 1

    # First only keys and sizes, so the size limits apply before any weight is looked at.
    sizes = []
    for k, layer in enumerate(layers):
        where = f"layers[{k}]"
        if k == 0:
            _keys(layer, where, required=("size",), optional=INPUT_LAYER_KEYS,
                  note="layers[0] is the input layer, which has only a size and labels (weights belong to later layers)")
        else:
            _keys(layer, where, required=("size", "activation", "weights", "biases"), optional=LAYER_KEYS)
        sizes.append(_integer(layer["size"], f"{where}.size", minimum=1, maximum=MAX_LAYER_SIZE))
    total = sum(n_in * n_out for n_in, n_out in zip(sizes, sizes[1:]))
    if total > MAX_WEIGHTS:
        raise _Invalid("layers", f"the sizes {'-'.join(map(str, sizes))} need {total:,} weights; "
                                 f"the limit is {MAX_WEIGHTS:,}")

    weights, biases, names, labels = [], [], [], []
    for k, layer in enumerate(layers):
        where = f"layers[{k}]"
        if k > 0:
            names.append(_activation(layer["activation"], f"{where}.activation", output=k == last, last=last))
            weights.append(_matrix(layer["weights"], f"{where}.weights", sizes[k - 1], sizes[k], k))
            biases.append(_vector(layer["biases"], f"{where}.biases", sizes[k]))
        labels.append(_labels(layer.get("labels", []), f"{where}.labels", sizes[k]))
    return sizes, weights, biases, names, labels


def _activation(value, where: str, *, output: bool, last: int) -> str:
    name = _string(value, where)
    if name not in activations.NAMES:
        raise _Invalid(where, f"unknown activation {name!r}{_did_you_mean(name, activations.NAMES)}; "
                              f"choose one of {', '.join(activations.NAMES)}")
    if not output and name not in activations.HIDDEN_ACTIVATIONS:
        raise _Invalid(where, f"{name} is only allowed on the output layer (layers[{last}]); hidden layers "
                              f"can use {', '.join(activations.HIDDEN_ACTIVATIONS)}")
    return name


def _matrix(value, where: str, rows: int, cols: int, k: int) -> np.ndarray:
    matrix = _array(value, where)
    for i, row in enumerate(matrix):
        if not isinstance(row, list):
            raise _Invalid(f"{where}[{i}]", f"expected an array (one row of weights), got {_describe(row)}")
    for i, row in enumerate(matrix):
        if len(row) != len(matrix[0]):
            raise _Invalid(f"{where}[{i}]", f"rows differ in length: row 0 has {len(matrix[0])} values, "
                                            f"row {i} has {len(row)}")
    shape = (len(matrix), len(matrix[0]) if matrix else 0)
    if shape != (rows, cols):
        raise _Invalid(where, f"expected {rows}×{cols}, got {shape[0]}×{shape[1]} (one row per neuron of "
                              f"layers[{k - 1}], one column per neuron of layers[{k}])")
    out = np.empty((rows, cols))
    for i, row in enumerate(matrix):
        out[i] = _numbers(row, f"{where}[{i}]")
    return out


def _vector(value, where: str, length: int) -> np.ndarray:
    values = _array(value, where)
    if len(values) != length:
        raise _Invalid(where, f"expected {length} {_plural(length, 'value')}, got {len(values)}")
    return _numbers(values, where)


def _numbers(values: list, where: str) -> np.ndarray:
    """A list of finite numbers as a float array; fast for the common case, exact about failures."""
    if set(map(type, values)) <= {float, int}:
        try:
            array = np.array(values, dtype=float)
        except (OverflowError, ValueError):
            array = None
        if array is not None and np.isfinite(array).all():
            return array
    return np.array([_number(v, f"{where}[{j}]") for j, v in enumerate(values)], dtype=float)


def _labels(value, where: str, size: int) -> list[str]:
    names = _array(value, where)
    if names and len(names) != size:
        raise _Invalid(where, f"expected {size} {_plural(size, 'label')} (one per neuron), got {len(names)}")
    return [_string(v, f"{where}[{i}]") for i, v in enumerate(names)]


def _training(value, where: str) -> dict:
    _keys(value, where, optional=tuple(DEFAULT_TRAINING))
    out = copy.deepcopy(DEFAULT_TRAINING)
    if "loss" in value:
        out["loss"] = _choice(value["loss"], f"{where}.loss", losses.NAMES, "loss")
    if "optimizer" in value:
        out["optimizer"] = _optimizer(value["optimizer"], f"{where}.optimizer")
    if "batch_size" in value:
        out["batch_size"] = _integer(value["batch_size"], f"{where}.batch_size", minimum=1)
    if "epochs" in value:
        out["epochs"] = _integer(value["epochs"], f"{where}.epochs", minimum=1)
    if "init" in value:
        out["init"] = _choice(value["init"], f"{where}.init", initialisers.NAMES, "initialisation")
    if "seed" in value:
        out["seed"] = _integer(value["seed"], f"{where}.seed", minimum=0)
    if "weight_decay" in value:
        out["weight_decay"] = _number(value["weight_decay"], f"{where}.weight_decay", minimum=0.0)
    return out


# Sensible ranges of the optimizers' hyperparameters: (low, high, low is allowed).
_HYPERPARAMETER_RANGES = {"lr": (0.0, math.inf, False), "momentum": (0.0, 1.0, True),
                          "decay_rate": (0.0, 1.0, True), "beta1": (0.0, 1.0, True), "beta2": (0.0, 1.0, True)}


def _optimizer(value, where: str) -> dict:
    if not isinstance(value, dict):
        raise _Invalid(where, f"expected an object like {{\"name\": \"sgd\", \"lr\": 0.1}}, got {_describe(value)}")
    _keys(value, where, required=("name",), optional=tuple(value))  # duplicates and the name first
    name = _choice(value["name"], f"{where}.name", optimizers.NAMES, "optimizer")
    settings = optimizers.defaults(name)
    for key in value:
        if key != "name" and key not in settings:
            raise _Invalid(_join(where, key), f"optimizer {name!r} has no setting {key!r}"
                                              f"{_did_you_mean(key, settings)}; it takes {', '.join(settings)}")
    out = {"name": name}
    for key, default in settings.items():
        if key in value:
            low, high, low_ok = _HYPERPARAMETER_RANGES.get(key, (-math.inf, math.inf, True))
            out[key] = _number(value[key], _join(where, key), minimum=low, maximum=high, minimum_allowed=low_ok,
                               maximum_allowed=False)
        else:
            out[key] = default
    return out


def _dataset(value, where: str) -> dict | None:
    if value is None:
        return None
    _keys(value, where, required=("name",), optional=DATASET_KEYS)
    # Names are checked loosely: the datasets module decides which exist.
    out = {"name": _string(value["name"], f"{where}.name", nonempty=True)}
    if "noise" in value:
        out["noise"] = _number(value["noise"], f"{where}.noise", minimum=0.0)
    if "samples" in value:
        out["samples"] = _integer(value["samples"], f"{where}.samples", minimum=1, maximum=MAX_SAMPLES)
    if "test_fraction" in value:
        out["test_fraction"] = _number(value["test_fraction"], f"{where}.test_fraction", minimum=0.0, maximum=1.0,
                                       maximum_allowed=False)
    if "seed" in value:
        out["seed"] = _integer(value["seed"], f"{where}.seed", minimum=0)
    if "points" in value or "labels" in value:    # a set the learner drew (issue 12)
        out.update(_drawn_points(value, where))
    if "features" in value:                        # derived inputs such as x1² (issue 12)
        names = [_string(v, f"{where}.features[{i}]") for i, v in enumerate(_array(value["features"],
                                                                                    f"{where}.features"))]
        try:
            chosen = features.check(names)
        except ValueError as error:
            raise _Invalid(f"{where}.features", str(error)) from None
        if len(chosen) != len(names):
            raise _Invalid(f"{where}.features", "lists a feature twice")
        out["features"] = list(chosen)
    return out


def _drawn_points(value, where: str) -> dict:
    """points: [[x1, x2], ...] finite numbers; labels: one class index (0..99) per point."""
    for key in ("points", "labels"):
        if key not in value:
            raise _Invalid(f"{where}", f"has {'labels' if key == 'points' else 'points'} but no {key}; "
                                       "drawn data needs both")
    points = _array(value["points"], f"{where}.points")
    labels = _array(value["labels"], f"{where}.labels")
    if len(points) > MAX_SAMPLES:
        raise _Invalid(f"{where}.points", f"has {len(points)} points; at most {MAX_SAMPLES} are allowed")
    if len(points) != len(labels):
        raise _Invalid(f"{where}.labels", f"has {len(labels)} labels but {where}.points has {len(points)} points")
    out_points = []
    for i, point in enumerate(points):
        pair = _array(point, f"{where}.points[{i}]")
        if len(pair) != 2:
            raise _Invalid(f"{where}.points[{i}]", f"expected 2 numbers (x1, x2), got {len(pair)}")
        out_points.append([_number(v, f"{where}.points[{i}][{j}]") for j, v in enumerate(pair)])
    out_labels = [_integer(v, f"{where}.labels[{i}]", minimum=0, maximum=99) for i, v in enumerate(labels)]
    return {"points": out_points, "labels": out_labels}


def _history(value, where: str) -> dict | None:
    """Per-epoch metrics; every series has one entry per epoch and missing series become all-null."""
    if value is None:
        return None
    _keys(value, where, required=("epoch",), optional=HISTORY_KEYS)
    epochs = _array(value["epoch"], f"{where}.epoch")
    out = {"epoch": [_count_or_number(v, f"{where}.epoch[{i}]") for i, v in enumerate(epochs)]}
    for key in HISTORY_KEYS[1:]:
        series_where = f"{where}.{key}"
        if key not in value:
            out[key] = [None] * len(epochs)
            continue
        series = _array(value[key], series_where)
        if len(series) != len(epochs):
            raise _Invalid(series_where, f"has {len(series)} {_plural(len(series), 'value')} but {where}.epoch has {len(epochs)}; "
                                         "every series needs one value per epoch")
        limits = {"minimum": 0.0, "maximum": 1.0} if key.endswith("accuracy") else {}
        out[key] = [None if v is None else _number(v, f"{series_where}[{i}]", **limits)
                    for i, v in enumerate(series)]
    return out


def _count_or_number(value, where: str):
    # Epochs are whole numbers in practice; a fractional epoch is kept as written.
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return _integer(value, where, minimum=0)
    return _number(value, where, minimum=0.0)


def _json_tree(value, where: str, *, want_object: bool = False):
    """A free-form JSON value (the UI's layout), checked for JSON types and finite numbers; returns a copy."""
    if want_object and not isinstance(value, dict):
        raise _Invalid(where, f"expected an object, got {_describe(value)}")
    result: list = [None]
    stack = [(value, where, result, 0)]  # iterative, so deep nesting cannot overflow the stack
    while stack:
        item, place, parent, slot = stack.pop()
        if isinstance(item, dict):
            _check_duplicates(item, place)
            copied: dict = {}
            for key, child in item.items():
                if not isinstance(key, str):
                    raise _Invalid(place, f"object keys must be strings, got {_describe(key)}")
                _string(key, _join(place, key))
                copied[key] = None
                stack.append((child, _join(place, key), copied, key))
            parent[slot] = copied
        elif isinstance(item, list):
            copied_list: list = [None] * len(item)
            stack.extend((child, f"{place}[{i}]", copied_list, i) for i, child in enumerate(item))
            parent[slot] = copied_list
        elif item is None or isinstance(item, bool):
            parent[slot] = item
        elif isinstance(item, str):
            parent[slot] = _string(item, place)
        elif isinstance(item, numbers.Integral):
            parent[slot] = int(item)
        elif isinstance(item, numbers.Real):
            parent[slot] = _number(item, place)
        else:
            raise _Invalid(place, f"expected a JSON value, got {_describe(item)}")
    return result[0]


# ---------------------------------------------------------------- small checks

def _keys(value, where: str, *, required=(), optional=(), note: str = "") -> dict:
    if not isinstance(value, dict):
        raise _Invalid(where, f"expected an object, got {_describe(value)}")
    _check_duplicates(value, where)
    allowed = tuple(dict.fromkeys((*required, *optional)))
    for key in value:
        if not isinstance(key, str):
            raise _Invalid(where, f"object keys must be strings, got {_describe(key)}")
        if key not in allowed:
            hint = note or f"allowed here: {', '.join(allowed)}"
            raise _Invalid(_join(where, key), f"unknown key{_did_you_mean(key, allowed)}; {hint}")
    for key in required:
        if key not in value:
            raise _Invalid(_join(where, key), "missing (it is required)")
    return value


def _check_duplicates(value, where: str) -> None:
    for key in getattr(value, "duplicates", ()):
        raise _Invalid(_join(where, key), "appears more than once in the same object")


def _array(value, where: str) -> list:
    if not isinstance(value, list):
        raise _Invalid(where, f"expected an array, got {_describe(value)}")
    return value


def _string(value, where: str, *, nonempty: bool = False) -> str:
    if not isinstance(value, str):
        raise _Invalid(where, f"expected a string, got {_describe(value)}")
    if nonempty and not value.strip():
        raise _Invalid(where, "must not be empty")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _Invalid(where, "contains invalid Unicode (an unpaired surrogate)") from None
    return str(value)


def _choice(value, where: str, names, what: str) -> str:
    name = _string(value, where)
    if name not in names:
        raise _Invalid(where, f"unknown {what} {name!r}{_did_you_mean(name, names)}; choose one of {', '.join(names)}")
    return name


def _integer(value, where: str, *, minimum: int | None = None, maximum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise _Invalid(where, f"expected a whole number, got {_describe(value)}")
    value = int(value)
    if minimum is not None and value < minimum:
        raise _Invalid(where, f"must be at least {minimum:,}, got {value:,}")
    if maximum is not None and value > maximum:
        raise _Invalid(where, f"must be at most {maximum:,}, got {value:,}")
    return value


def _number(value, where: str, *, minimum: float = -math.inf, maximum: float = math.inf,
            minimum_allowed: bool = True, maximum_allowed: bool = True) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise _Invalid(where, f"expected a number, got {_describe(value)}")
    try:
        number = float(value)
    except OverflowError:
        raise _Invalid(where, "number too large (numbers must be finite)") from None
    if not math.isfinite(number):
        raise _Invalid(where, f"{_describe(value)} is not allowed (numbers must be finite)")
    if number < minimum or (number == minimum and not minimum_allowed):
        bound = "at least" if minimum_allowed else "greater than"
        raise _Invalid(where, f"must be {bound} {minimum:g}, got {number!r}")
    if number > maximum or (number == maximum and not maximum_allowed):
        bound = "at most" if maximum_allowed else "less than"
        raise _Invalid(where, f"must be {bound} {maximum:g}, got {number!r}")
    return number


def _join(where: str, key: str) -> str:
    part = key if key.isidentifier() else None
    if part is None:
        return f"{where}[{json.dumps(key)}]"
    return f"{where}.{part}" if where else part


def _did_you_mean(name: str, choices) -> str:
    close = difflib.get_close_matches(name, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _plural(count: int, word: str) -> str:
    return word if count == 1 else word + "s"


def _describe(value) -> str:
    """How a value reads in an error message, in JSON terms."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "..."
        return f"the string {json.dumps(text)}"
    if isinstance(value, numbers.Integral):
        digits = str(int(value)) if int(value).bit_length() < 200 else "a huge integer"
        return digits
    if isinstance(value, numbers.Real):
        number = float(value)
        if math.isnan(number):
            return "NaN"
        if math.isinf(number):
            return "Infinity" if number > 0 else "-Infinity"
        return repr(number)
    if isinstance(value, list):
        return f"an array of {len(value)} {_plural(len(value), 'item')}"
    if isinstance(value, dict):
        return "an object"
    return f"a Python {type(value).__name__}"
