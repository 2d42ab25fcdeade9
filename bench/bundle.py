"""The desktop bundle: its size and how long the built program takes to show the login screen.

    .venv/bin/python bench/bundle.py --app DIST/ocop-booth [--runs 5]
    .venv/bin/python bench/bundle.py smoke --app DIST/ocop-booth --data-dir DIR --expect LoginDialog

`compare` (the default) starts the built program (OCOP_SMOKE_TEST=1, offscreen, a demo data
directory) and a bare PySide6 window built the same way (PyInstaller one folder, windowed,
same Python and PySide6; built once into the bench cache) alternately, and prints the median
time from launching each to its first window being visible, and their ratio: what the booth's
own start-up (imports, opening and checking the database, fonts, the login dialog) costs over
what any PySide6 program pays. The first run of each is the coldest this machine allows
without dropping the OS page cache (files just written by the build).

`smoke` is .ci/bundle's GUI check: one start to the expected screen (LoginDialog for a set-up
data dir, SetupWizard for a new one) and out; exit code 0 only if it was shown and the program
left with 0. Prints the time to the screen.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("OCOP_BENCH_CACHE", Path(tempfile.gettempdir()) / "ocop-bench-cache"))
EXE_SUFFIX = ".exe" if os.name == "nt" else ""
TIMEOUT_S = 180

BARE_WINDOW = '''\
"""A bare PySide6 window, built like the booth's bundle: the floor for its start-up time."""
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
label = QLabel("OCOP")


def leave():
    app.processEvents()
    print("bare window visible", flush=True)
    app.quit()


label.show()
QTimer.singleShot(0, leave)
sys.exit(app.exec())
'''


def folder_mb(folder: Path) -> float:
    """Bytes on disk in MiB, as du counts them: PyInstaller links some libraries on Linux, and
    a link is not a second copy."""
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 2**20


def program(folder: Path, name: str = "ocop-booth") -> Path:
    return folder / f"{name}{EXE_SUFFIX}"


def offscreen_env(config_home: Path) -> dict[str, str]:
    """Offscreen Qt, no time zone database from the OS (the bundled tzdata must do, as on
    Windows), and QSettings in a scratch folder instead of the user's."""
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", OCOP_SMOKE_TEST="1", XDG_CONFIG_HOME=str(config_home),
               PYTHONTZPATH=str(config_home / "no-tzdb"))
    return env


def time_to_marker(argv: list[str], env: dict[str, str], marker: str) -> tuple[float | None, int, str]:
    """(seconds from launch to the line containing marker or None, exit code, all output)."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, encoding="utf-8", errors="replace")
    seen: float | None = None
    lines: list[str] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append(line)
        if seen is None and marker in line:
            seen = time.perf_counter() - started
    try:
        code = proc.wait(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        code = -9
    return seen, code, "".join(lines)


def smoke(app: Path, data_dir: Path, expect: str) -> int:
    with tempfile.TemporaryDirectory() as config:
        seconds, code, output = time_to_marker(
            [str(program(app)), "--data-dir", str(data_dir)], offscreen_env(Path(config)),
            f"smoke test: {expect} visible")
    if seconds is None or code != 0:
        print(f"GUI smoke test FAILED (exit {code}, {expect} not seen):\n{output}")
        return 1
    print(f"GUI to {expect} and out: {seconds:.2f} s to the screen, exit 0")
    return 0


def build_bare(python: str) -> Path:
    """The bare window as a one-folder bundle, cached by PySide6 and PyInstaller versions."""
    import PyInstaller
    import PySide6

    folder = CACHE / f"bare-window-pyside{PySide6.__version__}-pyi{PyInstaller.__version__}"
    dist = folder / "dist" / "bare-window"
    if program(dist, "bare-window").exists():
        return dist
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "bare-window.py"
    script.write_text(BARE_WINDOW, encoding="utf-8")
    subprocess.run([python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--onedir", "--windowed", "--name", "bare-window",
                    "--exclude-module", "tkinter",
                    "--distpath", str(folder / "dist"), "--workpath", str(folder / "work"),
                    "--specpath", str(folder), str(script)], check=True)
    return dist


def demo_data(app: Path, where: Path) -> Path:
    data = where / "Dữ liệu gian hàng"
    subprocess.run([str(program(app)), "--data-dir", str(data), "demo", "--sales", "5"],
                   check=True, capture_output=True)
    return data


def compare(app: Path, runs: int) -> int:
    bare = build_bare(sys.executable)
    with tempfile.TemporaryDirectory() as scratch:
        data = demo_data(app, Path(scratch))
        env = offscreen_env(Path(scratch) / "config")
        booth_times: list[float] = []
        bare_times: list[float] = []
        for _ in range(runs):
            seconds, code, output = time_to_marker(
                [str(program(app)), "--data-dir", str(data)], env, "smoke test: LoginDialog visible")
            if seconds is None or code != 0:
                print(f"the booth did not reach its login screen (exit {code}):\n{output}")
                return 1
            booth_times.append(seconds)
            seconds, code, output = time_to_marker(
                [str(program(bare, "bare-window"))], env, "bare window visible")
            if seconds is None:
                print(f"the bare window did not show (exit {code}):\n{output}")
                return 1
            bare_times.append(seconds)
    booth, floor = statistics.median(booth_times), statistics.median(bare_times)
    print(f"bundle: {folder_mb(app):.0f} MB (bare PySide6 window: {folder_mb(bare):.0f} MB)")
    print(f"launch to login screen: median {booth:.2f} s of {runs} "
          f"(first {booth_times[0]:.2f} s; runs {', '.join(f'{t:.2f}' for t in booth_times)})")
    print(f"launch to bare window:  median {floor:.2f} s of {runs} "
          f"(first {bare_times[0]:.2f} s; runs {', '.join(f'{t:.2f}' for t in bare_times)})")
    print(f"ratio: {booth / floor:.1f}x the bare window")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", nargs="?", choices=("compare", "smoke"), default="compare")
    parser.add_argument("--app", type=Path, help="the built dist/ocop-booth folder")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", type=Path, help="smoke: the data directory to start with")
    parser.add_argument("--expect", default="LoginDialog", help="smoke: LoginDialog or SetupWizard")
    args = parser.parse_args()
    app = args.app
    if app is None:  # build it into the bench cache, as .ci/bundle does into a temporary one
        app = CACHE / "booth-bundle" / "dist" / "ocop-booth"
        shutil.rmtree(app.parent.parent, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                        "--distpath", str(app.parent), "--workpath", str(app.parent.parent / "work"),
                        str(ROOT / "build.spec")], check=True)
    if args.mode == "smoke":
        if args.data_dir is None:
            parser.error("smoke needs --data-dir")
        return smoke(app, args.data_dir, args.expect)
    return compare(app, args.runs)


if __name__ == "__main__":
    sys.exit(main())
