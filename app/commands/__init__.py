"""Subcommands of `ocop-booth`, one module each, found by discovery.

Each module defines `register(subparsers)`, which adds its parser and sets `func` to a handler
`(args) -> int`. Adding a command is adding a module; app/cli.py never changes.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil


def register_all(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        module.register(subparsers)
