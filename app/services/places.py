"""Names of booths, sale points and fairs, for the status bar, settings and documents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.db import Database
from app.models import Fair, Location


@dataclass(frozen=True)
class LocationInfo:
    id: int
    code: str
    name: str
    kind: str


@dataclass(frozen=True)
class FairInfo:
    id: int
    name: str
    place: str
    starts_on: date
    ends_on: date


def list_locations(db: Database) -> list[LocationInfo]:
    with db.read() as session:
        rows = session.scalars(select(Location).where(Location.active).order_by(Location.code))
        return [LocationInfo(r.id, r.code, r.name, r.kind) for r in rows]


def list_fairs(db: Database) -> list[FairInfo]:
    with db.read() as session:
        rows = session.scalars(select(Fair).order_by(Fair.starts_on.desc()))
        return [FairInfo(r.id, r.name, r.place, r.starts_on, r.ends_on) for r in rows]


def location_name(db: Database, location_id: int | None) -> str:
    if location_id is None:
        return ""
    with db.read() as session:
        row = session.get(Location, location_id)
        return row.name if row else ""


def fair_name(db: Database, fair_id: int | None) -> str:
    if fair_id is None:
        return ""
    with db.read() as session:
        row = session.get(Fair, fair_id)
        return row.name if row else ""
