"""`ocop-booth print-receipt SALE_NUMBER` and `ocop-booth open-drawer`: the receipt printer
from a script or a support call, without the app's window.

    ocop-booth print-receipt BL03-000123 [--printer URI] [--width 80|58]
    ocop-booth open-drawer [--printer URI] [--staff ID_OR_NAME]   (PIN asked, or read on stdin)

URI is tcp://HOST:PORT, usb://VENDOR:PRODUCT, serial:///dev/ttyUSB0 or file:///dev/usb/lp0;
without --printer the printer set in Settings is used. Opening the drawer needs the drawer
right (a manager's PIN) and is audited like the button in the app. Failures are one line
("Lỗi: ...") and exit 1, like the other commands.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from app.config import paths_for

if TYPE_CHECKING:
    from app.db import Database


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    receipt = subparsers.add_parser("print-receipt",
                                    help="print a sale's receipt on the receipt printer")
    receipt.add_argument("sale_number", help="e.g. BL03-000123")
    receipt.add_argument("--printer", help="printer URI (default: the one set in Settings)")
    receipt.add_argument("--width", type=int, choices=(80, 58),
                         help="paper width in mm (default: as set in Settings)")
    receipt.set_defaults(func=_print_receipt)
    drawer = subparsers.add_parser("open-drawer",
                                   help="open the cash drawer (a manager's right, audited)")
    drawer.add_argument("--printer", help="printer URI (default: the one set in Settings)")
    drawer.add_argument("--staff", help="the manager's staff id or exact name; the PIN is asked")
    drawer.set_defaults(func=_open_drawer)


def _database(args: argparse.Namespace) -> Database:
    from app.db import Database

    return Database(paths_for(args.data_dir), lock=False)  # the app may be running


def _print_receipt(args: argparse.Namespace) -> int:
    from app.services.receipt_printing import print_receipt

    db = _database(args)
    try:
        report = print_receipt(db, args.sale_number, args.printer, args.width)
    finally:
        db.close()
    print(f"Đã in hóa đơn {report.number} ra {report.printer}: {report.bytes_sent:,} byte "
          f"(dựng {report.render_ms:.0f} ms, gửi {report.send_ms:.0f} ms)")
    return 0


def _read_pin(name: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(f"Mã PIN của {name}: ")
    return sys.stdin.readline().strip()


def _open_drawer(args: argparse.Namespace) -> int:
    from app.services.auth import authenticate, list_staff
    from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError
    from app.services.receipt_printing import open_drawer
    from app.services.rights import Actor

    db = _database(args)
    try:
        actor = None
        if args.staff:
            wanted = args.staff.strip()
            person = next((s for s in list_staff(db)
                           if str(s.id) == wanted or s.name.casefold() == wanted.casefold()), None)
            if person is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("errors", "Không tìm thấy nhân viên {id}"),
                                    id=wanted)
            actor = Actor(authenticate(db, person.id, _read_pin(person.name)).id)
        printer = open_drawer(db, actor, args.printer)
    finally:
        db.close()
    print(f"Đã mở két qua {printer}")
    return 0
