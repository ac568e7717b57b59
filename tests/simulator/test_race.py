"""Racing optimizers: identical start, identical batch order, the real Trainer."""
import numpy as np
import pytest

from simulator import Network, datasets, optimizers
from simulator.race import DIVERGED, FINISHED, Race
from simulator.training import Trainer

NAMES = ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]


@pytest.fixture
def data():
    train, test = datasets.make("spiral", samples=120, seed=1).split(0.25, seed=0)
    net = Network.build([2, 8, 2], hidden="tanh", output="softmax", init="xavier", seed=3)
    return net, train.X, train.targets(2), test.X, test.targets(2)


def make_race(net, X, T, Xt, Tt, names=NAMES):
    opts = [optimizers.create(n, lr=0.05) for n in names]
    return Race(net, X, T, opts, loss="cross_entropy", batch_size=16, seed=7, X_test=Xt, T_test=Tt)


def test_every_lane_starts_from_the_same_weights_and_sees_the_same_batches(data):
    net, X, T, Xt, Tt = data
    race = make_race(net, X, T, Xt, Tt)
    starts, seen = {}, {}
    for lane in race.lanes:
        starts[lane.label] = [p.copy() for layer in lane.network.layers for p in (layer.W, layer.b)]
        seen[lane.label] = []
        forward = lane.network.forward

        def recording(x, forward=forward, log=seen[lane.label]):
            if len(x) <= 16:                      # mini-batches (test evaluation passes all 30 rows)
                log.append(np.asarray(x).copy())
            return forward(x)
        lane.network.forward = recording
    reference = [p for layer in net.layers for p in (layer.W, layer.b)]
    for params in starts.values():
        assert all(np.array_equal(a, b) for a, b in zip(params, reference))
    race.run(epochs=2)
    batches = list(seen.values())
    assert len(batches[0]) == 2 * int(np.ceil(len(X) / 16))
    for other in batches[1:]:
        assert len(other) == len(batches[0])
        assert all(np.array_equal(a, b) for a, b in zip(batches[0], other))
    # The lanes did train differently: only the rule differs.
    finals = [lane.network.layers[0].W for lane in race.lanes]
    assert not np.array_equal(finals[0], finals[-1])
    assert np.array_equal(net.layers[0].W, reference[0])          # the caller's network is untouched


def test_a_lane_equals_a_standalone_trainer_run(data):
    net, X, T, Xt, Tt = data
    race = make_race(net, X, T, Xt, Tt, names=["adam", "momentum"])
    race.run(epochs=3)
    for lane in race.lanes:
        alone = net.copy()
        Trainer(alone, X, T, loss="cross_entropy", optimizer=optimizers.create(lane.optimizer.name, lr=0.05),
                batch_size=16, seed=7, X_test=Xt, T_test=Tt).run(3)
        for a, b in zip(alone.layers, lane.network.layers):
            np.testing.assert_array_equal(a.W, b.W)
        assert lane.status == FINISHED and len(lane.stats) == 3 and len(lane.history.series("train_loss")) == 3


def test_labels_callback_divergence_and_stop(data):
    net, X, T, Xt, Tt = data
    opts = [optimizers.create("sgd", lr=0.05), optimizers.create("sgd", lr=0.05), optimizers.create("sgd", lr=1e6)]
    linear = Network.build([2, 8, 2], hidden="relu", output="identity", init="he", seed=0)
    race = Race(linear, X, T, opts, loss="mse", batch_size=16, seed=0)
    assert [lane.label for lane in race.lanes] == ["sgd (lr 0.05)", "sgd (lr 0.05) #2", "sgd (lr 1e+06)"]
    calls = []
    race.run(epochs=50, callback=lambda lane, stats: calls.append(lane.label))
    assert race.lanes[2].status == DIVERGED and "smaller learning rate" in race.lanes[2].message
    assert race.lanes[0].status == FINISHED and len(race.lanes[0].stats) == 50
    assert calls.count("sgd (lr 0.05)") == 50
    stopped = make_race(net, X, T, Xt, Tt, names=["sgd", "adam"])
    stopped.run(epochs=100, callback=lambda lane, stats: stopped.stop())
    assert {lane.status for lane in stopped.lanes} == {"stopped"} and stopped.epoch <= 1
    with pytest.raises(ValueError, match="at least one optimizer"):
        Race(net, X, T, [])
