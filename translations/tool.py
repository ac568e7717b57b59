"""Keep the Japanese and French translations in step with the source.

    python translations/tool.py update    # pyside6-lupdate: add new strings to every .ts, drop vanished ones
    python translations/tool.py release   # pyside6-lrelease: build assets/i18n/synaptica_<lang>.qm

Run with the project's virtual environment (`.venv/bin/python`); `python tasks.py test`
runs `release` before the tests. The sources are split into areas, one .ts per area and
language (`translations/<lang>/<area>.ts`), so that people translating different parts of
the app never edit the same file; `release` joins a language's areas into one .qm.

The engine never imports Qt, so lupdate cannot see its messages as calls to translate().
They are `simulator.text.Text("literal template", ...)` calls: `engine_strings` reads them
from the source with `ast` and writes them as QT_TRANSLATE_NOOP("engine", ...) lines into
a temporary file for lupdate. The bundled example networks' names and descriptions
(assets/examples/*.json) join the same catalogue (`example_strings`); the app shows them
through ui.i18n.engine_text.
"""
from __future__ import annotations

import ast
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "assets" / "i18n"
LANGUAGES = ("ja", "fr")
#: area → the source files whose strings it holds (globs relative to the repository).
AREAS: dict[str, tuple[str, ...]] = {
    "app": ("ui/*.py",),
    "views": ("ui/canvas/*.py", "ui/panels/*.py", "ui/plots/*.py"),
    "training": ("ui/training/*.py",),
    "learning": ("ui/learning/*.py", "ui/labs/*.py"),
    "lessons": ("ui/lessons/*.py",),
    "engine": ("simulator/**/*.py",),
}
ENGINE_AREA = "engine"
ENGINE_CONTEXT = "engine"
EXAMPLES_DIR = ROOT / "assets" / "examples"


def _tool(name: str) -> str:
    found = Path(sys.executable).parent / name
    return str(found) if found.exists() else name


def sources(area: str) -> list[Path]:
    return sorted({path for pattern in AREAS[area] for path in ROOT.glob(pattern)})


def engine_strings(files: list[Path]) -> list[str]:
    """The templates of every Text("…") call in `files`; a template that is not a literal is an error."""
    found: dict[str, None] = {}
    for path in files:
        if path.name == "text.py" and path.parent.name == "simulator":  # where Text itself is defined
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Text":
                template = node.args[0] if node.args else None
                if not (isinstance(template, ast.Constant) and isinstance(template.value, str)):
                    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                    raise ValueError(f"{where}:{node.lineno}: Text() needs a string literal template")
                found[template.value] = None
    return list(found)


def example_strings(examples_dir: Path = EXAMPLES_DIR) -> list[str]:
    """The "name" and "description" of every bundled example network, in file order."""
    found: dict[str, None] = {}
    for path in sorted(examples_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for key in ("name", "description"):
            if isinstance(data.get(key), str) and data[key].strip():
                found[data[key]] = None
    return list(found)


def ts_path(language: str, area: str, ts_dir: Path = TS_DIR) -> Path:
    return ts_dir / language / f"{area}.ts"


def update(ts_dir: Path = TS_DIR) -> None:
    """Run lupdate for every area into `ts_dir` (the repository's .ts files by default)."""
    for area in AREAS:
        with tempfile.TemporaryDirectory() as scratch:
            if area == ENGINE_AREA:
                listing = Path(scratch) / "engine_strings.py"
                listing.write_text("".join(f"QT_TRANSLATE_NOOP({ENGINE_CONTEXT!r}, {text!r})\n"
                                           for text in engine_strings(sources(area)) + example_strings()),
                                   encoding="utf-8")
                files = [str(listing)]
            else:
                files = [str(path) for path in sources(area)]
            for language in LANGUAGES:
                target = ts_path(language, area, ts_dir)
                target.parent.mkdir(parents=True, exist_ok=True)
                subprocess.run([_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-silent",
                                "-source-language", "en", "-target-language", language,
                                *files, "-ts", str(target)], check=True)


def release(qm_dir: Path = QM_DIR, ts_dir: Path = TS_DIR) -> list[Path]:
    """Build one .qm per language from its areas' .ts files; return their paths."""
    qm_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for language in LANGUAGES:
        files = [str(ts_path(language, area, ts_dir)) for area in AREAS if ts_path(language, area, ts_dir).exists()]
        target = qm_dir / f"synaptica_{language}.qm"
        subprocess.run([_tool("pyside6-lrelease"), "-silent", *files, "-qm", str(target)], check=True)
        built.append(target)
    return built


if __name__ == "__main__":
    commands = {"update": update, "release": release}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        raise SystemExit(__doc__)
    commands[sys.argv[1]]()
