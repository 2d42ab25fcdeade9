"""PINs: slow hash, lockout after repeated failures, manager-only approval."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import Staff
from app.services.auth import (
    MAX_FAILURES,
    approve_as_manager,
    authenticate,
    create_staff,
    list_staff,
)
from app.services.errors import PermissionDenied, ValidationError


def test_pin_is_not_stored_in_clear(db):
    person = create_staff(db, "Lan", "cashier", "4321")
    with db.read() as s:
        row = s.get(Staff, person.id)
    assert b"4321" not in row.pin_hash and len(row.pin_hash) == 32
    assert authenticate(db, person.id, "4321").name == "Lan"


def test_bad_pin_format_refused(db):
    for pin in ("12", "abcd", "123456789", "12 34"):
        with pytest.raises(ValidationError):
            create_staff(db, "X", "cashier", pin)


def test_wrong_pins_lock_then_even_right_pin_is_refused(db):
    person = create_staff(db, "Lan", "cashier", "4321")
    for attempt in range(MAX_FAILURES - 1):
        with pytest.raises(PermissionDenied, match=f"còn {MAX_FAILURES - 1 - attempt} lần"):
            authenticate(db, person.id, "0000")
    with pytest.raises(PermissionDenied, match="khóa"):
        authenticate(db, person.id, "0000")
    with pytest.raises(PermissionDenied, match="khóa"):
        authenticate(db, person.id, "4321")
    with db.read() as s:
        assert s.scalars(select(Staff.locked_until)).first() is not None


def test_success_resets_failures(db):
    person = create_staff(db, "Lan", "cashier", "4321")
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(PermissionDenied):
            authenticate(db, person.id, "0000")
    authenticate(db, person.id, "4321")
    with pytest.raises(PermissionDenied, match=f"còn {MAX_FAILURES - 1} lần"):
        authenticate(db, person.id, "0000")


def test_only_managers_approve(db):
    cashier = create_staff(db, "Lan", "cashier", "1111")
    manager = create_staff(db, "Minh", "manager", "9999")
    assert approve_as_manager(db, manager.id, "9999").is_manager
    with pytest.raises(PermissionDenied):
        approve_as_manager(db, cashier.id, "1111")
    assert [s.name for s in list_staff(db, "manager")] == ["Minh"]
