"""The rights table (services.rights): who may do what, and that the check itself holds.

The expected table is written out here on purpose, action by action: a change to the table in
app/services/rights.py must be made twice, once knowingly in this test.
"""

from __future__ import annotations

import pytest

from app.services.auth import create_staff, list_staff
from app.services.errors import PermissionDenied
from app.services.rights import (
    ROLE_RIGHTS,
    Actor,
    Right,
    RightDenied,
    may,
    needs_approval,
    require,
    require_or_setup,
)
from app.services.staff import set_active

EXPECTED = {  # right: (cashier, manager)
    Right.PRICE: (False, True),
    Right.DISCOUNT_OVER_LIMIT: (False, True),
    Right.VOID: (False, True),
    Right.REFUND: (False, True),
    Right.STOCK_RECEIVE: (True, True),
    Right.STOCK_TRANSFER: (True, True),
    Right.STOCK_COUNT: (False, True),
    Right.STOCK_WRITE_OFF: (False, True),
    Right.SETTINGS: (False, True),
    Right.STAFF: (False, True),
    Right.DRAWER: (False, True),
}
CASES = [
    (right, role, allowed)
    for right, (cashier, manager) in EXPECTED.items()
    for role, allowed in (("cashier", cashier), ("manager", manager))
]


def _ids(demo_db):
    return list_staff(demo_db, "cashier")[0].id, list_staff(demo_db, "manager")[0].id


def test_the_table_names_every_action_and_role():
    assert set(EXPECTED) == set(Right)
    assert set(ROLE_RIGHTS) == {"cashier", "manager"}


@pytest.mark.parametrize(("right", "role", "allowed"), CASES,
                         ids=[f"{r.value}-{role}" for r, role, _ in CASES])
def test_each_action_for_each_role_alone(demo_db, right, role, allowed):
    staff_id = dict(zip(("cashier", "manager"), _ids(demo_db), strict=True))[role]
    assert may(role, right) is allowed
    with demo_db.read() as session:
        if allowed:
            assert require(session, Actor(staff_id), right).id == staff_id
        else:
            with pytest.raises(RightDenied) as info:
                require(session, Actor(staff_id), right)
            assert info.value.right is right
            assert info.value.text.startswith("Cần mã PIN của quản lý để ")


@pytest.mark.parametrize("right", list(Right), ids=[r.value for r in Right])
def test_a_managers_approval_gives_a_cashier_each_right(demo_db, right):
    cashier, manager = _ids(demo_db)
    with demo_db.read() as session:
        holder = require(session, Actor(cashier, manager), right)
    assert holder.id == (cashier if may("cashier", right) else manager)


def test_the_refusal_names_the_action_in_vietnamese(demo_db):
    cashier, _ = _ids(demo_db)
    words = {
        Right.PRICE: "đổi giá bán", Right.VOID: "hủy hóa đơn", Right.REFUND: "hoàn tiền",
        Right.STOCK_COUNT: "điều chỉnh tồn kho", Right.SETTINGS: "đổi cài đặt",
        Right.STAFF: "quản lý nhân viên",
    }
    with demo_db.read() as session:
        for right, word in words.items():
            with pytest.raises(RightDenied, match=f"để {word}$"):
                require(session, Actor(cashier), right)


def test_a_cashier_cannot_approve_and_a_disabled_manager_cannot_either(demo_db):
    cashier, manager = _ids(demo_db)
    other = create_staff(demo_db, "Lê Thu", "cashier", "2468")
    boss2 = create_staff(demo_db, "Phạm Hùng", "manager", "1357")
    with demo_db.read() as session:
        with pytest.raises(RightDenied, match="Lê Thu không có quyền hủy hóa đơn"):
            require(session, Actor(cashier, other.id), Right.VOID)
    set_active(demo_db, Actor(manager), boss2.id, False)
    with demo_db.read() as session:
        with pytest.raises(RightDenied, match="Cần mã PIN"):
            require(session, Actor(cashier, boss2.id), Right.VOID)


def test_a_disabled_account_loses_every_right_at_once(demo_db):
    _, manager = _ids(demo_db)
    boss2 = create_staff(demo_db, "Phạm Hùng", "manager", "1357")
    set_active(demo_db, Actor(manager), boss2.id, False)
    with demo_db.read() as session:
        with pytest.raises(PermissionDenied, match="Phạm Hùng đã bị tắt"):
            require(session, Actor(boss2.id), Right.STOCK_RECEIVE)


def test_nobody_logged_in_acts_on_a_fresh_install(db):
    with db.read() as session:
        assert require_or_setup(session, None, Right.SETTINGS) is None


def test_nobody_logged_in_is_refused_once_there_is_staff(demo_db):
    with demo_db.read() as session:
        with pytest.raises(RightDenied):
            require_or_setup(session, None, Right.SETTINGS)


def test_the_ui_asks_for_a_pin_exactly_where_the_table_says(demo_db):
    cashier = list_staff(demo_db, "cashier")[0]
    manager = list_staff(demo_db, "manager")[0]
    for right, (cashier_may, _) in EXPECTED.items():
        assert needs_approval(cashier, right) is not cashier_may
        assert needs_approval(manager, right) is False
        assert needs_approval(None, right) is True
