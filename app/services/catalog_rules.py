"""The catalog rulebook: field rules for products and producers, for the booth AND the hub.

One rule, one place: a price typed in a dialog, a price read from row 812 of a booth's CSV, a
price in the province's list imported on the hub (server/catalog_import.py) and a price in a
catalog page a booth downloads (app/sync/catalog_apply.py) all go through the same function, so
the province never publishes a product its booths would refuse. Rules here are pure: no
database, no Qt (the hub imports this module; the .importlinter contract
hub-has-no-booth-database fails if a rule reaches for app.db or app.models). Uniqueness and
existence checks are done by the callers inside their transaction. Field keys are the import's
column names, so a dialog can put each message under its widget and an import can name the
column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.services.errors import QT_TRANSLATE_NOOP, BoothError, ValidationError
from app.services.gtin import validate_barcode
from app.services.money import parse_dong
from app.services.stars import expiry_for
from app.services.textfold import fold, nfc

COLUMNS = (
    "sku", "barcode", "name", "producer", "producer_kind", "district", "commune", "category",
    "unit", "price", "vat_rate", "stars", "star_certified_on", "star_expires_on",
    "traceability_url",
)
FIELD_LABELS: dict[str, str] = {
    "sku": QT_TRANSLATE_NOOP("errors", "Mã SKU"),
    "barcode": QT_TRANSLATE_NOOP("errors", "Mã vạch"),
    "name": QT_TRANSLATE_NOOP("errors", "Tên"),
    "producer": QT_TRANSLATE_NOOP("errors", "Chủ thể"),
    "producer_kind": QT_TRANSLATE_NOOP("errors", "Loại chủ thể"),
    "district": QT_TRANSLATE_NOOP("errors", "Huyện"),
    "commune": QT_TRANSLATE_NOOP("errors", "Xã"),
    "category": QT_TRANSLATE_NOOP("errors", "Nhóm hàng"),
    "unit": QT_TRANSLATE_NOOP("errors", "Đơn vị"),
    "price": QT_TRANSLATE_NOOP("errors", "Giá"),
    "vat_rate": QT_TRANSLATE_NOOP("errors", "Thuế GTGT"),
    "stars": QT_TRANSLATE_NOOP("errors", "Số sao"),
    "star_certified_on": QT_TRANSLATE_NOOP("errors", "Ngày công nhận sao"),
    "star_expires_on": QT_TRANSLATE_NOOP("errors", "Ngày hết hạn sao"),
    "traceability_url": QT_TRANSLATE_NOOP("errors", "Đường dẫn truy xuất"),
    "code": QT_TRANSLATE_NOOP("errors", "Mã chủ thể"),
    "kind": QT_TRANSLATE_NOOP("errors", "Loại chủ thể"),
}
# The stored codes; app.models.catalog's CHECK constraint (and the hub's) spells the same four.
PRODUCER_KINDS = ("company", "cooperative", "household", "group")
VAT_RATES = (0, 5, 8, 10)
MAX_PRICE = 1_000_000_000
WEIGHED_UNITS = frozenset({"kg", "g", "lạng"})
# Vietnamese ways of writing a producer kind, folded; the stored value is the English code.
KIND_ALIASES: dict[str, str] = {
    "company": "company", "doanh nghiep": "company", "cong ty": "company", "dn": "company",
    "cooperative": "cooperative", "htx": "cooperative", "hop tac xa": "cooperative",
    "household": "household", "ho san xuat": "household", "ho kinh doanh": "household",
    "ho sx": "household", "hkd": "household", "co so": "household",
    "group": "group", "to hop tac": "group", "tht": "group",
}
_SKU = re.compile(r"[\x21-\x7e]{1,64}")  # Code 128 set B, no spaces: prints as a barcode
_URL = re.compile(r"https?://[^\s]+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


# What the UI hands in to translate: QCoreApplication.translate(context, source) -> text.
Translate = Callable[[str, str], str]
FIELD_ERROR = QT_TRANSLATE_NOOP("errors", "{label}: {reason}")


def _as_is(_context: str, text: str) -> str:
    return text


def _fill(template: str, params: dict[str, Any], translate: Translate) -> str:
    """The same order as app.ui.errors.error_text: translate the template, then each string
    parameter (labels such as FIELD_LABELS are marked in the same "errors" context), then fill."""
    text = translate("errors", template)
    values = {k: translate("errors", v) if isinstance(v, str) else v for k, v in params.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError):
        return template.format(**params)


@dataclass(frozen=True)
class FieldError:
    """One wrong field: its key (a column name), and a reason kept as template + params until
    it is shown, so the UI can translate it (the CLI prints it as it is)."""

    field: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)

    @property
    def text(self) -> str:
        return self.template.format(**self.params)

    def reason(self, translate: Translate = _as_is) -> str:
        """The reason alone, for a message placed right under its field."""
        return _fill(self.template, self.params, translate)

    def message(self, translate: Translate = _as_is) -> str:
        """'Mã vạch: ...', for a list of errors away from the form."""
        return translate("errors", FIELD_ERROR).format(
            label=translate("errors", self.label), reason=self.reason(translate))


class FieldErrors(ValidationError):
    """Every wrong field of one form at once, so the dialog can mark them all.

    The summary's `reason` parameter is the first error already filled in (for the CLI and
    logs); a UI translates each FieldError itself with `reason(translate)`/`message(translate)`
    or the whole summary with `translated(translate)`."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = tuple(errors)
        first = errors[0]
        super().__init__(FIELD_ERROR, label=first.label, reason=first.text)

    def for_field(self, key: str) -> list[FieldError]:
        return [e for e in self.errors if e.field == key]

    def translated(self, translate: Translate = _as_is) -> str:
        return self.errors[0].message(translate)


