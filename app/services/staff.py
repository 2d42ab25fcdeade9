"""Managing the people who use the till: add, rename, set the role, disable, re-enable, reset PIN.

Every operation needs the staff right (services.rights) and is written to the audit log in the
same transaction, because who may approve voids and refunds is itself worth a trail. People
are never deleted: sales, shifts and stock moves point at them, so leaving staff are disabled;
a disabled account cannot log in (services.auth refuses it) nor act in a session opened before.

Two guards keep a booth from locking itself out: a manager cannot disable (or demote) themself,
and the last active manager can be neither disabled nor demoted.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Staff
from app.models.staff import ROLES
from app.services import audit_log
from app.services.auth import StaffInfo, check_pin_format, hash_pin
from app.services.clock import now_utc
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from app.services.rights import Actor, Right, require_or_setup
from app.services.textfold import fold

NAME_MAX = 100


@dataclass(frozen=True)
class StaffRow:
    """One line of the staff list, disabled people included."""

    id: int
    name: str
    role: str
    active: bool
    locked: bool  # locked out for a while after too many wrong PINs

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"


def _row(staff: Staff) -> StaffRow:
    locked = staff.locked_until is not None and staff.locked_until > now_utc()
    return StaffRow(staff.id, staff.name, staff.role, bool(staff.active), locked)


def list_all(db: Database) -> list[StaffRow]:
    """Everyone, active first then by name: the manager's page (the login list hides the
    disabled; see services.auth.list_staff)."""
    with db.read() as session:
        people = session.scalars(select(Staff).order_by(Staff.active.desc(), Staff.name, Staff.id))
        return [_row(s) for s in people]


def clean_name(name: str) -> str:
    text = " ".join(name.split())
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Hãy nhập tên nhân viên"))
    if len(text) > NAME_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Tên nhân viên dài quá {max} ký tự"), max=NAME_MAX
        )
    return text


def check_role(role: str) -> str:
    if role not in ROLES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Vai trò không hợp lệ: {role}"),
                              role=role)
    return role


def _person(session: Session, staff_id: int) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "Không tìm thấy nhân viên {id}"),
                            id=staff_id)
    return staff


def _name_free(session: Session, name: str, own_id: int | None) -> None:
    """Names are what the login screen shows: two "Hoa" buttons would be a guess."""
    key = fold(name)
    for other_id, other in session.execute(select(Staff.id, Staff.name)):
        if other_id != own_id and fold(other) == key:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Đã có nhân viên tên “{name}”"), name=other
            )


def _keep_a_manager(session: Session, staff: Staff, actor: Actor | None,
                    holder: StaffInfo | None, demote: bool) -> None:
    """Refuse what would leave the booth without anyone who may manage staff."""
    if actor is not None and staff.id in (actor.staff_id, holder.id if holder else None):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Bạn không thể tự đổi vai trò của mình") if demote
            else QT_TRANSLATE_NOOP("errors", "Bạn không thể tự tắt tài khoản của mình")
        )
    if staff.role == "manager" and staff.active:
        others = session.scalar(
            select(func.count()).select_from(Staff).where(
                Staff.role == "manager", Staff.active.is_(True), Staff.id != staff.id)
        ) or 0
        if not others:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{name} là quản lý cuối cùng còn hoạt động: "
                                            "hãy thêm quản lý khác trước"),
                name=staff.name,
            )


def add_staff(db: Database, actor: Actor | None, name: str, role: str, pin: str) -> StaffRow:
    """A new person with a PIN (stored as a salted scrypt hash). On a fresh install with nobody
    yet, anyone may add the first person, who must be a manager (or nobody could add more)."""
    name, role = clean_name(name), check_role(role)
    check_pin_format(pin)
    with db.write() as session:
        holder = require_or_setup(session, actor, Right.STAFF)
        if actor is None and role != "manager":
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Người đầu tiên phải là quản lý"))
        _name_free(session, name, None)
        salt = os.urandom(16)
        staff = Staff(name=name, role=role, pin_salt=salt, pin_hash=hash_pin(pin, salt),
                      failed_attempts=0, active=True)
        session.add(staff)
        session.flush()
        audit_log.record(session, "staff_add", actor, holder,
                         {"id": staff.id, "name": name, "role": role})
        return _row(staff)


def update_staff(
    db: Database, actor: Actor | None, staff_id: int, name: str, role: str
) -> StaffRow:
    """Rename and/or set the role."""
    name, role = clean_name(name), check_role(role)
    with db.write() as session:
        holder = require_or_setup(session, actor, Right.STAFF)
        staff = _person(session, staff_id)
        if staff.role == "manager" and role != "manager":
            _keep_a_manager(session, staff, actor, holder, demote=True)
        _name_free(session, name, staff.id)
        before = {"name": staff.name, "role": staff.role}
        staff.name, staff.role = name, role
        if before != {"name": name, "role": role}:
            audit_log.record(session, "staff_update", actor, holder,
                             {"id": staff.id, "name": name, "role": role, "before": before})
        return _row(staff)


def set_active(db: Database, actor: Actor | None, staff_id: int, active: bool) -> StaffRow:
    """Disable (they can no longer log in or act) or re-enable someone."""
    with db.write() as session:
        holder = require_or_setup(session, actor, Right.STAFF)
        staff = _person(session, staff_id)
        if staff.active == active:
            return _row(staff)
        if not active:
            _keep_a_manager(session, staff, actor, holder, demote=False)
        staff.active = active
        staff.failed_attempts, staff.locked_until = 0, None
        audit_log.record(session, "staff_enable" if active else "staff_disable", actor, holder,
                         {"id": staff.id, "name": staff.name})
        return _row(staff)


def reset_pin(db: Database, actor: Actor | None, staff_id: int, pin: str) -> StaffRow:
    """A new PIN for someone who forgot theirs; it also lifts a lockout. The audit entry says
    that the PIN changed, never what it is."""
    check_pin_format(pin)
    with db.write() as session:
        holder = require_or_setup(session, actor, Right.STAFF)
        staff = _person(session, staff_id)
        salt = os.urandom(16)
        staff.pin_salt, staff.pin_hash = salt, hash_pin(pin, salt)
        staff.failed_attempts, staff.locked_until = 0, None
        audit_log.record(session, "staff_pin_reset", actor, holder,
                         {"id": staff.id, "name": staff.name})
        return _row(staff)
