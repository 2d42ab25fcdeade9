"""The sync page and its worker against a real hub on 127.0.0.1 (SQLite behind it).

Enrolling through the form, a sale showing up as pending, "Đồng bộ ngay" delivering it, an
unreachable hub (error shown, backoff scheduled, nothing lost), a set-aside fact requeued, and
a clean stop while a request hangs. Every wait is on a signal or a condition, with a timeout.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel

from app.db import Database
from app.models import SyncState
from app.services.outbox import enqueue
from app.services.sync_state import sync_status
from app.sync.enrollment import enroll
from app.ui.enroll_dialog import EnrollDialog
from app.ui.sync_page import SyncPage
from app.ui.sync_worker import SyncWorker
from server.models import SaleRecord
from tests.hub.conftest import Hub, fresh_database, live_hub

pytest_plugins = ["tests.ui.fixtures_app"]

CYCLE_MS = 15_000


@pytest.fixture(scope="module")
def sqlite_hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hub]:
    """One real hub (uvicorn in a thread, SQLite) for this module's tests."""
    with fresh_database("sqlite", tmp_path_factory.mktemp("hub")) as url, live_hub(url) as hub:
        yield hub


@pytest.fixture
def worker_for(qtbot):  # noqa: ANN001, ANN201
    """worker_for(db): a SyncWorker that is stopped (and checked stopped) after the test."""
    made: list[SyncWorker] = []

    def make(db: Database) -> SyncWorker:
        worker = SyncWorker(db)
        made.append(worker)
        return worker

    yield make
    for worker in made:
        assert worker.stop(), "the sync thread did not end"


def _enroll(hub: Hub, db: Database) -> str:
    booth = hub.new_booth(fair_code=hub.new_fair()[0])
    enroll(db, hub.url, hub.code_for(booth))
    return booth


def _point_at(db: Database, url: str) -> None:
    """Test set-up only: move the enrolled laptop to another address (no service does it)."""
    with db.write() as session:
        session.get(SyncState, 1).hub_url = url


def _unused_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def _cycle(qtbot, worker: SyncWorker, action=None):  # noqa: ANN001, ANN202
    """Do `action` (None: just wait) and return the CycleReport of the cycle it caused,
    once the worker has also announced the fresh status."""
    with qtbot.waitSignal(worker.status_changed, timeout=CYCLE_MS), \
            qtbot.waitSignal(worker.cycle_finished, timeout=CYCLE_MS) as finished:
        if action is not None:
            action()
    return finished.args[0]


def _on_hub(hub: Hub, sale_id: str) -> bool:
    with hub.db.read() as session:
        return session.get(SaleRecord, sale_id) is not None


def test_enroll_on_the_page_then_a_sale_goes_up_with_sync_now(
        qtbot, shift_ctx, sqlite_hub, make_sale, worker_for):
    page = SyncPage(shift_ctx, None)
    qtbot.addWidget(page)
    assert page.showing_enroll_form()
    form = page.enroll_form()

    form.fill(sqlite_hub.url, "ABCD-EFGH-JKLM")  # a code the hub never issued
    with qtbot.waitSignal(form.enroll_failed, timeout=CYCLE_MS) as refused:
        qtbot.mouseClick(form.submit_button(), Qt.MouseButton.LeftButton)
    assert "Mã đăng ký không đúng" in refused.args[0]
    assert page.showing_enroll_form() and not form.is_busy()

    booth = sqlite_hub.new_booth(fair_code=sqlite_hub.new_fair()[0])
    form.fill(sqlite_hub.url, sqlite_hub.code_for(booth))
    with qtbot.waitSignal(page.enrolled, timeout=CYCLE_MS):
        qtbot.mouseClick(form.submit_button(), Qt.MouseButton.LeftButton)
    assert not page.showing_enroll_form()
    assert page.value_text("booth") == booth and page.value_text("hub") == sqlite_hub.url
    assert page.headline() == "Chưa đồng bộ lần nào"

    # What the Shell does on `enrolled`: make the worker, hand it to the page, start it.
    worker = worker_for(shift_ctx.db)
    page.set_worker(worker)
    assert _cycle(qtbot, worker, worker.start).ok
    assert page.headline().startswith("Đã đồng bộ ")
    assert worker.next_delay_s() == 30.0

    sale = make_sale(shift_ctx)  # announces sales_changed, which the page follows
    assert page.pending_model().count_for("sale") == 1
    assert page.headline().startswith("1 giao dịch chờ gửi — lần cuối ")

    report = _cycle(qtbot, worker, lambda: qtbot.mouseClick(page.sync_now_button(),
                                                          Qt.MouseButton.LeftButton))
    assert report.ok and report.sent["sale"] == 1 and report.pending == 0
    assert page.pending_model().total() == 0
    assert page.headline().startswith("Đã đồng bộ ")
    assert "(vừa xong)" in page.value_text("success")
    assert page.value_text("error") == "Không có" and page.clock_warning() == ""
    assert _on_hub(sqlite_hub, sale.id)


