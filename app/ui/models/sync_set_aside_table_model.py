"""The facts the hub refused for good (set aside), with the hub's reason, for the sync page.

A set-aside fact blocks nothing behind it, but it is a sale or a count the office does not
have: staff must see it, read why, and send it again once the office has fixed its side.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.services.sync_state import SetAsideFact
from app.ui.models.rows import LocalTimeRowsModel
from app.ui.models.sync_pending_table_model import kind_name

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


def verdict_name(status: str) -> str:
    """The hub's verdict in plain words; an unknown one (a newer hub) shows as it is."""
    names = {
        "conflict": QCoreApplication.translate(
            "sync", "Trùng mã nhưng khác nội dung với bản máy chủ đã có"
        ),
        "invalid": QCoreApplication.translate("sync", "Dữ liệu không hợp lệ"),
        "forbidden": QCoreApplication.translate("sync", "Máy không được ghi cho gian hàng này"),
        "too_large": QCoreApplication.translate("sync", "Quá lớn, máy chủ không nhận"),
        "rejected": QCoreApplication.translate("sync", "Bị từ chối"),
    }
    return names.get(status, status)


class SyncSetAsideTableModel(LocalTimeRowsModel):
    """Set-aside facts in the order they were written (services.sync_state.set_aside_facts)."""

    TIME, KIND, VERDICT, DETAIL = range(4)

    def set_facts(self, facts: Sequence[SetAsideFact], timezone: str | None = None) -> None:
        self.set_rows_in(facts, timezone)

    def fact_at(self, row: int) -> SetAsideFact | None:
        return self.row_at(row)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Lúc ghi"),
            self.tr("Loại"),
            self.tr("Máy chủ trả lời"),
            self.tr("Chi tiết"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        fact = self.fact_at(index.row()) if index.isValid() else None
        if fact is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TIME:
                return self.short_time(fact.created_utc)
            if column == self.KIND:
                return kind_name(fact.kind)
            if column == self.VERDICT:
                return verdict_name(fact.status)
            return fact.detail
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.VERDICT, self.DETAIL):
            return f"{verdict_name(fact.status)}\n{fact.detail}\n{fact.id}"
        if role == ID_ROLE:
            return fact.id
        return None
