"""The command line writes only regular files, atomically; pipes, folders and links to them are refused."""
from __future__ import annotations

import io as text_io
import os

from simulator import Network, cli, io


def run(*argv) -> tuple[int, str, str]:
    out, err = text_io.StringIO(), text_io.StringIO()
    code = cli.main([str(a) for a in argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def xor_copy(tmp_path):
    path = tmp_path / "xor.json"
    net = Network.build([2, 3, 1], hidden="tanh", output="sigmoid", seed=0)
    io.save(path, net, dataset={"name": "gate:xor"}, training=dict(io.DEFAULT_TRAINING, batch_size=4))
    return path


def test_out_naming_a_pipe_is_refused_before_training(tmp_path):
    source = xor_copy(tmp_path)
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    link = tmp_path / "link.json"
    link.symlink_to(fifo)
    for target in (fifo, link):
        code, out, err = run("train", source, "--epochs", "1", "--out", target)
        assert code == cli.EXIT_USAGE and out == ""
        assert err == (f"synaptica: error: argument --out: {target}: cannot save the file: it is a pipe (FIFO), not "
                       "a regular file; Synaptica only writes regular files (see: python -m simulator train --help)\n")
    assert fifo.is_fifo() and link.is_symlink()


def test_out_naming_a_folder_is_refused(tmp_path):
    code, _, err = run("train", xor_copy(tmp_path), "--out", tmp_path)
    assert code == cli.EXIT_USAGE and "cannot save the file: it is a directory" in err and err.count("\n") == 1


def test_the_default_output_is_refused_when_it_is_a_pipe(tmp_path):
    source = xor_copy(tmp_path)
    os.mkfifo(tmp_path / "xor.trained.json")
    code, _, err = run("train", source, "--epochs", "1")
    last = err.splitlines()[-1]          # after the progress line
    assert code == cli.EXIT_ERROR
    assert last == ("synaptica: error: xor.trained.json: cannot save the file: it is a pipe (FIFO), not a regular "
                    "file; Synaptica only writes regular files")
    assert (tmp_path / "xor.trained.json").is_fifo()


def test_a_regular_out_file_is_replaced_atomically(tmp_path):
    source = xor_copy(tmp_path)
    target = tmp_path / "out.json"
    target.write_text("old")
    os.chmod(target, 0o640)
    code, out, _ = run("train", source, "--epochs", "2", "--out", target)
    assert code == cli.EXIT_OK and f"Saved {target}" in out
    assert io.load(target).history["epoch"][-1] == 2
    assert oct(target.stat().st_mode & 0o777) == oct(0o640)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json", "xor.json"]   # no temporary file left
