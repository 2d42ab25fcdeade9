"""Staff PINs: a slow KDF, lockout after repeated failures, manager approval.

A 4-8 digit PIN has little entropy, so what protects it is the cost of each guess (scrypt) and
the lockout; the stored hash never leaves the laptop.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import os
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Staff
from app.services.clock import now_utc
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, PermissionDenied, ValidationError

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
MAX_FAILURES = 5
PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 8
LOCK_SECONDS = 60


@dataclass(frozen=True)
class StaffInfo:
    id: int
    name: str
    role: str

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"


def hash_pin(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)


def check_pin_format(pin: str) -> None:
    """The one PIN rule: PIN_MIN_DIGITS to PIN_MAX_DIGITS digits (the login keypad's limit)."""
    if not (pin.isdigit() and PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Mã PIN phải gồm 4 đến 8 chữ số"))


def disabled(name: str) -> PermissionDenied:
    """A disabled account may neither log in nor act, even in a session opened before."""
    return PermissionDenied(
        QT_TRANSLATE_NOOP("errors", "Tài khoản của {name} đã bị tắt: hãy hỏi quản lý"), name=name
    )


def create_staff(db: Database, name: str, role: str, pin: str) -> StaffInfo:
    """Unchecked creation for demo data and first-run setup; people at the booth add staff
    through services.staff, which needs the staff right and is audited."""
    with db.write() as session:
        return add_staff(session, name, role, pin)


def add_staff(session: Session, name: str, role: str, pin: str) -> StaffInfo:
    """create_staff inside the caller's write transaction: first-run setup writes the booth
    and its first staff all together or not at all."""
    check_pin_format(pin)
    if role not in ("cashier", "manager"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Vai trò không hợp lệ: {role}"), role=role
        )
    salt = os.urandom(16)
    staff = Staff(name=name, role=role, pin_salt=salt, pin_hash=hash_pin(pin, salt))
    session.add(staff)
    session.flush()
    return StaffInfo(staff.id, staff.name, staff.role)


def list_staff(db: Database, role: str | None = None) -> list[StaffInfo]:
    with db.read() as session:
        query = select(Staff).where(Staff.active.is_(True)).order_by(Staff.name)
        if role:
            query = query.where(Staff.role == role)
        return [StaffInfo(s.id, s.name, s.role) for s in session.scalars(query)]


def authenticate(db: Database, staff_id: int, pin: str) -> StaffInfo:
    """Check a PIN; five wrong PINs in a row lock that person out for a minute."""
    with db.write() as session:
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "Không tìm thấy nhân viên"))
        if not staff.active:
            raise disabled(staff.name)
        now = now_utc()
        if staff.locked_until and staff.locked_until > now:
            seconds = int((staff.locked_until - now).total_seconds()) + 1
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "errors", "Sai PIN quá nhiều lần. {name} bị khóa thêm {seconds} giây."
                ),
                name=staff.name,
                seconds=seconds,
            )
        if hmac.compare_digest(hash_pin(pin, staff.pin_salt), staff.pin_hash):
            staff.failed_attempts = 0
            staff.locked_until = None
            return StaffInfo(staff.id, staff.name, staff.role)
        staff.failed_attempts += 1
        left = MAX_FAILURES - staff.failed_attempts
        if left <= 0:
            staff.failed_attempts = 0
            staff.locked_until = now + timedelta(seconds=LOCK_SECONDS)
            error = PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "errors", "Sai PIN quá nhiều lần. {name} bị khóa {seconds} giây."
                ),
                name=staff.name,
                seconds=LOCK_SECONDS,
            )
        else:
            error = PermissionDenied(
                QT_TRANSLATE_NOOP("errors", "Sai mã PIN (còn {left} lần thử)"), left=left
            )
    # Raised after the block so the failure count is committed, not rolled back.
    raise error


def lockout_seconds_left(db: Database, staff_id: int) -> int:
    """How long this person must still wait after too many wrong PINs (0: not locked)."""
    with db.read() as session:
        staff = session.get(Staff, staff_id)
        locked_until = staff.locked_until if staff is not None else None
    if locked_until is None:
        return 0
    return max(0, math.ceil((locked_until - now_utc()).total_seconds()))


def approve_as_manager(db: Database, staff_id: int, pin: str) -> StaffInfo:
    """A manager's PIN for one action (void, refund, big discount, price change)."""
    person = authenticate(db, staff_id, pin)
    if not person.is_manager:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "{name} không phải quản lý"), name=person.name
        )
    return person


def require_manager(session: Session, staff_id: int | None, action: str) -> StaffInfo:
    """Re-check inside the writing transaction that an approver really is an active manager."""
    staff = session.get(Staff, staff_id) if staff_id else None
    if staff is None or not staff.active or staff.role != "manager":
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "Cần mã PIN của quản lý để {action}"), action=action
        )
    return StaffInfo(staff.id, staff.name, staff.role)
