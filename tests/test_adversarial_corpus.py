"""An adversarial corpus, generated here: bad network files, data files and command lines.

Every network file goes through `io.load`, the command line (`info`) and the GUI open
path (the error dialog recorded); every data file through the readers, the command
line (`csv`) and the GUI import (dialog recorded); every command line through `cli.main`.
Nothing may crash, hang (each case runs under a deadline) or raise anything but the
project's own errors, and a refused file leaves the open network exactly as it was.
The big cases run in child processes whose peak memory is measured and bounded.
"""
from __future__ import annotations

import contextlib
import copy
import gzip
import io as text_io
import json
import math
import os
import signal
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from simulator import Network, cli, csv_import, datafiles, io
from simulator.datasets import DatasetError, load_idx

HUGE = "__HUGE_INTEGER__"            # replaced by 4,001 digits in the JSON text
DEEP = "__DEEP__"                    # replaced by an array nested 5,000 deep
DEADLINE = 20                        # seconds per case: a guard against hangs, not a speed test


class Hang(Exception):
    pass


@contextlib.contextmanager
def deadline(seconds: int = DEADLINE):
    def expired(*_):
        raise Hang(f"no answer within {seconds} s")
    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# ----------------------------------------------------------------------------- network files

def base_document() -> dict:
    net = Network.build([2, 3, 1], hidden="tanh", output="sigmoid", init="xavier", seed=0)
    doc = io.to_dict(net, name="corpus", description="a trainable XOR network",
                     labels=[["a", "b"], [], ["out"]],
                     dataset={"name": "gate:xor", "noise": 0.0, "samples": 200, "test_fraction": 0.0, "seed": 0},
                     layout={"inputs": [0.0, 1.0]},
                     history={"epoch": [1, 2, 3], "train_loss": [0.7, 0.6, 0.5], "test_loss": [None] * 3,
                              "train_accuracy": [0.5, 0.5, 0.75], "test_accuracy": [None] * 3})
    return json.loads(json.dumps(doc))


def put(doc: dict, path: tuple, value) -> dict:
    out = copy.deepcopy(doc)
    target = out
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return out


def drop(doc: dict, key: str) -> dict:
    out = copy.deepcopy(doc)
    out.pop(key, None)
    return out


def text_of(doc) -> bytes:
    text = json.dumps(doc).replace(f'"{HUGE}"', "1" * 4001).replace(f'"{DEEP}"', "[" * 5000 + "1" + "]" * 5000)
    return text.encode("utf-8", "surrogatepass")


INT_PATHS = [("version",), ("training", "seed"), ("training", "batch_size"), ("training", "epochs"),
             ("dataset", "seed"), ("dataset", "samples"), ("layers", 0, "size"), ("layers", 1, "size"),
             ("history", "epoch", 1)]
INT_VALUES = [2 ** 31, 2 ** 63, 10 ** 400, -1, HUGE, 1e300, 1.5, "7", None, True, [], {}]
NUMBER_PATHS = [("layers", 1, "weights", 0, 0), ("layers", 1, "biases", 0), ("layers", 2, "weights", 1, 0),
                ("training", "optimizer", "lr"), ("training", "weight_decay"), ("dataset", "noise"),
                ("dataset", "test_fraction"), ("layout", "inputs", 0), ("history", "train_loss", 0),
                ("history", "test_accuracy", 1)]
NUMBER_VALUES = [math.nan, math.inf, -math.inf, HUGE, -1, 2.0, "1", None, [1], {}, True]
TEXT_PATHS = [("name",), ("description",), ("layers", 0, "labels", 0), ("layers", 2, "labels", 0),
              ("dataset", "name"), ("training", "loss"), ("training", "optimizer", "name"),
              ("layers", 1, "activation"), ("training", "init")]
TEXT_VALUES = ["x" * 100_001, "é" * 1_000_001, "\ud800", "", 5, None, [], {}]
LAYOUT_INPUTS = [[[1], [2]], 5, "ab", ["a", "b"], {"a": 1}, [HUGE, 0], [None, None], [1.0, 2.0, 3.0], [],
                 [math.nan, 0], [True, False]]


