"""The sync page's item models and status texts, without a widget."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from app.services.sync_state import SetAsideFact, SyncProblem, SyncStatus
from app.ui.models.sync_pending_table_model import SyncPendingTableModel
from app.ui.models.sync_set_aside_table_model import SyncSetAsideTableModel
from app.ui.models.sync_texts import clock_text, clock_warning_text, problem_text
from app.ui.sync_page import sync_status_text

NOW = datetime(2026, 11, 22, 5, 0, tzinfo=UTC)  # 12:00 in Hạ Long


def _status(state: str, pending: dict[str, int] | None = None,
            last_success: datetime | None = None, **extra: object) -> SyncStatus:
    enrolled = state != "not_enrolled"
    values: dict[str, object] = dict(
        state=state, hub_url="https://hub.example.vn" if enrolled else None,
        booth_code="BL03" if enrolled else None, device_id="dev-1" if enrolled else None,
        pending=pending or {}, rejected=0, last_attempt_utc=last_success,
        last_success_utc=last_success, catalog_synced_utc=None, failures=0, last_error=None,
        clock_offset_s=None, clock_checked_utc=None)
    values.update(extra)
    return SyncStatus(**values)  # type: ignore[arg-type]


def test_status_text_for_each_state(qapp):
    assert sync_status_text(_status("not_enrolled", {"sale": 10, "visitor_count": 2}),
                            now=NOW) == "Chưa kết nối máy chủ tỉnh — 12 giao dịch chờ gửi"
    assert sync_status_text(_status("not_enrolled"), now=NOW) == "Chưa kết nối máy chủ tỉnh"
    ok = _status("ok", last_success=datetime(2026, 11, 22, 3, 42, tzinfo=UTC))
    assert sync_status_text(ok, now=NOW) == "Đã đồng bộ 10:42"
    yesterday = _status("ok", last_success=NOW - timedelta(days=1))
    assert sync_status_text(yesterday, now=NOW) == "Đã đồng bộ 12:00 21/11"
    stale = _status("failing", {"sale": 140, "refund": 2}, last_success=NOW - timedelta(days=2))
    assert sync_status_text(stale, now=NOW) == "142 giao dịch chờ gửi — lần cuối 2 ngày trước"
    fresh = _status("pending", {"sale": 1}, last_success=NOW - timedelta(seconds=20))
    assert sync_status_text(fresh, now=NOW) == "1 giao dịch chờ gửi — lần cuối vừa xong"
    never = _status("failing", {"sale": 3})
    assert sync_status_text(never, now=NOW) == "3 giao dịch chờ gửi — chưa gửi được lần nào"
    assert sync_status_text(_status("never_synced"), now=NOW) == "Chưa đồng bộ lần nào"
    revoked = _status("needs_reenroll", {"sale": 4})
    assert sync_status_text(revoked, now=NOW) == (
        "Cần đăng ký lại với máy chủ tỉnh — 4 giao dịch chờ gửi")


def test_clock_and_problem_texts(qapp):
    assert clock_text(None) == "Chưa đo"
    assert clock_text(0.4) == "Khớp với máy chủ"
    assert clock_text(2.06) == "Chậm 2,1 giây so với máy chủ"
    assert clock_text(-540) == "Nhanh 9 phút so với máy chủ"
    assert clock_warning_text(200) == ""
    assert "9 phút" in clock_warning_text(-540)
    problem = SyncProblem("unreachable", "Không kết nối được máy chủ {url}: {detail}",
                          {"url": "https://hub.example.vn", "detail": "ConnectError"},
                          datetime(2026, 11, 22, 3, 42, tzinfo=UTC))
    assert problem_text(problem, now=NOW) == (
        "10:42 — Không kết nối được máy chủ https://hub.example.vn: ConnectError")


def test_pending_model_keeps_every_kind_in_a_fixed_order(qapp):
    model = SyncPendingTableModel()
    assert model.rowCount() == 6 and model.total() == 0
    model.set_pending({"visitor_count": 3, "sale": 2})
    assert model.index(0, model.KIND).data() == "Bán hàng"
    assert model.index(0, model.COUNT).data() == "2" and model.count_for("visitor_count") == 3
    assert model.total() == 5
    model.set_pending({"sale": 1, "gift_card": 7})  # a kind only a newer client writes
    assert model.rowCount() == 7 and model.index(6, model.KIND).data() == "gift_card"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Chờ gửi"


def test_set_aside_model_shows_the_hubs_verdict_and_detail(qapp):
    fact = SetAsideFact("0192f-id", 7, "sale", datetime(2026, 11, 22, 3, 42, tzinfo=UTC),
                        "conflict", "same id, different content")
    model = SyncSetAsideTableModel("Asia/Ho_Chi_Minh")
    model.set_facts([fact])
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == ["22/11 10:42", "Bán hàng", "Trùng mã nhưng khác nội dung với bản máy chủ đã có",
                   "same id, different content"]
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == "0192f-id"
    assert model.row_of("0192f-id") == 0 and model.row_of("other") == -1
