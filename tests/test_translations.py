"""Japanese and French translations are complete, consistent and built (issue 15)."""
from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("translation_tool", ROOT / "translations" / "tool.py")
assert _spec and _spec.loader
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's .ts files after lupdate has read today's source (a copy: the repository is untouched)."""
    ts_dir = tmp_path_factory.mktemp("ts")
    shutil.copytree(tool.TS_DIR, ts_dir, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.py"))
    tool.update(ts_dir)
    return ts_dir


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_every_source_string_has_a_finished_translation(refreshed: Path, language: str) -> None:
    missing = []
    for area in tool.AREAS:
        for context, source, message in _messages(tool.ts_path(language, area, refreshed)):
            state = message.find("translation").get("type")  # type: ignore[union-attr]
            if state is not None or not all(_translations(message)):
                missing.append(f"{area}.ts [{context}] {source!r} ({state or 'empty'})")
    assert not missing, (f"{len(missing)} strings lack a finished {language} translation; run `.venv/bin/python "
                         f"translations/tool.py update` and translate them:\n" + "\n".join(missing[:40]))


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_translations_keep_every_placeholder(language: str) -> None:
    wrong = []
    for area in tool.AREAS:
        for context, source, message in _messages(tool.ts_path(language, area)):
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for text in _translations(message):
                if text and sorted(set(PLACEHOLDER.findall(text))) != wanted:
                    wrong.append(f"[{context}] {source!r} → {text!r}")
    assert not wrong, "translations that lose or add a placeholder:\n" + "\n".join(wrong)


def test_shipped_qm_files_are_built_from_the_current_ts(tmp_path: Path) -> None:
    for fresh in tool.release(qm_dir=tmp_path):
        shipped = tool.QM_DIR / fresh.name
        assert shipped.exists(), f"{shipped} is missing; run `.venv/bin/python translations/tool.py release`"
        assert shipped.read_bytes() == fresh.read_bytes(), (
            f"{shipped} is stale: run `.venv/bin/python translations/tool.py release`")


def test_engine_templates_must_be_literals(tmp_path: Path) -> None:
    source = tmp_path / "bad.py"
    source.write_text("from simulator.text import Text\nname = 'x'\nText(f'hello {name}')\n")
    with pytest.raises(ValueError, match="bad.py:3: Text\\(\\) needs a string literal"):
        tool.engine_strings([source])
