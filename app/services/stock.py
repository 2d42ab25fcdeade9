"""Stock as a ledger: receiving, transfers, counts and write-offs are moves, never overwrites.

A balance is only ever SUM(quantity) of the moves of one product at one location (no stored
balance can drift from its history). Each user action (one delivery, one transfer, one count
sheet, one write-off) is ONE transaction, and every move it makes is also queued as a
"stock_move" fact for the hub in that same transaction (sales, voids and refunds already travel
inside their own facts).

A sale is never refused for lack of stock: counts at fairs are often wrong and a customer with
goods in hand must be served. Transfers are not refused either; negative balances are instead
listed for the manager (stock_query.negative_balances) and returned by each action.

Consignment (ký gửi): goods stay the producer's until sold; the receipt records the producer and
the agreed unit cost, which the monthly settlement (app.services.settlement) pays per unit sold.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.ids import uuid7
from app.models import Location, Producer, Product, StockMove
from app.services import audit_log
from app.services.catalog_rules import price_value
from app.services.clock import now_utc
from app.services.errors import QT_TRANSLATE_NOOP, BoothError, NotFoundError, ValidationError
from app.services.money import parse_quantity
from app.services.outbox import enqueue
from app.services.rights import Actor, Right, require

RECEIVE_MODES = ("purchase", "consignment")
WRITE_OFF_KINDS = ("spoilage",)  # spoilage and damage alike; the reason says which
OUTBOX_KIND = "stock_move"


@dataclass(frozen=True)
class MoveLine:
    """One product line of an action. unit_cost: agreed cost per unit (receiving only)."""

    product_id: int
    quantity: Decimal | str | int
    unit_cost: int | str | None = None


@dataclass(frozen=True)
class StockActionResult:
    ref_id: str  # ties the moves of one action together (a transfer's out and in)
    move_ids: tuple[str, ...]
    negative_after: tuple[int, ...]  # product ids whose balance here went below zero


@dataclass(frozen=True)
class CountLine:
    product_id: int
    sku: str
    name: str
    unit: str
    expected: Decimal  # the ledger before the count
    counted: Decimal
    variance: Decimal  # counted - expected, booked as a "count" move when not zero


@dataclass(frozen=True)
class CountResult:
    ref_id: str
    lines: tuple[CountLine, ...]
    move_ids: tuple[str, ...]


def _line_error(index: int, template: str, **params: Any) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("errors", "Dòng {line}: {reason}"),
                           line=index, reason=template.format(**params))


def _quantity(index: int, value: Any, product: Product, allow_zero: bool = False) -> Decimal:
    """Positive (or, for a count, zero-or-more) quantity; whole units unless sold by weight."""
    try:
        if allow_zero and Decimal(str(value).strip().replace(",", ".")) == 0:
            return Decimal(0)
    except InvalidOperation:
        pass
    try:
        qty = parse_quantity(value)
    except BoothError as exc:
        raise _line_error(index, exc.template, **exc.params) from None
    if not product.sold_by_weight and qty != qty.to_integral_value():
        raise _line_error(index, QT_TRANSLATE_NOOP(
            "errors", "{name} bán theo {unit}, số lượng phải là số nguyên"),
            name=product.name, unit=product.unit or "cái")
    return qty


def _product(session: Session, index: int, product_id: int) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise _line_error(index, QT_TRANSLATE_NOOP("errors", "không tìm thấy sản phẩm {id}"),
                          id=product_id)
    return product


def _location(session: Session, location_id: int) -> Location:
    location = session.get(Location, location_id)
    if location is None or not location.active:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "Không tìm thấy điểm kho {id}"), id=location_id
        )
    return location


def _approved(session: Session, actor: Actor, right: Right, action: str, at: datetime,
              **detail: Any) -> None:
    """The right first (services.rights), before any move; an approval by someone else than the
    one booking is audited (the moves themselves name who booked them)."""
    holder = require(session, actor, right)
    if holder.id != actor.staff_id:
        audit_log.record(session, action, actor, holder, detail, at=at)


def _reason(reason: str, required: bool) -> str:
    text = " ".join(reason.split())
    if required and not text:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Hãy ghi lý do"))
    if len(text) > 300:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Lý do dài quá 300 ký tự"))
    return text


def _when(at: datetime | None) -> datetime:
    if at is not None and at.tzinfo is None:
        raise ValueError("naive datetime: pass an aware time")
    return at or now_utc()


def _book(
    session: Session, product: Product, location: Location, quantity: Decimal, kind: str,
    ref_id: str, staff_id: int, at: datetime, *, producer_id: int | None = None,
    unit_cost: int | None = None, reason: str = "",
) -> StockMove:
    move = StockMove(
        id=uuid7(), product_id=product.id, location_id=location.id, quantity=quantity, kind=kind,
        ref_id=ref_id, producer_id=producer_id, unit_cost=unit_cost, reason=reason,
        staff_id=staff_id, created_utc=at,
    )
    session.add(move)
    enqueue(session, OUTBOX_KIND, {
        "id": move.id, "kind": kind, "ref_id": ref_id, "product_id": product.id,
        "sku": product.sku, "location_id": location.id, "location_code": location.code,
        "quantity": format(quantity, "f"), "producer_id": producer_id, "unit_cost": unit_cost,
        "reason": reason, "staff_id": staff_id, "created_utc": at.isoformat(),
    }, fact_id=move.id)
    return move


def ledger_balance(session: Session, product_id: int, location_id: int | None = None) -> Decimal:
    """SUM of the moves, in the caller's transaction (locations: one, or all when None)."""
    query = select(func.coalesce(func.sum(StockMove.quantity), 0)).where(
        StockMove.product_id == product_id)
    if location_id is not None:
        query = query.where(StockMove.location_id == location_id)
    return Decimal(session.scalar(query) or 0)