def network_documents() -> list[tuple[str, bytes]]:
    base = base_document()
    cases: list[tuple[str, object]] = []
    for path in INT_PATHS:
        cases += [(f"{'.'.join(map(str, path))}={v!r:.20}", put(base, path, v)) for v in INT_VALUES]
    for path in NUMBER_PATHS:
        cases += [(f"{'.'.join(map(str, path))}={v!r:.20}", put(base, path, v)) for v in NUMBER_VALUES]
    for path in TEXT_PATHS:
        cases += [(f"{'.'.join(map(str, path))}={v!r:.20}", put(base, path, v)) for v in TEXT_VALUES]
    cases += [(f"layout.inputs={v!r:.20}", put(base, ("layout", "inputs"), v)) for v in LAYOUT_INPUTS]
    cases += [(f"layout={v!r:.20}", put(base, ("layout",), v)) for v in (5, "ab", ["a"], None, True)]
    cases += [("layout of 20k empty arrays", put(base, ("layout",), {"grid": [[] for _ in range(20_000)]})),
              ("layout nested 5000 deep", put(base, ("layout",), {"deep": DEEP})),
              ("layout key too long", put(base, ("layout",), {"k" * 1000: 1}))]
    history = base["history"]
    for name, value in [("epoch 1e300", dict(history, epoch=[1, 2, 1e300])),
                        ("epoch 2^31", dict(history, epoch=[1, 2, 2 ** 31])),
                        ("epoch null", dict(history, epoch=[1, None, 3])),
                        ("epoch text", dict(history, epoch="123")),
                        ("epoch nested", dict(history, epoch=[[1], [2], [3]])),
                        ("loss NaN", dict(history, train_loss=[0.5, math.nan, 0.1])),
                        ("loss short", dict(history, train_loss=[0.5])),
                        ("loss long", dict(history, train_loss=[0.5] * 4)),
                        ("accuracy 2", dict(history, train_accuracy=[0.5, 2, 0.1])),
                        ("accuracy -1", dict(history, test_accuracy=[0.5, -1, 0.1])),
                        ("unknown series", dict(history, val_loss=[1, 2, 3])),
                        ("no epoch", {k: v for k, v in history.items() if k != "epoch"}),
                        ("history list", [1, 2, 3]), ("history text", "x"), ("history number", 7),
                        ("too many points", {"epoch": list(range(io.MAX_HISTORY_POINTS + 1))})]:
        cases.append((f"history {name}", put(base, ("history",), value)))
    for key in io.TOP_LEVEL_KEYS:
        cases.append((f"without {key}", drop(base, key)))
        cases += [(f"{key}={v!r}", put(base, (key,), v)) for v in (5, "x", [], {}, None)]
    cases += [(f"unknown key {k}", put(base, (k,), 1)) for k in ("weights", "Layers", "")]
    layers = base["layers"]
    cases += [
        ("no layers", put(base, ("layers",), [])), ("one layer", put(base, ("layers",), layers[:1])),
        ("1001 layers", put(base, ("layers",), [layers[0]] + [copy.deepcopy(layers[2])] * 1000)),
        ("ragged weights", put(base, ("layers", 1, "weights"), [[1, 2, 3], [1, 2]])),
        ("wrong weight shape", put(base, ("layers", 1, "weights"), [[1, 2], [3, 4]])),
        ("weights not rows", put(base, ("layers", 1, "weights"), [1, 2, 3])),
        ("softmax hidden", put(base, ("layers", 1, "activation"), "softmax")),
        ("unknown activation", put(base, ("layers", 1, "activation"), "swish")),
        ("size 0", put(base, ("layers", 1, "size"), 0)),
        ("size 10^6", put(base, ("layers", 1, "size"), 10 ** 6)),
        ("weights beyond the cap", put(base, ("layers",), [{"size": 3000}, {"size": 3000, "activation": "tanh",
                                                                              "weights": [], "biases": []}])),
        ("input layer with weights", put(base, ("layers", 0, "weights"), [[1]])),
        ("newer version", put(base, ("version",), 99)), ("version 0", put(base, ("version",), 0)),
        ("other format", put(base, ("format",), "keras")),
        ("csv options wrong", put(base, ("dataset",), {"name": "csv:x.csv", "csv": {"label": True}})),
        ("csv options unknown", put(base, ("dataset",), {"name": "csv:x.csv", "csv": {"sep": ";"}})),
        ("optimizer unknown setting", put(base, ("training", "optimizer"), {"name": "sgd", "beta": 1})),
        ("optimizer not an object", put(base, ("training", "optimizer"), "adam")),
    ]
    out = [(name, text_of(doc)) for name, doc in cases]

    good = text_of(base)
    rng = np.random.default_rng(8)
    out += [(f"cut at {n}", good[:n]) for n in sorted(set(rng.integers(1, len(good) - 1, 90).tolist()))]
    for k, position in enumerate(rng.integers(0, len(good), 90)):
        flipped = bytearray(good)
        flipped[position] ^= 1 << int(rng.integers(0, 8))
        out.append((f"bit flip {k}", bytes(flipped)))
    out += [("empty", b""), ("spaces", b"   \n\t "), ("BOM only", b"\xef\xbb\xbf"),
            ("UTF-16", good.decode().encode("utf-16")), ("invalid UTF-8", b"\xff\xfe" + good),
            ("latin-1 name", good.replace(b"corpus", "cörpus".encode("latin-1"))),
            ("nested 100k", b"[" * 100_000 + b"]" * 100_000),
            ("objects nested", b'{"a":' * 50_000 + b"1" + b"}" * 50_000),
            ("null", b"null"), ("array", b"[]"), ("number", b"1"), ("string", b'"synaptica-network"'),
            ("4300 digits", good.replace(b'"seed": 0', b'"seed": ' + b"9" * 4400)),
            ("NaN literal", good.replace(b'"lr": 0.1', b'"lr": NaN')),
            ("Infinity literal", good.replace(b'"noise": 0.0', b'"noise": Infinity')),
            ("duplicate key", good.replace(b'"version": 1', b'"version": 1, "version": 1')),
            ("duplicate nested key", good.replace(b'"loss": "mse"', b'"loss": "mse", "loss": "mse"')),
            ("trailing garbage", good + b"}"), ("two documents", good + good),
            ("comment", b"// network\n" + good), ("python literals", good.replace(b"null", b"None")),
            ("NUL byte", good.replace(b"corpus", b"cor\x00pus"))]
    return out


