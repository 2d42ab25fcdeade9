"""The Lịch sử tab: the stock ledger, newest first — the history behind every balance."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.stock_query import list_locations
from app.ui.context import AppContext
from app.ui.models.stock_table_models import MoveTableModel, kind_name
from app.ui.product_table_view import data_table
from app.ui.refresh_when_shown import RefreshWhenShown
from app.ui.stock_signals import on_stock_changed

KIND_FILTERS: tuple[tuple[str, ...], ...] = (
    (), ("receive", "consign_in"), ("transfer_out", "transfer_in"), ("count",), ("spoilage",),
    ("return_to_producer",), ("sale", "void", "refund"),
)


class StockMovesPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._model = MoveTableModel(ctx.db, ctx.settings.timezone, self)
        self._location = QComboBox(objectName="movesLocation")
        self._location.addItem(self.tr("Mọi điểm kho"), None)
        for loc in list_locations(ctx.db):
            self._location.addItem(loc.name, loc.id)
        self._kind = QComboBox(objectName="movesKind")
        for kinds in KIND_FILTERS:
            text = " / ".join(dict.fromkeys(kind_name(k) for k in kinds[:2])) if kinds else self.tr(
                "Mọi loại")
            self._kind.addItem(text, kinds)
        for combo in (self._location, self._kind):
            combo.currentIndexChanged.connect(self._on_filters_changed)
        self._count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self._location)
        top.addWidget(self._kind)
        top.addStretch(1)
        top.addWidget(self._count)
        self._view = data_table(self._model, MoveTableModel.COLUMNS.index("name"))
        self._view.setObjectName("movesTable")
        for key, width in {"time": 150, "kind": 130, "sku": 120, "location": 200, "quantity": 100,
                           "cost": 120, "reason": 200, "staff": 150}.items():
            self._view.setColumnWidth(MoveTableModel.COLUMNS.index(key), width)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._view, 1)
        self._refresher = RefreshWhenShown(self, self.refresh)
        on_stock_changed(ctx, self._refresher.changed)
        ctx.sales_changed.connect(self._refresher.changed)
        self.refresh()

    def model(self) -> MoveTableModel:
        return self._model

    def refresh(self) -> None:
        self._on_filters_changed()

    def _on_filters_changed(self) -> None:
        self._model.set_filters(location_id=self._location.currentData(),
                                kinds=self._kind.currentData() or None)
        self._count.setText(self.tr("{total} dòng").format(total=self._model.total()))

