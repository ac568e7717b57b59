"""`.npz` weight archives: W1…WL, b1…bL (float64) and `activations` (strings), no pickles.

    np.load("net.npz", allow_pickle=False)["W1"]     # what any NumPy user can do with the file
"""
from __future__ import annotations

import io as bytes_io
import zipfile
import zlib
from pathlib import Path

import numpy as np

from .. import io
from ..network import Network
from ..text import Text
from .common import ConvertError, arrays_from_network, check_size, network_from_arrays


#: What a damaged archive raises while it is read.
_DAMAGED = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError, OSError, KeyError,
            NotImplementedError, OverflowError)


def to_bytes(doc: io.NetworkFile, path: Path | None = None) -> bytes:
    buffer = bytes_io.BytesIO()
    # NumPy's stub cannot tell that no key of the unpacked dict is its `allow_pickle` flag.
    np.savez(buffer, **arrays_from_network(doc.network))  # type: ignore[arg-type]
    return buffer.getvalue()


def read(path: Path, *, hidden: str | None = None, output: str | None = None) -> Network:
    source = path.name
    check_size(path)
    try:
        archive = np.load(path, allow_pickle=False)
    except _DAMAGED as exc:
        raise ConvertError(Text("{file}: not a readable .npz archive ({reason})", file=source,
                                reason=str(exc))) from exc
    if not isinstance(archive, np.lib.npyio.NpzFile):
        raise ConvertError(Text("{file}: holds a single array, not a weight archive (save W1, b1, … with np.savez)",
                                file=source))
    arrays: dict[str, np.ndarray] = {}
    with archive:
        for key in archive.files:
            try:
                arrays[key] = archive[key]
            except _DAMAGED as exc:
                if isinstance(exc, ValueError) and "allow_pickle" in str(exc):  # pickles are never loaded here
                    raise ConvertError(Text("{file}: {key} holds Python objects (a pickle), which Synaptica does "
                                            "not load; save plain numeric arrays", file=source, key=key)) from exc
                raise ConvertError(Text("{file}: {key} cannot be read ({reason})", file=source, key=key,
                                        reason=str(exc))) from exc
    names: np.ndarray | list[str] | None     # the stored array of names, then those names as strings
    names = arrays.pop("activations", None)
    if names is not None:
        if names.dtype.kind != "U" or names.ndim != 1:
            raise ConvertError(Text("{file}: activations must be a 1-D array of names like ['sigmoid', 'softmax'], "
                                    "got {dtype} of shape {shape}", file=source, dtype=str(names.dtype),
                                    shape=str(names.shape)))
        names = [str(name) for name in names]
    return network_from_arrays(arrays, names, source, hidden=hidden, output=output)
