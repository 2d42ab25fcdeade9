"""`ocop-booth vietqr`: print a VietQR payload for a counter sticker or a check."""

from __future__ import annotations

import argparse
import sys

from app.config import paths_for


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("vietqr", help="print a VietQR payload (static without --amount)")
    parser.add_argument("--amount", type=int, help="amount in đồng (makes a dynamic QR)")
    parser.add_argument("--ref", default=None, help="payment reference, e.g. a sale number")
    parser.add_argument("--bank-bin", help="NAPAS bank BIN (default: the booth's bank account)")
    parser.add_argument("--account", help="account number (default: the booth's bank account)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.services.vietqr import build_payload

    bank_bin, account = args.bank_bin, args.account
    if not (bank_bin and account):
        if bank_bin or account:
            print("Lỗi: --bank-bin và --account phải đi cùng nhau", file=sys.stderr)
            return 2
        from app.db import Database
        from app.services.settings import load

        db = Database(paths_for(args.data_dir), lock=False)
        try:
            settings = load(db)
        finally:
            db.close()
        if not settings.has_bank_account:
            print(
                "Lỗi: chưa cài tài khoản ngân hàng; dùng --bank-bin và --account", file=sys.stderr
            )
            return 1
        bank_bin, account = settings.bank_bin, settings.bank_account
    print(build_payload(bank_bin, account, amount=args.amount, reference=args.ref))
    return 0
