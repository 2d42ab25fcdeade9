"""Reference data out to the booths: the change sequence, paged changes and snapshots.

Every edit of a fair, booth, producer or product calls ``record_change`` in the SAME
transaction, so a booth that stored cursor N has seen exactly the edits up to N. History older
than the retention is pruned; a cursor from before the pruned point (or from a future the hub
does not have, e.g. after a restore) gets a snapshot instead.

Cursors are opaque to the client: ``c.<seq>`` after change seq, or
``s.<upto>.<entity index>.<last id>`` in the middle of a snapshot taken at change seq ``upto``.
Snapshot pages read the current rows, so an edit made while a snapshot is paged may appear
twice (in the snapshot and again after ``upto``); every change is a whole-state upsert, so that
is harmless.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from app.sync.protocol import (
    ENTITY_ORDER,
    BoothData,
    Change,
    ChangesPage,
    FairData,
    ProducerData,
    ProductData,
)
from server.models import Booth, Fair, HubMeta, Producer, Product
from server.models import Change as ChangeRow
from server.models.base import utcnow

PRUNED_KEY = "changes_pruned_through"
_change_adapter: TypeAdapter[Any] = TypeAdapter(Change)


def fair_data(row: Fair) -> FairData:
    return FairData(id=row.id, code=row.code, name=row.name, place=row.place,
                    district=row.district, starts_on=row.starts_on, ends_on=row.ends_on)


def booth_data(row: Booth) -> BoothData:
    return BoothData(id=row.id, code=row.code, name=row.name, kind=row.kind,
                     district=row.district, fair_id=row.fair_id, active=row.active)


def producer_data(row: Producer) -> ProducerData:
    return ProducerData(id=row.id, code=row.code, name=row.name, kind=row.kind,
                        district=row.district, commune=row.commune, active=row.active)


def product_data(row: Product, producer_code: str | None) -> ProductData:
    return ProductData(
        id=row.id, sku=row.sku, barcode=row.barcode, name=row.name, producer_code=producer_code,
        category=row.category, unit=row.unit, price=row.price, vat_rate=row.vat_rate,
        stars=row.stars, star_certified_on=row.star_certified_on,
        star_expires_on=row.star_expires_on, traceability_url=row.traceability_url,
        sold_by_weight=row.sold_by_weight, active=row.active,
    )


def data_for(session: Session, row: Any) -> tuple[str, Any]:
    if isinstance(row, Fair):
        return "fair", fair_data(row)
    if isinstance(row, Booth):
        return "booth", booth_data(row)
    if isinstance(row, Producer):
        return "producer", producer_data(row)
    if isinstance(row, Product):
        code = session.scalar(select(Producer.code).where(Producer.id == row.producer_id))
        return "product", product_data(row, code)
    raise TypeError(f"not reference data: {row!r}")


CHANGE_LOCK = 0x0C0B  # PostgreSQL advisory lock id for writers of the change sequence


def record_change(session: Session, row: Any) -> None:
    """Append the row's new state to the change sequence (call in the edit's transaction).

    On PostgreSQL a sequence value is taken at insert but becomes visible at commit, so two
    concurrent editors could commit seq 11 before seq 10 and a booth reading in between would
    step over 10 for ever. A transaction-scoped advisory lock makes change writers take turns,
    so seq order is commit order. (SQLite writers take turns anyway: BEGIN IMMEDIATE.)
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHANGE_LOCK})
    session.flush()
    entity, data = data_for(session, row)
    session.add(
        ChangeRow(entity=entity, entity_id=row.id, data=data.model_dump_json(), changed_at=utcnow())
    )


def _meta_int(session: Session, key: str) -> int:
    row = session.get(HubMeta, key)
    return int(row.value) if row else 0


