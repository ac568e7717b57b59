"""The worker process's protocol and its failures (the loop runs in a thread here, to reach inside)."""
from __future__ import annotations

import logging
import multiprocessing
import threading

import numpy as np
import pytest

from simulator import Network
from ui.training import trainer_process
from ui.training.process_link import WorkerLink
from ui.training.trainer_process import Job, Mode, Reason, serve

XOR = {"name": "gate:xor", "test_fraction": 0.0, "seed": 0}


def job(dataset=XOR) -> Job:
    net = Network.build([2, 3, 1], hidden="sigmoid", output="sigmoid", init="xavier", seed=0)
    return Job(network=net, dataset=dataset, loss="mse", optimizer={"name": "sgd", "lr": 0.5}, batch_size=4,
               seed=0, weight_decay=0.0, epoch=0, step=0, probe=np.zeros(2))


@pytest.fixture
def worker():
    """serve() in a thread, with the GUI's end of its pipe."""
    gui, child = multiprocessing.Pipe()
    thread = threading.Thread(target=serve, args=(child,), name="test-worker")
    thread.start()
    yield gui
    gui.send(("stop",))
    thread.join(5)
    assert not thread.is_alive()


def test_an_error_while_training_is_reported_with_its_traceback_and_logged(worker, monkeypatch, caplog):
    def broken_step(self):
        raise RuntimeError("boom")

    monkeypatch.setattr(trainer_process.Trainer, "step", broken_step)
    worker.send(("load", job()))
    worker.send(("start", Mode.RUN, 10))
    assert worker.poll(5)
    kind, ending = worker.recv()
    assert kind == "ended" and ending.reason == Reason.FAILED and ending.message == "Training failed: boom"
    assert "Traceback" in ending.details and "broken_step" in ending.details
    with caplog.at_level(logging.ERROR, logger="ui.training.process_link"):
        WorkerLink._log_failure(ending)
    assert "Training failed: boom" in caplog.text and "broken_step" in caplog.text
    worker.send(("start", Mode.BATCH, 10))          # the broken trainer is gone: it says why it cannot start
    kind, ending = worker.recv()
    assert ending.reason == Reason.FAILED and "Training cannot start" in ending.message


def test_a_pause_is_answered_between_two_steps_with_what_the_gui_has_not_seen(worker):
    worker.send(("load", job()))
    worker.send(("speed", 10))
    worker.send(("start", Mode.RUN, 10_000_000))
    worker.send(("pause", 7))
    rows = []
    while True:
        kind, *rest = worker.recv()
        if kind == "parked":
            break
        rows += rest[0].rows                         # a snapshot sent before the pause arrived
    seq, ending = rest
    assert seq == 7
    if ending is not None:                           # it may have stepped before the pause arrived
        assert ending.reason == Reason.PAUSED
        rows += ending.snapshot.rows
        assert [row[0] for row in rows] == list(range(1, ending.snapshot.epoch + 1))   # no epoch lost
    worker.send(("pause", 8))                        # already parked: nothing new
    assert worker.recv() == ("parked", 8, None)


def test_data_the_worker_cannot_read_stops_the_run_with_a_plain_message(qtbot, tmp_path):
    from ui.document import Document
    from ui.training.session import TrainingSession

    path = tmp_path / "points.csv"
    path.write_text("a,b,label\n" + "\n".join(f"{i % 3},{i % 5},{i % 2}" for i in range(20)))
    doc = Document(Network.build([2, 3, 1], hidden="sigmoid", output="sigmoid", seed=0))
    session = TrainingSession(doc)
    session.import_csv(path)
    session.apply_suggestion()
    assert session.problem() == ""
    path.unlink()                                    # gone before the worker reads it
    messages = []
    session.message.connect(messages.append)
    with qtbot.waitSignal(session.run_ended, timeout=10_000) as ended:
        session.step_epoch()
    assert ended.args == ["failed"] and "Training cannot start" in messages[-1] and "points.csv" in messages[-1]
    assert session.state == "paused" and not session.busy
    session.stop()
    assert multiprocessing.active_children() == []


def test_where_the_pipe_cannot_be_watched_a_short_timer_reads_it(qtbot, monkeypatch):
    from PySide6.QtCore import QTimer

    from ui.document import Document
    from ui.training import process_link
    from ui.training.session import TrainingSession

    monkeypatch.setattr(process_link.sys, "platform", "win32")      # Windows: named pipes, no socket
    doc = Document(Network.build([2, 3, 1], hidden="sigmoid", output="sigmoid", seed=0))
    doc.update_metadata(dataset=XOR)
    session = TrainingSession(doc)
    with qtbot.waitSignal(session.run_ended, timeout=10_000):
        session.step_epoch()
    assert isinstance(session._link._watch, QTimer) and session.epoch == 1
    session.stop()
    assert multiprocessing.active_children() == []


def test_the_session_provides_what_views_read_from_training(qtbot):
    from ui.document import Document
    from ui.training.protocol import TrainingView
    from ui.training.session import TrainingSession

    session = TrainingSession(Document(Network.build([2, 3, 1], hidden="sigmoid", output="sigmoid", seed=0)))
    assert isinstance(session, TrainingView)
    assert not isinstance(object(), TrainingView)
    session.stop()


def test_a_worker_that_cannot_start_is_explained(qtbot, monkeypatch):
    from ui.document import Document
    from ui.training import worker_feed
    from ui.training.session import TrainingSession

    def cannot_start(parent=None):
        raise OSError("too many processes")

    monkeypatch.setattr(worker_feed, "WorkerLink", cannot_start)
    doc = Document(Network.build([2, 3, 1], hidden="sigmoid", output="sigmoid", seed=0))
    doc.update_metadata(dataset=XOR)
    session = TrainingSession(doc)
    messages = []
    session.message.connect(messages.append)
    session.play()
    assert session.state == "idle" and not session.busy
    assert messages[-1] == "The training process could not start: too many processes"
