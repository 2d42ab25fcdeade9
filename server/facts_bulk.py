"""The fast path for a batch of facts: a handful of multi-row statements instead of one
SAVEPOINT and a dozen round trips per fact.

1. Facts the hub already holds (one query) are answered ``duplicate``/``conflict``/``forbidden``
   before validation, as in the per-fact path; invalid facts are answered without touching the
   database. Neither needs a savepoint: nothing of theirs is written.
2. The new facts go into the log with ONE ``INSERT ... ON CONFLICT (id) DO NOTHING RETURNING
   id`` (batched multi-row VALUES); an id another request inserted a moment ago is not
   returned and is answered by comparing content hashes, exactly as a re-send is.
3. Their rows are materialised with one executemany per table.

Anything the database refuses on the way (an id inside a fact already held elsewhere, a value
out of range) raises ``NeedsSavepoints``/IntegrityError/DataError: the caller rolls the whole
transaction back and runs the per-fact path, which isolates the bad fact. So results are
identical to the per-fact path; only the common case is fast.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.sync.payloads import (
    RefundV1,
    SaleV1,
    ShiftCloseV1,
    StockMoveV1,
    VisitorCountV1,
    VoidV1,
)
from server.auth import DeviceContext
from server.bulk import pg_insert, sqlite_insert
from server.incoming import Incoming
from server.models import (
    Fact,
    Fair,
    PaymentRecord,
    RefundLineRecord,
    RefundRecord,
    SaleLineRecord,
    SaleRecord,
    ShiftClosingCount,
    ShiftClosingRecord,
    StockMoveRecord,
    VoidRecord,
)

Result = dict[str, Any]  # server.facts.Result


class NeedsSavepoints(Exception):
    """A fact of this batch must be refused by the database: redo it fact by fact."""


def apply_bulk(session: Session, device: DeviceContext, items: list[Incoming], now: datetime,
               held: dict[str, Any]) -> list[Result]:
    from server.facts import Held, _compare, _offset_minutes, _result, _statements, _validate

    results: list[Result | None] = [None] * len(items)
    fresh: list[tuple[int, Incoming, Any]] = []  # index, fact, parsed payload
    seen: dict[str, Incoming] = {}
    for i, item in enumerate(items):
        fid = item.fact.id
        if fid in held:
            results[i] = _compare(item, device, held[fid])
        elif fid in seen:  # the same id twice in one batch: the first one decides
            results[i] = _compare(item, device, Held.of(seen[fid], device.booth_id, now))
        else:
            parsed, errors = _validate(item)
            if parsed is None:
                results[i] = _result(item.fact, "invalid", "the fact does not match its schema",
                                     errors)
            else:
                seen[fid] = item
                fresh.append((i, item, parsed))
    fresh = _refuse_foreign_sales(session, device, fresh, results)
    if fresh:
        rows = [dict(
            id=f.id, device_id=device.device_id, installation_id=device.installation_id,
            booth_id=device.booth_id, seq=f.seq, kind=f.kind, payload_version=f.payload_version,
            payload=item.text, content_hash=item.content_hash, created_at=f.created_at,
            utc_offset_min=_offset_minutes(f.created_at), received_at=now,
        ) for _, item, _ in fresh for f in (item.fact,)]
        inserted = set(_insert(session, Fact.__table__, rows, _statements(session).fact))
        raced = [entry for entry in fresh if entry[1].fact.id not in inserted]
        fresh = [entry for entry in fresh if entry[1].fact.id in inserted]
        if raced:  # another request inserted these a moment ago: answer as a re-send
            from server.facts import _prefetch_held

            now_held = _prefetch_held(session, [entry[1].fact.id for entry in raced])
            for i, item, _ in raced:
                results[i] = _compare(item, device, now_held[item.fact.id])
        _materialise(session, device, fresh, now)
        for i, item, _ in fresh:
            results[i] = _result(item.fact, "inserted")
    assert all(r is not None for r in results)
    return results  # type: ignore[return-value]


def _refuse_foreign_sales(session: Session, device: DeviceContext, fresh: list[Any],
                          results: list[Result | None]) -> list[Any]:
    """A void or refund may only touch a sale of the device's own booth (one query)."""
    from server.facts import _result

    sale_ids = {p.sale_id for _, _, p in fresh if isinstance(p, VoidV1 | RefundV1)}
    if not sale_ids:
        return fresh
    owners = dict(session.execute(
        select(SaleRecord.id, SaleRecord.booth_id).where(SaleRecord.id.in_(sale_ids))).all())
    kept = []
    for entry in fresh:
        i, item, parsed = entry
        owner = owners.get(parsed.sale_id) if isinstance(parsed, VoidV1 | RefundV1) else None
        if owner is not None and owner != device.booth_id:
            results[i] = _result(item.fact, "forbidden", "the sale belongs to another booth")
        else:
            kept.append(entry)
    return kept


