"""The backups list: when, what kind, how big, which file; newest first, as the service gives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from app.services import backups
from app.services.backups import BackupInfo
from app.ui.models.rows import Index, RowsTableModel

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def kind_text(info: BackupInfo) -> str:
    names = {
        backups.DAILY: QCoreApplication.translate("backups", "Hằng ngày"),
        backups.SHIFT: QCoreApplication.translate("backups", "Chốt ca {label}"),
        backups.MANUAL: QCoreApplication.translate("backups", "Sao lưu tay"),
        backups.BEFORE_RESTORE: QCoreApplication.translate("backups", "Trước khi khôi phục"),
        backups.MIGRATION: QCoreApplication.translate("backups", "Trước khi nâng cấp"),
    }
    text = names.get(info.kind, QCoreApplication.translate("backups", "Khác"))
    return text.format(label=info.label).strip()


def size_text(size: int) -> str:
    if size >= 1_048_576:
        return f"{size / 1_048_576:.1f} MB".replace(".", ",")
    return f"{max(size, 1) // 1024 or 1} KB"


class BackupTableModel(RowsTableModel):
    TIME, KIND, SIZE, FILE = range(4)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Thời điểm"), self.tr("Loại"), self.tr("Dung lượng"), self.tr("Tệp"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        info = self.row_at(index.row()) if index.isValid() else None
        if info is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.TIME:
                return info.taken.strftime("%d/%m/%Y %H:%M")
            if column == self.KIND:
                return kind_text(info)
            if column == self.SIZE:
                return size_text(info.size)
            return info.path.name
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SIZE:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        return None
