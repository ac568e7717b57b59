"""Networks as logic gates: every 0/1 input row, the standard gate a neuron computes, and
neuron names that say which gate it is.

A neuron "computes" a gate when, fed every combination of 0/1 inputs, its output is above
0.5 exactly on the rows where the gate gives 1 (the truth table's rule). A name such as
"x1 AND x2" (or a bare "NAND" on a hidden unit) claims a gate; `shown_labels` keeps such
a claim only while it is true, so editing AND into NAND renames the output "x1 NAND x2".
"""
from __future__ import annotations

import functools

import numpy as np

from . import datasets
from .network import Network

MIN_GATE_INPUTS, MAX_GATE_INPUTS = 2, 4
THRESHOLD = 0.5   # an output above this counts as 1


def binary_rows(n: int) -> np.ndarray:
    """All 2**n rows of 0/1 in counting order (x1 is the most significant bit), as floats."""
    rows = np.arange(2 ** n)
    return ((rows[:, None] >> np.arange(n - 1, -1, -1)) & 1).astype(float)


def binary_inputs(X: np.ndarray) -> bool:
    """True when every value of X is 0 or 1 (a truth table can list every input the data has)."""
    X = np.asarray(X)
    return bool(X.size) and bool(np.all((X == 0) | (X == 1)))


@functools.lru_cache(maxsize=None)
def _gate_bits(n: int) -> tuple[tuple[str, np.ndarray], ...]:
    return tuple((gate, datasets.gate(gate, n).y.astype(bool)) for gate in datasets.GATES)


def gate_outputs(n: int) -> dict[str, np.ndarray]:
    """Each standard gate's 0/1 output for binary_rows(n); empty outside 2..4 inputs."""
    if not MIN_GATE_INPUTS <= n <= MAX_GATE_INPUTS:
        return {}
    return {gate: bits.astype(int) for gate, bits in _gate_bits(n)}


def gate_of_outputs(outputs: np.ndarray) -> str | None:
    """The standard gate whose truth table `outputs` (one value per binary row) follow, if any."""
    outputs = np.asarray(outputs, dtype=float).ravel()
    n = int(round(np.log2(max(len(outputs), 1))))
    if 2 ** n != len(outputs) or not MIN_GATE_INPUTS <= n <= MAX_GATE_INPUTS:
        return None
    fired = outputs > THRESHOLD
    for gate, bits in _gate_bits(n):
        if np.array_equal(fired, bits):
            return gate
    return None


def gate_name(gate: str, inputs: list[str] | tuple[str, ...]) -> str:
    """How a neuron computing `gate` of `inputs` is named: "x1 NAND x2", "XOR(x1, x2, x3)"."""
    word = gate.upper()
    if len(inputs) == 2:
        return f"{inputs[0]} {word} {inputs[1]}"
    return f"{word}({', '.join(inputs)})"


def claimed_gate(label: str, inputs: list[str] | tuple[str, ...]) -> str | None:
    """The gate a neuron's name claims ("x1 AND x2", "AND(x1, x2, x3)" or a bare "AND"), else None."""
    text = label.strip()
    for gate in datasets.GATES:
        if text.upper() == gate.upper() or text == gate_name(gate, inputs):
            return gate
    return None


def shown_labels(network: Network, labels: list[list[str]], defaults: list[list[str]]) -> list[list[str]]:
    """`labels` with every gate claim checked against what the neuron computes now.

    A true claim is kept; a neuron that now computes another gate is named after it (in the
    same style: bare, or with its inputs); one that computes no standard gate gets its
    default name from `defaults`. Networks outside 2..4 inputs have no claims to check.
    """
    inputs = list(labels[0])
    if not MIN_GATE_INPUTS <= len(inputs) <= MAX_GATE_INPUTS:
        return labels
    claims = [(layer, index, gate) for layer in range(1, len(labels))
              for index, label in enumerate(labels[layer])
              if (gate := claimed_gate(label, inputs)) is not None]
    if not claims:
        return labels
    trace = network.trace(binary_rows(len(inputs)))
    shown = [list(names) for names in labels]
    for layer, index, claimed in claims:
        computed = gate_of_outputs(trace[layer - 1][1][:, index])
        if computed == claimed:
            continue
        bare = labels[layer][index].strip().upper() == claimed.upper()
        if computed is None:
            shown[layer][index] = defaults[layer][index]
        else:
            shown[layer][index] = computed.upper() if bare else gate_name(computed, inputs)
    return shown
