"""Command line: the GUI by default, plus subcommands (app/commands/) for scripts and checks.

    ocop-booth [--data-dir DIR]                  start the desktop app
    ocop-booth [--data-dir DIR] demo [--sales N] fill an empty data dir with demo data
    ocop-booth [--data-dir DIR] vietqr [--amount N] [--ref TEXT] [--bank-bin B --account A]
"""

from __future__ import annotations

import argparse
import sys

from app.commands import register_all
from app.config import paths_for
from app.logs import setup_command_logging
from app.services.errors import BoothError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ocop-booth", description="OCOP Booth point of sale")
    parser.add_argument("--data-dir", help="data directory (default: the per-user data dir)")
    sub = parser.add_subparsers(dest="command")
    gui = sub.add_parser("gui", help="start the desktop app (default)")
    gui.set_defaults(func=_gui)
    register_all(sub)
    return parser


def _gui(args: argparse.Namespace) -> int:
    from app.ui.display_check import display_problem

    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from app.ui.application import run_gui

    return run_gui(args.data_dir)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if argv is None:  # run as the program: log to the data dir (tests pass argv, keep theirs)
        setup_command_logging(paths_for(args.data_dir))
    handler = getattr(args, "func", _gui)
    try:
        return handler(args)
    except BoothError as exc:
        print(f"Lỗi: {exc.text}", file=sys.stderr)
        return 1
