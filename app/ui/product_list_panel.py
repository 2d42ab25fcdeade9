"""The Sản phẩm tab: search-as-you-type over the whole catalog, filters, add/edit, file I/O.

Each keystroke asks services.catalog_listing for the first page of matches (FTS + SQL sort,
a few milliseconds on 10,322 products), and the view pulls further pages as it scrolls.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog_admin import set_product_active
from app.services.catalog_listing import ProductRow, get_product
from app.services.errors import BoothError
from app.services.stars import StarStatus
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.import_dialog import ImportDialog
from app.ui.import_worker import EXPORT, CatalogJobRunner
from app.ui.models.product_table_model import ProductTableModel
from app.ui.product_edit_dialog import ProductEditDialog
from app.ui.product_fields import ERROR_STYLE
from app.ui.product_table_view import data_table, share_columns
from app.ui.star_watch_panel import star_badge_text


class ProductListPanel(QWidget):
    star_watch_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._model = ProductTableModel(ctx.db, parent=self)
        self._runner = CatalogJobRunner(ctx.db, self)
        self._runner.finished.connect(self._on_job_finished)
        self._runner.failed.connect(self._on_job_failed)
        self._export_path: Path | None = None

        self._search = QLineEdit(objectName="productSearch")
        self._search.setClearButtonEnabled(True)
        self._search.setPlaceholderText(self.tr("Tìm tên, mã SKU, mã vạch, chủ thể… (gõ không dấu được)"))
        self._search.textChanged.connect(self._on_search_changed)
        self._stars = QComboBox(objectName="starFilter")
        for text, status in ((self.tr("Mọi sản phẩm"), None),
                             (self.tr("Sao còn hạn"), StarStatus.VALID),
                             (self.tr("Sao sắp hết hạn"), StarStatus.EXPIRING),
                             (self.tr("Sao đã hết hạn"), StarStatus.EXPIRED),
                             (self.tr("Chưa có sao"), StarStatus.NONE)):
            self._stars.addItem(text, status)
        self._stars.currentIndexChanged.connect(self._on_filters_changed)
        self._inactive = QCheckBox(self.tr("Cả hàng ngừng bán"), objectName="showInactive")
        self._inactive.toggled.connect(self._on_filters_changed)
        filters = QHBoxLayout()
        filters.addWidget(self._search, 1)
        filters.addWidget(self._stars)
        filters.addWidget(self._inactive)

        self._view = data_table(self._model, ProductTableModel.COLUMNS.index("name"))
        self._view.setObjectName("productsTable")
        self._view.setSortingEnabled(True)
        self._view.horizontalHeader().setSortIndicator(
            ProductTableModel.COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
        self._view.doubleClicked.connect(self._on_double_clicked)
        # At 1366×768 the name needs the room: the barcode is in the edit dialog (and searchable).
        self._view.setColumnHidden(ProductTableModel.COLUMNS.index("barcode"), True)
        shares = {"sku": 0.13, "producer": 0.2, "category": 0.11, "price": 0.11, "stars": 0.2}
        share_columns(self._view, {ProductTableModel.COLUMNS.index(key): share
                                   for key, share in shares.items()})

        self._count = QLabel(objectName="productCount")
        self._badge = QPushButton(objectName="starBadgeButton")
        self._badge.setFlat(True)
        self._badge.setStyleSheet("color: #7a4b00; font-weight: bold; border: none;")
        self._badge.clicked.connect(self.star_watch_requested)
        self._message = QLabel(objectName="productMessage")
        self._message.setWordWrap(True)
        add = QPushButton(self.tr("Thêm sản phẩm"), objectName="addProductButton")
        add.setProperty("primary", True)
        add.clicked.connect(self._on_add_clicked)
        edit = QPushButton(self.tr("Sửa"), objectName="editProductButton")
        edit.clicked.connect(self._on_edit_clicked)
        self._retire = QPushButton(self.tr("Ngừng / mở lại bán"), objectName="retireButton")
        self._retire.clicked.connect(self._on_retire_clicked)
        imp = QPushButton(self.tr("Nhập từ tệp…"), objectName="importButton")
        imp.clicked.connect(self._on_import_clicked)
        exp = QPushButton(self.tr("Xuất ra tệp…"), objectName="exportButton")
        exp.clicked.connect(self._on_export_clicked)
        buttons = QHBoxLayout()
        for button in (add, edit, self._retire):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(imp)
        buttons.addWidget(exp)

        status = QHBoxLayout()
        status.addWidget(self._count)
        status.addWidget(self._message, 1)
        status.addWidget(self._badge)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self._view, 1)
        layout.addLayout(status)
        layout.addLayout(buttons)
        ctx.catalog_changed.connect(self._on_catalog_changed)
        self.refresh()

    # --- public API -----------------------------------------------------------------------

    def model(self) -> ProductTableModel:
        return self._model

    def view(self) -> QTableView:
        return self._view

    def search_edit(self) -> QLineEdit:
        return self._search

    def refresh(self) -> None:
        """Re-read the first page, keeping the selected product selected when still listed."""
        selected = self.selected_product()
        self._model.refresh()
        self._update_count()
        self._update_badge()
        if selected is not None:
            self.select_product(selected.id)

    def selected_product(self) -> ProductRow | None:
        rows = self._view.selectionModel().selectedRows()
        return self._model.row_at(rows[0].row()) if rows else None

    def select_product(self, product_id: int) -> bool:
        row = self._model.row_of(product_id)
        if row >= 0:
            self._view.selectRow(row)
        return row >= 0

    def export_to(self, path: Path) -> None:
        """Export the catalog in the background; the message line says where it went."""
        self._export_path = path
        self._show_message(self.tr("Đang xuất…"))
        self._runner.export(path)

    def wait(self) -> bool:
        return self._runner.wait()

    def message(self) -> str:
        return self._message.text()

    # --- slots ----------------------------------------------------------------------------

    def _on_search_changed(self, text: str) -> None:
        self._model.set_query(text)
        self._update_count()

    def _on_filters_changed(self) -> None:
        self._model.set_filters(star_filter=self._stars.currentData(),
                                active=None if self._inactive.isChecked() else True)
        self._update_count()

    def _on_catalog_changed(self) -> None:
        self.refresh()

    def _on_double_clicked(self, _index: QModelIndex) -> None:
        self._on_edit_clicked()

    def _on_add_clicked(self) -> None:
        dialog = ProductEditDialog(self._ctx, None, self)
        if dialog.exec() and dialog.saved_row() is not None:
            self._after_save(dialog.saved_row())

    def _on_edit_clicked(self) -> None:
        product = self.selected_product()
        if product is None:
            self._show_message(self.tr("Hãy chọn một sản phẩm trong bảng"), error=True)
            return
        dialog = ProductEditDialog(self._ctx, product, self)
        if dialog.exec() and dialog.saved_row() is not None:
            self._after_save(dialog.saved_row())

    def _on_retire_clicked(self) -> None:
        product = self.selected_product()
        if product is None:
            self._show_message(self.tr("Hãy chọn một sản phẩm trong bảng"), error=True)
            return
        try:
            set_product_active(self._ctx.db, product.id, not product.active)
        except BoothError as error:
            self._show_message(error_text(error), error=True)
            return
        self._ctx.catalog_changed.emit()
        text = self.tr("Đã mở lại bán {name}") if not product.active else self.tr(
            "Đã ngừng bán {name} (vẫn giữ trong lịch sử bán hàng)")
        self._show_message(text.format(name=product.name))

    def _on_import_clicked(self) -> None:
        ImportDialog(self._ctx, self).exec()

    def _on_export_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Xuất danh mục"), "danh-muc-ocop.xlsx",
            self.tr("Bảng tính Excel (*.xlsx);;CSV UTF-8 (*.csv)"))
        if name:
            self.export_to(Path(name))

    def _on_job_finished(self, job: str, result: object) -> None:
        if job == EXPORT:
            self._show_message(self.tr("Đã xuất {count} sản phẩm ra tệp {path}").format(
                count=result, path=str(self._export_path)))

    def _on_job_failed(self, _job: str, error: BoothError) -> None:
        self._show_message(error_text(error), error=True)

    # --- helpers --------------------------------------------------------------------------

    def _after_save(self, row: ProductRow | None) -> None:
        if row is None:
            return
        self._show_message(self.tr("Đã lưu {sku} – {name}").format(sku=row.sku, name=row.name))
        if not self.select_product(row.id):
            fresh = get_product(self._ctx.db, row.id)
            if fresh is not None:  # not on the loaded page: find it by its SKU
                self._search.setText(fresh.sku)
                self.select_product(row.id)

    def _update_count(self) -> None:
        self._count.setText(self.tr("{total} sản phẩm").format(total=self._model.total()))

    def _update_badge(self) -> None:
        badge = star_badge_text(self._ctx)
        self._badge.setText(self.tr("{badge} – xem danh sách").format(badge=badge) if badge else "")
        self._badge.setVisible(bool(badge))

    def _show_message(self, text: str, error: bool = False) -> None:
        self._message.setText(text)
        self._message.setStyleSheet(ERROR_STYLE if error else "")
