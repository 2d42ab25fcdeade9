"""Plain input records for the receipt and Z-report renderers.

Services fill these from the database; the renderers never touch a Session, so a document can
be reprinted, previewed or tested from data alone. Frozen so a receipt cannot change between
preview and print.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

METHOD_LABELS: dict[str, str] = {
    "cash": "Tiền mặt",
    "vietqr": "Chuyển khoản VietQR",
    "card": "Thẻ",
    "ewallet": "Ví điện tử",
}


def method_label(method: str) -> str:
    """Unknown methods (e.g. from a newer hub) still print, under their raw code."""
    return METHOD_LABELS.get(method, method)


@dataclass(frozen=True)
class ReceiptLine:
    name: str
    quantity: Decimal
    unit: str
    unit_price: int
    discount: int
    total: int  # round(unit_price * quantity) - discount
    vat_rate: int


@dataclass(frozen=True)
class ReceiptPayment:
    method: str  # "cash" | "vietqr" | "card" | "ewallet"
    amount: int
    reference: str = ""


@dataclass(frozen=True)
class ReceiptData:
    shop_name: str
    location_name: str
    fair_name: str | None
    address: str
    sale_number: str
    created_local: datetime
    staff_name: str
    lines: tuple[ReceiptLine, ...]
    subtotal: int
    discount_total: int
    total: int
    vat_included: int
    payments: tuple[ReceiptPayment, ...]
    cash_tendered: int
    change: int
    footer: str = "Cảm ơn quý khách! Sản phẩm OCOP – tự hào hàng Việt"
    voided: bool = False
    # For a refund slip: the original sale number; amounts are then money given back.
    refund_of: str | None = None
    # The VietQR payload of each transfer, as the customer scanned it at the till (made from
    # the booth's bank account, the amount and the sale number): printed so the receipt shows
    # which transfer paid it.
    vietqr_payloads: tuple[str, ...] = ()


@dataclass(frozen=True)
class ZReportMethodRow:
    method: str
    expected: int
    counted: int | None  # None = not counted (e.g. card); difference shown only when counted


@dataclass(frozen=True)
class ZReportData:
    shop_name: str
    location_name: str
    fair_name: str | None
    shift_label: str
    opened_local: datetime
    closed_local: datetime | None
    opened_by: str
    closed_by: str | None
    opening_float: int
    sales_count: int
    sales_total: int
    voids_count: int
    voids_total: int
    refunds_count: int
    refunds_total: int
    discounts_total: int
    vat_by_rate: tuple[tuple[int, int], ...]  # (rate %, VAT amount)
    methods: tuple[ZReportMethodRow, ...]
    visitors: int
    top_products: tuple[tuple[str, Decimal, int], ...]  # name, quantity, amount
    printed_local: datetime
    # Numbers shown on a VietQR whose sale was never saved (app.services.sale_numbers).
    abandoned_numbers: tuple[str, ...] = ()