def test_enroll_dialog_checks_its_fields_and_the_ca_file_before_any_request(qtbot, ctx, tmp_path):
    dialog = EnrollDialog(ctx.db, "https://hub.example.vn")
    qtbot.addWidget(dialog)
    form = dialog.form
    form.fill("https://hub.example.vn", "  ")
    qtbot.mouseClick(form.submit_button(), Qt.MouseButton.LeftButton)
    assert form.error_message() == "Hãy nhập mã đăng ký do Sở Công Thương cấp"
    form.fill("https://hub.example.vn", "ABCD-EFGH-JKLM", str(tmp_path / "missing.pem"))
    with qtbot.waitSignal(form.enroll_failed, timeout=CYCLE_MS) as failed:
        qtbot.mouseClick(form.submit_button(), Qt.MouseButton.LeftButton)
    assert "Không đọc được tệp chứng chỉ" in failed.args[0]
    assert dialog.enroll_result() is None and not sync_status(ctx.db).enrolled


def test_unreachable_hub_shows_the_error_backs_off_and_loses_nothing(
        qtbot, shift_ctx, sqlite_hub, make_sale, worker_for):
    db = shift_ctx.db
    _enroll(sqlite_hub, db)
    sale = make_sale(shift_ctx)
    _point_at(db, _unused_url())
    worker = worker_for(db)
    page = SyncPage(shift_ctx, worker)
    qtbot.addWidget(page)

    assert _cycle(qtbot, worker, worker.start).error_kind == "unreachable"
    assert 1.0 <= worker.next_delay_s() <= 2.0  # first failure: full jitter under 2 s
    assert "Không kết nối được máy chủ tỉnh" in page.value_text("error")
    assert "ConnectError" not in page.value_text("error")  # that is behind "Chi tiết"
    assert "ConnectError" in page.error_row().detail_button().parent().findChild(
        QLabel, "errorDetail").text()
    assert page.headline().startswith("1 giao dịch chờ gửi — ")
    assert page.pending_model().count_for("sale") == 1

    click = lambda: qtbot.mouseClick(page.sync_now_button(),  # noqa: E731
                                     Qt.MouseButton.LeftButton)
    assert _cycle(qtbot, worker, click).error_kind == "unreachable"
    assert 1.0 <= worker.next_delay_s() <= 4.0  # second failure in a row: under 4 s
    assert sync_status(db).failures == 2 and sync_status(db).pending_total == 1

    _point_at(db, sqlite_hub.url)  # the network is back
    assert _cycle(qtbot, worker, click).ok and worker.next_delay_s() == 30.0
    assert page.pending_model().total() == 0 and page.value_text("error") == "Không có"
    assert _on_hub(sqlite_hub, sale.id)


def test_a_set_aside_fact_shows_its_reason_and_can_be_sent_again(
        qtbot, shift_ctx, sqlite_hub, worker_for):
    db = shift_ctx.db
    _enroll(sqlite_hub, db)
    with db.write() as session:  # a fact the hub can only refuse (as tests/sync makes one)
        bad = enqueue(session, "sale", {"id": "not-a-uuid", "number": "X", "lines": []})
    worker = worker_for(db)
    page = SyncPage(shift_ctx, worker)
    qtbot.addWidget(page)
    _cycle(qtbot, worker, worker.start)

    model = page.set_aside_model()
    assert model.rowCount() == 1 and model.fact_at(0).id == bad
    verdict = model.index(0, model.VERDICT).data()
    assert verdict == "Dữ liệu không hợp lệ" and model.index(0, model.DETAIL).data()
    assert not page.requeue_button().isEnabled()  # nothing selected yet

    page.set_aside_view().selectionModel().select(
        model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    assert page.requeue_button().isEnabled()
    with qtbot.waitSignal(page.facts_requeued, timeout=1000):
        qtbot.mouseClick(page.requeue_button(), Qt.MouseButton.LeftButton)
    # Back in the queue at once; "Gửi lại" also asked the worker for a cycle right away.
    assert model.rowCount() == 0 and page.pending_model().count_for("sale") == 1
    report = _cycle(qtbot, worker)
    assert [r[0] for r in report.rejected] == [bad]  # sent again; still refused as it is
    assert model.rowCount() == 1 and page.pending_model().total() == 0


def test_sync_now_during_a_cycle_runs_one_after_and_stop_cuts_a_hung_request(
        qtbot, shift_ctx, sqlite_hub, make_sale, worker_for):
    db = shift_ctx.db
    _enroll(sqlite_hub, db)
    make_sale(shift_ctx)
    with socket.socket() as hang:  # accepts connections and never answers
        hang.bind(("127.0.0.1", 0))
        hang.listen()
        hang.settimeout(10)
        _point_at(db, f"http://127.0.0.1:{hang.getsockname()[1]}")
        worker = worker_for(db)
        worker.start()
        first, _ = hang.accept()  # the first cycle's first request now waits for an answer
        with first:
            first.settimeout(10)
            assert first.recv(4096).startswith(b"GET /api/v1/info")
            worker.sync_now()  # pressed while a cycle runs: queued, not run alongside
            assert worker.is_running() and worker.next_delay_s() is None
            with qtbot.waitSignal(worker.cycle_finished, timeout=CYCLE_MS) as finished:
                first.shutdown(socket.SHUT_RDWR)  # the "hub" hangs up
        assert finished.args[0].error_kind == "unreachable"
        assert worker.is_running()  # the queued "sync now" started the next cycle at once
        second, _ = hang.accept()
        with second:
            second.settimeout(10)
            assert second.recv(4096).startswith(b"GET /api/v1/info")
            started = time.monotonic()
            assert worker.stop()
            assert time.monotonic() - started < 3.0  # the read timeout is 30 s
            assert worker.was_cut_short()
    assert worker.is_stopped() and worker.next_delay_s() is None
    status = sync_status(db)
    assert status.pending_total == 1 and status.last_error.kind == "unreachable"
