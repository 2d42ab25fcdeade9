"""The products table and the OCOP star badge each product row carries.

Rows come a page at a time from services.catalog_listing.list_products (FTS search, SQL sort),
so a keystroke in the search box costs one small query whatever the catalog size. The star
column shows services.star_watch.star_label in the colours a manager reads at a glance:
green while valid, amber within 90 days of expiry, red and struck through once expired.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.db import Database
from app.services.catalog_listing import Page, ProductRow, list_products
from app.services.money import format_dong
from app.services.star_watch import StarLabel, booth_today, star_label
from app.services.stars import StarStatus
from app.ui.models.paging import RIGHT, PagedTableModel

STAR_COLOURS: dict[StarStatus, tuple[str, str]] = {  # text, background
    StarStatus.VALID: ("#135c2a", "#e6f4ea"),
    StarStatus.EXPIRING: ("#7a4b00", "#fff1cc"),
    StarStatus.EXPIRED: ("#a30d25", "#fde7ea"),
}


def star_text(label: StarLabel) -> str:
    """'★★★★ đến 01/12/2026 (còn 8 ngày)': the badge, translatable (the rule is the service's)."""
    if label.stars is None:
        return ""
    stars = "★" * label.stars
    until = label.expires_on.strftime("%d/%m/%Y") if label.expires_on else "?"
    if label.status is StarStatus.EXPIRED:
        return QCoreApplication.translate("stars", "{stars} hết hạn {until}").format(
            stars=stars, until=until
        )
    if label.status is StarStatus.EXPIRING:
        return QCoreApplication.translate("stars", "{stars} đến {until} (còn {days} ngày)").format(
            stars=stars, until=until, days=label.days_left
        )
    return QCoreApplication.translate("stars", "{stars} đến {until}").format(
        stars=stars, until=until
    )


def star_decoration(status: StarStatus, role: int) -> Any:
    """Foreground, background and (for expired) struck-through font of a star badge."""
    colours = STAR_COLOURS.get(status)
    if colours is None:
        return None
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(QColor(colours[0]))
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(QColor(colours[1]))
    if role == Qt.ItemDataRole.FontRole and status is StarStatus.EXPIRED:
        font = QFont()
        font.setStrikeOut(True)
        return font
    return None


class ProductTableModel(PagedTableModel[ProductRow]):
    """Products matching the search and filters, sorted by the service."""

    COLUMNS = ("sku", "name", "producer", "category", "price", "stars", "barcode")
    SORT_KEYS = {
        "sku": "sku",
        "name": "name",
        "producer": "producer",
        "category": "category",
        "price": "price",
        "stars": "star_expires_on",
        "barcode": "barcode",
    }

    def __init__(self, db: Database, page_size: int = 200, parent: QObject | None = None) -> None:
        super().__init__(page_size, parent)
        self._db = db
        self._sort = "name"
        self._query = ""
        self._star_filter: StarStatus | None = None
        self._producer_id: int | None = None
        self._active: bool | None = True
        self._today: date = booth_today(db)

    def set_query(self, query: str) -> None:
        """A keystroke in the search box: the first page of the new matches."""
        self._query = query
        self.refresh()

    def set_filters(
        self,
        *,
        star_filter: StarStatus | None = None,
        producer_id: int | None = None,
        active: bool | None = True,
    ) -> None:
        self._star_filter, self._producer_id, self._active = star_filter, producer_id, active
        self.refresh()

    def refresh(self) -> None:
        self._today = booth_today(self._db)  # the badge's "còn N ngày" follows the calendar
        super().refresh()

    def today(self) -> date:
        return self._today

    def fetch_page(self, offset: int, limit: int) -> Page[ProductRow]:
        return list_products(
            self._db,
            self._query,
            producer_id=self._producer_id,
            star_filter=self._star_filter,
            active=self._active,
            sort=self._sort,
            descending=self._descending,
            offset=offset,
            limit=limit,
            today=self._today,
        )

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Mã SKU"),
            self.tr("Tên sản phẩm"),
            self.tr("Chủ thể"),
            self.tr("Nhóm hàng"),
            self.tr("Giá bán"),
            self.tr("Sao OCOP"),
            self.tr("Mã vạch"),
        )

    def star_label(self, row: ProductRow) -> StarLabel:
        return star_label(row.stars, row.star_certified_on, row.star_expires_on, self._today)

    def display(self, row: ProductRow, column: str) -> Any:
        if column == "sku":
            return row.sku
        if column == "name":
            return row.name if row.active else self.tr("{name} (ngừng bán)").format(name=row.name)
        if column == "producer":
            return row.producer_name
        if column == "category":
            return row.category
        if column == "price":
            return format_dong(row.price)
        if column == "stars":
            return star_text(self.star_label(row))
        return row.barcode or self.tr("(không có)")

    def decorate(self, row: ProductRow, column: str, role: int) -> Any:
        if column == "price" and role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if column == "stars":
            return star_decoration(row.star_status, role)
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(QColor("#777777"))
        if column == "barcode" and role == Qt.ItemDataRole.ToolTipRole and row.in_store_code:
            return self.tr("Mã nội bộ của điểm bán (tiền tố 20), không phải mã GS1")
        return None
