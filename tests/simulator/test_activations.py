"""Activation values against textbook numbers, derivatives against central differences."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from simulator import activations

ELEMENTWISE = ("step", "sigmoid", "tanh", "relu", "leaky_relu", "identity")
H = 1e-6


def central_difference(f, a, h=H):
    return (f(a + h) - f(a - h)) / (2 * h)


def points_away_from_zero(seed=0, n=50):
    """Random pre-activations kept clear of the kinks of step, relu and leaky_relu at 0."""
    a = np.random.default_rng(seed).uniform(-4, 4, size=n)
    a[np.abs(a) < 1e-2] += 0.5
    return a


# -- values -----------------------------------------------------------------

def test_step_is_zero_at_zero_and_one_only_for_positive_inputs():
    step = activations.get("step")
    np.testing.assert_array_equal(step(np.array([-2.0, -1e-12, 0.0, 1e-12, 3.0])), [0, 0, 0, 1, 1])
    assert step(np.array([0.0])).dtype == float


def test_sigmoid_known_values():
    sigmoid = activations.get("sigmoid")
    np.testing.assert_allclose(sigmoid(np.array([-1.0, 0.0, 1.0, 2.0])),
                               [0.2689414213699951, 0.5, 0.7310585786300049, 0.8807970779778823], rtol=1e-12)


def test_sigmoid_saturates_without_overflow_warnings():
    sigmoid = activations.get("sigmoid")
    with np.errstate(all="raise"):
        y = sigmoid(np.array([-1000.0, -710.0, 710.0, 1000.0]))
    np.testing.assert_allclose(y, [0.0, 0.0, 1.0, 1.0], atol=1e-300)
    assert np.all(np.isfinite(y))


def test_tanh_relu_leaky_relu_identity_values():
    a = np.array([-2.0, -0.5, 0.0, 0.5, 3.0])
    np.testing.assert_allclose(activations.get("tanh")(a),
                               [-0.9640275800758169, -0.46211715726000974, 0.0, 0.46211715726000974,
                                0.9950547536867305], rtol=1e-12)
    np.testing.assert_array_equal(activations.get("relu")(a), [0.0, 0.0, 0.0, 0.5, 3.0])
    np.testing.assert_allclose(activations.get("leaky_relu")(a), [-0.02, -0.005, 0.0, 0.5, 3.0], rtol=1e-15)
    np.testing.assert_array_equal(activations.get("identity")(a), a)


def test_identity_returns_a_new_array():
    a = np.array([1.0, 2.0])
    y = activations.get("identity")(a)
    y[0] = 99.0
    assert a[0] == 1.0


def test_softmax_textbook_value():
    y = activations.get("softmax")(np.array([0.3, 2.9, 4.0]))
    np.testing.assert_allclose(y, [0.01821127, 0.24519181, 0.73659691], atol=1e-8)


def test_softmax_large_inputs_are_finite_and_sum_to_one():
    with np.errstate(all="raise"):
        y = activations.get("softmax")(np.array([1010.0, 1000.0, 990.0]))
    assert np.all(np.isfinite(y))
    assert y.sum() == pytest.approx(1.0, abs=1e-12)
    # Same as softmax([20, 10, 0]) since softmax ignores a constant shift.
    e = np.exp([20.0, 10.0, 0.0])
    np.testing.assert_allclose(y, e / e.sum(), rtol=1e-12)


def test_softmax_is_row_wise_on_a_batch():
    softmax = activations.get("softmax")
    A = np.array([[0.3, 2.9, 4.0], [1.0, 1.0, 1.0]])
    Y = softmax(A)
    np.testing.assert_allclose(Y[0], softmax(A[0]), rtol=1e-12)
    np.testing.assert_allclose(Y[1], [1 / 3, 1 / 3, 1 / 3], rtol=1e-12)


# -- derivatives ------------------------------------------------------------

@pytest.mark.parametrize("name", ELEMENTWISE)
def test_derivative_matches_central_differences(name):
    f = activations.get(name)
    a = points_away_from_zero()
    np.testing.assert_allclose(f.derivative(a), central_difference(f, a), rtol=1e-6, atol=1e-8)


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_backward_is_dy_times_derivative_and_leaves_dy_alone(name):
    f = activations.get(name)
    rng = np.random.default_rng(1)
    a = points_away_from_zero(seed=2, n=12).reshape(3, 4)
    dy = rng.normal(size=(3, 4))
    dy_before = dy.copy()
    da = f.backward(a, f(a), dy)
    np.testing.assert_allclose(da, dy * central_difference(f, a), rtol=1e-6, atol=1e-8)
    np.testing.assert_array_equal(dy, dy_before)


def test_step_derivative_is_zero():
    np.testing.assert_array_equal(activations.get("step").derivative(np.array([-1.0, 0.0, 2.0])), 0.0)


def test_softmax_derivative_is_the_jacobian_diagonal():
    softmax = activations.get("softmax")
    a = np.array([0.3, -1.2, 2.0, 0.7])
    diag = [central_difference(lambda x: softmax(a + x * np.eye(4)[i])[i], 0.0) for i in range(4)]
    np.testing.assert_allclose(softmax.derivative(a), diag, rtol=1e-6)


def test_softmax_backward_is_the_jacobian_vector_product():
    softmax = activations.get("softmax")
    rng = np.random.default_rng(3)
    A = rng.normal(size=(4, 5))
    dY = rng.normal(size=(4, 5))
    dY_before = dY.copy()
    # dL/da_ij for L = Σ dY ⊙ softmax(A), by central differences on each entry.
    numeric = np.zeros_like(A)
    for idx in np.ndindex(A.shape):
        e = np.zeros_like(A)
        e[idx] = H
        numeric[idx] = (np.sum(dY * softmax(A + e)) - np.sum(dY * softmax(A - e))) / (2 * H)
    np.testing.assert_allclose(softmax.backward(A, softmax(A), dY), numeric, rtol=1e-6, atol=1e-9)
    np.testing.assert_array_equal(dY, dY_before)


# -- properties -------------------------------------------------------------

rows = arrays(np.float64, st.tuples(st.integers(1, 4), st.integers(1, 6)),
              elements=st.floats(-500, 500, allow_nan=False))


@settings(max_examples=60, deadline=None)
@given(rows)
def test_softmax_rows_are_probability_distributions(A):
    Y = activations.get("softmax")(A)
    assert np.all((Y >= 0) & (Y <= 1))
    np.testing.assert_allclose(Y.sum(axis=-1), 1.0, rtol=1e-12)


@settings(max_examples=60, deadline=None)
@given(rows, st.floats(-100, 100, allow_nan=False))
def test_softmax_is_shift_invariant(A, c):
    softmax = activations.get("softmax")
    np.testing.assert_allclose(softmax(A + c), softmax(A), rtol=1e-9, atol=1e-12)


# -- lookup -----------------------------------------------------------------

def test_every_documented_name_is_available():
    assert set(activations.NAMES) == {"step", "sigmoid", "tanh", "relu", "leaky_relu", "identity", "softmax"}
    for name in activations.NAMES:
        assert activations.get(name).name == name
        assert name in repr(activations.get(name))


def test_unknown_name_raises_value_error_listing_the_choices():
    with pytest.raises(ValueError) as err:
        activations.get("swish")
    message = str(err.value)
    assert "swish" in message
    for name in activations.NAMES:
        assert name in message


# -- softmax spelled out (the softmax view) ------------------------------------------------
def test_softmax_steps_give_the_textbook_values():
    from simulator.activations import SoftmaxSteps
    steps = SoftmaxSteps([0.3, 2.9, 4.0])
    np.testing.assert_allclose(steps.y, [0.01821127, 0.24519181, 0.73659691], rtol=1e-6)
    np.testing.assert_allclose(steps.shifted, [-3.7, -1.1, 0.0])
    np.testing.assert_allclose(steps.exp, np.exp([-3.7, -1.1, 0.0]))
    assert steps.total == pytest.approx(steps.exp.sum()) and not steps.naive_overflows
    np.testing.assert_allclose(steps.naive_y, steps.y)


def test_softmax_steps_show_the_naive_overflow():
    from simulator.activations import SoftmaxSteps
    steps = SoftmaxSteps([1010, 1000, 990])
    assert np.isinf(steps.naive_exp).all() and steps.naive_overflows and np.isnan(steps.naive_y).all()
    np.testing.assert_allclose(steps.y, [9.99954600e-01, 4.53978686e-05, 2.06106005e-09], rtol=1e-6)
    np.testing.assert_allclose(steps.y, activations.get("softmax")(np.array([1010.0, 1000, 990])))
    with pytest.raises(ValueError, match="one non-empty vector"):
        SoftmaxSteps([[1.0, 2.0]])


@settings(max_examples=60, deadline=None)
@given(arrays(np.float64, st.tuples(st.integers(1, 5), st.integers(1, 12)),
              elements=st.floats(allow_nan=True, allow_infinity=True, width=64)))
def test_softmax_row_max_is_numpys_max_exactly(a):
    np.testing.assert_array_equal(activations._row_max(a), a.max(axis=-1, keepdims=True))
    np.testing.assert_array_equal(activations._row_max(a[0]), a[0].max(axis=-1, keepdims=True))
