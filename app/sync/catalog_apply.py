"""Reference data down from the hub: apply one ``ChangesPage`` and its cursor together.

Every change is the entity's whole state, so applying a page twice is harmless, and the page
and the cursor are written in ONE transaction: a laptop switched off mid-download resumes at
the last page it stored, never past a page it did not apply. Local rows are matched by hub id
first, then by their natural key (producer code, product sku, booth code), so a catalog loaded
from a file before enrollment is linked rather than duplicated. Product search keeps working
because search_text is rebuilt here exactly as the catalog service builds it (FTS triggers do
the rest). Only this laptop's own booth becomes a local location; other booths are not ours.

The hub is trusted for what the catalog says, not for how it is written: every product and
producer goes through the booth's catalog rulebook (app.services.catalog_import_rows, the rules
the hub's own import uses), cleaned as a file import would clean it. One that breaks a rule (a
barcode with a wrong check digit, a rating with no certification date, a hub older than the
rulebook) is not applied: it is logged, listed in ``AppliedPage.refused`` (the cycle report
shows it) and the rest of the page applies. A local row it would have changed stays as it was;
at the end of a snapshot a hub product the hub listed only in a refused form is retired like
one it did not list, so it is kept out of the catalog until the hub corrects it.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Fair, Location, Producer, Product
from app.services.catalog import search_text_for
from app.services.catalog_import_rows import producer_values, product_values
from app.services.catalog_rules import Collector, text_value
from app.services.errors import QT_TRANSLATE_NOOP
from app.services.settings import set_values
from app.services.sync_state import state_row
from app.sync.protocol import (
    BoothData,
    ChangesPage,
    FairData,
    ProducerData,
    ProductData,
)

log = logging.getLogger("ocop_booth.sync")

PRODUCT_FIELDS = ("sku", "barcode", "name", "category", "unit", "price", "vat_rate", "stars",
                  "star_certified_on", "star_expires_on", "traceability_url", "sold_by_weight",
                  "active")


@dataclass(frozen=True)
class RefusedChange:
    """A product or producer the hub sent that breaks the catalog rulebook: not applied."""

    entity: str  # "product" or "producer"
    hub_id: int
    key: str  # the sku or producer code as the hub sent it
    reasons: tuple[str, ...]  # one "Mã vạch: ..." line per wrong field

    @property
    def text(self) -> str:
        return f"{self.entity} {self.key} (hub #{self.hub_id}): {'; '.join(self.reasons)}"


@dataclass
class AppliedPage:
    """Changes applied per entity (plus "retired" at the end of a snapshot), and the refused."""

    counts: Counter[str] = field(default_factory=Counter)
    refused: list[RefusedChange] = field(default_factory=list)


def apply_page(db: Database, page: ChangesPage, now: datetime) -> AppliedPage:
    """Apply the page and store its cursor in one transaction; what broke a rule is skipped."""
    applied = AppliedPage()
    counts = applied.counts
    by_entity: dict[str, list[Any]] = {}
    for change in page.changes:
        by_entity.setdefault(change.entity, []).append(change.data)
    # Checked before the write lock is taken: the rules need no database.
    by_entity["producer"] = _checked_producers(by_entity.get("producer", []), applied)
    by_entity["product"] = _checked_products(by_entity.get("product", []), applied)
    with db.write() as session:
        state = state_row(session)
        if page.snapshot and state.snapshot_started_utc is None:
            state.snapshot_started_utc = now
        for fair in by_entity.get("fair", []):
            _fair(session, fair)
        for booth in by_entity.get("booth", []):
            if booth.id == state.booth_hub_id:
                _own_booth(session, booth)
        if by_entity["producer"]:
            _producers(session, by_entity["producer"])
        if by_entity["product"]:
            _products(session, by_entity["product"], now)
        for entity, items in by_entity.items():
            if items:
                counts[entity] += len(items)
        state.cursor = page.cursor
        if not page.has_more:
            state.catalog_synced_utc = now
            if page.snapshot and state.snapshot_started_utc is not None:
                counts["retired"] += _retire_missing(session, state.snapshot_started_utc)
                state.snapshot_started_utc = None
    for refused in applied.refused:
        log.warning("catalog from the hub, not applied: %s", refused.text)
    return applied


def _checked_producers(items: list[ProducerData], applied: AppliedPage) -> list[ProducerData]:
    """The producers that keep the rulebook, cleaned by it; the others go to ``refused``."""
    good = []
    for data in items:
        c = Collector()
        c.run("code", text_value, data.code, 32, True)  # checked, kept as sent: products name it
        cells = {"producer": data.name, "producer_kind": data.kind, "district": data.district,
                 "commune": data.commune}
        maker = producer_values(c, cells)
        if maker is None and not c.errors:
            c.add("producer", QT_TRANSLATE_NOOP("errors", "không được để trống"))
        if c.errors or maker is None:
            applied.refused.append(RefusedChange(
                "producer", data.id, data.code, tuple(e.message() for e in c.errors)))
            continue
        name, kind, district, commune = maker
        good.append(data.model_copy(update={"name": name, "kind": kind, "district": district,
                                            "commune": commune}))
    return good


def _checked_products(items: list[ProductData], applied: AppliedPage) -> list[ProductData]:
    """The products that keep the rulebook, cleaned by it; the others go to ``refused``."""
    good = []
    for data in items:
        c = Collector()
        sku, values = product_values(c, data.model_dump())
        if c.errors or sku is None:
            applied.refused.append(RefusedChange(
                "product", data.id, data.sku, tuple(e.message() for e in c.errors)))
            continue
        good.append(data.model_copy(update={"sku": sku, **values}))
    return good


def _retire_missing(session: Session, started: datetime) -> int:
    """A snapshot is the hub's whole catalog: a hub product it did not list is gone.

    Such products stop selling (active = false) but stay, because past sales name them.
    Products that never came from the hub (hub_id NULL) are the booth's own and are kept.
    """
    result = session.execute(
        update(Product)
        .where(Product.hub_id.is_not(None), Product.active.is_(True),
               Product.updated_at < started)
        .values(active=False)
    )
    return int(result.rowcount or 0)


def _fair(session: Session, data: FairData) -> Fair:
    fair = session.scalars(select(Fair).where(Fair.hub_id == data.id)).first()
    if fair is None:
        fair = Fair(hub_id=data.id)
        session.add(fair)
    fair.name, fair.place = data.name, data.place
    fair.starts_on, fair.ends_on = data.starts_on, data.ends_on
    session.flush()
    return fair


def link_own_booth(session: Session, booth: BoothData, location_id: int | None) -> None:
    """At enrollment: this laptop's configured location becomes the hub's booth."""
    if session.scalar(select(Location.id).where(Location.hub_id == booth.id)) is not None:
        return
    location = session.get(Location, location_id) if location_id else None
    if location is None:
        location = session.scalars(select(Location).where(Location.code == booth.code)).first()
    if location is not None and location.hub_id is None:
        location.hub_id = booth.id
        session.flush()


def link_fair(session: Session, hub_fair_id: int | None, local_fair_id: int | None) -> None:
    """At enrollment: the fair this laptop sells at is the booth's fair on the hub, so facts
    queued before enrollment are reported under the right fair."""
    if hub_fair_id is None or local_fair_id is None:
        return
    if session.scalar(select(Fair.id).where(Fair.hub_id == hub_fair_id)) is not None:
        return
    fair = session.get(Fair, local_fair_id)
    if fair is not None and fair.hub_id is None:
        fair.hub_id = hub_fair_id
        session.flush()


def _own_booth(session: Session, data: BoothData) -> None:
    """The hub decides which fair this booth is at: the settings follow it."""
    location = session.scalars(select(Location).where(Location.hub_id == data.id)).first()
    if location is None:
        location = session.scalars(select(Location).where(Location.code == data.code)).first()
        if location is None:
            location = Location(code=data.code, kind="booth")
            session.add(location)
        location.hub_id = data.id
    location.name = data.name
    location.kind = data.kind if data.kind in ("booth", "sale_point") else "booth"
    location.active = data.active
    session.flush()
    fair_id = None
    if data.fair_id is not None:
        fair_id = session.scalar(select(Fair.id).where(Fair.hub_id == data.fair_id))
    set_values(session, location_id=location.id, fair_id=fair_id)


def _producers(session: Session, items: list[ProducerData]) -> None:
    by_hub = {p.hub_id: p for p in session.scalars(
        select(Producer).where(Producer.hub_id.in_([d.id for d in items])))}
    by_code = {p.code: p for p in session.scalars(
        select(Producer).where(Producer.code.in_([d.code for d in items])))}
    for data in items:
        producer = by_hub.get(data.id) or by_code.get(data.code)
        if producer is None:
            producer = Producer(code=data.code)
            session.add(producer)
        producer.hub_id = data.id
        producer.code, producer.name = data.code, data.name
        producer.kind = data.kind
        producer.district, producer.commune = data.district, data.commune
        producer.active = data.active
        by_code[data.code] = producer
    session.flush()


def _products(session: Session, items: list[ProductData], now: datetime) -> None:
    codes = {d.producer_code for d in items if d.producer_code}
    producers = {p.code: p for p in session.scalars(select(Producer).where(Producer.code.in_(codes)))}
    by_hub = {p.hub_id: p for p in session.scalars(
        select(Product).where(Product.hub_id.in_([d.id for d in items])))}
    by_sku = {p.sku: p for p in session.scalars(
        select(Product).where(Product.sku.in_([d.sku for d in items])))}
    barcodes = [d.barcode for d in items if d.barcode]
    holders = dict(session.execute(
        select(Product.barcode, Product.id).where(Product.barcode.in_(barcodes))).all())
    for data in items:
        product = by_hub.get(data.id) or by_sku.get(data.sku)
        holder = holders.get(data.barcode) if data.barcode else None
        if holder is not None and (product is None or holder != product.id):
            # The hub's catalog wins: the barcode now names this product, not the local one.
            session.execute(update(Product).where(Product.id == holder).values(barcode=None))
            holders.pop(data.barcode, None)
        if product is None:
            product = Product(sku=data.sku, price=data.price)
            session.add(product)
        product.hub_id = data.id
        for name in PRODUCT_FIELDS:
            setattr(product, name, getattr(data, name))
        producer = producers.get(data.producer_code) if data.producer_code else None
        product.producer_id = producer.id if producer is not None else None
        product.search_text = search_text_for(product, producer)
        product.updated_at = now
        by_sku[data.sku] = product
        session.flush()
