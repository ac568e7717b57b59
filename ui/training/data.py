"""Which data a network trains on, whether it fits, and what would make it fit.

Plain Python and NumPy (no Qt), so the rules are easy to test and to read:

- `effective_settings`: the document's dataset settings with every default filled
  in (and a sensible dataset picked for the network when the document names none).
- `load`: build the Dataset those settings describe. Besides `simulator.datasets.NAMES`
  two kinds of name refer to imported files: ``csv:<path>`` and
  ``idx:<images path>|<labels path>`` (MNIST IDX files).
- `mismatch`: plain-language reasons why the data and the network do not fit.
- `suggest`: the pairing of output layer, loss and optimizer that suits the data,
  as a `Suggestion` the user can accept with one click.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from simulator import Network, datasets, features
from simulator.edit import resize_layer
from simulator.training import problems as engine_problems

CSV_PREFIX = "csv:"
IDX_PREFIX = "idx:"

LABELS = {
    "circle": "Circle", "xor": "XOR (point cloud)", "gauss": "Gaussian blobs", "spiral": "Spiral",
    "moons": "Two moons", "sin": "sin(x) (regression)", "iris": "Iris flowers", "digits": "Digits (8×8 images)",
    "gate:and": "AND gate", "gate:or": "OR gate", "gate:nand": "NAND gate", "gate:nor": "NOR gate",
    "gate:xor": "XOR gate", datasets.DRAWN: "Drawn by you",
}
LOSS_LABELS = {"mse": "Mean squared error", "cross_entropy": "Cross-entropy",
               "binary_cross_entropy": "Binary cross-entropy"}

#: Defaults per kind of dataset; only the keys that matter for that kind.
_DEFAULTS = {
    "points": {"samples": 200, "noise": 0.0, "test_fraction": 0.5, "seed": 0},
    "sin": {"samples": 100, "noise": 0.0, "test_fraction": 0.25, "seed": 0},
    "gate": {"test_fraction": 0.0, "seed": 0},
    "bundled": {"test_fraction": 0.25, "seed": 0},
    "import": {"test_fraction": 0.25, "seed": 0},
    "drawn": {"points": [], "labels": [], "test_fraction": 0.25, "seed": 0},   # the points live in the settings
}


PLANE_KINDS = ("points", "drawn")    # 2-D point sets, where derived input features apply


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
        return f"{gate.upper()} gate" + (f" ({arity} inputs)" if arity else "")
    if name.startswith(CSV_PREFIX):
        return Path(name[len(CSV_PREFIX):]).name
    if name.startswith(IDX_PREFIX):
        return Path(name[len(IDX_PREFIX):].split("|")[0]).name
    return name


def csv_name(path) -> str:
    return CSV_PREFIX + str(Path(path).resolve())


def idx_name(images, labels=None) -> str:
    """``idx:<images>|<labels>``, or ``idx:<images>`` when the labels file is found beside the images."""
    name = f"{IDX_PREFIX}{Path(images).resolve()}"
    return name if labels is None else f"{name}|{Path(labels).resolve()}"


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


def effective_settings(settings: dict | None, network: Network) -> dict:
    """Complete settings {"name", ...}: the document's, or a default that fits `network`."""
    given = dict(settings or {})
    name = str(given.get("name") or default_name(network)).strip()
    # A bare "xor" without sampling settings is the truth table (see ui.widgets.gate_of).
    if name.lower() in datasets.GATES and not ({"samples", "noise"} & set(given)):
        name = datasets.GATE_PREFIX + name.lower()
    out = {"name": name, **_DEFAULTS[kind(name)]}
    out.update({key: given[key] for key in out if key in given and key != "name"})
    if given.get("features") and kind(name) in PLANE_KINDS:
        out["features"] = list(given["features"])      # derived inputs, only when chosen
    return out


def for_new_name(name: str, previous: dict) -> dict:
    """Settings after picking dataset `name`: keep the previous values that still apply."""
    out = {"name": name, **_DEFAULTS[kind(name)]}
    keep_split = (kind(name) == "gate") == (kind(previous.get("name", "")) == "gate")
    for key in out:
        if key in previous and key != "name" and (key != "test_fraction" or keep_split):
            out[key] = previous[key]
    if previous.get("features") and kind(name) in PLANE_KINDS:
        out["features"] = list(previous["features"])
    return out


