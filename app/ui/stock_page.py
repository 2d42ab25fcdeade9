"""The Kho page: balances with the stock actions, the moves ledger, and producer settlement.

Each tab is its own widget; the page only arranges them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.ui.context import AppContext
from app.ui.products_page import TAB_STYLE
from app.ui.settlement_panel import SettlementPanel
from app.ui.stock_balances_panel import StockBalancesPanel
from app.ui.stock_moves_panel import StockMovesPanel

TABS = ("balances", "moves", "settlement")


class StockPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stockPage")
        self._title = QLabel(objectName="pageTitle")
        self._balances = StockBalancesPanel(ctx)
        self._moves = StockMovesPanel(ctx)
        self._settlement = SettlementPanel(ctx)
        self._tabs = QTabWidget(objectName="stockTabs")
        self._tabs.setStyleSheet(TAB_STYLE)
        self._tabs.setDocumentMode(True)
        for widget in (self._balances, self._moves, self._settlement):
            self._tabs.addTab(widget, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self._title)
        layout.addWidget(self._tabs, 1)
        self._retranslate()

    def balances_panel(self) -> StockBalancesPanel:
        return self._balances

    def moves_panel(self) -> StockMovesPanel:
        return self._moves

    def settlement_panel(self) -> SettlementPanel:
        return self._settlement

    def show_tab(self, key: str) -> None:
        """'balances', 'moves' or 'settlement'."""
        self._tabs.setCurrentIndex(TABS.index(key))

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Kho"))
        for index, text in enumerate((self.tr("Tồn kho"), self.tr("Lịch sử nhập xuất"),
                                      self.tr("Quyết toán ký gửi"))):
            self._tabs.setTabText(index, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_tabs"):
            self._retranslate()
        super().changeEvent(event)
