"""What a sales report holds: plain frozen dataclasses the UI, the exports and the CLI read.

The rules behind every figure (stated on the page and in every export through NOTES):
- A sale counts in the period it was rung up in; voided sales never count (they are shown
  apart, as "excluded", so nothing disappears silently).
- A refund counts when it is made, like the cash leaving the drawer: it is subtracted on the
  day and hour of the refund, not of the sale it belongs to, so a closed day's figures never
  change afterwards and the refund of last month's sale lowers this month. This is also what
  the Z-report and the consignment settlement do.
- Revenue = sales rung up − refunds made. Average basket = sales rung up / number of sales
  (what a customer spends at the till, before refunds). Conversion = sales per 100 visitors.
- By product, producer and category the refund is taken off the product refunded; by payment
  method, off the method the money went back by. Every grouping's total is the same revenue.
- Owed (producer grouping) is the consignment settlement's amount for the same period:
  net quantity sold x the agreed cost, per consigned product (app.services.settlement).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from app.services.errors import QT_TRANSLATE_NOOP
from app.services.money import round_dong
from app.services.reporting.period import Period

GROUPINGS = ("hour", "day", "product", "producer", "category", "payment")
GROUPING_TITLES = {
    "hour": QT_TRANSLATE_NOOP("reports", "Theo giờ trong ngày"),
    "day": QT_TRANSLATE_NOOP("reports", "Theo ngày"),
    "product": QT_TRANSLATE_NOOP("reports", "Theo sản phẩm"),
    "producer": QT_TRANSLATE_NOOP("reports", "Theo chủ thể"),
    "category": QT_TRANSLATE_NOOP("reports", "Theo nhóm hàng"),
    "payment": QT_TRANSLATE_NOOP("reports", "Theo phương thức thanh toán"),
}
NOTES = (
    QT_TRANSLATE_NOOP("reports", "Không tính hóa đơn đã hủy."),
    QT_TRANSLATE_NOOP("reports", "Tiền hoàn trả được trừ vào ngày và giờ hoàn trả, không phải "
                                 "ngày bán; doanh thu = tiền bán − tiền hoàn trả."),
    QT_TRANSLATE_NOOP("reports", "Giá trị trung bình một hóa đơn = tiền bán / số hóa đơn "
                                 "(trước hoàn trả)."),
    QT_TRANSLATE_NOOP("reports", "Tỷ lệ chuyển đổi = số hóa đơn trên 100 lượt khách."),
    QT_TRANSLATE_NOOP("reports", "So sánh với kỳ trước có cùng độ dài, ngay trước kỳ này."),
    QT_TRANSLATE_NOOP("reports", "Phải trả hàng ký gửi = số lượng bán (đã trừ hoàn trả) × giá "
                                 "thỏa thuận, như biên bản quyết toán với chủ thể."),
)
ZERO = Decimal(0)


def percent_change(current: int | Decimal, previous: int | Decimal) -> Decimal | None:
    """Change from previous to current in percent, one decimal; None when there was nothing
    before (a change from zero has no meaningful percentage)."""
    if previous == 0:
        return None
    value = Decimal(current - previous) * 100 / abs(previous)
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def conversion(sales: int, visitors: int) -> Decimal | None:
    """Sales per 100 visitors, one decimal; None when no visitor was counted."""
    if visitors <= 0:
        return None
    return (Decimal(sales) * 100 / visitors).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Amounts:
    """One group's figures in one period."""

    count: int = 0  # sales (for payment methods: sales paid at least partly that way)
    gross: int = 0  # what those sales came to
    refunds: int = 0  # money given back in the period
    quantity: Decimal = ZERO  # net of refunded quantities (products only: units differ)
    visitors: int = 0  # hours and days only
    owed: int = 0  # producers only: consignment owed

    @property
    def revenue(self) -> int:
        return self.gross - self.refunds

    @property
    def conversion(self) -> Decimal | None:
        return conversion(self.count, self.visitors)

    @property
    def empty(self) -> bool:
        return not (self.count or self.gross or self.refunds or self.quantity or self.visitors
                    or self.owed)

    def __add__(self, other: Amounts) -> Amounts:
        return Amounts(self.count + other.count, self.gross + other.gross,
                       self.refunds + other.refunds, self.quantity + other.quantity,
                       self.visitors + other.visitors, self.owed + other.owed)


@dataclass(frozen=True)
class Row:
    key: str  # stable: '2026-11-23', '9' (hour), product id, producer id, category, method
    label: str
    current: Amounts
    previous: Amounts
    code: str = ""  # product SKU, producer code
    unit: str = ""  # product unit
    compared_label: str = ""  # day rows: the previous period's day this one is compared with

    @property
    def change(self) -> Decimal | None:
        return percent_change(self.current.revenue, self.previous.revenue)


@dataclass(frozen=True)
class Grouping:
    by: str
    rows: tuple[Row, ...]

    @property
    def title(self) -> str:
        return GROUPING_TITLES[self.by]

    @property
    def current(self) -> Amounts:
        return sum((r.current for r in self.rows), Amounts())

    @property
    def previous(self) -> Amounts:
        return sum((r.previous for r in self.rows), Amounts())


@dataclass(frozen=True)
class Figures:
    """The headline figures of one period."""

    sales: int = 0
    gross: int = 0
    refund_count: int = 0
    refunds: int = 0
    void_count: int = 0
    voids: int = 0  # what the voided sales came to (excluded from everything else)
    visitors: int = 0

    @property
    def revenue(self) -> int:
        return self.gross - self.refunds

    @property
    def average_basket(self) -> int:
        return round_dong(Decimal(self.gross) / self.sales) if self.sales else 0

    @property
    def conversion(self) -> Decimal | None:
        return conversion(self.sales, self.visitors)

    @property
    def empty(self) -> bool:
        return not (self.sales or self.refund_count or self.void_count or self.visitors)


@dataclass(frozen=True)
class Report:
    shop_name: str
    location_name: str
    period: Period
    previous_period: Period
    current: Figures
    previous: Figures
    groupings: dict[str, Grouping] = field(default_factory=dict)
    made_utc: datetime | None = None
    notes: tuple[str, ...] = NOTES

    @property
    def empty(self) -> bool:
        """Nothing happened in the period: no sale, void, refund or visitor."""
        return self.current.empty

    def change(self, attr: str) -> Decimal | None:
        """Percent change of one headline figure ('revenue', 'sales', 'conversion', ...);
        None when the previous period had none of it."""
        now, before = getattr(self.current, attr), getattr(self.previous, attr)
        if now is None or before is None:
            return None
        return percent_change(now, before)
