"""Which language the window speaks: English (the source), Japanese or French.

Every user-visible string goes through Qt's translation system:

- in the UI, `translate("Context", "Text")` (Qt's QCoreApplication.translate, so
  `pyside6-lupdate` finds it); module-level constants are marked with
  QT_TRANSLATE_NOOP and translated where they are shown;
- engine messages arrive as `simulator.text.Text` and are shown through `engine_text`.

The language follows the system locale unless the user picked one in View → Language
(remembered in QSettings). It is installed once, before the window is built, so a change
applies after a restart (the menu says so and offers to restart).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from simulator import assets
from simulator.dataspec import label as dataset_label
from simulator.recipes import LOSS_LABELS
from simulator.text import Text

#: Language code → its name in that language (as a language menu shows it).
LANGUAGES: dict[str, str] = {"en": "English", "ja": "日本語", "fr": "Français"}
SOURCE_LANGUAGE = "en"
SETTINGS_KEY = "language"
ENGINE_CONTEXT = "engine"

translate = QCoreApplication.translate

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def system_language() -> str:
    """The first of the locale's UI languages that Synaptica speaks, else English."""
    for name in QLocale().uiLanguages():
        code = re.split(r"[-_]", name)[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def saved_language() -> str | None:
    """The language picked in View → Language, or None to follow the system."""
    value = QSettings().value(SETTINGS_KEY, "")
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(code: str | None) -> None:
    """Remember `code` for the next start (None: follow the system locale)."""
    if code is not None and code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; Synaptica speaks {', '.join(LANGUAGES)}")
    QSettings().setValue(SETTINGS_KEY, code or "")


def chosen_language() -> str:
    return saved_language() or system_language()


def current_language() -> str:
    """The language installed in this run (what the window shows)."""
    return _current


def qm_path(code: str) -> str:
    return str(assets.root() / "i18n" / f"synaptica_{code}.qm")


def install(code: str | None = None) -> str:
    """Install the translations of `code` (default: the chosen language) and Qt's own; return the code."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing translations")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = code or chosen_language()
    _current = code
    if code == SOURCE_LANGUAGE:
        return code
    ours = QTranslator(app)
    if not ours.load(qm_path(code)):
        raise FileNotFoundError(f"the {LANGUAGES[code]} translation is missing: {qm_path(code)}")
    app.installTranslator(ours)
    _installed.append(ours)
    qt_own = QTranslator(app)  # Qt's standard buttons and dialogs (OK, Cancel, file dialogs)
    if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return code


@cache
def _number_locale(code: str) -> QLocale:
    return QLocale(code)


def count_text(n: int) -> str:
    """A whole number with the language's digit grouping: 12,345 in English and Japanese, 12 345 in French."""
    return _number_locale(current_language()).toString(int(n))


def dataset_title(name: str) -> str:
    """A dataset by the title the dataset list shows (渦巻き, Spirale), not its id (spiral)."""
    return engine_text(dataset_label(name))


def loss_name(loss: str, in_sentence: bool = False) -> str:
    """A loss function by the name the Training panel lists it under (2乗和誤差, Entropie croisée binaire), not its
    code id; `in_sentence` starts it in lower case ("loss binary cross-entropy = 0.48")."""
    label = engine_text(LOSS_LABELS[loss]) if loss in LOSS_LABELS else loss.replace("_", " ")
    return label[:1].lower() + label[1:] if in_sentence else label


def sentences(parts: Iterable[str]) -> str:
    """Translated sentences as one paragraph: "A. B." in English and French, 「A。B。」 in Japanese."""
    joined = ""
    for part in parts:
        if not part:
            continue
        joined = translate("Sentences", "{first} {second}").format(first=joined, second=part) if joined else part
    return joined


def engine_text(message: object) -> str:
    """An engine message (Text, exception or plain string) in the current language."""
    if isinstance(message, BaseException):
        message = message.args[0] if len(message.args) == 1 else str(message)
    if isinstance(message, Text):
        params: dict[str, Any] = {key: engine_text(value) if isinstance(value, Text) else value
                                  for key, value in message.params.items()}
        template = translate(ENGINE_CONTEXT, message.template)
        try:
            return template.format(**params) if params else template
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
            return str(message)
    return translate(ENGINE_CONTEXT, str(message))
