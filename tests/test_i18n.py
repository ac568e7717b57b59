"""ui.i18n: choosing, remembering and installing a language; fonts; engine messages (issue 15)."""
from __future__ import annotations

import pickle

import pytest

from simulator.text import Text
from ui import i18n


def test_japanese_text_is_drawn_with_a_japanese_font_when_one_is_installed(qapp) -> None:
    # Kanji are shared with Chinese; a Chinese font would draw some of them the Chinese way. Qt's own
    # fallback (fontconfig on Linux) picks the Japanese cut of Noto Sans CJK: no font juggling needed,
    # which keeps the UI font's line height (a Japanese font as a substitute made table rows 4 px taller).
    from PySide6.QtGui import QFontDatabase, QTextLayout

    if "Noto Sans CJK JP" not in QFontDatabase.families():
        pytest.skip("fonts-noto-cjk is not installed")
    layout = QTextLayout("学習率と誤差逆伝播法", qapp.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    assert {run.rawFont().familyName().lower() for run in layout.glyphRuns()} == {"noto sans cjk jp"}


def test_the_saved_choice_wins_over_the_system_and_can_be_cleared(qapp) -> None:
    i18n.save_language("fr")
    assert i18n.saved_language() == "fr" and i18n.chosen_language() == "fr"
    i18n.save_language(None)
    assert i18n.saved_language() is None and i18n.chosen_language() == i18n.system_language()
    with pytest.raises(ValueError, match="unknown language 'de'; Synaptica speaks en, ja, fr"):
        i18n.save_language("de")


def test_installing_english_removes_every_translation(qapp, speak) -> None:
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


def test_sentences_are_joined_as_each_language_writes_them(qapp, speak) -> None:
    assert i18n.sentences(["One.", "", "Two.", "Three."]) == "One. Two. Three."
    i18n.install("ja")
    assert i18n.sentences(["一つ。", "二つ。"]) == "一つ。二つ。"
    i18n.install("fr")
    assert i18n.sentences(["Un.", "Deux."]) == "Un. Deux."
    assert i18n.sentences([]) == ""


def test_losses_datasets_and_counts_read_as_the_panels_show_them(speak) -> None:
    assert i18n.loss_name("binary_cross_entropy") == "Binary cross-entropy"
    assert i18n.loss_name("binary_cross_entropy", in_sentence=True) == "binary cross-entropy"
    assert i18n.dataset_title("spiral") == "Spiral" and i18n.count_text(2410) == "2,410"
    speak("ja")
    assert i18n.loss_name("mse") == "2乗和誤差" and i18n.dataset_title("spiral") == "渦巻き"
    speak("fr")
    assert i18n.loss_name("cross_entropy", in_sentence=True) == "entropie croisée"
    grouped = i18n.count_text(2410)
    assert grouped != "2,410" and grouped.replace("\u202f", "").replace("\u00a0", "") == "2410"
