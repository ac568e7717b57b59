"""A dataset change that fails leaves the training session consistent: no data, a clear reason, no Play."""
from __future__ import annotations

import gzip
import os

import pytest

from simulator import Network, datafiles
from simulator.datasets import DatasetError
from ui.document import Document
from ui.training.session import TrainingSession


@pytest.fixture
def session():
    document = Document(Network.build([2, 4, 1], hidden="tanh", output="sigmoid", seed=0))
    document.update_metadata(dataset={"name": "circle", "samples": 100, "noise": 0.0, "test_fraction": 0.5,
                                      "seed": 0})
    made = TrainingSession(document)
    yield made
    made.stop()
    document.undo_stack.clear()


def test_importing_a_fifo_is_refused_and_changes_nothing(session, tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    before = (dict(session.settings), session.dataset, dict(session.document.meta.dataset))
    with pytest.raises(DatasetError, match="pipe.csv: cannot read the file: it is a pipe"):
        session.import_csv(fifo)
    assert (session.settings, session.dataset, session.document.meta.dataset) == before


@pytest.mark.parametrize("kind", ["fifo", "bomb"])
def test_a_data_file_that_fails_to_load_leaves_no_stale_dataset(session, tmp_path, monkeypatch, kind):
    monkeypatch.setattr(datafiles, "MAX_DATA_BYTES", 2 ** 20)
    path = tmp_path / "data.csv.gz"
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path.write_bytes(gzip.compress(b"1,2,0\n" * 2 ** 20))
    session.update_dataset(name=f"csv:{path}")
    # The settings name the new file, and the session holds no data at all, not the previous circle.
    assert session.settings["name"] == f"csv:{path}"
    assert session.dataset is None and session.train is None
    assert "data.csv.gz" in session.dataset_error
    assert session.problems() and session.state == "idle"
    session.play()
    assert session.state == "idle"


def test_absurd_noise_is_named_as_a_data_problem_and_play_refuses(session):
    session.update_dataset(noise=1e308)
    assert session.dataset is not None
    problem = session.problem()
    assert problem.startswith("The data's inputs") and "noise setting" in problem
    session.play()
    assert session.state == "idle" and "noise setting" in session.last_message


def test_a_one_input_network_gets_a_truth_table_without_a_gate(qtbot):
    from ui.panels.truth_table import TruthTablePanel
    document = Document(Network.build([2, 2, 1], hidden="sigmoid", output="sigmoid", seed=0))
    table = TruthTablePanel(document)
    qtbot.addWidget(table)
    document.set_contents(Network.build([1, 8, 1], hidden="tanh", output="identity", seed=0))
    assert table.rows.tolist() == [[0.0], [1.0]] and table.targets is None
    assert table.table.rowCount() == 2 and not table.gate_combo.isEnabled()
