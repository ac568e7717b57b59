"""Weight initialisation: shapes, scales (statistically) and reproducibility."""
import numpy as np
import pytest

from simulator import init

N_IN, N_OUT = 400, 500  # 200 000 draws: the sample std is within ~0.5% of the true one


def draw(name, seed=0, n_in=N_IN, n_out=N_OUT, **kwargs):
    return init.weights(name, n_in, n_out, np.random.default_rng(seed), **kwargs)


def test_zeros():
    W = draw("zeros", n_in=3, n_out=4)
    assert W.shape == (3, 4)
    np.testing.assert_array_equal(W, 0.0)


@pytest.mark.parametrize("name, expected_std", [
    ("normal", 0.01),                  # the textbook's weight_init_std default
    ("xavier", np.sqrt(1.0 / N_IN)),
    ("he", np.sqrt(2.0 / N_IN)),
])
def test_scale_of_each_scheme(name, expected_std):
    W = draw(name)
    assert W.shape == (N_IN, N_OUT)
    assert W.std() == pytest.approx(expected_std, rel=0.02)
    assert abs(W.mean()) < 0.01 * expected_std  # ~4.5 standard errors
    # Roughly Gaussian: about 68 % of the draws lie within one standard deviation.
    assert np.mean(np.abs(W) < expected_std) == pytest.approx(0.6827, abs=0.01)


@pytest.mark.parametrize("std", [0.1, 1.0])
def test_normal_uses_the_given_std(std):
    assert draw("normal", std=std).std() == pytest.approx(std, rel=0.02)


def test_xavier_and_he_scale_with_fan_in_not_fan_out():
    assert draw("he", n_in=50, n_out=4000).std() == pytest.approx(np.sqrt(2 / 50), rel=0.02)
    assert draw("xavier", n_in=50, n_out=4000).std() == pytest.approx(np.sqrt(1 / 50), rel=0.02)


@pytest.mark.parametrize("name", ["normal", "xavier", "he"])
def test_same_seed_same_weights_different_seed_different_weights(name):
    np.testing.assert_array_equal(draw(name, seed=7, n_in=5, n_out=3), draw(name, seed=7, n_in=5, n_out=3))
    assert not np.array_equal(draw(name, seed=7, n_in=5, n_out=3), draw(name, seed=8, n_in=5, n_out=3))


def test_draws_come_only_from_the_given_generator():
    rng = np.random.default_rng(3)
    first = init.weights("he", 4, 4, rng)
    second = init.weights("he", 4, 4, rng)
    assert not np.array_equal(first, second)  # the generator advanced
    replay = np.random.default_rng(3)
    np.testing.assert_array_equal(init.weights("he", 4, 4, replay), first)
    np.testing.assert_array_equal(init.weights("he", 4, 4, replay), second)


def test_unknown_name_raises_listing_the_choices():
    with pytest.raises(ValueError) as err:
        draw("orthogonal", n_in=2, n_out=2)
    assert "orthogonal" in str(err.value)
    for name in ("zeros", "normal", "xavier", "he"):
        assert name in str(err.value)
