"""The cart being rung up, as rows for a QTableView.

The model only presents a services.cart.Cart: it holds no rule of its own. The sell page changes
the Cart through its methods (which enforce limits and approvals) and then calls `refresh()`,
so the table can never show a state the Cart would not accept.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.services.cart import Cart, CartLine
from app.services.money import format_dong, format_quantity

COL_NO, COL_NAME, COL_QTY, COL_PRICE, COL_DISCOUNT, COL_TOTAL = range(6)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

AnyIndex = QModelIndex | QPersistentModelIndex


class CartTableModel(QAbstractTableModel):
    """Columns: #, Tên hàng, SL, Đơn giá, Giảm, Thành tiền (amounts in đồng, no ₫ sign)."""

    def __init__(self, cart: Cart, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cart = cart

    def cart(self) -> Cart:
        return self._cart

    def line(self, row: int) -> CartLine:
        return self._cart.lines[row]

    def refresh(self) -> None:
        """Re-read the whole cart: carts are short, and a reset keeps the view honest."""
        self.beginResetModel()
        self.endResetModel()

    # --- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cart.lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section] if 0 <= section < 6 else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if section == COL_NAME else _RIGHT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._cart.lines):
            return None
        line = self._cart.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column == COL_NAME else _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, column)
        if role == Qt.ItemDataRole.FontRole and self._marked(line, column):
            font = QFont()
            font.setBold(True)
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return line
        return None

    # --- helpers --------------------------------------------------------------------------

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("#"),
            self.tr("Tên hàng"),
            self.tr("SL"),
            self.tr("Đơn giá"),
            self.tr("Giảm"),
            self.tr("Thành tiền"),
        )

    def _display(self, row: int, line: CartLine, column: int) -> str:
        if column == COL_NO:
            return str(row + 1)
        if column == COL_NAME:
            return line.product.name
        if column == COL_QTY:
            unit = f" {line.product.unit}" if line.product.unit else ""
            return f"{format_quantity(line.quantity)}{unit}"
        if column == COL_PRICE:
            return format_dong(line.unit_price, symbol=False)
        if column == COL_DISCOUNT:
            return format_dong(-line.discount, symbol=False) if line.discount else ""
        return format_dong(line.total, symbol=False)

    def _tooltip(self, line: CartLine, column: int) -> str | None:
        """The producer and commune: what a buyer asks about an OCOP product."""
        if column == COL_NAME:
            parts = [line.product.producer_name, line.product.locality]
            return " — ".join(p for p in parts if p) or None
        if column == COL_PRICE and line.price_changed:
            return self.tr("Giá niêm yết: {price}").format(price=format_dong(line.product.price))
        return None

    @staticmethod
    def _marked(line: CartLine, column: int) -> bool:
        """A changed price or a discount stands out, so nobody misses a manager's override."""
        return (column == COL_PRICE and line.price_changed) or (
            column == COL_DISCOUNT and line.discount > 0
        )
