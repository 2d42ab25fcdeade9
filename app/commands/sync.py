"""`ocop-booth sync`: one full sync cycle in the foreground; prints what moved.

Exit code 0 only when the cycle worked and nothing is left pending, so a script (or a
scheduled task on a laptop without the GUI running) can tell "all delivered" from the rest.
"""

from __future__ import annotations

import argparse
import sys

from app.config import paths_for


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("sync", help="send queued sales and fetch the catalog now")
    parser.add_argument("--upload-only", action="store_true", help="do not fetch the catalog")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.db import Database
    from app.sync.engine import SyncEngine

    db = Database(paths_for(args.data_dir))
    try:
        report = SyncEngine(db).run_cycle(download=not args.upload_only, wait=True)
    finally:
        db.close()
    for line in report.summary_lines():
        print(line, file=sys.stderr if line.startswith("Lỗi") else sys.stdout)
    return 0 if report.ok and report.pending == 0 else 1