def _materialise(session: Session, device: DeviceContext, fresh: list[Any], now: datetime
                 ) -> None:
    from server.facts import _local_date, _offset_minutes, _statements

    fair_ids = {getattr(p, "fair_id", None) for _, _, p in fresh} - {None}
    known = set(session.scalars(select(Fair.id).where(Fair.id.in_(fair_ids)))) if fair_ids \
        else set()
    rows: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    booth = device.booth_id
    for _, item, p in fresh:
        fact = item.fact
        fid = fact.id
        fair = p.fair_id if getattr(p, "fair_id", None) in known else None
        if isinstance(p, SaleV1):
            sid = p.id
            rows["sale"].append(dict(
                id=sid, fact_id=fid, booth_id=booth, device_id=device.device_id, fair_id=fair,
                number=p.number, shift_id=p.shift_id,
                staff_id=p.staff_id, created_utc=p.created_utc, utc_offset_min=p.utc_offset_min,
                local_date=_local_date(p.created_utc, p.utc_offset_min), subtotal=p.subtotal,
                discount_total=p.discount_total, total=p.total, vat_total=p.vat_total,
                received_at=now))
            rows[SaleLineRecord].extend(
                {"id": ln.id, "sale_id": sid, "line_no": ln.line_no, "sku": ln.sku,
                 "barcode": ln.barcode, "name": ln.name, "unit": ln.unit,
                 "list_price": ln.list_price, "unit_price": ln.unit_price,
                 "quantity": ln.quantity, "discount": ln.discount, "total": ln.total,
                 "vat_rate": ln.vat_rate, "vat_amount": ln.vat_amount,
                 "producer_code": ln.__dict__.get("producer_code")} for ln in p.lines)
            rows[PaymentRecord].extend(
                {"id": pay.id, "sale_id": sid, "method": pay.method, "amount": pay.amount,
                 "reference": pay.reference} for pay in p.payments)
        elif isinstance(p, VoidV1):
            rows[VoidRecord].append(dict(
                fact_id=fid, sale_id=p.sale_id, booth_id=booth, number=p.number,
                voided_utc=p.voided_utc, approved_by=p.approved_by, reason=p.reason))
        elif isinstance(p, RefundV1):
            offset = _offset_minutes(fact.created_at)
            rows[RefundRecord].append(dict(
                id=p.id, fact_id=fid, sale_id=p.sale_id, booth_id=booth,
                shift_id=p.shift_id, number=p.number,
                created_utc=p.created_utc, local_date=_local_date(p.created_utc, offset),
                method=p.method, total=p.total, approved_by=p.approved_by, reason=p.reason))
            rows[RefundLineRecord].extend(
                {"id": ln.id, "refund_id": p.id, "sale_line_id": ln.sale_line_id,
                 "quantity": ln.quantity, "amount": ln.amount} for ln in p.lines)
        elif isinstance(p, ShiftCloseV1):
            rows[ShiftClosingRecord].append(dict(
                fact_id=fid, shift_id=p.id, booth_id=booth, fair_id=fair, number=p.number,
                opened_utc=p.opened_utc, closed_utc=p.closed_utc, opening_float=p.opening_float,
                sales_count=p.sales_count, sales_total=p.sales_total,
                refunds_total=p.refunds_total))
            rows[ShiftClosingCount].extend(
                {"fact_id": fid, "method": c.method, "expected": c.expected,
                 "counted": c.counted} for c in p.counts)
        elif isinstance(p, VisitorCountV1):
            hour = p.hour_utc.replace(minute=0, second=0, microsecond=0)
            rows["visitor"].append(dict(
                installation_id=device.installation_id, booth_id=booth, fair_id=fair,
                fair_key=fair or 0, hour_utc=hour,
                local_date=_local_date(hour, _offset_minutes(fact.created_at)),
                count=p.count, seq=fact.seq, fact_id=fid))
        elif isinstance(p, StockMoveV1):
            rows[StockMoveRecord].append(dict(
                id=p.id, fact_id=fid, booth_id=booth, sku=p.sku, quantity=p.quantity,
                kind=p.kind, ref_id=p.ref_id, producer_code=p.producer_code,
                unit_cost=p.unit_cost, reason=p.reason, created_utc=p.created_utc))
    statements = _statements(session)
    if rows["sale"]:
        inserted = _insert(session, SaleRecord.__table__, rows["sale"], statements.sale)
        if len(inserted) != len(rows["sale"]):
            raise NeedsSavepoints("a sale id is already held under another fact")
    for model in (SaleLineRecord, PaymentRecord, VoidRecord, RefundRecord, RefundLineRecord,
                  ShiftClosingRecord, ShiftClosingCount, StockMoveRecord):
        if not rows[model]:
            continue
        if session.get_bind().dialect.name == "postgresql":
            pg_insert(session, model.__table__, rows[model])
        elif session.get_bind().dialect.name == "sqlite":
            sqlite_insert(session, model.__table__, rows[model])
        else:
            session.execute(insert(model.__table__), rows[model])
    for visit in sorted(rows["visitor"], key=lambda r: r["seq"]):
        session.execute(statements.visitor, visit)


def _insert(session: Session, table: Any, rows: list[dict[str, Any]], statement: Any
            ) -> list[str]:
    """INSERT ... ON CONFLICT (id) DO NOTHING RETURNING id for many rows: the ids inserted."""
    name = session.get_bind().dialect.name
    if name == "postgresql":
        return pg_insert(session, table, rows, conflict=("id",), returning="id")
    if name == "sqlite":
        # No RETURNING with executemany: count instead. All inserted is the common case; any
        # row skipped (another request inserted that id a moment ago) sends the batch to the
        # per-fact path, which answers a lost race exactly as a re-send.
        if sqlite_insert(session, table, rows, conflict=("id",)) != len(rows):
            raise NeedsSavepoints("an id was inserted by another request meanwhile")
        return [row["id"] for row in rows]
    return list(session.scalars(statement, rows).all())


def max_seq(session: Session, installation_id: str) -> int:
    return session.scalar(
        select(func.max(Fact.seq)).where(Fact.installation_id == installation_id)) or 0
