"""The training worker leaves a core to the window: its BLAS thread count (issue 10)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from ui.training.trainer_process import BLAS_THREAD_VARIABLES, blas_threads, worker_environment


@pytest.mark.parametrize(("cores", "threads"), [(None, 1), (1, 1), (2, 1), (4, 3), (16, 4)])
def test_one_core_is_left_to_the_window_and_at_most_four_threads_are_used(cores, threads) -> None:
    assert blas_threads(cores) == threads


def test_the_environment_is_set_while_a_worker_starts_and_restored_after(monkeypatch) -> None:
    for name in BLAS_THREAD_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    with worker_environment():
        assert {os.environ[name] for name in BLAS_THREAD_VARIABLES} == {str(blas_threads(os.cpu_count()))}
    assert not any(name in os.environ for name in BLAS_THREAD_VARIABLES)


def test_a_thread_count_the_user_chose_is_kept(monkeypatch) -> None:
    for name in BLAS_THREAD_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OMP_NUM_THREADS", "7")
    with worker_environment():
        assert os.environ["OMP_NUM_THREADS"] == "7" and "OPENBLAS_NUM_THREADS" not in os.environ
    assert os.environ["OMP_NUM_THREADS"] == "7"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/<pid>/environ")
def test_the_real_worker_process_starts_with_the_count(qtbot, monkeypatch) -> None:
    from ui.training.process_link import WorkerLink

    for name in BLAS_THREAD_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    link = WorkerLink()
    try:
        expected = f"OPENBLAS_NUM_THREADS={blas_threads(os.cpu_count())}".encode()
        # Right after start() the child may not have exec'd the new interpreter yet (its environ is empty).
        qtbot.waitUntil(lambda: expected in Path(f"/proc/{link.pid}/environ").read_bytes().split(b"\0"),
                        timeout=10_000)
        assert "OPENBLAS_NUM_THREADS" not in os.environ     # the window's own process is unchanged
    finally:
        link.shutdown()
