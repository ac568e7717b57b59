"""Optimizer update rules against hand-computed steps, defaults against the textbook."""
import numpy as np
import pytest

from simulator import Network, optimizers

EPS = 1e-7
G1 = np.array([0.5, -1.0])
G2 = np.array([0.2, 0.4])


def start():
    return np.array([1.0, -2.0])


def two_steps(name, **hyper):
    opt = optimizers.create(name, **hyper)
    p = start()
    opt.update([p], [G1])
    first = p.copy()
    opt.update([p], [G2])
    return first, p


# -- hand-computed steps (p0 = [1, -2], g1 = [0.5, -1], g2 = [0.2, 0.4]) ------

def test_sgd_step():
    opt = optimizers.create("sgd", lr=0.1)
    p = start()
    opt.update([p], [G1])
    np.testing.assert_allclose(p, [0.95, -1.9], rtol=1e-15)


def test_momentum_two_steps():
    first, second = two_steps("momentum", lr=0.1, momentum=0.9)
    # v1 = -0.1 g1 = [-0.05, 0.1];  v2 = 0.9 v1 - 0.1 g2 = [-0.065, 0.05]
    np.testing.assert_allclose(first, [0.95, -1.9], rtol=1e-14)
    np.testing.assert_allclose(second, [0.885, -1.85], rtol=1e-14)


def test_nesterov_two_steps():
    first, second = two_steps("nesterov", lr=0.1, momentum=0.9)
    # The textbook's rule: p += m²·v (v from before the step); p −= (1 + m)·lr·g; v = m·v − lr·g.
    # step 1: v0 = 0, so p = [1, -2] − 0.19·[0.5, -1] = [0.905, -1.81];  v1 = [-0.05, 0.1]
    np.testing.assert_allclose(first, [0.905, -1.81], rtol=1e-14)
    # step 2: p += 0.81·v1 = [0.8645, -1.729];  p −= 0.19·[0.2, 0.4] -> [0.8265, -1.805]
    np.testing.assert_allclose(second, [0.8265, -1.805], rtol=1e-14)


def test_nesterov_keeps_the_velocity_of_momentum():
    """The velocity itself follows plain momentum: v2 = 0.9·v1 − 0.1·g2 = [-0.065, 0.05]."""
    opt = optimizers.create("nesterov", lr=0.1, momentum=0.9)
    p = start()
    opt.update([p], [G1])
    opt.update([p], [G2])
    np.testing.assert_allclose(opt._state[0][0], [-0.065, 0.05], rtol=1e-14)


def test_adagrad_two_steps():
    first, second = two_steps("adagrad", lr=0.1)
    np.testing.assert_allclose(first, [1.0 - 0.1 * 0.5 / (0.5 + EPS), -2.0 + 0.1 * 1.0 / (1.0 + EPS)], rtol=1e-14)
    # h2 = [0.25 + 0.04, 1 + 0.16]
    np.testing.assert_allclose(second, first - 0.1 * G2 / (np.sqrt([0.29, 1.16]) + EPS), rtol=1e-14)
    np.testing.assert_allclose(first, [0.9, -1.9], atol=1e-6)


def test_rmsprop_two_steps():
    first, second = two_steps("rmsprop", lr=0.1, decay_rate=0.99)
    # h1 = 0.01 g1² = [0.0025, 0.01] -> sqrt [0.05, 0.1] -> step 0.1·[10, -10]
    np.testing.assert_allclose(first, [0.0, -1.0], atol=1e-5)
    np.testing.assert_allclose(first, [1.0 - 0.1 * 0.5 / (0.05 + EPS), -2.0 + 0.1 * 1.0 / (0.1 + EPS)],
                               rtol=1e-12, atol=1e-14)
    # h2 = 0.99 h1 + 0.01 g2² = [0.002875, 0.0115]
    np.testing.assert_allclose(second, first - 0.1 * G2 / (np.sqrt([0.002875, 0.0115]) + EPS),
                               rtol=1e-12, atol=1e-14)


def test_adam_two_steps_with_bias_correction():
    first, second = two_steps("adam", lr=0.1)  # beta1 0.9, beta2 0.999
    # t=1: lr_t = 0.1·√0.001 / 0.1; m = [0.05, -0.1]; v = [0.00025, 0.001]
    lr1 = 0.1 * np.sqrt(1 - 0.999) / (1 - 0.9)
    np.testing.assert_allclose(first, start() - lr1 * np.array([0.05, -0.1]) / (np.sqrt([0.00025, 0.001]) + EPS),
                               rtol=1e-14)
    np.testing.assert_allclose(first, [0.9, -1.9], atol=1e-4)  # Adam's first step is ≈ lr·sign(g)
    # t=2: lr_t = 0.1·√(1 − 0.999²) / (1 − 0.9²); m = [0.065, -0.05]; v = [0.00028975, 0.001159]
    lr2 = 0.1 * np.sqrt(1 - 0.999 ** 2) / (1 - 0.9 ** 2)
    np.testing.assert_allclose(second, first - lr2 * np.array([0.065, -0.05]) / (np.sqrt([0.00028975, 0.001159]) + EPS),
                               rtol=1e-12)


def test_perceptron_rule_is_a_plain_step():
    opt = optimizers.create("perceptron", lr=0.5)
    assert opt.uses_perceptron_rule
    p = start()
    opt.update([p], [G1])
    np.testing.assert_allclose(p, [0.75, -1.5], rtol=1e-15)


