"""Network files that are hostile or absurd: every section validated, bounded cost, clear places."""
from __future__ import annotations

import json
import os

import pytest

from simulator import io, io_write
from simulator.history import FIELDS, History


def xor_doc() -> dict:
    return json.loads(io.example_paths()["xor"].read_text())


def refusal(doc: dict) -> str:
    with pytest.raises(io.NetworkFileError) as info:
        io.from_dict(doc, "xor.json")
    return str(info.value)


@pytest.mark.parametrize("inputs, problem", [
    ([[1], [2]], "layout.inputs[0]: expected a number, got an array of 1 item"),
    (5, "layout.inputs: expected an array, got 5"),
    ("ab", 'layout.inputs: expected an array, got the string "ab"'),
    (["a", "b"], 'layout.inputs[0]: expected a number, got the string "a"'),
    ({"a": 1}, "layout.inputs: expected an array, got an object"),
    ([10 ** 400, 0], "layout.inputs[0]: number too large (numbers must be finite)"),
    ([None, None], "layout.inputs[0]: expected a number, got null"),
    ([1.0, 2.0, 3.0], "layout.inputs: expected 2 values (one per input), got 3"),
])
def test_layout_inputs_must_be_one_finite_number_per_input(inputs, problem):
    doc = xor_doc()
    doc["layout"] = {"inputs": inputs}
    assert refusal(doc) == f"xor.json: {problem}"


def test_valid_layout_inputs_are_kept_as_floats():
    doc = xor_doc()
    doc["layout"] = {"inputs": [1, 0.5], "zoom": [1, {"a": None}]}
    assert io.from_dict(doc).layout == {"inputs": [1.0, 0.5], "zoom": [1, {"a": None}]}


def test_layout_size_is_capped():
    doc = xor_doc()
    doc["layout"] = {"grid": [[] for _ in range(io.MAX_LAYOUT_ITEMS + 1)]}
    assert refusal(doc) == f"xor.json: layout: holds more than {io.MAX_LAYOUT_ITEMS:,} values; at most " \
                           f"{io.MAX_LAYOUT_ITEMS:,} are allowed"


@pytest.mark.parametrize("section, key", [("training", "seed"), ("training", "batch_size"),
                                          ("training", "epochs"), ("dataset", "seed")])
def test_whole_numbers_stay_within_what_the_app_can_hold(section, key):
    doc = xor_doc()
    doc[section][key] = 2 ** 31 - 1
    assert getattr(io.from_dict(doc), section)[key] == 2 ** 31 - 1
    doc[section][key] = 2 ** 31
    assert refusal(doc) == f"xor.json: {section}.{key}: must be at most 2,147,483,647, got 2,147,483,648"
    doc[section][key] = 10 ** 4000
    assert refusal(doc).startswith(f"xor.json: {section}.{key}: must be at most 2,147,483,647")


@pytest.mark.parametrize("key, limit", [("name", io.MAX_NAME_CHARS), ("description", io.MAX_DESCRIPTION_CHARS)])
def test_text_is_capped(key, limit):
    doc = xor_doc()
    doc[key] = "é" * limit
    assert getattr(io.from_dict(doc), key) == "é" * limit
    doc[key] = "x" * (5 * 2 ** 20)
    assert refusal(doc) == f"xor.json: {key}: is 5,242,880 characters long; at most {limit:,} are allowed"


def test_labels_are_capped():
    doc = xor_doc()
    doc["layers"][0]["labels"] = ["x" * (io.MAX_LABEL_CHARS + 1), "b"]
    assert refusal(doc).startswith("xor.json: layers[0].labels[0]: is 101 characters long")


@pytest.mark.parametrize("history, problem", [
    ({"epoch": [1, 1e300]}, "history.epoch[1]: must be at most 2.14748e+09, got 1e+300"),
    ({"epoch": [1, 2 ** 31]}, "history.epoch[1]: must be at most 2,147,483,647, got 2,147,483,648"),
    ({"epoch": [1, None]}, "history.epoch[1]: expected a number, got null"),
    ({"epoch": [1, -1]}, "history.epoch[1]: must be at least 0, got -1"),
    ({"epoch": [1, 2], "train_loss": [0.5, float("nan")]}, "history.train_loss[1]: NaN is not allowed "
                                                           "(numbers must be finite)"),
    ({"epoch": [1, 2], "train_accuracy": [0.5, 1.5]}, "history.train_accuracy[1]: must be at most 1, got 1.5"),
    ({"epoch": [1, 2], "test_loss": [0.5, "x"]}, 'history.test_loss[1]: expected a number, got the string "x"'),
    ({"epoch": [1, 2], "test_loss": [0.5]}, "history.test_loss: has 1 value but history.epoch has 2; every series "
                                            "needs one value per epoch"),
    ({"epoch": 5}, "history.epoch: expected an array, got 5"),
    ([1, 2], "history: expected an object, got an array of 2 items"),
])
def test_history_is_validated_like_everything_else(history, problem):
    doc = xor_doc()
    doc["history"] = history
    assert refusal(doc) == f"xor.json: {problem}"


