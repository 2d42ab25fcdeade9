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

import hashlib
import json
from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.sync.protocol import (
    FactIn,
    FactResult,
    RefundV1,
    SaleV1,
    ShiftCloseV1,
    StockMoveV1,
    VisitorCountV1,
    VoidV1,
    canonical_json,
)
from server.auth import DeviceContext
from server.bulk import pg_insert, sqlite_insert
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

# protocol.canonical_json without building a JSONEncoder per call (same settings, same text).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode


class NeedsSavepoints(Exception):
    """A fact of this batch must be refused by the database: redo it fact by fact."""


def apply_bulk(session: Session, device: DeviceContext, facts: list[FactIn], now: datetime,
               held: dict[str, Any]) -> list[FactResult]:
    from server.facts import Held, _compare, _offset_minutes, _result, _statements, _validate

    results: list[FactResult | None] = [None] * len(facts)
    canon = [_CANONICAL(f.payload) for f in facts]
    hashes = [_content_hash(f, c) for f, c in zip(facts, canon, strict=True)]
    fresh: list[tuple[int, FactIn, Any, str]] = []  # index, fact, parsed payload, hash
    canonical_of = {str(f.id): c for f, c in zip(facts, canon, strict=True)}
    seen: dict[str, str] = {}
    for i, fact in enumerate(facts):
        fid = str(fact.id)
        if fid in held:
            results[i] = _compare(fact, device, held[fid], hashes[i])
        elif fid in seen:  # the same id twice in one batch: the first one decides
            results[i] = _compare(fact, device, Held(device.booth_id, seen[fid], now), hashes[i])
        else:
            parsed, errors = _validate(fact)
            if parsed is None:
                results[i] = _result(fact, "invalid", "the fact does not match its schema", errors)
            else:
                seen[fid] = hashes[i]
                fresh.append((i, fact, parsed, hashes[i]))
    fresh = _refuse_foreign_sales(session, device, fresh, results)
    if fresh:
        rows = [dict(
            id=str(f.id), device_id=device.device_id, installation_id=device.installation_id,
            booth_id=device.booth_id, seq=f.seq, kind=f.kind, payload_version=f.payload_version,
            payload=canonical_of[str(f.id)], content_hash=h, created_at=f.created_at,
            utc_offset_min=_offset_minutes(f.created_at), received_at=now,
        ) for _, f, _, h in fresh]
        inserted = set(_insert(session, Fact.__table__, rows, _statements(session).fact))
        raced = [item for item in fresh if str(item[1].id) not in inserted]
        fresh = [item for item in fresh if str(item[1].id) in inserted]
        if raced:  # another request inserted these a moment ago: answer as a re-send
            from server.facts import _prefetch_held

            now_held = _prefetch_held(session, [str(item[1].id) for item in raced])
            for i, fact, _, h in raced:
                results[i] = _compare(fact, device, now_held[str(fact.id)], h)
        _materialise(session, device, fresh, now)
        for i, fact, _, _ in fresh:
            results[i] = _result(fact, "inserted")
    assert all(r is not None for r in results)
    return results  # type: ignore[return-value]


def _content_hash(fact: FactIn, canonical_payload: str) -> str:
    """``fact_content_hash`` without serialising the payload a second time: sorted keys put
    kind, payload, payload_version in that order, so the canonical text is a concatenation."""
    body = (f'{{"kind":{canonical_json(fact.kind)},"payload":{canonical_payload},'
            f'"payload_version":{fact.payload_version}}}')
    return hashlib.sha256(body.encode("ascii")).hexdigest()


