"""``ocop-hub``: run the hub and administer it (booths, fairs, enrollment, catalog).

The database is ``--database-url`` or ``OCOP_HUB_DATABASE_URL``, else ``ocop-hub.db`` (SQLite)
in the working directory. Codes and tokens are printed once, to stdout, and never logged.
"""

from __future__ import annotations

import argparse
import copy
import logging
import math
import os
import sys
import traceback
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from server.config import (
    ENV_DATABASE_URL,
    HubSettings,
    database_url_from_env,
    settings_from_env,
    settings_to_env,
)

MAX_TTL_HOURS = 24 * 366  # an enrollment code is for this fair season, not for ever

if TYPE_CHECKING:
    from server.db import Database


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--database-url", default=argparse.SUPPRESS,
                        help="sqlite:///hub.db or postgresql://user@host/db "
                             "(default: $OCOP_HUB_DATABASE_URL, else sqlite:///ocop-hub.db)")
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="show the traceback of an error")
    parser = argparse.ArgumentParser(prog="ocop-hub", parents=[common],
                                     description="The OCOP provincial hub")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", parents=[common], help="run the HTTP API (OpenAPI at /docs)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8800)
    serve.add_argument("--no-migrate", action="store_true", help="do not migrate on start")
    serve.add_argument("--max-body-mb", type=float,
                       help=f"largest request body on the wire (default "
                            f"{HubSettings.max_body_bytes / 2**20:g})")
    serve.add_argument("--rate", type=float,
                       help=f"requests per second per device (default "
                            f"{HubSettings.rate_per_second:g}; burst: --burst)")
    serve.add_argument("--burst", type=int, help=f"default {HubSettings.rate_burst}")
    serve.add_argument("--forwarded-allow-ips", metavar="IPS", default="",
                       help="comma-separated addresses or networks of the reverse proxies "
                            "whose X-Forwarded-For gives the client address (for the "
                            "enrollment limit); without it the address is the TCP peer's")
    serve.add_argument("--workers", type=int, default=1,
                       help="worker processes (PostgreSQL: about one per core; each keeps its "
                            "own rate-limit buckets)")

    sub.add_parser("migrate", parents=[common], help="create or upgrade the database schema")

    fair = sub.add_parser("create-fair", parents=[common], help="add a fair")
    fair.add_argument("--code", required=True)
    fair.add_argument("--name", required=True)
    fair.add_argument("--starts", required=True, type=date.fromisoformat, help="YYYY-MM-DD")
    fair.add_argument("--ends", required=True, type=date.fromisoformat, help="YYYY-MM-DD")
    fair.add_argument("--place", default="")
    fair.add_argument("--district", default="")

    booth = sub.add_parser("create-booth", parents=[common], help="add a booth or sale point")
    booth.add_argument("--code", required=True, help="short code, e.g. BL03")
    booth.add_argument("--name", required=True)
    booth.add_argument("--kind", choices=("booth", "sale_point"), default="booth")
    booth.add_argument("--district", default="", help="the district the booth represents")
    booth.add_argument("--fair", help="code of the fair it attends")

    assign = sub.add_parser("assign-booth", parents=[common], help="move a booth to a fair")
    assign.add_argument("--booth", required=True)
    assign.add_argument("--fair", help="fair code; omit to take the booth out of any fair")

    code = sub.add_parser("enroll-code", parents=[common],
                          help="a one-time code for one laptop of a booth")
    code.add_argument("--booth", required=True, help="booth code")
    code.add_argument("--ttl-hours", type=float, default=HubSettings.enroll_code_ttl_hours,
                      help=f"hours the code stays valid, more than 0 and at most {MAX_TTL_HOURS}")

    devices = sub.add_parser("list-devices", parents=[common], help="enrolled laptops")
    devices.add_argument("--booth")

    revoke = sub.add_parser("revoke-device", parents=[common],
                            help="refuse a laptop from now on (401)")
    revoke.add_argument("device_id")

    imp = sub.add_parser("import-catalog", parents=[common], help="import products (CSV)")
    imp.add_argument("file", type=Path)

    admin = sub.add_parser("create-admin-token", parents=[common],
                           help="a token for the reports API")
    admin.add_argument("--name", required=True)

    user = sub.add_parser("create-user", parents=[common],
                          help="an office login for the dashboard (password asked twice)")
    user.add_argument("name")
    user.add_argument("--role", required=True, choices=("admin", "viewer"))
    user.add_argument("--district", help="a viewer sees only the booths of this district")
    user.add_argument("--password-stdin", action="store_true",
                      help="read the password from the first line of standard input")

    prune = sub.add_parser("prune-changes", parents=[common],
                           help="forget change history (older cursors get a snapshot)")
    prune.add_argument("--older-than-days", type=float, default=90.0)
    return parser


class UsageError(ValueError):
    """An argument the parser accepted but the command cannot use."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. A refusal, or a database that cannot be reached, is one line on
    stderr and exit status 1 (the traceback too with ``--debug``); a bug still raises."""
    args = _parser().parse_args(argv)
    url = database_url_from_env(getattr(args, "database_url", None))
    level = logging.INFO if args.command == "serve" else logging.WARNING
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # 7 lines per start
    try:
        _check_args(args)
        return _run(args, url)
    except Exception as exc:  # noqa: BLE001 - a console command reports, it does not trace
        from server.admin import AdminError
        from server.db_errors import describe

        line = describe(url, exc)
        if line is None and isinstance(exc, AdminError | UsageError | RuntimeError
                                       | FileNotFoundError):
            line = str(exc)
        if line is None:
            raise
        if getattr(args, "debug", False):
            traceback.print_exc()
        print(f"error: {line}", file=sys.stderr)
        return 1


