"""Command line: the GUI by default, plus subcommands for scripts and checks.

    ocop-booth [--data-dir DIR]                  start the desktop app
    ocop-booth [--data-dir DIR] demo [--sales N] fill an empty data dir with demo data
    ocop-booth [--data-dir DIR] vietqr [--amount N] [--ref TEXT] [--bank-bin B --account A]
"""

from __future__ import annotations

import argparse
import sys
import time

from app.config import paths_for
from app.services.errors import BoothError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ocop-booth", description="OCOP Booth point of sale")
    parser.add_argument("--data-dir", help="data directory (default: the per-user data dir)")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("gui", help="start the desktop app (default)")
    demo = sub.add_parser("demo", help="fill an empty data dir with the Quảng Ninh demo data")
    demo.add_argument("--sales", type=int, default=0, help="also add N past sales")
    qr = sub.add_parser("vietqr", help="print a VietQR payload (static without --amount)")
    qr.add_argument("--amount", type=int, help="amount in đồng (makes a dynamic QR)")
    qr.add_argument("--ref", default=None, help="payment reference, e.g. a sale number")
    qr.add_argument("--bank-bin", help="NAPAS bank BIN (default: the booth's bank account)")
    qr.add_argument("--account", help="account number (default: the booth's bank account)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    try:
        if command == "gui":
            from app.ui.application import run_gui

            return run_gui(args.data_dir)
        if command == "demo":
            return _demo(args)
        if command == "vietqr":
            return _vietqr(args)
    except BoothError as exc:
        print(f"Lỗi: {exc.text}", file=sys.stderr)
        return 1
    return 2


def _demo(args: argparse.Namespace) -> int:
    from app.db import Database
    from app.services.demo import load_demo

    db = Database(paths_for(args.data_dir))
    try:
        started = time.perf_counter()
        summary = load_demo(db, sales=args.sales)
        print(
            f"Demo data in {db.paths.data_dir}: {summary.products} products, "
            f"{summary.producers} producers, {summary.sales} past sales "
            f"({time.perf_counter() - started:.1f} s)"
        )
    finally:
        db.close()
    return 0


def _vietqr(args: argparse.Namespace) -> int:
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
            print("Lỗi: chưa cài tài khoản ngân hàng; dùng --bank-bin và --account",
                  file=sys.stderr)
            return 1
        bank_bin, account = settings.bank_bin, settings.bank_account
    print(build_payload(bank_bin, account, amount=args.amount, reference=args.ref))
    return 0
