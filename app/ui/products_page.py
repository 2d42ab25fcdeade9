"""The Sản phẩm page: products, producers and the OCOP star watch as three tabs.

Each tab is its own widget (product_list_panel, producers_panel, star_watch_panel); the page
only arranges them and lets the star badge on the products tab open the watch list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.ui.context import AppContext
from app.ui.producers_panel import ProducersPanel
from app.ui.product_list_panel import ProductListPanel
from app.ui.star_watch_panel import StarWatchPanel

TABS = ("products", "producers", "stars")
TAB_STYLE = "QTabBar::tab { min-height: 40px; min-width: 150px; padding: 0 16px; }"


class ProductsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productsPage")
        self._ctx = ctx
        self._title = QLabel(objectName="pageTitle")
        self._products = ProductListPanel(ctx)
        self._producers = ProducersPanel(ctx)
        self._stars = StarWatchPanel(ctx)
        self._tabs = QTabWidget(objectName="productsTabs")
        self._tabs.setStyleSheet(TAB_STYLE)
        self._tabs.setDocumentMode(True)
        for widget in (self._products, self._producers, self._stars):
            self._tabs.addTab(widget, "")
        self._products.star_watch_requested.connect(self._on_star_watch_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self._title)
        layout.addWidget(self._tabs, 1)
        self._retranslate()

    def products_panel(self) -> ProductListPanel:
        return self._products

    def producers_panel(self) -> ProducersPanel:
        return self._producers

    def star_watch_panel(self) -> StarWatchPanel:
        return self._stars

    def show_tab(self, key: str) -> None:
        """'products', 'producers' or 'stars'."""
        self._tabs.setCurrentIndex(TABS.index(key))

    def current_tab(self) -> str:
        return TABS[self._tabs.currentIndex()]

    def _on_star_watch_requested(self) -> None:
        self.show_tab("stars")

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Sản phẩm"))
        for index, text in enumerate((self.tr("Sản phẩm"), self.tr("Chủ thể"),
                                      self.tr("Sao OCOP"))):
            self._tabs.setTabText(index, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_tabs"):
            self._retranslate()
        super().changeEvent(event)
