"""The "Sao lưu" tab and the automatic backups, driven like a manager would."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.services import auth, backups, shifts
from app.ui import backup_panel as panel_module
from app.ui import restore_flow
from app.ui.auto_backup import AutoBackup
from app.ui.backup_panel import BackupPanel
from app.ui.context import AppContext
from app.ui.settings_page import SettingsPage

pytest_plugins = ["tests.ui.fixtures_app"]

MANAGER, MANAGER_PIN = "Trần Văn Minh", "9999"
MORNING = datetime(2026, 11, 24, 1, 5, tzinfo=UTC)  # 08:05 in Hạ Long


@pytest.fixture
def boss_ctx(ctx: AppContext, staff_named) -> AppContext:
    ctx.log_in(auth.authenticate(ctx.db, staff_named(ctx.db, MANAGER).id, MANAGER_PIN))
    return ctx


def _panel(qtbot, ctx: AppContext) -> BackupPanel:
    panel = BackupPanel(ctx)
    qtbot.addWidget(panel)
    return panel


def test_the_settings_page_has_a_backup_tab_listing_newest_first(qtbot, boss_ctx):
    paths = boss_ctx.db.paths
    backups.make_backup(paths, backups.DAILY, now=MORNING)
    backups.make_backup(paths, backups.SHIFT, label="BL03-C0007", now=MORNING.replace(hour=10))
    page = SettingsPage(boss_ctx)
    qtbot.addWidget(page)
    panel = page.backups
    model = panel.model
    assert model.rowCount() == 2
    cells = [[model.index(r, c).data() for c in range(4)] for r in range(2)]
    assert cells[0][:2] == ["24/11/2026 17:05", "Chốt ca BL03-C0007"]
    assert cells[1][:2] == ["24/11/2026 08:05", "Hằng ngày"]
    assert cells[1][3] == "booth-2026-11-24-0805-daily.db"
    assert cells[0][2].endswith("KB") or cells[0][2].endswith("MB")


def test_backup_now_writes_a_checked_copy_to_the_chosen_folder(qtbot, boss_ctx, tmp_path,
                                                               monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(usb))
    panel = _panel(qtbot, boss_ctx)
    with qtbot.waitSignal(panel.runner.finished, timeout=30_000):
        qtbot.mouseClick(panel._now, Qt.MouseButton.LeftButton)
        assert not panel._now.isEnabled()  # one copy at a time; the UI keeps painting
    copies = list(usb.iterdir())
    assert len(copies) == 1 and copies[0].name.endswith("-manual.db")
    assert backups.integrity_problems(copies[0]) == []
    assert "Đã sao lưu và kiểm tra" in panel.message() and str(copies[0]) in panel.message()
    assert panel._now.isEnabled()


def test_a_cashier_needs_a_managers_pin(qtbot, cashier_ctx, manager, tmp_path, monkeypatch):
    asked: list[str] = []
    answers = [None, manager]
    monkeypatch.setattr(
        panel_module, "ask_manager", lambda _p, _c, reason: asked.append(reason) or answers.pop(0)
    )
    usb = tmp_path / "usb"
    usb.mkdir()
    panel = _panel(qtbot, cashier_ctx)
    assert not panel.backup_now(usb)  # cancelled at the PIN
    assert list(usb.iterdir()) == []
    with qtbot.waitSignal(panel.runner.finished, timeout=30_000):
        assert panel.backup_now(usb)
    assert asked == ["Sao lưu ngay", "Sao lưu ngay"]
    assert len(list(usb.glob("*-manual.db"))) == 1


def test_restore_is_checked_then_confirmed_by_name_and_date(qtbot, boss_ctx, monkeypatch):
    saved = backups.make_backup(boss_ctx.db.paths, backups.DAILY, now=MORNING)
    panel = _panel(qtbot, boss_ctx)
    panel.refresh()
    panel.select_row(0)
    offered: list[str] = []

    def choose(_parent, _title, start, _filter):
        offered.append(start)
        return str(saved.path), ""

    questions: list[str] = []

    def answer(_parent, _title, text, *_args):
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    monkeypatch.setattr(QMessageBox, "question", answer)
    closed: list[bool] = []
    monkeypatch.setattr(restore_flow.QApplication, "closeAllWindows", lambda: closed.append(True))
    try:
        with qtbot.waitSignal(panel.runner.finished, timeout=30_000):
            qtbot.mouseClick(panel._restore, Qt.MouseButton.LeftButton)
        assert offered == [str(saved.path)]  # the selected backup is offered first
        assert len(questions) == 1
        text = questions[0]
        assert "08:05 24/11/2026" in text and "Hằng ngày" in text and str(saved.path) in text
        assert str(boss_ctx.db.paths.backups) in text and "đóng và mở lại" in text
        assert restore_flow.pending_restore() == saved.path and closed == [True]
    finally:
        restore_flow.take_pending_restore()


def test_a_refused_file_is_said_and_nothing_is_asked(qtbot, boss_ctx, tmp_path, monkeypatch):
    junk = tmp_path / "junk.db"
    junk.write_text("không phải dữ liệu", encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: pytest.fail("asked"))
    panel = _panel(qtbot, boss_ctx)
    with qtbot.waitSignal(panel.runner.failed, timeout=30_000):
        assert panel.restore_from(junk)
    assert "không phải cơ sở dữ liệu" in panel.message()
    assert restore_flow.pending_restore() is None


def test_finish_restore_replaces_the_closed_database(qtbot, boss_ctx, monkeypatch):
    paths = boss_ctx.db.paths
    saved = backups.make_backup(paths, backups.DAILY, now=MORNING)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    boss_ctx.db.close()  # what run_gui does once the windows are closed
    assert restore_flow.finish_restore(paths, saved.path)
    assert "Đã khôi phục" in told[0] and "before-restore" in told[0]


def test_closing_a_shift_makes_a_backup(qtbot, shift_ctx):
    auto = AutoBackup(shift_ctx)
    number = shift_ctx.shift.number
    shifts.close_shift(shift_ctx.db, shift_ctx.till(), shift_ctx.shift.id, {"cash": 500_000})
    with qtbot.waitSignal(auto.made, timeout=30_000) as made:
        shift_ctx.announce_shift()
    info = made.args[0]
    assert info.kind == "shift" and info.label == number.replace(" ", "-")
    assert backups.integrity_problems(info.path) == []


def test_a_failed_automatic_backup_is_shown_not_raised(qtbot, shift_ctx, monkeypatch):
    def full_disk(*_a, **_k):
        raise backups.BackupFailed("Không ghi được bản sao lưu vào {folder}: {detail}",
                                   folder="backups", detail="No space left on device")

    monkeypatch.setattr(backups, "backup_after_shift_close", full_disk)
    auto = AutoBackup(shift_ctx)
    shifts.close_shift(shift_ctx.db, shift_ctx.till(), shift_ctx.shift.id, {"cash": 500_000})
    with qtbot.waitSignal(auto.failed, timeout=30_000) as failed:
        shift_ctx.announce_shift()
    assert shift_ctx.shift is None  # the shift is closed whatever the backup did
    assert "No space left on device" in failed.args[0]


@pytest.mark.parametrize("error", [KeyError("sku"), sqlite3.OperationalError("disk I/O error")])
def test_a_backup_that_dies_of_anything_is_still_reported(qtbot, shift_ctx, monkeypatch, error):
    """Before the backup jobs ran on the background helper, an error outside BoothError,
    OSError and sqlite3.Error left no outcome at all."""
    def broken(*_a, **_k):
        raise error

    monkeypatch.setattr(backups, "backup_after_shift_close", broken)
    auto = AutoBackup(shift_ctx)
    shifts.close_shift(shift_ctx.db, shift_ctx.till(), shift_ctx.shift.id, {"cash": 500_000})
    with qtbot.waitSignal(auto.failed, timeout=30_000) as failed:
        shift_ctx.announce_shift()
    assert str(error.args[0]) in failed.args[0]


def test_daily_backup_once(qtbot, ctx):
    auto = AutoBackup(ctx)
    with qtbot.waitSignal(auto.made, timeout=30_000):
        auto.start_daily()
    auto.start_daily()
    assert auto.runner.wait()
    assert [b.kind for b in backups.list_backups(Path(ctx.db.paths.backups))] == ["daily"]


def test_restore_waits_for_copies_even_of_deleted_panels(qtbot, boss_ctx, monkeypatch):
    """A closed window's panel may be gone on the Qt side while Python still holds it."""
    from shiboken6 import delete

    stale = BackupPanel(boss_ctx)
    keep = stale.runner  # the Python wrapper outlives the C++ object
    delete(stale)
    test_finish_restore_replaces_the_closed_database(qtbot, boss_ctx, monkeypatch)
    assert keep is not None