def special_network_paths(tmp_path: Path) -> list[tuple[str, Path | str]]:
    folder = tmp_path / "special"
    folder.mkdir()
    fifo = folder / "pipe.json"
    os.mkfifo(fifo)
    loop = folder / "loop.json"
    loop.symlink_to(loop)
    sparse = folder / "sparse.json"
    with open(sparse, "wb") as f:
        f.truncate(io.MAX_FILE_BYTES + 1)
    brackets = folder / "brackets.json"
    brackets.write_bytes(b"[" + b"[]," * (io.MAX_CONTAINERS + 10) + b"[]]")
    (folder / "dir.json").mkdir()
    return [("fifo", fifo), ("symlink loop", loop), ("65 MB", sparse), ("1M arrays", brackets),
            ("directory", folder / "dir.json"), ("missing", folder / "missing.json"),
            ("NUL in name", str(folder / "a\0b.json"))]


# ----------------------------------------------------------------------------- data files

def idx_bytes(array: np.ndarray, type_byte: int = 0x08) -> bytes:
    return struct.pack(">BBBB", 0, 0, type_byte, array.ndim) + struct.pack(f">{array.ndim}I", *array.shape) + \
        array.astype(array.dtype.newbyteorder(">")).tobytes()


def data_files(folder: Path) -> tuple[list[tuple[str, Path]], list[tuple[str, Path, Path]]]:
    folder.mkdir()
    csv_texts = {
        "empty": "", "blank lines": "\n\n\n", "comments only": "# x\n# y\n", "header only": "a,b,label\n",
        "one column": "1\n2\n3\n", "ragged": "1,2,x\n1,2\n", "too many": "1,2,x\n1,2,x,4\n",
        "text in numbers": "a,b,label\n1,2,x\nabc,2,y\n", "inf": "a,b,label\n1,inf,x\n",
        "nan label": "x,y\n1,2\n2,nan\n", "inf label": "x,y\n1,2\n2,-inf\n",
        "all missing": "a,b,label\n,1,x\n?,2,y\n", "unclosed quote": 'a,b,label\n1,2,"x\n3,4,y\n',
        "merged rows": 'a,b,label\n1,2,"x\n3,4,y"\n', "bad quote": 'a,b,label\n1,2,"x"y\n',
        "only labels": "label\nx\ny\n", "all text": "a,b,c\nx,y,z\nu,v,w\n",
        "huge field": "a,b,label\n1," + "9" * 200_000 + ",x\n", "long line": ",".join(["1"] * 20_000) + "\n",
        "many columns": "\n".join(",".join(["1"] * 12_000) for _ in range(3)),
        "regression text": "x,y\n1,0.5\n2,abc\n", "sklearn lies": "150,4,a,b\n1,2,3,4,0\n",
        "sklearn bad label": "2,2,a,b\n1,2,7\n3,4,0\n", "semicolon decimal": "a;b;c\n1,5;2,5;x\n1,5;abc;y\n",
        "spaces junk": "1 2 3\n4 5\n", "tabs and commas": "a\tb,c\n1\t2,3\n", "BOM header": "\ufeffa,b,label\n",
        "1e400": "a,b,label\n1e400,2,x\n", "many classes": "x,y\n" + "".join(f"{i},c{i}\n" for i in range(1500)),
        "NUL bytes": "a,b,label\n1,2,\0x\n", "carriage returns": "a,b,label\r1,2,x\r3,4,y\r",
    }
    csvs = []
    for name, text in csv_texts.items():
        path = folder / f"{name.replace(' ', '_')}.csv"
        path.write_text(text, encoding="utf-8")
        csvs.append((f"csv {name}", path))
    raw = {"invalid UTF-8": b"a,b,label\n\xff\xfe,1,x\n", "binary": bytes(range(256)) * 40,
           "gzip truncated": gzip.compress(b"a,b,label\n" + b"1,2,x\n" * 1000)[:-30],
           "gzip garbage": b"\x1f\x8b" + b"\x00" * 100, "gzip bomb": gzip.compress(b"1,2,0\n" * 400_000, 9),
           "gzip of binary": gzip.compress(bytes(range(256)) * 100)}
    for name, data in raw.items():
        path = folder / f"{name.replace(' ', '_')}.csv.gz"
        path.write_bytes(data)
        csvs.append((f"csv {name}", path))
    fifo = folder / "fifo.csv"
    os.mkfifo(fifo)
    (folder / "dir.csv").mkdir()
    csvs += [("csv fifo", fifo), ("csv folder", folder / "dir.csv"), ("csv missing", folder / "missing.csv")]

    images = np.arange(5 * 3 * 2, dtype=np.uint8).reshape(5, 3, 2)
    labels = np.arange(5, dtype=np.uint8)
    idx_raw = {
        "good images": idx_bytes(images), "good labels": idx_bytes(labels),
        "bad magic": b"\x12\x34\x08\x03" + idx_bytes(images)[4:], "truncated": idx_bytes(images)[:-3],
        "extra bytes": idx_bytes(images) + b"\x00", "too short": b"\x00\x00",
        "no images": struct.pack(">BBBBIII", 0, 0, 8, 3, 0, 28, 28),
        "zero width": struct.pack(">BBBBIII", 0, 0, 8, 3, 5, 0, 28),
        "huge dims": struct.pack(">BBBBIII", 0, 0, 8, 3, 2 ** 32 - 1, 2 ** 32 - 1, 28),
        "255 dims": struct.pack(">BBBB", 0, 0, 8, 255) + b"\x00\x00\x00\x01" * 10,
        "4 dims": idx_bytes(np.zeros((2, 2, 2, 2), np.uint8)), "float labels": idx_bytes(np.zeros(5, ">f4"), 0x0D),
        "nan pixels": idx_bytes(np.full((5, 2, 2), np.nan, ">f8"), 0x0E), "few labels": idx_bytes(labels[:3]),
        "2-d labels": idx_bytes(np.zeros((5, 2), np.uint8)),
        "gzip bomb": gzip.compress(struct.pack(">BBBBIII", 0, 0, 8, 3, 2000, 28, 28) + bytes(2000 * 784), 9),
        "gzip cut": gzip.compress(idx_bytes(images))[:-10],
    }
    paths = {}
    for name, data in idx_raw.items():
        paths[name] = folder / f"{name.replace(' ', '_')}.idx{'.gz' if 'gzip' in name else ''}"
        paths[name].write_bytes(data)
    good_images, good_labels = paths.pop("good images"), paths.pop("good labels")
    idx_pairs = []
    for name, path in paths.items():
        label_case = name in ("float labels", "few labels", "2-d labels")
        idx_pairs.append((f"idx {name}", good_images if label_case else path, path if label_case else good_labels))
    idx_pairs += [("idx fifo images", fifo, good_labels), ("idx fifo labels", good_images, fifo),
                  ("idx no labels beside", good_images, None)]
    return csvs, idx_pairs


