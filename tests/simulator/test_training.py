import threading

import numpy as np
import pytest

from simulator import Network, optimizers
from simulator.training import Trainer, problems

XOR_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
XOR_T = np.array([[0], [1], [1], [0]], dtype=float)


def sine_regression(n=40):
    X = np.linspace(-3, 3, n)[:, None]
    return X, np.sin(X)


def test_a_2_4_1_tanh_sigmoid_network_learns_xor():
    net = Network.build([2, 4, 1], hidden="tanh", output="sigmoid", init="xavier", seed=0)
    trainer = Trainer(net, XOR_X, XOR_T, loss="binary_cross_entropy",
                      optimizer=optimizers.create("adam", lr=0.05), batch_size=4, seed=0)
    assert trainer.run(500) == "finished"
    assert np.array_equal(net.forward(XOR_X) > 0.5, XOR_T > 0.5)
    assert trainer.history.last("train_loss") < 0.05
    assert trainer.history.last("train_accuracy") == 1.0


def test_same_seed_repeats_the_run_exactly_and_another_seed_does_not():
    def run(seed):
        X, T = sine_regression()
        net = Network.build([1, 6, 1], hidden="tanh", seed=1)
        trainer = Trainer(net, X, T, optimizer=optimizers.create("sgd", lr=0.05), batch_size=7, seed=seed)
        trainer.run(5)
        return trainer.history.columns["train_loss"], net.layers[0].W.copy()

    (loss_a, w_a), (loss_b, w_b), (loss_c, _) = run(3), run(3), run(4)
    assert loss_a == loss_b and np.array_equal(w_a, w_b)
    assert loss_a != loss_c


def test_epoch_stats_count_steps_and_report_test_metrics():
    X, T = sine_regression(40)
    net = Network.build([1, 5, 1], hidden="tanh", seed=0)
    trainer = Trainer(net, X[:30], T[:30], optimizer=optimizers.create("sgd", lr=0.05), batch_size=7,
                      X_test=X[30:], T_test=T[30:])
    stats = trainer.run_epoch()
    assert stats.epoch == 1 and stats.step == 5  # ceil(30 / 7) mini-batches, the last one partial
    assert stats.train_accuracy is None  # regression targets have no accuracy
    expected_test_loss = net.loss(X[30:], T[30:], "mse")
    assert stats.test_loss == pytest.approx(expected_test_loss)


def test_train_loss_is_the_sample_weighted_mean_of_the_batch_losses():
    X, T = sine_regression(10)
    net = Network.build([1, 3, 1], hidden="tanh", seed=0)
    reference = net.copy()
    trainer = Trainer(net, X, T, optimizer=optimizers.create("sgd", lr=0.1), batch_size=4, seed=5)
    order = np.random.default_rng(5).permutation(10)
    expected = 0.0
    for start in range(0, 10, 4):  # replay the same batches by hand on the copy
        idx = order[start:start + 4]
        expected += reference.loss(X[idx], T[idx]) * len(idx)
        grads = reference.gradients(X[idx], T[idx])
        optimizers.create("sgd", lr=0.1).update(reference.parameters(), grads)
    stats = trainer.run_epoch()
    assert stats.train_loss == pytest.approx(expected / 10)
    np.testing.assert_allclose(net.layers[0].W, reference.layers[0].W)


def test_step_trains_one_mini_batch_and_reports_only_at_epoch_end():
    net = Network.build([2, 3, 1], hidden="sigmoid", output="sigmoid", seed=0)
    trainer = Trainer(net, XOR_X, XOR_T, optimizer=optimizers.create("sgd", lr=0.5), batch_size=2)
    before = net.layers[0].W.copy()
    assert trainer.step() is None
    assert trainer.step_count == 1 and not np.array_equal(before, net.layers[0].W)
    stats = trainer.step()
    assert stats is not None and stats.epoch == 1 and stats.step == 2


def test_a_huge_learning_rate_stops_at_the_first_non_finite_value_and_keeps_finite_weights():
    X, T = sine_regression()
    net = Network.build([1, 8, 1], hidden="relu", output="identity", seed=0)
    trainer = Trainer(net, X, T, optimizer=optimizers.create("sgd", lr=5.0), batch_size=10)
    assert trainer.run(1000) == "diverged"
    assert all(np.isfinite(p).all() for p in net.parameters())
    assert "smaller learning rate" in trainer.diverged.message
    assert f"epoch {trainer.diverged.epoch + 1}" in trainer.diverged.message
    assert trainer.step() is None  # a diverged trainer does nothing more


