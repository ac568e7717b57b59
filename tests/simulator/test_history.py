from simulator.history import History


def test_history_keeps_every_point_until_full():
    h = History(capacity=100)
    for epoch in range(1, 51):
        h.append(epoch, 1.0 / epoch)
    assert h.columns["epoch"] == list(range(1, 51)) and h.stride == 1


def test_history_stays_bounded_and_evenly_spaced_on_long_runs():
    h = History(capacity=100)
    for epoch in range(1, 100_001):
        h.append(epoch, 1.0 / epoch, None, 0.5)
    assert 50 <= len(h) < 100
    epochs = h.columns["epoch"]
    gaps = {b - a for a, b in zip(epochs, epochs[1:])}
    assert gaps == {h.stride} and epochs[0] == 1


def test_history_round_trips_through_plain_dicts():
    h = History()
    for epoch in range(1, 6):
        h.append(epoch, 1.0 / epoch, 2.0 / epoch, None, 0.25 * epoch)
    again = History.from_dict(h.to_dict())
    assert again.to_dict() == h.to_dict()


def test_the_newest_epoch_is_always_kept_so_curves_and_counters_end_at_it():
    h = History(capacity=10)
    for epoch in range(1, 1001):
        h.append(epoch, 1.0 / epoch)
        assert h.last("epoch") == epoch and h.series("epoch")[-1] == epoch
    assert h.to_dict()["epoch"][-1] == 1000 and h.to_dict()["train_loss"][-1] == 1.0 / 1000
    assert len(h) <= 11


def test_a_full_saved_history_reloads_with_its_last_row():
    rows = {"epoch": list(range(1, 1001)), "train_loss": [1.0 / e for e in range(1, 1001)]}
    again = History.from_dict(rows, capacity=1000)
    assert again.last("epoch") == 1000 and again.last("train_loss") == 1.0 / 1000
