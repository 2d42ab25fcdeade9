"""Who may do what: one table of rights per role, checked by every service that acts.

A cashier once changed a catalogue price (450.000 → 460.000) in the product editor with no
manager's PIN, and the next sales used it: the product dialog never asked, and the service
trusted the dialog. So the rule lives here, once, and each service that performs one of these
actions calls `require` inside its writing transaction, before it writes anything. Widgets
only ask `needs_approval` to know whether to show the manager-PIN dialog first; if they forget,
the service still refuses (with a `RightDenied` naming the action, so the UI can ask then).

An `Actor` is the logged-in person plus, optionally, the manager who typed their PIN for this
one action (services.auth.approve_as_manager checked the PIN). The right is used if either of
them holds it; both are re-read from the database, so a disabled account or a changed role
counts from the next action on.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Staff
from app.services.auth import StaffInfo, disabled
from app.services.errors import QT_TRANSLATE_NOOP, PermissionDenied


class Right(StrEnum):
    """Actions that not everyone at the till may perform."""

    PRICE = "price"  # set or change a selling price (catalogue or one sale line)
    DISCOUNT_OVER_LIMIT = "discount_over_limit"  # a line discount above the booth's limit
    VOID = "void"
    REFUND = "refund"
    STOCK_RECEIVE = "stock_receive"  # goods in from a producer (bought or consigned)
    STOCK_TRANSFER = "stock_transfer"  # warehouse → booth → back
    STOCK_COUNT = "stock_count"  # kiểm kê: the counted quantity replaces the ledger's
    STOCK_WRITE_OFF = "stock_write_off"  # spoilage, and unsold goods back to their producer
    SETTINGS = "settings"  # booth settings, among them the bank account VietQR pays into
    STAFF = "staff"  # add, disable, re-enable staff, set roles, reset PINs
    DRAWER = "drawer"  # open the cash drawer outside a cash sale ("mở két")


# The table. A role not listed here may do none of these actions; adding a role (say a
# "supervisor" who may void but not manage staff) is one row here plus the staff.role check.
# Cashiers receive and move goods because at a fair the delivery often arrives while the
# manager is away, and the ledger records who booked it; everything that changes money owed
# or taken, or who may act, needs a manager.
ROLE_RIGHTS: dict[str, frozenset[Right]] = {
    "cashier": frozenset({Right.STOCK_RECEIVE, Right.STOCK_TRANSFER}),
    "manager": frozenset(Right),
}

# What the refusal says: "Cần mã PIN của quản lý để {action}".
ACTION_NAMES: dict[Right, str] = {
    Right.PRICE: QT_TRANSLATE_NOOP("errors", "đổi giá bán"),
    Right.DISCOUNT_OVER_LIMIT: QT_TRANSLATE_NOOP("errors", "giảm giá quá hạn mức"),
    Right.VOID: QT_TRANSLATE_NOOP("errors", "hủy hóa đơn"),
    Right.REFUND: QT_TRANSLATE_NOOP("errors", "hoàn tiền"),
    Right.STOCK_RECEIVE: QT_TRANSLATE_NOOP("errors", "nhập hàng vào kho"),
    Right.STOCK_TRANSFER: QT_TRANSLATE_NOOP("errors", "chuyển kho"),
    Right.STOCK_COUNT: QT_TRANSLATE_NOOP("errors", "điều chỉnh tồn kho"),
    Right.STOCK_WRITE_OFF: QT_TRANSLATE_NOOP("errors", "xuất hủy hoặc trả hàng"),
    Right.SETTINGS: QT_TRANSLATE_NOOP("errors", "đổi cài đặt"),
    Right.STAFF: QT_TRANSLATE_NOOP("errors", "quản lý nhân viên"),
    Right.DRAWER: QT_TRANSLATE_NOOP("errors", "mở két tiền"),
}


class RightDenied(PermissionDenied):
    """The actor lacks `right` and nobody holding it approved; the UI may ask for a PIN."""

    def __init__(self, right: Right, template: str, **params: object) -> None:
        super().__init__(template, **params)
        self.right = right


@dataclass(frozen=True)
class Actor:
    """Who acts (the logged-in staff member) and who approved with a PIN, if anyone."""

    staff_id: int
    approver_id: int | None = None

    @classmethod
    def of(cls, staff: StaffInfo, approver: StaffInfo | None = None) -> Actor:
        return cls(staff.id, approver.id if approver is not None else None)


def may(role: str, right: Right) -> bool:
    """The table itself: may someone with this role do this on their own?"""
    return right in ROLE_RIGHTS.get(role, frozenset())


def needs_approval(staff: StaffInfo | None, right: Right) -> bool:
    """For the UI: should it ask for a manager's PIN before this action?"""
    return staff is None or not may(staff.role, right)


def action_name(right: Right) -> str:
    return ACTION_NAMES[right]


def denied(right: Right) -> RightDenied:
    return RightDenied(
        right,
        QT_TRANSLATE_NOOP("errors", "Cần mã PIN của quản lý để {action}"),
        action=ACTION_NAMES[right],
    )


def _info(staff: Staff) -> StaffInfo:
    return StaffInfo(staff.id, staff.name, staff.role)


def _no_staff_yet(session: Session) -> bool:
    return not (session.scalar(select(func.count()).select_from(Staff)) or 0)


def _active(session: Session, staff_id: int) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "Không tìm thấy nhân viên {id}"),
                               id=staff_id)
    if not staff.active:
        raise disabled(staff.name)
    return staff


def require(session: Session, actor: Actor, right: Right) -> StaffInfo:
    """Refuse, inside the caller's transaction, unless the actor or their approver holds `right`.

    Returns whoever's right was used (the actor, else the approver), for the audit log.
    """
    staff = _active(session, actor.staff_id)
    if may(staff.role, right):
        return _info(staff)
    if actor.approver_id is not None and actor.approver_id != staff.id:
        approver = session.get(Staff, actor.approver_id)
        if approver is not None and approver.active:
            if may(approver.role, right):
                return _info(approver)
            raise RightDenied(
                right,
                QT_TRANSLATE_NOOP("errors", "{name} không có quyền {action}"),
                name=approver.name,
                action=ACTION_NAMES[right],
            )
    raise denied(right)


def require_or_setup(session: Session, actor: Actor | None, right: Right) -> StaffInfo | None:
    """`require`, except that with no staff at all (a fresh install: nobody to ask) anyone may
    act, and None is returned. With staff, acting without being logged in is refused."""
    if actor is None:
        if _no_staff_yet(session):
            return None
        raise denied(right)
    return require(session, actor, right)


def require_staff(session: Session, actor: Actor | None) -> StaffInfo | None:
    """The actor is an active staff member (None only while no staff exist): for actions that
    need no particular right but must still be someone's."""
    if actor is None:
        if _no_staff_yet(session):
            return None
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "Chưa đăng nhập"))
    return _info(_active(session, actor.staff_id))