# -- defaults, creation, repr ----------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("sgd", {"lr": 0.01}),
    ("momentum", {"lr": 0.01, "momentum": 0.9}),
    ("nesterov", {"lr": 0.01, "momentum": 0.9}),
    ("adagrad", {"lr": 0.01}),
    ("rmsprop", {"lr": 0.01, "decay_rate": 0.99}),
    ("adam", {"lr": 0.001, "beta1": 0.9, "beta2": 0.999}),
])
def test_defaults_match_the_textbook(name, expected):
    assert optimizers.defaults(name) == expected
    assert optimizers.create(name).hyperparameters() == expected


def test_create_passes_hyperparameters():
    opt = optimizers.create("adam", lr=0.01, beta2=0.99)
    assert opt.hyperparameters() == {"lr": 0.01, "beta1": 0.9, "beta2": 0.99}
    assert repr(opt) == "adam(lr=0.01, beta1=0.9, beta2=0.99)"


def test_unknown_optimizer_name_raises_listing_the_choices():
    with pytest.raises(ValueError) as err:
        optimizers.create("lbfgs")
    assert "lbfgs" in str(err.value)
    for name in ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"):
        assert name in str(err.value)


def test_unknown_hyperparameter_raises_naming_what_is_allowed():
    with pytest.raises(ValueError) as err:
        optimizers.create("sgd", momentum=0.9)
    message = str(err.value)
    assert "'sgd'" in message and "lr" in message and "momentum" in message


# -- calling conventions and state ------------------------------------------

@pytest.mark.parametrize("name", ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"])
def test_update_accepts_flat_grads_and_layer_pairs(name):
    rng = np.random.default_rng(0)
    shapes = [(3, 2), (2,), (2, 1), (1,)]
    params_a = [rng.normal(size=s) for s in shapes]
    params_b = [p.copy() for p in params_a]
    opt_a, opt_b = optimizers.create(name, lr=0.05), optimizers.create(name, lr=0.05)
    for _ in range(3):
        grads = [rng.normal(size=s) for s in shapes]
        opt_a.update(params_a, grads)
        opt_b.update(params_b, [(grads[0], grads[1]), (grads[2], grads[3])])
    for a, b in zip(params_a, params_b):
        np.testing.assert_array_equal(a, b)
    assert not np.array_equal(params_a[0], params_b[0] * 0)  # they did move


@pytest.mark.parametrize("name", ["momentum", "nesterov", "adagrad", "rmsprop", "adam"])
def test_state_resets_when_parameter_shapes_change(name):
    opt = optimizers.create(name, lr=0.1)
    for _ in range(3):
        opt.update([np.ones(2)], [G1])
    fresh = optimizers.create(name, lr=0.1)
    p_reused, p_fresh = np.ones(3), np.ones(3)
    g = np.array([0.3, -0.2, 0.1])
    opt.update([p_reused], [g])
    fresh.update([p_fresh], [g])
    np.testing.assert_array_equal(p_reused, p_fresh)


@pytest.mark.parametrize("name", ["momentum", "adam"])
def test_state_resets_when_parameter_count_changes_or_on_reset(name):
    opt, fresh = optimizers.create(name, lr=0.1), optimizers.create(name, lr=0.1)
    opt.update([np.ones(2)], [G1])
    a, b = [np.ones(2), np.ones(2)], [np.ones(2), np.ones(2)]
    opt.update(a, [G2, G1])
    fresh.update(b, [G2, G1])
    np.testing.assert_array_equal(a[1], b[1])
    opt.reset()
    c, d = np.ones(2), np.ones(2)
    optimizers.create(name, lr=0.1).update([d], [G2])
    opt.update([c], [G2])
    np.testing.assert_array_equal(c, d)


def test_updates_the_networks_live_arrays_in_place():
    net = Network.build([2, 3, 1], seed=0)
    arrays = net.parameters()
    before = [p.copy() for p in arrays]
    X, T = np.array([[0.5, -1.0], [1.0, 2.0]]), np.array([[1.0], [0.0]])
    optimizers.create("sgd", lr=0.1).update(net.parameters(), net.gradients(X, T))
    assert all(p is q for p, q in zip(net.parameters(), arrays))
    assert any(not np.array_equal(p, q) for p, q in zip(arrays, before))


# -- they all learn ---------------------------------------------------------

@pytest.mark.parametrize("name, lr", [
    ("sgd", 0.1), ("momentum", 0.05), ("nesterov", 0.05),
    ("adagrad", 0.1), ("rmsprop", 0.01), ("adam", 0.02),
])
def test_each_optimizer_reduces_a_regression_loss(name, lr):
    rng = np.random.default_rng(0)
    X = rng.uniform(-1, 1, size=(32, 2))
    T = (np.sin(2 * X[:, 0]) + 0.5 * X[:, 1])[:, None]
    net = Network.build([2, 8, 1], hidden="tanh", output="identity", init="xavier", seed=1)
    opt = optimizers.create(name, lr=lr)
    initial = net.loss(X, T)
    for _ in range(200):
        opt.update(net.parameters(), net.gradients(X, T))
    final = net.loss(X, T)
    assert np.isfinite(final)
    assert final < 0.1 * initial, f"{name}: {initial:.4f} -> {final:.4f}"
