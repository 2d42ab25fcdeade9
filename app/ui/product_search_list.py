"""The name-search matches under the till's scan field, walked with Up/Down from that field.

A USB scanner may "type" into the scan field at any moment, so the field keeps the focus and
this list never takes it: it watches the field's Up/Down keys instead. It also remembers
whether the cashier picked a row with those keys, because that is what tells a deliberate
choice from a scanned code that merely matched some names when she presses Enter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QWidget

from app.db import Database
from app.services import catalog
from app.services.catalog import ProductInfo
from app.services.money import format_dong

RESULT_ROW_HEIGHT = 40
MAX_RESULTS = 12
VISIBLE_ROWS = 6  # more would push the cart table off a small screen


class ProductSearchList(QListView):
    """Products matching the scan field's text; `product_clicked(ProductInfo)` on a tap."""

    product_clicked = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self._db = db
        self._field: QLineEdit | None = None
        self._results: list[ProductInfo] = []
        self._picked_by_keys = False
        self._model = QStringListModel(self)
        self.setModel(self._model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clicked.connect(self._on_clicked)
        self.hide()

    def watch(self, field: QLineEdit) -> None:
        """Let Up/Down in `field` walk these matches while the field keeps the focus."""
        self._field = field
        field.installEventFilter(self)

    def search(self, text: str) -> None:
        """Show what matches `text` (nothing for a blank field), the best match highlighted."""
        self._picked_by_keys = False
        self._results = catalog.search(self._db, text, limit=MAX_RESULTS) if text.strip() else []
        self._model.setStringList([
            f"{p.name} — {format_dong(p.price)}/{p.unit}" for p in self._results])
        rows = min(len(self._results), VISIBLE_ROWS)
        self.setFixedHeight(rows * RESULT_ROW_HEIGHT + 6)
        self.setVisible(bool(self._results))
        if self._results:
            self.setCurrentIndex(self._model.index(0))

    def texts(self) -> list[str]:
        """The lines the cashier sees (none while the list is hidden)."""
        return self._model.stringList() if self.isVisible() else []

    def chosen(self, looks_scanned: bool) -> ProductInfo | None:
        """The highlighted match for Enter; None for what looks like a scanned code, unless
        she picked the row with the arrow keys (then she meant it)."""
        if self._results and (self._picked_by_keys or not looks_scanned):
            return self._results[max(0, self.currentIndex().row())]
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down in the watched field move the highlight without leaving the field."""
        if watched is self._field and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.isVisible():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(len(self._results) - 1, self.currentIndex().row() + step))
                self.setCurrentIndex(self._model.index(row))
                self._picked_by_keys = True
                return True
        return super().eventFilter(watched, event)

    def _on_clicked(self) -> None:
        row = self.currentIndex().row()
        if 0 <= row < len(self._results):
            self.product_clicked.emit(self._results[row])
