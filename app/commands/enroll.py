"""`ocop-booth enroll --hub URL --code CODE [--ca-file F]`: link this laptop to the hub once.

Prints the booth it is now, never the token (it is stored in the database only).
"""

from __future__ import annotations

import argparse

from app.config import paths_for


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("enroll", help="enroll this laptop with the provincial hub")
    parser.add_argument("--hub", required=True, help="hub address, e.g. https://hub.example.vn")
    parser.add_argument("--code", required=True, help="the one-time code from the office")
    parser.add_argument("--ca-file", help="CA certificate (PEM) if the hub uses its own CA")
    parser.add_argument("--name", help="this laptop's name as the office sees it")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.db import Database
    from app.sync.enrollment import enroll

    db = Database(paths_for(args.data_dir))
    try:
        result = enroll(db, args.hub, args.code, ca_file=args.ca_file, device_name=args.name)
    finally:
        db.close()
    print(f"Đã đăng ký với {result.hub_url}: gian hàng {result.booth_code} "
          f"({result.booth_name}), mã thiết bị {result.device_id}")
    return 0