def _refuse_foreign_sales(session: Session, device: DeviceContext, fresh: list[Any],
                          results: list[FactResult | None]) -> list[Any]:
    """A void or refund may only touch a sale of the device's own booth (one query)."""
    from server.facts import _result

    sale_ids = {str(p.sale_id) for _, _, p, _ in fresh if isinstance(p, VoidV1 | RefundV1)}
    if not sale_ids:
        return fresh
    owners = dict(session.execute(
        select(SaleRecord.id, SaleRecord.booth_id).where(SaleRecord.id.in_(sale_ids))).all())
    kept = []
    for item in fresh:
        i, fact, parsed, _ = item
        owner = owners.get(str(parsed.sale_id)) if isinstance(parsed, VoidV1 | RefundV1) else None
        if owner is not None and owner != device.booth_id:
            results[i] = _result(fact, "forbidden", "the sale belongs to another booth")
        else:
            kept.append(item)
    return kept


def _materialise(session: Session, device: DeviceContext, fresh: list[Any], now: datetime
                 ) -> None:
    from server.facts import _local_date, _offset_minutes, _statements

    fair_ids = {getattr(p, "fair_id", None) for _, _, p, _ in fresh} - {None}
    known = set(session.scalars(select(Fair.id).where(Fair.id.in_(fair_ids)))) if fair_ids \
        else set()
    rows: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    booth = device.booth_id
    for _, fact, p, _ in fresh:
        fid = str(fact.id)
        fair = p.fair_id if getattr(p, "fair_id", None) in known else None
        if isinstance(p, SaleV1):
            sid = str(p.id)
            rows["sale"].append(dict(
                id=sid, fact_id=fid, booth_id=booth, device_id=device.device_id, fair_id=fair,
                number=p.number, shift_id=str(p.shift_id) if p.shift_id else None,
                staff_id=p.staff_id, created_utc=p.created_utc, utc_offset_min=p.utc_offset_min,
                local_date=_local_date(p.created_utc, p.utc_offset_min), subtotal=p.subtotal,
                discount_total=p.discount_total, total=p.total, vat_total=p.vat_total,
                received_at=now))
            rows[SaleLineRecord].extend(
                {"id": str(ln.id), "sale_id": sid, "line_no": ln.line_no, "sku": ln.sku,
                 "barcode": ln.barcode, "name": ln.name, "unit": ln.unit,
                 "list_price": ln.list_price, "unit_price": ln.unit_price,
                 "quantity": ln.quantity, "discount": ln.discount, "total": ln.total,
                 "vat_rate": ln.vat_rate, "vat_amount": ln.vat_amount,
                 "producer_code": ln.__dict__.get("producer_code")} for ln in p.lines)
            rows[PaymentRecord].extend(
                {"id": str(pay.id), "sale_id": sid, "method": pay.method, "amount": pay.amount,
                 "reference": pay.reference} for pay in p.payments)
        elif isinstance(p, VoidV1):
            rows[VoidRecord].append(dict(
                fact_id=fid, sale_id=str(p.sale_id), booth_id=booth, number=p.number,
                voided_utc=p.voided_utc, approved_by=p.approved_by, reason=p.reason))
        elif isinstance(p, RefundV1):
            offset = _offset_minutes(fact.created_at)
            rows[RefundRecord].append(dict(
                id=str(p.id), fact_id=fid, sale_id=str(p.sale_id), booth_id=booth,
                shift_id=str(p.shift_id) if p.shift_id else None, number=p.number,
                created_utc=p.created_utc, local_date=_local_date(p.created_utc, offset),
                method=p.method, total=p.total, approved_by=p.approved_by, reason=p.reason))
            rows[RefundLineRecord].extend(
                {"id": str(ln.id), "refund_id": str(p.id), "sale_line_id": str(ln.sale_line_id),
                 "quantity": ln.quantity, "amount": ln.amount} for ln in p.lines)
        elif isinstance(p, ShiftCloseV1):
            rows[ShiftClosingRecord].append(dict(
                fact_id=fid, shift_id=str(p.id), booth_id=booth, fair_id=fair, number=p.number,
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
                id=str(p.id), fact_id=fid, booth_id=booth, sku=p.sku, quantity=p.quantity,
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
