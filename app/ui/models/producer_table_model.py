"""The producers (chủ thể) table: code, name, kind, locality and how many products each has.

services.catalog_listing.list_producers filters and sorts; this model pages over its result
like the products table, so the page code is the same for both tabs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.db import Database
from app.services.catalog_listing import Page, ProducerRow, list_producers
from app.ui.models.paging import RIGHT, PagedTableModel


def kind_name(kind: str) -> str:
    """The stored English code as a manager says it."""
    names = {
        "company": QCoreApplication.translate("producers", "Doanh nghiệp"),
        "cooperative": QCoreApplication.translate("producers", "Hợp tác xã"),
        "household": QCoreApplication.translate("producers", "Hộ sản xuất"),
        "group": QCoreApplication.translate("producers", "Tổ hợp tác"),
    }
    return names.get(kind, kind)


PRODUCER_KINDS = ("cooperative", "company", "household", "group")


class ProducerTableModel(PagedTableModel[ProducerRow]):
    COLUMNS = ("code", "name", "kind", "district", "commune", "product_count")
    SORT_KEYS = {c: c for c in COLUMNS}

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(200, parent)
        self._db = db
        self._sort = "name"
        self._query = ""
        self._active: bool | None = True

    def set_query(self, query: str) -> None:
        self._query = query
        self.refresh()

    def set_active(self, active: bool | None) -> None:
        self._active = active
        self.refresh()

    def fetch_page(self, offset: int, limit: int) -> Page[ProducerRow]:
        return list_producers(self._db, self._query, active=self._active, sort=self._sort,
                              descending=self._descending, offset=offset, limit=limit)

    def headers(self) -> Sequence[str]:
        return (self.tr("Mã"), self.tr("Tên chủ thể"), self.tr("Loại"), self.tr("Huyện"),
                self.tr("Xã"), self.tr("Số sản phẩm"))

    def display(self, row: ProducerRow, column: str) -> Any:
        if column == "kind":
            return kind_name(row.kind)
        return getattr(row, column)

    def decorate(self, row: ProducerRow, column: str, role: int) -> Any:
        if column == "product_count" and role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(QColor("#777777"))
        return None
