"""`python -m simulator csv`: the import dialog's options from the command line, stored in a network file."""
from __future__ import annotations

import io as text_io
import os
import shutil

from simulator import cli, io


def run(*argv) -> tuple[int, str, str]:
    out, err = text_io.StringIO(), text_io.StringIO()
    code = cli.main([str(a) for a in argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def kaggle(tmp_path):
    path = tmp_path / "train.csv"
    path.write_text("label,pixel0,pixel1,colour\n" + "".join(f"{i % 3},{i},{2 * i},{'ab'[i % 2]}\n"
                                                              for i in range(30)) + "1,,3,a\n")
    return path


def test_describes_what_it_read(tmp_path):
    code, out, err = run("csv", kaggle(tmp_path))
    assert code == 0 and err == ""
    assert out.splitlines() == [
        "train.csv: 4 columns separated by comma; decimal point; a header row; label column 1 (label).",
        "  text columns skipped: colour",
        "Read 30 rows: 2 features (pixel0, pixel1); 3 classes (0, 1, 2).",
        "  dropped 1 row with missing values (first at line 32)",
    ]


def test_options_override_detection(tmp_path):
    code, out, _ = run("csv", kaggle(tmp_path), "--label", "-1", "--text-columns", "onehot", "--task",
                       "classification")
    assert code == 0 and "label column 4 (colour)" in out
    assert "Read 30 rows: 3 features (label, pixel0, pixel1); 2 classes (a, b)." in out


def test_into_stores_the_dataset_and_options(tmp_path):
    data = kaggle(tmp_path)
    network = tmp_path / "net.json"
    shutil.copy(io.example_paths()["xor"], network)
    code, out, _ = run("csv", data, "--label", "pixel1", "--delimiter", "comma", "--into", network)
    assert code == 0 and out.endswith(f"Saved {network}: it now trains on train.csv with delimiter ',', "
                                      "label 'pixel1'.\n")
    stored = io.load(network).dataset
    assert stored["name"] == f"csv:{data.resolve()}"
    assert stored["csv"] == {"label": "pixel1", "delimiter": ","}


def test_errors_are_one_line(tmp_path):
    data = kaggle(tmp_path)
    code, _, err = run("csv", data, "--label", "0")
    assert code == cli.EXIT_ERROR and err == "synaptica: error: --label: columns are numbered from 1 (or -1 for the " \
                                             "last)\n"
    code, _, err = run("csv", data, "--label", "nope")
    assert code == cli.EXIT_ERROR and "no column named 'nope'" in err and err.count("\n") == 1
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    code, _, err = run("csv", fifo)
    assert (code, err) == (cli.EXIT_ERROR, "synaptica: error: pipe.csv: cannot read the file: it is a pipe (FIFO), "
                                           "not a regular file\n")
    code, _, err = run("csv", data, "--into", fifo)
    assert code == cli.EXIT_USAGE and "it is a pipe (FIFO)" in err