def _negatives(session: Session, location_id: int, product_ids: Iterable[int]) -> tuple[int, ...]:
    return tuple(sorted(p for p in set(product_ids) if ledger_balance(session, p, location_id) < 0))


def receive(
    db: Database, actor: Actor, location_id: int, lines: list[MoveLine], *,
    mode: str = "purchase", producer_id: int | None = None, note: str = "",
    at: datetime | None = None,
) -> StockActionResult:
    """Goods arrive from a producer: bought outright, or on consignment at an agreed cost.

    Consignment needs the producer and an agreed unit cost on every line, and every product
    must be that producer's: the settlement finds consigned goods through product → producer.
    """
    if mode not in RECEIVE_MODES:
        raise ValueError(f"mode must be one of {RECEIVE_MODES}")
    if not lines:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Hãy nhập ít nhất một sản phẩm"))
    at = _when(at)
    staff_id = actor.staff_id
    with db.write() as session:
        _approved(session, actor, Right.STOCK_RECEIVE, "stock_receive", at, mode=mode)
        location = _location(session, location_id)
        producer = session.get(Producer, producer_id) if producer_id is not None else None
        if mode == "consignment" and producer is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Hàng ký gửi phải chọn chủ thể"))
        ref, moves = uuid7(), []
        for index, line in enumerate(lines, start=1):
            product = _product(session, index, line.product_id)
            qty = _quantity(index, line.quantity, product)
            cost = None
            if line.unit_cost not in (None, ""):
                try:
                    cost = price_value(line.unit_cost)
                except BoothError as exc:
                    raise _line_error(index, exc.template, **exc.params) from None
            if mode == "consignment":
                if cost is None:
                    raise _line_error(index, QT_TRANSLATE_NOOP(
                        "errors", "{name}: hàng ký gửi phải có giá thỏa thuận"), name=product.name)
                if product.producer_id != producer.id:  # type: ignore[union-attr]
                    raise _line_error(index, QT_TRANSLATE_NOOP(
                        "errors", "{name} không phải sản phẩm của {producer}"),
                        name=product.name, producer=producer.name)  # type: ignore[union-attr]
            kind = "consign_in" if mode == "consignment" else "receive"
            maker = producer.id if producer else product.producer_id
            moves.append(_book(session, product, location, qty, kind, ref, staff_id, at,
                               producer_id=maker, unit_cost=cost, reason=_reason(note, False)))
        return StockActionResult(ref, tuple(m.id for m in moves), ())


def transfer(
    db: Database, actor: Actor, from_location_id: int, to_location_id: int,
    lines: list[MoveLine], *, note: str = "", at: datetime | None = None,
) -> StockActionResult:
    """Warehouse → fair booth → back: a transfer_out and a transfer_in with one ref_id, so the
    total over all locations never changes. Not refused when the source runs negative."""
    if from_location_id == to_location_id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Nơi chuyển đi và nơi nhận phải khác nhau"))
    if not lines:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Hãy nhập ít nhất một sản phẩm"))
    at = _when(at)
    staff_id = actor.staff_id
    with db.write() as session:
        _approved(session, actor, Right.STOCK_TRANSFER, "stock_transfer", at)
        source, target = _location(session, from_location_id), _location(session, to_location_id)
        ref, moves, touched = uuid7(), [], []
        reason = _reason(note, False)
        for index, line in enumerate(lines, start=1):
            product = _product(session, index, line.product_id)
            qty = _quantity(index, line.quantity, product)
            moves.append(_book(session, product, source, -qty, "transfer_out", ref, staff_id, at,
                               reason=reason))
            moves.append(_book(session, product, target, qty, "transfer_in", ref, staff_id, at,
                               reason=reason))
            touched.append(product.id)
        session.flush()
        return StockActionResult(ref, tuple(m.id for m in moves),
                                 _negatives(session, source.id, touched))


