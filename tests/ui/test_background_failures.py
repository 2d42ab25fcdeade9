"""Background jobs that fail in a way nobody foresaw still end: the catalog import, the
receipt PDF, a sync cycle and enrollment each get a service that raises a plain
RuntimeError/KeyError/ValueError, and the page must leave its busy state and say what happened
("Đã xảy ra lỗi không mong muốn: …") instead of spinning for good. The same for label printing
is in test_labels_page.py (it uses that module's page)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.db import Database
from app.models import SyncState
from app.services import catalog_io
from app.services.sync_state import state_row
from app.sync.engine import SyncEngine
from app.ui import pdf_printing, sync_worker
from app.ui.enroll_dialog import EnrollForm
from app.ui.import_dialog import ImportDialog
from app.ui.product_list_panel import ProductListPanel
from app.ui.sync_page import SyncPage
from app.ui.sync_worker import SyncWorker

pytest_plugins = ["tests.ui.fixtures_app"]

DATA = Path(__file__).resolve().parents[1] / "data"
UNEXPECTED = "Đã xảy ra lỗi không mong muốn"
WAIT_MS = 20_000


def _raise(error: Exception):  # noqa: ANN202 - a stand-in for any service function
    def broken(*_args: object, **_kwargs: object) -> None:
        raise error

    return broken


# --- catalog import and export ------------------------------------------------------------

def test_import_preview_that_crashes_ends_with_a_message(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(catalog_io, "_parse", _raise(KeyError("price")))
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_finished, timeout=WAIT_MS):
        dialog.start_preview(DATA / "catalog_bad_rows.csv")
    assert dialog._progress.isHidden()
    assert dialog.message() == f"{UNEXPECTED}: KeyError: 'price'"
    assert dialog.preview() is None


def test_import_commit_that_crashes_offers_the_commit_again(qtbot, ctx, monkeypatch):
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_finished, timeout=WAIT_MS):
        dialog.start_preview(DATA / "catalog_bad_rows.csv")
    monkeypatch.setattr(catalog_io, "_plan", _raise(RuntimeError("ổ đĩa lạ")))
    with qtbot.waitSignal(dialog.commit_finished, timeout=WAIT_MS):
        dialog.commit(all_or_nothing=False)
    assert dialog._progress.isHidden()
    assert dialog.message() == f"{UNEXPECTED}: RuntimeError: ổ đĩa lạ"
    assert dialog._valid_only.isEnabled()  # she may try again
    assert dialog.import_result() is None


def test_catalog_export_that_crashes_says_so(qtbot, ctx, monkeypatch, tmp_path):
    monkeypatch.setattr(catalog_io, "write_table", _raise(ValueError("cột lạ")))
    panel = ProductListPanel(ctx)
    qtbot.addWidget(panel)
    panel.export_to(tmp_path / "danh-muc.csv")
    qtbot.waitUntil(lambda: UNEXPECTED in panel.message(), timeout=WAIT_MS)
    assert "ValueError: cột lạ" in panel.message()


# --- the receipt PDF after a sale -----------------------------------------------------------

def test_receipt_save_that_crashes_tells_the_cashier(qtbot, shift_ctx, make_sale, monkeypatch):
    monkeypatch.setattr(pdf_printing, "receipt_data", _raise(KeyError("sale")))
    actions = pdf_printing.ReceiptActions(shift_ctx.db)
    qtbot.addWidget(actions)
    sale = make_sale(shift_ctx)
    with qtbot.waitSignal(actions.message_posted, timeout=WAIT_MS) as posted:
        actions.show_sale(sale)
    assert posted.args == [f"Chưa lưu được hóa đơn PDF: {UNEXPECTED}: KeyError: 'sale'", True]
    assert actions.receipt(80) is None


# --- a sync cycle ---------------------------------------------------------------------------

def _pretend_enrolled(db: Database) -> None:
    """Test set-up only: an enrolled laptop (no hub is reached: the cycle is replaced)."""
    with db.write() as session:
        row: SyncState = state_row(session)
        row.hub_url, row.device_id, row.device_token = "http://127.0.0.1:9", "dev-1", "tok"
        row.booth_code = "QN-01"


@pytest.fixture
def sync_page(qtbot, ctx) -> SyncPage:
    _pretend_enrolled(ctx.db)
    worker = SyncWorker(ctx.db)
    page = SyncPage(ctx, worker)
    qtbot.addWidget(page)
    yield page
    assert worker.stop(), "the sync thread did not end"


def _activity(page: SyncPage) -> str:
    return page._activity.text() if not page._activity.isHidden() else ""


def test_sync_cycle_that_crashes_shows_why_and_is_no_longer_running(qtbot, sync_page,
                                                                    monkeypatch):
    monkeypatch.setattr(SyncEngine, "run_cycle", _raise(RuntimeError("hub lạ")))
    worker = sync_page._worker
    with qtbot.waitSignal(worker.cycle_finished, timeout=WAIT_MS):
        worker.start()
    qtbot.waitUntil(lambda: "Đang đồng bộ" not in _activity(sync_page), timeout=WAIT_MS)
    assert not worker.is_running()
    assert f"{UNEXPECTED}: RuntimeError: hub lạ" in sync_page.value_text("error")
    assert worker.next_delay_s() is not None  # it tries again later


def test_sync_status_that_cannot_be_read_ends_the_cycle_too(qtbot, sync_page, monkeypatch):
    monkeypatch.setattr(SyncEngine, "run_cycle", _raise(RuntimeError("hub lạ")))
    monkeypatch.setattr(sync_worker, "sync_status", _raise(KeyError("outbox")))
    worker = sync_page._worker
    with qtbot.waitSignal(worker.cycle_finished, timeout=WAIT_MS):
        worker.start()
    qtbot.waitUntil(lambda: "Đang đồng bộ" not in _activity(sync_page), timeout=WAIT_MS)
    assert UNEXPECTED in sync_page.value_text("error")


def test_enrollment_that_crashes_frees_the_form(qtbot, demo_db, monkeypatch):
    monkeypatch.setattr(sync_worker, "enroll", _raise(ValueError("mã lạ")))
    form = EnrollForm(demo_db)
    qtbot.addWidget(form)
    form.fill("http://127.0.0.1:9", "ABCD-EFGH-JKLM")
    with qtbot.waitSignal(form.enroll_failed, timeout=WAIT_MS) as refused:
        qtbot.mouseClick(form.submit_button(), Qt.MouseButton.LeftButton)
    assert refused.args == [f"{UNEXPECTED}: ValueError: mã lạ"]
    assert not form.is_busy()