def load(settings: dict, imported: dict | None = None) -> datasets.Dataset:
    """The Dataset `settings` describe (raises datasets.DatasetError with a plain message).

    `imported` caches datasets read from files, by name, so re-splitting does not re-read them.
    Derived input features (settings["features"], e.g. ["x1^2", "x2^2"]) are appended to 2-D data.
    """
    data = _load_plain(settings, imported)
    if settings.get("features"):
        try:
            data = features.with_features(data, settings["features"])
        except ValueError as error:
            raise datasets.DatasetError(str(error)) from None
    return data


def _load_plain(settings: dict, imported: dict | None) -> datasets.Dataset:
    name = settings["name"]
    if imported is not None and name in imported:
        return imported[name]
    if name.startswith(CSV_PREFIX):
        data = datasets.load_csv(name[len(CSV_PREFIX):])
    elif name.startswith(IDX_PREFIX):
        images, _, labels = name[len(IDX_PREFIX):].partition("|")
        data = datasets.load_idx(images, labels or None)
    elif name == datasets.DRAWN:
        return datasets.from_points(settings.get("points", []), settings.get("labels", []))
    else:
        kwargs = {key: settings[key] for key in ("samples", "noise", "seed") if key in settings}
        return datasets.make(name, **kwargs)
    if imported is not None:
        imported[name] = data
    return data


def split(data: datasets.Dataset, settings: dict) -> tuple[datasets.Dataset, datasets.Dataset]:
    return data.split(settings.get("test_fraction", 0.0), settings.get("seed", 0))


def _names(items, limit: int = 3) -> str:
    items = list(items)
    shown = ", ".join(items[:limit])
    return shown + (", …" if len(items) > limit else "")


