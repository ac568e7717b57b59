"""Validation primitives for network files: each checks one JSON value and names its place.

A failed check raises `Invalid(where, problem)`; `simulator.io` turns it into a
`NetworkFileError` that also names the file.
"""
from __future__ import annotations

import difflib
import json
import math
import numbers
from collections.abc import Collection, Iterable
from typing import Any

import numpy as np

from .text import Text


class Invalid(Exception):
    """A validation failure at `where`; from_dict adds the file name."""

    def __init__(self, where: str, problem: Text | str) -> None:
        super().__init__(where, problem)
        self.where, self.problem = where, problem



def finite_numbers(values: list[Any], where: str) -> np.ndarray:
    """A list of finite numbers as a float array; fast for the common case, exact about failures."""
    if set(map(type, values)) <= {float, int}:
        try:
            array = np.array(values, dtype=float)
        except (OverflowError, ValueError):
            array = None
        if array is not None and np.isfinite(array).all():
            return array
    return np.array([number(v, f"{where}[{j}]") for j, v in enumerate(values)], dtype=float)



def json_tree(value: object, where: str, *, want_object: bool = False, max_chars: int | None = None) -> Any:
    """A free-form JSON value (the UI's layout), checked for JSON types and finite numbers; returns a copy."""
    if want_object and not isinstance(value, dict):
        raise Invalid(where, Text("expected an object, got {value}", value=describe(value)))
    result: list[Any] = [None]
    # (item, its place, the list or dict that receives its copy, the index or key there)
    stack: list[tuple[Any, str, Any, Any]] = [(value, where, result, 0)]  # iterative: deep nesting cannot overflow
    while stack:
        item, place, parent, slot = stack.pop()
        if isinstance(item, dict):
            check_duplicates(item, place)
            copied: dict[str, Any] = {}
            for key, child in item.items():
                if not isinstance(key, str):
                    raise Invalid(place, Text("object keys must be strings, got {key}", key=describe(key)))
                string(key, join(place, key), max_chars=max_chars)
                copied[key] = None
                stack.append((child, join(place, key), copied, key))
            parent[slot] = copied
        elif isinstance(item, list):
            copied_list: list[Any] = [None] * len(item)
            stack.extend((child, f"{place}[{i}]", copied_list, i) for i, child in enumerate(item))
            parent[slot] = copied_list
        elif item is None or isinstance(item, bool):
            parent[slot] = item
        elif isinstance(item, str):
            parent[slot] = string(item, place, max_chars=max_chars)
        elif isinstance(item, numbers.Integral):
            parent[slot] = int(item)
        elif isinstance(item, numbers.Real):
            parent[slot] = number(item, place)
        else:
            raise Invalid(place, Text("expected a JSON value, got {value}", value=describe(item)))
    return result[0]


# ---------------------------------------------------------------- small checks

def keys(value: object, where: str, *, required: tuple[str, ...] = (), optional: tuple[str, ...] = (),
         note: str = "") -> dict[str, Any]:
    if not isinstance(value, dict):
        raise Invalid(where, Text("expected an object, got {value}", value=describe(value)))
    check_duplicates(value, where)
    allowed = tuple(dict.fromkeys((*required, *optional)))
    for key in value:
        if not isinstance(key, str):
            raise Invalid(where, Text("object keys must be strings, got {key}", key=describe(key)))
        if key not in allowed:
            hint = note or Text("allowed here: {keys}", keys=", ".join(allowed))
            raise Invalid(join(where, key), Text("unknown key{suggestion}; {hint}",
                                                 suggestion=did_you_mean(key, allowed), hint=hint))
    for key in required:
        if key not in value:
            raise Invalid(join(where, key), Text("missing (it is required)"))
    return value


def check_duplicates(value: object, where: str) -> None:
    for key in getattr(value, "duplicates", ()):
        raise Invalid(join(where, key), Text("appears more than once in the same object"))


