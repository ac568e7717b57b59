"""The textbook's pickled weight dictionaries ({"W1": array, "b1": array, ...}), read safely.

Unpickling runs whatever callables a pickle names, so an ordinary `pickle.load` of a
file from the internet can run any program. This reader allows exactly the few NumPy
functions that rebuild arrays (and latin-1 bytes, which protocol 2 uses for array data);
a pickle naming anything else (os.system, builtins.exec, ...) is refused at that
opcode, before the callable is even looked up, so nothing in it runs.
"""
from __future__ import annotations

import importlib
import pickle
import warnings
from pathlib import Path
from typing import Any, NoReturn

import numpy as np

from ..network import Network
from ..text import Text
from .common import ConvertError, check_size, network_from_arrays

# numpy moved its internals from numpy.core to numpy._core in 2.0; files exist pickled by both.
_CORE = importlib.import_module("numpy._core" if hasattr(np, "_core") else "numpy.core")
_REBUILDERS = {"multiarray": ("_reconstruct", "scalar"), "numeric": ("_frombuffer",)}
_ALLOWED: dict[tuple[str, str], object] = {("numpy", "ndarray"): np.ndarray, ("numpy", "dtype"): np.dtype}
_numpy_frombuffer = getattr(importlib.import_module(f"{_CORE.__name__}.numeric"), "_frombuffer")


def _frombuffer(buffer: bytes | bytearray, dtype: np.dtype[Any], shape: tuple[int, ...], order: str) -> np.ndarray:
    """numpy's own rebuild, from an immutable copy: an array viewing a pickle's bytearray could outlive
    a damaged pickle's half-built stack and leave Python a bytearray freed while still exported."""
    return _numpy_frombuffer(bytes(buffer), dtype, shape, order).copy()


for _module, _names in _REBUILDERS.items():
    for _name in _names:
        _function = _frombuffer if _name == "_frombuffer" else \
            getattr(importlib.import_module(f"{_CORE.__name__}.{_module}"), _name)
        for _package in ("numpy.core", "numpy._core"):
            _ALLOWED[(f"{_package}.{_module}", _name)] = _function


def _latin1_bytes(text: str, encoding: str) -> bytes:
    """What pickle protocol 2 calls to rebuild bytes (an array's data): _codecs.encode(text, "latin1")."""
    if encoding not in ("latin1", "latin-1") or not isinstance(text, str):
        raise RefusedPickle(f"refuses _codecs.encode with the encoding {encoding!r}; only latin1 rebuilds bytes")
    return text.encode("latin1")


_ALLOWED[("_codecs", "encode")] = _latin1_bytes


class RefusedPickle(ConvertError):
    """The pickle asked for something other than NumPy array reconstruction."""


class _ArraysOnly(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> object:
        try:
            return _ALLOWED[(module, name)]
        except KeyError:
            raise RefusedPickle(f"refuses to call {module}.{name}: a weight file may only hold NumPy arrays, "
                                "so this pickle was not loaded and nothing in it ran") from None

    def persistent_load(self, pid: Any) -> NoReturn:
        raise RefusedPickle("uses persistent references, which a weight file never needs; not loaded")


def load_arrays(path: Path) -> object:
    """The pickled object, rebuilt with NumPy array reconstruction only."""
    source = path.name
    check_size(path)
    with open(path, "rb") as f:
        try:
            with warnings.catch_warnings():  # a damaged file can make NumPy warn on its way to an error
                warnings.simplefilter("ignore")
                return _ArraysOnly(f).load()
        except RefusedPickle as exc:
            raise RefusedPickle(f"{source}: {exc}") from None
        except (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, IndexError,
                KeyError, MemoryError, OverflowError, RecursionError) as exc:
            raise ConvertError(Text("{file}: not a readable pickle of NumPy arrays ({reason})", file=source,
                                    reason=f"{type(exc).__name__}: {exc}")) from None


def read(path: Path, *, hidden: str | None = None, output: str | None = None) -> Network:
    data = load_arrays(path)
    source = path.name
    if not isinstance(data, dict):
        raise ConvertError(Text("{file}: holds a {type}; expected a dictionary of weights like the textbook's "
                                "{example}", file=source, type=type(data).__name__,
                                example="{'W1': ..., 'b1': ..., ...}"))
    for key in data:
        if not isinstance(key, str):
            raise ConvertError(Text("{file}: has a key {key!r}; expected names like 'W1' and 'b1'", file=source,
                                    key=key))
    names = data.pop("activations", None)
    if names is not None:
        names = [str(name) for name in np.asarray(names).ravel()]
    return network_from_arrays(data, names, source, hidden=hidden, output=output)
