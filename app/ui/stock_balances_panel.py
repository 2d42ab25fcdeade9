"""The Tồn kho tab: balances per product and location, and the stock actions.

Balances are sums of the ledger (services.stock_query), filtered by location, producer, only
negative, or without zeros. Negative balances (sold more than the ledger held: a miscount at
the fair) are red and can be listed alone, so the manager knows what to count.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog_listing import catalog_choices
from app.services.stock_query import list_locations, negative_balances
from app.ui.context import AppContext
from app.ui.models.stock_table_models import BalanceTableModel
from app.ui.product_table_view import data_table
from app.ui.refresh_when_shown import RefreshWhenShown
from app.ui.stock_count_dialog import CountDialog
from app.ui.stock_out_dialog import RETURN, SPOILAGE, StockOutDialog
from app.ui.stock_receive_dialog import ReceiveDialog
from app.ui.stock_signals import on_stock_changed
from app.ui.stock_transfer_dialog import TransferDialog


class StockBalancesPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._model = BalanceTableModel(ctx.db, self)
        self._search = QLineEdit(objectName="balanceSearch")
        self._search.setClearButtonEnabled(True)
        self._search.setPlaceholderText(self.tr("Tìm sản phẩm…"))
        self._search.textChanged.connect(self._on_search_changed)
        self._location = QComboBox(objectName="balanceLocation")
        self._location.addItem(self.tr("Mọi điểm kho"), None)
        for loc in list_locations(ctx.db):
            self._location.addItem(loc.name, loc.id)
        self._producer = QComboBox(objectName="balanceProducer")
        self._producer.setMaximumWidth(260)
        self._only_negative = QCheckBox(self.tr("Chỉ tồn âm"), objectName="onlyNegative")
        self._hide_zero = QCheckBox(self.tr("Ẩn tồn 0"), objectName="hideZero")
        self._hide_zero.setChecked(True)
        self._fill_producers()
        for combo in (self._location, self._producer):
            combo.currentIndexChanged.connect(self._on_filters_changed)
        for box in (self._only_negative, self._hide_zero):
            box.toggled.connect(self._on_filters_changed)
        filters = QHBoxLayout()
        filters.addWidget(self._search, 1)
        filters.addWidget(self._location)
        filters.addWidget(self._producer)
        filters.addWidget(self._only_negative)
        filters.addWidget(self._hide_zero)
        self._view = data_table(self._model, BalanceTableModel.COLUMNS.index("name"))
        self._view.setObjectName("balancesTable")
        self._view.setSortingEnabled(True)
        self._view.horizontalHeader().setSortIndicator(
            BalanceTableModel.COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
        for key, width in {"sku": 130, "producer": 250, "location": 250, "quantity": 110}.items():
            self._view.setColumnWidth(BalanceTableModel.COLUMNS.index(key), width)
        self._count = QLabel(objectName="balanceCount")
        self._negatives = QPushButton(objectName="negativeBadge")
        self._negatives.setFlat(True)
        self._negatives.setStyleSheet("color: #a30d25; font-weight: bold; border: none;")
        self._negatives.clicked.connect(self._on_negatives_clicked)
        info = QHBoxLayout()
        info.addWidget(self._count)
        info.addStretch(1)
        info.addWidget(self._negatives)
        actions = QHBoxLayout()
        for text, name, slot in (
            (self.tr("Nhập hàng"), "receiveButton", self._on_receive_clicked),
            (self.tr("Chuyển kho"), "transferButton", self._on_transfer_clicked),
            (self.tr("Kiểm kê"), "countButton", self._on_count_clicked),
            (self.tr("Xuất hủy"), "writeOffButton", self._on_write_off_clicked),
            (self.tr("Trả chủ thể"), "returnButton", self._on_return_clicked),
        ):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self._view, 1)
        layout.addLayout(info)
        layout.addLayout(actions)
        self._refresher = RefreshWhenShown(self, self._reload)
        on_stock_changed(ctx, self._refresher.changed)
        ctx.sales_changed.connect(self._refresher.changed)
        self.refresh()

    def _fill_producers(self) -> None:
        current = self._producer.currentData()
        self._producer.blockSignals(True)
        self._producer.clear()
        self._producer.addItem(self.tr("Mọi chủ thể"), None)
        for pid, name, _district in catalog_choices(self._ctx.db).producers:
            self._producer.addItem(name, pid)
        self._producer.setCurrentIndex(max(0, self._producer.findData(current)))
        self._producer.blockSignals(False)

    # --- public API -----------------------------------------------------------------------

    def model(self) -> BalanceTableModel:
        return self._model

    def set_filters(self, *, location_id: int | None = None, producer_id: int | None = None,
                    only_negative: bool = False, hide_zero: bool = True) -> None:
        for widget in (self._location, self._producer, self._only_negative, self._hide_zero):
            widget.blockSignals(True)
        self._location.setCurrentIndex(max(0, self._location.findData(location_id)))
        self._producer.setCurrentIndex(max(0, self._producer.findData(producer_id)))
        self._only_negative.setChecked(only_negative)
        self._hide_zero.setChecked(hide_zero)
        for widget in (self._location, self._producer, self._only_negative, self._hide_zero):
            widget.blockSignals(False)
        self._on_filters_changed()

    def refresh(self) -> None:
        self._on_filters_changed()

    def negative_text(self) -> str:
        return self._negatives.text()

    # --- slots ----------------------------------------------------------------------------

    def _on_search_changed(self, text: str) -> None:
        self._model.set_query(text)
        self._update_labels()

    def _on_filters_changed(self) -> None:
        self._model.set_filters(location_id=self._location.currentData(),
                                producer_id=self._producer.currentData(),
                                only_negative=self._only_negative.isChecked(),
                                hide_zero=self._hide_zero.isChecked())
        self._update_labels()

    def _reload(self) -> None:
        self._fill_producers()
        self.refresh()

    def _on_negatives_clicked(self) -> None:
        self._only_negative.setChecked(not self._only_negative.isChecked())

    def _open(self, dialog: QDialog) -> None:
        dialog.exec()
        dialog.deleteLater()

    def _on_receive_clicked(self) -> None:
        self._open(ReceiveDialog(self._ctx, self))

    def _on_transfer_clicked(self) -> None:
        self._open(TransferDialog(self._ctx, self))

    def _on_count_clicked(self) -> None:
        dialog = CountDialog(self._ctx, self)
        if self._location.currentData() is not None:
            dialog.set_location(self._location.currentData())
        self._open(dialog)

    def _on_write_off_clicked(self) -> None:
        self._open(StockOutDialog(self._ctx, SPOILAGE, self))

    def _on_return_clicked(self) -> None:
        self._open(StockOutDialog(self._ctx, RETURN, self))

    def _update_labels(self) -> None:
        self._count.setText(self.tr("{total} dòng tồn").format(total=self._model.total()))
        negatives = len(negative_balances(self._ctx.db, self._location.currentData()))
        if self._only_negative.isChecked():
            self._negatives.setText(self.tr("Hiện mọi dòng tồn"))
        elif negatives:
            self._negatives.setText(self.tr("{count} dòng tồn âm – xem").format(count=negatives))
        else:
            self._negatives.setText("")
        self._negatives.setVisible(bool(self._negatives.text()))
