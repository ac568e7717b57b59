"""Loss surfaces for the optimizer playground: gradients and paths."""
import numpy as np
import pytest

from simulator import optimizers, surfaces
from simulator.gradcheck import numerical_gradient


def test_names_include_the_required_surfaces():
    assert {"textbook", "rosenbrock", "saddle", "bowl"} <= set(surfaces.names())


def test_textbook_surface_is_x2_over_20_plus_y2():
    s = surfaces.get("textbook")
    assert s(2.0, 3.0) == pytest.approx(4 / 20 + 9)
    np.testing.assert_allclose(s.gradient(2.0, 3.0), (0.2, 6.0))


@pytest.mark.parametrize("name", surfaces.names())
def test_gradient_matches_central_differences(name):
    s = surfaces.get(name)
    rng = np.random.default_rng(0)
    xs = rng.uniform(*s.x_range, 20)
    ys = rng.uniform(*s.y_range, 20)
    gx, gy = s.gradient(xs, ys)  # arrays in, arrays out
    assert gx.shape == gy.shape == (20,)
    for x, y, ex, ey in zip(xs, ys, gx, gy):
        num = numerical_gradient(lambda p: s(p[0], p[1]), np.array([x, y]), h=1e-5)
        np.testing.assert_allclose(num, (ex, ey), rtol=1e-6, atol=1e-6)


def test_surface_works_on_grids():
    xs, ys, z = surfaces.get("rosenbrock").grid(50)
    assert z.shape == (50, 50)
    assert z[10, 20] == pytest.approx(surfaces.get("rosenbrock")(xs[10], ys[20]))
    levels = surfaces.get("textbook").levels(8)
    assert len(levels) == 8 and np.all(np.diff(levels) > 0)


def test_sgd_path_by_hand():
    """On x²/20 + y², SGD multiplies x by (1 − lr/10) and y by (1 − 2 lr) each step."""
    path = surfaces.descend("textbook", optimizers.create("sgd", lr=0.95), start=(-7.0, 2.0), steps=30)
    assert path.shape == (31, 2)
    k = np.arange(31)
    np.testing.assert_allclose(path[:, 0], -7.0 * (1 - 0.095) ** k)
    np.testing.assert_allclose(path[:, 1], 2.0 * (1 - 1.9) ** k, atol=1e-12)


def test_adam_path_against_the_textbook_formula():
    lr, b1, b2 = 0.3, 0.9, 0.999
    p, m, v = np.array([-7.0, 2.0]), np.zeros(2), np.zeros(2)
    expected = [p.copy()]
    for it in range(1, 6):
        g = np.array([p[0] / 10, 2 * p[1]])
        lr_t = lr * np.sqrt(1 - b2 ** it) / (1 - b1 ** it)
        m += (1 - b1) * (g - m)
        v += (1 - b2) * (g ** 2 - v)
        p = p - lr_t * m / (np.sqrt(v) + 1e-7)
        expected.append(p.copy())
    path = surfaces.descend("textbook", optimizers.create("adam", lr=lr), start=(-7.0, 2.0), steps=5)
    np.testing.assert_allclose(path, expected)


@pytest.mark.parametrize("name", ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"])
def test_descend_equals_step_by_step_updates_of_the_optimizer_class(name):
    s = surfaces.get("rosenbrock")
    opt = optimizers.create(name, lr=s.learning_rates[name])
    path = surfaces.descend("rosenbrock", opt, start=(-1.5, 2.0), steps=25)
    fresh = optimizers.create(name, lr=s.learning_rates[name])
    point = np.array([-1.5, 2.0])
    for i in range(1, 26):
        fresh.update([point], [np.array(s.gradient(point[0], point[1]))])
        np.testing.assert_array_equal(path[i], point)


def test_descend_leaves_the_callers_optimizer_alone_and_repeats_exactly():
    opt = optimizers.create("momentum", lr=0.1)
    first = surfaces.descend("textbook", opt, start=(-7.0, 2.0), steps=10)
    assert opt._state is None
    np.testing.assert_array_equal(first, surfaces.descend("textbook", opt, start=(-7.0, 2.0), steps=10))


def test_every_optimizer_gets_down_the_textbook_surface_at_its_textbook_rate():
    s = surfaces.get("textbook")
    for name, lr in s.learning_rates.items():
        path = surfaces.descend("textbook", optimizers.create(name, lr=lr), start=s.start, steps=100)
        assert s(*path[-1]) < 0.01 * s(*path[0]), name   # Nesterov loosely: its rule is being revised


def test_divergence_is_kept_and_located():
    path = surfaces.descend("bowl", optimizers.create("sgd", lr=3.0), start=(1.0, 1.0), steps=2000)
    at = surfaces.diverged_at(path)
    assert at is not None and np.all(np.isfinite(path[:at]))
    assert surfaces.diverged_at(np.zeros((3, 2))) is None


def test_bad_arguments_are_named():
    with pytest.raises(ValueError, match="unknown surface 'nope'"):
        surfaces.get("nope")
    with pytest.raises(ValueError, match="steps"):
        surfaces.descend("bowl", optimizers.create("sgd"), steps=-1)
    with pytest.raises(ValueError, match="start"):
        surfaces.descend("bowl", optimizers.create("sgd"), start=(1.0, float("nan")))
    with pytest.raises(TypeError, match="optimizer"):
        surfaces.descend("bowl", "adam")