class Collector:
    """Runs field rules, keeping every failure instead of stopping at the first."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def run(self, key: str, rule: Any, *args: Any) -> Any:
        try:
            return rule(*args)
        except BoothError as exc:
            self.errors.append(FieldError(key, exc.template, dict(exc.params)))
            return None

    def add(self, key: str, template: str, **params: Any) -> None:
        self.errors.append(FieldError(key, template, params))

    def raise_if_any(self) -> None:
        if self.errors:
            raise FieldErrors(self.errors)


def _err(template: str, **params: Any) -> ValidationError:
    return ValidationError(template, **params)


def text_value(value: Any, max_len: int, required: bool = False) -> str:
    """NFC, single spaces, trimmed: text pasted from macOS or Excel compares equal to typed."""
    cleaned = _SPACES.sub(" ", nfc("" if value is None else str(value))).strip()
    if required and not cleaned:
        raise _err(QT_TRANSLATE_NOOP("errors", "không được để trống"))
    if len(cleaned) > max_len:
        raise _err(QT_TRANSLATE_NOOP("errors", "dài quá {max} ký tự"), max=max_len)
    return cleaned


def sku_value(value: Any) -> str:
    """Upper case (the till looks SKUs up upper-cased) and printable as Code 128."""
    cleaned = text_value(value, 64, required=True).upper()
    if not _SKU.fullmatch(cleaned):
        raise _err(
            QT_TRANSLATE_NOOP(
                "errors", "“{value}” chỉ được gồm chữ cái không dấu, chữ số và ký hiệu, không có dấu cách"
            ),
            value=cleaned,
        )
    return cleaned


def barcode_value(value: Any) -> str | None:
    """Empty means no GTIN; anything else must carry a right check digit (EAN-13/8, UPC-A)."""
    cleaned = "" if value is None else "".join(str(value).split())
    if not cleaned:
        return None
    if cleaned.isdigit() and len(cleaned) == 14:
        raise _err(QT_TRANSLATE_NOOP("errors", "{code}: GTIN-14 là mã thùng, không dùng để bán lẻ"),
                   code=cleaned)
    try:
        return validate_barcode(cleaned)
    except BoothError as exc:
        raise _err(exc.template, **{**exc.params, "field": FIELD_LABELS["barcode"]}) from None


def price_value(value: Any) -> int:
    """Whole đồng; accepts '45.000', '45,000 ₫', '45000' and numbers from spreadsheets."""
    if isinstance(value, bool):
        raise _err(QT_TRANSLATE_NOOP("errors", "“{value}” không phải số tiền"), value=value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        amount = value
    else:
        text = "" if value is None else str(value).strip()
        if not text:
            raise _err(QT_TRANSLATE_NOOP("errors", "không được để trống"))
        try:
            amount = parse_dong(text)
        except BoothError:
            raise _err(
                QT_TRANSLATE_NOOP("errors", "“{value}” không phải số tiền hợp lệ"), value=text
            ) from None
    if amount < 0 or amount > MAX_PRICE:
        raise _err(QT_TRANSLATE_NOOP("errors", "{value} nằm ngoài khoảng 0 – 1.000.000.000"),
                   value=amount)
    return amount


def vat_value(value: Any) -> int:
    text = "" if value is None else str(value).strip().rstrip("%").strip()
    if text in ("", "KCT", "kct"):
        return 0
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        raise _err(QT_TRANSLATE_NOOP("errors", "“{value}” không phải thuế suất"),
                   value=value) from None
    if 0 < number < 1:  # 0.05 from a spreadsheet formatted as percent
        number *= 100
    rate = round(number)
    if abs(number - rate) > 1e-9 or rate not in VAT_RATES:
        raise _err(QT_TRANSLATE_NOOP("errors", "“{value}” phải là 0, 5, 8 hoặc 10 (%)"),
                   value=value)
    return rate


def stars_value(value: Any) -> int | None:
    text = "" if value is None else str(value).strip()
    if not text:
        return None
    digits = re.sub(r"\s*(sao|★+|\*+)$", "", text, flags=re.IGNORECASE)
    if digits.endswith(".0"):
        digits = digits[:-2]
    if digits not in ("3", "4", "5"):
        raise _err(QT_TRANSLATE_NOOP("errors", "“{value}” phải là 3, 4 hoặc 5 sao"), value=text)
    return int(digits)


def date_value(value: Any) -> date | None:
    """ISO dates, Vietnamese day-first dates (12/05/2024) and spreadsheet date cells."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    match = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    try:
        if match:
            return date(int(match[3]), int(match[2]), int(match[1]))
        return date.fromisoformat(text[:10] if re.match(r"\d{4}-\d\d-\d\d[ T]", text) else text)
    except ValueError:
        raise _err(
            QT_TRANSLATE_NOOP("errors", "“{value}” không phải ngày (dd/mm/yyyy hoặc yyyy-mm-dd)"),
            value=text,
        ) from None


