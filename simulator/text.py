"""Engine messages that the GUI can show in the learner's language.

The engine never imports Qt, so it cannot translate. It writes each message that may
reach a person as `Text("Learning rate {lr:g} is too large", lr=0.5)`: the value is the
plain English string (so logs, the command line and `str(error)` read as before), and
the template and parameters travel with it. The GUI looks the template up in its
translations (context "engine") and fills in the same parameters (`ui.i18n.engine_text`).

Templates must be string literals: `translations/tool.py` finds them by reading the
source, and a test fails when one has no Japanese or French translation.
"""
from __future__ import annotations

from typing import Any


class Text(str):
    """English text with the template and parameters it was made from."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Text:
        self = super().__new__(cls, template.format(**params) if params else template)
        self.template = template
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # Messages cross the pipe from the training process: keep template and parameters.
        return (_rebuild, (self.template, self.params))


def _rebuild(template: str, params: dict[str, Any]) -> Text:
    return Text(template, **params)
