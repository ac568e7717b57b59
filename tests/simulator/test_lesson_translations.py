"""Lessons in Japanese and French: every lesson translated, same data and steps, English where none (issue 15)."""
from __future__ import annotations

import re

import numpy as np
import pytest

from simulator import lessons
from simulator.lesson_format import LessonError

LANGUAGES = ("ja", "fr")
ENGLISH = lessons.load_all()
#: Numbers (0.5, −0.7, 10, 1010) and subscripted symbols (w₁, A₁, yₖ): what a translation must not change.
NUMBER = re.compile(r"\d+(?:\.\d+)?")
SYMBOL = re.compile(r"[A-Za-zσθη]+[₀-₉ᵢₖ]+")


def _values(text: str) -> set[str]:
    return set(NUMBER.findall(text)) | set(SYMBOL.findall(text))


def _lesson_file(folder, name: str, title: str, hints: list[str], solution: str = "The answer.") -> None:
    body = "\n".join(f"- {hint}" for hint in hints)
    (folder / name).write_text(f"---\ntitle: {title}\n---\nThe text.\n\n## Hints\n{body}\n\n## Solution\n{solution}\n",
                               encoding="utf-8")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_lesson_has_a_translation(language):
    folder = lessons.LESSONS_DIR / language
    assert sorted(p.name for p in folder.glob("*.md")) == sorted(f"{lesson.key}.md" for lesson in ENGLISH)
    translated = lessons.load_all(language=language)
    assert [lesson.language for lesson in translated] == [language] * len(ENGLISH)
    assert len({lesson.title for lesson in translated}) == len(ENGLISH)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("index", range(len(ENGLISH)), ids=[lesson.key for lesson in ENGLISH])
def test_a_translation_changes_only_the_prose(language, index):
    english, other = ENGLISH[index], lessons.load_all(language=language)[index]
    assert other.key == english.key
    # The same start, goal, solution, panels, locks, view and classroom: only the words differ.
    for name in ("goal", "solution", "show", "lock", "opens", "classroom"):
        assert getattr(other, name) == getattr(english, name), name
    mine, theirs = english.start(), other.start()
    assert (theirs.dataset, theirs.training, theirs.data_settings) == (mine.dataset, mine.training, mine.data_settings)
    assert np.array_equal(theirs.inputs, mine.inputs)
    assert [(layer.activation, layer.W.tolist(), layer.b.tolist()) for layer in theirs.network.layers] == \
        [(layer.activation, layer.W.tolist(), layer.b.tolist()) for layer in mine.network.layers]
    assert other.title != english.title and other.text != english.text
    assert len(other.hints) == len(english.hints)
    assert bool(other.solution_text) == bool(english.solution_text)
    # Every number and formula symbol of each part is still there (a step, a hint, the solution).
    parts = [(english.text, other.text), (english.solution_text, other.solution_text),
             *zip(english.hints, other.hints)]
    for mine, theirs in parts:
        assert _values(mine) <= _values(theirs), f"{english.key}: lost {_values(mine) - _values(theirs)} in {theirs!r}"
    # The formula lines (indented in the English text) keep their count.
    indented = [line for line in english.text.splitlines() if line.startswith("  ")]
    assert len([line for line in other.text.splitlines() if line.startswith("  ")]) == len(indented)
    # The goal and solution still behave as the English lesson's.
    assert not other.goal_met(other.start())


def test_a_lesson_without_a_translation_stays_in_english(tmp_path):
    (tmp_path / "01-first.md").write_text((lessons.LESSONS_DIR / "01-and.md").read_text(encoding="utf-8"),
                                          encoding="utf-8")
    (tmp_path / "02-second.md").write_text((lessons.LESSONS_DIR / "02-nand.md").read_text(encoding="utf-8"),
                                           encoding="utf-8")
    (tmp_path / "ja").mkdir()
    _lesson_file(tmp_path / "ja", "01-first.md", "最初", ["一つ目。", "二つ目。", "三つ目。"])
    first, second = lessons.load_all(tmp_path, language="ja")
    assert (first.language, first.title, first.hints[1]) == ("ja", "最初", "二つ目。")
    assert (second.language, second.title) == ("en", ENGLISH[1].title)
    assert lessons.load_all(tmp_path, language="fr")[0].title == ENGLISH[0].title     # no fr folder at all
    assert lessons.load_all(tmp_path)[0].title == ENGLISH[0].title                    # English by default


def test_a_broken_translation_is_reported_and_its_lesson_kept_in_english(tmp_path):
    (tmp_path / "01-and.md").write_text((lessons.LESSONS_DIR / "01-and.md").read_text(encoding="utf-8"),
                                        encoding="utf-8")
    (tmp_path / "fr").mkdir()
    _lesson_file(tmp_path / "fr", "01-and.md", "Un titre", ["Un seul indice."])
    loaded, (error,) = lessons.load_dir(tmp_path, language="fr")
    assert loaded[0].title == ENGLISH[0].title and loaded[0].language == "en"
    assert str(error).startswith("fr/01-and.md") and "1 hints where the English lesson has 3" in str(error)
    with pytest.raises(LessonError, match="1 hints"):
        lessons.load_all(tmp_path, language="fr")


def test_a_translation_cannot_change_the_lessons_data(tmp_path):
    (tmp_path / "01-and.md").write_text((lessons.LESSONS_DIR / "01-and.md").read_text(encoding="utf-8"),
                                        encoding="utf-8")
    (tmp_path / "ja").mkdir()
    (tmp_path / "ja" / "01-and.md").write_text('---\ntitle: AND\ngoal: {"gate": "or"}\n---\n本文。\n\n## Hints\n'
                                               "- a\n- b\n- c\n\n## Solution\n解答。\n", encoding="utf-8")
    _, (error,) = lessons.load_dir(tmp_path, language="ja")
    assert str(error) == "ja/01-and.md, line 3 (goal): a translation gives only the title; 'goal' comes from the " \
                         "English lesson"


def test_a_language_is_a_plain_code():
    with pytest.raises(ValueError, match="a language is a code"):
        lessons.load_all(language="../examples")
