"""Take a network anywhere, bring any small network in (ARCHITECTURE.md §2 "Converting").

    from simulator import convert
    doc = convert.read("sample_weight.pkl", hidden="sigmoid", output="softmax")   # an io.NetworkFile
    convert.write("net.onnx", doc)                                              # format from the extension
    convert.convert("net.json", "net.py", format="torch")                       # both in one call

Formats (the extension chooses, `format=` overrides):

    json   .json   both ways   Synaptica's own file (simulator.io)
    numpy  .py     export      a standalone textbook-style NumPy script
    torch  .py     export      a PyTorch script: build_model() and `train` (DistributedDataParallel)
    onnx   .onnx   both ways   multilayer perceptrons only; needs the `onnx` package
    npz    .npz    both ways   W1…WL, b1…bL, activations (no pickles)
    pkl    .pkl    import      the textbook's weight dictionaries, through a restricted unpickler

Every writer is atomic (temporary file, then rename), so a failure never leaves
half a file. Failures raise ConvertError (a ValueError) with a one-line message.
"""
from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .. import io
from ..datafiles import StrPath
from ..network import Network
from ..text import Text
from .common import ConvertError, MissingActivations, MissingPackage, imported_file, write_atomically

__all__ = ["ConvertError", "MissingActivations", "MissingPackage", "FORMATS", "EXPORT_FORMATS", "IMPORT_FORMATS",
           "EXTENSIONS", "format_for", "read", "write", "convert", "next_steps", "missing_packages", "INSTALL_HINT",
           "write_atomically"]

#: format -> what it is, in a few words (for help texts and file dialogs).
FORMATS: dict[str, str] = {
    "json": "Synaptica network",
    "numpy": "NumPy script",
    "torch": "PyTorch script",
    "onnx": "ONNX model",
    "npz": "NumPy weight archive",
    "pkl": "the textbook's pickled weights",
}
EXTENSIONS: dict[str, str] = {".json": "json", ".py": "numpy", ".onnx": "onnx", ".npz": "npz", ".pkl": "pkl",
                              ".pickle": "pkl"}
#: The extension each format writes.
SUFFIX: dict[str, str] = {"json": ".json", "numpy": ".py", "torch": ".py", "onnx": ".onnx", "npz": ".npz"}
EXPORT_FORMATS = ("json", "numpy", "torch", "onnx", "npz")
IMPORT_FORMATS = ("json", "onnx", "npz", "pkl")

#: The optional packages a format needs here (reading or writing it), and what a learner installs.
NEEDS: dict[str, tuple[str, ...]] = {"onnx": ("onnx",)}
INSTALL_HINT = 'pip install onnx onnxruntime (in Synaptica\'s folder: .venv/bin/pip install -e ".[export]")'


def format_for(path: StrPath, format: str | None = None, *, writing: bool) -> str:
    """The format named by `format`, else by the extension of `path`; ConvertError when neither fits."""
    path = Path(path)
    allowed = EXPORT_FORMATS if writing else IMPORT_FORMATS
    if format is not None:
        if format not in FORMATS:
            raise ConvertError(Text("unknown format {format!r}; choose one of {formats}", format=format,
                                    formats=", ".join(FORMATS)))
        if format not in allowed:
            raise ConvertError(_cannot(format, allowed, writing))
        return format
    found = EXTENSIONS.get(path.suffix.lower())
    if found is None:
        known = ", ".join(sorted({ext for ext, fmt in EXTENSIONS.items() if fmt in allowed}))
        raise ConvertError(Text("{file}: cannot tell the format from the extension {extension!r}; use one of "
                                "{known}, or say which with --format", file=path.name,
                                extension=path.suffix or "(none)", known=known))
    if found not in allowed:
        raise ConvertError(Text("{file}: {problem}", file=path.name, problem=_cannot(found, allowed, writing)))
    return found


def _cannot(format: str, allowed: Sequence[str], writing: bool) -> Text:
    if writing:
        return Text("Synaptica cannot export to {format} ({what}); it can export to {allowed}", format=format,
                    what=FORMATS[format], allowed=", ".join(allowed))
    return Text("Synaptica cannot import from {format} ({what}); it can import from {allowed}", format=format,
                what=FORMATS[format], allowed=", ".join(allowed))


def missing_packages(format: str) -> list[str]:
    """The optional packages `format` needs that are not installed here (empty when it works)."""
    return [name for name in NEEDS.get(format, ()) if importlib.util.find_spec(name) is None]


