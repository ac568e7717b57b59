"""Reading a lesson file: a small front-matter header, then Markdown (see docs/lessons.md).

    ---
    title: A perceptron computes AND
    network: {"sizes": [2, 1], "activations": ["step"], "init": "zeros"}
    goal: {"gate": "and"}
    solution: {"set": {"W1": [[0.5], [0.5]], "b1": [-0.7]}}
    ---
    The lesson's text, in Markdown.

    ## Hints
    - The first hint.
    - The second, shown only when asked for.

    ## Solution
    What "Show me" does, in words.

The header is deliberately tiny and strict (not YAML): one `key: value` per line, a value that
starts like JSON (`{`, `[`, a number, `"`, true/false/null) is JSON and may continue on indented
lines; any other value is plain text. Every problem raises `LessonError` naming the file and line.
A translation (`read(path, TRANSLATION_KEYS)`) has the same layout with only `title:` in its header.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Header keys, with whether a lesson must have them.
KEYS = {"title": True, "network": True, "dataset": False, "training": False, "inputs": False, "goal": True,
        "solution": True, "show": False, "lock": False, "opens": False, "classroom": False}
_KEY_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*:(.*)$")
_JSON_START = re.compile(r"^\s*([{\[\"\d-]|true\b|false\b|null\b)")
#: A translation (assets/lessons/<language>/<same name>.md) gives only the prose; the data is the English file's.
TRANSLATION_KEYS = {"title": True}
HINTS, SOLUTION = "## Hints", "## Solution"


class LessonError(ValueError):
    """A lesson file that cannot be used; the message names the file and the line or key."""

    def __init__(self, source: str, problem: str, line: int | None = None, key: str = ""):
        where = source + (f", line {line}" if line else "") + (f" ({key})" if key else "")
        super().__init__(f"{where}: {problem}")
        self.source, self.problem, self.line, self.key = source, problem, line, key


@dataclass
class LessonText:
    """One parsed lesson file: header values, body text, hints and the solution's explanation."""

    source: str
    header: dict[str, Any]
    lines: dict[str, int]            # header key -> line number, for later error messages
    text: str
    hints: list[str] = field(default_factory=list)
    solution_text: str = ""

    def fail(self, key: str, problem: str) -> LessonError:
        return LessonError(self.source, problem, self.lines.get(key.split(".")[0].split("[")[0]), key)


def read(path: Path, keys: dict[str, bool] = KEYS) -> LessonText:
    """Parse the lesson file at `path` (raises LessonError); `keys=TRANSLATION_KEYS` for a translation."""
    source = path.name if keys is KEYS else f"{path.parent.name}/{path.name}"
    try:
        content = path.read_text(encoding="utf-8-sig")     # a BOM from a Windows editor is fine
    except (OSError, UnicodeDecodeError) as error:
        raise LessonError(source, f"cannot be read ({error})") from None
    return parse(content, source, keys)


def parse(content: str, source: str = "<lesson>", keys: dict[str, bool] = KEYS) -> LessonText:
    lines = content.splitlines()
    if not lines or lines[0].strip() != "---":
        raise LessonError(source, "a lesson starts with a line '---' opening its header", 1)
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise LessonError(source, "the header opened here is never closed by a line '---'", 1) from None
    header, where = _parse_header(lines[1:end], 2, source, keys)
    for key, required in keys.items():
        if required and key not in header:
            raise LessonError(source, f"the header has no '{key}:' line", key=key)
    text, hints, solution = _parse_body(lines[end + 1:], end + 2, source)
    if not text.strip():
        raise LessonError(source, "the lesson has no text after its header", end + 2)
    return LessonText(source, header, where, text, hints, solution)


def _parse_header(lines: list[str], first: int, source: str,
                  keys: dict[str, bool]) -> tuple[dict[str, Any], dict[str, int]]:
    header: dict[str, Any] = {}
    where: dict[str, int] = {}
    entries: list[tuple[str, int, list[str]]] = []
    for offset, line in enumerate(lines):
        number = first + offset
        if line.startswith("#"):          # a comment
            continue
        if not line.strip():
            if entries:
                entries[-1][2].append("")
            continue
        if line[0] in " \t":
            if not entries:
                raise LessonError(source, "an indented line must continue a 'key: value' line", number)
            entries[-1][2].append(line)
            continue
        match = _KEY_LINE.match(line)
        if not match:
            raise LessonError(source, f"expected 'key: value', got {line.strip()[:40]!r}", number)
        key = match.group(1)
        if key not in keys:
            if key in KEYS:     # a translation repeating the lesson's data could drift from it
                raise LessonError(source, f"a translation gives only the title; '{key}' comes from the English "
                                          "lesson", number, key)
            raise LessonError(source, f"unknown header key '{key}' (known: {', '.join(keys)})", number, key)
        if key in header or any(k == key for k, _, _ in entries):
            raise LessonError(source, f"'{key}' is given twice", number, key)
        entries.append((key, number, [match.group(2)]))
    for key, number, parts in entries:
        header[key] = _value("\n".join(parts).strip(), source, number, key)
        where[key] = number
    return header, where


def _value(text: str, source: str, number: int, key: str) -> Any:
    if not text:
        raise LessonError(source, "the value is missing", number, key)
    if not _JSON_START.match(text):
        return text
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise LessonError(source, f"not valid JSON: {error.msg} (column {error.colno})",
                          number + error.lineno - 1, key) from None


def _parse_body(lines: list[str], first: int, source: str) -> tuple[str, list[str], str]:
    sections: dict[str, list[tuple[int, str]]] = {"": [], HINTS: [], SOLUTION: []}
    current = ""
    for offset, line in enumerate(lines):
        stripped = line.strip()
        if stripped in (HINTS, SOLUTION):
            if sections[stripped]:
                raise LessonError(source, f"a second '{stripped}' section", first + offset)
            current = stripped
            sections[current].append((first + offset, ""))     # marks the section as present
            continue
        sections[current].append((first + offset, line))
    text = "\n".join(line for _, line in sections[""]).strip()
    hints: list[str] = []
    for number, line in sections[HINTS][1:]:
        if line.startswith("- "):
            hints.append(line[2:].strip())
        elif line.startswith((" ", "\t")) and line.strip() and hints:
            hints[-1] += " " + line.strip()
        elif line.strip():
            raise LessonError(source, "each hint is a line starting with '- '", number)
    solution = "\n".join(line for _, line in sections[SOLUTION][1:]).strip()
    return text, hints, solution
