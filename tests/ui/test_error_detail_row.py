"""The sync page's error row: plain words, the technical text one click away ("Chi tiết").
(The errors themselves come from real failures: tests/sync/test_sync_error_words.py.)"""

from __future__ import annotations

import socket
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from app.services.sync_state import SyncProblem
from app.sync.errors import HubUnreachable
from app.sync.transport import HubClient
from app.ui.error_detail_row import ErrorDetailRow
from app.ui.models.sync_texts import problem_detail, problem_text


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fail(url: str) -> HubUnreachable:
    client = HubClient(url)
    try:
        with pytest.raises(HubUnreachable) as failed:
            client.info()
    finally:
        client.close()
    return failed.value


def test_the_page_row_shows_plain_words_and_details_on_demand(qtbot):
    error = _fail(f"http://127.0.0.1:{_closed_port()}")
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
