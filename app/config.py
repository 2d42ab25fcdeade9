"""Paths and process-wide settings, in one place.

Business settings (booth, bank account, discount limit) live in the database so they survive a
reinstall and can sync; only where that database lives is decided here.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "ocop-booth"
APP_AUTHOR = "OCOP"
DB_FILENAME = "booth.db"
DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"


def project_root() -> Path:
    """Where migrations/ and resources/ are: the source tree, or a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return project_root() / "resources"


def migrations_dir() -> Path:
    return project_root() / "migrations"


@dataclass(frozen=True)
class Paths:
    """Every file the client writes, derived from one data directory."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def receipts(self) -> Path:
        return self.data_dir / "receipts"

    @property
    def reports(self) -> Path:
        return self.data_dir / "reports"

    @property
    def print_spool(self) -> Path:
        """Receipts waiting for the receipt printer, one file a job (services.print_queue)."""
        return self.data_dir / "print-spool"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "booth.lock"


def default_data_dir() -> Path:
    override = os.environ.get("OCOP_BOOTH_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def paths_for(data_dir: str | Path | None) -> Paths:
    return Paths(Path(data_dir) if data_dir else default_data_dir())
