"""What one label prints: plain values, filled by app.services.label_data.

The renderer never touches the database, so a label can be previewed, tested or printed from
data alone, and the same item renders identically on every template and stock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class LabelItem:
    key: str  # the product's SKU (or "vietqr"): how messages name this label
    name: str
    producer: str = ""
    locality: str = ""
    price: int | None = None
    unit: str = ""
    sold_by_weight: bool = False  # its price is per kg (or other unit): the label says so
    barcode: str | None = None
    sku: str = ""
    stars: int | None = None
    star_expires_on: date | None = None
    trace_url: str | None = None
    payment: str | None = None  # VietQR payload of a counter sticker
    shop_name: str = ""
    bank_name: str = ""
    account: str = ""
    account_name: str = ""
    caption: str = ""  # overrides a template's fixed caption when set

    @property
    def producer_locality(self) -> str:
        return " – ".join(part for part in (self.producer, self.locality) if part)

    def text_for(self, source: str, fixed: str = "") -> str:
        if source == "caption":
            return self.caption or fixed
        value = getattr(self, source, "")
        return "" if value is None else str(value)
