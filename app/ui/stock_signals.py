"""Announcing stock writes, and the views that follow them.

Stock views refresh on `stock_changed` (a move was written) and on `catalog_changed` (names,
products and producers shown beside the balances change with the catalog).
"""

from __future__ import annotations

from collections.abc import Callable

from app.ui.context import AppContext


def announce_stock(ctx: AppContext) -> None:
    ctx.stock_changed.emit()


def on_stock_changed(ctx: AppContext, slot: Callable[[], None]) -> None:
    ctx.stock_changed.connect(slot)
    ctx.catalog_changed.connect(slot)
