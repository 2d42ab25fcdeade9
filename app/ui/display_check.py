"""Can Qt open a window here? Asked before QApplication exists, because Qt cannot answer.

When Qt's platform plugin fails to load (on Linux, the xcb plugin needs libxcb-cursor0 and a few
other X libraries that a desktop may lack) or there is no display at all, QApplication aborts
the process with a wall of plugin diagnostics and a core dump. A user who typed the README's
first command deserves one line that says what to install. So on Linux the xcb plugin is loaded
the way Qt would load it (dlopen), and the first missing library is named with its Debian
package. Nothing here imports Qt's modules, so it runs before any of them.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# soname → Debian/Ubuntu package, for the libraries the xcb plugin links and desktops may lack.
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
X11_PACKAGES = ("libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 "
                "libxcb-render-util0 libxkbcommon-x11-0")

Loader = Callable[[str], object]


def xcb_plugin() -> Path | None:
    try:
        import PySide6  # the package only: its __init__ loads no Qt module
    except ImportError:
        return None
    path = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return path if path.exists() else None


def missing_library(error: str) -> str | None:
    """The soname dlopen could not find, from its message."""
    found = re.match(r"\s*([^\s:]+\.so[.\d]*): cannot open shared object file", error)
    return found.group(1) if found else None


def display_problem(env: Mapping[str, str] | None = None, platform: str = sys.platform,
                    plugin: Path | None = None, loader: Loader = ctypes.CDLL) -> str | None:
    """One line saying why Qt cannot open a window, or None when it should be able to."""
    env = os.environ if env is None else env
    chosen = env.get("QT_QPA_PLATFORM", "")
    if not platform.startswith("linux") or (chosen and not chosen.startswith("xcb")):
        return None
    if not chosen and env.get("WAYLAND_DISPLAY"):
        return None  # Qt tries Wayland first and falls back to X by itself
    if not env.get("DISPLAY"):
        return ("Không có màn hình (DISPLAY chưa đặt): hãy chạy trong phiên đồ họa, hoặc đặt "
                "QT_QPA_PLATFORM=offscreen. / No display: run inside a desktop session.")
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return None
    try:
        loader(str(plugin))
    except OSError as exc:
        soname = missing_library(str(exc)) or str(exc)
        package = PACKAGES.get(soname, soname)
        return (f"Qt không mở được cửa sổ X11: thiếu thư viện {soname}. Cài: sudo apt install "
                f"{package} (hoặc cả bộ: {X11_PACKAGES}). / Qt cannot open an X11 window: "
                f"{soname} is missing; install {package}.")
    return None
