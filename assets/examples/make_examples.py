"""Write the hand-made example networks in this folder.

Run once from the repository root: `PYTHONPATH=. python assets/examples/make_examples.py`

Trained examples (spiral.json, digits.json) are made by the CLI and are not touched here.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from simulator import Dense, Network, dataspec, io, optimizers, recipes

#: Dataset names of the logic-gate truth tables (see simulator.datasets.NAMES).
GATE_DATASETS = {"and": "gate:and", "or": "gate:or", "nand": "gate:nand", "xor": "gate:xor"}

HERE = Path(__file__).resolve().parent

# Step units cannot be trained by gradient descent (their slope is zero), so the
# single-unit gates suggest the perceptron learning rule instead.
PERCEPTRON_TRAINING = {"loss": "mse", "optimizer": {"name": "perceptron", "lr": 0.1}, "batch_size": 1,
                       "epochs": 20, "init": "zeros", "seed": 0, "weight_decay": 0.0}


# The textbook network keeps its identity outputs, so it learns XOR's two one-hot columns by squared error.
TEXTBOOK_TRAINING = {"loss": "mse", "optimizer": {"name": "adam", **optimizers.defaults("adam"), "lr": 0.1},
                     "batch_size": 4, "epochs": 1000, "init": "xavier", "seed": 0, "weight_decay": 0.0}


def xor_training(network: Network) -> dict:
    """The recipe for the XOR network once its step units are sigmoids, as its description invites."""
    smooth = network.copy()
    for layer in smooth.layers:
        layer.activation = "sigmoid"
    return recipes.recipe(dataspec.load(gate_dataset("xor")), smooth).training()


def gate_dataset(stem: str) -> dict:
    # A truth table has four fixed rows: no noise, and every row is used for training.
    return {"name": GATE_DATASETS[stem], "noise": 0.0, "test_fraction": 0.0, "seed": 0}


def single_gate(stem: str, title: str, symbol: str, w, b: float, description: str) -> None:
    net = Network([Dense(np.array(w, dtype=float).reshape(2, 1), [b], "step")])
    io.save(HERE / f"{stem}.json", net, name=title, description=description,
            labels=[["x1", "x2"], [f"x1 {symbol} x2"]], training=PERCEPTRON_TRAINING, dataset=gate_dataset(stem))


def main() -> None:
    single_gate(
        "and", "AND gate", "AND", (0.5, 0.5), -0.7,
        "A single perceptron that computes AND: it fires (outputs 1) only when 0.5·x1 + 0.5·x2 − 0.7 is "
        "above 0, which happens only when both inputs are 1 (0.5 + 0.5 − 0.7 = 0.3). With just one input on, "
        "the sum is −0.2 and the step stays at 0. Try dragging the bias towards −0.2 and watch it turn into OR.")
    single_gate(
        "or", "OR gate", "OR", (0.5, 0.5), -0.2,
        "The same perceptron as AND with a smaller threshold: bias −0.2 means a single active input "
        "(0.5 − 0.2 = 0.3) is already enough to fire, and only (0, 0) stays below the line. The weights and "
        "bias together draw one straight line through the input square; everything on one side is 1.")
    single_gate(
        "nand", "NAND gate", "NAND", (-0.5, -0.5), 0.7,
        "AND turned upside down: every weight and the bias of the AND perceptron change sign, so the unit "
        "fires unless both inputs are 1 (−0.5 − 0.5 + 0.7 = −0.3). NAND is universal: every other logic "
        "circuit, XOR included, can be built from NAND units alone.")

    hidden = Dense([[-0.5, 0.5], [-0.5, 0.5]], [0.7, -0.2], "step")  # columns: a NAND unit and an OR unit
    output = Dense([[0.5], [0.5]], [-0.7], "step")  # AND of the two
    io.save(HERE / "xor.json", Network([hidden, output]), name="XOR from NAND, OR and AND",
            description=(
                "No single straight line separates XOR's ones from its zeros, so one perceptron cannot compute "
                "it. Two layers can: the hidden layer holds a NAND unit and an OR unit, and the output unit "
                "ANDs them, firing only when at least one input is on (OR) but not both (NAND). Step units "
                "have zero slope almost everywhere, so gradient descent cannot train this network; change the "
                "activations to sigmoid to watch a network learn XOR instead."),
            labels=[["x1", "x2"], ["NAND", "OR"], ["x1 XOR x2"]], dataset=gate_dataset("xor"),
            training=xor_training(Network([hidden, output])))

    textbook = Network([
        Dense([[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]], [0.1, 0.2, 0.3], "sigmoid"),
        Dense([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]], [0.1, 0.2], "sigmoid"),
        Dense([[0.1, 0.3], [0.2, 0.4]], [0.1, 0.2], "identity"),
    ])
    io.save(HERE / "three_layer.json", textbook, name="Three-layer network (textbook)",
            description=(
                "The 2-3-2-2 network worked through by hand in chapter 3 of \"Deep Learning from Scratch\". "
                "Each layer computes A = X·W + b and passes it through the sigmoid; the output layer passes A "
                "through unchanged (identity). Feed it x = (1.0, 0.5) and it answers (0.3168, 0.6963), the "
                "values in the book: a good place to follow one forward pass neuron by neuron."),
            labels=[["x1", "x2"], [], [], ["y1", "y2"]], training=TEXTBOOK_TRAINING, dataset=gate_dataset("xor"),
            layout={"inputs": [1.0, 0.5]})  # opens on the book's input, showing the book's output


if __name__ == "__main__":
    main()
