"""`ocop-booth print-receipt` and `ocop-booth open-drawer`, printing into a file device."""

from __future__ import annotations

import io

import zxingcpp

from app.cli import main
from app.services.audit_log import list_entries
from app.services.auth import list_staff
from app.services.cart import Cart
from app.services.catalog import lookup_code
from app.services.checkout import PaymentInput, checkout
from tests.unit.escpos_reader import parse


def _sale(db, till) -> str:
    cart = Cart()
    cart.add(lookup_code(db, "2000010000012"))
    return checkout(db, till, cart, [PaymentInput("cash", cart.total)]).number


def _run(db, *args: str) -> int:
    return main(["--data-dir", str(db.paths.data_dir), *args])


def test_print_receipt_to_a_file_uri(demo_db, cashier_till, tmp_path, capsys):
    number = _sale(demo_db, cashier_till)
    device = tmp_path / "lp0"
    assert _run(demo_db, "print-receipt", number.lower(), "--printer", f"file://{device}",
                "--width", "58") == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Đã in hóa đơn {number} ra file://{device}: ")
    [job] = parse(device.read_bytes())
    assert job.kicks == []  # a reprint never opens the drawer
    assert job.width_bytes == 48
    assert [r.text for r in zxingcpp.read_barcodes(job.image())] == [number]


def test_print_receipt_errors_are_one_line(demo_db, cashier_till, capsys):
    number = _sale(demo_db, cashier_till)
    cases = [
        (("print-receipt", "BL01-999999", "--printer", "file:///tmp/x"),
         "Lỗi: Không tìm thấy hóa đơn BL01-999999"),
        (("print-receipt", number, "--printer", "lpt1"), "Lỗi: Địa chỉ máy in “lpt1”"),
        (("print-receipt", number, "--printer", "file:///dev/usb/lp-gone"),
         "Lỗi: Máy in hóa đơn file:///dev/usb/lp-gone không nhận lệnh in: không thấy máy in"),
        (("print-receipt", number), "Lỗi: Chưa cài máy in hóa đơn"),
    ]
    for args, start in cases:
        assert _run(demo_db, *args) == 1
        err = capsys.readouterr().err
        assert err.startswith(start), err
        assert err.count("\n") == 1


def test_open_drawer_needs_a_managers_pin_and_is_audited(demo_db, tmp_path, capsys,
                                                         monkeypatch):
    device = tmp_path / "lp0"
    uri = f"file://{device}"
    assert _run(demo_db, "open-drawer", "--printer", uri) == 1
    assert capsys.readouterr().err == "Lỗi: Cần mã PIN của quản lý để mở két tiền\n"
    cashier = list_staff(demo_db, "cashier")[0]
    monkeypatch.setattr("sys.stdin", io.StringIO("1111\n"))
    assert _run(demo_db, "open-drawer", "--printer", uri, "--staff", str(cashier.id)) == 1
    assert "Cần mã PIN của quản lý để mở két tiền" in capsys.readouterr().err
    assert not device.exists()

    manager = list_staff(demo_db, "manager")[0]
    monkeypatch.setattr("sys.stdin", io.StringIO("9999\n"))
    assert _run(demo_db, "open-drawer", "--printer", uri, "--staff", manager.name) == 0
    assert capsys.readouterr().out == f"Đã mở két qua {uri}\n"
    [job] = parse(device.read_bytes())
    assert job.commands == ["init", "kick"]
    [entry] = list_entries(demo_db, "drawer_open")
    assert entry.staff_id == manager.id and entry.detail == {"printer": uri}
