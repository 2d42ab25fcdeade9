"""Catalog import (preview, then commit) and export, CSV or XLSX with the fixed COLUMNS.

Preview reads the whole file, checks every row with the same rules as the product dialog
(app.services.catalog_rules) and against the database, and writes nothing: the user sees every
bad row (row number, column, reason) and how many products would be added or changed. Commit
then writes, in ONE transaction, either the valid rows only or, with all_or_nothing, nothing at
all when any row is bad. Products are matched by SKU (upsert), producers by name + district;
a row identical to what is stored is left alone, so importing the same file twice changes
nothing (not even updated_at).

Errors and warnings are kept apart: an error leaves its row out, a warning does not. A producer
written differently on two rows of a hand-kept sheet (another commune, another kind) is a
warning, because the product itself is good: the first row's value is kept
(app.services.catalog_import_producers) and the preview lists every disagreement.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Counter, Producer, Product
from app.models.base import utcnow
from app.services.catalog import search_text_for
from app.services.catalog_files import read_table, write_table
from app.services.catalog_import_producers import Key, PlannedProducer, ProducerBook
from app.services.catalog_import_rows import (
    PRODUCT_FIELDS,
    CodeRegister,
    ParsedRow,
    RowError,
    RowIssue,
    RowWarning,
    issue_order,
    parse_row,
)
from app.services.catalog_rules import weighed
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError

Progress = Callable[[int, int], None]
__all__ = [  # the row types live in catalog_import_rows; callers know them from here
    "ImportPreview", "ImportResult", "ParsedRow", "RowError", "RowIssue", "RowWarning",
    "commit_import", "export_catalog", "import_file", "preview_import",
]


@dataclass(frozen=True)
class ImportPreview:
    file: str
    rows_read: int
    parsed: tuple[ParsedRow, ...]  # rows that passed every check
    errors: tuple[RowError, ...]
    new_products: int
    changed_products: int
    unchanged_products: int
    new_producers: int
    # Good rows imported with a value not taken as written (a producer's commune that
    # differs from an earlier row's, ...): shown beside the errors, never a reason to refuse.
    warnings: tuple[RowWarning, ...] = ()

    @property
    def bad_rows(self) -> tuple[int, ...]:
        return tuple(sorted({e.row for e in self.errors}))

    @property
    def warned_rows(self) -> tuple[int, ...]:
        return tuple(sorted({w.row for w in self.warnings}))


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    producers_created: int
    producers_updated: int
    skipped_rows: tuple[int, ...]


@dataclass
class _Plan:
    """What the rows would do to the database, worked out against one snapshot of it."""

    producers: ProducerBook
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)
    rows: list[ParsedRow] = field(default_factory=list)
    keys: dict[int, Key] = field(default_factory=dict)  # row number -> its producer's key
    inserts: list[ParsedRow] = field(default_factory=list)
    updates: list[tuple[int, ParsedRow]] = field(default_factory=list)
    unchanged: int = 0


def _plan(session: Session, parsed: list[ParsedRow], errors: list[RowError]) -> _Plan:
    plan = _Plan(ProducerBook.load(session), errors=list(errors))
    stored = {
        r.sku: r for r in session.execute(
            select(Product.id, Product.sku, Product.producer_id,
                   *(getattr(Product, f) for f in PRODUCT_FIELDS))
        )
    }
    codes = CodeRegister({r.barcode: r.sku for r in stored.values() if r.barcode})
    for row in parsed:
        problems = codes.claim(row)
        if problems:
            plan.errors += problems
            continue
        key, warnings = plan.producers.claim(row)  # a producer field that differs only warns
        plan.warnings += warnings
        maker = None
        if key is not None:
            plan.keys[row.row] = key
            maker = plan.producers.planned[key]
        plan.rows.append(row)
        have = stored.get(row.sku)
        if have is None:
            plan.inserts.append(row)
            continue
        same = (maker.id if maker else None) == have.producer_id and not (
            maker and maker.changed) and all(
            getattr(have, f) == row.product[f] for f in PRODUCT_FIELDS)
        if same:
            plan.unchanged += 1
        else:
            plan.updates.append((have.id, row))
    plan.errors.sort(key=issue_order)
    plan.warnings.sort(key=issue_order)
    return plan


def _parse(path: Path, progress: Progress | None) -> tuple[int, list[ParsedRow], list[RowError]]:
    table = read_table(path)
    parsed, errors = [], []
    total = len(table.rows)
    for i, (number, cells) in enumerate(table.rows, start=1):
        row, problems = parse_row(number, cells)
        if row is not None:
            parsed.append(row)
        errors += problems
        if progress and i % 500 == 0:
            progress(i, total)
    if progress:
        progress(total, total)
    return total, parsed, errors


def preview_import(db: Database, path: Path, progress: Progress | None = None) -> ImportPreview:
    """Check a whole file; nothing is written. File-level problems raise ValidationError."""
    path = Path(path)
    total, parsed, errors = _parse(path, progress)
    with db.read() as session:
        plan = _plan(session, parsed, errors)
    return ImportPreview(
        file=path.name, rows_read=total, parsed=tuple(plan.rows), errors=tuple(plan.errors),
        new_products=len(plan.inserts), changed_products=len(plan.updates),
        unchanged_products=plan.unchanged, new_producers=len(plan.producers.new),
        warnings=tuple(plan.warnings),
    )


def commit_import(db: Database, preview: ImportPreview, all_or_nothing: bool = False) -> ImportResult:
    """Write the previewed rows in one transaction, re-checked against the database as it is
    now (it may have changed since the preview). With all_or_nothing, any bad row (then or
    now) means nothing is written and a ValidationError says how many rows were bad."""
    bad = set(preview.bad_rows)
    if all_or_nothing and bad:
        raise _refused(len(bad))
    with db.write() as session:
        plan = _plan(session, list(preview.parsed), [])
        late = {e.row for e in plan.errors}
        if all_or_nothing and late:
            raise _refused(len(late))
        ids = _write_producers(session, plan)
        _write_products(session, plan, ids)
    return ImportResult(
        created=len(plan.inserts), updated=len(plan.updates), unchanged=plan.unchanged,
        producers_created=len(plan.producers.new),
        producers_updated=len(plan.producers.changed),
        skipped_rows=tuple(sorted(bad | late)),
    )


def _refused(count: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "Có {count} dòng lỗi: không nhập dòng nào (nhập tất cả hoặc "
                                    "không nhập gì)"),
        count=count,
    )


def _write_producers(session: Session, plan: _Plan) -> dict[Key, int]:
    planned = plan.producers.planned
    ids = {key: p.id for key, p in planned.items() if p.id is not None}
    new = plan.producers.new
    if new:
        counter = session.get(Counter, "producer_code") or Counter(name="producer_code", value=0)
        session.add(counter)
        taken = set(session.scalars(select(Producer.code)))
        rows = []
        for key in new:
            counter.value += 1
            while f"SX{counter.value:05d}" in taken:
                counter.value += 1
            p = planned[key]
            rows.append({"code": f"SX{counter.value:05d}", "name": p.name, "kind": p.kind,
                         "district": p.district, "commune": p.commune, "active": True})
        session.flush()
        made = session.execute(insert(Producer).returning(Producer.id, Producer.code), rows).all()
        by_code = {code: pid for pid, code in made}
        for key, row in zip(new, rows, strict=True):
            ids[key] = by_code[row["code"]]
    for key in plan.producers.changed:
        p = planned[key]
        session.execute(update(Producer).where(Producer.id == p.id).values(
            kind=p.kind, commune=p.commune))
    return ids


def _write_products(session: Session, plan: _Plan, ids: dict[Key, int]) -> None:
    now = utcnow()
    makers: dict[int, PlannedProducer] = {ids[k]: p for k, p in plan.producers.planned.items()}

    def values(row: ParsedRow) -> dict[str, Any]:
        key = plan.keys.get(row.row)
        maker_id = ids[key] if key else None
        out = {"sku": row.sku, "producer_id": maker_id, "updated_at": now, **row.product}
        shape = SimpleNamespace(**out)
        # The producer as stored (first row's commune), not as this row wrote it.
        out["search_text"] = search_text_for(shape, makers.get(maker_id))  # type: ignore[arg-type]
        return out

    if plan.inserts:
        rows = []
        for row in plan.inserts:
            v = values(row)
            v.update(sold_by_weight=weighed(v["unit"]), active=True)
            rows.append(v)
        session.execute(insert(Product), rows)
    if plan.updates:
        session.execute(update(Product), [{"id": pid, **values(row)} for pid, row in plan.updates])
    changed = [ids[k] for k in plan.producers.changed]
    if changed:  # a producer's commune is part of its products' search text
        for product in session.scalars(select(Product).where(Product.producer_id.in_(changed))):
            product.search_text = search_text_for(product, session.get(Producer, product.producer_id))


def import_file(db: Database, path: Path, all_or_nothing: bool = False) -> tuple[ImportPreview, ImportResult]:
    """Preview and commit in one go, for scripts and the command line."""
    preview = preview_import(db, path)
    return preview, commit_import(db, preview, all_or_nothing)


def export_catalog(db: Database, path: Path, include_inactive: bool = False) -> int:
    """Every (active) product with its producer, ordered by SKU; returns the row count.

    What export writes, import reads back to the same products (the round trip is tested)."""
    with db.read() as session:
        query = (
            select(Product, Producer)
            .outerjoin(Producer, Producer.id == Product.producer_id)
            .order_by(Product.sku)
        )
        if not include_inactive:
            query = query.where(Product.active)
        records = [
            (
                p.sku, p.barcode, p.name, m.name if m else None, m.kind if m else None,
                m.district if m else None, m.commune if m else None, p.category, p.unit, p.price,
                p.vat_rate, p.stars, p.star_certified_on, p.star_expires_on, p.traceability_url,
            )
            for p, m in session.execute(query)
        ]
    return write_table(Path(path), records)
