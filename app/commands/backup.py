"""`ocop-booth backup [--out FILE]` and `ocop-booth restore FILE`.

backup makes a consistent, checked copy (SQLite's backup API, then integrity_check) and works
while the app is running, so a scheduled task can take copies of a till in use. restore needs
the app closed (it takes the data directory's lock) and keeps the current file as a backup
first. Both report a refusal in one line ("Lỗi: ..."), like the other commands; --debug adds
the traceback for support.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from app.config import paths_for
from app.services.errors import BoothError


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = subparsers.add_parser("backup", help="make a checked copy of the booth database")
    backup.add_argument(
        "--out", help="file (or folder) to write; default: a manual copy in DATA_DIR/backups"
    )
    backup.add_argument("--debug", action="store_true", help="show tracebacks")
    backup.set_defaults(func=lambda args: _reporting(args, _backup))
    restore = subparsers.add_parser(
        "restore", help="replace the booth database with a backup (the app must be closed)"
    )
    restore.add_argument("file", help="the backup to restore")
    restore.add_argument("--debug", action="store_true", help="show tracebacks")
    restore.set_defaults(func=lambda args: _reporting(args, _restore))


def _reporting(args: argparse.Namespace, handler: Callable[[argparse.Namespace], int]) -> int:
    """One line per refusal; with --debug the traceback goes first."""
    try:
        return handler(args)
    except BoothError:
        if args.debug:
            traceback.print_exc()
        raise  # app.cli prints "Lỗi: ..." and exits 1
    except OSError as exc:
        if args.debug:
            raise
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 1


def _backup(args: argparse.Namespace) -> int:
    from app.services import backups

    paths = paths_for(args.data_dir)
    started = time.perf_counter()
    if args.out is None:
        info = backups.make_backup(paths, backups.MANUAL)
        out, size = info.path, info.size
    else:
        out = Path(args.out)
        if out.is_dir():
            info = backups.export_backup(paths, out)
            out, size = info.path, info.size
        else:
            backups.copy_database(paths.database, out)
            size = out.stat().st_size
    print(
        f"Đã sao lưu {paths.database} vào {out} ({size / 1_048_576:.1f} MB, "
        f"kiểm tra toàn vẹn: ok, {time.perf_counter() - started:.1f} s)"
    )
    return 0


def _restore(args: argparse.Namespace) -> int:
    from app.services.restore import restore

    paths = paths_for(args.data_dir)
    result = restore(paths, Path(args.file))
    check = result.check
    print(f"Đã khôi phục {paths.database} từ {check.path} ({check.sales} hóa đơn).")
    if result.kept is not None:
        print(f"Dữ liệu trước khi khôi phục được giữ ở {result.kept}")
    return 0
