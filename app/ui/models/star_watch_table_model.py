"""The star watch list: products whose OCOP rating expires within 90 days or has expired.

Rows and their order (expired first, soonest expiry next) are services.star_watch's; the model
adds the days left and the same coloured badge as the products table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from app.db import Database
from app.services.catalog_listing import Page, ProductRow
from app.services.star_watch import booth_today, star_label, star_watch
from app.services.stars import StarStatus
from app.ui.models.paging import RIGHT, PagedTableModel
from app.ui.models.product_table_model import star_decoration, star_text


class StarWatchTableModel(PagedTableModel[ProductRow]):
    COLUMNS = ("status", "days", "stars", "sku", "name", "producer")

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(500, parent)
        self._db = db
        self._expiring = True
        self._expired = True
        self._query = ""
        self._today = booth_today(db)

    def set_filters(self, *, expiring: bool, expired: bool, query: str = "") -> None:
        self._expiring, self._expired, self._query = expiring, expired, query
        self.refresh()

    def refresh(self) -> None:
        self._today = booth_today(self._db)
        super().refresh()

    def fetch_page(self, offset: int, limit: int) -> Page[ProductRow]:
        if not (self._expiring or self._expired):
            return Page((), 0, offset, limit)
        return star_watch(self._db, self._today, include_expiring=self._expiring,
                          include_expired=self._expired, query=self._query, offset=offset,
                          limit=limit)

    def headers(self) -> Sequence[str]:
        return (self.tr("Tình trạng"), self.tr("Còn (ngày)"), self.tr("Sao OCOP"),
                self.tr("Mã SKU"), self.tr("Tên sản phẩm"), self.tr("Chủ thể"))

    def display(self, row: ProductRow, column: str) -> Any:
        label = star_label(row.stars, row.star_certified_on, row.star_expires_on, self._today)
        if column == "status":
            if label.status is StarStatus.EXPIRED:
                return self.tr("Đã hết hạn")
            return self.tr("Sắp hết hạn")
        if column == "days":
            return "" if label.days_left is None else str(label.days_left)
        if column == "stars":
            return star_text(label)
        if column == "sku":
            return row.sku
        if column == "name":
            return row.name
        return row.producer_name

    def decorate(self, row: ProductRow, column: str, role: int) -> Any:
        if column == "days" and role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if column in ("status", "stars", "days"):
            return star_decoration(row.star_status, role)
        return None
