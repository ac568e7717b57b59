"""The open network file: the single source of truth that every view mirrors.

Views never change the network directly: they call the edit methods here, which
push undo commands; the commands call the `_apply_*` methods, which change the
model and emit a signal. Computed values (every neuron's pre-activation and
output for the current inputs) are cached until the next change.
"""
from __future__ import annotations

import copy
import itertools
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from simulator import Network, io, logic
from simulator.edit import insert_layer, remove_layer, resize_layer
from simulator.history import History

from .changes import AnnouncingUndoStack, Change, ChangeKind, Changed, SetSettingsCommand, What, state_difference
from .commands import ReplaceStateCommand, SetActivationCommand, SetValueCommand
from .i18n import engine_text, translate
from .selection import LinkRef, NeuronRef, check_ref
from .undo_budget import UNDO_BUDGET_BYTES, stack_bytes, trim

_drag_tokens = itertools.count(1)


def new_drag_token() -> int:
    """A fresh token for one slider drag: edits carrying the same token merge into one undo step."""
    return next(_drag_tokens)


@dataclass
class NetworkState:
    """Everything a structure edit may change, as one undoable value."""
    network: Network
    labels: list[list[str]]
    inputs: np.ndarray
    history: History | None = None

    def copy(self) -> "NetworkState":
        return NetworkState(self.network.copy(), [list(l) for l in self.labels], self.inputs.copy(),
                            copy.deepcopy(self.history))


#: The name of a network nobody named (stored in English; shown translated, see Document.shown_name).
UNTITLED = QT_TRANSLATE_NOOP("Document", "Untitled network")


@dataclass
class Metadata:
    name: str = UNTITLED
    description: str = ""
    training: dict = field(default_factory=lambda: copy.deepcopy(io.DEFAULT_TRAINING))
    dataset: dict | None = None
    layout: dict = field(default_factory=dict)


_SETTINGS = ("name", "description", "training", "dataset", "layout")


def _settings_text(changes: dict) -> str:
    if "dataset" in changes:
        return (translate("Document", "Change the dataset") if "training" not in changes
                else translate("Document", "Change the dataset and training settings"))
    if "training" in changes:
        return translate("Document", "Change training settings")
    if "layout" in changes:
        return translate("Document", "Change the classroom settings")
    return (translate("Document", "Rename the network") if "name" in changes
            else translate("Document", "Change the description"))


def default_labels(sizes: list[int]) -> list[list[str]]:
    last = len(sizes) - 1
    labels = []
    for layer, size in enumerate(sizes):
        prefix = "x" if layer == 0 else "y" if layer == last else f"h{layer}_" if last > 2 else "h"
        labels.append([f"{prefix}{i + 1}" for i in range(size)])
    return labels


