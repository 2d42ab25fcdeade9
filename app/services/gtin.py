"""GTIN (EAN/UPC) check digits, computed here rather than trusted to a barcode library.

python-barcode silently replaces a wrong check digit with the right one, so a typo in a
product's code would print as a different, valid-looking product. Every code we store or
print goes through validate_barcode first, and every code we invent is an in-store number
(prefix 20-29) so it can never collide with a producer's real GS1 number.
"""

from __future__ import annotations

from app.services.errors import QT_TRANSLATE_NOOP, ValidationError

_KINDS: dict[int, str] = {8: "ean8", 12: "upca", 13: "ean13", 14: "gtin14"}
_GS1_VIETNAM = "893"


def _is_ascii_digits(text: str) -> bool:
    """str.isdigit alone accepts Arabic-Indic and full-width digits, which no scanner sends."""
    return text.isascii() and text.isdigit()


def gtin_check_digit(body: str) -> int:
    """GS1 mod-10: weights 3,1,3,... from the rightmost body digit, so it works for any length."""
    if not body or not _is_ascii_digits(body):
        raise ValueError(f"GTIN body must be digits, got {body!r}")
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def is_valid_gtin(code: str) -> bool:
    """True only for a complete code a till could have scanned: known length, right check digit."""
    if len(code) not in _KINDS or not _is_ascii_digits(code):
        return False
    return gtin_check_digit(code[:-1]) == int(code[-1])


def barcode_kind(code: str) -> str | None:
    """Symbology to print a valid code with; None when the code is not a valid GTIN."""
    return _KINDS[len(code)] if is_valid_gtin(code) else None


def is_gs1_vietnam(code: str) -> bool:
    """Numbers issued by GS1 Vietnam: OCOP producers who registered their own barcodes."""
    return len(code) == 13 and code.startswith(_GS1_VIETNAM) and is_valid_gtin(code)


def is_in_store(code: str) -> bool:
    """Restricted-circulation numbers (prefix 20-29): only meaningful inside our own booths."""
    return len(code) == 13 and code[:1] == "2" and is_valid_gtin(code)


BARCODE_FIELD = QT_TRANSLATE_NOOP("errors", "Mã vạch")


def validate_barcode(code: str, field: str = BARCODE_FIELD) -> str:
    """Refuse a mistyped code with a message that says exactly what to fix.

    `field` starts the sentence, so it is capitalised; pass it marked with QT_TRANSLATE_NOOP
    so the UI can translate it.
    """
    cleaned = "".join(str(code).split())
    label = field
    if not cleaned:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{field} không được để trống"), field=label
        )
    if not _is_ascii_digits(cleaned):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{field} {code}: chỉ được chứa chữ số"),
            field=label,
            code=cleaned,
        )
    if len(cleaned) not in _KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{field} {code}: sai độ dài ({length} chữ số, phải là 8, 12, 13 hoặc 14)",
            ),
            field=label,
            code=cleaned,
            length=len(cleaned),
        )
    expected = gtin_check_digit(cleaned[:-1])
    if expected != int(cleaned[-1]):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{field} {code}: sai số kiểm tra (phải là {expected})"),
            field=label,
            code=cleaned,
            expected=expected,
        )
    return cleaned


def make_in_store_ean13(number: int, prefix: str = "20") -> str:
    """Invent a code for a product that has none; prefix 2x keeps it out of GS1's number space."""
    if not _is_ascii_digits(prefix) or not prefix.startswith("2") or not 2 <= len(prefix) <= 11:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Tiền tố mã vạch nội bộ “{prefix}” phải bắt đầu bằng 20-29"
            ),
            prefix=prefix,
        )
    width = 12 - len(prefix)
    if number < 0 or number >= 10**width:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Số {number} không vừa mã vạch nội bộ (tối đa {width} chữ số)"
            ),
            number=number,
            width=width,
        )
    body = f"{prefix}{number:0{width}d}"
    return f"{body}{gtin_check_digit(body)}"


def to_gtin14(code: str) -> str:
    """One 14-digit key per product, so an EAN-13 and its UPC-A/GTIN-14 forms match in lookups."""
    return validate_barcode(code).zfill(14)
