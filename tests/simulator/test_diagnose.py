"""Diagnostics on constructed runs that each show one symptom, and silence on runs that learned."""
from __future__ import annotations

import numpy as np

from simulator import Network, datasets, diagnose, optimizers, recipes
from simulator.training import Trainer


def train(net, data, loss, optimizer, lr, epochs, batch_size=20):
    trainer = Trainer(net, data.X, data.targets(net.n_outputs), loss=loss,
                      optimizer=optimizers.create(optimizer, lr=lr), batch_size=batch_size, seed=0)
    losses, accuracy = [], None
    for _ in range(epochs):
        stats = trainer.run_epoch()
        if stats is None:
            break
        losses.append(stats.train_loss)
        accuracy = stats.train_accuracy
    training = {"loss": loss, "optimizer": {"name": optimizer, "lr": lr}}
    return diagnose.diagnose(net, trainer.X, trainer.T, losses, training, data, accuracy)


def codes(found):
    return [d.code for d in found]


CIRCLE = datasets.make("circle", samples=200, seed=0)


def test_a_run_that_learned_gets_no_diagnosis():
    net = Network.build([2, 8, 1], hidden="sigmoid", output="sigmoid", init="xavier", seed=0)
    assert train(net, CIRCLE, "binary_cross_entropy", "adam", 0.03, 300) == []


def test_a_tiny_learning_rate_leaves_the_loss_flat_and_the_fix_raises_it():
    net = Network.build([2, 8, 1], hidden="sigmoid", output="sigmoid", init="xavier", seed=0)
    found = train(net, CIRCLE, "binary_cross_entropy", "sgd", 1e-5, 30)
    assert codes(found) == ["lr_too_small"]
    assert found[0].fix.training == {"lr": 1e-4} and "barely moved" in found[0].message


def test_a_huge_learning_rate_that_never_overflows_is_still_called_too_large():
    net = Network.build([2, 8, 1], hidden="tanh", output="sigmoid", init="xavier", seed=0)
    found = train(net, CIRCLE, "binary_cross_entropy", "sgd", 50.0, 60)
    assert "lr_too_large" in codes(found)
    fix = next(d for d in found if d.code == "lr_too_large").fix
    assert fix.training == {"lr": 5.0} and fix.reset


def test_oscillation_alone_is_detected_from_the_curve():
    losses = [1.0, 0.5] + [0.3, 0.6] * 20            # swings up and down, never rising above 1.5 × best ... at the end
    losses[-1] = 0.3
    net = Network.build([2, 4, 1], hidden="tanh", output="sigmoid", seed=0)
    found = diagnose.diagnose(net, CIRCLE.X, CIRCLE.targets(1), losses, {"optimizer": {"lr": 2.0}}, CIRCLE, 0.6)
    assert codes(found)[0] == "lr_too_large" and "swung up and down" in found[0].message


def test_dead_relus_are_counted_and_the_fix_switches_to_leaky_relu():
    net = Network.build([2, 6, 1], hidden="relu", output="sigmoid", init="he", seed=0)
    net.layers[0].b[:] = -50.0                      # every unit below 0 for every sample
    found = train(net, CIRCLE, "binary_cross_entropy", "sgd", 0.1, 20)
    dead = next(d for d in found if d.code == "dead_relu")
    assert "6 of the 6 ReLU units in hidden layer 1" in dead.message
    assert dead.fix.activations == ("leaky_relu", "sigmoid") and dead.fix.reset


def test_saturated_sigmoids_are_reported_with_the_threshold():
    net = Network.build([2, 6, 1], hidden="sigmoid", output="sigmoid", init="xavier", seed=0)
    net.layers[0].W *= 200.0                        # |a| far beyond 5 almost everywhere
    found = train(net, CIRCLE, "binary_cross_entropy", "sgd", 0.001, 20)
    sat = next(d for d in found if d.code == "saturated")
    assert "|a| > 5" in sat.message and sat.fix.training["init"] == "xavier" and sat.fix.reset


def test_a_network_without_hidden_units_is_too_small_for_a_circle():
    net = Network.build([2, 1], output="sigmoid", init="xavier", seed=0)
    found = train(net, CIRCLE, "binary_cross_entropy", "adam", 0.03, 200)
    assert codes(found) == ["too_small"]
    fix = found[0].fix
    assert fix.sizes == tuple(recipes.propose(CIRCLE)) and fix.activations == ("sigmoid", "sigmoid")
    # Following the fix learns.
    bigger = Network.build(fix.sizes, activations=list(fix.activations), init="xavier", seed=0)
    assert train(bigger, CIRCLE, "binary_cross_entropy", "adam", 0.03, 400) == []


def test_a_sigmoid_output_cannot_fit_negative_regression_targets():
    data = datasets.make("sin", samples=60)
    net = Network.build([1, 8, 1], hidden="tanh", output="sigmoid", init="xavier", seed=0)
    found = train(net, data, "mse", "adam", 0.01, 30, batch_size=10)
    assert codes(found)[0] == "cannot_fit"
    assert "-1 to 1" in found[0].message and found[0].fix.activations == ("tanh", "identity")


def test_regression_that_fits_is_judged_learned_by_its_loss():
    T = np.sin(np.linspace(-3, 3, 50))[:, None]
    assert diagnose.learned([0.2, 0.001], None, T)
    assert not diagnose.learned([0.2, 0.1], None, T)
