"""Classroom mode: settings that make the app readable on a projector, kept in a lesson or a network file.

    {"scale": 1.5, "line_width": 2.0, "hide": ["examples", "toolbar"]}

`scale` multiplies font sizes, `line_width` the canvas's lines, `hide` names panels and controls to
hide (the app's dock names, "toolbar" or "statusbar"). In a network file it lives under
"layout" → "classroom"; `validate` is the one check both places use.
"""
from __future__ import annotations

from typing import Any

from .text import Text

HIDEABLE = ("inspector", "examples", "inputs", "truth_table", "outputs", "activation", "training", "loss_plot",
            "probability_plot", "boundary_plot", "toolbar", "statusbar")
SCALE_RANGE = (1.0, 3.0)
LINE_RANGE = (1.0, 4.0)
DEFAULT = {"scale": 1.5, "line_width": 2.0, "hide": []}


class ClassroomError(ValueError):
    def __init__(self, where: str, problem: Text | str):
        super().__init__(Text("{place}: {problem}", place=where, problem=problem))
        self.where, self.problem = where, problem


def _factor(value: Any, where: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise ClassroomError(where, Text("expected a number from {low:g} to {high:g}, got {value!r}",
                                         low=low, high=high, value=value))
    return float(value)


def validate(value: Any, where: str = "classroom") -> dict[str, Any] | None:
    """A complete copy of classroom settings `value` (None stays None); ClassroomError names the place."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ClassroomError(where, Text("expected an object such as {example}, got {value!r}",
                                         example='{"scale": 1.5}', value=value))
    for key in value:
        if key not in DEFAULT:
            raise ClassroomError(f"{where}.{key}", Text("unknown key (known: {keys})", keys=", ".join(DEFAULT)))
    hide = value.get("hide", [])
    if not isinstance(hide, list) or any(name not in HIDEABLE for name in hide):
        raise ClassroomError(f"{where}.hide", Text("expected a list of names from {names}, got {hide!r}",
                                                   names=", ".join(HIDEABLE), hide=hide))
    return {"scale": _factor(value.get("scale", DEFAULT["scale"]), f"{where}.scale", *SCALE_RANGE),
            "line_width": _factor(value.get("line_width", DEFAULT["line_width"]), f"{where}.line_width",
                                  *LINE_RANGE),
            "hide": list(dict.fromkeys(hide))}
