"""The Chủ thể tab: producers (cooperatives, companies, households, groups), add and edit."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog_listing import ProducerRow
from app.ui.context import AppContext
from app.ui.models.producer_table_model import ProducerTableModel
from app.ui.producers_edit_dialog import ProducerEditDialog
from app.ui.product_table_view import data_table


class ProducersPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._model = ProducerTableModel(ctx.db, self)
        self._search = QLineEdit(objectName="producerSearch")
        self._search.setClearButtonEnabled(True)
        self._search.setPlaceholderText(self.tr("Tìm tên, mã, huyện, xã… (gõ không dấu được)"))
        self._search.textChanged.connect(self._on_search_changed)
        self._inactive = QCheckBox(self.tr("Cả chủ thể ngừng hợp tác"))
        self._inactive.toggled.connect(self._on_inactive_toggled)
        top = QHBoxLayout()
        top.addWidget(self._search, 1)
        top.addWidget(self._inactive)
        self._view: QTableView = data_table(self._model, ProducerTableModel.COLUMNS.index("name"))
        self._view.setObjectName("producersTable")
        self._view.setSortingEnabled(True)
        self._view.horizontalHeader().setSortIndicator(
            ProducerTableModel.COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
        for key, width in {"code": 100, "kind": 150, "district": 150, "commune": 160,
                           "product_count": 130}.items():
            self._view.setColumnWidth(ProducerTableModel.COLUMNS.index(key), width)
        self._view.doubleClicked.connect(self._on_double_clicked)
        self._count = QLabel()
        add = QPushButton(self.tr("Thêm chủ thể"), objectName="addProducerButton")
        add.setProperty("primary", True)
        add.clicked.connect(self._on_add_clicked)
        edit = QPushButton(self.tr("Sửa"), objectName="editProducerButton")
        edit.clicked.connect(self._on_edit_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(edit)
        buttons.addStretch(1)
        buttons.addWidget(self._count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._view, 1)
        layout.addLayout(buttons)
        ctx.catalog_changed.connect(self.refresh)
        self.refresh()

    def model(self) -> ProducerTableModel:
        return self._model

    def refresh(self) -> None:
        self._model.refresh()
        self._count.setText(self.tr("{total} chủ thể").format(total=self._model.total()))

    def selected_producer(self) -> ProducerRow | None:
        rows = self._view.selectionModel().selectedRows()
        return self._model.row_at(rows[0].row()) if rows else None

    def _on_search_changed(self, text: str) -> None:
        self._model.set_query(text)
        self._count.setText(self.tr("{total} chủ thể").format(total=self._model.total()))

    def _on_inactive_toggled(self, on: bool) -> None:
        self._model.set_active(None if on else True)

    def _on_double_clicked(self, _index: QModelIndex) -> None:
        self._on_edit_clicked()

    def _on_add_clicked(self) -> None:
        ProducerEditDialog(self._ctx, None, self).exec()

    def _on_edit_clicked(self) -> None:
        producer = self.selected_producer()
        if producer is not None:
            ProducerEditDialog(self._ctx, producer, self).exec()
