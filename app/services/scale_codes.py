"""Label-scale codes: an EAN-13 in the in-store range (prefix 20-29) carrying a weight or a price.

A counter scale weighs the squid or the nem chua and prints a sticker whose barcode holds the
item's number (PLU) and the weight, or the price to pay, in place of a fixed product number.
Scales differ in layout (how many digits the PLU takes, whether the value is grams or đồng,
in units of 100 đồng when six digits are too few), and a shop sets its scale once, so the
layout is a list of rules per prefix stored as a business setting (`scale.rules`) rather than
fixed here. Default: 2-digit prefix + PLU (5) + value (5) + check digit, with 21 = price in
hundreds of đồng and 22 = weight in grams.

Which product a PLU means: the product whose barcode is the label's code with the value part
zeroed (prefix + PLU + 00000 + its check digit), the convention Odoo's barcode nomenclature
uses. It needs no new column (no migration, nothing new for the hub to sync), a product's
base code is a valid in-store EAN-13 that the catalog already stores, checks unique and prints
on shelf labels, and scanning that base code on its own still finds the product (the weight
is then asked as for any weighed product). A base code made with another rule's prefix of the
same layout is found too, so one product serves both a price and a weight label.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from app.db import Database
from app.services import audit_log, catalog
from app.services import settings as settings_service
from app.services.catalog import ProductInfo
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from app.services.gtin import gtin_check_digit
from app.services.rights import Actor, Right, require_or_setup

SETTING_KEY = "scale.rules"
KINDS = ("price", "weight")
# Words accepted for the kind in the rules text, Vietnamese first (what format_rules writes).
_KIND_WORDS = {"cân": "weight", "can": "weight", "kg": "weight", "weight": "weight",
               "giá": "price", "gia": "price", "tiền": "price", "tien": "price", "price": "price"}
_KIND_NAMES = {"weight": "cân", "price": "giá"}
GRAM = Decimal("0.001")


@dataclass(frozen=True)
class ScaleRule:
    """One prefix's layout: prefix (2 digits) + item (PLU) digits + value digits + check digit.

    decimals: for a weight, how many of the value's digits come after the kg point (3 = the
    value is grams). price_unit: for a price, đồng per unit of the value (100 = hundreds).
    """

    prefix: str
    value: str  # "price" | "weight"
    item_digits: int = 5
    decimals: int = 3
    price_unit: int = 1

    @property
    def value_digits(self) -> int:
        return 12 - len(self.prefix) - self.item_digits


DEFAULT_RULES: tuple[ScaleRule, ...] = (
    ScaleRule("21", "price", 5, price_unit=100),
    ScaleRule("22", "weight", 5, decimals=3),
)


@dataclass(frozen=True)
class ScaleReading:
    """What a label says: its rule, the PLU, and the price (đồng) or the weight (kg)."""

    code: str
    rule: ScaleRule
    plu: str
    price: int | None = None
    weight: Decimal | None = None


def _rule_error(line: int, template: str, **params: Any) -> ValidationError:
    """Every template starts "Quy tắc cân dòng {line}:" so it is translated whole."""
    return ValidationError(template, line=line, **params)


def check_rule(rule: ScaleRule, line: int = 1) -> ScaleRule:
    """Refuse a layout that cannot be an EAN-13 a scale prints, saying what to fix."""
    if not (len(rule.prefix) == 2 and rule.prefix.isascii() and rule.prefix.isdigit()
            and rule.prefix.startswith("2")):
        raise _rule_error(
            line, QT_TRANSLATE_NOOP("errors", "Quy tắc cân dòng {line}: tiền tố “{prefix}” phải từ 20 đến 29"),
            prefix=rule.prefix)
    if rule.value not in KINDS:
        raise _rule_error(
            line, QT_TRANSLATE_NOOP("errors", "Quy tắc cân dòng {line}: loại “{kind}” phải là cân hoặc giá"),
            kind=rule.value)
    if not 3 <= rule.item_digits <= 6:
        raise _rule_error(
            line, QT_TRANSLATE_NOOP("errors", "Quy tắc cân dòng {line}: mã hàng (PLU) phải có 3 đến 6 chữ số"))
    if rule.value == "weight" and not 0 <= rule.decimals <= rule.value_digits:
        raise _rule_error(
            line, QT_TRANSLATE_NOOP("errors", "Quy tắc cân dòng {line}: số chữ số lẻ phải từ 0 đến {most}"),
            most=rule.value_digits)
    if rule.value == "price" and rule.price_unit not in (1, 10, 100, 1000):
        raise _rule_error(
            line, QT_TRANSLATE_NOOP("errors", "Quy tắc cân dòng {line}: đơn vị giá phải là 1, 10, 100 hoặc 1000 đồng"))
    return rule


def _check_all(rules: list[ScaleRule]) -> list[ScaleRule]:
    seen: set[str] = set()
    for line, rule in enumerate(rules, start=1):
        check_rule(rule, line)
        if rule.prefix in seen:
            raise _rule_error(
                line, QT_TRANSLATE_NOOP("errors", "Quy tắc cân dòng {line}: tiền tố {prefix} đã có ở dòng trên"),
                prefix=rule.prefix)
        seen.add(rule.prefix)
    return rules


def rules_from_json(data: Any) -> list[ScaleRule]:
    """Rules as stored in the settings table (a list of objects), validated."""
    if not isinstance(data, list):
        raise _rule_error(1, QT_TRANSLATE_NOOP("errors", "Quy tắc cân dòng {line}: không đọc được danh sách quy tắc"))
    rules = []
    for line, item in enumerate(data, start=1):
        try:
            rules.append(ScaleRule(
                prefix=str(item["prefix"]), value=str(item["value"]),
                item_digits=int(item.get("item_digits", 5)),
                decimals=int(item.get("decimals", 3)),
                price_unit=int(item.get("price_unit", 1))))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _rule_error(
                line, QT_TRANSLATE_NOOP("errors", "Quy tắc cân dòng {line}: thiếu tiền tố hoặc loại")) from None
    return _check_all(rules)


def rules_to_json(rules: list[ScaleRule]) -> list[dict[str, Any]]:
    return [asdict(rule) for rule in rules]


def parse_rules_text(text: str) -> list[ScaleRule]:
    """One rule a line, "PREFIX KIND PLU-DIGITS [N]": "22 cân 5 3" (weight, 3 decimals of a
    kg), "21 giá 5 100" (price in hundreds of đồng). Blank lines and # comments are skipped."""
    rules = []
    for line, raw in enumerate(text.splitlines(), start=1):
        words = re.split(r"[\s,;]+", raw.split("#", 1)[0].strip())
        if words == [""]:
            continue
        kind = _KIND_WORDS.get(words[1].casefold()) if len(words) > 1 else None
        if kind is None or len(words) > 4 or not all(w.isdigit() for w in words[2:]):
            raise _rule_error(line, QT_TRANSLATE_NOOP(
                "errors", "Quy tắc cân dòng {line}: “{text}” phải có dạng “22 cân 5 3” hoặc “21 giá 5 100”"),
                text=raw.strip())
        digits = int(words[2]) if len(words) > 2 else 5
        extra = int(words[3]) if len(words) > 3 else None
        rule = ScaleRule(words[0], kind, digits,
                         decimals=extra if kind == "weight" and extra is not None else 3,
                         price_unit=extra if kind == "price" and extra is not None else 1)
        rules.append(check_rule(rule, line))
    return _check_all(rules)


