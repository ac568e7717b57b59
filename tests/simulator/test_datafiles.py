"""Data files that are not what they claim: pipes, devices, gzip bombs, empty IDX, memory exhaustion."""
from __future__ import annotations

import gzip
import os
import struct
import threading

import numpy as np
import pytest

from simulator import csv_import, csv_layout, datafiles, datasets, idx
from simulator.datasets import DatasetError, load_csv, load_idx


def finishes(function, *args):
    """Run `function(*args)` in a thread; the exception it raised (None if none). A guard, not a timing:
    a reader that blocked on a pipe would never finish, and the test fails instead of hanging."""
    outcome = {}

    def run():
        try:
            function(*args)
            outcome["error"] = None
        except BaseException as exc:  # noqa: BLE001 - handed to the test to assert on
            outcome["error"] = exc
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(60)
    assert not thread.is_alive(), f"{function.__name__} blocked"
    return outcome["error"]


@pytest.mark.parametrize("reader", [load_csv, load_idx, csv_import.sniff, datafiles.read_all])
def test_a_fifo_is_refused_at_once(tmp_path, reader):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    error = finishes(reader, fifo)
    assert isinstance(error, DatasetError)
    assert str(error) == "pipe.csv: cannot read the file: it is a pipe (FIFO), not a regular file"


def test_folders_and_missing_files_name_the_file(tmp_path):
    assert str(finishes(load_csv, tmp_path)).endswith("cannot read the file: it is a folder, not a regular file")
    assert str(finishes(load_csv, tmp_path / "gone.csv")) == \
        "gone.csv: cannot read the file (No such file or directory)"


def test_a_gzip_bomb_stops_at_the_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(datafiles, "MAX_DATA_BYTES", 2 ** 20)
    bomb = tmp_path / "bomb.csv.gz"
    bomb.write_bytes(gzip.compress(b"1,2,3\n" * (2 ** 20), 9))
    assert bomb.stat().st_size < 50_000
    error = finishes(load_csv, bomb)
    assert str(error) == "bomb.csv.gz: expands to more than 1 MB when decompressed; Synaptica reads at most that " \
                         "much from one data file"
    images = tmp_path / "bomb-images-idx3-ubyte.gz"
    images.write_bytes(gzip.compress(struct.pack(">BBBBIII", 0, 0, 8, 3, 4096, 28, 28) + bytes(4096 * 784)))
    assert "need 3 MB; Synaptica reads at most 1 MB" in str(finishes(load_idx, images))


def test_concatenated_gzip_members_are_read_whole(tmp_path):
    path = tmp_path / "two.csv.gz"
    path.write_bytes(gzip.compress(b"a,b,label\n1,2,x\n") + gzip.compress(b"3,4,y\n"))
    assert load_csv(path).X.tolist() == [[1, 2], [3, 4]]


def test_an_idx_file_without_images_is_a_dataset_error(tmp_path):
    empty = tmp_path / "empty-images-idx3-ubyte"
    empty.write_bytes(struct.pack(">BBBBIII", 0, 0, 8, 3, 0, 28, 28))
    labels = tmp_path / "empty-labels-idx1-ubyte"
    labels.write_bytes(struct.pack(">BBBBI", 0, 0, 8, 1, 0))
    with pytest.raises(DatasetError, match=r"empty-images-idx3-ubyte: holds no images \(shape 0x28x28\)"):
        load_idx(empty)
    extra = tmp_path / "extra.idx"
    extra.write_bytes(struct.pack(">BBBBI", 0, 0, 8, 1, 2) + b"\x01\x02\x03")
    with pytest.raises(DatasetError, match="extra.idx: dimensions 2 need 2 bytes of data, found more than 2"):
        idx.read(extra)


def test_running_out_of_memory_is_a_dataset_error_naming_the_file(tmp_path, monkeypatch):
    path = tmp_path / "big.csv"
    path.write_text("a,b,label\n1,2,x\n3,4,y\n")

    def exhausted(*args):
        raise MemoryError
    monkeypatch.setattr(csv_layout, "parse_number", exhausted)
    with pytest.raises(DatasetError, match="^big.csv: not enough memory to read this file$"):
        load_csv(path)


def test_the_bundled_datasets_still_load():
    iris, digits = datasets.load_iris(), datasets.load_digits()
    assert (iris.n_samples, iris.n_features, iris.class_names) == (150, 4, ("setosa", "versicolor", "virginica"))
    assert (digits.n_samples, digits.n_features, digits.n_classes) == (1797, 64, 10)
    assert np.isclose(digits.X.max(), 1.0)
