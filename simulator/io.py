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

Limits (hostile or broken files cost bounded time and memory; everything the
loader accepts is something the app can show):

- a file is at most MAX_FILE_BYTES (64 MB), checked before parsing, with at most
  MAX_CONTAINERS JSON arrays and objects in all;
- whole numbers that the app shows in spin boxes (seeds, batch size, epochs,
  history epochs) lie in 0 … 2³¹−1; every number is finite;
- `name` ≤ MAX_NAME_CHARS, `description` ≤ MAX_DESCRIPTION_CHARS, labels ≤ MAX_LABEL_CHARS;
- `history` ≤ MAX_HISTORY_POINTS points; `layout` ≤ MAX_LAYOUT_ITEMS values, and
  `layout.inputs`, when present, holds one finite number per input.
"""
from __future__ import annotations

import copy
import json
import math
import numbers
import os
import re
import stat
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import assets
from . import io_checks as check, io_layers as layer_checks, io_sections as sections, io_settings as settings, io_write
from . import classroom  # layout.classroom (issue 14)
from .datafiles import StrPath
from .network import Dense, Network
from .text import Text

FORMAT = "synaptica-network"
VERSION = 1

DEFAULT_TRAINING = settings.DEFAULT_TRAINING
PRECISIONS = settings.PRECISIONS

# Limits that refuse absurd files before they cost memory.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_CONTAINERS = 1_000_000          # JSON arrays + objects; a 784-1000-1000-10 network needs ~2,800
MAX_LAYER_SIZE = layer_checks.MAX_LAYER_SIZE
MAX_WEIGHTS = layer_checks.MAX_WEIGHTS
MAX_LAYERS = layer_checks.MAX_LAYERS
MAX_SAMPLES = settings.MAX_SAMPLES
MAX_INT = settings.MAX_INT          # what the app's spin boxes and counters hold
MAX_NAME_CHARS = 200
MAX_DESCRIPTION_CHARS = 20_000
MAX_LABEL_CHARS = layer_checks.MAX_LABEL_CHARS
MAX_DATASET_NAME_CHARS = settings.MAX_DATASET_NAME_CHARS
MAX_HISTORY_POINTS = 1_000_000
MAX_LAYOUT_ITEMS = 10_000

TOP_LEVEL_KEYS = ("format", "version", "name", "description", "layers", "training", "dataset", "layout", "history")
INPUT_LAYER_KEYS = layer_checks.INPUT_LAYER_KEYS
LAYER_KEYS = layer_checks.LAYER_KEYS
DATASET_KEYS = settings.DATASET_KEYS
HISTORY_KEYS = sections.HISTORY_KEYS

EXAMPLES_DIR = assets.examples_dir()

#: version -> function turning a document of that version into one of the next version.
#: Files older than VERSION pass through each step in turn. A step must not modify
#: nested values of the dict it receives in place (copy what it changes).
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class NetworkFileError(ValueError):
    """A network file (or document) that cannot be read or written.

    `source` is the file's name ("" for documents without a file), `where` the
    place inside the document (e.g. "layers[2].weights", "" for the whole file)
    and `problem` what is wrong; `path` is the full path when there is one.
    """

    def __init__(self, problem: Text | str, *, source: str = "", where: str = "", path: Path | None = None):
        self.problem, self.source, self.where, self.path = problem, source, where, path
        super().__init__(_message(problem, source, where))


def _message(problem: Text | str, source: str, where: str) -> Text | str:
    # Whole templates (not joined pieces) so a translation can punctuate them its own way.
    if source and where:
        return Text("{source}: {where}: {problem}", source=source, where=where, problem=problem)
    if source or where:
        return Text("{place}: {problem}", place=source or where, problem=problem)
    return problem


@dataclass(repr=False)
class NetworkFile:
    """Everything a network file holds, validated and normalised."""

    network: Network
    name: str = ""
    description: str = ""
    #: One list per layer of neurons (input layer first); an empty list means default labels.
    labels: list[list[str]] = field(default_factory=list)
    training: dict[str, Any] = field(default_factory=lambda: copy.deepcopy(DEFAULT_TRAINING))
    dataset: dict[str, Any] | None = None
    layout: dict[str, Any] = field(default_factory=dict)
    history: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self.network, **self._settings())

    def save(self, path: StrPath) -> None:
        save(path, self.network, **self._settings())

    def _settings(self) -> dict[str, Any]:
        return dict(name=self.name, description=self.description, labels=self.labels, training=self.training,
                    dataset=self.dataset, layout=self.layout, history=self.history)

    def __repr__(self) -> str:
        dataset = self.dataset["name"] if self.dataset else None
        return f"NetworkFile({self.name!r}, {self.network!r}, dataset={dataset!r})"


# ---------------------------------------------------------------- public API

def save(path: StrPath, network: Network, *, name: str = "", description: str = "",
         labels: Sequence[Sequence[str]] | None = None, training: dict[str, Any] | None = None,
         dataset: dict[str, Any] | None = None, layout: dict[str, Any] | None = None,
         history: dict[str, Any] | None = None) -> None:
    """Write `network` and its settings to `path`, atomically.

    The text goes to a temporary file beside the target, which then replaces the
    target in one step: a failure leaves the old file intact and no temporary file.
    Only regular files are replaced (devices, pipes and directories are refused), and
    temporary files left by an interrupted earlier save of the same file are removed.
    """
    source = _display_name(path)
    doc = _to_dict(network, source, name=name, description=description, labels=labels, training=training,
                   dataset=dataset, layout=layout, history=history)
    data = to_json(doc).encode("utf-8")
    if len(data) > MAX_FILE_BYTES:
        raise NetworkFileError(Text("the file would be {size:.0f} MB; Synaptica refuses network files larger than "
                                    "{limit} MB", size=len(data) / 2 ** 20, limit=MAX_FILE_BYTES // 2 ** 20),
                               source=source)
    try:
        io_write.write_atomically(path, data)
    except io_write.WriteRefused as exc:
        raise NetworkFileError(exc.args[0], source=source, path=_as_path(path)) from None
    except OSError as exc:
        raise NetworkFileError(Text("cannot save the file: {reason}", reason=exc.strerror or str(exc)), source=source,
                               path=_as_path(path)) from exc


def load(path: StrPath) -> NetworkFile:
    """Read and validate a network file."""
    source = _display_name(path)

    def fail(problem: Text | str) -> NetworkFileError:
        return NetworkFileError(problem, source=source, path=_as_path(path))

    if "\0" in str(os.fspath(path)):
        raise fail(Text("cannot read the file: the file name contains a NUL character"))
    path = Path(path)
    try:
        # Non-blocking, so a pipe named as a network file cannot stall the caller before fstat refuses it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as f:
            info = os.fstat(f.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise fail(Text("cannot read the file: it is a directory"))
            if not stat.S_ISREG(info.st_mode):
                raise fail(Text("cannot read the file: it is not a regular file"))
            if info.st_size > MAX_FILE_BYTES:
                raise fail(_too_big(info.st_size))
            data = f.read(MAX_FILE_BYTES + 1)  # the file may have grown since fstat()
    except IsADirectoryError:
        raise fail(Text("cannot read the file: it is a directory")) from None
    except OSError as exc:
        raise fail(Text("cannot read the file: {reason}", reason=exc.strerror or str(exc))) from exc
    if len(data) > MAX_FILE_BYTES:
        raise fail(_too_big(len(data)))
    try:
        text = _decode(data, source)
        del data  # only the text is needed from here on: keeps the peak memory down for big files
        return from_json(text, source)
    except NetworkFileError as exc:
        exc.path = path
        raise


def to_dict(network: Network, *, name: str = "", description: str = "",
            labels: Sequence[Sequence[str]] | None = None, training: dict[str, Any] | None = None,
            dataset: dict[str, Any] | None = None, layout: dict[str, Any] | None = None,
            history: dict[str, Any] | None = None) -> dict[str, Any]:
    """The document `save` would write, as plain JSON-ready Python values (validated)."""
    return _to_dict(network, "", name=name, description=description, labels=labels, training=training,
                    dataset=dataset, layout=layout, history=history)


def from_dict(data: Any, source: str = "") -> NetworkFile:
    """Validate a parsed document and build its network. `source` names it in error messages."""
    try:
        return _parse(data)
    except check.Invalid as exc:
        raise NetworkFileError(exc.problem, source=source, where=exc.where) from None


def to_json(doc: dict[str, Any]) -> str:
    """A document as readable JSON text: nested parts indented, short parts and number rows on one line."""
    out: list[str] = []
    io_write.emit(doc, 0, out)
    out.append("\n")
    return "".join(out)


def from_json(text: str | bytes, source: str = "") -> NetworkFile:
    """Parse JSON text (e.g. pasted from the clipboard) into a validated NetworkFile."""
    def fail(problem: Text | str) -> NetworkFileError:
        return NetworkFileError(problem, source=source)

    if len(text) > MAX_FILE_BYTES:
        raise fail(_too_big(len(text)))
    if isinstance(text, (bytes, bytearray)):
        text = _decode(text, source)
    if not text.strip():
        raise fail(Text("the file is empty"))
    # Each array or object costs ~60-100 bytes once parsed; count them first (brackets inside
    # strings count too, which only errs on the safe side) so "[[],[],…]" cannot exhaust memory.
    containers = text.count("[") + text.count("{")
    if containers > MAX_CONTAINERS:
        raise fail(Text("has {count:,} arrays and objects; network files hold at most {limit:,}",
                        count=containers, limit=MAX_CONTAINERS))
    try:
        data = json.loads(text, object_pairs_hook=_JSONObject.from_pairs)
    except json.JSONDecodeError as exc:
        raise fail(Text("not valid JSON: {reason} (line {line}, column {column})",
                        reason=exc.msg, line=exc.lineno, column=exc.colno)) from None
    except RecursionError:
        raise fail(Text("not readable: the JSON is nested too deeply")) from None
    except ValueError as exc:  # an integer with more digits than Python converts (4300)
        raise fail(_huge_integer(text, exc)) from None
    return from_dict(data, source)


def _decode(data: bytes, source: str) -> str:
    try:
        return bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NetworkFileError(Text("not a text file (invalid UTF-8 at byte {byte})", byte=exc.start),
                               source=source) from None


def _huge_integer(text: str, exc: ValueError) -> Text:
    match = re.search(r"\d{%d,}" % (sys.get_int_max_str_digits() or 4300), text)
    if match is None:
        return Text("not valid JSON: {reason}", reason=str(exc).split(":")[0])
    line = text.count("\n", 0, match.start()) + 1
    column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
    return Text("not valid JSON: a number with {digits:,} digits (line {line}, column {column}); "
                "numbers in network files must be finite and of reasonable size",
                digits=len(match.group()), line=line, column=column)


def example_paths() -> dict[str, Path]:
    """The bundled example networks: file stem ("and", "xor", ...) -> path."""
    return {path.stem: path for path in sorted(EXAMPLES_DIR.glob("*.json"))}


# ---------------------------------------------------------------- writing

def _to_dict(network: Network, source: str, *, name: str, description: str,
             labels: Sequence[Sequence[str]] | None, training: dict[str, Any] | None,
             dataset: dict[str, Any] | None, layout: dict[str, Any] | None,
             history: dict[str, Any] | None) -> dict[str, Any]:
    sizes = network.sizes
    if labels is None or (isinstance(labels, (list, tuple)) and not labels):
        labels = [[] for _ in sizes]  # default names everywhere
    if not isinstance(labels, (list, tuple)) or len(labels) != len(sizes):
        count = len(labels) if isinstance(labels, (list, tuple)) else type(labels).__name__
        raise NetworkFileError(Text("expected one list per layer of neurons ({layers}), got {count}",
                                    layers=len(sizes), count=count),
                               source=source, where="labels")
    layers: list[dict[str, Any]] = [{"size": sizes[0]}]
    for layer in network.layers:
        layers.append({"size": layer.n_out, "activation": layer.activation,
                       "weights": layer.W.tolist(), "biases": layer.b.tolist()})
    for entry, names in zip(layers, labels):
        if not isinstance(names, (list, tuple)) or len(names):
            entry["labels"] = list(names) if isinstance(names, tuple) else names
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION}
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


def _finite_history(history: dict[str, Any]) -> dict[str, Any]:
    # JSON cannot hold NaN or infinity, and a diverged run may have recorded one:
    # such points are saved as missing (null) values instead of refusing the file.
    if not isinstance(history, dict):
        return history
    cleaned: dict[str, Any] = {}
    for key, values in history.items():
        if key != "epoch" and isinstance(values, (list, tuple)):
            values = [None if isinstance(v, numbers.Real) and not isinstance(v, bool) and not math.isfinite(v)
                      else v for v in values]
        cleaned[key] = values
    return cleaned


# ---------------------------------------------------------------- reading

def _display_name(path: StrPath) -> str:
    path = _as_path(path)
    return path.name or str(path)


def _as_path(path: StrPath) -> Path:
    return Path(str(os.fspath(path)).replace("\0", "\\0"))


def _too_big(size: int) -> Text:
    return Text("the file is {size:.0f} MB; Synaptica refuses network files larger than {limit} MB",
                size=size / 2 ** 20, limit=MAX_FILE_BYTES // 2 ** 20)


class _JSONObject(dict[str, Any]):
    """A parsed JSON object that remembers keys that appeared more than once."""

    duplicates: tuple[str, ...] = ()

    @classmethod
    def from_pairs(cls, pairs: list[tuple[str, Any]]) -> _JSONObject:
        obj = cls()
        for key, value in pairs:
            if key in obj:
                obj.duplicates = (*obj.duplicates, key)
            obj[key] = value
        return obj


def _parse(data: object) -> NetworkFile:
    if not isinstance(data, dict):
        raise check.Invalid("", Text("expected a JSON object at the top level, got {value}", value=check.describe(data)))
    check.check_duplicates(data, "")
    if "format" not in data:
        raise check.Invalid("format", Text("missing, so this is not a Synaptica network file"))
    if not isinstance(data["format"], str) or data["format"] != FORMAT:
        raise check.Invalid("format", Text("expected {format!r}, got {value}: this is not a Synaptica network file",
                                           format=FORMAT, value=check.describe(data["format"])))
    if "version" not in data:
        raise check.Invalid("version", Text("missing"))
    version = check.integer(data["version"], "version")
    if version > VERSION:
        raise check.Invalid("", Text("made by a newer Synaptica (version {version}); this one reads up to version {newest}",
                                     version=version, newest=VERSION))
    if version < 1:
        raise check.Invalid("version", Text("{version} is not a valid version; versions start at 1", version=version))
    data = _migrate(data, version)

    check.keys(data, "", required=("format", "version", "layers"), optional=TOP_LEVEL_KEYS)
    sizes, weights, biases, names, labels = layer_checks.layers(data["layers"])
    name = check.string(data.get("name", ""), "name", max_chars=MAX_NAME_CHARS)
    description = check.string(data.get("description", ""), "description", max_chars=MAX_DESCRIPTION_CHARS)
    training = settings.training(data.get("training", {}), "training")
    dataset = settings.dataset(data.get("dataset"), "dataset")
    layout = sections.layout(data.get("layout", {}), "layout", n_inputs=sizes[0], max_items=MAX_LAYOUT_ITEMS,
                             max_chars=MAX_NAME_CHARS)
    if "classroom" in layout:        # classroom mode (issue 14): the same check lessons use
        try:
            layout["classroom"] = classroom.validate(layout["classroom"], "layout.classroom")
        except classroom.ClassroomError as error:
            raise check.Invalid(error.where, error.problem) from None
    history = sections.history(data.get("history"), "history", max_points=MAX_HISTORY_POINTS, max_epoch=MAX_INT)

    network = Network([Dense(W, b, act) for W, b, act in zip(weights, biases, names)])
    return NetworkFile(network=network, name=name, description=description, labels=labels, training=training,
                       dataset=dataset, layout=layout, history=history)


def _migrate(data: dict[str, Any], version: int) -> dict[str, Any]:
    data = dict(data)
    while version < VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise check.Invalid("version", Text("files of version {version} cannot be read by this Synaptica",
                                                version=version))
        data = step(data)
        version += 1
        data["version"] = version
    return data
