"""The command line: train or describe a network file without the GUI.

    python -m simulator new SIZES --dataset NAME [--hidden ACT] [--output ACT] [--seed N] -o FILE
    python -m simulator train FILE [--dataset NAME] [--epochs N] [--lr X] [--batch-size N] [--seed N] [--out FILE]
                                   [--json]
    python -m simulator info FILE
    python -m simulator convert SRC DST [--format F] [--hidden ACT] [--output ACT]
    python -m simulator csv DATA.csv [--label COLUMN] [--delimiter D] ... [--into FILE]   (see cli_csv)

FILE may also name a bundled example (`python -m simulator train xor`).

This is the one module of `simulator` that writes to the terminal; it does so
only through the streams handed to `main`, so tests can run it in-process.
Expected failures (bad files, unknown datasets, impossible settings, divergence)
become one line `synaptica: error: ...` and a non-zero exit status, never a traceback.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import math
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TextIO

from . import activations, cli_csv, datasets, dataspec, io, io_write, optimizers, recipes
from .history import History
from .network import Network
from .training import EpochStats, Trainer, problems

PROG = "synaptica"
COMMAND = "python -m simulator"

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class CommandError(Exception):
    """A failure the user can fix; its message is printed as one line."""


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors to main() instead of exiting, so main() stays in charge."""

    def error(self, message: str) -> NoReturn:
        raise _UsageError(f"{message} (see: {self.prog} --help)")


# --------------------------------------------------------------------------- entry point

