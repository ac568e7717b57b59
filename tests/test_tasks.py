"""tasks.py's check for Qt's X11 system libraries, with a fake library lookup (no real system needed)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tasks():
    spec = importlib.util.spec_from_file_location("tasks_under_test", ROOT / "tasks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def lacking(*sonames):
    return lambda soname: soname not in sonames


def test_missing_x11_libraries_are_named_with_the_apt_line_that_installs_them(tasks):
    missing = tasks.missing_qt_libraries({}, "linux", lacking("libxcb-cursor.so.0", "libxcb-icccm.so.4"))
    assert missing == ["libxcb-cursor.so.0", "libxcb-icccm.so.4"]
    hint = tasks.install_hint(missing, as_root=False)
    assert "    sudo apt-get install libxcb-cursor0 libxcb-icccm4\n" in hint
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in hint
    assert "apt-get install libxcb-cursor0 libxcb-icccm4\n" in tasks.install_hint(missing, as_root=True)
    assert "sudo" not in tasks.install_hint(missing, as_root=True)


def test_nothing_is_reported_when_every_library_loads(tasks):
    asked = []
    assert tasks.missing_qt_libraries({}, "linux", lambda soname: asked.append(soname) or True) == []
    assert "libxcb-cursor.so.0" in asked and len(asked) == len(tasks.QT_X11_LIBRARIES)


@pytest.mark.parametrize("environ, platform", [
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
    ({"QT_QPA_PLATFORM": "minimal"}, "linux"),
    ({"QT_QPA_PLATFORM": "wayland"}, "linux"),
    ({"SYNAPTICA_SKIP_QT_CHECK": "1"}, "linux"),
    ({}, "darwin"),
    ({}, "win32"),
])
def test_the_check_is_skipped_where_qt_will_not_use_x11(tasks, environ, platform):
    def lookup(soname):
        raise AssertionError(f"looked up {soname} although X11 is not used")
    assert tasks.missing_qt_libraries(environ, platform, lookup) == []


@pytest.mark.parametrize("value", ["xcb", "wayland;xcb", "xcb:dpi=96"])
def test_platform_lists_that_may_use_x11_are_checked(tasks, value):
    assert tasks.missing_qt_libraries({"QT_QPA_PLATFORM": value}, "linux", lacking("libxcb.so.1")) == ["libxcb.so.1"]


def test_run_stops_with_the_hint_before_installing_anything(tasks, monkeypatch, capsys):
    monkeypatch.setattr(tasks, "missing_qt_libraries", lambda: ["libxcb-keysyms.so.1"])
    monkeypatch.setattr(tasks, "_ensure_env", lambda extras: pytest.fail("installed although Qt cannot start"))
    assert tasks.main(["run"]) == 1
    assert "apt-get install libxcb-keysyms1" in capsys.readouterr().err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="sonames are Linux's")
def test_the_real_lookup_asks_the_dynamic_linker(tasks):
    # The C library is always there, a made-up library never is.
    assert tasks._loadable("libc.so.6")
    assert not tasks._loadable("libsynaptica-no-such-library.so.0")
