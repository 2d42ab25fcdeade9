"""`ocop-booth setup`: a booth prepared by script, one error line per wrong field, exit 0/1."""

from __future__ import annotations

from app.cli import main
from app.config import Paths
from app.db import Database
from app.services import auth, settings
from app.services.vietqr import parse_tlv

BASE = ["setup", "--shop", "Gian hàng Bình Liêu", "--booth-code", "bl03",
        "--manager", "Trần Văn Minh", "--manager-pin", "2468"]


def test_setup_makes_a_booth_that_the_other_commands_use(tmp_path, capsys):
    data = tmp_path / "booth"
    argv = ["--data-dir", str(data), *BASE, "--address", "Chợ Bình Liêu",
            "--cashier", "Nguyễn Thị Hoa:1357", "--cashier", "Lê Văn Nam:8642",
            "--bank-bin", "970436", "--account", "1023456789", "--holder", "Trần Văn Minh",
            "--receipt-width", "58", "--kind", "sale_point"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert out.startswith("Đã cài đặt BL03 (Gian hàng Bình Liêu)")
    assert "2 thu ngân" in out and "Vietcombank 1023456789" in out
    db = Database(Paths(data), lock=False)
    try:
        s = settings.load(db)
        assert (s.device_code, s.fair_id, s.receipt_width_mm) == ("BL03", None, 58)
        assert s.bank_account_name == "TRAN VAN MINH"
        assert sorted((p.name, p.role) for p in auth.list_staff(db)) == [
            ("Lê Văn Nam", "cashier"), ("Nguyễn Thị Hoa", "cashier"), ("Trần Văn Minh", "manager")]
    finally:
        db.close()
    assert main(["--data-dir", str(data), "vietqr"]) == 0
    fields = parse_tlv(capsys.readouterr().out.strip())
    assert parse_tlv(parse_tlv(fields["38"])["01"]) == {"00": "970436", "01": "1023456789"}


def test_each_wrong_field_is_one_line_naming_its_option(tmp_path, capsys):
    data = tmp_path / "booth"
    argv = ["--data-dir", str(data), "setup", "--shop", " ", "--booth-code", "B L",
            "--manager", "Minh", "--manager-pin", "12", "--cashier", "Hoa:12",
            "--bank-bin", "970436", "--receipt-width", "76"]
    assert main(argv) == 1
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(":")[1].strip() for line in lines] == [
        "--shop", "--booth-code", "--manager-pin", "--cashier", "--account", "--holder",
        "--receipt-width"]
    assert all(line.startswith("Lỗi: ") for line in lines)
    assert "Mã PIN phải gồm 4 đến 8 chữ số" in lines[2]
    assert not data.exists()  # checked before the data dir is touched


def test_a_cashier_without_a_pin_is_explained(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "b"), *BASE, "--cashier", "Hoa"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--cashier “Hoa”" in err and "TÊN:PIN" in err


def test_a_set_up_data_dir_is_refused(tmp_path, capsys):
    data = tmp_path / "booth"
    assert main(["--data-dir", str(data), "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), *BASE]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "đã được cài đặt" in err
    fresh = tmp_path / "fresh"
    assert main(["--data-dir", str(fresh), *BASE]) == 0
    assert main(["--data-dir", str(fresh), *BASE]) == 1
    assert "đã được cài đặt" in capsys.readouterr().err
