"""Dataset settings: what a network file's "dataset" section names, and the Dataset it describes.

The app and the command line share these rules, so a file trains on the same data everywhere:

- names: the built-ins of `simulator.datasets.NAMES` (`spiral`, `gate:xor:3`, ...) and two kinds
  of imported file, ``csv:<path>`` and ``idx:<images path>|<labels path>`` (MNIST IDX files);
- `complete`: the settings with every default filled in (samples, noise, test fraction, seed),
  and a dataset picked for the network when a file names none;
- `load` / `split`: build the Dataset and its train/test parts;
- `mismatch`: plain-language reasons why a dataset and a network do not fit;
- `label`: a friendly name for a dataset name.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import csv_import, datasets, features
from .datafiles import DatasetError
from .network import Network
from .text import Text

CSV_PREFIX = "csv:"
IDX_PREFIX = "idx:"
SETTING_KEYS = ("name", "samples", "noise", "test_fraction", "seed")

LABELS = {
    "circle": Text("Circle"), "xor": Text("XOR (point cloud)"), "gauss": Text("Gaussian blobs"),
    "spiral": Text("Spiral"), "moons": Text("Two moons"), "sin": Text("sin(x) (regression)"),
    "iris": Text("Iris flowers"), "digits": Text("Digits (8×8 images)"),
    "gate:and": Text("AND gate"), "gate:or": Text("OR gate"), "gate:nand": Text("NAND gate"),
    "gate:nor": Text("NOR gate"), "gate:xor": Text("XOR gate"), datasets.DRAWN: Text("Drawn by you"),
}

#: Defaults per kind of dataset; only the keys that matter for that kind.
DEFAULTS: dict[str, dict[str, Any]] = {
    "points": {"samples": 400, "noise": 0.0, "test_fraction": 0.5, "seed": 0},
    "sin": {"samples": 100, "noise": 0.0, "test_fraction": 0.25, "seed": 0},
    "gate": {"test_fraction": 0.0, "seed": 0},
    "bundled": {"test_fraction": 0.25, "seed": 0},
    "import": {"test_fraction": 0.25, "seed": 0},
    "drawn": {"points": [], "labels": [], "test_fraction": 0.25, "seed": 0},   # the points live in the settings
}
PLANE_KINDS = ("points", "drawn")    # 2-D point sets, where derived input features apply
#: Point clouds whose shape needs more samples than the default to be learnable from half of them.
SAMPLES = {"spiral": 800}


def kind(name: str) -> str:
    """"points", "sin", "gate", "bundled", "import" or "drawn"."""
    name = name.strip().lower()
    if name == datasets.DRAWN:
        return "drawn"
    if name.startswith(datasets.GATE_PREFIX):
        return "gate"
    if name.startswith((CSV_PREFIX, IDX_PREFIX)):
        return "import"
    if name == "sin":
        return "sin"
    if name in datasets.BUNDLED:
        return "bundled"
    return "points"


def label(name: str) -> str:
    """A friendly name for a dataset name, e.g. "gate:and" -> "AND gate", "csv:/x/a.csv" -> "a.csv"."""
    if name in LABELS:
        return LABELS[name]
    if name.startswith(datasets.GATE_PREFIX):
        gate, _, arity = name[len(datasets.GATE_PREFIX):].partition(":")
        return (Text("{gate} gate ({arity} inputs)", gate=gate.upper(), arity=arity) if arity else
                Text("{gate} gate", gate=gate.upper()))
    if name.startswith(CSV_PREFIX):
        return Path(name[len(CSV_PREFIX):]).name
    if name.startswith(IDX_PREFIX):
        return Path(name[len(IDX_PREFIX):].split("|")[0]).name
    return name


def csv_name(path: str | os.PathLike[str]) -> str:
    return CSV_PREFIX + str(Path(path).resolve())


def idx_name(images: str | os.PathLike[str], labels: str | os.PathLike[str] | None = None) -> str:
    """``idx:<images>|<labels>``, or ``idx:<images>`` when the labels file is found beside the images."""
    name = f"{IDX_PREFIX}{Path(images).resolve()}"
    return name if labels is None else f"{name}|{Path(labels).resolve()}"


def gate_of(settings: dict[str, Any] | None) -> str | None:
    """The logic gate ("and", "xor", ...) dataset settings name, else None.

    Accepts "gate:and", "gate:xor:3" and the bare names "and", "or", "nand", "nor".
    A bare "xor" is the 2-D point cloud, unless it carries no sampling settings at all
    (then it can only mean the truth table).
    """
    if not settings or not isinstance(settings.get("name"), str):
        return None
    name = settings["name"].strip().lower()
    if name.startswith(datasets.GATE_PREFIX):
        gate = name[len(datasets.GATE_PREFIX):].partition(":")[0]
        return gate if gate in datasets.GATES else None
    if name == "xor":
        return None if ("samples" in settings or "noise" in settings) else "xor"
    return name if name in datasets.GATES else None


def dataset_settings(dataset: dict[str, Any] | None) -> tuple[str, dict[str, Any]] | None:
    """(name, keyword arguments) for `datasets.make`, or None without a dataset."""
    if not dataset or not isinstance(dataset.get("name"), str):
        return None
    gate = gate_of(dataset)
    name = dataset["name"].strip().lower()
    if gate is not None and not name.startswith(datasets.GATE_PREFIX):
        name = datasets.GATE_PREFIX + gate
    kwargs: dict[str, Any] = {key: dataset[key] for key in ("samples", "noise", "seed") if key in dataset}
    return name, kwargs


def default_name(network: Network) -> str:
    """A dataset that fits `network` without changing it, when the document names none."""
    n_in, n_out = network.n_inputs, network.n_outputs
    single = len(network.layers) == 1
    if n_in == 64 and n_out == 10:
        return "digits"
    if n_in == 4 and n_out == 3:
        return "iris"
    if n_in == 1:
        return "sin"
    if 2 <= n_in <= 4 and n_out in (1, 2):
        gate = "and" if single else "xor"
        return datasets.GATE_PREFIX + gate + ("" if n_in == 2 else f":{n_in}")
    return "circle"


def defaults(name: str) -> dict[str, Any]:
    """Every setting of dataset `name` at its default."""
    out: dict[str, Any] = {"name": name, **DEFAULTS[kind(name)]}
    if name in SAMPLES:
        out["samples"] = SAMPLES[name]
    return out


def complete(settings: dict[str, Any] | None, network: Network) -> dict[str, Any]:
    """Complete settings {"name", ...}: the given ones, or a default dataset that fits `network`."""
    given = dict(settings or {})
    name = str(given.get("name") or default_name(network)).strip()
    gate = gate_of(given) if given.get("name") else None
    if gate is not None and not name.lower().startswith(datasets.GATE_PREFIX):
        name = datasets.GATE_PREFIX + gate
    out = defaults(name)
    out.update({key: given[key] for key in out if key in given and key != "name"})
    if given.get("features") and kind(name) in PLANE_KINDS:
        out["features"] = list(given["features"])      # derived inputs, only when chosen
    if given.get("csv") and name.startswith(CSV_PREFIX):
        out["csv"] = dict(given["csv"])                # how the CSV file is read (csv_import.CsvOptions)
    return out


def for_new_name(name: str, previous: dict[str, Any]) -> dict[str, Any]:
    """Settings after picking dataset `name`: keep the previous values that still apply."""
    out = defaults(name)
    old_name = str(previous.get("name", ""))
    keep_split = (kind(name) == "gate") == (kind(old_name) == "gate")
    # Sample counts are tuned per dataset (a spiral needs more points than a circle): keep the
    # learner's own count, not the old dataset's default.
    keep_size = kind(name) == kind(old_name) and previous.get("samples") != defaults(old_name).get("samples")
    for key in out:
        if key in previous and key != "name" and (key != "test_fraction" or keep_split) \
                and (key != "samples" or keep_size):
            out[key] = previous[key]
    if previous.get("features") and kind(name) in PLANE_KINDS:
        out["features"] = list(previous["features"])
    return out


def cache_key(settings: dict[str, Any]) -> str:
    """Which file-read dataset `settings` describe: the name, and for a CSV the options it is read with."""
    options = settings.get("csv")
    return settings["name"] + (f"?{json.dumps(options, sort_keys=True)}" if options else "")


def load(settings: dict[str, Any], imported: dict[str, datasets.Dataset] | None = None) -> datasets.Dataset:
    """The Dataset `settings` describe (raises datasets.DatasetError with a plain message).

    `imported` caches datasets read from files, by `cache_key`, so re-splitting does not re-read them.
    Derived input features (settings["features"], e.g. ["x1^2", "x2^2"]) are appended to 2-D data.
    """
    data = _load_plain(settings, imported)
    if settings.get("features"):
        try:
            data = features.with_features(data, settings["features"])
        except ValueError as error:
            raise DatasetError(error.args[0]) from None
    return data


def _load_plain(settings: dict[str, Any], imported: dict[str, datasets.Dataset] | None) -> datasets.Dataset:
    name, key = settings["name"], cache_key(settings)
    if imported is not None and key in imported:
        return imported[key]
    if name.startswith(CSV_PREFIX):
        options = csv_import.CsvOptions.from_dict(settings.get("csv") or {})
        data = csv_import.load(name[len(CSV_PREFIX):], options)
    elif name.startswith(IDX_PREFIX):
        images, _, labels = name[len(IDX_PREFIX):].partition("|")
        data = datasets.load_idx(images, labels or None)
    elif name == datasets.DRAWN:
        return datasets.from_points(settings.get("points", []), settings.get("labels", []))
    else:
        kwargs = {key: settings[key] for key in ("samples", "noise", "seed") if key in settings}
        return datasets.make(name, **kwargs)
    if imported is not None:
        imported[key] = data
    return data


def split(data: datasets.Dataset, settings: dict[str, Any]) -> tuple[datasets.Dataset, datasets.Dataset]:
    return data.split(settings.get("test_fraction", 0.0), settings.get("seed", 0))


def load_split(settings: dict[str, Any], imported: dict[str, Any] | None = None
               ) -> tuple[datasets.Dataset, datasets.Dataset, datasets.Dataset]:
    """(whole dataset, train part, test part) for complete `settings`."""
    data = load(settings, imported)
    train, test = split(data, settings)
    return data, train, test


def _names(items: Iterable[str], limit: int = 3) -> str:
    items = list(items)
    shown = ", ".join(items[:limit])
    return shown + (", …" if len(items) > limit else "")


def _features(n: int) -> Text:
    return Text("1 feature") if n == 1 else Text("{n} features", n=n)


def _inputs(n: int) -> Text:
    return Text("1 input") if n == 1 else Text("{n} inputs", n=n)


def _outputs(n: int) -> Text:
    return Text("1 output") if n == 1 else Text("{n} outputs", n=n)


def _targets(n: int) -> Text:
    return Text("1 target value") if n == 1 else Text("{n} target values", n=n)


def outputs_needed(data: datasets.Dataset, network: Network | None = None) -> int:
    """How many outputs a network needs for `data` (keeping 2 softmax outputs for two classes)."""
    if data.task == datasets.REGRESSION:
        return data.n_targets
    if data.n_classes == 2:
        return 2 if network is not None and network.n_outputs == 2 else 1
    return data.n_classes


def mismatch(data: datasets.Dataset, network: Network) -> list[Text]:
    """Why `data` cannot train `network` as it is, in plain words (empty when it fits)."""
    found = []
    title = label(data.name)
    if data.n_features != network.n_inputs:
        found.append(Text("The {title} data has {features} ({names}), but the network has {inputs}.", title=title,
                          features=_features(data.n_features), names=_names(data.feature_names),
                          inputs=_inputs(network.n_inputs)))
    try:
        data.targets(network.n_outputs)
    except ValueError:
        if data.task == datasets.REGRESSION:
            found.append(Text("The {title} data has {targets} per sample, but the network has {outputs}.",
                              title=title, targets=_targets(data.n_targets), outputs=_outputs(network.n_outputs)))
        elif data.n_classes == 2:
            found.append(Text("The {title} data has 2 classes, so the network needs 1 output (the probability of "
                              "class 1) or 2 (one per class); it has {outputs}.", title=title,
                              outputs=network.n_outputs))
        else:
            found.append(Text("The {title} data has {classes} classes ({names}), so the network needs {classes} "
                              "outputs, one per class; it has {outputs}.", title=title, classes=data.n_classes,
                              names=_names(data.class_names), outputs=network.n_outputs))
    return found


def layer_labels(dataset: datasets.Dataset | None, network: Network) -> list[Any]:
    """Input and output names taken from `dataset` where they fit `network` (None: keep the usual ones)."""
    labels: list[Any] = [None] * len(network.sizes)
    if dataset is None:
        return labels
    if len(dataset.feature_names) == network.n_inputs:
        labels[0] = list(dataset.feature_names)
    names = list(dataset.class_names)
    if dataset.task == datasets.CLASSIFICATION and len(names) == network.n_outputs:
        labels[-1] = names
    elif dataset.task == datasets.CLASSIFICATION and len(names) == 2 and network.n_outputs == 1:
        labels[-1] = [f"P({names[1]})"]
    return labels
