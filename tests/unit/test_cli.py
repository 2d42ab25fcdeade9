"""The command line: demo data and VietQR payloads, through the real entry point."""

from __future__ import annotations

import subprocess
import sys

from app.cli import main
from app.services.vietqr import parse_tlv, verify_crc


def test_demo_then_vietqr(tmp_path, capsys):
    data = tmp_path / "booth"
    assert main(["--data-dir", str(data), "demo", "--sales", "30"]) == 0
    assert "30 past sales" in capsys.readouterr().out
    assert (
        main(["--data-dir", str(data), "vietqr", "--amount", "120000", "--ref", "BL03-000031"]) == 0
    )
    payload = capsys.readouterr().out.strip()
    fields = parse_tlv(payload)
    assert verify_crc(payload)
    assert fields["01"] == "12" and fields["54"] == "120000"
    assert parse_tlv(fields["62"])["08"] == "BL03-000031"
    assert parse_tlv(parse_tlv(fields["38"])["01"]) == {"00": "970436", "01": "1023456789"}
    assert main(["--data-dir", str(data), "vietqr"]) == 0
    static = parse_tlv(capsys.readouterr().out.strip())
    assert static["01"] == "11" and "54" not in static


def test_demo_refuses_a_filled_data_dir(tmp_path, capsys):
    data = tmp_path / "booth"
    assert main(["--data-dir", str(data), "demo"]) == 0
    assert main(["--data-dir", str(data), "demo"]) == 1
    assert "thư mục trống" in capsys.readouterr().err


def test_vietqr_without_bank_account_explains(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "empty"), "vietqr"]) == 1
    assert "--bank-bin" in capsys.readouterr().err
    assert main(["vietqr", "--bank-bin", "12", "--account", "1"]) == 1
    assert "BIN" in capsys.readouterr().err


def test_module_entry_point_runs(tmp_path):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "vietqr",
            "--bank-bin",
            "970415",
            "--account",
            "0011001932418",
            "--amount",
            "120000",
            "--ref",
            "ung ho lu lut",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # Published example (subiz/vietqr README): same account, amount and note.
    assert out.endswith("6304C15C")
