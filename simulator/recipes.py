"""Training recipes: the network and settings that make a dataset learnable, and how to get there.

- `propose(data)`: the layer sizes a new network for `data` should have;
- `recipe(data, network)`: the training settings (loss, optimizer with its hyperparameters,
  learning rate, batch size, epochs, initialisation) and the output/hidden activations that
  train `network` on `data`;
- `suggest(data, network, training)`: what would change to follow the recipe, in plain words,
  as a `Suggestion` the app applies with one click and the command line applies on `new`.

Every recipe here is checked by a test that trains each built-in dataset to its target.
"""
from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from . import datasets, dataspec, optimizers
from .edit import resize_layer
from .network import Network
from .text import Text
from .training import problems as engine_problems

LOSS_LABELS = {"mse": Text("Mean squared error"), "cross_entropy": Text("Cross-entropy"),
               "binary_cross_entropy": Text("Binary cross-entropy")}
#: Hidden units that gradient descent trains well; a step unit becomes one of these.
SMOOTH = ("sigmoid", "tanh", "relu", "leaky_relu")


@dataclass(frozen=True)
class Recipe:
    """Activations and training settings that fit a network to a dataset."""

    activations: tuple[str, ...]     # one per weight layer
    loss: str
    optimizer: str
    lr: float
    batch_size: int
    epochs: int
    init: str
    why: Text | str = ""             # one sentence (capitalised, no full stop): why this loss and output

    def training(self, seed: int = 0, weight_decay: float = 0.0) -> dict[str, Any]:
        """These settings in the network file's "training" format."""
        return {"loss": self.loss, "optimizer": {"name": self.optimizer, **optimizers.defaults(self.optimizer),
                                                 "lr": self.lr},
                "batch_size": self.batch_size, "epochs": self.epochs, "init": self.init, "seed": seed,
                "weight_decay": weight_decay}


def propose(data: datasets.Dataset) -> list[int]:
    """Layer sizes (inputs first) of a network that learns `data` with its recipe."""
    n_in, n_out = data.n_features, dataspec.outputs_needed(data)
    kind = dataspec.kind(data.name)
    if kind == "gate":
        gate = dataspec.gate_of({"name": data.name})
        # AND, OR, NAND and NOR are linearly separable: one neuron is enough. Parity is not.
        return [n_in, n_out] if gate != "xor" else [n_in, 4 * (n_in - 1), n_out]
    if data.name == "spiral":
        return [n_in, 8, 8, n_out]
    if kind == "points":
        return [n_in, 8, n_out]
    if data.task == datasets.REGRESSION:
        return [n_in, 8, n_out]
    hidden = int(np.clip(2 * max(n_in, n_out), 8, 64))
    return [n_in, hidden, n_out]


def recipe(data: datasets.Dataset, network: Network) -> Recipe:
    """The activations and training settings that train `network` (its hidden sizes as they are) on `data`."""
    outputs = dataspec.outputs_needed(data, network)
    acts = [layer.activation for layer in network.layers]
    if len(acts) != len(network.layers) or not acts:
        raise ValueError("the network has no layers")
    kind = dataspec.kind(data.name)
    n_train = max(1, data.n_samples)
    if kind == "gate" and outputs == 1 and acts == ["step"]:
        # A single layer of step units learns a separable gate with Rosenblatt's rule, from zero weights.
        return Recipe(("step",), "mse", "perceptron", 0.1, 1, 20, "zeros",
                      Text("A single layer of step units learns a gate with the perceptron rule"))
    smooth = "sigmoid" if kind == "gate" else "tanh"
    hidden = [a if a in SMOOTH else smooth for a in acts[:-1]]
    if data.task == datasets.REGRESSION:
        output = acts[-1] if acts[-1] in ("identity", "tanh") else "identity"
        loss, why = "mse", Text("A regression target can be any number, so the output is compared by squared "
                                "error")
    elif outputs == 1:
        output, loss, why = ("sigmoid", "binary_cross_entropy",
                             Text("One sigmoid output is the probability of class 1"))
    else:
        output, loss, why = ("softmax", "cross_entropy",
                             Text("Softmax outputs are class probabilities that sum to 1"))
    init = "he" if hidden and all(a in ("relu", "leaky_relu") for a in hidden) else "xavier"
    if kind == "gate":
        # A truth table is tiny: every row in each step, a large step size.
        lr, batch, epochs = 0.1, n_train, 1000
    elif kind == "points":
        lr, batch, epochs = 0.03, 20, 1500 if data.name == "spiral" else 1000
    elif data.task == datasets.REGRESSION:
        lr, batch, epochs = 0.01, 10, 1000
    else:
        lr, batch = 0.01, 32
        epochs = 300 if n_train <= 500 else 60 if n_train <= 5000 else 20
    return Recipe(tuple(hidden + [output]), loss, "adam", lr, batch, epochs, init, why)


def new_network(sizes: Sequence[int], data: datasets.Dataset, hidden: str | None = None, output: str | None = None,
                seed: int = 0) -> tuple[Network, dict[str, Any]]:
    """A fresh network of `sizes` for `data` and the training settings to train it with.

    `hidden` / `output` override the recipe's activations (the recipe then adapts to them).
    """
    sizes = [int(s) for s in sizes]
    start = Network.build(sizes, hidden=hidden or "sigmoid", output=output or "sigmoid", init="xavier", seed=seed)
    plan = recipe(data, start)
    names = list(plan.activations)
    if hidden:
        names[:-1] = [hidden] * (len(names) - 1)
    if output:
        names[-1] = output
    net = Network.build(sizes, activations=names, init=plan.init, seed=seed)
    return net, recipe(data, net).training(seed)


