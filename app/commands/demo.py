"""`ocop-booth demo [--sales N]`: fill an empty data dir with the Quảng Ninh demo data."""

from __future__ import annotations

import argparse
import time

from app.config import paths_for


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("demo", help="fill an empty data dir with demo data")
    parser.add_argument("--sales", type=int, default=0, help="also add N past sales")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
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