def preview_count(
    db: Database, location_id: int, counted: Mapping[int, Decimal | str | int]
) -> tuple[CountLine, ...]:
    """Expected against counted for a count sheet, before anything is booked."""
    with db.read() as session:
        return _count_lines(session, location_id, counted)


def _count_lines(
    session: Session, location_id: int, counted: Mapping[int, Decimal | str | int]
) -> tuple[CountLine, ...]:
    _location(session, location_id)
    out = []
    for index, (product_id, value) in enumerate(counted.items(), start=1):
        product = _product(session, index, product_id)
        qty = _quantity(index, value, product, allow_zero=True)
        expected = ledger_balance(session, product.id, location_id)
        out.append(CountLine(product.id, product.sku, product.name, product.unit, expected, qty,
                             qty - expected))
    return tuple(out)


def count_stock(
    db: Database, actor: Actor, location_id: int, counted: Mapping[int, Decimal | str | int],
    *, reason: str, at: datetime | None = None,
) -> CountResult:
    """Kiểm kê: the counted quantity becomes the balance; the variance is booked as a "count"
    move with the reason. Needs the stock-count right. The expected quantity is the ledger as it stands
    when the count is booked (so a sale rung up during the count is not lost)."""
    at = _when(at)
    staff_id = actor.staff_id
    with db.write() as session:
        _approved(session, actor, Right.STOCK_COUNT, "stock_count", at, location=location_id)
        location = _location(session, location_id)
        lines = _count_lines(session, location_id, counted)
        needs_reason = any(line.variance for line in lines)
        text = _reason(reason, needs_reason)
        ref, moves = uuid7(), []
        for line in lines:
            if line.variance:
                product = session.get(Product, line.product_id)
                moves.append(_book(session, product, location, line.variance, "count", ref,  # type: ignore[arg-type]
                                   staff_id, at, reason=text))
        return CountResult(ref, lines, tuple(m.id for m in moves))


def write_off(
    db: Database, actor: Actor, location_id: int, lines: list[MoveLine], *, reason: str,
    at: datetime | None = None,
) -> StockActionResult:
    """Spoilage or damage (hàng hỏng, vỡ, hết hạn): out of stock with a reason, by a manager."""
    return _out(db, actor, location_id, lines, "spoilage", reason, None, at)


def return_to_producer(
    db: Database, actor: Actor, location_id: int, producer_id: int, lines: list[MoveLine], *,
    reason: str = "", at: datetime | None = None,
) -> StockActionResult:
    """Unsold consigned goods go back to their producer (counted as "returned" when settling)."""
    return _out(db, actor, location_id, lines, "return_to_producer", reason, producer_id, at)


def _out(
    db: Database, actor: Actor, location_id: int, lines: list[MoveLine], kind: str,
    reason: str, producer_id: int | None, at: datetime | None,
) -> StockActionResult:
    if not lines:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Hãy nhập ít nhất một sản phẩm"))
    at = _when(at)
    staff_id = actor.staff_id
    with db.write() as session:
        _approved(session, actor, Right.STOCK_WRITE_OFF, kind, at, location=location_id)
        location = _location(session, location_id)
        text = _reason(reason, kind == "spoilage")
        if producer_id is not None and session.get(Producer, producer_id) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "Không tìm thấy chủ thể {id}"),
                                id=producer_id)
        ref, moves, touched = uuid7(), [], []
        for index, line in enumerate(lines, start=1):
            product = _product(session, index, line.product_id)
            if producer_id is not None and product.producer_id != producer_id:
                raise _line_error(index, QT_TRANSLATE_NOOP(
                    "errors", "{name} không phải sản phẩm của chủ thể này"), name=product.name)
            qty = _quantity(index, line.quantity, product)
            moves.append(_book(session, product, location, -qty, kind, ref, staff_id, at,
                               producer_id=producer_id, reason=text))
            touched.append(product.id)
        session.flush()
        return StockActionResult(ref, tuple(m.id for m in moves),
                                 _negatives(session, location.id, touched))