@dataclass(frozen=True)
class Suggestion:
    """What would change to follow the recipe: network shape, activations and training settings."""

    inputs: int
    outputs: int
    activations: tuple[str, ...]     # one per weight layer
    training: dict[str, Any]         # the complete training settings to use
    changes: tuple[Text, ...]        # what would change, one plain sentence each
    required: bool                   # True when the data cannot train the network without it

    @property
    def loss(self) -> str:
        return self.training["loss"]

    @property
    def optimizer(self) -> str:
        return self.training["optimizer"]["name"]

    @property
    def text(self) -> Text | str:
        return _joined(self.changes, newline=False)

    @property
    def listing(self) -> Text | str:
        """The changes one per line, as a bulleted list (the reason last, unbulleted)."""
        return _joined([line if line.startswith("(") else Text("• {line}", line=line) for line in self.changes],
                       newline=True)

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


def _joined(parts: Sequence[Text], *, newline: bool) -> Text | str:
    """`parts` joined by spaces or line breaks, still translatable piece by piece."""
    if not parts:
        return ""
    result = parts[0]
    for part in parts[1:]:
        result = (Text("{first}\n{second}", first=result, second=part) if newline else
                  Text("{first} {second}", first=result, second=part))
    return result


def training_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Text]:
    """Plain sentences for the differences between two training settings."""
    changes = []
    if new["loss"] != old.get("loss"):
        old_loss = old.get("loss")
        changes.append(Text("Loss {old} → {new}.", old=LOSS_LABELS.get(str(old_loss), str(old_loss)),
                            new=LOSS_LABELS[new["loss"]]))
    old_opt, new_opt = old.get("optimizer", {}), new["optimizer"]
    if new_opt["name"] != old_opt.get("name"):
        changes.append(Text("Optimizer {old} → {new}.", old=old_opt.get("name"), new=new_opt["name"]))
    if new_opt.get("lr") != old_opt.get("lr"):
        changes.append(Text("Learning rate {old:g} → {new:g}.", old=old_opt.get("lr", 0), new=new_opt["lr"]))
    if new["batch_size"] != old.get("batch_size"):
        changes.append(Text("Batch size {old} → {new}.", old=old.get("batch_size"), new=new["batch_size"]))
    if new["epochs"] != old.get("epochs"):
        changes.append(Text("Epochs {old} → {new}.", old=old.get("epochs"), new=new["epochs"]))
    if new["init"] != old.get("init"):
        changes.append(Text("Initialisation {old} → {new} (used by Reset).", old=old.get("init"), new=new["init"]))
    return changes


def _follow(plan: Recipe, training: dict[str, Any]) -> dict[str, Any]:
    """`training` changed to follow `plan`, keeping the seed, weight decay and the optimizer's other
    hyperparameters (momentum, betas) when the optimizer stays the same."""
    new = plan.training(seed=training.get("seed", 0), weight_decay=training.get("weight_decay", 0.0))
    old_opt = training.get("optimizer", {})
    if old_opt.get("name") == plan.optimizer:
        new["optimizer"] = {**old_opt, "lr": plan.lr}
    return new


def training_for(data: datasets.Dataset, network: Network, training: dict[str, Any]) -> dict[str, Any] | None:
    """The recipe's training settings for `data` when `network` already has its activations, else None
    (then the network must change too: see `suggest`)."""
    plan = recipe(data, network)
    if plan.activations != tuple(layer.activation for layer in network.layers):
        return None
    return _follow(plan, training)


def suggest(data: datasets.Dataset, network: Network, training: dict[str, Any]) -> Suggestion | None:
    """The recipe for `data` as changes to `network` and `training`, or None when they already follow it."""
    plan = recipe(data, network)
    outputs = dataspec.outputs_needed(data, network)
    new_training = _follow(plan, training)
    old_opt = training.get("optimizer", {})
    acts = [layer.activation for layer in network.layers]
    changes = []
    if data.n_features != network.n_inputs:
        changes.append(Text("Inputs {old} → {new} (one per feature).", old=network.n_inputs, new=data.n_features))
    if outputs != network.n_outputs:
        changes.append(Text("Outputs {old} → {new}.", old=network.n_outputs, new=outputs))
    for k, (old, new) in enumerate(zip(acts, plan.activations)):
        if old != new:
            changes.append(Text("Output activation {old} → {new}.", old=old, new=new) if k == len(acts) - 1 else
                           Text("Hidden layer {k} activation {old} → {new}.", k=k + 1, old=old, new=new))
    # The learner's own optimizer, learning rate, batch size and epochs are respected while the network
    # and loss suit the data and the optimizer can train it (the digits example keeps the textbook's plain
    # SGD); once something must change, the whole recipe is offered. A run that then fails to learn is
    # explained by simulator.diagnose.
    cannot_train = bool(engine_problems(network, training.get("loss", "mse"), old_opt.get("name", "sgd")))
    if not changes and plan.loss == training.get("loss") and not cannot_train:
        return None
    changes += training_changes(training, new_training)
    if plan.why:
        changes.append(Text("({why}.)", why=plan.why))
    required = bool(dataspec.mismatch(data, network)) or cannot_train
    return Suggestion(data.n_features, outputs, plan.activations, copy.deepcopy(new_training), tuple(changes),
                      required)
