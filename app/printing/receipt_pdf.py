"""Customer receipt (and refund slip) on an 80 or 58 mm thermal roll.

Layout lives in RollLayout; this module only decides what a Vietnamese shop receipt says and in
which order, so the Z-report and the receipt always look like they come from the same till.
"""

from __future__ import annotations

from app.printing.documents import ReceiptData, ReceiptLine, method_label
from app.printing.roll import RollLayout
from app.services.money import format_dong, format_quantity

DATE_FORMAT = "%d/%m/%Y %H:%M"
# Module sizes that land on whole dots of a 203 dpi receipt printer (~7.4-7.8 dots per mm of
# the laid-out width once scaled to the print head): 4 dots for the long VietQR payload (a
# phone reads it at 25-30 mm), 5-6 dots for the short sale number (any till scanner reads it).
VIETQR_MODULE_MM = 0.57
NUMBER_MODULE_MM = 0.8


def _header(roll: RollLayout, data: ReceiptData) -> None:
    roll.text(data.shop_name, align="center", bold=True, size=roll.title_size)
    roll.text(data.location_name, align="center")
    if data.fair_name:
        roll.text(data.fair_name, align="center")
    if data.address:
        roll.text(data.address, align="center", size=roll.small_size)


def _line_item(roll: RollLayout, line: ReceiptLine) -> None:
    roll.text(line.name)
    detail = f"{format_quantity(line.quantity)} {line.unit} × {format_dong(line.unit_price, symbol=False)}"
    roll.row(detail, format_dong(line.total + line.discount, symbol=False), indent=6)
    if line.discount > 0:
        roll.row("Giảm giá", format_dong(-line.discount, symbol=False), indent=6)


def _codes(roll: RollLayout, data: ReceiptData, refund: bool) -> None:
    """The transfer's VietQR (marked as paid, so nobody scans it to pay again) and, on a sale,
    a QR of its number: the till's scanner finds the sale from it for a return or refund."""
    for payload in data.vietqr_payloads:
        roll.text("Mã VietQR đã thanh toán – không chuyển lại", align="center",
                  size=roll.small_size)
        roll.qr(payload, VIETQR_MODULE_MM)
        roll.space(2)
    if not refund:
        roll.qr(data.sale_number, NUMBER_MODULE_MM)
        roll.text(f"Mã hóa đơn {data.sale_number} – đổi/trả hàng", align="center",
                  size=roll.small_size)
        roll.rule()


def render_receipt(data: ReceiptData, width_mm: int = 80) -> bytes:
    """A one-page PDF as tall as the receipt, ready for a roll printer driver."""
    return receipt_layout(data, width_mm).render()


def receipt_layout(data: ReceiptData, width_mm: int = 80) -> RollLayout:
    """The receipt laid out on the roll: rendered as PDF (render_receipt) and as the raster a
    receipt printer prints (app.printing.raster), from this one layout.

    Line amounts are shown before the line discount and the discount on its own row, so the
    customer can check both against the shelf price; the grand total carries the ₫ sign.
    """
    refund = data.refund_of is not None
    title = f"Phiếu hoàn tiền {data.sale_number}" if refund else f"Hóa đơn {data.sale_number}"
    roll = RollLayout(width_mm, title=title)

    _header(roll, data)
    roll.rule()
    if refund:
        roll.text(
            f"PHIẾU HOÀN TIỀN – HĐ\u00a0{data.refund_of}",
            align="center",
            bold=True,
            size=roll.big_size,
            shrink=True,
        )
        roll.space(2)
    else:
        roll.text("HÓA ĐƠN BÁN HÀNG", align="center", bold=True, size=roll.big_size)
        roll.space(2)
    if data.voided:
        roll.banner("ĐÃ HỦY")
    roll.row("Số phiếu:" if refund else "Số HĐ:", data.sale_number)
    roll.row("Ngày:", data.created_local.strftime(DATE_FORMAT))
    roll.row("Thu ngân:", data.staff_name)
    roll.rule()

    for line in data.lines:
        _line_item(roll, line)
    roll.rule()

    roll.row("Tạm tính", format_dong(data.subtotal))
    if data.discount_total:
        roll.row("Giảm giá", format_dong(-abs(data.discount_total)))
    roll.space(1.5)
    roll.row(
        "TỔNG HOÀN TRẢ" if refund else "TỔNG CỘNG",
        format_dong(data.total),
        bold=True,
        size=roll.big_size,
        shrink=True,
    )
    roll.space(1.5)
    if data.vat_included:
        roll.row("Đã gồm VAT", format_dong(data.vat_included), size=roll.small_size)
    roll.rule()

    roll.text("Hoàn trả qua:" if refund else "Thanh toán:", bold=True)
    for payment in data.payments:
        roll.row(method_label(payment.method), format_dong(payment.amount), indent=4)
        if payment.reference:
            roll.text(f"Mã GD: {payment.reference}", size=roll.small_size, indent=10)
    has_cash = any(p.method == "cash" for p in data.payments)
    if has_cash and not refund and data.cash_tendered:
        roll.row("Tiền khách đưa", format_dong(data.cash_tendered))
        roll.row("Tiền thừa", format_dong(data.change), bold=True)
    if data.voided:
        roll.banner("ĐÃ HỦY")
    roll.rule()

    _codes(roll, data, refund)
    if data.footer:
        roll.text(data.footer, align="center", size=roll.small_size)
    return roll
