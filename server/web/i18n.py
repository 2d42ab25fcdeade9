"""The dashboard's words in Vietnamese (the office's language) and English.

A plain dict per language rather than gettext: the dashboard has a few dozen strings, and a
test checks that both languages have every key. Numbers follow the language too:
1.600.000 ₫ in Vietnamese, 1,600,000 ₫ in English.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
LANG_COOKIE = "ocop_lang"
OFFICE_TZ = ZoneInfo("Asia/Ho_Chi_Minh")  # the office reads times in its own zone

MESSAGES: dict[str, dict[str, str]] = {
    "vi": {
        "app.title": "OCOP – Bảng điều khiển của tỉnh",
        "nav.fairs": "Hội chợ",
        "nav.users": "Người dùng",
        "nav.logout": "Đăng xuất",
        "lang.switch": "English",
        "login.title": "Đăng nhập",
        "login.name": "Tên đăng nhập",
        "login.password": "Mật khẩu",
        "login.submit": "Đăng nhập",
        "login.wrong": "Sai tên đăng nhập hoặc mật khẩu.",
        "login.slow_down": "Quá nhiều lần đăng nhập từ máy này. Hãy đợi một lát rồi thử lại.",
        "login.locked": "Tài khoản tạm khoá sau nhiều lần sai mật khẩu. Thử lại sau {minutes} phút.",
        "error.csrf": "Biểu mẫu đã hết hạn. Hãy tải lại trang và thử lại.",
        "error.forbidden": "Bạn không có quyền xem trang này.",
        "error.not_found": "Không tìm thấy trang.",
        "error.title": "Lỗi",
        "fairs.title": "Các hội chợ",
        "fairs.none": "Chưa có hội chợ nào.",
        "fair.code": "Mã",
        "fair.name": "Tên",
        "fair.place": "Địa điểm",
        "fair.dates": "Thời gian",
        "fair.status": "Trạng thái",
        "fair.booths": "Gian hàng",
        "status.upcoming": "Sắp diễn ra",
        "status.on": "Đang diễn ra",
        "status.ended": "Đã kết thúc",
        "district.only": "Chỉ huyện {district}",
        "fig.revenue": "Doanh thu",
        "fig.gross": "Doanh số gộp",
        "fig.refunds": "Hoàn tiền",
        "fig.sales": "Số đơn",
        "fig.visitors": "Lượt khách",
        "fig.conversion": "Tỷ lệ mua",
        "period.from": "Từ ngày",
        "period.to": "Đến ngày",
        "period.apply": "Xem",
        "by.day": "Theo ngày",
        "by.hour": "Theo giờ",
        "col.day": "Ngày",
        "col.hour": "Giờ",
        "booths.title": "Các gian hàng",
        "booths.none": "Hội chợ chưa có gian hàng nào.",
        "col.code": "Mã",
        "col.booth": "Gian hàng",
        "col.district": "Huyện",
        "col.last_sync": "Đồng bộ lần cuối",
        "col.silent": "Im lặng > 2 giờ",
        "sync.never": "chưa bao giờ",
        "silent.flag": "Mất liên lạc",
        "export.csv": "Tải CSV",
        "export.xlsx": "Tải Excel (XLSX)",
        "users.title": "Người dùng",
        "users.role": "Vai trò",
        "users.locked": "Khoá đến",
        "users.last_login": "Đăng nhập lần cuối",
        "users.unlock": "Mở khoá",
        "role.admin": "Quản trị",
        "role.viewer": "Xem",
        "total": "Tổng",
    },
    "en": {
        "app.title": "OCOP – Provincial dashboard",
        "nav.fairs": "Fairs",
        "nav.users": "Users",
        "nav.logout": "Log out",
        "lang.switch": "Tiếng Việt",
        "login.title": "Log in",
        "login.name": "User name",
        "login.password": "Password",
        "login.submit": "Log in",
        "login.wrong": "Wrong user name or password.",
        "login.slow_down": "Too many login attempts from this computer. Wait a moment and try again.",
        "login.locked": "Locked after too many wrong passwords. Try again in {minutes} minutes.",
        "error.csrf": "This form has expired. Reload the page and try again.",
        "error.forbidden": "You may not see this page.",
        "error.not_found": "Page not found.",
        "error.title": "Error",
        "fairs.title": "Fairs",
        "fairs.none": "No fairs yet.",
        "fair.code": "Code",
        "fair.name": "Name",
        "fair.place": "Place",
        "fair.dates": "Dates",
        "fair.status": "Status",
        "fair.booths": "Booths",
        "status.upcoming": "Upcoming",
        "status.on": "On now",
        "status.ended": "Ended",
        "district.only": "District {district} only",
        "fig.revenue": "Revenue",
        "fig.gross": "Gross sales",
        "fig.refunds": "Refunds",
        "fig.sales": "Sales",
        "fig.visitors": "Visitors",
        "fig.conversion": "Conversion",
        "period.from": "From",
        "period.to": "To",
        "period.apply": "Show",
        "by.day": "By day",
        "by.hour": "By hour",
        "col.day": "Day",
        "col.hour": "Hour",
        "booths.title": "Booths",
        "booths.none": "No booths at this fair yet.",
        "col.code": "Code",
        "col.booth": "Booth",
        "col.district": "District",
        "col.last_sync": "Last synced",
        "col.silent": "Silent > 2 hours",
        "sync.never": "never",
        "silent.flag": "Silent",
        "export.csv": "Download CSV",
        "export.xlsx": "Download Excel (XLSX)",
        "users.title": "Users",
        "users.role": "Role",
        "users.locked": "Locked until",
        "users.last_login": "Last login",
        "users.unlock": "Unlock",
        "role.admin": "Admin",
        "role.viewer": "Viewer",
        "total": "Total",
    },
}


class Translator:
    """``t("key", name=value)`` in templates; a missing key shows itself, never crashes."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
        self.messages = MESSAGES[self.lang]

    def __call__(self, key: str, **values: object) -> str:
        text = self.messages.get(key, key)
        return text.format(**values) if values else text

    def number(self, value: int | None) -> str:
        if value is None:
            return "–"
        text = f"{value:,}"
        return text.replace(",", ".") if self.lang == "vi" else text

    def money(self, value: int | None) -> str:
        return "–" if value is None else f"{self.number(value)} ₫"

    def percent(self, ratio: float | None) -> str:
        if ratio is None:
            return "–"
        text = f"{ratio * 100:.1f} %"
        return text.replace(".", ",") if self.lang == "vi" else text

    def when(self, moment: datetime | None) -> str:
        if moment is None:
            return self("sync.never")
        return moment.astimezone(OFFICE_TZ).strftime("%d/%m/%Y %H:%M")
