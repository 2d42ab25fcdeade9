"""The sync page's error row: plain words, the technical text one click away ("Chi tiết").
(The errors themselves come from real failures: tests/sync/test_sync_error_words.py.)"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from app.services.sync_state import SyncProblem
from app.ui.error_detail_row import ErrorDetailRow
from app.ui.models.sync_texts import problem_detail, problem_text
from tests.sync.unreachable import closed_url, fail_to_reach


def test_the_page_row_shows_plain_words_and_details_on_demand(qtbot):
    error = fail_to_reach(closed_url())
    problem = SyncProblem(error.kind, error.template, error.params,
                          datetime(2026, 11, 22, 3, 42, tzinfo=UTC))
    row = ErrorDetailRow()
    qtbot.addWidget(row)
    row.label.setText(problem_text(problem))
    row.set_detail(problem_detail(problem))
    row.show()
    assert "Không kết nối được máy chủ tỉnh" in row.label.text()
    assert "ConnectError" not in row.label.text()
    assert row.shown_detail() == ""
    assert row.detail_button().isVisible() and row.detail_button().text() == "Chi tiết"
    qtbot.mouseClick(row.detail_button(), Qt.MouseButton.LeftButton)
    assert "ConnectError" in row.shown_detail() and "url: http://127.0.0.1:" in row.shown_detail()
    row.set_detail("")
    assert not row.detail_button().isVisible()
