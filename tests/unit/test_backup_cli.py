"""`ocop-booth backup` and `ocop-booth restore` through the real entry point."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.cli import main
from app.config import Paths
from app.db import Database
from app.services import settings
from app.services.auth import list_staff
from app.services.shifts import open_shift
from app.services.till import Till
from tests.unit.test_backups import audit_sales
from tests.unit.test_restore import sell_tea

CHILD = Path(__file__).resolve().parents[1] / "crash_child.py"


def _sales(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM sales").fetchone()[0]
    finally:
        conn.close()


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("Lỗi: ") and "Traceback" not in err, err
    return err


def test_backup_then_restore_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "booth"
    assert main(["--data-dir", str(data), "demo", "--sales", "20"]) == 0
    copy = tmp_path / "usb" / "booth-copy.db"
    assert main(["--data-dir", str(data), "backup", "--out", str(copy)]) == 0
    assert f"vào {copy}" in capsys.readouterr().out
    assert audit_sales(copy, lambda _number: None) == 20
    # two more sales after the copy, by another run of the app
    db = Database(Paths(data))
    try:
        s = settings.load(db)
        till = Till(list_staff(db, "cashier")[0], s.location_id, s.fair_id, s.device_code)
        till = till.with_shift(open_shift(db, till, 0).id)
        sell_tea(db, till, 2)
    finally:
        db.close()
    assert _sales(data / "booth.db") == 22

    assert main(["--data-dir", str(data), "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "20 hóa đơn" in out and "được giữ ở" in out
    assert _sales(data / "booth.db") == 20
    kept = [p for p in (data / "backups").iterdir() if "before-restore" in p.name]
    assert len(kept) == 1 and _sales(kept[0]) == 22

    # without --out: a manual copy in the data dir's backups/
    assert main(["--data-dir", str(data), "backup"]) == 0
    assert "-manual.db" in capsys.readouterr().out


def test_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "booth"
    assert main(["--data-dir", str(data), "backup", "--out", str(tmp_path / "x.db")]) == 1
    assert "Không có cơ sở dữ liệu" in _one_line_error(capsys)
    assert main(["--data-dir", str(data), "demo"]) == 0
    capsys.readouterr()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00garbage" * 512)
    assert main(["--data-dir", str(data), "restore", str(junk)]) == 1
    assert "không phải cơ sở dữ liệu" in _one_line_error(capsys)
    running = Database(Paths(data))  # the app is open on this data dir
    try:
        good = tmp_path / "good.db"
        assert main(["--data-dir", str(data), "backup", "--out", str(good)]) == 0  # allowed
        capsys.readouterr()
        assert main(["--data-dir", str(data), "restore", str(good)]) == 1
        assert "hãy đóng ứng dụng" in _one_line_error(capsys)
    finally:
        running.close()
    assert main(["--data-dir", str(data), "restore", "--debug", str(junk)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" in err and err.rstrip().endswith("không phải cơ sở dữ liệu")


def test_backup_command_while_another_process_sells(tmp_path: Path) -> None:
    """The till is another process (tests/crash_child.py, selling until killed); the command
    takes copies meanwhile. Every copy is a sound database holding a prefix of whole sales,
    each with the lines the till acknowledged."""
    data = tmp_path / "booth"
    assert main(["--data-dir", str(data), "demo"]) == 0
    child = subprocess.Popen(
        [sys.executable, str(CHILD), "--once", str(data), "7"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    acked: dict[str, int] = {}
    started = threading.Event()

    def read_acks() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("ACK "):
                _, _id, number, _total, lines = line.split()
                acked[number] = int(lines)
                started.set()

    reader = threading.Thread(target=read_acks, daemon=True)
    reader.start()
    counts = []
    try:
        assert started.wait(60), child.stderr.read() if child.poll() is not None else "silent"
        for i in range(8):
            before = len(acked)
            while len(acked) < before + 3 and child.poll() is None:
                started.wait(0.01)
            out = tmp_path / f"copy-{i}.db"
            assert main(["--data-dir", str(data), "backup", "--out", str(out)]) == 0
            counts.append(audit_sales(out, acked.get))
    finally:
        child.kill()
        child.wait()
        reader.join(5)
    assert counts == sorted(counts) and counts[-1] > counts[0] > 0
