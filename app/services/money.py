"""Money is integer đồng; quantities are Decimal. Parsing and formatting live here once."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from app.services.errors import QT_TRANSLATE_NOOP, ValidationError

_CURRENCY = re.compile(r"(₫|vnd|vnđ|đồng|dong|đ)$", re.IGNORECASE)


def format_dong(amount: int, symbol: bool = True) -> str:
    """1600000 -> '1.600.000 ₫' (Vietnamese grouping with dots)."""
    sign = "-" if amount < 0 else ""
    grouped = f"{abs(int(amount)):,}".replace(",", ".")
    return f"{sign}{grouped} ₫" if symbol else f"{sign}{grouped}"


PRICE_FIELD = QT_TRANSLATE_NOOP("errors", "Giá")
QUANTITY_FIELD = QT_TRANSLATE_NOOP("errors", "Số lượng")


def parse_dong(text: str, field: str = PRICE_FIELD) -> int:
    """Accept the ways people write prices: '45.000', '45,000 ₫', '45000', '45 000 đ'.

    Dots, commas and spaces are group separators (đồng has no minor unit), so '45.5' is refused
    rather than silently read as 455.
    """
    raw = str(text).strip()
    cleaned = _CURRENCY.sub("", raw.replace("\u00a0", " ")).strip()
    cleaned = cleaned.replace(" ", "")
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", cleaned):
        cleaned = re.sub(r"[.,]", "", cleaned)
    if not re.fullmatch(r"-?\d+", cleaned):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{field}: “{value}” không phải số tiền hợp lệ"),
            field=field,
            value=raw,
        )
    return int(cleaned)


def parse_quantity(text: str | Decimal | int, field: str = QUANTITY_FIELD) -> Decimal:
    """A positive quantity, whole or by weight ('1,5' or '1.5' kg); max 3 decimals."""
    raw = str(text).strip().replace(",", ".")
    try:
        qty = Decimal(raw)
    except InvalidOperation:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{field}: “{value}” không phải là số"),
            field=field,
            value=str(text),
        ) from None
    if not qty.is_finite() or qty <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{field} phải lớn hơn 0 (đã nhập “{value}”)"),
            field=field,
            value=str(text),
        )
    if qty != qty.quantize(Decimal("0.001")):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{field}: tối đa 3 chữ số thập phân (đã nhập “{value}”)"),
            field=field,
            value=str(text),
        )
    if qty > 100000:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{field} quá lớn: {value}"), field=field, value=str(text)
        )
    return qty.normalize() if qty == qty.to_integral_value() else qty


def round_dong(value: Decimal) -> int:
    """Round half up to whole đồng, the way a cashier would."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_quantity(qty: Decimal) -> str:
    """Decimal quantity with a Vietnamese decimal comma, no trailing zeros: 1,5 / 2."""
    q = qty.normalize()
    text = f"{q:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")