def prune_changes(session: Session, older_than: timedelta, now: datetime | None = None) -> int:
    """Drop change history older than the retention; cursors before it will get a snapshot."""
    cutoff = (now or utcnow()) - older_than
    upto = session.scalar(select(func.max(ChangeRow.seq)).where(ChangeRow.changed_at < cutoff))
    if upto is None:
        return 0
    count = session.execute(delete(ChangeRow).where(ChangeRow.seq <= upto)).rowcount
    row = session.get(HubMeta, PRUNED_KEY)
    if row is None:
        session.add(HubMeta(key=PRUNED_KEY, value=str(upto)))
    elif int(row.value) < upto:
        row.value = str(upto)
    return count


class BadCursor(ValueError):
    pass


# The cursors the hub gives, and only those (the OpenAPI document shows it): ``int`` alone took
# "c.+5", "c.5_0" and other digits than ASCII ones, which the document could not describe.
# 18 digits stay below 2**62; empty (like none) is the start.
CURSOR_PATTERN = r"^(c\.[0-9]{1,18}|s\.[0-9]{1,18}\.[0-3]\.[0-9]{1,18})?$"
_CURSOR = re.compile(CURSOR_PATTERN)


def _parse(cursor: str | None) -> tuple[str, list[int]]:
    if not cursor:
        return "start", []
    if not _CURSOR.fullmatch(cursor):
        raise BadCursor(cursor)
    kind, *numbers = cursor.split(".")
    return kind, [int(n) for n in numbers]


def changes_page(session: Session, cursor: str | None, limit: int) -> ChangesPage:
    kind, numbers = _parse(cursor)
    pruned = _meta_int(session, PRUNED_KEY)
    latest = max(session.scalar(select(func.max(ChangeRow.seq))) or 0, pruned)
    if kind == "c":
        after = numbers[0]
        if after < pruned or after > latest:
            kind, numbers = "start", []
        else:
            return _log_page(session, after, limit)
    if kind == "start":
        numbers = [latest, 0, 0]
    return _snapshot_page(session, *numbers, limit=limit)


def _log_page(session: Session, after: int, limit: int) -> ChangesPage:
    rows = session.execute(
        select(ChangeRow.seq, ChangeRow.entity, ChangeRow.data)
        .where(ChangeRow.seq > after)
        .order_by(ChangeRow.seq)
        .limit(limit + 1)
    ).all()
    page = rows[:limit]
    changes = [
        _change_adapter.validate_python({"entity": r.entity, "data": json.loads(r.data)})
        for r in page
    ]
    cursor = f"c.{page[-1].seq}" if page else f"c.{after}"
    return ChangesPage(cursor=cursor, has_more=len(rows) > limit, snapshot=False,
                       changes=changes, hub_time=utcnow())


def _snapshot_page(session: Session, upto: int, entity_index: int, last_id: int,
                   limit: int) -> ChangesPage:
    models = {"fair": Fair, "booth": Booth, "producer": Producer, "product": Product}
    changes: list[Any] = []
    while entity_index < len(ENTITY_ORDER) and len(changes) < limit:
        entity = ENTITY_ORDER[entity_index]
        model = models[entity]
        rows = session.scalars(
            select(model).where(model.id > last_id).order_by(model.id)
            .limit(limit - len(changes))
        ).all()
        codes: dict[int, str] = {}
        if entity == "product":
            ids = {r.producer_id for r in rows if r.producer_id is not None}
            codes = dict(session.execute(
                select(Producer.id, Producer.code).where(Producer.id.in_(ids))).all())
        for row in rows:
            data = product_data(row, codes.get(row.producer_id)) if entity == "product" \
                else data_for(session, row)[1]
            changes.append(_change_adapter.validate_python({"entity": entity, "data": data}))
            last_id = row.id
        if len(changes) < limit:
            entity_index, last_id = entity_index + 1, 0
    if entity_index >= len(ENTITY_ORDER):
        has_more = (session.scalar(select(func.max(ChangeRow.seq))) or 0) > upto
        return ChangesPage(cursor=f"c.{upto}", has_more=has_more, snapshot=True,
                           changes=changes, hub_time=utcnow())
    return ChangesPage(cursor=f"s.{upto}.{entity_index}.{last_id}", has_more=True,
                       snapshot=True, changes=changes, hub_time=utcnow())