def array(value: object, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise Invalid(where, Text("expected an array, got {value}", value=describe(value)))
    return value


def string(value: object, where: str, *, nonempty: bool = False, max_chars: int | None = None) -> str:
    if not isinstance(value, str):
        raise Invalid(where, Text("expected a string, got {value}", value=describe(value)))
    if max_chars is not None and len(value) > max_chars:
        raise Invalid(where, Text("is {length:,} characters long; at most {limit:,} are allowed",
                                   length=len(value), limit=max_chars))
    if nonempty and not value.strip():
        raise Invalid(where, Text("must not be empty"))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise Invalid(where, Text("contains invalid Unicode (an unpaired surrogate)")) from None
    return str(value)


def choice(value: object, where: str, names: Collection[str], what: Text | str) -> str:
    """A name from `names`; `what` says what kind of name it is (e.g. Text("activation"))."""
    name = string(value, where)
    if name not in names:
        raise Invalid(where, Text("unknown {what} {name!r}{suggestion}; choose one of {names}", what=what, name=name,
                                   suggestion=did_you_mean(name, names), names=", ".join(names)))
    return name


def integer(value: object, where: str, *, minimum: int | None = None, maximum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise Invalid(where, Text("expected a whole number, got {value}", value=describe(value)))
    value = int(value)
    if minimum is not None and value < minimum:
        raise Invalid(where, Text("must be at least {minimum:,}, got {value:,}", minimum=minimum, value=value))
    if maximum is not None and value > maximum:
        raise Invalid(where, Text("must be at most {maximum:,}, got {value:,}", maximum=maximum, value=value))
    return value


def number(value: object, where: str, *, minimum: float = -math.inf, maximum: float = math.inf,
            minimum_allowed: bool = True, maximum_allowed: bool = True) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise Invalid(where, Text("expected a number, got {value}", value=describe(value)))
    try:
        number = float(value)
    except OverflowError:
        raise Invalid(where, Text("number too large (numbers must be finite)")) from None
    if not math.isfinite(number):
        raise Invalid(where, Text("{value} is not allowed (numbers must be finite)", value=describe(value)))
    if number < minimum or (number == minimum and not minimum_allowed):
        raise Invalid(where, Text("must be at least {bound:g}, got {value!r}", bound=minimum, value=number)
                      if minimum_allowed else
                      Text("must be greater than {bound:g}, got {value!r}", bound=minimum, value=number))
    if number > maximum or (number == maximum and not maximum_allowed):
        raise Invalid(where, Text("must be at most {bound:g}, got {value!r}", bound=maximum, value=number)
                      if maximum_allowed else
                      Text("must be less than {bound:g}, got {value!r}", bound=maximum, value=number))
    return number


def join(where: str, key: str) -> str:
    part = key if key.isidentifier() else None
    if part is None:
        return f"{where}[{json.dumps(key)}]"
    return f"{where}.{part}" if where else part


def did_you_mean(name: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(choices), n=1)
    return Text(" (did you mean {name!r}?)", name=close[0]) if close else ""


def plural(count: int, word: str) -> str:
    return word if count == 1 else word + "s"


def describe(value: object) -> str:
    """How a value reads in an error message, in JSON terms."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "..."
        return Text("the string {text}", text=json.dumps(text))
    if isinstance(value, numbers.Integral):
        return str(int(value)) if int(value).bit_length() < 200 else Text("a huge integer")
    if isinstance(value, numbers.Real):
        number = float(value)
        if math.isnan(number):
            return "NaN"
        if math.isinf(number):
            return "Infinity" if number > 0 else "-Infinity"
        return repr(number)
    if isinstance(value, list):
        return (Text("an array of 1 item") if len(value) == 1 else
                Text("an array of {count} items", count=len(value)))
    if isinstance(value, dict):
        return Text("an object")
    return Text("a Python {type}", type=type(value).__name__)