def _require(format: str, doing: Text) -> None:
    missing = missing_packages(format)
    if missing:
        raise MissingPackage(Text("{doing} needs the {packages} package, which is not installed; install it "
                                  "with: {hint}", doing=doing, packages=" and ".join(missing), hint=INSTALL_HINT))


def read(path: StrPath, format: str | None = None, *, hidden: str | None = None,
         output: str | None = None) -> io.NetworkFile:
    """Read a network in any importable format as an io.NetworkFile.

    `hidden`/`output` name the activations of the hidden layers/the output layer; they
    override what the file says. A file that does not say (a .pkl) and no names given
    raises MissingActivations, so the caller can ask.
    """
    path = Path(path)
    fmt = format_for(path, format, writing=False)
    if fmt == "json":
        doc = io.load(path)
        if hidden is not None or output is not None:
            _override_activations(doc.network, hidden, output)
        return doc
    _require(fmt, Text("reading {file}", file=path.name))
    reader = _function(_READERS, fmt)
    try:
        network = reader(path, hidden=hidden, output=output)
    except OSError as exc:
        raise ConvertError(Text("{file}: cannot read the file: {reason}", file=path.name,
                                reason=exc.strerror or str(exc))) from exc
    return imported_file(network, path)


def write(path: StrPath, doc: io.NetworkFile | Network, format: str | None = None) -> str:
    """Write `doc` to `path` in `format` (default: from the extension), atomically; returns the format used."""
    path = Path(path)
    fmt = format_for(path, format, writing=True)
    if isinstance(doc, Network):
        doc = io.NetworkFile(network=doc)
    if fmt == "json":
        doc.save(path)
        return fmt
    _require(fmt, Text("writing {file} ({what})", file=path.name, what=FORMATS[fmt]))
    data = _function(_WRITERS, fmt)(doc, path)
    write_atomically(path, data)
    return fmt


def convert(source: StrPath, destination: StrPath, format: str | None = None, *, hidden: str | None = None,
            output: str | None = None) -> tuple[io.NetworkFile, str]:
    """Read `source` and write `destination`; returns what was read and the format written."""
    source, destination = Path(source), Path(destination)
    fmt = format_for(destination, format, writing=True)  # refuse a bad destination before reading anything
    doc = read(source, hidden=hidden, output=output)
    if _same_file(source, destination):
        raise ConvertError(Text("{file}: the destination is the source itself; choose another name",
                                file=destination.name))
    write(destination, doc, fmt)
    return doc, fmt


def next_steps(path: StrPath, fmt: str, n_inputs: int) -> list[str]:
    """What a learner can do with a file just written (shown by the command line and the app)."""
    name = Path(path).name
    example = " ".join(["0.5"] * min(n_inputs, 4)) + (" …" if n_inputs > 4 else "")
    if fmt == "numpy":
        return [f"Run it: python {name} {example}   (or import it: forward(init_network(), x))"]
    if fmt == "torch":
        steps = [f"Run it: python {name} {example}",
                 f"Train it: python {name} train --data DATA.npz [--epochs N] [--save OUT.npz]",
                 "DATA.npz holds: X (a row per sample), T (target rows or class numbers), optionally X_test, T_test",
                 f"On K processes or GPUs: torchrun --nproc_per_node=K {name} train --data DATA.npz",
                 "Bring the result back: python -m simulator convert OUT.npz trained.json"]
        if importlib.util.find_spec("torch") is None:
            steps.append("Running it needs PyTorch, which is not installed here: pip install torch")
        return steps
    if fmt == "onnx":
        return ["Open it in Netron, or run it: "
                "onnxruntime.InferenceSession(path).run(None, {'x': X.astype('float32')})"]
    if fmt == "npz":
        return ["Load it: np.load(path, allow_pickle=False)['W1']"]
    return []


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _override_activations(network: Network, hidden: str | None, output: str | None) -> None:
    from .common import resolve_activations
    names = resolve_activations(len(network.layers), [layer.activation for layer in network.layers],
                                hidden, output, "")
    for layer, name in zip(network.layers, names):
        layer.activation = name


# Each format's module is imported on first use: ONNX support pulls in the onnx package, and
# the other formats must keep working where it is not installed.
_WRITERS = {"numpy": ("numpy_script", "render_bytes"), "torch": ("torch_script", "render_bytes"),
            "onnx": ("onnx_export", "to_bytes"), "npz": ("npz", "to_bytes")}
_READERS = {"onnx": ("onnx_import", "read"), "npz": ("npz", "read"), "pkl": ("pickled", "read")}


def _function(table: dict[str, tuple[str, str]], fmt: str) -> Callable[..., Any]:
    module, name = table[fmt]
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
