"""Loss values against the textbook's worked examples, gradients against central differences."""
import numpy as np
import pytest

from simulator import losses

T = np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 0], dtype=float)
Y_GOOD = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])
Y_BAD = np.array([0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0])


def numerical_gradient(f, y, h=1e-6):
    grad = np.zeros_like(y)
    for idx in np.ndindex(y.shape):
        e = np.zeros_like(y)
        e[idx] = h
        grad[idx] = (f(y + e) - f(y - e)) / (2 * h)
    return grad


# -- textbook values --------------------------------------------------------

@pytest.mark.parametrize("y, expected", [(Y_GOOD, 0.0975), (Y_BAD, 0.5975)])
def test_mse_textbook_examples(y, expected):
    assert losses.get("mse").value(y, T) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize("y, expected", [(Y_GOOD, 0.510825457), (Y_BAD, 2.30258409)])
def test_cross_entropy_textbook_examples(y, expected):
    assert losses.get("cross_entropy").value(y, T) == pytest.approx(expected, abs=1e-8)


@pytest.mark.parametrize("name", ["mse", "cross_entropy", "binary_cross_entropy"])
def test_batch_value_is_the_mean_over_rows(name):
    loss = losses.get(name)
    Y = np.clip(np.stack([Y_GOOD, Y_BAD]), 0.01, 0.99)  # keep bce away from log(0)
    Tb = np.stack([T, T])
    expected = (loss.value(Y[0], T) + loss.value(Y[1], T)) / 2
    assert loss.value(Y, Tb) == pytest.approx(expected, rel=1e-12)


def test_mse_batch_of_the_two_textbook_rows():
    assert losses.get("mse").value(np.stack([Y_GOOD, Y_BAD]), np.stack([T, T])) == pytest.approx(0.3475)


def test_cross_entropy_batch_of_the_two_textbook_rows():
    value = losses.get("cross_entropy").value(np.stack([Y_GOOD, Y_BAD]), np.stack([T, T]))
    assert value == pytest.approx((0.510825457 + 2.30258409) / 2, abs=1e-8)


def test_cross_entropy_uses_soft_targets_as_given():
    y = np.array([0.2, 0.5, 0.3])
    t = np.array([0.1, 0.6, 0.3])
    expected = -(0.1 * np.log(0.2 + 1e-7) + 0.6 * np.log(0.5 + 1e-7) + 0.3 * np.log(0.3 + 1e-7))
    assert losses.get("cross_entropy").value(y, t) == pytest.approx(expected, rel=1e-12)
    # Not the one-hot of argmax(t) = 1, which would give -log(0.5).
    assert losses.get("cross_entropy").value(y, t) != pytest.approx(-np.log(0.5), rel=1e-3)


def test_binary_cross_entropy_hand_computed():
    y = np.array([[0.9, 0.2, 0.6]])
    t = np.array([[1.0, 0.0, 1.0]])
    # -(log 0.9 + log 0.8 + log 0.6) = 0.1053605 + 0.2231436 + 0.5108256
    assert losses.get("binary_cross_entropy").value(y, t) == pytest.approx(0.8393297, abs=1e-6)


def test_binary_cross_entropy_with_soft_targets():
    y, t = np.array([0.7]), np.array([0.25])
    expected = -(0.25 * np.log(0.7) + 0.75 * np.log(0.3))
    assert losses.get("binary_cross_entropy").value(y, t) == pytest.approx(expected, rel=1e-6)


def test_perfect_prediction_has_near_zero_loss():
    assert losses.get("mse").value(T, T) == 0.0
    assert losses.get("cross_entropy").value(T, T) == pytest.approx(0.0, abs=1e-6)
    assert losses.get("binary_cross_entropy").value(T, T) == pytest.approx(0.0, abs=1e-5)


# -- gradients --------------------------------------------------------------

@pytest.mark.parametrize("name", ["mse", "cross_entropy", "binary_cross_entropy"])
@pytest.mark.parametrize("shape", [(5,), (3, 4)])
def test_gradient_matches_central_differences(name, shape):
    rng = np.random.default_rng(7)
    y = rng.uniform(0.05, 0.95, size=shape)
    t = rng.uniform(0.0, 1.0, size=shape)
    loss = losses.get(name)
    numeric = numerical_gradient(lambda v: loss.value(v, t), y)
    np.testing.assert_allclose(loss.gradient(y, t), numeric, rtol=1e-6, atol=1e-9)


@pytest.mark.parametrize("name", ["mse", "cross_entropy", "binary_cross_entropy"])
def test_gradient_does_not_modify_its_inputs(name):
    y = np.array([[0.2, 0.8], [0.6, 0.4]])
    t = np.array([[0.0, 1.0], [1.0, 0.0]])
    y0, t0 = y.copy(), t.copy()
    losses.get(name).gradient(y, t)
    losses.get(name).value(y, t)
    np.testing.assert_array_equal(y, y0)
    np.testing.assert_array_equal(t, t0)


# -- lookup -----------------------------------------------------------------

def test_names_and_repr():
    assert set(losses.NAMES) == {"mse", "cross_entropy", "binary_cross_entropy"}
    for name in losses.NAMES:
        assert name in repr(losses.get(name))


def test_unknown_loss_raises_value_error_listing_the_choices():
    with pytest.raises(ValueError) as err:
        losses.get("hinge")
    assert "hinge" in str(err.value)
    for name in losses.NAMES:
        assert name in str(err.value)


# -- never below zero --------------------------------------------------------

@pytest.mark.parametrize("name, Y, Tt", [
    ("binary_cross_entropy", np.array([[1.0], [0.0], [1.0], [0.0]]), np.array([[1.0], [0.0], [1.0], [0.0]])),
    ("cross_entropy", np.eye(3), np.eye(3)),
])
def test_a_perfect_fit_scores_exactly_zero_not_minus_epsilon(name, Y, Tt):
    # The 1e-7 inside log(y + 1e-7) makes the raw sum about −1e-7 here, shown as "−0.0".
    value = losses.get(name).value(Y, Tt)
    assert value == 0.0 and not np.signbit(value)
    assert f"{value:.1f}" == "0.0"


def test_a_network_that_fits_perfectly_reports_a_loss_of_zero():
    from simulator import Dense, Network
    net = Network([Dense([[50.0], [50.0]], [-75.0], "sigmoid")])   # AND, saturated: outputs are 0 or 1 to 1e-11
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    T = np.array([[0], [0], [0], [1]], dtype=float)
    assert net.loss(X, T, loss="binary_cross_entropy") >= 0.0


# -- every term of the sum (the loss view lays them open) ---------------------------------
BOOK_Y = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])
BOOK_T = np.eye(10)[2]


@pytest.mark.parametrize("name", ["mse", "cross_entropy", "binary_cross_entropy"])
def test_terms_sum_to_the_loss(name):
    rng = np.random.default_rng(0)
    y, t = rng.uniform(0.05, 0.95, (3, 4)), rng.uniform(0, 1, (3, 4))
    loss = losses.get(name)
    assert loss.terms(y, t).shape == (3, 4)
    assert loss.terms(y, t).sum() / 3 == pytest.approx(loss.value(y, t), rel=1e-12)


def test_terms_give_the_textbook_values():
    assert losses.get("mse").terms(BOOK_Y, BOOK_T).sum() == pytest.approx(0.0975, abs=5e-5)
    terms = losses.get("cross_entropy").terms(BOOK_Y, BOOK_T)
    assert terms.sum() == pytest.approx(0.5108, abs=5e-5)
    assert np.count_nonzero(terms) == 1      # only the correct class's term is non-zero
