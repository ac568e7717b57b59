"""Opening data files safely: regular files only, bounded streamed decompression, one kind of error.

A data file named by a user (CSV, IDX) may be anything: a pipe that never ends,
a device such as /dev/zero, a 4 MB gzip that expands to 4 GiB. Everything here
refuses such files at once or stops at a cap, and every failure while reading
becomes a `DatasetError` naming the file, never an OSError or MemoryError.

    with open_data(path) as stream:          # a binary stream, gunzipped when the file is gzip
        ...                                  # reads past MAX_DATA_BYTES raise DatasetError
    data = read_all(path)                    # the whole (decompressed) content as bytes
"""
from __future__ import annotations

import contextlib
import functools
import io
import os
import stat
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar, cast

from .text import Text

if TYPE_CHECKING:
    from typing_extensions import Buffer   # collections.abc.Buffer from Python 3.12

#: A path argument as callers pass it: a str or a pathlib.Path.
StrPath = str | os.PathLike[str]
_Reader = TypeVar("_Reader", bound=Callable[..., Any])

#: The most data (after decompression) one file may hold; MNIST's training images are 47 MB.
MAX_DATA_BYTES = 256 * 2 ** 20
_GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20


class DatasetError(ValueError):
    """A dataset could not be made or read; the message says which file, where and why."""


def describe_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return Text("a folder")
    if stat.S_ISFIFO(mode):
        return Text("a pipe (FIFO)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Text("a device")
    if stat.S_ISSOCK(mode):
        return Text("a socket")
    return Text("not a regular file")


def _unreadable(name: str, exc: OSError) -> Text:
    return Text("{file}: cannot read the file ({reason})", file=name, reason=exc.strerror or str(exc))


def open_regular(path: StrPath) -> io.BufferedReader:
    """Open `path` for reading if it is a regular file; anything else raises DatasetError at once.

    The file is opened without blocking (a FIFO would otherwise wait for a writer
    forever) and checked on the open descriptor, so it cannot be swapped in between.
    """
    path = Path(path)
    name = path.name or str(path)
    if "\0" in str(path):
        raise DatasetError(Text("{file}: cannot read the file (the name contains a NUL character)", file=name))
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise DatasetError(_unreadable(name, exc)) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = describe_kind(mode)
            raise DatasetError(Text("{file}: cannot read the file: it is {kind}", file=name, kind=kind)
                               if kind.startswith("not") else
                               Text("{file}: cannot read the file: it is {kind}, not a regular file",
                                    file=name, kind=kind))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


class _CappedGunzip(io.RawIOBase):
    """A gzip stream decompressed piece by piece, refusing to produce more than `limit` bytes."""

    def __init__(self, raw: BinaryIO, name: str, limit: int) -> None:
        self.raw, self.name, self.limit = raw, name, limit
        self.produced = 0
        self._z = zlib.decompressobj(wbits=31)
        self._pending = b""

    def readable(self) -> bool:
        return True

    # The io machinery passes a writable bytearray or memoryview (typeshed says any read-only Buffer).
    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            if self._z.eof:               # a gzip member ended: another may follow (concatenated .gz)
                chunk = self._z.unused_data or self.raw.read(_CHUNK)
                if not chunk:
                    return 0
                self._z = zlib.decompressobj(wbits=31)
            elif self._z.unconsumed_tail:
                chunk = self._z.unconsumed_tail
            else:
                chunk = self.raw.read(_CHUNK)
                if not chunk:
                    raise DatasetError(Text("{file}: the gzip data is damaged or cut short (it ends early)",
                                            file=self.name))
            try:
                self._pending = self._z.decompress(chunk, _CHUNK)
            except zlib.error as exc:
                raise DatasetError(Text("{file}: the gzip data is damaged ({reason})", file=self.name,
                                        reason=str(exc))) from None
            self.produced += len(self._pending)
            if self.produced > self.limit:
                raise DatasetError(Text("{file}: expands to more than {limit} MB when decompressed; Synaptica "
                                        "reads at most that much from one data file", file=self.name,
                                        limit=self.limit // 2 ** 20))
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


class _Capped(io.RawIOBase):
    """A plain file that refuses to be read past `limit` bytes (it may grow while we read)."""

    def __init__(self, raw: io.BufferedReader, name: str, limit: int) -> None:
        self.raw, self.name, self.limit, self.produced = raw, name, limit, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Buffer) -> int:
        n = self.raw.readinto(buffer)
        self.produced += n or 0
        if self.produced > self.limit:
            raise DatasetError(Text("{file}: is larger than {limit} MB; Synaptica reads at most that much from "
                                    "one data file", file=self.name, limit=self.limit // 2 ** 20))
        return n


@contextlib.contextmanager
def open_data(path: StrPath, limit: int | None = None) -> Iterator[io.BufferedReader]:
    """A buffered binary stream of the file's content, gunzipped when it starts with the gzip magic.

    `progress_of(stream)` tells how much of the file has been read (0…1).
    Every failure (including MemoryError) is re-raised as DatasetError naming the file.
    """
    path = Path(path)
    name = path.name or str(path)
    limit = MAX_DATA_BYTES if limit is None else limit
    with open_regular(path) as raw:
        size = os.fstat(raw.fileno()).st_size
        gzipped = raw.read(2) == _GZIP_MAGIC
        raw.seek(0)
        inner = _CappedGunzip(raw, name, limit) if gzipped else _Capped(raw, name, limit)
        stream: io.BufferedReader = io.BufferedReader(inner, _CHUNK)
        stream.file_size, stream.file = size, raw  # type: ignore[attr-defined]  # for progress reports
        try:
            yield stream
        except DatasetError:
            raise
        except MemoryError:
            raise DatasetError(Text("{file}: not enough memory to read this file", file=name)) from None
        except OSError as exc:
            raise DatasetError(_unreadable(name, exc)) from None


def reading(function: _Reader) -> _Reader:
    """Decorate a reader whose first argument is a path: MemoryError and OSError become DatasetError."""
    @functools.wraps(function)
    def guarded(path: StrPath, *args: Any, **kwargs: Any) -> Any:
        name = Path(path).name or str(path)
        try:
            return function(path, *args, **kwargs)
        except MemoryError:
            raise DatasetError(Text("{file}: not enough memory to read this file", file=name)) from None
        except OSError as exc:
            raise DatasetError(_unreadable(name, exc)) from None
    return cast(_Reader, guarded)   # the same signature as `function`: functools.wraps cannot say so


def progress_of(stream: Any) -> float:   # an open_data() stream: it carries .file and .file_size
    """How much of the file under `stream` has been read, 0…1 (compressed position for gzip)."""
    try:
        return min(1.0, stream.file.tell() / stream.file_size) if stream.file_size else 1.0
    except (OSError, ValueError):
        return 0.0


def read_all(path: StrPath, limit: int | None = None) -> bytes:
    """The whole (decompressed) content of a data file, within the cap."""
    with open_data(path, limit) as stream:
        return stream.read()
