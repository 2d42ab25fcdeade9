"""NAPAS VietQR payloads (EMVCo merchant-presented QR) for bank transfers at the till.

Built here rather than fetched from an online generator because booths are often offline
for days, yet every Vietnamese bank app can scan this payload and pre-fill the transfer.
The layout follows the NAPAS "QR code for IBFT to account" (QRIBFTTA) profile.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.services.banks import NAPAS_BANKS
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.textfold import to_ascii

NAPAS_GUID = "A000000727"
SERVICE_TO_ACCOUNT = "QRIBFTTA"
CURRENCY_VND = "704"
COUNTRY_VN = "VN"
REFERENCE_MAX = 25

# NAPAS acquirer BINs with their short names (services.banks holds the full directory).
BANKS: dict[str, str] = {bank.bin: bank.short_name for bank in NAPAS_BANKS}

_BIN = re.compile(r"[0-9]{6}")
_ACCOUNT = re.compile(r"[0-9A-Za-z]{1,19}")


@dataclass(frozen=True)
class BankAccount:
    """Where a booth's transfers go; the name is shown next to the QR so buyers can check it."""

    bank_bin: str
    account: str
    account_name: str


def crc16_ccitt_false(data: bytes) -> int:
    """CRC-16/CCITT-FALSE, the checksum EMVCo puts in field 63; a bank app rejects a wrong one."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def _tlv(tag: str, value: str) -> str:
    """One EMVCo data object; the length field has two digits, so values cap at 99 chars."""
    if len(value) > 99:
        raise ValueError(f"TLV value for {tag} too long: {len(value)}")
    return f"{tag}{len(value):02d}{value}"


def _check_parts(bank_bin: str, account: str, amount: int | None) -> None:
    """Refuse settings that would print a QR every bank app rejects, before a buyer scans it."""
    if not _BIN.fullmatch(bank_bin):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Mã BIN ngân hàng “{value}” phải gồm đúng 6 chữ số"),
            value=bank_bin,
        )
    if not _ACCOUNT.fullmatch(account):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Số tài khoản “{value}” chỉ gồm chữ và số, tối đa 19 ký tự, không dấu cách",
            ),
            value=account,
        )
    if amount is not None and (
        isinstance(amount, bool) or not isinstance(amount, int) or not 0 < amount < 10**13
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Số tiền chuyển khoản “{value}” phải là số nguyên dương, tối đa 13 chữ số"
            ),
            value=amount,
        )


def build_payload(
    bank_bin: str, account: str, amount: int | None = None, reference: str | None = None
) -> str:
    """The text to encode in the QR: static (buyer types the amount) or dynamic (amount fixed).

    The reference is folded to plain ASCII because bank apps drop or garble diacritics, and it
    is what matches an incoming transfer to the sale, so it must arrive intact.
    """
    _check_parts(bank_bin, account, amount)
    beneficiary = _tlv("00", bank_bin) + _tlv("01", account)
    merchant = _tlv("00", NAPAS_GUID) + _tlv("01", beneficiary) + _tlv("02", SERVICE_TO_ACCOUNT)
    parts = [
        _tlv("00", "01"),
        _tlv("01", "11" if amount is None else "12"),
        _tlv("38", merchant),
        _tlv("53", CURRENCY_VND),
    ]
    if amount is not None:
        parts.append(_tlv("54", str(amount)))
    parts.append(_tlv("58", COUNTRY_VN))
    if reference is not None:
        note = to_ascii(reference)[:REFERENCE_MAX].rstrip()
        if note:
            parts.append(_tlv("62", _tlv("08", note)))
    body = "".join(parts) + "6304"
    return f"{body}{crc16_ccitt_false(body.encode('ascii')):04X}"


def parse_tlv(payload: str) -> dict[str, str]:
    """Split one level of TLV objects; call again on a template's value to go deeper."""
    fields: dict[str, str] = {}
    pos = 0
    while pos < len(payload):
        head = payload[pos : pos + 4]
        if len(head) < 4 or not head.isascii() or not head.isdigit():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Mã QR không hợp lệ: hỏng cấu trúc ở vị trí {pos}"),
                pos=pos,
            )
        tag, length = head[:2], int(head[2:])
        value = payload[pos + 4 : pos + 4 + length]
        if len(value) != length:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Mã QR không hợp lệ: trường {tag} thiếu dữ liệu (cần {length} ký tự)"
                ),
                tag=tag,
                length=length,
            )
        fields[tag] = value
        pos += 4 + length
    return fields


def verify_crc(payload: str) -> bool:
    """Whether field 63 matches, i.e. the QR was not mistyped, truncated or tampered with."""
    if len(payload) < 8 or payload[-8:-4] != "6304":
        return False
    try:
        expected = crc16_ccitt_false(payload[:-4].encode("ascii"))
    except UnicodeEncodeError:
        return False
    # Hex case carries no information; some generators write lower-case digits.
    return payload[-4:].upper() == f"{expected:04X}"
