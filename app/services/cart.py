"""The cart being rung up: pure Python, no database, so every rule is testable on its own.

Amounts: line total = round(unit price × quantity) − discount, VAT included in prices (as on
Vietnamese retail price tags); VAT is extracted per line for the Z-report.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

from app.services.catalog import ProductInfo
from app.services.errors import QT_TRANSLATE_NOOP, PermissionDenied, ValidationError
from app.services.money import parse_dong, parse_quantity, round_dong


@dataclass(frozen=True)
class CartLine:
    product: ProductInfo
    quantity: Decimal
    unit_price: int
    discount: int = 0
    price_approved_by: int | None = None
    discount_approved_by: int | None = None

    @property
    def gross(self) -> int:
        return round_dong(self.unit_price * self.quantity)

    @property
    def total(self) -> int:
        return self.gross - self.discount

    @property
    def vat_amount(self) -> int:
        rate = self.product.vat_rate
        return round_dong(Decimal(self.total) * rate / (100 + rate)) if rate else 0

    @property
    def price_changed(self) -> bool:
        return self.unit_price != self.product.price

    def discount_pct(self) -> Decimal:
        return Decimal(self.discount) * 100 / self.gross if self.gross else Decimal(0)


@dataclass
class Cart:
    """Lines in the order they were scanned; scanning the same product again adds one."""

    discount_limit_pct: int = 10
    lines: list[CartLine] = field(default_factory=list)

    def add(self, product: ProductInfo, quantity: Decimal | str | int = 1) -> int:
        qty = parse_quantity(quantity)
        if not product.sold_by_weight:
            for index, line in enumerate(self.lines):
                if line.product.id == product.id and not line.price_changed:
                    self._replace(index, quantity=line.quantity + qty)
                    return index
            _require_whole(qty, product)
        self.lines.append(CartLine(product=product, quantity=qty, unit_price=product.price))
        return len(self.lines) - 1

    def set_quantity(self, index: int, quantity: Decimal | str | int) -> None:
        qty = parse_quantity(quantity)
        _require_whole(qty, self.lines[index].product)
        line = self.lines[index]
        gross = round_dong(line.unit_price * qty)
        self._replace(index, quantity=qty, discount=min(line.discount, gross))

    def set_price(self, index: int, unit_price: int, approver_id: int | None) -> None:
        """Selling at a changed price needs a manager; back to list price does not."""
        if unit_price < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Giá bán không được âm"))
        line = self.lines[index]
        changed = unit_price != line.product.price
        if changed and approver_id is None:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("errors", "Cần mã PIN của quản lý để {action}"),
                action=QT_TRANSLATE_NOOP("errors", "đổi giá bán"),
            )
        self._replace(
            index,
            unit_price=unit_price,
            price_approved_by=approver_id if changed else None,
            discount=min(line.discount, round_dong(unit_price * line.quantity)),
        )

    def set_discount(self, index: int, amount: int, approver_id: int | None = None) -> None:
        """Discounts up to the booth's limit are the cashier's call; above it, a manager's."""
        line = self.lines[index]
        if amount < 0 or amount > line.gross:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Giảm giá phải từ 0 đến {max}"), max=line.gross
            )
        needs_approval = self.discount_needs_approval(line.gross, amount)
        if needs_approval and approver_id is None:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("errors", "Cần mã PIN của quản lý để {action}"),
                action=QT_TRANSLATE_NOOP("errors", "giảm giá quá hạn mức"),
            )
        self._replace(
            index, discount=amount, discount_approved_by=approver_id if needs_approval else None
        )

    def discount_needs_approval(self, gross: int, amount: int) -> bool:
        return amount * 100 > gross * self.discount_limit_pct

    def remove(self, index: int) -> None:
        del self.lines[index]

    def clear(self) -> None:
        self.lines.clear()

    @property
    def subtotal(self) -> int:
        return sum(line.gross for line in self.lines)

    @property
    def discount_total(self) -> int:
        return sum(line.discount for line in self.lines)

    @property
    def total(self) -> int:
        return sum(line.total for line in self.lines)

    @property
    def vat_total(self) -> int:
        return sum(line.vat_amount for line in self.lines)

    @property
    def is_empty(self) -> bool:
        return not self.lines

    def _replace(self, index: int, **changes: object) -> None:
        self.lines[index] = replace(self.lines[index], **changes)


def parse_discount(text: str, gross: int) -> int:
    """'20.000' is đồng; '10%' is a share of the line's gross amount, rounded to whole đồng."""
    raw = text.strip()
    if raw.endswith("%"):
        pct = parse_quantity(raw[:-1], field=QT_TRANSLATE_NOOP("errors", "Phần trăm giảm"))
        return round_dong(Decimal(gross) * pct / 100)
    return parse_dong(raw, field=QT_TRANSLATE_NOOP("errors", "Giảm giá"))


def _require_whole(qty: Decimal, product: ProductInfo) -> None:
    if not product.sold_by_weight and qty != qty.to_integral_value():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} bán theo {unit}: số lượng phải là số nguyên"),
            name=product.name,
            unit=product.unit or "cái",
        )