def command_lines(folder: Path, network: Path, data: Path) -> list[list[str]]:
    fifo = folder / "out-fifo.json"
    os.mkfifo(fifo)
    (folder / "out-dir").mkdir()
    lines = [["train", network, "--epochs", v] for v in ("0", "-1", "x", "1e3", str(2 ** 64), "", "1.5")]
    lines += [["train", network, "--lr", v] for v in ("0", "-1", "nan", "inf", "x", "1e400", "")]
    lines += [["train", network, "--batch-size", v] for v in ("0", "-3", "x")]
    lines += [["train", network, "--seed", v] for v in ("-1", "x", "1.5")]
    lines += [["train", network, "--out", v] for v in (fifo, folder / "out-dir", folder / "no" / "dir" / "x.json",
                                                       str(folder / "a\0b.json"))]
    lines += [["train", network, "--dataset", v, "--epochs", "1"] for v in ("nope", "gate:xor:9", "gate:", "csv:",
                                                                              "", "x" * 5000)]
    lines += [["info"], ["train"], ["nope"], [], ["info", network, "extra"], ["info", folder / "missing.json"],
              ["--version"], ["train", network, "--epochs"]]
    lines += [["csv", data, *flags] for flags in (["--label", "0"], ["--label", "99"], ["--label", "nope"],
                                                  ["--delimiter", "x"], ["--decimal", ";"], ["--task", "cluster"],
                                                  ["--text-columns", "drop"], ["--header", "--no-header"],
                                                  ["--into", fifo], ["--into", folder / "missing.json"],
                                                  ["--into", folder / "out-dir"])]
    lines += [["csv", folder / "missing.csv"], ["csv"]]
    return [[str(part) for part in line] for line in lines]


