"""A table model over a paged service read: it holds only the pages the view has scrolled to.

The catalog pages show 10,000+ products. Loading them all as rows would take seconds and
memory the old booth laptops do not have, so the model asks the service for one page
(offset, limit) at a time: the first page on refresh, the next ones through canFetchMore /
fetchMore as the view scrolls. Sorting and filtering are done by the service (SQL), never here:
a new sort or query simply resets the model to its first page.

Subclasses say how to fetch a page and how to show a row; everything else is shared by the
product, producer, star-watch and stock tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.services.catalog_listing import Page

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ID_ROLE = Qt.ItemDataRole.UserRole
PAGE_SIZE = 200


class PagedTableModel(QAbstractTableModel, Generic[T]):
    """Rows fetched page by page; `total` is what the filter matches over all pages."""

    # Column keys in display order; a key that is also a service sort key makes it sortable.
    COLUMNS: tuple[str, ...] = ()
    SORT_KEYS: dict[str, str] = {}

    def __init__(self, page_size: int = PAGE_SIZE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._total = 0
        self._page_size = page_size
        self._sort = ""
        self._descending = False

    # --- what subclasses provide ----------------------------------------------------------

    def fetch_page(self, offset: int, limit: int) -> Page[T]:  # pragma: no cover - abstract
        raise NotImplementedError

    def headers(self) -> Sequence[str]:  # pragma: no cover - abstract
        raise NotImplementedError

    def display(self, row: T, column: str) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def row_id(self, row: T) -> Any:
        return getattr(row, "id", None)

    def decorate(self, row: T, column: str, role: int) -> Any:
        """Colours, fonts and alignment; None for the default look."""
        return None

    # --- public API -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Back to the first page with the current filter and sort (after a write, a keystroke)."""
        page = self.fetch_page(0, self._page_size)
        self.beginResetModel()
        self._rows = list(page.rows)
        self._total = page.total
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def loaded(self) -> int:
        return len(self._rows)

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: Any) -> int:
        """Where a row with this id is among the loaded rows (-1 when not loaded)."""
        return next((i for i, r in enumerate(self._rows) if self.row_id(r) == row_id), -1)

    def sort_key(self) -> str:
        return self._sort

    def set_sort_key(self, key: str, descending: bool = False) -> None:
        self._sort, self._descending = key, descending
        self.refresh()

    # --- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self.fetch_page(len(self._rows), self._page_size)
        if not page.rows:
            self._total = len(self._rows)  # the data shrank since the first page
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self._total = page.total
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The header was clicked: the service sorts (over every row, not the loaded ones)."""
        key = self.SORT_KEYS.get(self.COLUMNS[column]) if 0 <= column < len(self.COLUMNS) else None
        if key is None:
            return
        self.set_sort_key(key, order == Qt.SortOrder.DescendingOrder)

    def column_of(self, key: str) -> int:
        return self.COLUMNS.index(key)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self.headers()
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == ID_ROLE:
            return self.row_id(row)
        return self.decorate(row, column, role)
