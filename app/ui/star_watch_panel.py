"""The Sao OCOP tab: which ratings expire within 90 days or have expired, to re-assess.

Ratings last 36 months (Decision 148/QĐ-TTg); an expired product still sells but must not show
stars. The list and the status-bar badge both come from services.star_watch.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog_listing import ProductRow
from app.services.star_watch import star_badge
from app.ui.context import AppContext
from app.ui.models.star_watch_table_model import StarWatchTableModel
from app.ui.product_edit_dialog import ProductEditDialog
from app.ui.product_table_view import data_table


def star_badge_text(ctx: AppContext) -> str:
    """'Sao OCOP: 2 hết hạn, 5 sắp hết hạn' for the status bar; '' when nothing needs doing."""
    badge = star_badge(ctx.db)
    if not badge.visible:
        return ""
    return QCoreApplication.translate("status", badge.template).format(
        expired=badge.expired, expiring=badge.expiring)


class StarWatchPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._model = StarWatchTableModel(ctx.db, self)
        self._expiring = QCheckBox(self.tr("Sắp hết hạn (trong 90 ngày)"), objectName="watchExpiring")
        self._expired = QCheckBox(self.tr("Đã hết hạn"), objectName="watchExpired")
        for box in (self._expiring, self._expired):
            box.setChecked(True)
            box.toggled.connect(self._on_filters_changed)
        self._search = QLineEdit()
        self._search.setClearButtonEnabled(True)
        self._search.setPlaceholderText(self.tr("Tìm sản phẩm…"))
        self._search.textChanged.connect(self._on_filters_changed)
        top = QHBoxLayout()
        top.addWidget(self._expired)
        top.addWidget(self._expiring)
        top.addWidget(self._search, 1)
        self._summary = QLabel(objectName="starWatchSummary")
        self._summary.setWordWrap(True)
        self._view = data_table(self._model, StarWatchTableModel.COLUMNS.index("name"))
        self._view.setObjectName("starWatchTable")
        for key, width in {"status": 140, "days": 110, "stars": 290, "sku": 130,
                           "producer": 240}.items():
            self._view.setColumnWidth(StarWatchTableModel.COLUMNS.index(key), width)
        self._view.doubleClicked.connect(self._on_double_clicked)
        edit = QPushButton(self.tr("Cập nhật ngày công nhận…"), objectName="editRatingButton")
        edit.clicked.connect(self._on_edit_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self._summary, 1)
        buttons.addWidget(edit)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._view, 1)
        layout.addLayout(buttons)
        ctx.catalog_changed.connect(self.refresh)
        self.refresh()

    def model(self) -> StarWatchTableModel:
        return self._model

    def set_filters(self, expiring: bool, expired: bool) -> None:
        self._expiring.setChecked(expiring)
        self._expired.setChecked(expired)

    def refresh(self) -> None:
        self._on_filters_changed()

    def selected_product(self) -> ProductRow | None:
        rows = self._view.selectionModel().selectedRows()
        return self._model.row_at(rows[0].row()) if rows else None

    def _on_filters_changed(self) -> None:
        self._model.set_filters(expiring=self._expiring.isChecked(),
                                expired=self._expired.isChecked(), query=self._search.text())
        text = star_badge_text(self._ctx)
        self._summary.setText(
            self.tr("{badge}. Gửi hồ sơ đánh giá lại trước ngày hết hạn; sản phẩm hết hạn vẫn "
                    "bán được nhưng không được ghi sao.").format(badge=text)
            if text else self.tr("Không có sản phẩm nào sắp hết hạn hoặc đã hết hạn sao."))

    def _on_double_clicked(self, _index: QModelIndex) -> None:
        self._on_edit_clicked()

    def _on_edit_clicked(self) -> None:
        product = self.selected_product()
        if product is not None:
            ProductEditDialog(self._ctx, product, self).exec()
