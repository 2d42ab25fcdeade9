"""`ocop-booth sync`: one full sync cycle in the foreground; prints what moved.

Exit code 0 only when the cycle worked and nothing is left pending, so a script (or a
scheduled task on a laptop without the GUI running) can tell "all delivered" from the rest.
"""

from __future__ import annotations

import argparse
import sys
import threading

from app.config import paths_for


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("sync", help="send queued sales and fetch the catalog now")
    parser.add_argument("--upload-only", action="store_true", help="do not fetch the catalog")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.db import Database
    from app.sync.cycle_report import CycleReport
    from app.sync.engine import SyncEngine

    db = Database(paths_for(args.data_dir))
    try:
        engine = SyncEngine(db)
        done: list[CycleReport] = []
        finished = threading.Event()

        def one_cycle() -> None:
            try:
                done.append(engine.run_cycle(download=not args.upload_only, wait=True))
            finally:
                finished.set()

        # The cycle runs beside the main thread, so Ctrl+C here becomes a cancel: the batches
        # on the wire are answered and recorded, nothing is counted as a failure. (An Event,
        # not Thread.join: a join interrupted by Ctrl+C can report a live thread as ended.)
        threading.Thread(target=one_cycle, name="ocop-sync", daemon=True).start()
        while True:
            try:
                if finished.wait(0.2):
                    break
            except KeyboardInterrupt:
                print("Đang dừng sau lượt gửi hiện tại…", file=sys.stderr)
                engine.cancel()
    finally:
        db.close()
    if not done:  # the cycle died of something other than a sync error (already printed)
        return 1
    report = done[0]
    for line in report.summary_lines():
        print(line, file=sys.stderr if line.startswith("Lỗi") else sys.stdout)
    return 0 if report.ok and report.pending == 0 else 1
