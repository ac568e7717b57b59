"""Networks as logic gates: binary rows, the gate a neuron computes, and names that stay true."""
import numpy as np
import pytest

from simulator import Dense, Network, datasets, logic


def perceptron(w1, w2, b, activation="step") -> Network:
    return Network([Dense([[w1], [w2]], [b], activation)])


def test_binary_rows_are_the_gate_datasets_rows():
    for n in (1, 2, 3, 4):
        rows = logic.binary_rows(n)
        assert rows.shape == (2 ** n, n) and set(np.unique(rows)) <= {0.0, 1.0}
        if n >= 2:
            np.testing.assert_array_equal(rows, datasets.gate("and", n).X)


@pytest.mark.parametrize("w1, w2, b, gate", [(0.5, 0.5, -0.7, "and"), (0.5, 0.5, -0.2, "or"),
                                             (-0.5, -0.5, 0.7, "nand"), (-0.5, -0.5, 0.2, "nor"),
                                             (0.5, 0.5, 0.7, None)])
def test_the_textbooks_perceptrons_compute_their_gates(w1, w2, b, gate):
    outputs = perceptron(w1, w2, b).forward(logic.binary_rows(2))
    assert logic.gate_of_outputs(outputs) == gate


def test_gate_outputs_exist_for_two_to_four_inputs_only():
    assert logic.gate_outputs(1) == {} and logic.gate_outputs(5) == {}
    assert logic.gate_outputs(3)["xor"].tolist() == [0, 1, 1, 0, 1, 0, 0, 1]
    assert logic.gate_of_outputs(np.array([0.0, 1.0])) is None          # one input: no standard gate


def test_names_and_claims():
    assert logic.gate_name("nand", ["x1", "x2"]) == "x1 NAND x2"
    assert logic.gate_name("xor", ["a", "b", "c"]) == "XOR(a, b, c)"
    assert logic.claimed_gate("x1 AND x2", ["x1", "x2"]) == "and"
    assert logic.claimed_gate("NAND", ["x1", "x2"]) == "nand"
    assert logic.claimed_gate("XOR(a, b, c)", ["a", "b", "c"]) == "xor"
    assert logic.claimed_gate("y1", ["x1", "x2"]) is None
    assert logic.claimed_gate("P(virginica)", ["x1", "x2"]) is None
    assert logic.claimed_gate("a AND b", ["x1", "x2"]) is None            # not about these inputs


def test_a_false_claim_is_renamed_after_the_gate_computed_or_dropped():
    labels, defaults = [["x1", "x2"], ["x1 AND x2"]], [["x1", "x2"], ["y1"]]
    assert logic.shown_labels(perceptron(0.5, 0.5, -0.7), labels, defaults) == labels   # still AND: kept
    assert logic.shown_labels(perceptron(-0.5, -0.5, 0.7), labels, defaults)[1] == ["x1 NAND x2"]
    assert logic.shown_labels(perceptron(0.5, 0.5, 0.7), labels, defaults)[1] == ["y1"]  # always 1: no gate
    assert labels == [["x1", "x2"], ["x1 AND x2"]]                                     # the input is untouched


def test_bare_hidden_names_follow_their_units():
    hidden = Dense([[-0.5, 0.5], [-0.5, 0.5]], [0.7, -0.2], "step")   # NAND and OR units of the XOR example
    net = Network([hidden, Dense([[0.5], [0.5]], [-0.7], "step")])
    labels = [["x1", "x2"], ["NAND", "OR"], ["x1 XOR x2"]]
    defaults = [["x1", "x2"], ["h1", "h2"], ["y1"]]
    assert logic.shown_labels(net, labels, defaults) == labels
    net.layers[0].b[1] = -0.7                                          # the OR unit becomes AND
    shown = logic.shown_labels(net, labels, defaults)
    assert shown[1] == ["NAND", "AND"] and shown[2] == ["y1"]          # NAND·AND of x is always 0: no gate


def test_networks_outside_two_to_four_inputs_are_left_alone():
    net = Network.build([1, 1], output="identity", seed=0)
    labels = [["x"], ["AND"]]
    assert logic.shown_labels(net, labels, [["x1"], ["y1"]]) is labels


def test_binary_inputs():
    assert logic.binary_inputs(datasets.gate("xor", 3).X)
    assert not logic.binary_inputs(datasets.make("iris").X)
    assert not logic.binary_inputs(np.zeros((0, 2)))
