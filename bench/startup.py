"""Cold start: launch to a usable login screen, against a bare PySide6 window in the same run;
and login -> till (the pages are imported while the login dialog waits for a PIN).

    .venv/bin/python bench/startup.py [--runs 7]

Both programs are started alternately from source with QT_QPA_PLATFORM=offscreen; each is timed
from launching the process to the line it prints once its first window is visible (the app's
OCOP_SMOKE_TEST line, app/ui/diagnostics.py). The demo data directory is made once. Goal
(issue 14): the app at most 5x the bare window, and login -> till under 0.3 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
w = QWidget()
w.show()
QTimer.singleShot(0, lambda: (print("visible", flush=True), app.quit()))
app.exec()
"""


def _time_to_line(args: list[str], marker: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OCOP_SMOKE_TEST="1")
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=env, cwd=ROOT)
    assert proc.stdout is not None
    for line in proc.stdout:
        if marker in line:
            elapsed = time.perf_counter() - started
            break
    else:
        raise SystemExit(f"{args}: never printed {marker!r}")
    proc.wait(timeout=60)
    return elapsed


def _login_to_till(data_dir: Path) -> float:
    """In this process: what is left after the PIN once the warm-up has run."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.config import Paths
    from app.db import Database
    from app.services.auth import list_staff
    from app.ui.application import build_main_window, warm_up
    from app.ui.context import AppContext
    from app.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv)
    apply_theme(app)
    db = Database(Paths(data_dir))
    ctx = AppContext(db)
    warm_up().join()  # the cashier types her PIN meanwhile
    started = time.perf_counter()
    ctx.log_in(list_staff(db, "cashier")[0])
    window = build_main_window(ctx)
    window.show()
    app.processEvents()
    elapsed = time.perf_counter() - started
    window.close()
    db.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="ocop-startup-")) / "data"
    subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), "demo"],
                   check=True, capture_output=True, cwd=ROOT)
    app_times, bare_times = [], []
    for _ in range(args.runs):
        bare_times.append(_time_to_line([sys.executable, "-c", BARE], "visible"))
        app_times.append(_time_to_line(
            [sys.executable, "-m", "app", "--data-dir", str(data_dir)], "smoke test:"))
    app_s, bare_s = statistics.median(app_times), statistics.median(bare_times)
    print(f"launch -> login screen: app {app_s:.2f} s, bare PySide6 window {bare_s:.2f} s, "
          f"ratio {app_s / bare_s:.1f}x (median of {args.runs})")
    till = _login_to_till(data_dir)
    print(f"login -> till (pages already imported): {till:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