def main(argv: list[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run one command; returns the exit status (0 ok, 1 error, 2 bad usage, 130 interrupted)."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    parser = _build_parser()
    try:
        with contextlib.redirect_stdout(out):  # --help goes to `out` too
            args = parser.parse_args(argv)
    except _UsageError as exc:
        _error(err, str(exc))
        return EXIT_USAGE
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    try:
        return args.handler(args, out, err)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except (CommandError, ValueError, OSError) as exc:  # NetworkFileError and DatasetError are ValueErrors
        _error(err, str(exc) or type(exc).__name__)
        return EXIT_ERROR


def _error(err: TextIO, message: str) -> None:
    err.write(f"{PROG}: error: {' '.join(message.split())}\n")  # always exactly one line
    err.flush()


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=COMMAND, description="Train or describe a Synaptica network file without the GUI.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)

    new = commands.add_parser(
        "new", help="write a new network with the training recipe the app suggests for a dataset",
        description=("Write a network file with fresh weights for layer sizes SIZES (inputs first, e.g. 2-8-8-1), "
                     "the dataset NAME and the training settings the app would suggest for them (loss, "
                     "optimizer, learning rate, batch size, epochs, initialisation). Train it with "
                     f"`{COMMAND} train FILE`."),
        epilog=f"Datasets: {', '.join(datasets.NAMES)}, csv:PATH, idx:IMAGES[|LABELS].")
    new.add_argument("sizes", metavar="SIZES", type=_sizes, help="layer sizes from inputs to outputs, e.g. 2-8-8-1")
    new.add_argument("--dataset", metavar="NAME", required=True, help="the dataset the network will learn")
    new.add_argument("--hidden", metavar="ACT", choices=activations.HIDDEN_ACTIVATIONS,
                     help="activation of every hidden layer (default: the recipe's)")
    new.add_argument("--output", metavar="ACT", choices=activations.NAMES,
                     help="activation of the output layer (default: the recipe's)")
    new.add_argument("--seed", type=_non_negative_int, default=0, metavar="N",
                     help="seed of the initial weights and of the training (default 0)")
    new.add_argument("-o", "--out", type=_output_file, metavar="FILE", required=True,
                     help="the network file to write")
    new.set_defaults(handler=_new)

    train = commands.add_parser(
        "train", help="train a network file and save the result",
        description=("Train the network in FILE with the training and dataset settings stored in the file "
                     "(options override them) and save the trained network, the settings used and the loss "
                     "history. Training continues from the file's weights and adds to its history. "
                     "Dataset settings missing from the file take the same defaults as in the app "
                     "(a file that names no dataset trains on one that fits its network)."),
        epilog=f"Datasets: {', '.join(datasets.NAMES)}.")
    train.add_argument("file", metavar="FILE", type=network_file, help=FILE_HELP)
    train.add_argument("--dataset", metavar="NAME", help="train on this dataset instead of the file's")
    train.add_argument("--epochs", type=_positive_int, metavar="N", help="epochs to train (default: the file's)")
    train.add_argument("--lr", type=_positive_float, metavar="X", help="learning rate (default: the file's)")
    train.add_argument("--batch-size", type=_positive_int, metavar="N", help="mini-batch size (default: the file's)")
    train.add_argument("--seed", type=_non_negative_int, metavar="N",
                       help="seed of the mini-batch shuffling (default: the file's training seed)")
    train.add_argument("--out", type=_output_file, metavar="FILE",
                       help="where to save the trained network (default: FILE with the suffix .trained.json, "
                            "e.g. xor.json -> xor.trained.json; FILE itself is never overwritten unless named here)")
    train.add_argument("--json", action="store_true",
                       help="end with one JSON line: epoch, train_loss, test_loss, train_accuracy, test_accuracy "
                            "(null for regression or without a test set) and seconds")
    train.set_defaults(handler=_train)

    info = commands.add_parser("info", help="describe a network file",
                               description="Print a network file's name, description, architecture, parameter "
                                           "count, training settings, dataset settings and recorded history.")
    info.add_argument("file", metavar="FILE", type=network_file, help=FILE_HELP)
    info.set_defaults(handler=_info)
    _add_convert(commands)
    cli_csv.add_parser(commands, _output_file)
    return parser


def _sizes(text: str) -> list[int]:
    parts = text.replace(",", "-").split("-")
    try:
        sizes = [int(p) for p in parts]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected layer sizes like 2-8-8-1, got {text!r}") from None
    if len(sizes) < 2 or min(sizes) < 1:
        raise argparse.ArgumentTypeError(f"need at least an input and an output size, each ≥ 1; got {text!r}")
    return sizes


def _positive_int(text: str) -> int:
    value = _parse(text, int, "a whole number")
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {text}")
    return _within_file_range(value, text)


def _non_negative_int(text: str) -> int:
    value = _parse(text, int, "a whole number")
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {text}")
    return _within_file_range(value, text)


def _within_file_range(value: int, text: str) -> int:
    # The same range network files allow, so whatever is saved loads again.
    if value > io.MAX_INT:
        raise argparse.ArgumentTypeError(f"must be at most {io.MAX_INT:,}, got {text}")
    return value


def _positive_float(text: str) -> float:
    value = _parse(text, float, "a number")
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"must be a finite number above 0, got {text}")
    return value


def _output_file(text: str) -> Path:
    """An --out path that names a regular file (or none yet): devices, pipes and folders are refused
    before any work is done, and never replaced (saving is atomic, through a temporary file)."""
    try:
        io_write.check_target(text)
    except io_write.WriteRefused as exc:
        raise argparse.ArgumentTypeError(f"{text}: {exc}") from None
    if not Path(text).parent.is_dir():
        raise argparse.ArgumentTypeError(f"{text}: the folder {Path(text).parent} does not exist")
    return Path(text)


def _parse(text: str, kind: Callable[[str], Any], what: str) -> Any:
    try:
        return kind(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected {what}, got {text!r}") from None


# --------------------------------------------------------------------------- train

def _train(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    doc = io.load(args.file)
    net = doc.network
    source = args.file.name

    training = {**doc.training, "optimizer": dict(doc.training["optimizer"])}
    for key, value in (("epochs", args.epochs), ("batch_size", args.batch_size), ("seed", args.seed)):
        if value is not None:
            training[key] = value
    if args.lr is not None:
        training["optimizer"]["lr"] = args.lr
    hyperparameters = {k: v for k, v in training["optimizer"].items() if k != "name"}
    optimizer = optimizers.create(training["optimizer"]["name"], **hyperparameters)
    found = problems(net, training["loss"], optimizer)
    if found:
        raise CommandError(f"cannot train {source}: {' '.join(found)}")

    settings = dataspec.complete(doc.dataset, net)
    if args.dataset is not None:
        settings = dataspec.for_new_name(args.dataset, settings)
    train_set, test_set = _load_data(settings, net)

    n_out = net.n_outputs
    history = History.from_dict(doc.history) if doc.history else History()
    trainer = Trainer(net, train_set.X, train_set.targets(n_out), loss=training["loss"], optimizer=optimizer,
                      batch_size=training["batch_size"], seed=training["seed"],
                      X_test=test_set.X if test_set.n_samples else None,
                      T_test=test_set.targets(n_out) if test_set.n_samples else None,
                      weight_decay=training["weight_decay"], history=history)
    trainer.epoch = _last_epoch(doc.history)  # continue the file's epoch count

    progress = ProgressLine(err, training["epochs"], start_epoch=trainer.epoch)
    started = time.perf_counter()
    try:
        outcome = trainer.run(training["epochs"], progress.update)
    finally:
        progress.close()
    seconds = time.perf_counter() - started
    if outcome == "diverged":
        assert trainer.diverged is not None
        raise CommandError(f"{trainer.diverged.message} Nothing was saved.")

    write = err.write if args.json else out.write   # with --json, stdout holds only the JSON line
    write(f"Trained {training['epochs']} epochs in {seconds:.1f} s on {settings['name']} "
              f"({train_set.n_samples} training, {test_set.n_samples} test samples) with {optimizer!r}, "
              f"batch size {training['batch_size']}, loss {training['loss']}.\n")
    train_loss, train_accuracy = trainer.evaluate(trainer.X, trainer.T)
    test_loss = test_accuracy = None
    write(_metrics_line("train", train_loss, train_accuracy))
    if trainer.X_test is not None and trainer.T_test is not None:
        test_loss, test_accuracy = trainer.evaluate(trainer.X_test, trainer.T_test)
        write(_metrics_line("test", test_loss, test_accuracy))
    else:
        write("test:  no test set (the dataset's test_fraction is 0)\n")

    doc.training = training
    doc.dataset = settings
    doc.history = trainer.history.to_dict()
    destination = args.out if args.out is not None else default_output(args.file)
    doc.save(destination)
    write(f"Saved {destination}\n")
    if args.json:
        out.write(json.dumps({"epoch": trainer.epoch, "train_loss": train_loss, "test_loss": test_loss,
                              "train_accuracy": train_accuracy, "test_accuracy": test_accuracy,
                              "seconds": round(seconds, 3)}) + "\n")
    return EXIT_OK


def _new(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    settings = dataspec.defaults(args.dataset)
    data = dataspec.load(settings)
    sizes = list(args.sizes)
    expected = [data.n_features, dataspec.outputs_needed(data)]
    if sizes[0] != expected[0] or (sizes[-1] != expected[1] and not (data.n_classes == 2 and sizes[-1] == 2)):
        proposal = "-".join(map(str, recipes.propose(data)))
        raise CommandError(f"{dataspec.label(data.name)} needs {expected[0]} inputs and {expected[1]} "
                           f"output{'s' if expected[1] != 1 else ''}, but SIZES is {'-'.join(map(str, sizes))}; "
                           f"for example: {proposal}")
    net, training = recipes.new_network(sizes, data, hidden=args.hidden, output=args.output, seed=args.seed)
    found = problems(net, training["loss"], training["optimizer"]["name"])
    if found:
        raise CommandError(" ".join(found))
    io.save(args.out, net, name=f"{'-'.join(map(str, sizes))} for {dataspec.label(data.name)}",
            labels=[names or [] for names in dataspec.layer_labels(data, net)], training=training, dataset=settings)
    opt = training["optimizer"]
    out.write(f"Wrote {args.out}: {'-'.join(map(str, sizes))} "
              f"({'/'.join(layer.activation for layer in net.layers)}) for {settings['name']}; "
              f"loss {training['loss']}, {opt['name']} lr {opt['lr']:g}, batch size {training['batch_size']}, "
              f"{training['epochs']} epochs\n")
    return EXIT_OK


def default_output(path: Path) -> Path:
    """Where `train` saves by default: xor.json -> xor.trained.json (the input is kept).

    A bundled example is saved in the current folder: its own folder is the installed package.
    """
    path = Path(path)
    if path.resolve().parent == io.EXAMPLES_DIR.resolve():
        return Path(path.stem + ".trained.json")
    return path.with_name(path.stem + ".trained.json")


FILE_HELP = "the network file (.json), or the name of a bundled example: " + ", ".join(io.example_paths())


def network_file(text: str) -> Path:
    """FILE as given, or the bundled example it names ("xor", "xor.json") when no such file is here."""
    path = Path(text)
    bundled = io.example_paths().get(path.stem if path.suffix == ".json" else path.name)
    if bundled is not None and not path.exists() and path.parent == Path("."):
        return bundled
    return path


def _load_data(settings: dict[str, Any], net: Network) -> tuple[datasets.Dataset, datasets.Dataset]:
    data, train, test = dataspec.load_split(settings)
    found = dataspec.mismatch(data, net)
    if found:
        raise CommandError(f"{' '.join(found)} (network {'-'.join(map(str, net.sizes))})")
    return train, test


def _last_epoch(history: dict[str, Any] | None) -> int:
    epochs = [e for e in (history or {}).get("epoch", []) if e is not None]
    return int(max(epochs)) if epochs else 0


def _metrics_line(label: str, loss: float, accuracy: float | None) -> str:
    shown = f"loss {loss:.4g}"
    if accuracy is not None:
        shown += f"  accuracy {100 * accuracy:.1f} %"
    return f"{label + ':':6s} {shown}\n"


class ProgressLine:
    """One status line on a terminal stream, redrawn with \\r at most `1 / interval` times a second."""

    def __init__(self, stream: TextIO, epochs: int, start_epoch: int = 0, interval: float = 0.1,
                 clock: Callable[[], float] = time.monotonic, width: int = 20):
        self.stream, self.epochs, self.start_epoch = stream, epochs, start_epoch
        self.interval, self.clock, self.width = interval, clock, width
        self.started = clock()
        self._last_draw = -math.inf
        self._shown = 0  # length of the line on screen, so a shorter one can blank it out

    def update(self, stats: EpochStats) -> None:
        done = stats.epoch - self.start_epoch
        now = self.clock()
        if now - self._last_draw < self.interval and done < self.epochs:
            return
        self._last_draw = now
        filled = self.width * done // self.epochs
        bar = "#" * filled + "." * (self.width - filled)
        text = f"epoch {done}/{self.epochs} [{bar}] loss {stats.train_loss:.4g}"
        if stats.train_accuracy is not None:
            text += f" acc {100 * stats.train_accuracy:.1f}%"
        if stats.test_accuracy is not None:
            text += f" test {100 * stats.test_accuracy:.1f}%"
        elapsed = now - self.started
        if done >= self.epochs:
            text += f" took {_clock_time(elapsed)}"
        elif done:
            text += f" ETA {_clock_time(elapsed / done * (self.epochs - done))}"
        self.stream.write("\r" + text.ljust(self._shown))
        self.stream.flush()
        self._shown = len(text)

    def close(self) -> None:
        """End the line (if one was drawn) so what follows starts on a fresh line."""
        if self._shown:
            self.stream.write("\n")
            self.stream.flush()
            self._shown = 0


def _clock_time(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


# --------------------------------------------------------------------------- info

def _info(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    doc = io.load(args.file)
    out.write(describe(doc))
    return EXIT_OK


def describe(doc: io.NetworkFile) -> str:
    """The `info` text for a loaded network file."""
    net = doc.network
    lines = [f"Name:         {doc.name or '(none)'}"]
    if doc.description:
        wrapped = textwrap.wrap(doc.description, 86)
        lines.append(f"Description:  {wrapped[0]}")
        lines += [f"              {line}" for line in wrapped[1:]]
    lines.append(f"Architecture: {'-'.join(map(str, net.sizes))} ({_plural(len(net.layers), 'layer')} of weights)")
    for k, layer in enumerate(net.layers, 1):
        lines.append(f"  layer {k}: {layer.n_in} -> {layer.n_out}  {layer.activation:10s} "
                     f"{_plural(layer.W.size, 'weight')} + {_plural(layer.b.size, 'bias', 'biases')}")
    lines.append(f"Parameters:   {net.parameter_count()}")

    t = doc.training
    opt = t["optimizer"]
    hyper = ", ".join(f"{k} {v:g}" for k, v in opt.items() if k != "name")
    lines.append(f"Training:     loss {t['loss']}, optimizer {opt['name']} ({hyper}), batch size {t['batch_size']}, "
                 f"{t['epochs']} epochs, init {t['init']}, seed {t['seed']}, weight decay {t['weight_decay']:g}")
    for problem in problems(net, t["loss"], opt["name"]):
        lines += textwrap.wrap(problem, 100, initial_indent="  note: ", subsequent_indent="        ")
    d = dataspec.complete(doc.dataset, net)
    # Truth tables and bundled data have a fixed size and no noise, so only the settings that apply are shown.
    size = f"samples {d['samples']}, noise {d['noise']:g}, " if "samples" in d else ""
    if d["name"] == datasets.DRAWN:
        size = f"{len(d.get('points', []))} drawn points, "
    if d.get("features"):
        size += f"derived inputs {', '.join(d['features'])}, "
    chosen = "" if doc.dataset else " — the file names none; this one fits the network"
    lines.append(f"Dataset:      {d['name']} ({size}test fraction {d['test_fraction']:g}, seed {d['seed']}){chosen}")
    lines.append(f"History:      {_history_summary(doc.history)}")
    return "\n".join(lines) + "\n"


def _history_summary(history: dict[str, Any] | None) -> str:
    if not history or not history.get("epoch"):
        return "none (not trained yet)"
    parts = [f"{_plural(_last_epoch(history), 'epoch')} trained, {len(history['epoch'])} points recorded"]
    for key, label, percent in (("train_loss", "train loss", False), ("test_loss", "test loss", False),
                                ("train_accuracy", "train accuracy", True), ("test_accuracy", "test accuracy", True)):
        value = history.get(key, [None])[-1]
        if value is not None:
            parts.append(f"{label} {100 * value:.1f} %" if percent else f"{label} {value:.4g}")
    return "; last ".join([parts[0], ", ".join(parts[1:])]) if len(parts) > 1 else parts[0]


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else (plural or word + 's')}"


# --------------------------------------------------------------------------- convert

def _add_convert(commands: argparse._SubParsersAction[_Parser]) -> None:
    from . import activations, convert
    names = ", ".join(f"{fmt} ({what})" for fmt, what in convert.FORMATS.items())
    parser = commands.add_parser(
        "convert", help="convert a network to or from NumPy, PyTorch, ONNX, .npz or the textbook's .pkl",
        description=("Read the network in SRC and write it to DST, in the formats their extensions name: "
                     ".json (Synaptica), .py (a NumPy script), .onnx, .npz (W1…WL, b1…bL, activations), "
                     ".pkl (import only: the textbook's weight dictionaries). DST is written whole or not at all."),
        epilog=(f"Formats: {names}. Use --format torch for a PyTorch script with build_model() and "
                "`train --data DATA.npz` (DistributedDataParallel under torchrun). ONNX needs the onnx package: "
                f"{convert.INSTALL_HINT}."))
    parser.add_argument("source", metavar="SRC", type=Path, help="the network to read (.json, .onnx, .npz, .pkl)")
    parser.add_argument("destination", metavar="DST", type=Path, help="the file to write (.json, .py, .onnx, .npz)")
    parser.add_argument("--format", choices=convert.EXPORT_FORMATS, metavar="F",
                        help=f"the format of DST when its extension does not say ({', '.join(convert.EXPORT_FORMATS)})")
    parser.add_argument("--hidden", choices=activations.HIDDEN_ACTIVATIONS, metavar="ACT",
                        help="activation of every hidden layer, for files that do not say (.pkl) or to change it")
    parser.add_argument("--output", choices=activations.NAMES, metavar="ACT",
                        help="activation of the output layer, for files that do not say (.pkl) or to change it")
    parser.set_defaults(handler=_convert)


def _convert(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from . import convert
    doc, fmt = convert.convert(args.source, args.destination, args.format, hidden=args.hidden, output=args.output)
    net = doc.network
    shape = f"{'-'.join(map(str, net.sizes))}: {', '.join(layer.activation for layer in net.layers)}"
    out.write(f"Wrote {args.destination} ({convert.FORMATS[fmt]}) from {args.source.name} ({shape}).\n")
    for line in convert.next_steps(args.destination, fmt, net.n_inputs):
        out.write(line + "\n")
    return EXIT_OK
