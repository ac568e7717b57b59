"""Backpropagation against central differences, for every activation × loss pair."""
import numpy as np
import pytest

from simulator import Dense, Network
from simulator.gradcheck import numerical_gradients

HIDDEN = ("sigmoid", "tanh", "relu", "leaky_relu", "identity", "step")
# Cross-entropy losses need outputs in (0, 1) (or exactly 0/1 for step, whose gradient is zero anyway).
OUTPUTS = {
    "mse": HIDDEN + ("softmax",),
    "cross_entropy": ("sigmoid", "softmax", "step"),
    "binary_cross_entropy": ("sigmoid", "softmax", "step"),
}
CASES = [(hidden, output, loss) for loss, outs in OUTPUTS.items() for hidden in HIDDEN for output in outs]
SIZES = [3, 4, 4, 3]
BATCH = 6
KINK_MARGIN = 1e-2  # far beyond what h = 1e-4 can move a pre-activation here


def targets(loss, rng, shape):
    if loss == "mse":
        return rng.normal(size=shape)
    # Targets in [0, 1] that deliberately do not sum to 1 per row: soft / multi-label targets.
    return rng.uniform(0.0, 1.0, size=shape)


def problem(hidden, output, loss, init="he"):
    """A small network and batch whose pre-activations all stay clear of the kinks at 0."""
    for seed in range(100):
        rng = np.random.default_rng(seed)
        net = Network.build(SIZES, hidden=hidden, output=output, init=init, seed=seed)
        for layer in net.layers:  # non-zero biases, so a wrong bias gradient (or decay on b) shows
            layer.b[...] = rng.normal(scale=0.5, size=layer.b.shape)
        X = rng.normal(size=(BATCH, SIZES[0]))
        if all(np.min(np.abs(a)) > KINK_MARGIN for a, _ in net.trace(X)):
            return net, X, targets(loss, rng, (BATCH, SIZES[-1]))
    raise AssertionError("no seed keeps every pre-activation away from 0")  # pragma: no cover


def assert_gradients_close(analytic, numeric, rtol=1e-4, atol=1e-6):
    # Real backprop bugs show up as O(0.1) differences. The slack covers the +1e-7 inside
    # the cross-entropy log, which the fused softmax/sigmoid gradients (rightly) ignore.
    assert len(analytic) == len(numeric)
    for k, ((dW, db), (nW, nb)) in enumerate(zip(analytic, numeric)):
        assert dW.shape == nW.shape and db.shape == nb.shape, f"layer {k}: shape mismatch"
        np.testing.assert_allclose(dW, nW, rtol=rtol, atol=atol, err_msg=f"dW of layer {k}")
        np.testing.assert_allclose(db, nb, rtol=rtol, atol=atol, err_msg=f"db of layer {k}")


@pytest.mark.parametrize("hidden, output, loss", CASES)
def test_backprop_matches_numerical_gradients(hidden, output, loss):
    net, X, T = problem(hidden, output, loss)
    analytic = [(dW.copy(), db.copy()) for dW, db in net.gradients(X, T, loss)]
    numeric = numerical_gradients(net, X, T, loss, h=1e-4)
    assert_gradients_close(analytic, numeric)
    assert all(np.all(np.isfinite(g)) for pair in analytic for g in pair)
    # The problem is not degenerate: something other than a step-blocked layer has a gradient.
    if output != "step":
        assert np.any(analytic[-1][0] != 0)


@pytest.mark.parametrize("loss", ["mse", "cross_entropy", "binary_cross_entropy"])
def test_step_layers_block_every_gradient_below_them(loss):
    net, X, T = problem("sigmoid", "sigmoid", loss)
    net.layers[1].activation = "step"  # the second hidden layer
    assert all(np.min(np.abs(a)) > KINK_MARGIN for a, _ in net.trace(X))
    analytic = net.gradients(X, T, loss)
    numeric = numerical_gradients(net, X, T, loss)
    for k in (0, 1):
        for g in (*analytic[k], *numeric[k]):
            np.testing.assert_array_equal(g, 0.0)
    assert np.any(analytic[2][0] != 0)
    assert_gradients_close(analytic, numeric)


