"""Run Synaptica or its tests in a project-local virtual environment.

    python tasks.py run [FILE]      start the app (creates .venv and installs on first use)
    python tasks.py test [ARGS]     run the test suite (pytest ARGS; installs the export extra, so every
                                    conversion format is tested)
    python tasks.py bench NAME      run benchmarks/bench_NAME.py (installs the bench extra)

Only the standard library is used here, so this works on a machine that has
nothing but Python and pip. Installation is repeated only when pyproject.toml
changes (a hash of it is kept inside .venv).

On Linux, `run` first checks that the system libraries Qt needs to open a window
on X11 are installed, and prints the `apt-get install` line for any that are
missing (set SYNAPTICA_SKIP_QT_CHECK=1 to skip the check).
"""
from __future__ import annotations

import ctypes
import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")

#: The shared libraries Qt's X11 platform plugin ("xcb") loads, with the Debian/Ubuntu package of each.
#: pip installs Qt itself, but not these: without them Qt stops with "could not load the Qt platform
#: plugin xcb", which does not say what to install.
QT_X11_LIBRARIES = {
    "libxcb.so.1": "libxcb1", "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1", "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1", "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
#: Qt platforms that draw without a window system, so need none of the libraries above.
HEADLESS_PLATFORMS = ("offscreen", "minimal")


def _ensure_env(extras: str) -> None:
    """Create .venv if needed and install the project with `extras` when pyproject changed."""
    if not PYTHON.exists():
        print(f"Creating virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    stamp = VENV / f".installed-{extras or 'base'}"
    if stamp.exists() and stamp.read_text() == digest:
        return
    print(f"Installing Synaptica and its dependencies ({extras or 'runtime'}) ...", flush=True)
    target = f".[{extras}]" if extras else "."
    _pip("install", "--upgrade", "pip")
    _pip("install", "-e", target)
    stamp.write_text(digest)


def _pip(*args: str) -> None:
    """Run pip quietly; show everything it said only when it fails (build notices are noise otherwise)."""
    result = subprocess.run([str(PYTHON), "-m", "pip", *args, "--quiet"], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"pip {' '.join(args)} failed (exit {result.returncode}); see above")


def _loadable(soname: str) -> bool:
    """True when the dynamic linker finds and loads `soname` (as Qt will)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_qt_libraries(environ=os.environ, platform: str = sys.platform, loadable=_loadable) -> list[str]:
    """The sonames in QT_X11_LIBRARIES that cannot be loaded, or [] where Qt will not use X11.

    Qt uses X11 on Linux unless QT_QPA_PLATFORM names other platforms only (offscreen, minimal,
    wayland, ...); a list such as "wayland;xcb" may fall back to X11, so it is checked too.
    """
    if not platform.startswith("linux") or environ.get("SYNAPTICA_SKIP_QT_CHECK"):
        return []
    platforms = [p.split(":")[0].strip().lower() for p in environ.get("QT_QPA_PLATFORM", "").split(";")]
    platforms = [p for p in platforms if p]
    if platforms and (platforms[0] in HEADLESS_PLATFORMS or "xcb" not in platforms):
        return []
    return [soname for soname in QT_X11_LIBRARIES if not loadable(soname)]


def install_hint(missing: list[str], as_root: bool) -> str:
    """What to tell the user when `missing` libraries stop Qt from opening a window."""
    packages = " ".join(dict.fromkeys(QT_X11_LIBRARIES[soname] for soname in missing))
    command = ("" if as_root else "sudo ") + f"apt-get install {packages}"
    return (f"Synaptica cannot open a window yet: Qt needs these X11 system libraries, which are not installed:\n"
            f"    {', '.join(missing)}\n"
            f"On Debian or Ubuntu, install them with:\n"
            f"    {command}\n"
            f"(on other distributions, install the packages that provide these files), then run "
            f"`python tasks.py run` again.\n"
            f"To start anyway, set SYNAPTICA_SKIP_QT_CHECK=1.")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "bench"}:
        print(__doc__.strip())
        return 2
    command, rest = argv[0], argv[1:]
    if command == "run":
        missing = missing_qt_libraries()
        if missing:
            print(install_hint(missing, as_root=hasattr(os, "geteuid") and os.geteuid() == 0), file=sys.stderr)
            return 1
        _ensure_env("")
        return subprocess.call([str(PYTHON), str(ROOT / "main.py"), *rest], cwd=ROOT)
    if command == "test":
        _ensure_env("test,export")
        # Build the Japanese and French .qm files from translations/*/*.ts (pyside6-lrelease).
        subprocess.run([str(PYTHON), str(ROOT / "translations" / "tool.py"), "release"], cwd=ROOT, check=True)
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        return subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)
    if not rest:
        print("usage: python tasks.py bench NAME   (engine, ui, app, canvas or snapshots)")
        return 2
    _ensure_env("test,bench")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(PYTHON), str(ROOT / "benchmarks" / f"bench_{rest[0]}.py"), *rest[1:]],
                           cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
