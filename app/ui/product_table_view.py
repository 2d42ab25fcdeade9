"""The look shared by every data table of the catalog and stock pages: read-only, whole-row
selection, rows tall enough for a finger, sorting left to the model (which asks the service)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def data_table(model: QAbstractItemModel, stretch: int) -> QTableView:
    """A read-only, row-selecting, touch-sized table sorted by its model (the service)."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(38)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    return view


class _ShareColumns(QObject):
    """Gives each listed column its share of the table's width whenever the table resizes."""

    def __init__(self, view: QTableView, shares: dict[int, float]) -> None:
        super().__init__(view)
        self._view, self._shares = view, shares
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            width = self._view.viewport().width()
            for column, share in self._shares.items():
                self._view.setColumnWidth(column, int(width * share))
        return False


def share_columns(view: QTableView, shares: dict[int, float]) -> None:
    """Columns sized as fractions of the table's width (the stretch column takes the rest), so
    the name keeps its room on a 1024-pixel laptop and the others grow on a wide screen;
    fixed pixel widths made of 1366 px left the name as "…" at 1024."""
    _ShareColumns(view, shares)
