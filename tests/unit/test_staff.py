"""Managing staff (issue 14): add, rename, set roles, disable, re-enable, reset a PIN; each needs
the staff right, each is audited, and a disabled cashier can no longer log in."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import Staff
from app.services.audit_log import list_entries
from app.services.auth import MAX_FAILURES, authenticate, create_staff, list_staff
from app.services.errors import NotFoundError, PermissionDenied, ValidationError
from app.services.rights import ROLE_RIGHTS, Actor, Right, RightDenied
from app.services.staff import add_staff, list_all, reset_pin, set_active, update_staff
from app.services.stock import MoveLine, receive


def _boss(db) -> Actor:
    return Actor(list_staff(db, "manager")[0].id)


def _cashier(db):
    return list_staff(db, "cashier")[0]


def test_a_manager_adds_a_cashier_who_can_log_in(demo_db):
    boss = _boss(demo_db)
    row = add_staff(demo_db, boss, "  Đỗ   Thị Mai ", "cashier", "24681357")
    assert (row.name, row.role, row.active) == ("Đỗ Thị Mai", "cashier", True)
    assert authenticate(demo_db, row.id, "24681357").name == "Đỗ Thị Mai"  # 8 digits work
    with demo_db.read() as s:
        stored = s.get(Staff, row.id)
        assert b"24681357" not in stored.pin_hash and len(stored.pin_salt) == 16
    [entry] = list_entries(demo_db, "staff_add")
    assert (entry.staff_id, entry.approved_by_id) == (boss.staff_id, boss.staff_id)
    assert entry.detail == {"id": row.id, "name": "Đỗ Thị Mai", "role": "cashier"}


@pytest.mark.parametrize(("name", "role", "pin", "message"), [
    ("  ", "cashier", "1234", "Hãy nhập tên nhân viên"),
    ("x" * 101, "cashier", "1234", "dài quá 100 ký tự"),
    ("Mai", "boss", "1234", "Vai trò không hợp lệ"),
    ("Mai", "cashier", "123", "4 đến 8 chữ số"),
    ("Mai", "cashier", "123456789", "4 đến 8 chữ số"),
    ("Mai", "cashier", "12a4", "4 đến 8 chữ số"),
    ("nguyen thi HOA", "cashier", "1234", "Đã có nhân viên tên “Nguyễn Thị Hoa”"),
])
def test_what_add_refuses(demo_db, name, role, pin, message):
    before = list_all(demo_db)
    with pytest.raises(ValidationError, match=message):
        add_staff(demo_db, _boss(demo_db), name, role, pin)
    assert list_all(demo_db) == before


def test_a_cashier_may_not_manage_staff_even_herself(demo_db):
    me = _cashier(demo_db)
    cashier = Actor(me.id)
    for action in (
        lambda: add_staff(demo_db, cashier, "Đỗ Mai", "manager", "1234"),
        lambda: update_staff(demo_db, cashier, me.id, me.name, "manager"),
        lambda: set_active(demo_db, cashier, me.id, False),
        lambda: reset_pin(demo_db, cashier, me.id, "4321"),
    ):
        with pytest.raises(RightDenied, match="quản lý nhân viên"):
            action()
    assert list_entries(demo_db) == [] and _cashier(demo_db).role == "cashier"


def test_a_managers_pin_lets_a_cashier_add_someone(demo_db):
    me, boss = _cashier(demo_db), _boss(demo_db)
    row = add_staff(demo_db, Actor(me.id, boss.staff_id), "Đỗ Mai", "cashier", "1234")
    [entry] = list_entries(demo_db, "staff_add")
    assert (entry.staff_id, entry.approved_by_id, row.name) == (me.id, boss.staff_id, "Đỗ Mai")


def test_disable_then_the_cashier_cannot_log_in_and_re_enable(demo_db):
    boss, me = _boss(demo_db), _cashier(demo_db)
    row = set_active(demo_db, boss, me.id, False)
    assert row.active is False
    with pytest.raises(PermissionDenied, match="Tài khoản của Nguyễn Thị Hoa đã bị tắt"):
        authenticate(demo_db, me.id, "1111")  # the right PIN, refused by the service
    assert me.id not in [s.id for s in list_staff(demo_db)]  # and hidden from the login list
    assert [r.id for r in list_all(demo_db)][-1] == me.id  # still on the manager's page
    with pytest.raises(PermissionDenied, match="đã bị tắt"):  # a session opened before
        receive(demo_db, Actor(me.id), 1, [MoveLine(1, 1)])
    set_active(demo_db, boss, me.id, True)
    assert authenticate(demo_db, me.id, "1111").name == me.name
    assert [e.action for e in list_entries(demo_db)] == ["staff_disable", "staff_enable"]


def test_a_manager_cannot_disable_or_demote_herself(demo_db):
    boss, me = _boss(demo_db), _cashier(demo_db)
    with pytest.raises(ValidationError, match="không thể tự tắt"):
        set_active(demo_db, boss, boss.staff_id, False)
    with pytest.raises(ValidationError, match="không thể tự đổi vai trò"):
        update_staff(demo_db, boss, boss.staff_id, "Trần Văn Minh", "cashier")
    with pytest.raises(ValidationError, match="không thể tự tắt"):  # nor approve it for a cashier
        set_active(demo_db, Actor(me.id, boss.staff_id), boss.staff_id, False)
    other = add_staff(demo_db, boss, "Phạm Hùng", "manager", "1357")
    set_active(demo_db, Actor(other.id), boss.staff_id, False)  # by another manager: fine
    assert [r.active for r in list_all(demo_db) if r.id == boss.staff_id] == [False]


def test_the_last_active_manager_can_be_neither_disabled_nor_demoted(demo_db, monkeypatch):
    # Only a manager holds the staff right today, so to reach this guard alone give a future
    # role (here the cashier's row of the table) the staff right.
    monkeypatch.setitem(ROLE_RIGHTS, "cashier", frozenset(Right))
    boss, me = _boss(demo_db), _cashier(demo_db)
    with pytest.raises(ValidationError, match="Trần Văn Minh là quản lý cuối cùng"):
        set_active(demo_db, Actor(me.id), boss.staff_id, False)
    with pytest.raises(ValidationError, match="quản lý cuối cùng"):
        update_staff(demo_db, Actor(me.id), boss.staff_id, "Trần Văn Minh", "cashier")
    assert list_staff(demo_db, "manager")[0].id == boss.staff_id


def test_rename_and_promote_are_audited_with_the_before(demo_db):
    boss, me = _boss(demo_db), _cashier(demo_db)
    row = update_staff(demo_db, boss, me.id, "Nguyễn Thị Hoa B", "manager")
    assert (row.name, row.role) == ("Nguyễn Thị Hoa B", "manager")
    [entry] = list_entries(demo_db, "staff_update")
    assert entry.detail["before"] == {"name": "Nguyễn Thị Hoa", "role": "cashier"}
    update_staff(demo_db, boss, me.id, "Nguyễn Thị Hoa B", "manager")  # no change, no entry
    assert len(list_entries(demo_db, "staff_update")) == 1


def test_reset_pin_replaces_the_hash_and_lifts_a_lockout(demo_db):
    boss, me = _boss(demo_db), _cashier(demo_db)
    for _ in range(MAX_FAILURES):
        with pytest.raises(PermissionDenied):
            authenticate(demo_db, me.id, "0000")
    with demo_db.read() as s:
        old_hash = s.get(Staff, me.id).pin_hash
    assert [r.locked for r in list_all(demo_db) if r.id == me.id] == [True]
    reset_pin(demo_db, boss, me.id, "86420")
    with pytest.raises(PermissionDenied, match="Sai mã PIN"):
        authenticate(demo_db, me.id, "1111")
    assert authenticate(demo_db, me.id, "86420").id == me.id
    with demo_db.read() as s:
        assert s.get(Staff, me.id).pin_hash != old_hash
    [entry] = list_entries(demo_db, "staff_pin_reset")
    assert "86420" not in str(entry.detail) and entry.detail["id"] == me.id
    with pytest.raises(ValidationError, match="4 đến 8"):
        reset_pin(demo_db, boss, me.id, "12")


def test_unknown_staff(demo_db):
    with pytest.raises(NotFoundError):
        set_active(demo_db, _boss(demo_db), 9999, False)


def test_the_first_person_on_a_fresh_install_must_be_a_manager(db):
    with pytest.raises(ValidationError, match="Người đầu tiên phải là quản lý"):
        add_staff(db, None, "Lan", "cashier", "1234")
    first = add_staff(db, None, "Lan", "manager", "1234")
    with pytest.raises(RightDenied):  # from then on, someone must be logged in
        add_staff(db, None, "Hà", "cashier", "1234")
    assert [r.name for r in list_all(db)] == [first.name]
    with db.read() as s:
        assert s.scalars(select(Staff.name)).all() == ["Lan"]


def test_create_staff_for_demo_data_still_checks_the_pin(db):
    with pytest.raises(ValidationError, match="4 đến 8"):
        create_staff(db, "X", "cashier", "123456789")
