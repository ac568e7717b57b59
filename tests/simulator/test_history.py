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
