"""The NAPAS banks a VietQR transfer can go to, by BIN, with the names people know them by.

A manager setting up a booth knows her bank as "Vietcombank" or "Ngân hàng Ngoại thương",
never as 970436, so the choosers search short and full names, without diacritics ("ngoai
thuong" finds it). The BIN is what goes into the QR. Kept as data here, offline, because a
booth is often set up where there is no network to fetch vietqr.io's list.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services.textfold import fold


@dataclass(frozen=True)
class Bank:
    bin: str  # the NAPAS acquirer BIN, field 38/01/00 of the QR
    short_name: str
    full_name: str  # the bank's Vietnamese name, as on its signs and statements

    @property
    def label(self) -> str:
        """What a chooser shows: short name, full name and the BIN (searchable by each)."""
        return f"{self.short_name} – {self.full_name} ({self.bin})"


# The biggest banks first (most booths use one of them), then the rest by short name.
NAPAS_BANKS: tuple[Bank, ...] = (
    Bank("970436", "Vietcombank", "Ngân hàng TMCP Ngoại thương Việt Nam"),
    Bank("970415", "VietinBank", "Ngân hàng TMCP Công thương Việt Nam"),
    Bank("970418", "BIDV", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam"),
    Bank("970405", "Agribank", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam"),
    Bank("970422", "MB", "Ngân hàng TMCP Quân đội"),
    Bank("970407", "Techcombank", "Ngân hàng TMCP Kỹ thương Việt Nam"),
    Bank("970416", "ACB", "Ngân hàng TMCP Á Châu"),
    Bank("970432", "VPBank", "Ngân hàng TMCP Việt Nam Thịnh Vượng"),
    Bank("970423", "TPBank", "Ngân hàng TMCP Tiên Phong"),
    Bank("970403", "Sacombank", "Ngân hàng TMCP Sài Gòn Thương Tín"),
    Bank("970425", "ABBANK", "Ngân hàng TMCP An Bình"),
    Bank("970409", "Bac A Bank", "Ngân hàng TMCP Bắc Á"),
    Bank("970438", "BaoViet Bank", "Ngân hàng TMCP Bảo Việt"),
    Bank("970454", "BVBank", "Ngân hàng TMCP Bản Việt"),
    Bank("970444", "CBBank", "Ngân hàng Thương mại TNHH MTV Xây dựng Việt Nam"),
    Bank("970446", "Co-opBank", "Ngân hàng Hợp tác xã Việt Nam"),
    Bank("970406", "DongA Bank", "Ngân hàng TMCP Đông Á"),
    Bank("970431", "Eximbank", "Ngân hàng TMCP Xuất Nhập khẩu Việt Nam"),
    Bank("970408", "GPBank", "Ngân hàng Thương mại TNHH MTV Dầu khí Toàn cầu"),
    Bank("970437", "HDBank", "Ngân hàng TMCP Phát triển Thành phố Hồ Chí Minh"),
    Bank("970442", "Hong Leong Bank", "Ngân hàng TNHH MTV Hong Leong Việt Nam"),
    Bank("970434", "Indovina Bank", "Ngân hàng TNHH Indovina"),
    Bank("970452", "KienlongBank", "Ngân hàng TMCP Kiên Long"),
    Bank("970449", "LPBank", "Ngân hàng TMCP Lộc Phát Việt Nam"),
    Bank("970426", "MSB", "Ngân hàng TMCP Hàng Hải Việt Nam"),
    Bank("970428", "Nam A Bank", "Ngân hàng TMCP Nam Á"),
    Bank("970419", "NCB", "Ngân hàng TMCP Quốc Dân"),
    Bank("970414", "OceanBank", "Ngân hàng Thương mại TNHH MTV Đại Dương"),
    Bank("970448", "OCB", "Ngân hàng TMCP Phương Đông"),
    Bank("970430", "PGBank", "Ngân hàng TMCP Thịnh vượng và Phát triển"),
    Bank("970439", "Public Bank", "Ngân hàng TNHH MTV Public Việt Nam"),
    Bank("970412", "PVcomBank", "Ngân hàng TMCP Đại Chúng Việt Nam"),
    Bank("970400", "Saigonbank", "Ngân hàng TMCP Sài Gòn Công Thương"),
    Bank("970429", "SCB", "Ngân hàng TMCP Sài Gòn"),
    Bank("970440", "SeABank", "Ngân hàng TMCP Đông Nam Á"),
    Bank("970443", "SHB", "Ngân hàng TMCP Sài Gòn – Hà Nội"),
    Bank("970424", "Shinhan Bank", "Ngân hàng TNHH MTV Shinhan Việt Nam"),
    Bank("970410", "Standard Chartered", "Ngân hàng TNHH MTV Standard Chartered Việt Nam"),
    Bank("970458", "UOB", "Ngân hàng United Overseas Bank Việt Nam"),
    Bank("970441", "VIB", "Ngân hàng TMCP Quốc tế Việt Nam"),
    Bank("970427", "VietABank", "Ngân hàng TMCP Việt Á"),
    Bank("970433", "VietBank", "Ngân hàng TMCP Việt Nam Thương Tín"),
    Bank("970421", "VRB", "Ngân hàng Liên doanh Việt – Nga"),
    Bank("970457", "Woori Bank", "Ngân hàng TNHH MTV Woori Việt Nam"),
)

_BY_BIN = {bank.bin: bank for bank in NAPAS_BANKS}


def bank_for(bank_bin: str) -> Bank | None:
    return _BY_BIN.get(bank_bin)


def search_banks(query: str) -> list[Bank]:
    """Banks whose short name, full name or BIN contains every word of the query, folded
    (no diacritics, any case), in list order; an empty query gives them all."""
    words = fold(query).split()
    return [b for b in NAPAS_BANKS
            if all(w in fold(f"{b.short_name} {b.full_name} {b.bin}") for w in words)]
