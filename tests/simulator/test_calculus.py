"""Derivatives-by-hand math: tangents, difference errors, descent outcomes, typed vectors."""
import numpy as np
import pytest

from simulator import calculus
from simulator.gradcheck import gradient_descent


def test_tangent_of_the_textbook_function():
    t = calculus.tangent(calculus.function("textbook"), 5.0)
    assert t.slope == pytest.approx(0.2, abs=1e-9) and t.exact == pytest.approx(0.2)
    assert t.y == pytest.approx(0.75)
    assert t.line(np.array([5.0, 6.0])) == pytest.approx([0.75, 0.95])


@pytest.mark.parametrize("name", list(calculus.FUNCTIONS))
def test_exact_derivatives_agree_with_central_differences(name):
    fn = calculus.function(name)
    for x in np.linspace(*fn.x_range, 7):
        assert calculus.tangent(fn, x).slope == pytest.approx(fn.df(x), rel=1e-6, abs=1e-6)


def test_difference_errors_show_truncation_then_rounding():
    err = calculus.difference_errors(calculus.function("sine"), 1.0)
    h_fwd, e_fwd = err.best("forward")
    h_cen, e_cen = err.best("central")
    assert 1e-10 < h_fwd < 1e-6 and 1e-7 < h_cen < 1e-3   # about sqrt(eps) and eps^(1/3)
    assert e_cen < e_fwd < 1e-6
    # At h = 1e-50, x + h == x: both differences are 0, the error is the whole slope.
    assert err.h[0] == pytest.approx(1e-50)
    assert err.forward[0] == pytest.approx(np.cos(1.0)) and err.central[0] == pytest.approx(np.cos(1.0))
    # Large h: truncation dominates and central is far better than forward.
    i = np.searchsorted(err.h, 1e-2)
    assert err.central[i] < 0.02 * err.forward[i]


@pytest.mark.parametrize("lr, outcome", [(10.0, calculus.DIVERGED), (1e-10, calculus.STUCK),
                                         (0.1, calculus.CONVERGED), (0.001, calculus.ON_ITS_WAY)])
def test_descent_outcomes_as_in_the_textbook(lr, outcome):
    path = gradient_descent(calculus.sum_of_squares, np.array([-3.0, 4.0]), lr=lr, step_num=100)
    assert calculus.descent_outcome(calculus.sum_of_squares, path) == outcome


def test_parse_vector():
    np.testing.assert_array_equal(calculus.parse_vector("[0.3, 2.9  4.0]"), [0.3, 2.9, 4.0])
    np.testing.assert_array_equal(calculus.parse_vector("1;−2"), [1.0, -2.0])
    with pytest.raises(ValueError, match=r"a: entry 2 \('x'\) is not a number"):
        calculus.parse_vector("1, x", what="a")
    with pytest.raises(ValueError, match="entry 1"):
        calculus.parse_vector("inf")
    with pytest.raises(ValueError, match="at least one"):
        calculus.parse_vector("  ")


def test_a_diverging_numerical_descent_freezes_where_x_plus_h_is_x():
    path = gradient_descent(calculus.sum_of_squares, np.array([-3.0, 4.0]), lr=10.0, step_num=100)
    k = calculus.frozen_from(path)
    assert 0 < k < 100 and np.all(path[k:] == path[k])
    assert abs(path[k, 0]) + 1e-4 == abs(path[k, 0])
    assert calculus.frozen_from(gradient_descent(calculus.sum_of_squares, np.array([-3.0, 4.0]), lr=0.1)) is None
    assert calculus.frozen_from(np.zeros((4, 2))) == 0


def test_softmax_parts_match_the_textbook():
    parts = calculus.softmax_parts([0.3, 2.9, 4.0])
    np.testing.assert_allclose(parts.y, [0.01821127, 0.24519181, 0.73659691], rtol=1e-6)
    np.testing.assert_allclose(parts.shifted, [-3.7, -1.1, 0.0])
    np.testing.assert_allclose(parts.exp / parts.total, parts.y)
    big = calculus.softmax_parts([1010.0, 1000.0, 990.0])   # the textbook's overflow example
    np.testing.assert_allclose(big.y, [9.99954600e-01, 4.53978686e-05, 2.06106005e-09], rtol=1e-6)
    with pytest.raises(ValueError, match="non-empty vector"):
        calculus.softmax_parts([])
