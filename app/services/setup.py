"""First-run setup: a new data directory becomes a booth that can sell, in one transaction.

The wizard (app/ui/setup_wizard.py) and `ocop-booth setup` (app/commands/setup.py) both fill a
SetupRequest and call `run_setup`, so a laptop prepared by script and one set up by hand end up
the same: one location (a fair booth or a permanent sale point), its device code, the shop's
name and address, the VietQR account, the receipt width, the language, a manager and any
cashiers. All of it is written together or not at all: a booth with a location but no
manager could never be logged into, and the wizard would no longer open to fix it.

`validate` reports every wrong field at once (FieldErrors, keyed like the wizard's fields), so
each wizard page shows its own fields' errors and the command prints one line per field.
A booth set up here has no fair: the hub assigns one once the laptop is enrolled and synced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select

from app.db import Database
from app.models import Location, Staff
from app.services import auth
from app.services.auth import StaffInfo
from app.services.banks import bank_for
from app.services.catalog_rules import Collector, FieldError, FieldErrors
from app.services.errors import QT_TRANSLATE_NOOP, StateError, ValidationError
from app.services.settings import get_value, set_values
from app.services.textfold import fold, nfc, to_ascii
from app.services.vietqr import build_payload

LANGUAGES = ("vi", "en")
LOCATION_KINDS = ("booth", "sale_point")
RECEIPT_WIDTHS = (80, 58)
SHOP_NAME_MAX = 200  # locations.name
ADDRESS_MAX = 300
STAFF_NAME_MAX = 100  # staff.name
HOLDER_MAX = 50  # what bank apps show of a beneficiary's name
# locations.code holds 16; the code also starts every sale number ("BL03-000001").
_BOOTH_CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{1,15}")

SETUP_LABELS: dict[str, str] = {
    "language": QT_TRANSLATE_NOOP("errors", "Ngôn ngữ"),
    "shop_name": QT_TRANSLATE_NOOP("errors", "Tên cửa hàng / gian hàng"),
    "shop_address": QT_TRANSLATE_NOOP("errors", "Địa chỉ"),
    "booth_code": QT_TRANSLATE_NOOP("errors", "Mã gian hàng"),
    "location_kind": QT_TRANSLATE_NOOP("errors", "Loại điểm bán"),
    "manager_name": QT_TRANSLATE_NOOP("errors", "Tên quản lý"),
    "manager_pin": QT_TRANSLATE_NOOP("errors", "Mã PIN quản lý"),
    "cashiers": QT_TRANSLATE_NOOP("errors", "Thu ngân"),
    "bank_bin": QT_TRANSLATE_NOOP("errors", "Ngân hàng"),
    "bank_account": QT_TRANSLATE_NOOP("errors", "Số tài khoản"),
    "bank_account_name": QT_TRANSLATE_NOOP("errors", "Chủ tài khoản"),
    "receipt_width_mm": QT_TRANSLATE_NOOP("errors", "Khổ giấy hóa đơn"),
}
REQUIRED = QT_TRANSLATE_NOOP("errors", "Không được để trống")
TOO_LONG = QT_TRANSLATE_NOOP("errors", "Dài quá {max} ký tự")


class SetupFieldError(FieldError):
    """A FieldError labelled with the setup form's names instead of the catalog's columns."""

    @property
    def label(self) -> str:
        return SETUP_LABELS.get(self.field, self.field)


@dataclass(frozen=True)
class StaffEntry:
    name: str
    pin: str


@dataclass(frozen=True)
class SetupRequest:
    shop_name: str
    booth_code: str
    manager_name: str
    manager_pin: str
    shop_address: str = ""
    location_kind: str = "booth"
    cashiers: tuple[StaffEntry, ...] = ()
    bank_bin: str = ""
    bank_account: str = ""
    bank_account_name: str = ""
    receipt_width_mm: int = 80
    language: str = "vi"

    @property
    def has_bank_account(self) -> bool:
        return bool(self.bank_bin or self.bank_account or self.bank_account_name)


@dataclass(frozen=True)
class SetupResult:
    location_id: int
    device_code: str
    manager: StaffInfo
    cashiers: tuple[StaffInfo, ...] = field(default=())


def _text(value: str) -> str:
    return " ".join(nfc(value).split())


def normalized(request: SetupRequest) -> SetupRequest:
    """Spaces squeezed, the booth code in capitals, the account holder as banks print it
    (capitals without diacritics: what the buyer's bank app shows to compare)."""
    return replace(
        request,
        shop_name=_text(request.shop_name),
        shop_address=_text(request.shop_address),
        booth_code=request.booth_code.strip().upper(),
        manager_name=_text(request.manager_name),
        manager_pin=request.manager_pin.strip(),
        cashiers=tuple(StaffEntry(_text(c.name), c.pin.strip()) for c in request.cashiers),
        bank_bin=request.bank_bin.strip(),
        bank_account=request.bank_account.replace(" ", ""),
        bank_account_name=to_ascii(_text(request.bank_account_name)).upper(),
    )


class _Fields(Collector):
    def add(self, key: str, template: str, **params: object) -> None:
        self.errors.append(SetupFieldError(key, template, dict(params)))

    def text(self, key: str, value: str, maximum: int, required: bool = True) -> None:
        if required and not value:
            self.add(key, REQUIRED)
        elif len(value) > maximum:
            self.add(key, TOO_LONG, max=maximum)

    def pin(self, key: str, pin: str) -> None:
        try:
            auth.check_pin_format(pin)
        except ValidationError as exc:
            self.add(key, exc.template, **exc.params)


def validate(request: SetupRequest) -> list[FieldError]:
    """Every wrong field of the (normalized) request, in the order the wizard asks for them."""
    r = normalized(request)
    check = _Fields()
    if r.language not in LANGUAGES:
        check.add("language", QT_TRANSLATE_NOOP("errors", "Chưa hỗ trợ ngôn ngữ “{value}”"),
                  value=r.language)
    check.text("shop_name", r.shop_name, SHOP_NAME_MAX)
    check.text("shop_address", r.shop_address, ADDRESS_MAX, required=False)
    if not r.booth_code:
        check.add("booth_code", REQUIRED)
    elif not _BOOTH_CODE.fullmatch(r.booth_code):
        check.add("booth_code", QT_TRANSLATE_NOOP(
            "errors", "Chỉ gồm chữ không dấu, chữ số và dấu gạch ngang, từ 2 đến 16 ký tự "
            "(ví dụ BL03): mã này đứng đầu mọi số hóa đơn"))
    if r.location_kind not in LOCATION_KINDS:
        check.add("location_kind",
                  QT_TRANSLATE_NOOP("errors", "Loại điểm bán không hợp lệ: {value}"),
                  value=r.location_kind)
    check.text("manager_name", r.manager_name, STAFF_NAME_MAX)
    check.pin("manager_pin", r.manager_pin)
    _check_cashiers(check, r)
    if r.has_bank_account:
        _check_bank(check, r)
    if r.receipt_width_mm not in RECEIPT_WIDTHS:
        check.add("receipt_width_mm", QT_TRANSLATE_NOOP(
            "errors", "Khổ giấy hóa đơn là 80 hoặc 58 mm, không phải {value}"),
            value=r.receipt_width_mm)
    return check.errors


def _check_cashiers(check: _Fields, r: SetupRequest) -> None:
    """Names tell people apart on the login screen, and a cashier who shares the manager's
    PIN could approve her own voids and discounts."""
    seen = {fold(r.manager_name)} if r.manager_name else set()
    for n, cashier in enumerate(r.cashiers, start=1):
        name = cashier.name or str(n)
        if not cashier.name or len(cashier.name) > STAFF_NAME_MAX:
            check.add("cashiers", QT_TRANSLATE_NOOP(
                "errors", "Thu ngân thứ {n}: tên phải có, tối đa {max} ký tự"), n=n,
                max=STAFF_NAME_MAX)
        elif fold(cashier.name) in seen:
            check.add("cashiers", QT_TRANSLATE_NOOP(
                "errors", "Tên “{name}” đã dùng cho người khác: mỗi người một tên"), name=name)
        seen.add(fold(cashier.name))
        try:
            auth.check_pin_format(cashier.pin)
        except ValidationError as exc:
            check.add("cashiers", QT_TRANSLATE_NOOP("errors", "Thu ngân {name}: {reason}"),
                      name=name, reason=exc.template)
            continue
        if cashier.pin == r.manager_pin:
            check.add("cashiers", QT_TRANSLATE_NOOP(
                "errors", "Thu ngân {name} không được dùng trùng mã PIN của quản lý"), name=name)


def _check_bank(check: _Fields, r: SetupRequest) -> None:
    """Bank, account and holder go together; the payload builder itself checks that a QR of
    them would scan, so the wizard never saves an account the till cannot print a QR for."""
    if not r.bank_bin:
        check.add("bank_bin", QT_TRANSLATE_NOOP("errors", "Hãy chọn ngân hàng"))
    elif bank_for(r.bank_bin) is None:
        check.add("bank_bin", QT_TRANSLATE_NOOP(
            "errors", "Không có ngân hàng mã BIN “{value}” trong danh sách NAPAS"),
            value=r.bank_bin)
    if not r.bank_account:
        check.add("bank_account", REQUIRED)
    elif bank_for(r.bank_bin) is not None:
        try:
            build_payload(r.bank_bin, r.bank_account)
        except ValidationError as exc:
            check.add("bank_account", exc.template, **exc.params)
    check.text("bank_account_name", r.bank_account_name, HOLDER_MAX)


def is_set_up(db: Database) -> bool:
    """A booth is set up once it has a location or any staff: the wizard is for a new data
    directory only, never a way round the manager's PIN on a working one."""
    with db.read() as session:
        return get_value(session, "location_id") is not None or bool(
            session.scalar(select(func.count()).select_from(Staff)))


def already_set_up() -> StateError:
    return StateError(QT_TRANSLATE_NOOP(
        "errors", "Thư mục dữ liệu này đã được cài đặt; việc cài đặt ban đầu chỉ làm trên "
        "thư mục mới (đổi thông tin trong Cài đặt)"))


def run_setup(db: Database, request: SetupRequest) -> SetupResult:
    """Check everything, then write the location, staff and settings in one transaction."""
    r = normalized(request)
    errors = validate(r)
    if errors:
        raise FieldErrors(errors)
    with db.write() as session:
        if get_value(session, "location_id") is not None or session.scalar(
                select(func.count()).select_from(Staff)):
            raise already_set_up()
        if session.scalar(select(Location.id).where(Location.code == r.booth_code)):
            raise FieldErrors([SetupFieldError("booth_code", QT_TRANSLATE_NOOP(
                "errors", "Mã {value} đã có trong dữ liệu"), {"value": r.booth_code})])
        location = Location(code=r.booth_code, name=r.shop_name, kind=r.location_kind)
        session.add(location)
        session.flush()
        manager = auth.add_staff(session, r.manager_name, "manager", r.manager_pin)
        cashiers = tuple(auth.add_staff(session, c.name, "cashier", c.pin) for c in r.cashiers)
        set_values(
            session,
            device_code=r.booth_code,
            location_id=location.id,
            fair_id=None,
            shop_name=r.shop_name,
            shop_address=r.shop_address,
            bank_bin=r.bank_bin,
            bank_account=r.bank_account,
            bank_account_name=r.bank_account_name,
            receipt_width_mm=r.receipt_width_mm,
            language=r.language,
        )
        return SetupResult(location.id, r.booth_code, manager, cashiers)
