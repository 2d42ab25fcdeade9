"""The product lines of a stock action: find a product, type a quantity (and a cost), add.

Shared by the receive, transfer, write-off, return and count dialogs. Finding a product uses
the catalog search (folded, word prefixes, barcode scan) limited to a handful of matches; the
quantity and cost stay text until the dialog's service parses them, so "1,5" kg or "180.000"
are read by the same rules as everywhere else.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog_listing import ProductRow, get_product, list_products
from app.services.stock import MoveLine
from app.ui.context import AppContext
from app.ui.models.stock_table_models import EditLine, StockLinesTableModel

MATCHES = 30


class StockLinesEditor(QWidget):
    def __init__(self, ctx: AppContext, columns: Sequence[str] = ("sku", "name", "quantity"),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._producer_id: int | None = None
        self._model = StockLinesTableModel(columns, self)
        self._search = QLineEdit(objectName="lineSearch")
        self._search.setClearButtonEnabled(True)
        self._search.setPlaceholderText(self.tr("Tìm hoặc quét mã sản phẩm…"))
        self._search.textChanged.connect(self._on_search_changed)
        # Enter moves on (product → quantity → agreed price → next line); it never saves the
        # whole receipt, which is the dialog's button or Ctrl+Enter.
        self._search.returnPressed.connect(self._on_search_entered)
        self._matches = QComboBox(objectName="lineProduct")
        self._matches.setMinimumWidth(320)
        self._quantity = QLineEdit(objectName="lineQuantity")
        self._quantity.setPlaceholderText(self.tr("Số lượng"))
        self._quantity.setMaximumWidth(110)
        self._quantity.returnPressed.connect(self._on_quantity_entered)
        self._cost = QLineEdit(objectName="lineCost")
        self._cost.setPlaceholderText(self.tr("Giá thỏa thuận"))
        self._cost.setMaximumWidth(150)
        self._cost.setVisible("unit_cost" in columns)
        self._cost.returnPressed.connect(self._on_add_clicked)
        add = QPushButton(self.tr("Thêm dòng"), objectName="addLineButton")
        add.clicked.connect(self._on_add_clicked)
        remove = QPushButton(self.tr("Xóa dòng"), objectName="removeLineButton")
        remove.clicked.connect(self._on_remove_clicked)
        picker = QHBoxLayout()
        picker.addWidget(self._search, 2)
        picker.addWidget(self._matches, 3)
        picker.addWidget(self._quantity)
        picker.addWidget(self._cost)
        picker.addWidget(add)
        self._view = QTableView(objectName="linesTable")
        self._view.setModel(self._model)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self._view.verticalHeader().hide()
        self._view.verticalHeader().setDefaultSectionSize(38)
        header = self._view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(list(columns).index("name"), QHeaderView.ResizeMode.Stretch)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(picker)
        layout.addWidget(self._view, 1)
        layout.addLayout(bottom)
        self._on_search_changed("")

    # --- public API -----------------------------------------------------------------------

    def model(self) -> StockLinesTableModel:
        return self._model

    def set_producer(self, producer_id: int | None) -> None:
        """Offer only this producer's products (consignment and returns are per producer)."""
        self._producer_id = producer_id
        self._on_search_changed(self._search.text())

    def add_product(self, product_id: int, quantity: str = "", unit_cost: str = "") -> bool:
        product = get_product(self._ctx.db, product_id)
        if product is None:
            return False
        self._model.add_line(_line(product, quantity, unit_cost))
        return True

    def move_lines(self) -> list[MoveLine]:
        """What the service takes; unit_cost only when this editor asks for one. A line still
        being typed (a quantity not yet added) is added first: nothing typed is dropped."""
        if self._quantity.text().strip():
            self._on_add_clicked()
        with_cost = "unit_cost" in self._model.columns
        return [MoveLine(line.product_id, line.quantity,
                         (line.unit_cost or None) if with_cost else None)
                for line in self._model.lines()]

    def clear(self) -> None:
        self._model.set_lines([])

    # --- slots ----------------------------------------------------------------------------

    def _on_search_changed(self, text: str) -> None:
        page = list_products(self._ctx.db, text, producer_id=self._producer_id, limit=MATCHES)
        self._matches.clear()
        for row in page.rows:
            self._matches.addItem(f"{row.sku} – {row.name}", row.id)
        if page.total > len(page.rows):
            self._matches.setToolTip(self.tr("{total} sản phẩm khớp; gõ thêm để thu hẹp").format(
                total=page.total))

    def _on_search_entered(self) -> None:
        if self._matches.currentData() is not None:
            self._quantity.setFocus()
            self._quantity.selectAll()

    def _on_quantity_entered(self) -> None:
        if self._cost.isVisible():
            self._cost.setFocus()
            self._cost.selectAll()
        else:
            self._on_add_clicked()

    def _on_add_clicked(self) -> None:
        product_id = self._matches.currentData()
        if product_id is None:
            return
        if self.add_product(int(product_id), self._quantity.text().strip(),
                            self._cost.text().strip()):
            self._quantity.clear()
            self._cost.clear()  # each product's agreed price is its own
            self._search.selectAll()
            self._search.setFocus()

    def _on_remove_clicked(self) -> None:
        rows = self._view.selectionModel().selectedRows()
        if rows:
            self._model.remove_line(rows[0].row())


def _line(product: ProductRow, quantity: str, unit_cost: str) -> EditLine:
    return EditLine(product.id, product.sku, product.name, product.unit, quantity, unit_cost)
