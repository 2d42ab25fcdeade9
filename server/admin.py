"""What the provincial office does: fairs, booths, enrollment codes, devices, admin tokens.

Used by the CLI and by tests; each function is one transaction on a ``Database``.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.sync.protocol import BoothData, EnrollRequest, EnrollResponse
from server.auth import (
    hash_secret,
    new_admin_token,
    new_device_token,
    new_enroll_code,
    normalize_code,
)
from server.catalog import booth_data, record_change
from server.db import Database
from server.errors import HubError
from server.models import AdminToken, Booth, BoothFair, Device, EnrollCode, Fair
from server.models.base import utcnow

log = logging.getLogger("ocop_hub.admin")


class AdminError(ValueError):
    """A refused admin action, with a message for the person at the console."""


def create_fair(db: Database, code: str, name: str, starts_on: date, ends_on: date,
                place: str = "", district: str = "") -> int:
    if ends_on < starts_on:
        raise AdminError("a fair cannot end before it starts")
    with db.write() as session:
        if session.scalar(select(Fair.id).where(Fair.code == code)) is not None:
            raise AdminError(f"fair {code} already exists")
        fair = Fair(code=code, name=name, place=place, district=district,
                    starts_on=starts_on, ends_on=ends_on, updated_at=utcnow())
        session.add(fair)
        record_change(session, fair)
        return fair.id


def create_booth(db: Database, code: str, name: str, kind: str = "booth", district: str = "",
                 fair_code: str | None = None) -> int:
    if kind not in ("booth", "sale_point"):
        raise AdminError("kind is booth or sale_point")
    with db.write() as session:
        if session.scalar(select(Booth.id).where(Booth.code == code)) is not None:
            raise AdminError(f"booth {code} already exists")
        fair_id = None
        if fair_code:
            fair_id = session.scalar(select(Fair.id).where(Fair.code == fair_code))
            if fair_id is None:
                raise AdminError(f"no fair {fair_code}")
        booth = Booth(code=code, name=name, kind=kind, district=district, fair_id=None,
                      active=True, updated_at=utcnow())
        session.add(booth)
        session.flush()
        _assign(session, booth, fair_id)
        record_change(session, booth)
        return booth.id


def assign_booth(db: Database, booth_code: str, fair_code: str | None) -> None:
    """Move a booth to a fair (or to none); booths learn it from the changes feed."""
    with db.write() as session:
        booth = session.scalars(select(Booth).where(Booth.code == booth_code)).first()
        if booth is None:
            raise AdminError(f"no booth {booth_code}")
        fair_id = None
        if fair_code:
            fair_id = session.scalar(select(Fair.id).where(Fair.code == fair_code))
            if fair_id is None:
                raise AdminError(f"no fair {fair_code}")
        _assign(session, booth, fair_id)
        booth.updated_at = utcnow()
        record_change(session, booth)


def _assign(session: Session, booth: Booth, fair_id: int | None) -> None:
    """Set the booth's fair and keep its history (``BoothFair``): a fact may name the fair its
    booth was at on that date (server/fact_rules.py). The only way a booth's fair changes."""
    if booth.fair_id == fair_id and (fair_id is None or session.scalar(
            select(BoothFair.id).where(BoothFair.booth_id == booth.id,
                                       BoothFair.until.is_(None)))):
        return
    now = utcnow()
    session.execute(update(BoothFair).where(BoothFair.booth_id == booth.id,
                                            BoothFair.until.is_(None)).values(until=now))
    if fair_id is not None:
        session.add(BoothFair(booth_id=booth.id, fair_id=fair_id, since=now, until=None))
    booth.fair_id = fair_id


def issue_enroll_code(db: Database, booth_code: str, ttl: timedelta) -> tuple[str, datetime]:
    """A single-use code for one laptop of the booth; only its hash is stored."""
    with db.write() as session:
        booth_id = session.scalar(select(Booth.id).where(Booth.code == booth_code))
        if booth_id is None:
            raise AdminError(f"no booth {booth_code}")
        code = new_enroll_code()
        expires = utcnow() + ttl
        session.add(EnrollCode(booth_id=booth_id, code_hash=hash_secret(normalize_code(code)),
                               created_at=utcnow(), expires_at=expires))
        return code, expires


