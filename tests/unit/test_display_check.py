"""`ocop-booth` says in one line why Qt cannot open a window, instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui.display_check import display_problem, missing_library

PLUGIN = Path("/opt/qt/plugins/platforms/libqxcb.so")
DESKTOP = {"DISPLAY": ":0"}


def _missing(soname: str):
    def loader(path: str) -> object:
        assert path == str(PLUGIN)
        raise OSError(f"{soname}: cannot open shared object file: No such file or directory")
    return loader


def _loads(path: str) -> object:
    return object()


@pytest.mark.parametrize(("soname", "package"), [
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libfoo.so.7", "libfoo.so.7"),  # unknown: the soname itself is named
])
def test_a_missing_x_library_is_named_with_its_package(soname, package):
    problem = display_problem(DESKTOP, "linux", PLUGIN, _missing(soname))
    assert problem is not None and "\n" not in problem
    assert soname in problem and f"apt install {package}" in problem


def test_no_problem_when_the_plugin_loads_or_qt_is_not_on_x():
    assert display_problem(DESKTOP, "linux", PLUGIN, _loads) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", PLUGIN,
                           _missing("libxcb-cursor.so.0")) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", PLUGIN,
                           _missing("libxcb-cursor.so.0")) is None
    assert display_problem({}, "win32", PLUGIN, _missing("libxcb-cursor.so.0")) is None


def test_no_display_at_all_is_said_too():
    problem = display_problem({}, "linux", PLUGIN, _loads)
    assert problem is not None and "DISPLAY" in problem


def test_dlopen_message_is_read():
    assert missing_library("libxcb-cursor.so.0: cannot open shared object file: No such file "
                           "or directory") == "libxcb-cursor.so.0"
    assert missing_library("something else") is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is a Linux matter")
def test_the_app_without_a_display_exits_1_with_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    done = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(tmp_path / "d")],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1  # Qt's own abort would be -6 (SIGABRT)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "DISPLAY" in lines[0]
