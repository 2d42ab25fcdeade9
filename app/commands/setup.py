"""`ocop-booth setup`: first-run setup without a screen, for preparing many laptops by script.

    ocop-booth --data-dir DIR setup --shop NAME --booth-code CODE --manager NAME --manager-pin PIN
        [--address TEXT] [--kind booth|sale_point] [--cashier NAME:PIN ...]
        [--bank-bin BIN --account NUMBER --holder NAME] [--receipt-width 80|58] [--language vi|en]

The same service as the wizard (services.setup), so both make the same booth. Every wrong field
is printed on a line of its own naming the option to fix; the request is checked before the
data directory is opened, so a mistyped command leaves nothing behind. A data directory that
is already set up is refused (exit 1).
"""

from __future__ import annotations

import argparse
import sys

from app.config import paths_for

# The option that fills each field of services.setup, for error lines a script author can act on.
OPTIONS = {
    "language": "--language",
    "shop_name": "--shop",
    "shop_address": "--address",
    "booth_code": "--booth-code",
    "location_kind": "--kind",
    "manager_name": "--manager",
    "manager_pin": "--manager-pin",
    "cashiers": "--cashier",
    "bank_bin": "--bank-bin",
    "bank_account": "--account",
    "bank_account_name": "--holder",
    "receipt_width_mm": "--receipt-width",
}


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "setup", help="set up a new data dir as a booth (refuses one already set up)")
    parser.add_argument("--shop", required=True, help="shop or booth name, as on receipts")
    parser.add_argument("--address", default="", help="address printed on receipts")
    parser.add_argument("--booth-code", required=True,
                        help="booth code, e.g. BL03 (starts every sale number)")
    parser.add_argument("--kind", default="booth", choices=("booth", "sale_point"),
                        help="a fair booth (default) or a permanent sale point")
    parser.add_argument("--manager", required=True, help="the manager's name")
    parser.add_argument("--manager-pin", required=True, help="the manager's PIN (4-8 digits)")
    parser.add_argument("--cashier", action="append", default=[], metavar="NAME:PIN",
                        help="a cashier (repeatable)")
    parser.add_argument("--bank-bin", default="", help="NAPAS bank BIN, e.g. 970436")
    parser.add_argument("--account", default="", help="bank account number for VietQR")
    parser.add_argument("--holder", default="", help="account holder's name")
    parser.add_argument("--receipt-width", type=int, default=80, help="receipt roll: 80 or 58 mm")
    parser.add_argument("--language", default="vi", help="vi (default) or en")
    parser.set_defaults(func=run)


def _cashiers(values: list[str]) -> list[tuple[str, str]] | None:
    parsed = []
    for value in values:
        name, sep, pin = value.rpartition(":")
        if not sep or not name.strip():
            print(f"Lỗi: --cashier “{value}”: hãy viết TÊN:PIN, ví dụ \"Nguyễn Thị Hoa:1357\"",
                  file=sys.stderr)
            return None
        parsed.append((name, pin))
    return parsed


def run(args: argparse.Namespace) -> int:
    from app.db import Database
    from app.services.setup import SetupRequest, StaffEntry, run_setup, validate
    from app.services.vietqr import BANKS

    cashiers = _cashiers(args.cashier)
    if cashiers is None:
        return 1
    request = SetupRequest(
        shop_name=args.shop, booth_code=args.booth_code, manager_name=args.manager,
        manager_pin=args.manager_pin, shop_address=args.address, location_kind=args.kind,
        cashiers=tuple(StaffEntry(name, pin) for name, pin in cashiers),
        bank_bin=args.bank_bin, bank_account=args.account, bank_account_name=args.holder,
        receipt_width_mm=args.receipt_width, language=args.language,
    )
    errors = validate(request)
    for error in errors:
        print(f"Lỗi: {OPTIONS.get(error.field, error.field)}: {error.text}", file=sys.stderr)
    if errors:
        return 1
    db = Database(paths_for(args.data_dir))
    try:
        result = run_setup(db, request)
        where = db.paths.data_dir
    finally:
        db.close()
    bank = (f"; VietQR: {BANKS.get(request.bank_bin, request.bank_bin)} "
            f"{request.bank_account.replace(' ', '')}" if request.bank_bin else
            "; chưa có tài khoản VietQR")
    print(f"Đã cài đặt {result.device_code} ({' '.join(args.shop.split())}) trong {where}: "
          f"quản lý {result.manager.name}, {len(result.cashiers)} thu ngân{bank}")
    return 0