def format_rules_text(rules: list[ScaleRule] | tuple[ScaleRule, ...]) -> str:
    return "\n".join(
        f"{r.prefix} {_KIND_NAMES[r.value]} {r.item_digits} "
        f"{r.decimals if r.value == 'weight' else r.price_unit}" for r in rules)


def load_rules(db: Database) -> list[ScaleRule]:
    """The shop's rules; the defaults until a manager saves others (or if the stored value
    was damaged: a bad setting must not stop the till)."""
    with db.read() as session:
        stored = settings_service.get_value(session, SETTING_KEY)
    if stored is None:
        return list(DEFAULT_RULES)
    try:
        return rules_from_json(stored)
    except ValidationError:
        return list(DEFAULT_RULES)


def save_rules(db: Database, actor: Actor | None, rules: list[ScaleRule]) -> list[ScaleRule]:
    """A settings change like any other: the settings right (a manager), audited."""
    _check_all(rules)
    with db.write() as session:
        holder = require_or_setup(session, actor, Right.SETTINGS)
        settings_service.write_value(session, SETTING_KEY, rules_to_json(rules))
        audit_log.record(session, "settings", actor, holder, {"changed": [SETTING_KEY]})
    return rules


def may_be_scale_code(code: str) -> bool:
    """Cheap test before reading the rules: 13 plain digits in the in-store range."""
    return len(code) == 13 and code.isascii() and code.isdigit() and code[0] == "2"


