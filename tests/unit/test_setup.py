"""First-run setup (services.setup): every field checked, all written or nothing, only once,
and a booth set up without a hub (no fair) can sell."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.models import Location, OutboxEntry, Sale, Setting, Staff
from app.services import auth, printer_settings, settings
from app.services.banks import search_banks
from app.services.cart import Cart
from app.services.catalog import lookup_code
from app.services.catalog_admin import ProductInput, create_product
from app.services.catalog_rules import FieldErrors
from app.services.checkout import PaymentInput, checkout
from app.services.errors import StateError
from app.services.rights import Actor
from app.services.setup import SetupRequest, StaffEntry, is_set_up, run_setup, validate
from app.services.shifts import open_shift
from app.services.till import Till

GOOD = SetupRequest(
    shop_name="  Gian hàng   Bình Liêu ",
    booth_code="bl03",
    manager_name="Trần Văn Minh",
    manager_pin="2468",
    shop_address="Chợ Bình Liêu, Quảng Ninh",
    cashiers=(StaffEntry("Nguyễn Thị Hoa", "1357"),),
    bank_bin="970436",
    bank_account="1023 456 789",
    bank_account_name="Hợp tác xã Đồng Tâm",
    receipt_width_mm=58,
)


def _fields(request: SetupRequest) -> dict[str, str]:
    return {e.field: e.text for e in validate(request)}


def _count(db: Database, model: type) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_good_request_has_no_errors():
    assert validate(GOOD) == []
    assert validate(SetupRequest("Điểm bán Hạ Long", "HL-01", "Minh", "123456")) == []


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"shop_name": "   "}, "shop_name", "Không được để trống"),
        ({"shop_name": "x" * 201}, "shop_name", "Dài quá 200"),
        ({"shop_address": "x" * 301}, "shop_address", "Dài quá 300"),
        ({"booth_code": ""}, "booth_code", "Không được để trống"),
        ({"booth_code": "B"}, "booth_code", "từ 2 đến 16"),
        ({"booth_code": "BL 03"}, "booth_code", "gạch ngang"),
        ({"booth_code": "GIAN-HANG-BINH-LIEU"}, "booth_code", "16 ký tự"),
        ({"booth_code": "BÌNH"}, "booth_code", "không dấu"),
        ({"location_kind": "market"}, "location_kind", "market"),
        ({"manager_name": ""}, "manager_name", "Không được để trống"),
        ({"manager_pin": "12"}, "manager_pin", "4 đến 8 chữ số"),
        ({"manager_pin": "12a4"}, "manager_pin", "4 đến 8 chữ số"),
        ({"cashiers": (StaffEntry("", "1357"),)}, "cashiers", "Thu ngân thứ 1"),
        ({"cashiers": (StaffEntry("trần văn minh", "1357"),)}, "cashiers", "mỗi người một tên"),
        ({"cashiers": (StaffEntry("Hoa", "99"),)}, "cashiers", "Thu ngân Hoa: Mã PIN"),
        ({"cashiers": (StaffEntry("Hoa", "2468"),)}, "cashiers", "trùng mã PIN của quản lý"),
        ({"bank_bin": ""}, "bank_bin", "chọn ngân hàng"),
        ({"bank_bin": "123456"}, "bank_bin", "danh sách NAPAS"),
        ({"bank_account": ""}, "bank_account", "Không được để trống"),
        ({"bank_account": "1023-456"}, "bank_account", "chỉ gồm chữ và số"),
        ({"bank_account": "1" * 20}, "bank_account", "tối đa 19"),
        ({"bank_account_name": ""}, "bank_account_name", "Không được để trống"),
        ({"receipt_width_mm": 76}, "receipt_width_mm", "80 hoặc 58"),
        ({"language": "fr"}, "language", "fr"),
    ],
)
def test_each_field_is_checked_and_named(change, field, words):
    errors = _fields(replace(GOOD, **change))
    assert list(errors) == [field]
    assert words in errors[field]


def test_no_bank_at_all_is_fine_but_half_a_bank_is_not():
    bare = replace(GOOD, bank_bin="", bank_account="", bank_account_name="")
    assert validate(bare) == []
    assert set(_fields(replace(bare, bank_account="1023456789"))) == {
        "bank_bin", "bank_account_name"}


def test_every_wrong_field_is_reported_at_once():
    errors = validate(SetupRequest("", "?", "", "1"))
    assert [e.field for e in errors] == ["shop_name", "booth_code", "manager_name", "manager_pin"]
    assert errors[0].message() == "Tên cửa hàng / gian hàng: Không được để trống"


def test_banks_are_found_by_name_without_diacritics():
    assert [b.bin for b in search_banks("ngoai thuong")] == ["970436"]
    assert search_banks("Vietcombank")[0].bin == "970436"
    assert [b.short_name for b in search_banks("970422")] == ["MB"]
    assert len(search_banks("")) >= 40


def test_run_setup_writes_the_booth_staff_and_settings(db):
    assert not is_set_up(db)
    result = run_setup(db, GOOD)
    assert is_set_up(db)
    s = settings.load(db)
    assert (s.device_code, s.location_id, s.fair_id) == ("BL03", result.location_id, None)
    assert (s.shop_name, s.shop_address) == ("Gian hàng Bình Liêu", "Chợ Bình Liêu, Quảng Ninh")
    assert (s.bank_bin, s.bank_account, s.bank_account_name) == (
        "970436", "1023456789", "HOP TAC XA DONG TAM")
    assert (s.receipt_width_mm, s.language) == (58, "vi")
    assert printer_settings.load(db).paper_mm == 58  # the PDF and the ESC/POS printer alike
    with db.read() as session:
        location = session.get(Location, result.location_id)
        assert (location.code, location.name, location.kind) == (
            "BL03", "Gian hàng Bình Liêu", "booth")
    staff = {p.name: p.role for p in auth.list_staff(db)}
    assert staff == {"Trần Văn Minh": "manager", "Nguyễn Thị Hoa": "cashier"}
    assert auth.authenticate(db, result.manager.id, "2468").is_manager
    assert auth.authenticate(db, result.cashiers[0].id, "1357").role == "cashier"


def test_invalid_request_writes_nothing(db):
    with pytest.raises(FieldErrors) as caught:
        run_setup(db, replace(GOOD, manager_pin="1"))
    assert [e.field for e in caught.value.errors] == ["manager_pin"]
    assert not is_set_up(db)
    assert _count(db, Setting) == 0 and _count(db, Staff) == 0


def test_a_failure_in_the_middle_leaves_nothing(db, monkeypatch):
    calls = []
    real = auth.add_staff

    def failing(session, name, role, pin):
        calls.append(name)
        if role == "cashier":  # the location and the manager are already flushed
            raise OSError("disk full")
        return real(session, name, role, pin)

    monkeypatch.setattr(auth, "add_staff", failing)
    with pytest.raises(OSError):
        run_setup(db, GOOD)
    assert calls == ["Trần Văn Minh", "Nguyễn Thị Hoa"]
    assert not is_set_up(db)
    for model in (Location, Staff, Setting):
        assert _count(db, model) == 0
    monkeypatch.setattr(auth, "add_staff", real)
    assert run_setup(db, GOOD).device_code == "BL03"  # and it can be done again, properly


def test_a_set_up_directory_is_refused(db, demo_db):
    assert is_set_up(demo_db)
    with pytest.raises(StateError, match="đã được cài đặt"):
        run_setup(demo_db, GOOD)


def test_setup_twice_is_refused(db):
    run_setup(db, GOOD)
    with pytest.raises(StateError, match="đã được cài đặt"):
        run_setup(db, replace(GOOD, booth_code="BL04"))
    assert _count(db, Location) == 1


def test_a_booth_without_a_hub_sells_with_no_fair(db):
    """The first real sale: an empty catalog plus one product, a shift, cash."""
    result = run_setup(db, replace(GOOD, cashiers=()))
    manager = auth.authenticate(db, result.manager.id, "2468")
    create_product(db, ProductInput(sku="MIEN-01", name="Miến dong Bình Liêu", price="45.000"),
                   Actor.of(manager))
    s = settings.load(db)
    till = Till(manager, s.location_id, s.fair_id, s.device_code)
    till = till.with_shift(open_shift(db, till, 200_000).id)
    product = lookup_code(db, "MIEN-01")
    assert product is not None
    cart = Cart()
    cart.add(product, 2)
    sale = checkout(db, till, cart, [PaymentInput("cash", 100_000)])
    assert (sale.number, sale.total, sale.change) == ("BL03-000001", 90_000, 10_000)
    with db.read() as session:
        stored = session.get(Sale, sale.id)
        assert stored.fair_id is None and stored.location_id == result.location_id
        fact = session.get(OutboxEntry, sale.id)
        assert json.loads(fact.payload)["fair_id"] is None