def test_weights_that_overflow_are_rolled_back_to_the_last_finite_values():
    net = Network.build([1, 1], activations=["identity"], seed=0)
    X, T = np.array([[1.0]]), np.array([[0.0]])
    trainer = Trainer(net, X, T, optimizer=optimizers.create("sgd", lr=1.0), batch_size=1)
    net.layers[0].W[...] = 1e308  # the next update pushes W past the float range
    trainer.parameters_changed()
    trainer.run(3)
    assert trainer.diverged is not None and trainer.diverged.what in ("weights", "loss")
    assert np.isfinite(net.layers[0].W).all()


def test_stop_from_another_thread_ends_the_run_between_steps():
    X, T = sine_regression(200)
    net = Network.build([1, 16, 1], hidden="tanh", seed=0)
    trainer = Trainer(net, X, T, optimizer=optimizers.create("sgd", lr=0.01), batch_size=1)
    result = {}
    first_epoch = threading.Event()
    thread = threading.Thread(target=lambda: result.setdefault("why", trainer.run(10**6, lambda _: first_epoch.set())))
    thread.start()
    assert first_epoch.wait(10)  # really under way
    trainer.stop()
    thread.join(10)
    assert not thread.is_alive() and result["why"] == "stopped"


def test_pause_holds_training_until_resume():
    X, T = sine_regression(200)
    net = Network.build([1, 16, 1], hidden="tanh", seed=0)
    trainer = Trainer(net, X, T, optimizer=optimizers.create("sgd", lr=0.01), batch_size=1)
    trainer.pause()
    parked, first_epoch = threading.Event(), threading.Event()
    wait_while_paused = trainer._wait_while_paused

    def park() -> None:  # the trainer reports where it waits: no guessing how long to wait
        parked.set()
        wait_while_paused()

    trainer._wait_while_paused = park
    thread = threading.Thread(target=trainer.run, args=(10**6, lambda _: first_epoch.set()))
    thread.start()
    assert parked.wait(10)
    assert trainer.step_count == 0  # it waits before the first step
    trainer.resume()
    assert first_epoch.wait(10)
    trainer.stop()
    thread.join(10)
    assert trainer.step_count > 0 and not thread.is_alive()


def test_callback_returning_false_stops():
    net = Network.build([2, 3, 1], hidden="sigmoid", output="sigmoid", seed=0)
    trainer = Trainer(net, XOR_X, XOR_T, optimizer=optimizers.create("sgd", lr=0.5), batch_size=4)
    seen = []
    assert trainer.run(100, lambda s: seen.append(s.epoch) or len(seen) < 3) == "stopped"
    assert seen == [1, 2, 3]


def test_the_perceptron_rule_learns_and_gates_and_refuses_other_networks():
    net = Network.build([2, 1], activations=["step"], init="zeros")
    trainer = Trainer(net, XOR_X, np.array([[0], [0], [0], [1.0]]),
                      optimizer=optimizers.create("perceptron", lr=0.1), batch_size=1, seed=0)
    trainer.run(50)
    assert np.array_equal(net.forward(XOR_X).ravel(), [0, 0, 0, 1])
    with pytest.raises(ValueError, match="single layer of step units"):
        Trainer(Network.build([2, 2, 1], hidden="step", output="step"), XOR_X, XOR_T,
                optimizer=optimizers.create("perceptron"))


def test_impossible_combinations_are_explained():
    step_net = Network.build([2, 2, 1], hidden="step", output="sigmoid")
    with pytest.raises(ValueError, match="zero gradient"):
        Trainer(step_net, XOR_X, XOR_T, optimizer=optimizers.create("sgd"))
    identity_out = Network.build([2, 2, 1], hidden="tanh", output="identity")
    assert any("probabilities" in p for p in problems(identity_out, "cross_entropy", "sgd"))
    assert problems(Network.build([2, 2], hidden="tanh", output="softmax"), "cross_entropy", "adam") == []


def test_bad_shapes_are_refused_with_the_expected_shape():
    net = Network.build([2, 3, 1])
    with pytest.raises(ValueError, match=r"\(samples, 2\)"):
        Trainer(net, np.zeros((4, 3)), np.zeros((4, 1)))
    with pytest.raises(ValueError, match=r"T must have shape \(4, 1\)"):
        Trainer(net, np.zeros((4, 2)), np.zeros((4, 2)))


def test_the_one_hot_shortcut_gives_the_same_softmax_gradients_as_the_general_formula():
    rng = np.random.default_rng(3)
    X, T = rng.normal(size=(6, 4)), np.eye(3)[rng.integers(0, 3, 6)]
    net = Network.build([4, 5, 3], hidden="tanh", output="softmax", seed=2)
    general = net.gradients(X, T, "cross_entropy")
    net.forward(X)
    net.backward(T, "cross_entropy", rows_sum_to_one=True)
    for (dW, db), layer in zip(general, net.layers):
        np.testing.assert_allclose(layer.dW, dW, rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(layer.db, db, rtol=1e-12, atol=1e-15)
