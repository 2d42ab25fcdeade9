"""The staff table on the Nhân viên page: name, role and whether the account may log in.

A booth has a handful of people, so the whole list (services.staff.list_all, disabled people
included and greyed) is held in memory and re-read after each change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.db import Database
from app.services.staff import StaffRow, list_all

_INDEX = QModelIndex()


def role_name(role: str) -> str:
    """The stored role code as people at the booth say it."""
    names = {
        "manager": QCoreApplication.translate("staff", "Quản lý"),
        "cashier": QCoreApplication.translate("staff", "Thu ngân"),
    }
    return names.get(role, role)


def status_name(row: StaffRow) -> str:
    if not row.active:
        return QCoreApplication.translate("staff", "Đã tắt")
    if row.locked:
        return QCoreApplication.translate("staff", "Tạm khóa (sai PIN)")
    return QCoreApplication.translate("staff", "Đang làm")


class StaffTableModel(QAbstractTableModel):
    COLUMNS = ("name", "role", "status")

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._rows: list[StaffRow] = []
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = list_all(self._db)
        self.endResetModel()

    def row_at(self, row: int) -> StaffRow:
        return self._rows[row]

    def row_of(self, staff_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == staff_id), -1)

    def rowCount(self, parent: QModelIndex = _INDEX) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = _INDEX) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Họ tên"), self.tr("Vai trò"), self.tr("Trạng thái"))[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "role":
                return role_name(row.role)
            if column == "status":
                return status_name(row)
            return row.name
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.active:
                return QBrush(QColor("#777777"))
            if column == "status" and row.locked:
                return QBrush(QColor("#b45309"))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None