def _count(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


def outputs_needed(data: datasets.Dataset, network: Network) -> int:
    """How many outputs a network needs for `data` (keeping 2 softmax outputs for two classes)."""
    if data.task == datasets.REGRESSION:
        return data.n_targets
    if data.n_classes == 2:
        return 2 if network.n_outputs == 2 else 1
    return data.n_classes


def mismatch(data: datasets.Dataset, network: Network) -> list[str]:
    """Why `data` cannot train `network` as it is, in plain words (empty when it fits)."""
    found = []
    title = label(data.name)
    if data.n_features != network.n_inputs:
        found.append(f"The {title} data has {_count(data.n_features, 'feature')} "
                     f"({_names(data.feature_names)}), but the network has {_count(network.n_inputs, 'input')}.")
    try:
        data.targets(network.n_outputs)
    except ValueError:
        if data.task == datasets.REGRESSION:
            found.append(f"The {title} data has {_count(data.n_targets, 'target value')} per sample, "
                         f"but the network has {_count(network.n_outputs, 'output')}.")
        elif data.n_classes == 2:
            found.append(f"The {title} data has 2 classes, so the network needs 1 output (the probability of "
                         f"class 1) or 2 (one per class); it has {network.n_outputs}.")
        else:
            found.append(f"The {title} data has {data.n_classes} classes ({_names(data.class_names)}), so the "
                         f"network needs {data.n_classes} outputs, one per class; it has {network.n_outputs}.")
    return found


@dataclass(frozen=True)
class Suggestion:
    """A network shape, activations, loss and optimizer that suit a dataset."""

    inputs: int
    outputs: int
    activations: tuple[str, ...]     # one per weight layer
    loss: str
    optimizer: str
    changes: tuple[str, ...]         # what would change, one plain sentence each
    required: bool                   # True when the data cannot train the network without it

    @property
    def text(self) -> str:
        return " ".join(self.changes)

    @property
    def listing(self) -> str:
        """The changes one per line, as a bulleted list (the reason last, unbulleted)."""
        return "\n".join(line if line.startswith("(") else f"• {line}" for line in self.changes)

    def network_changes(self, network: Network) -> bool:
        return (self.inputs, self.outputs) != (network.n_inputs, network.n_outputs) or \
            self.activations != tuple(layer.activation for layer in network.layers)

    def adapted(self, network: Network, seed: int = 0) -> Network:
        """A copy of `network` with this suggestion's sizes and activations (kept weights where they fit)."""
        rng = np.random.default_rng(seed)
        net = network.copy()
        if net.n_inputs != self.inputs:
            net = resize_layer(net, 0, self.inputs, rng)
        if net.n_outputs != self.outputs:
            net = resize_layer(net, len(net.layers), self.outputs, rng)
        for layer, name in zip(net.layers, self.activations):
            layer.activation = name
        return net

    def __repr__(self) -> str:
        return (f"Suggestion({self.inputs}→…→{self.outputs}, {'/'.join(self.activations)}, loss={self.loss}, "
                f"optimizer={self.optimizer}, required={self.required})")


def suggest(data: datasets.Dataset, network: Network, training: dict) -> Suggestion | None:
    """The pairing that suits `data`, or None when the current one already does.

    - regression (sin): identity output (tanh kept) with mean squared error;
    - logic gates: the perceptron rule for a single step layer, else sigmoid units with mse;
    - two classes: 1 sigmoid output with binary cross-entropy (2 softmax outputs are kept);
    - more classes: one softmax output per class with cross-entropy.
    """
    acts = [layer.activation for layer in network.layers]
    loss = training.get("loss", "mse")
    optimizer = training.get("optimizer", {}).get("name", "sgd")
    outputs = outputs_needed(data, network)
    new_acts, new_loss, new_optimizer = list(acts), loss, optimizer
    single_step = len(acts) == 1 and acts[0] == "step"
    why = ""
    if data.task == datasets.REGRESSION:
        if acts[-1] not in ("identity", "tanh"):
            new_acts[-1] = "identity"
        new_loss = "mse"
        why = "a regression target can be any number"
    elif kind(data.name) == "gate" and outputs == 1:
        if single_step:
            new_optimizer, new_loss = "perceptron", "mse"
            why = "a single layer of step units learns a gate with the perceptron rule"
        else:
            new_acts = ["sigmoid" if a == "step" else a for a in acts]
            new_acts[-1] = "sigmoid"
            new_loss = "mse"
            why = "sigmoid units give gradient descent a slope to follow"
    elif outputs == 1:
        new_acts[-1], new_loss = "sigmoid", "binary_cross_entropy"
        why = "one sigmoid output is the probability of class 1"
    else:
        new_acts[-1], new_loss = "softmax", "cross_entropy"
        why = "softmax outputs are class probabilities that sum to 1"
    if new_optimizer == "perceptron" and not (len(new_acts) == 1 and new_acts[0] == "step"):
        new_optimizer = "sgd"
    if new_optimizer != "perceptron":
        # Gradient descent cannot learn through step units.
        new_acts = ["sigmoid" if a == "step" else a for a in new_acts]
    if outputs > 1 and new_acts[-1] != "softmax" and new_loss == "cross_entropy":
        new_acts[-1] = "softmax"

    changes = []
    if data.n_features != network.n_inputs:
        changes.append(f"Inputs {network.n_inputs} → {data.n_features} (one per feature).")
    if outputs != network.n_outputs:
        changes.append(f"Outputs {network.n_outputs} → {outputs}.")
    changed_layers = [k for k, (a, b) in enumerate(zip(acts, new_acts)) if a != b]
    for k in changed_layers:
        where = "Output" if k == len(acts) - 1 else f"Hidden layer {k + 1}"
        changes.append(f"{where} activation {acts[k]} → {new_acts[k]}.")
    if new_loss != loss:
        changes.append(f"Loss {LOSS_LABELS[loss]} → {LOSS_LABELS[new_loss]}.")
    if new_optimizer != optimizer:
        changes.append(f"Optimizer {optimizer} → {new_optimizer}.")
    if not changes:
        return None
    if why:
        changes.append(f"({why[0].upper()}{why[1:]}.)")
    required = bool(mismatch(data, network)) or bool(engine_problems(network, loss, optimizer))
    return Suggestion(data.n_features, outputs, tuple(new_acts), new_loss, new_optimizer, tuple(changes), required)


def layer_labels(dataset: "datasets.Dataset | None", network: Network) -> list:
    """Input and output names taken from `dataset` where they fit `network` (None: keep the usual ones)."""
    labels: list = [None] * len(network.sizes)
    if dataset is None:
        return labels
    if len(dataset.feature_names) == network.n_inputs:
        labels[0] = list(dataset.feature_names)
    names = list(dataset.class_names)
    if dataset.task == "classification" and len(names) == network.n_outputs:
        labels[-1] = names
    elif dataset.task == "classification" and len(names) == 2 and network.n_outputs == 1:
        labels[-1] = [f"P({names[1]})"]
    return labels