Rules = list[ScaleRule] | tuple[ScaleRule, ...]


def parse_scale_code(code: str, rules: Rules) -> ScaleReading | None:
    """The PLU and the price or weight a label carries; None when no rule's prefix fits.

    A wrong check digit is refused (a smudged label must not sell a wrong weight)."""
    code = code.strip()
    rule = next((r for r in rules if code.startswith(r.prefix)), None)
    if rule is None or not may_be_scale_code(code):
        return None
    if gtin_check_digit(code[:12]) != int(code[12]):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Mã cân {code}: sai số kiểm tra (phải là {expected}), hãy quét lại"),
            code=code, expected=gtin_check_digit(code[:12]))
    start = len(rule.prefix)
    plu = code[start:start + rule.item_digits]
    value = int(code[start + rule.item_digits:12])
    if rule.value == "price":
        return ScaleReading(code, rule, plu, price=value * rule.price_unit)
    return ScaleReading(code, rule, plu, weight=Decimal(value).scaleb(-rule.decimals))


def base_code(rule: ScaleRule, plu: str) -> str:
    """The barcode a product carries to be found by this PLU: the value part zeroed."""
    body = f"{rule.prefix}{plu}{'0' * rule.value_digits}"
    return f"{body}{gtin_check_digit(body)}"


def product_for(db: Database, reading: ScaleReading, rules: Rules) -> ProductInfo | None:
    """The product holding the PLU's base code: the label's own prefix first, then the other
    rules with the same layout (one product for its price and its weight labels)."""
    same_layout = [r for r in rules if r.item_digits == reading.rule.item_digits]
    for rule in [reading.rule, *(r for r in same_layout if r != reading.rule)]:
        product = catalog.lookup_code(db, base_code(rule, reading.plu))
        if product is not None:
            return product
    return None


def quantity_for(reading: ScaleReading, product: ProductInfo) -> Decimal:
    """The weight to sell: as printed, or for a price label the price over the kg price,
    rounded to grams (the line's total may then differ from the label by under half a gram's
    worth)."""
    if not product.sold_by_weight:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Mã cân {code}: {name} không bán theo cân"),
            code=reading.code, name=product.name)
    if reading.weight is not None:
        quantity = reading.weight
    elif product.price > 0 and reading.price is not None:
        quantity = (Decimal(reading.price) / product.price).quantize(GRAM, ROUND_HALF_UP)
    else:
        quantity = Decimal(0)
    if quantity <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Mã cân {code}: khối lượng bằng 0, hãy cân lại"),
            code=reading.code)
    return quantity


def weighed_line(db: Database, reading: ScaleReading,
                 rules: Rules) -> tuple[ProductInfo, Decimal]:
    """The product and the amount a label sells; a PLU no product holds is refused by name."""
    product = product_for(db, reading, rules)
    if product is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "errors", "Mã cân {code}: không có hàng nào mang mã PLU {plu} (mã vạch gốc {base})"),
            code=reading.code, plu=reading.plu, base=base_code(reading.rule, reading.plu))
    return product, quantity_for(reading, product)
