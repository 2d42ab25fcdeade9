"""The "in thử" page: proves in one short slip that the printer, the paper width and the
Vietnamese raster all work, before the first customer's receipt depends on them."""

from __future__ import annotations

from datetime import datetime

from app.printing.roll import RollLayout

SAMPLE = "Tiếng Việt: ă â đ ê ô ơ ư – Ấ Ầ Ẩ Ẫ Ậ Ế Ề Ể Ễ Ệ Ố Ồ Ổ Ỗ Ộ Ớ Ờ Ở Ỡ Ợ Ứ Ừ Ử Ữ Ự ₫"
TEST_QR = "OCOP Booth - in thu may in hoa don"


def sample_page_layout(shop_name: str, printer: str, width_mm: int, when: datetime) -> RollLayout:
    roll = RollLayout(width_mm, title="In thử máy in hóa đơn")
    roll.text(shop_name, align="center", bold=True, size=roll.title_size)
    roll.text("IN THỬ MÁY IN HÓA ĐƠN", align="center", bold=True, size=roll.big_size, shrink=True)
    roll.rule()
    roll.row("Máy in:", printer)
    roll.row("Khổ giấy:", f"{width_mm} mm")
    roll.row("Lúc:", when.strftime("%d/%m/%Y %H:%M"))
    roll.rule()
    roll.text(SAMPLE)
    roll.row("Thành tiền", "1.234.567 ₫", bold=True, size=roll.big_size, shrink=True)
    roll.rule(dashed=False)
    roll.qr(TEST_QR, 0.57)
    roll.text("Nếu đọc được dòng này và mã QR, máy in đã sẵn sàng.", align="center",
              size=roll.small_size)
    return roll