@pytest.mark.parametrize("hidden, output, loss", [
    ("sigmoid", "identity", "mse"),
    ("relu", "softmax", "cross_entropy"),
    ("tanh", "sigmoid", "binary_cross_entropy"),
    ("leaky_relu", "tanh", "mse"),
])
def test_weight_decay_adds_lambda_w_to_weights_only(hidden, output, loss):
    net, X, T = problem(hidden, output, loss)
    lam = 0.1
    plain = [(dW.copy(), db.copy()) for dW, db in net.gradients(X, T, loss)]
    decayed = [(dW.copy(), db.copy()) for dW, db in net.gradients(X, T, loss, weight_decay=lam)]
    assert_gradients_close(decayed, numerical_gradients(net, X, T, loss, weight_decay=lam))
    for layer, (dW, db), (dW_wd, db_wd) in zip(net.layers, plain, decayed):
        np.testing.assert_allclose(dW_wd, dW + lam * layer.W, rtol=1e-12, atol=1e-15)
        np.testing.assert_array_equal(db_wd, db)


def test_softmax_cross_entropy_with_one_hot_targets_is_y_minus_t_over_n():
    net, X, _ = problem("tanh", "softmax", "cross_entropy")
    T = np.eye(SIZES[-1])[np.arange(BATCH) % SIZES[-1]]
    grads = net.gradients(X, T, "cross_entropy")
    Y = net.forward(X)
    hidden_out = net.trace(X)[-2][1]
    np.testing.assert_allclose(grads[-1][1], (Y - T).mean(axis=0), rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(grads[-1][0], hidden_out.T @ (Y - T) / BATCH, rtol=1e-12, atol=1e-15)
    assert_gradients_close(grads, numerical_gradients(net, X, T, "cross_entropy"))


def test_batch_gradient_is_the_mean_of_per_sample_gradients():
    net, X, T = problem("tanh", "sigmoid", "mse")
    batch = [(dW.copy(), db.copy()) for dW, db in net.gradients(X, T, "mse")]
    per_sample = [[(dW.copy(), db.copy()) for dW, db in net.gradients(x, t, "mse")] for x, t in zip(X, T)]
    for k, (dW, db) in enumerate(batch):
        np.testing.assert_allclose(dW, np.mean([s[k][0] for s in per_sample], axis=0), rtol=1e-10, atol=1e-14)
        np.testing.assert_allclose(db, np.mean([s[k][1] for s in per_sample], axis=0), rtol=1e-10, atol=1e-14)


def test_single_sample_gradients_have_parameter_shapes():
    net, X, T = problem("sigmoid", "softmax", "cross_entropy")
    grads = net.gradients(X[0], T[0], "cross_entropy")
    for layer, (dW, db) in zip(net.layers, grads):
        assert dW.shape == layer.W.shape and db.shape == layer.b.shape
    assert_gradients_close(grads, numerical_gradients(net, X[0], T[0], "cross_entropy"))


def test_textbook_network_gradient():
    net = Network(layers=[
        Dense([[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]], [0.1, 0.2, 0.3], "sigmoid"),
        Dense([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]], [0.1, 0.2], "sigmoid"),
        Dense([[0.1, 0.3], [0.2, 0.4]], [0.1, 0.2], "identity"),
    ])
    x, t = np.array([1.0, 0.5]), np.array([0.0, 1.0])
    grads = net.gradients(x, t, "mse")
    # Output layer of an identity + mse net: db = y − t.
    np.testing.assert_allclose(grads[-1][1], np.array([0.31682708, 0.69627909]) - t, atol=1e-8)
    assert_gradients_close(grads, numerical_gradients(net, x, t, "mse"))


@pytest.mark.parametrize("loss", ["mse", "cross_entropy", "binary_cross_entropy"])
def test_gradients_do_not_modify_inputs_or_parameters(loss):
    net, X, T = problem("relu", "softmax", loss)
    X0, T0 = X.copy(), T.copy()
    params0 = [p.copy() for p in net.parameters()]
    net.gradients(X, T, loss, weight_decay=0.01)
    np.testing.assert_array_equal(X, X0)
    np.testing.assert_array_equal(T, T0)
    for p, p0 in zip(net.parameters(), params0):
        np.testing.assert_array_equal(p, p0)


def test_gradients_are_fresh_arrays_each_call():
    net, X, T = problem("sigmoid", "identity", "mse")
    first = net.gradients(X, T)[0][0]
    kept = first.copy()
    net.gradients(X * 2, T)
    np.testing.assert_array_equal(first, kept)