def test_history_keeps_nulls_and_normalises_losses_to_floats():
    doc = xor_doc()
    doc["history"] = {"epoch": [1, 2, 3], "train_loss": [1, None, 0.25]}
    history = io.from_dict(doc).history
    assert history["train_loss"] == [1.0, None, 0.25] and history["test_loss"] == [None] * 3


def test_history_point_count_is_capped(monkeypatch):
    monkeypatch.setattr(io, "MAX_HISTORY_POINTS", 10)
    doc = xor_doc()
    doc["history"] = {"epoch": list(range(11))}
    assert refusal(doc) == "xor.json: history.epoch: has 11 points; at most 10 are allowed"


@pytest.mark.parametrize("capacity", [2, 3, 4, 7, 8, 1000])
def test_history_from_dict_equals_appending_every_row(capacity):
    # The oracle: the record that appending the rows one by one builds.
    for n in [*range(0, 30), 999, 1000, 1001, 1999, 2000, 2001, 4097]:
        data = {"epoch": list(range(1, n + 1)), "train_loss": [1 / (i + 1) for i in range(n)]}
        slow = History(capacity)
        for i in range(n):
            slow.append(data["epoch"][i], data["train_loss"][i])
        fast = History.from_dict(data, capacity)
        assert fast.to_dict() == slow.to_dict() and (fast.stride, len(fast)) == (slow.stride, len(slow)), n
        fast.append(n + 1, 0.5)
        slow.append(n + 1, 0.5)
        assert fast.to_dict() == slow.to_dict()


def test_a_million_point_history_loads(tmp_path):
    # Speed is measured in benchmarks/bench_files.py; here: it loads, and decimates to the record's size.
    n = 10 ** 6
    doc = xor_doc()
    doc["history"] = {"epoch": list(range(1, n + 1)), "train_loss": [0.5] * n}
    path = tmp_path / "long.json"
    path.write_text(json.dumps(doc))
    loaded = io.load(path)
    history = History.from_dict(loaded.history)
    assert len(history) <= 1001 and history.last("epoch") == n
    assert set(history.to_dict()) == set(FIELDS)


def test_size_and_container_caps_apply_before_parsing(tmp_path, monkeypatch):
    path = tmp_path / "brackets.json"
    path.write_text('{"format": "synaptica-network", "version": 1, "layout": {"x": [' + "[]," * 2000 + "[]]}}")
    monkeypatch.setattr(io, "MAX_CONTAINERS", 1000)
    with pytest.raises(io.NetworkFileError, match=r"^brackets.json: has 2,004 arrays and objects; network files "
                                                  r"hold at most 1,000$"):
        io.load(path)
    monkeypatch.setattr(io, "MAX_FILE_BYTES", 100)
    with pytest.raises(io.NetworkFileError, match="refuses network files larger than"):
        io.load(path)
    assert io.MAX_FILE_BYTES == 100 and "64 MB" in io.__doc__


def test_nul_in_a_path_is_a_network_file_error(tmp_path):
    net = io.load(io.example_paths()["xor"]).network
    with pytest.raises(io.NetworkFileError, match="NUL"):
        io.save(str(tmp_path / "a\0b.json"), net)
    with pytest.raises(io.NetworkFileError, match="NUL"):
        io.load(str(tmp_path / "a\0b.json"))


def test_special_files_are_never_replaced(tmp_path):
    net = io.load(io.example_paths()["xor"]).network
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(io.NetworkFileError, match=r"pipe.json: cannot save the file: it is a pipe \(FIFO\), not a "
                                                  "regular file"):
        io.save(fifo, net)
    assert fifo.is_fifo()
    with pytest.raises(io.NetworkFileError, match="pipe.json: cannot read the file: it is not a regular file"):
        io.load(fifo)       # refused at once, without waiting for a writer


def test_stale_temporary_files_of_interrupted_saves_are_removed(tmp_path):
    net = io.load(io.example_paths()["xor"]).network
    target = tmp_path / "net.json"
    stale = tmp_path / ".net.json.0123abcd.tmp"
    fresh = tmp_path / ".net.json.89abcdef.tmp"     # a save in progress elsewhere: left alone
    other = tmp_path / ".other.json.0123abcd.tmp"
    for path in (stale, fresh, other):
        path.write_bytes(b"half a file")
    old = os.stat(stale).st_mtime - 2 * io_write.STALE_TEMP_SECONDS   # an interrupted save of long ago
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    io.save(target, net)
    assert not stale.exists() and fresh.exists() and other.exists()
    assert io.load(target).network.sizes == net.sizes
