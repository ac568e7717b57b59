"""numerical_diff, numerical_gradient and gradient_descent against the textbook's printed values (chapter 4)."""
import numpy as np
import pytest

from simulator import Network
from simulator.gradcheck import (forward_diff, gradient_descent, numerical_diff, numerical_gradient,
                                 numerical_gradients)


def function_1(x):
    return 0.01 * x ** 2 + 0.1 * x


def function_2(x):
    return np.sum(x ** 2)


def test_numerical_diff_matches_the_textbook():
    assert numerical_diff(function_1, 5) == pytest.approx(0.1999999999990898, abs=1e-12)
    assert numerical_diff(function_1, 10) == pytest.approx(0.2999999999986347, abs=1e-12)


def test_forward_difference_is_worse_than_central():
    exact = 0.02 * 5 + 0.1
    assert abs(forward_diff(function_1, 5.0, 1e-4) - exact) > 100 * abs(numerical_diff(function_1, 5.0, 1e-4) - exact)


@pytest.mark.parametrize("point, expected", [((3.0, 4.0), (6.0, 8.0)), ((0.0, 2.0), (0.0, 4.0)),
                                             ((3.0, 0.0), (6.0, 0.0))])
def test_numerical_gradient_matches_the_textbook(point, expected):
    np.testing.assert_allclose(numerical_gradient(function_2, np.array(point)), expected, atol=1e-6)


def test_numerical_gradient_any_shape_and_x_left_exactly_as_found():
    x = np.array([[0.1, -0.0, 1e-300], [np.pi, -7.5, 2.0]])
    before = x.copy()
    grad = numerical_gradient(lambda a: np.sum(a ** 3), x)
    assert grad.shape == x.shape
    np.testing.assert_allclose(grad, 3 * x ** 2, atol=1e-6)
    assert np.array_equal(x, before) and np.array_equal(np.signbit(x), np.signbit(before))


def test_numerical_gradient_restores_x_when_f_raises():
    x = np.array([1.0, 2.0])

    def fails_second_time(a, calls=[0]):
        calls[0] += 1
        if calls[0] == 2:
            raise RuntimeError("boom")
        return float(a.sum())

    with pytest.raises(RuntimeError):
        numerical_gradient(fails_second_time, x)
    assert x.tolist() == [1.0, 2.0]


def test_numerical_gradient_through_a_closure_like_the_textbook():
    """f ignores its argument and reads the network's own array, as in the textbook's TwoLayerNet."""
    net = Network.build([2, 3, 2], hidden="sigmoid", output="softmax", seed=1)
    X, T = np.array([[0.6, 0.9]]), np.array([[0.0, 1.0]])
    W = net.layers[0].W
    grad = numerical_gradient(lambda _w: net.loss(X, T, "cross_entropy"), W)
    np.testing.assert_allclose(grad, net.gradients(X, T, "cross_entropy")[0][0], atol=1e-7)
    np.testing.assert_allclose(grad, numerical_gradients(net, X, T, loss="cross_entropy")[0][0])


def test_integer_input_is_read_as_floats_and_left_alone():
    x = np.array([3, 4])
    np.testing.assert_allclose(numerical_gradient(function_2, x), [6.0, 8.0], atol=1e-6)
    assert x.dtype.kind == "i" and x.tolist() == [3, 4]


def test_gradient_descent_matches_the_textbook():
    init = np.array([-3.0, 4.0])
    path = gradient_descent(function_2, init, lr=0.1, step_num=100)
    assert path.shape == (101, 2)
    assert init.tolist() == [-3.0, 4.0]
    np.testing.assert_array_equal(path[0], init)
    np.testing.assert_allclose(path[-1], [-6.11110793e-10, 8.14814391e-10], rtol=1e-6)
    np.testing.assert_allclose(path[1], [-3.0 * 0.8, 4.0 * 0.8])


def test_gradient_descent_learning_rates_from_the_textbook():
    init = np.array([-3.0, 4.0])
    too_big = gradient_descent(function_2, init, lr=10.0, step_num=100)[-1]
    assert abs(too_big[0]) > 1e12          # the book prints [-2.58983747e+13, -1.29524862e+12]
    too_small = gradient_descent(function_2, init, lr=1e-10, step_num=100)[-1]
    np.testing.assert_allclose(too_small, [-2.99999994, 3.99999992], rtol=1e-8)


@pytest.mark.parametrize("kwargs, message", [(dict(step_num=-1), "step_num"), (dict(step_num=2.5), "step_num"),
                                             (dict(lr=float("nan")), "lr")])
def test_gradient_descent_rejects_bad_arguments(kwargs, message):
    with pytest.raises(ValueError, match=message):
        gradient_descent(function_2, np.array([1.0, 1.0]), **kwargs)


def test_h_must_be_positive():
    with pytest.raises(ValueError, match="numerical_diff: h"):
        numerical_diff(function_1, 1.0, h=0.0)
    with pytest.raises(ValueError, match="numerical_gradient: h"):
        numerical_gradient(function_2, np.ones(2), h=-1e-4)
