"""ui.i18n: choosing, remembering and installing a language; fonts; engine messages (issue 15)."""
from __future__ import annotations

import pickle

import pytest

from simulator.text import Text
from ui import i18n


@pytest.fixture
def english_afterwards(qapp):
    yield
    i18n.install("en")


def test_a_japanese_font_stands_in_for_missing_glyphs_in_japanese_only(qapp, english_afterwards) -> None:
    from PySide6.QtGui import QFont, QFontInfo, QFontMetrics

    font = i18n.japanese_font()
    if font is None:
        pytest.skip("no Japanese font installed (e.g. fonts-noto-cjk)")
    family, height = QFontInfo(qapp.font()).family(), QFontMetrics(qapp.font()).height()
    i18n.install("ja")
    assert font.lower() in [name.lower() for name in QFont.substitutes(family)]
    assert QFontMetrics(qapp.font()).height() == height   # lines do not grow
    i18n.install("en")
    assert not QFont.substitutes(family)


def test_the_saved_choice_wins_over_the_system_and_can_be_cleared(qapp) -> None:
    i18n.save_language("fr")
    assert i18n.saved_language() == "fr" and i18n.chosen_language() == "fr"
    i18n.save_language(None)
    assert i18n.saved_language() is None and i18n.chosen_language() == i18n.system_language()
    with pytest.raises(ValueError, match="unknown language 'de'; Synaptica speaks en, ja, fr"):
        i18n.save_language("de")


def test_installing_english_removes_every_translation(qapp, english_afterwards) -> None:
    i18n.install("fr")
    assert i18n.current_language() == "fr"
    assert i18n.translate("LanguageMenu", "Later") == "Plus tard"
    i18n.install("en")
    assert i18n.current_language() == "en"
    assert i18n.translate("LanguageMenu", "Later") == "Later"


def test_an_engine_message_without_translation_reads_as_its_english_text(qapp) -> None:
    message = Text("a message no catalogue has: {n} items of {what}", n=3, what=Text("nested {x}", x=1))
    assert i18n.engine_text(message) == "a message no catalogue has: 3 items of nested 1" == str(message)
    assert i18n.engine_text(ValueError(message)) == str(message)
    assert i18n.engine_text("plain") == "plain"


def test_engine_messages_keep_template_and_values_through_pickle() -> None:
    message = Text("learning rate {lr:g} is too large", lr=0.5)
    copy = pickle.loads(pickle.dumps(ValueError(message))).args[0]
    assert isinstance(copy, Text) and copy == "learning rate 0.5 is too large"
    assert copy.template == message.template and copy.params == {"lr": 0.5}