def url_value(value: Any) -> str | None:
    text = text_value(value, 500)
    if not text:
        return None
    if not _URL.fullmatch(text):
        raise _err(QT_TRANSLATE_NOOP("errors", "“{value}” phải là địa chỉ http:// hoặc https://"),
                   value=text)
    return text


def kind_value(value: Any) -> str:
    text = text_value(value, 40, required=True)
    kind = KIND_ALIASES.get(fold(text))
    if kind is None or kind not in PRODUCER_KINDS:
        raise _err(
            QT_TRANSLATE_NOOP(
                "errors", "“{value}” phải là doanh nghiệp, HTX, hộ sản xuất hoặc tổ hợp tác"
            ),
            value=text,
        )
    return kind


@dataclass(frozen=True)
class StarRating:
    stars: int | None
    certified_on: date | None
    expires_on: date | None


def star_rating(
    c: Collector, stars: Any, certified: Any, expires: Any
) -> StarRating:
    """A rating needs its certification date; it ends 36 months later (148/QĐ-TTg) at most."""
    n = c.run("stars", stars_value, stars)
    on = c.run("star_certified_on", date_value, certified)
    until = c.run("star_expires_on", date_value, expires)
    if n is None:
        if on is not None or until is not None:
            if not any(e.field == "stars" for e in c.errors):
                c.add("stars", QT_TRANSLATE_NOOP("errors", "có ngày công nhận nhưng thiếu số sao"))
        return StarRating(None, None, None)
    if on is None:
        if not any(e.field == "star_certified_on" for e in c.errors):
            c.add("star_certified_on",
                  QT_TRANSLATE_NOOP("errors", "sản phẩm có sao phải có ngày công nhận"))
        return StarRating(n, None, until)
    longest = expiry_for(on)
    if until is None:
        until = longest
    elif until <= on:
        c.add("star_expires_on",
              QT_TRANSLATE_NOOP("errors", "{until} phải sau ngày công nhận {on}"),
              until=until.strftime("%d/%m/%Y"), on=on.strftime("%d/%m/%Y"))
    elif until > longest:
        c.add("star_expires_on",
              QT_TRANSLATE_NOOP("errors", "{until} quá 36 tháng kể từ ngày công nhận (tối đa {max})"),
              until=until.strftime("%d/%m/%Y"), max=longest.strftime("%d/%m/%Y"))
    return StarRating(n, on, until)


def weighed(unit: str) -> bool:
    """Goods in kg are sold by weight unless the user says otherwise."""
    return unit.casefold() in WEIGHED_UNITS
