"""What labels print, read from the database: products, stock receipts, the counter's VietQR.

One read session per call and plain dataclasses out, so the Labels page and the command line
share the same queries and neither holds a Session. A receipt prints one label per unit
received, because that is how a sale point stickers a delivery: every jar gets its own price.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Select, select

from app.db import Database
from app.labels.items import LabelItem
from app.labels.trace import GS1_PATTERN, is_valid_lot, traceability_url
from app.models import Producer, Product
from app.models.stock import StockMove
from app.services import settings as booth_settings
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from app.services.vietqr import BANKS, build_payload

RECEIPT_KINDS = ("receive", "consign_in")
_PREFIX = "labels."
LABEL_DEFAULTS: dict[str, str | bool] = {
    "trace_pattern": "",  # "" = products' own URLs only; "gs1" = GS1 Digital Link; or a pattern
    "trace_domain": "",
    "prefer_own_url": True,
}
_PLACEHOLDERS = ("{domain}", "{gtin14}", "{sku}", "{lot}")


@dataclass(frozen=True)
class LabelProduct:
    id: int
    sku: str
    name: str
    producer_name: str
    district: str
    commune: str
    price: int
    unit: str
    barcode: str | None
    stars: int | None
    star_expires_on: date | None
    traceability_url: str | None
    sold_by_weight: bool = False

    @property
    def locality(self) -> str:
        return ", ".join(p for p in (self.commune, self.district) if p)


@dataclass(frozen=True)
class LabelSettings:
    """How traceability links are made for products without their own URL."""

    trace_pattern: str = ""
    trace_domain: str = ""
    prefer_own_url: bool = True


@dataclass(frozen=True)
class ReceiptSummary:
    """One stock receipt (goods in from a producer) the manager can label unit by unit."""

    key: str  # the moves' ref_id, or "at:<time>" for moves recorded without one
    kind: str
    created_utc: datetime
    lines: int
    units: int
    move_ids: tuple[str, ...]


def _query() -> Select[tuple[Product, Producer]]:
    return select(Product, Producer).outerjoin(Producer, Producer.id == Product.producer_id)


def _product(row: tuple[Product, Producer | None]) -> LabelProduct:
    product, producer = row
    return LabelProduct(
        id=product.id, sku=product.sku, name=product.name,
        producer_name=producer.name if producer else "",
        district=producer.district if producer else "",
        commune=producer.commune if producer else "",
        price=product.price, unit=product.unit, barcode=product.barcode,
        stars=product.stars, star_expires_on=product.star_expires_on,
        traceability_url=product.traceability_url, sold_by_weight=product.sold_by_weight,
    )


def products_by_sku(db: Database, skus: Sequence[str]) -> list[LabelProduct]:
    """In the order asked; an unknown SKU is refused by name so a batch never half-prints."""
    wanted = [s.strip() for s in skus if s.strip()]
    with db.read() as session:
        rows = session.execute(_query().where(Product.sku.in_([s.upper() for s in wanted]
                                                                + wanted))).all()
    found = {p.sku.upper(): p for p in map(_product, rows)}
    missing = [s for s in wanted if s.upper() not in found]
    if missing:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "Không tìm thấy sản phẩm có mã: {codes}"),
            codes=", ".join(missing),
        )
    return [found[s.upper()] for s in wanted]


def products_by_id(db: Database, ids: Iterable[int]) -> dict[int, LabelProduct]:
    wanted = list(dict.fromkeys(ids))
    with db.read() as session:
        rows = session.execute(_query().where(Product.id.in_(wanted))).all()
    return {p.id: p for p in map(_product, rows)}


def all_products(db: Database) -> list[LabelProduct]:
    """Every active product, by name: the `--all` batch."""
    with db.read() as session:
        rows = session.execute(_query().where(Product.active.is_(True))
                               .order_by(Product.name, Product.id)).all()
    return [_product(row) for row in rows]


def _units(quantity: Decimal) -> int:
    """Whole units get one label each; goods by weight get one label per receipt line."""
    return int(quantity) if quantity == quantity.to_integral_value() else 1


def list_receipts(db: Database, limit: int = 30) -> list[ReceiptSummary]:
    """Recent receipts, newest first, grouped by ref_id (or by time when it was not set)."""
    with db.read() as session:
        moves = session.scalars(
            select(StockMove).where(StockMove.kind.in_(RECEIPT_KINDS), StockMove.quantity > 0)
            .order_by(StockMove.created_utc.desc(), StockMove.id).limit(limit * 200)
        ).all()
    groups: dict[str, list[StockMove]] = {}
    for move in moves:
        key = move.ref_id or f"at:{move.created_utc.isoformat()}"
        groups.setdefault(key, []).append(move)
    out = [
        ReceiptSummary(
            key=key, kind=group[0].kind, created_utc=group[0].created_utc, lines=len(group),
            units=sum(_units(m.quantity) for m in group), move_ids=tuple(m.id for m in group),
        )
        for key, group in groups.items()
    ]
    return out[:limit]


def received_units(db: Database, ref_id: str | None = None,
                   move_ids: Sequence[str] = ()) -> list[tuple[LabelProduct, int]]:
    """(product, labels) for one receipt, by its ref_id or by move ids: one label per unit."""
    with db.read() as session:
        query = select(StockMove).where(StockMove.kind.in_(RECEIPT_KINDS), StockMove.quantity > 0)
        if ref_id and ref_id.startswith("at:"):
            at = datetime.fromisoformat(ref_id[3:])
            query = query.where(StockMove.ref_id.is_(None), StockMove.created_utc == at)
        elif ref_id:
            query = query.where(StockMove.ref_id == ref_id)
        else:
            query = query.where(StockMove.id.in_(list(move_ids)))
        moves = session.scalars(query.order_by(StockMove.created_utc, StockMove.id)).all()
    if not moves:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "Không tìm thấy phiếu nhập hàng “{ref}”"),
            ref=ref_id or ", ".join(move_ids),
        )
    counts: dict[int, int] = {}
    for move in moves:
        counts[move.product_id] = counts.get(move.product_id, 0) + _units(move.quantity)
    products = products_by_id(db, counts)
    return [(products[pid], n) for pid, n in counts.items()]


def load_label_settings(db: Database) -> LabelSettings:
    with db.read() as session:
        stored = booth_settings.read_prefixed(session, _PREFIX)
    return LabelSettings(**{k: stored.get(k, v) for k, v in LABEL_DEFAULTS.items()})


def check_pattern(pattern: str, domain: str) -> None:
    """Refuse a pattern that would print broken links, before any label carries one."""
    pattern = pattern.strip()
    if not pattern:
        return
    if pattern in ("gs1", GS1_PATTERN) or "{domain}" in pattern:
        if not domain.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Mẫu liên kết truy xuất cần tên miền (domain)")
            )
        if pattern in ("gs1", GS1_PATTERN):
            return
    probe = pattern
    for placeholder in _PLACEHOLDERS:
        probe = probe.replace(placeholder, "")
    if "{" in probe or "}" in probe or not pattern.startswith(("https://", "http://")):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Mẫu liên kết “{pattern}” không hợp lệ: phải bắt đầu bằng https:// và chỉ dùng "
                "{{domain}}, {{gtin14}}, {{sku}}, {{lot}}",
            ),
            pattern=pattern,
        )


def save_label_settings(db: Database, settings: LabelSettings) -> LabelSettings:
    check_pattern(settings.trace_pattern, settings.trace_domain)
    with db.write() as session:
        for key in LABEL_DEFAULTS:
            booth_settings.write_value(session, _PREFIX + key, getattr(settings, key))
    return load_label_settings(db)


def label_item(product: LabelProduct, settings: LabelSettings, lot: str = "") -> LabelItem:
    if not is_valid_lot(lot):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Số lô “{lot}”: tối đa 20 ký tự không dấu, không cách"),
            lot=lot,
        )
    url = traceability_url(
        product.traceability_url, settings.trace_pattern, domain=settings.trace_domain,
        barcode=product.barcode, sku=product.sku, lot=lot, prefer_own=settings.prefer_own_url,
    )
    return LabelItem(
        key=product.sku, name=product.name, producer=product.producer_name,
        locality=product.locality, price=product.price, unit=product.unit,
        sold_by_weight=product.sold_by_weight,
        barcode=product.barcode, sku=product.sku, stars=product.stars,
        star_expires_on=product.star_expires_on, trace_url=url,
    )


def label_items(pairs: Iterable[tuple[LabelProduct, int]], settings: LabelSettings,
                lot: str = "") -> list[LabelItem]:
    """One item per label: each product repeated by its quantity, in the order given."""
    items: list[LabelItem] = []
    for product, quantity in pairs:
        item = label_item(product, settings, lot)
        items.extend([item] * max(0, int(quantity)))
    return items


def vietqr_item(db: Database) -> LabelItem:
    """The counter sticker: a static VietQR (the buyer types the amount) with whose account."""
    booth = booth_settings.load(db)
    if not booth.has_bank_account:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Chưa cài tài khoản ngân hàng: hãy vào Cài đặt")
        )
    payload = build_payload(booth.bank_bin, booth.bank_account)
    return LabelItem(
        key="vietqr", name=booth.shop_name, payment=payload, shop_name=booth.shop_name,
        bank_name=BANKS.get(booth.bank_bin, booth.bank_bin), account=booth.bank_account,
        account_name=booth.bank_account_name,
    )