def enroll(db: Database, request: EnrollRequest) -> EnrollResponse:
    """Burn the code and make a device with a fresh token (only its hash is kept)."""
    code_hash = hash_secret(normalize_code(request.code))
    now = utcnow()
    with db.write() as session:
        code = session.scalars(select(EnrollCode).where(EnrollCode.code_hash == code_hash)).first()
        if code is None:
            raise HubError(403, "enroll_code_invalid", "unknown enrollment code")
        if code.used_at is not None:
            raise HubError(403, "enroll_code_used", "this code has already been used")
        if code.expires_at <= now:
            raise HubError(403, "enroll_code_expired", "this code has expired: ask for a new one")
        booth = session.get(Booth, code.booth_id)
        if booth is None or not booth.active:
            raise HubError(403, "booth_inactive", "the booth is no longer active")
        device_id = str(uuid.uuid4())
        token = new_device_token()
        # Conditional update: two laptops racing with one code cannot both win.
        claimed = session.execute(
            update(EnrollCode)
            .where(EnrollCode.id == code.id, EnrollCode.used_at.is_(None))
            .values(used_at=now, device_id=device_id)
        ).rowcount
        if claimed != 1:
            raise HubError(403, "enroll_code_used", "this code has already been used")
        installation = _installation(session, request, device_id)
        session.add(Device(id=device_id, booth_id=booth.id, installation_id=installation,
                           name=request.device_name, token_hash=hash_secret(token),
                           enrolled_at=now))
        return EnrollResponse(device_id=device_id, token=token, booth=booth_data(booth),
                              hub_time=now)


def _installation(session: Session, request: EnrollRequest, device_id: str) -> str:
    """The installation the new device writes as (its visitor counts' key, its seq range).

    Identity comes from tokens alone: a claimed installation id no device holds is granted
    (a new laptop, or one whose database made it); one a device holds is granted only to the
    holder of that device's token (``previous_token``, revoked or not), i.e. the same
    database re-enrolling. Anyone else gets an installation of their own, the new device's
    id, so a copied or guessed id never reaches another laptop's rows.
    """
    if request.installation_id is None:
        return device_id
    claimed = str(request.installation_id)
    holders = set(session.scalars(select(Device.token_hash)
                                  .where(Device.installation_id == claimed)))
    if not holders:
        return claimed
    if request.previous_token and hash_secret(request.previous_token) in holders:
        return claimed
    log.warning("enrollment claimed installation %s without its token: given %s", claimed,
                device_id)
    return device_id


def revoke_device(db: Database, device_id: str) -> None:
    with db.write() as session:
        device = session.get(Device, device_id)
        if device is None:
            raise AdminError(f"no device {device_id}")
        if device.revoked_at is None:
            device.revoked_at = utcnow()


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    booth_code: str
    name: str
    enrolled_at: datetime
    last_seen_at: datetime | None
    revoked: bool


def list_devices(db: Database, booth_code: str | None = None) -> list[DeviceInfo]:
    with db.read() as session:
        query = select(Device, Booth.code).join(Booth, Booth.id == Device.booth_id)
        if booth_code:
            query = query.where(Booth.code == booth_code)
        return [
            DeviceInfo(d.id, code, d.name, d.enrolled_at, d.last_seen_at, d.revoked_at is not None)
            for d, code in session.execute(query.order_by(Device.enrolled_at))
        ]


def create_admin_token(db: Database, name: str) -> str:
    token = new_admin_token()
    with db.write() as session:
        session.add(AdminToken(name=name, token_hash=hash_secret(token), created_at=utcnow()))
    return token


def booth_info(db: Database, booth_id: int) -> BoothData:
    with db.read() as session:
        booth = session.get(Booth, booth_id)
        if booth is None:
            raise AdminError(f"no booth {booth_id}")
        return booth_data(booth)
