"""End-of-shift Z-report on the same thermal roll as the receipts.

The cashier and the manager sign it at the booth, often with no network, so everything needed
to settle the drawer (expected against counted per method, with the difference and its sign)
must be on the paper itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.printing.documents import ZReportData, method_label
from app.printing.roll import Align, RollLayout
from app.services.money import format_dong, format_quantity

DATE_FORMAT = "%d/%m/%Y %H:%M"
NOT_COUNTED = "—"
_METHOD_TABLE: Sequence[tuple[float, Align]] = ((1.0, "right"), (1.0, "right"), (1.0, "right"))


def format_difference(counted: int | None, expected: int) -> str:
    """An explicit '+' for a surplus: on a signed sheet '5.000' alone is ambiguous."""
    if counted is None:
        return NOT_COUNTED
    diff = counted - expected
    text = format_dong(diff, symbol=False)
    return f"+{text}" if diff > 0 else text


def render_zreport(data: ZReportData, width_mm: int = 80) -> bytes:
    """A one-page roll PDF; amounts in tables omit '₫' (stated once) so columns stay narrow."""
    return zreport_layout(data, width_mm).render()


def zreport_layout(data: ZReportData, width_mm: int = 80) -> RollLayout:
    """The Z-report laid out once: rendered as a PDF, or rasterised for the receipt printer
    (a reprint from the Reports page), so both papers say the same thing."""
    roll = RollLayout(width_mm, title=f"Báo cáo chốt ca {data.shift_label}")

    roll.text(data.shop_name, align="center", bold=True, size=roll.title_size)
    roll.text(data.location_name, align="center")
    if data.fair_name:
        roll.text(data.fair_name, align="center")
    roll.rule()
    # An open shift prints an X report (mid-shift figures); only a closed one is the Z report.
    title = "BÁO CÁO CHỐT CA (Z)" if data.closed_local else "BÁO CÁO GIỮA CA (X)"
    roll.text(title, align="center", bold=True, size=roll.big_size)
    roll.space(2)
    roll.row("Ca:", data.shift_label)
    roll.row("Mở ca:", data.opened_local.strftime(DATE_FORMAT))
    roll.row("Người mở ca:", data.opened_by)
    if data.closed_local is not None:
        roll.row("Đóng ca:", data.closed_local.strftime(DATE_FORMAT))
    else:
        roll.row("Đóng ca:", "chưa đóng")
    if data.closed_by:
        roll.row("Người đóng ca:", data.closed_by)
    roll.rule()

    roll.row("Tiền đầu ca", format_dong(data.opening_float))
    roll.row(f"Bán hàng ({data.sales_count} HĐ)", format_dong(data.sales_total), bold=True)
    roll.row(f"Đã hủy ({data.voids_count} HĐ)", format_dong(data.voids_total))
    roll.row(f"Hoàn tiền ({data.refunds_count} phiếu)", format_dong(data.refunds_total))
    roll.row("Giảm giá", format_dong(data.discounts_total))
    roll.rule()

    roll.text("THEO PHƯƠNG THỨC THANH TOÁN", bold=True)
    roll.text("(đơn vị: đồng)", size=roll.small_size)
    roll.columns(
        ["Dự kiến", "Thực đếm", "Chênh lệch"], _METHOD_TABLE, bold=True, size=roll.small_size
    )
    for method in data.methods:
        roll.text(method_label(method.method), bold=True)
        counted = NOT_COUNTED if method.counted is None else format_dong(method.counted, False)
        roll.columns(
            [
                format_dong(method.expected, symbol=False),
                counted,
                format_difference(method.counted, method.expected),
            ],
            _METHOD_TABLE,
        )
    roll.rule()

    if data.vat_by_rate:
        roll.text("THUẾ GTGT (VAT) ĐÃ GỒM", bold=True)
        for rate, amount in data.vat_by_rate:
            roll.row(f"VAT {rate}%", format_dong(amount), indent=4)
        roll.rule()

    roll.row("Lượt khách", f"{data.visitors:,}".replace(",", "."), bold=True)
    roll.rule()

    if data.top_products:
        roll.text("SẢN PHẨM BÁN CHẠY", bold=True)
        for index, (name, quantity, amount) in enumerate(data.top_products, start=1):
            roll.text(f"{index}. {name}")
            roll.row(
                f"SL {format_quantity(quantity)}", format_dong(amount, symbol=False), indent=10
            )
        roll.rule()

    if data.abandoned_numbers:
        # A customer may have seen these on a QR: a transfer naming one belongs to no sale.
        roll.text("SỐ HĐ ĐÃ HIỆN QR NHƯNG KHÔNG BÁN", bold=True)
        roll.text(", ".join(data.abandoned_numbers))
        roll.rule()

    roll.row("In lúc:", data.printed_local.strftime(DATE_FORMAT), size=roll.small_size)
    roll.space(4)
    roll.signatures(["Thu ngân", "Quản lý"], names=[data.closed_by or data.opened_by, ""])
    return roll
