"""Which columns each grouping shows, in which words, and how a cell reads as text.

One definition for the Reports page's tables, the CSV, the XLSX sheets, the PDF and the
command line, so a column never means one thing on screen and another on paper. Headers are
Vietnamese source strings marked for Qt's translation (context "reports"); whoever shows them
passes them through its translate function (the UI: QCoreApplication.translate).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from app.services.clock import format_local
from app.services.errors import QT_TRANSLATE_NOOP
from app.services.money import format_dong, format_quantity
from app.services.reporting.figures import Figures, Grouping, Report, Row
from app.services.reporting.period import PERIOD_LABELS
from app.services.reporting.queries import NO_CATEGORY, NO_PRODUCER, NO_PRODUCT

# What a caller hands in to translate: QCoreApplication.translate(context, source) -> text.
Translate = Callable[[str, str], str]
CONTEXT = "reports"


def as_is(_context: str, text: str) -> str:
    return text


# Row labels the service makes up (not data such as product names): translated when shown.
PLACEHOLDERS = frozenset({NO_CATEGORY, NO_PRODUCER, NO_PRODUCT})


# Kinds of cell: how the exports store and format them.
TEXT, DATE, COUNT, MONEY, QUANTITY, PERCENT, RATIO = (
    "text", "date", "count", "money", "quantity", "percent", "ratio")


@dataclass(frozen=True)
class Column:
    header: str
    kind: str
    value: Callable[[Row], Any]
    in_total: bool = True  # False: left blank on the totals row (units or counts that differ)


TITLE = QT_TRANSLATE_NOOP("reports", "BÁO CÁO BÁN HÀNG")
TOTAL = QT_TRANSLATE_NOOP("reports", "Cộng")
SUMMARY_TITLE = QT_TRANSLATE_NOOP("reports", "Tổng quan")
PERIOD_LINE = QT_TRANSLATE_NOOP("reports", "Kỳ báo cáo: {period}")
PREVIOUS_LINE = QT_TRANSLATE_NOOP("reports", "So với kỳ trước: {period}")
MADE_LINE = QT_TRANSLATE_NOOP("reports", "Lập lúc {time} (giờ {zone})")
FIGURE, THIS_PERIOD, PREVIOUS_PERIOD, CHANGE = (
    QT_TRANSLATE_NOOP("reports", "Chỉ tiêu"), QT_TRANSLATE_NOOP("reports", "Kỳ này"),
    QT_TRANSLATE_NOOP("reports", "Kỳ trước"), QT_TRANSLATE_NOOP("reports", "Thay đổi (%)"))

_TAIL = (
    Column(QT_TRANSLATE_NOOP("reports", "Tiền bán (₫)"), MONEY, lambda r: r.current.gross),
    Column(QT_TRANSLATE_NOOP("reports", "Hoàn trả (₫)"), MONEY, lambda r: r.current.refunds),
    Column(QT_TRANSLATE_NOOP("reports", "Doanh thu (₫)"), MONEY, lambda r: r.current.revenue),
    Column(QT_TRANSLATE_NOOP("reports", "Doanh thu kỳ trước (₫)"), MONEY,
           lambda r: r.previous.revenue),
    Column(CHANGE, PERCENT, lambda r: r.change),
)
_SALES = Column(QT_TRANSLATE_NOOP("reports", "Số hóa đơn"), COUNT, lambda r: r.current.count)
_VISITORS = (
    Column(QT_TRANSLATE_NOOP("reports", "Lượt khách"), COUNT, lambda r: r.current.visitors),
    Column(QT_TRANSLATE_NOOP("reports", "Hóa đơn / 100 khách"), RATIO,
           lambda r: r.current.conversion),
)

COLUMNS: dict[str, tuple[Column, ...]] = {
    "hour": (Column(QT_TRANSLATE_NOOP("reports", "Giờ"), TEXT, lambda r: r.label),
             _SALES, *_VISITORS, *_TAIL),
    "day": (Column(QT_TRANSLATE_NOOP("reports", "Ngày"), DATE,
                   lambda r: date.fromisoformat(r.key)),
            Column(QT_TRANSLATE_NOOP("reports", "So với ngày"), TEXT,
                   lambda r: r.compared_label, in_total=False),
            _SALES, *_VISITORS, *_TAIL),
    "product": (Column(QT_TRANSLATE_NOOP("reports", "Mã"), TEXT, lambda r: r.code),
                Column(QT_TRANSLATE_NOOP("reports", "Sản phẩm"), TEXT, lambda r: r.label),
                Column(QT_TRANSLATE_NOOP("reports", "ĐVT"), TEXT, lambda r: r.unit),
                Column(QT_TRANSLATE_NOOP("reports", "Số lượng"), QUANTITY,
                       lambda r: r.current.quantity, in_total=False),
                *_TAIL),
    "producer": (Column(QT_TRANSLATE_NOOP("reports", "Mã"), TEXT, lambda r: r.code),
                 Column(QT_TRANSLATE_NOOP("reports", "Chủ thể"), TEXT, lambda r: r.label),
                 *_TAIL,
                 Column(QT_TRANSLATE_NOOP("reports", "Phải trả hàng ký gửi (₫)"), MONEY,
                        lambda r: r.current.owed)),
    "category": (Column(QT_TRANSLATE_NOOP("reports", "Nhóm hàng"), TEXT, lambda r: r.label),
                 *_TAIL),
    "payment": (Column(QT_TRANSLATE_NOOP("reports", "Phương thức"), TEXT, lambda r: r.label),
                # A sale split between two methods counts under each: no total.
                Column(_SALES.header, COUNT, _SALES.value, in_total=False),
                *_TAIL),
}

# The headline figures, in the order the page and every export list them.
SUMMARY: tuple[tuple[str, str, str], ...] = (
    ("revenue", QT_TRANSLATE_NOOP("reports", "Doanh thu (₫)"), MONEY),
    ("gross", QT_TRANSLATE_NOOP("reports", "Tiền bán (₫)"), MONEY),
    ("refunds", QT_TRANSLATE_NOOP("reports", "Hoàn trả (₫)"), MONEY),
    ("sales", QT_TRANSLATE_NOOP("reports", "Số hóa đơn"), COUNT),
    ("average_basket", QT_TRANSLATE_NOOP("reports", "Trung bình một hóa đơn (₫)"), MONEY),
    ("visitors", QT_TRANSLATE_NOOP("reports", "Lượt khách"), COUNT),
    ("conversion", QT_TRANSLATE_NOOP("reports", "Hóa đơn / 100 khách"), RATIO),
    ("refund_count", QT_TRANSLATE_NOOP("reports", "Số lần hoàn trả"), COUNT),
    ("void_count", QT_TRANSLATE_NOOP("reports", "Hóa đơn đã hủy (không tính)"), COUNT),
    ("voids", QT_TRANSLATE_NOOP("reports", "Tiền hóa đơn đã hủy (₫)"), MONEY),
)


def summary_rows(report: Report) -> list[tuple[str, str, Any, Any, Decimal | None]]:
    """(header, kind, this period, previous period, change %) per headline figure."""
    def get(figures: Figures, attr: str) -> Any:
        return getattr(figures, attr)

    return [(header, kind, get(report.current, attr), get(report.previous, attr),
             report.change(attr)) for attr, header, kind in SUMMARY]


def total_row(grouping: Grouping, translate: Translate = as_is) -> Row:
    return Row("", translate(CONTEXT, TOTAL), grouping.current, grouping.previous)


def table(grouping: Grouping, translate: Translate = as_is) -> list[list[Any]]:
    """Values (not text) per row, then the totals row: what the CSV and XLSX write."""
    columns = COLUMNS[grouping.by]

    def value(column: Column, row: Row) -> Any:
        v = column.value(row)
        return translate(CONTEXT, v) if column.kind == TEXT and v in PLACEHOLDERS else v

    rows = [[value(c, r) for c in columns] for r in grouping.rows]
    total = total_row(grouping, translate)
    rows.append([total.label if i == 0 else
                 c.value(total) if c.in_total and c.kind != TEXT else None
                 for i, c in enumerate(columns)])
    return rows


def header_lines(report: Report, translate: Translate = as_is) -> list[str]:
    """The lines above every table: booth, title, the period and the one compared with."""
    period = report.period
    where = " – ".join(x for x in (report.shop_name, report.location_name) if x)
    kind = translate(CONTEXT, PERIOD_LABELS.get(period.kind, period.kind))
    made = format_local(report.made_utc, period.timezone) if report.made_utc else ""
    return [
        where,
        translate(CONTEXT, TITLE),
        translate(CONTEXT, PERIOD_LINE).format(period=f"{period.text()} ({kind})"),
        translate(CONTEXT, PREVIOUS_LINE).format(period=report.previous_period.text()),
        translate(CONTEXT, MADE_LINE).format(time=made, zone=period.timezone),
    ]


def cell_text(kind: str, value: Any) -> str:
    """A value as a Vietnamese reader expects it: 1.600.000, 1,25, +12,5 %, 23/11/2026."""
    if value is None:
        return ""
    if isinstance(value, str):  # a label, e.g. "Cộng" in the date column
        return value
    if kind == MONEY or kind == COUNT:
        return format_dong(int(value), symbol=False)
    if kind == QUANTITY:
        return format_quantity(Decimal(value)) if value else "0"
    if kind == PERCENT:
        sign = "+" if value > 0 else ""
        return f"{sign}{value:.1f} %".replace(".", ",")
    if kind == RATIO:
        return f"{value:.1f}".replace(".", ",")
    if kind == DATE:
        return f"{value:%d/%m/%Y}"
    return str(value)
