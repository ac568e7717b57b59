"""Writing network files: readable JSON text and atomic replacement of the target.

The text goes to a temporary file beside the target (``.NAME.XXXXXXXX.tmp``), which
then replaces the target in one step. Only regular files are ever replaced: a
device, a pipe or a directory at the target is refused. Temporary files left by an
interrupted save (a crash, `kill -9`) are removed by the next save of the same file.
"""
from __future__ import annotations

import json
import os
import secrets
import stat
import time
from pathlib import Path
from typing import Any

from .datafiles import describe_kind
from .text import Text

LINE_WIDTH = 100


def emit(value: Any, indent: int, out: list[str], used: int = 0) -> None:
    """Append `value` as JSON; `used` is how much of the current line is already taken."""
    if isinstance(value, (dict, list)) and value:
        children = value.values() if isinstance(value, dict) else value
        flat = not any(isinstance(v, (dict, list)) for v in children)
        compact = json_text(value)
        # Rows of numbers always take one line; other parts only when short and at most two levels deep.
        if (flat and isinstance(value, list)) or (used + len(compact) <= LINE_WIDTH and _depth(value) <= 2):
            out.append(compact)
            return
        pad = " " * (indent + 2)
        opening, closing = ("{", "}") if isinstance(value, dict) else ("[", "]")
        out.append(opening + "\n")
        items = list(value.items()) if isinstance(value, dict) else [(None, v) for v in value]
        for i, (key, item) in enumerate(items):
            prefix = pad if key is None else f"{pad}{json_text(key)}: "
            out.append(prefix)
            emit(item, indent + 2, out, len(prefix))
            out.append(",\n" if i < len(items) - 1 else "\n")
        out.append(" " * indent + closing)
    else:
        out.append(json_text(value))


def json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(", ", ": "))


def _depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    return 0


class WriteRefused(Exception):
    """The target cannot or must not be written; the message says why in plain words."""


#: A temporary file untouched for this long belongs to an interrupted save, not to one in progress.
STALE_TEMP_SECONDS = 60.0


def check_target(path: str | os.PathLike[str]) -> Path:
    """The real file a save to `path` would replace; refuses names and targets that are not plain files.

    Symbolic links are followed (the link is kept, its target replaced). A NUL
    character in the name, a directory, a device or a pipe raise WriteRefused at once.
    """
    text = os.fspath(path)
    if "\0" in str(text):
        raise WriteRefused(Text("the file name contains a NUL character"))
    target = Path(os.path.realpath(text))
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise WriteRefused(Text("cannot save the file: {reason}", reason=exc.strerror or str(exc))) from exc
    if stat.S_ISDIR(mode):
        raise WriteRefused(Text("cannot save the file: it is a directory"))
    if not stat.S_ISREG(mode):
        raise WriteRefused(Text("cannot save the file: it is {kind}, not a regular file; "
                                "Synaptica only writes regular files", kind=describe_kind(mode)))
    return target


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace the regular file at `path` (or create it) with `data`, all or nothing.

    Raises WriteRefused (special files, NUL in the name) or OSError (permissions, full disk).
    """
    target = check_target(path)
    temp: str | None = None
    try:
        fd, temp = _create_temp_beside(target)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        try:
            os.chmod(temp, stat.S_IMODE(os.stat(target).st_mode))  # keep the old file's permissions
        except FileNotFoundError:
            pass
        check_target(target)  # it may have been replaced by something else meanwhile
        os.replace(temp, target)
        temp = None
    finally:
        if temp is not None:
            try:
                os.unlink(temp)
            except OSError:
                pass
    remove_stale_temps(target)


def remove_stale_temps(target: Path, now: float | None = None) -> list[Path]:
    """Delete temporary files an interrupted save of `target` left behind; returns what was removed.

    Only our own pattern (``.NAME.<8 hex digits>.tmp``) is touched, and only files that
    nobody wrote to for STALE_TEMP_SECONDS, so a save running in another process is left alone.
    """
    now = time.time() if now is None else now
    removed: list[Path] = []
    prefix = f".{target.name}."
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        middle = name[len(prefix):-len(".tmp")]
        if not (name.startswith(prefix) and name.endswith(".tmp") and len(middle) == 8
                and all(c in "0123456789abcdef" for c in middle)):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and now - info.st_mtime >= STALE_TEMP_SECONDS:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _create_temp_beside(target: Path) -> tuple[int, str]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp = str(target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temp, flags, 0o666), temp  # 0o666 & ~umask, like an ordinary new file
        except FileExistsError:
            continue
    raise FileExistsError(f"could not create a temporary file in {target.parent}")