# ----------------------------------------------------------------------------- the run

def network_state(window):
    doc = window.document
    return ([p.copy() for p in doc.network.parameters()], [list(l) for l in doc.labels], doc.inputs.copy(),
            copy.deepcopy(doc.meta.__dict__), doc.path, doc.undo_stack.count(), doc.network.sizes)


def same_state(a, b) -> bool:
    return all(np.array_equal(x, y) for x, y in zip(a[0], b[0])) and len(a[0]) == len(b[0]) and \
        a[1:2] == b[1:2] and np.array_equal(a[2], b[2]) and a[3:] == b[3:]


def run_cli(argv) -> tuple[int, str]:
    out, err = text_io.StringIO(), text_io.StringIO()
    code = cli.main(argv, stdout=out, stderr=err)
    return code, err.getvalue()


def test_the_adversarial_corpus(qtbot, tmp_path, monkeypatch):
    from ui.main_window import MainWindow
    from ui.training import install_training

    monkeypatch.setattr(datafiles, "MAX_DATA_BYTES", 2 ** 20)   # the bombs hit the cap quickly
    window = MainWindow()
    qtbot.addWidget(window)
    session = window.training if hasattr(window, "training") else install_training(window)
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    failures: list[str] = []
    counts = {"inputs": 0, "refused": 0, "runs": 0}

    def check(case: str, channel: str, action, allowed=(io.NetworkFileError,)):
        counts["runs"] += 1
        try:
            with deadline():
                return action()
        except allowed as error:
            return error
        except BaseException as error:  # noqa: BLE001 - every other exception is a finding
            failures.append(f"{channel} {case}: {type(error).__name__}: {str(error)[:200]}")
            return error

    # Network files: io.load, the command line, the GUI open path.
    folder = tmp_path / "networks"
    folder.mkdir()
    network_cases = []
    for k, (name, data) in enumerate(network_documents()):
        network_cases.append((name, folder / f"case{k}.json"))
        network_cases[-1][1].write_bytes(data)
    network_cases += special_network_paths(tmp_path)
    for name, path in network_cases:
        counts["inputs"] += 1
        loaded = check(name, "io.load", lambda: io.load(path))
        refused = isinstance(loaded, BaseException)
        counts["refused"] += refused
        code, err = check(name, "cli info", lambda: run_cli(["info", str(path)]), ()) or (None, "")
        if refused and (code != cli.EXIT_ERROR or err.count("\n") != 1 or not err.startswith("synaptica: error:")):
            failures.append(f"cli info {name}: exit {code}, {err!r:.200}")
        before = network_state(window)
        window.last_error = None
        opened = check(name, "gui open", lambda: window.open_path(Path(path)), ())
        if refused:
            if opened is not False or window.last_error != str(loaded):
                failures.append(f"gui open {name}: returned {opened!r}, dialog {window.last_error!r:.200}")
            if not same_state(before, network_state(window)):
                failures.append(f"gui open {name}: the open network changed")

    # Data files: the readers, the command line, the GUI import (dialog recorded).
    csvs, idx_pairs = data_files(tmp_path / "data")
    panel = session.panel
    for name, path in csvs:
        counts["inputs"] += 1
        read = check(name, "csv_import.load", lambda: csv_import.load(path), (DatasetError,))
        counts["refused"] += isinstance(read, BaseException)
        code, err = check(name, "cli csv", lambda: run_cli(["csv", str(path)]), ()) or (None, "")
        if isinstance(read, BaseException) and (code != cli.EXIT_ERROR or err.count("\n") != 1):
            failures.append(f"cli csv {name}: exit {code}, {err!r:.200}")
        before, settings = network_state(window), dict(session.settings)
        outcome = {}

        def drive(dialog):
            dialog.import_button.click()
            qtbot.waitUntil(lambda: not dialog.importing, timeout=DEADLINE * 1000)
            outcome["error"] = "" if dialog.error.isHidden() else dialog.error.text()
            dialog.reject()
            return False
        panel.run_import_dialog = drive
        warnings.clear()
        check(name, "gui import", lambda: panel._import_csv(str(path)), (DatasetError,))
        shown = warnings[-1] if warnings else outcome.get("error", "")
        if isinstance(read, BaseException) and shown != str(read) and not str(read).startswith(shown):
            if not (isinstance(read, DatasetError) and shown):
                failures.append(f"gui import {name}: dialog {shown!r:.120} for {str(read)!r:.120}")
        if not same_state(before, network_state(window)) or session.settings != settings:
            failures.append(f"gui import {name}: the open network or the dataset settings changed")
    for name, images, labels in idx_pairs:
        counts["inputs"] += 1
        read = check(name, "load_idx", lambda: load_idx(images, labels), (DatasetError,))
        counts["refused"] += isinstance(read, BaseException)
        dataset_name = f"idx:{images}" + (f"|{labels}" if labels else "")
        check(name, "gui dataset", lambda: session.update_dataset(name=dataset_name), (DatasetError,))
        if session.dataset is None and not session.dataset_error:
            failures.append(f"gui dataset {name}: no data and no reason")
        if isinstance(read, BaseException) and session.dataset is not None:
            failures.append(f"gui dataset {name}: kept a dataset although reading failed")

    # Command lines.
    good_network = tmp_path / "good.json"
    io.save(good_network, Network.build([2, 3, 1], hidden="tanh", output="sigmoid", seed=0),
            dataset={"name": "gate:xor"})
    for argv in command_lines(tmp_path, good_network, csvs[7][1]):
        counts["inputs"] += 1
        result = check(" ".join(argv)[:80], "cli", lambda: run_cli(argv), ())
        if isinstance(result, BaseException):
            continue
        code, err = result
        counts["refused"] += code != 0
        if code not in (cli.EXIT_OK, cli.EXIT_ERROR, cli.EXIT_USAGE) or \
                (code != 0 and len(err.strip().splitlines()) != 1 and "usage" not in err.lower()):
            failures.append(f"cli {argv!r:.100}: exit {code}, {err!r:.200}")

    print(f"adversarial corpus: {counts['inputs']} inputs, {counts['refused']} refused, {counts['runs']} runs")
    assert failures == [], "\n".join(failures)
    assert counts["inputs"] >= 700 and counts["refused"] >= 0.9 * counts["inputs"]