class Document(QObject):
    structure_changed = Signal()   # layers or sizes changed, or another network was loaded: rebuild views
    values_changed = Signal()      # a weight, bias, activation or input changed: refresh views
    metadata_changed = Signal()    # name, description, training or dataset settings changed
    file_state_changed = Signal()  # path or modified flag changed
    about_to_change = Signal(object)   # a ui.changes.Change, emitted before any edit, undo, redo or open
    changed = Signal(object)           # a ui.changes.Changed saying what changed, after the signals above

    def __init__(self, network: Network | None = None, parent=None):
        super().__init__(parent)
        self.undo_stack = AnnouncingUndoStack(self.about_to_change.emit, self)
        self.undo_stack.cleanChanged.connect(self.file_state_changed)
        self.path: Path | None = None
        self.meta = Metadata()
        self._state = self._fresh_state(network or Network.build([2, 2, 1], hidden="sigmoid", output="sigmoid"))
        self._trace = None
        self._shown_labels = None
        self._rng = np.random.default_rng()
        self._dirty_outside_undo = False
        self._replaying = False        # undo_budget.trim is rebuilding the undo stack: apply silently
        # The state object an undo command just applied, while nothing changed since (see snapshot_state).
        self._pristine: tuple[NetworkState, int] | None = None
        self._changes = 0
        self.undo_budget = UNDO_BUDGET_BYTES
        self.in_step = 0               # > 0 while one_step() gathers several changes into one undo step

    # -- reading -------------------------------------------------------------
    @property
    def network(self) -> Network:
        return self._state.network

    @property
    def sizes(self) -> list[int]:
        return self._state.network.sizes

    @property
    def inputs(self) -> np.ndarray:
        return self._state.inputs

    @property
    def labels(self) -> list[list[str]]:
        """The names as stored in the file (see `shown_labels` for what views show)."""
        return self._state.labels

    @property
    def shown_labels(self) -> list[list[str]]:
        """The names views show: a stored name that claims a logic gate ("x1 AND x2") only
        while the neuron still computes it, else the gate it computes now or its default
        name (cached until the next change)."""
        if self._shown_labels is None:
            self._shown_labels = logic.shown_labels(self.network, self._state.labels,
                                                    default_labels(self.network.sizes))
        return self._shown_labels

    @property
    def history(self) -> History | None:
        return self._state.history

    def label(self, layer: int, index: int) -> str:
        """The name shown for a neuron (see `shown_labels`)."""
        return self.shown_labels[layer][index]

    def trace(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """[(a, y), ...] per weight layer for the current inputs (cached)."""
        if self._trace is None:
            self._trace = self.network.trace(self.inputs)
        return self._trace

    def activations(self, layer: int) -> np.ndarray:
        """Outputs of neuron layer `layer` (0 = the inputs themselves)."""
        return self.inputs if layer == 0 else self.trace()[layer - 1][1]

    def preactivations(self, layer: int) -> np.ndarray:
        return self.trace()[layer - 1][0]

    def outputs(self) -> np.ndarray:
        return self.trace()[-1][1]

    def weight(self, ref: LinkRef) -> float:
        """The weight `ref` names: W[source, target] of weight layer `ref.layer`."""
        self._check_link(ref)
        return float(self.network.layers[ref.layer].W[ref.source, ref.target])

    def bias(self, ref: NeuronRef) -> float:
        """Bias of the neuron `ref` names (neuron layer ≥ 1: inputs have no bias)."""
        self._check_neuron(ref, bias=True)
        return float(self.network.layers[ref.layer - 1].b[ref.index])

    def value(self, ref: LinkRef | NeuronRef) -> float:
        """The number an edit of `ref` sets: a link's weight, an input's value or a neuron's bias."""
        if isinstance(ref, LinkRef):
            return self.weight(ref)
        self._check_neuron(ref)
        return float(self.inputs[ref.index]) if ref.layer == 0 else self.bias(ref)

    def activation(self, layer: int) -> str:
        """Activation name of neuron layer `layer` (≥ 1)."""
        return self.network.layers[layer - 1].activation

    @property
    def is_modified(self) -> bool:
        return self._dirty_outside_undo or not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        return self.path.name if self.path else self.shown_name

    @property
    def shown_name(self) -> str:
        """The network's name in the current language (the bundled examples' names are engine data)."""
        if not self.meta.name or self.meta.name == UNTITLED:
            return translate("Document", UNTITLED)
        return engine_text(self.meta.name)

    # -- editing (undoable) --------------------------------------------------
    def set_value(self, ref: LinkRef | NeuronRef, value: float, drag=None) -> None:
        """Set the number `ref` names (see `value`): one undo step, or part of one slider drag."""
        self._push_value(ref, self.value(ref), value, self._value_text(ref), drag)

    def set_weight(self, ref: LinkRef, value: float, drag=None) -> None:
        self._check_link(ref)
        self.set_value(ref, value, drag)

    def set_bias(self, ref: NeuronRef, value: float, drag=None) -> None:
        self._check_neuron(ref, bias=True)
        self.set_value(ref, value, drag)

    def set_input(self, ref: NeuronRef, value: float, drag=None) -> None:
        self._check_neuron(ref)
        if ref.layer != 0:
            raise ValueError(f"set_input: {ref} is not an input (inputs are neuron layer 0)")
        self.set_value(ref, value, drag)

    def set_inputs(self, values) -> None:
        values = np.asarray(values, dtype=float)
        if values.shape != self.inputs.shape:
            raise ValueError(f"expected {self.inputs.shape[0]} input values, got {values.shape}")
        after = self._state.copy()
        after.inputs = values.copy()
        self.undo_stack.push(ReplaceStateCommand(self, self.snapshot_state(), after,
                                                 translate("Document", "Set inputs")))
        trim(self, self.undo_budget)

    def set_activation(self, layer: int, name: str) -> None:
        old = self.activation(layer)
        if old != name:
            if name == "softmax" and layer != len(self.sizes) - 1:
                raise ValueError("softmax can only be used on the output layer")
            self.undo_stack.push(SetActivationCommand(self, layer, old, name))

    def set_layer_size(self, layer: int, size: int) -> None:
        if layer == 0:
            text = translate("Document", "Set inputs to {0}").format(size)
        elif layer == len(self.sizes) - 1:
            text = translate("Document", "Set outputs to {0}").format(size)
        else:
            text = translate("Document", "Set hidden layer {layer} to {size}").format(layer=layer, size=size)
        self._restructure(resize_layer(self.network, layer, size, self._rng), text)

    def insert_hidden_layer(self, position: int, size: int, activation: str | None = None) -> None:
        activation = activation or (self.activation(position - 1) if position > 1 else "sigmoid")
        if activation == "softmax":
            activation = "sigmoid"
        self._restructure(insert_layer(self.network, position, size, activation, self._rng),
                          translate("Document", "Insert hidden layer {0}").format(position))

    def remove_hidden_layer(self, layer: int) -> None:
        self._restructure(remove_layer(self.network, layer, self._rng),
                          translate("Document", "Remove hidden layer {0}").format(layer))

    @contextmanager
    def one_step(self, text: str):
        """Gather the changes made inside into one undo step (e.g. a new network and its settings)."""
        self.undo_stack.beginMacro(text)
        self.in_step += 1
        try:
            yield
        finally:
            self.in_step -= 1
            self.undo_stack.endMacro()
        trim(self, self.undo_budget)

    def replace_network(self, network: Network, text: str, history: History | None = None,
                        labels: list[list[str] | None] | None = None, clear_history: bool = False) -> None:
        """One undo step that swaps in `network` (e.g. trained weights); labels kept where sizes match.

        `labels` may name some layers afresh (None entries keep the usual labels); `clear_history`
        drops a loss curve that no longer belongs to this network (e.g. after adapting it to new data).
        """
        self._restructure(network, text, history=history, labels=labels, clear_history=clear_history)

    # -- training --------------------------------------------------------------
    def snapshot_state(self) -> NetworkState:
        """The network state as a value that is never changed, e.g. taken before training so the run can
        become one undo step.

        Right after an undo command applied a state, that command's own state object is
        returned instead of a copy: one run's end is then the next run's start in memory too.
        """
        if self._pristine is not None and self._pristine[1] == self._changes:
            return self._pristine[0]
        return self._state.copy()

    def undo_memory(self) -> int:
        """Bytes of network states the undo history holds (see ui.undo_budget)."""
        return stack_bytes(self.undo_stack)

    def show_training_progress(self, weights, history_rows=()) -> None:
        """Show weights streamed from training (not an undo step by itself; see commit_training).

        `weights` is [(W, b), ...] with this network's shapes; `history_rows` are
        (epoch, train_loss, test_loss, train_accuracy, test_accuracy) tuples to append.
        """
        self.network.set_weights(weights)
        if history_rows:
            if self._state.history is None:
                self._state.history = History()
            for row in history_rows:
                self._state.history.append(*row)
        self._changed(What.VALUES | (What.HISTORY if history_rows else What.NOTHING))

    def commit_training(self, before: NetworkState, text: str) -> None:
        """Record everything training changed since `before` as one undo step."""
        after = self._state.copy()
        self.undo_stack.push(ReplaceStateCommand(self, before, after, text))
        trim(self, self.undo_budget)

    def clear_history(self) -> None:
        """Forget the loss curve (e.g. when training is reset); part of the next undo step."""
        self._state.history = None
        self._changed(What.HISTORY)

    # -- files -----------------------------------------------------------------
    def load(self, path) -> None:
        """Open a network file. On any error nothing changes and io.NetworkFileError is raised."""
        loaded = io.load(path)
        self.set_contents(loaded.network, labels=loaded.labels, name=loaded.name, description=loaded.description,
                          training=loaded.training, dataset=loaded.dataset, layout=loaded.layout,
                          history=History.from_dict(loaded.history) if loaded.history else None)
        self.path = Path(path)
        self.file_state_changed.emit()

    def save(self, path=None) -> None:
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("no file name given")
        layout = dict(self.meta.layout, inputs=[float(v) for v in self.inputs])
        # The names as shown: a file never claims a gate ("x1 AND x2") its network no longer computes.
        io.save(target, self.network, name=self.meta.name, description=self.meta.description,
                labels=self.shown_labels,
                training=self.meta.training, dataset=self.meta.dataset, layout=layout,
                history=self.history.to_dict() if self.history is not None and len(self.history) else None)
        self.path = target
        self._dirty_outside_undo = False
        self.undo_stack.setClean()
        self.file_state_changed.emit()

    def set_contents(self, network: Network, *, labels=None, name="Untitled network", description="",
                     training=None, dataset=None, layout=None, history=None) -> None:
        """Replace everything (a new or opened file): clears undo history and the file path."""
        self.about_to_change.emit(Change(ChangeKind.OPEN))
        state = self._fresh_state(network, labels)
        inputs = (layout or {}).get("inputs")
        if inputs is not None and len(inputs) == network.n_inputs:
            state.inputs = np.asarray(inputs, dtype=float)
        state.history = history
        self.meta = Metadata(name, description, copy.deepcopy(training or io.DEFAULT_TRAINING),
                             copy.deepcopy(dataset), {k: v for k, v in (layout or {}).items() if k != "inputs"})
        self._state = state
        self.path = None
        self._dirty_outside_undo = False
        self.undo_stack.clear()
        self._changed(What.EVERYTHING, emit=False)
        self.metadata_changed.emit()
        self._emit_changed(Changed(What.EVERYTHING, settings=frozenset(_SETTINGS)))
        self.file_state_changed.emit()

    def update_metadata(self, **changes) -> None:
        """Change training/dataset settings, name or description: one undo step (merging with the
        previous one when it changed the same settings)."""
        for key in changes:
            if key not in _SETTINGS:
                raise AttributeError(f"no document setting named {key!r}")
        before = {key: getattr(self.meta, key) for key in changes}
        if before != changes:
            self.undo_stack.push(SetSettingsCommand(self, before, changes, _settings_text(changes)))

    # -- applying (called by undo commands only) -----------------------------
    def _apply_value(self, ref: LinkRef | NeuronRef, value: float) -> None:
        if isinstance(ref, LinkRef):
            self.network.layers[ref.layer].W[ref.source, ref.target] = value
        elif ref.layer == 0:
            self.inputs[ref.index] = value
        else:
            self.network.layers[ref.layer - 1].b[ref.index] = value
        inputs = isinstance(ref, NeuronRef) and ref.layer == 0
        self._changed(What.INPUTS if inputs else What.VALUES, frozenset({ref}))

    def _apply_settings(self, values: dict) -> None:
        changed = frozenset(key for key, value in values.items() if getattr(self.meta, key) != value)
        for key, value in values.items():
            setattr(self.meta, key, copy.deepcopy(value))
        self.metadata_changed.emit()
        self._emit_changed(Changed(What.SETTINGS, settings=changed))

    def _apply_activation(self, layer: int, name: str) -> None:
        self.network.layers[layer - 1].activation = name
        self._changed(What.VALUES)

    def _apply_state(self, state: NetworkState) -> None:
        what = state_difference(self._state, state)
        self._state = state.copy()
        self._pristine = (state, self._changes + 1)   # valid until the next change after this one
        self._changed(what)

    # -- internals -------------------------------------------------------------
    def _fresh_state(self, network: Network, labels=None) -> NetworkState:
        labels = [list(l) if l is not None else [] for l in labels] if labels else []
        defaults = default_labels(network.sizes)
        merged = [labels[i] if i < len(labels) and len(labels[i]) == size else defaults[i]
                  for i, size in enumerate(network.sizes)]
        return NetworkState(network, merged, np.zeros(network.n_inputs))

    def _check_link(self, ref) -> None:
        check_ref(ref, LinkRef, self.sizes)

    def _check_neuron(self, ref, bias: bool = False) -> None:
        check_ref(ref, NeuronRef, self.sizes)
        if bias and ref.layer == 0:
            raise ValueError(f"{ref} is an input: inputs have no bias")

    def _value_text(self, ref: LinkRef | NeuronRef) -> str:
        if isinstance(ref, LinkRef):
            return translate("Document", "Set weight {0}→{1}").format(self.label(ref.layer, ref.source),
                                                                      self.label(ref.layer + 1, ref.target))
        if ref.layer == 0:
            return translate("Document", "Set input {0}").format(self.label(ref.layer, ref.index))
        return translate("Document", "Set bias of {0}").format(self.label(ref.layer, ref.index))

    def _push_value(self, target, old: float, new: float, text: str, drag) -> None:
        new = float(new)
        if not np.isfinite(new):
            raise ValueError(f"{text}: {new} is not a finite number")
        if new != old:
            self.undo_stack.push(SetValueCommand(self, target, old, new, text, drag))

    def _restructure(self, network: Network, text: str, history: History | None = None,
                     labels: list | None = None, clear_history: bool = False) -> None:
        before = self.snapshot_state()
        given = labels
        labels = default_labels(network.sizes)
        if network.sizes == before.network.sizes:
            labels = [list(l) for l in before.labels]
        # Input and output labels keep their meaning across edits; hidden ones are renumbered.
        for new_layer, old_layer in ((0, 0), (-1, -1)):
            kept = before.labels[old_layer][:len(labels[new_layer])]
            labels[new_layer][:len(kept)] = kept
        for layer, names in enumerate(given or []):
            if names is not None and len(names) == network.sizes[layer]:
                labels[layer] = list(names)
        inputs = np.zeros(network.n_inputs)
        n = min(len(before.inputs), network.n_inputs)
        inputs[:n] = before.inputs[:n]
        kept = None if clear_history else before.history
        after = NetworkState(network, labels, inputs, history if history is not None else kept)
        self.undo_stack.push(ReplaceStateCommand(self, before, after, text))
        trim(self, self.undo_budget)

    def _changed(self, what: What, refs: frozenset = frozenset(), emit: bool = True) -> None:
        """Forget cached values and tell views; `what` and `refs` say what changed (see ui.changes)."""
        self._trace = self._shown_labels = None
        self._changes += 1
        if self._replaying:
            return
        if what & What.STRUCTURE:
            self.structure_changed.emit()
        self.values_changed.emit()
        if emit:
            self._emit_changed(Changed(what, refs))

    def _emit_changed(self, change: Changed) -> None:
        if not self._replaying:
            self.changed.emit(change)

    def __repr__(self) -> str:
        return f"Document({self.display_name!r}, {self.network!r})"