def _check_args(args: argparse.Namespace) -> None:
    ttl = getattr(args, "ttl_hours", None)
    if ttl is not None and not (math.isfinite(ttl) and 0 < ttl <= MAX_TTL_HOURS):
        raise UsageError(f"--ttl-hours must be more than 0 and at most {MAX_TTL_HOURS}, "
                         f"not {ttl:g}")


def _run(args: argparse.Namespace, url: str) -> int:
    from server.db import Database, migrate

    if args.command == "serve":
        return _serve(args, url)
    if args.command == "migrate":
        migrate(url)
        print("database is up to date")
        return 0
    db = Database(url)
    try:
        _check_schema(db)
        return _admin(args, db)
    finally:
        db.close()


def _check_schema(db: Database) -> None:
    from server.db import is_up_to_date

    if not is_up_to_date(db):
        raise RuntimeError("the database schema is not up to date: run `ocop-hub migrate`")


def _admin(args: argparse.Namespace, db: Database) -> int:
    from server import admin as a
    from server.catalog import prune_changes
    from server.catalog_import import import_catalog

    cmd = args.command
    if cmd == "create-fair":
        fair_id = a.create_fair(db, args.code, args.name, args.starts, args.ends,
                                args.place, args.district)
        print(f"fair {args.code} created (id {fair_id})")
    elif cmd == "create-booth":
        booth_id = a.create_booth(db, args.code, args.name, args.kind, args.district, args.fair)
        print(f"booth {args.code} created (id {booth_id})")
    elif cmd == "assign-booth":
        a.assign_booth(db, args.booth, args.fair)
        print(f"booth {args.booth} now at {args.fair or 'no fair'}")
    elif cmd == "enroll-code":
        code, expires = a.issue_enroll_code(db, args.booth, timedelta(hours=args.ttl_hours))
        print(code)
        print(f"single use, for booth {args.booth}, valid until {expires:%Y-%m-%d %H:%M} UTC",
              file=sys.stderr)
    elif cmd == "list-devices":
        for d in a.list_devices(db, args.booth):
            seen = f"{d.last_seen_at:%Y-%m-%d %H:%M}" if d.last_seen_at else "never"
            state = "REVOKED" if d.revoked else "active"
            print(f"{d.id}  {d.booth_code:<8} {state:<8} seen {seen}  {d.name}")
    elif cmd == "revoke-device":
        a.revoke_device(db, args.device_id)
        print(f"device {args.device_id} revoked")
    elif cmd == "import-catalog":
        result = import_catalog(db, args.file)
        if result.errors:
            for err in result.errors:
                print(err, file=sys.stderr)
            print("nothing imported", file=sys.stderr)
            return 1
        print(f"{result.created} created, {result.updated} updated, {result.unchanged} "
              f"unchanged, {result.producers_created} new producers")
    elif cmd == "create-admin-token":
        print(a.create_admin_token(db, args.name))
    elif cmd == "create-user":
        from server.web.users import create_user

        user_id = create_user(db, args.name, _password(args), args.role, args.district)
        print(f"user {args.name.strip()} created ({args.role}, id {user_id})")
    elif cmd == "prune-changes":
        with db.write() as session:
            n = prune_changes(session, timedelta(days=args.older_than_days))
        print(f"{n} change rows pruned")
    return 0


def _password(args: argparse.Namespace) -> str:
    """From stdin's first line (scripts), else typed twice at a terminal (never an argument:
    it would be in the shell history and in every process listing)."""
    import getpass

    from server.web.users import check_new_password

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        if not sys.stdin.isatty():
            raise UsageError("no terminal to ask the password on: use --password-stdin")
        password = getpass.getpass("Password: ")
        check_new_password(password)
        if getpass.getpass("Password again: ") != password:
            raise UsageError("the two passwords differ")
    return password


def _serve(args: argparse.Namespace, url: str) -> int:
    import uvicorn

    from server.db import migrate

    if not args.no_migrate:
        migrate(url)
    settings = settings_from_env()  # OCOP_HUB_* for what has no flag; flags win
    given = {"max_body_bytes": None if args.max_body_mb is None
             else int(args.max_body_mb * 1024 * 1024),
             "rate_per_second": args.rate, "rate_burst": args.burst}
    settings = replace(settings, **{k: v for k, v in given.items() if v is not None})
    # Workers are separate processes that import the app by name; they get the database and
    # the settings through the environment, one way for one worker or many.
    os.environ.update({ENV_DATABASE_URL: url, **settings_to_env(settings)})
    # X-Forwarded-For is believed only from the proxies named: from anyone else it would let a
    # client pick the address its enrollment attempts are counted against.
    trusted = args.forwarded_allow_ips.strip()
    uvicorn.run("server.app:app_from_env", factory=True, host=args.host, port=args.port,
                workers=max(1, args.workers), log_level="info", proxy_headers=bool(trusted),
                forwarded_allow_ips=trusted or None, server_header=False,
                log_config=_log_config())
    return 0


def _log_config() -> dict[str, Any]:
    """uvicorn's own logging with each line naming its process: with ``--workers N`` the
    access log tells which worker answered a request, and an error which worker hit it."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    for formatter in config["formatters"].values():
        formatter["fmt"] = formatter["fmt"].replace(
            "%(levelprefix)s", "%(levelprefix)s [%(process)d]", 1)
    return config


if __name__ == "__main__":
    raise SystemExit(main())