# ----------------------------------------------------------------------------- big cases: bounded memory

# The child's own peak (VmHWM starts afresh at exec; ru_maxrss would include the forked test process).
_MEASURE = """
import sys
from simulator import io
try:
    io.load(sys.argv[1])
    print("loaded", end=" ")
except io.NetworkFileError as error:
    print("refused", end=" ")
print(next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:")))
"""


@pytest.mark.parametrize("kind", ["empty arrays", "floats", "long description"])
def test_big_hostile_files_cost_bounded_memory(tmp_path, kind):
    size = 40 * 2 ** 20
    path = tmp_path / "big.json"
    if kind == "empty arrays":      # the ~100x amplifier: refused by the container count before parsing
        body = b'{"format": "synaptica-network", "version": 1, "layout": {"a": [' + b"[]," * (size // 3) + b"[]]}}"
    elif kind == "floats":          # 40 MB of numbers in a layout value: parsed, then refused by the element cap
        body = b'{"format": "synaptica-network", "version": 1, "layers": [], "layout": {"a": [' + \
            b"0.5," * (size // 4) + b"0.5]}}"
    else:
        body = b'{"format": "synaptica-network", "version": 1, "layers": [], "description": "' + \
            b"x" * size + b'"}'
    path.write_bytes(body)
    baseline = subprocess.run([sys.executable, "-c", _MEASURE.replace("io.load(sys.argv[1])", "pass"), "x"],
                              capture_output=True, text=True, check=True, timeout=120)
    run = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], capture_output=True, text=True, check=True,
                         timeout=120)
    outcome, peak_kb = run.stdout.split()
    base_kb = int(baseline.stdout.split()[1])
    extra_mb = (int(peak_kb) - base_kb) / 1024
    file_mb = len(body) / 2 ** 20
    print(f"{kind}: {file_mb:.0f} MB file, {outcome}, peak RSS {int(peak_kb) / 1024:.0f} MB "
          f"({extra_mb:.0f} MB above the interpreter)")
    assert outcome == "refused"
    assert extra_mb <= 10 * file_mb + 100
