"""Catalog import (preview, then commit) and export, CSV or XLSX with the fixed COLUMNS.

Preview reads the whole file, checks every row with the same rules as the product dialog
(app.services.catalog_rules) and against the database, and writes nothing: the user sees every
bad row (row number, column, reason) and how many products would be added or changed. Commit
then writes, in ONE transaction, either the valid rows only or, with all_or_nothing, nothing at
all when any row is bad. Products are matched by SKU (upsert), producers by name + district;
a row identical to what is stored is left alone, so importing the same file twice changes
nothing (not even updated_at).
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
from app.services.catalog_rules import (
    FIELD_LABELS,
    Collector,
    barcode_value,
    kind_value,
    price_value,
    sku_value,
    star_rating,
    text_value,
    url_value,
    vat_value,
    weighed,
)
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.textfold import fold

PRODUCT_FIELDS = (
    "barcode", "name", "category", "unit", "price", "vat_rate", "stars", "star_certified_on",
    "star_expires_on", "traceability_url",
)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RowError:
    row: int  # as a spreadsheet shows it: header = 1
    column: str  # a column name from COLUMNS
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """'Dòng 12, cột price: “abc” không phải số tiền hợp lệ' for the CLI and the table."""
        return ROW_ERROR.format(row=self.row, column=self.column,
                                reason=self.template.format(**self.params))


ROW_ERROR = QT_TRANSLATE_NOOP("errors", "Dòng {row}, cột {column}: {reason}")


@dataclass(frozen=True)
class ParsedRow:
    row: int
    sku: str
    product: dict[str, Any]  # PRODUCT_FIELDS, cleaned
    producer: tuple[str, str, str, str] | None  # name, kind, district, commune


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

    @property
    def bad_rows(self) -> tuple[int, ...]:
        return tuple(sorted({e.row for e in self.errors}))


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    producers_created: int
    producers_updated: int
    skipped_rows: tuple[int, ...]


def _parse_row(number: int, cells: dict[str, Any]) -> tuple[ParsedRow | None, list[RowError]]:
    c = Collector()
    sku = c.run("sku", sku_value, cells["sku"])
    rating = star_rating(c, cells["stars"], cells["star_certified_on"], cells["star_expires_on"])
    product = {
        "barcode": c.run("barcode", barcode_value, _code_cell(cells["barcode"])),
        "name": c.run("name", text_value, cells["name"], 300, True),
        "category": c.run("category", text_value, cells["category"], 100),
        "unit": c.run("unit", text_value, cells["unit"], 32),
        "price": c.run("price", price_value, cells["price"]),
        "vat_rate": c.run("vat_rate", vat_value, cells["vat_rate"]),
        "stars": rating.stars,
        "star_certified_on": rating.certified_on,
        "star_expires_on": rating.expires_on,
        "traceability_url": c.run("traceability_url", url_value, cells["traceability_url"]),
    }
    maker = c.run("producer", text_value, cells["producer"], 200)
    district = c.run("district", text_value, cells["district"], 100)
    commune = c.run("commune", text_value, cells["commune"], 100)
    producer = None
    if maker:
        kind = c.run("producer_kind", kind_value, cells["producer_kind"])
        producer = (maker, kind, district or "", commune or "")
    elif any(not _blank(cells[k]) for k in ("producer_kind", "district", "commune")):
        c.add("producer", QT_TRANSLATE_NOOP("errors", "có địa chỉ/loại chủ thể nhưng thiếu tên"))
    errors = [RowError(number, e.field, e.template, e.params) for e in c.errors]
    if errors:
        return None, errors
    return ParsedRow(number, sku, product, producer), []


def _blank(value: Any) -> bool:
    return value is None or not str(value).strip()


def _code_cell(value: Any) -> Any:
    """A barcode typed into Excel becomes a number (8.93e12): give its digits back."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value


@dataclass
class _Plan:
    """What the rows would do to the database, worked out against one snapshot of it."""

    errors: list[RowError] = field(default_factory=list)
    rows: list[ParsedRow] = field(default_factory=list)
    producers: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    new_producers: list[tuple[str, str]] = field(default_factory=list)
    changed_producers: list[tuple[str, str]] = field(default_factory=list)
    inserts: list[ParsedRow] = field(default_factory=list)
    updates: list[tuple[int, ParsedRow]] = field(default_factory=list)
    unchanged: int = 0


def _plan(session: Session, parsed: list[ParsedRow], errors: list[RowError]) -> _Plan:
    plan = _Plan(errors=list(errors))
    known = {}
    for p in session.scalars(select(Producer)):
        known[(fold(p.name), fold(p.district))] = {
            "id": p.id, "name": p.name, "kind": p.kind, "district": p.district,
            "commune": p.commune, "row": None,
        }
    stored = {
        r.sku: r for r in session.execute(
            select(Product.id, Product.sku, Product.producer_id,
                   *(getattr(Product, f) for f in PRODUCT_FIELDS))
        )
    }
    barcode_owner = {r.barcode: r.sku for r in stored.values() if r.barcode}
    seen_sku: dict[str, int] = {}
    seen_barcode: dict[str, int] = {}
    for row in parsed:
        problems = []
        if row.sku in seen_sku:
            problems.append(("sku", QT_TRANSLATE_NOOP("errors", "mã {sku} trùng với dòng {first}"),
                             {"sku": row.sku, "first": seen_sku[row.sku]}))
        code = row.product["barcode"]
        if code and code in seen_barcode:
            problems.append(("barcode", QT_TRANSLATE_NOOP(
                "errors", "mã vạch {code} trùng với dòng {first}"),
                {"code": code, "first": seen_barcode[code]}))
        elif code and barcode_owner.get(code, row.sku) != row.sku:
            problems.append(("barcode", QT_TRANSLATE_NOOP(
                "errors", "mã vạch {code} đã thuộc sản phẩm {sku}"),
                {"code": code, "sku": barcode_owner[code]}))
        key = None
        if row.producer is not None:
            name, kind, district, commune = row.producer
            key = (fold(name), fold(district))
            first = plan.producers.get(key) or known.get(key)
            if first is not None and first["row"] is not None:
                for column, value in (("producer_kind", kind), ("commune", commune)):
                    held = first["kind" if column == "producer_kind" else "commune"]
                    if value != held:
                        problems.append((column, QT_TRANSLATE_NOOP(
                            "errors", "“{value}” khác với dòng {first} (“{held}”) của cùng chủ thể"),
                            {"value": value, "first": first["row"], "held": held}))
        if problems:
            plan.errors += [RowError(row.row, col, t, p) for col, t, p in problems]
            continue
        seen_sku[row.sku] = row.row
        if code:
            seen_barcode[code] = row.row
        if key is not None and key not in plan.producers:
            name, kind, district, commune = row.producer  # type: ignore[misc]
            old = known.get(key)
            plan.producers[key] = {"id": old["id"] if old else None, "name": old["name"] if old
                                   else name, "kind": kind, "district": old["district"] if old
                                   else district, "commune": commune, "row": row.row}
            if old is None:
                plan.new_producers.append(key)
            elif (old["kind"], old["commune"]) != (kind, commune):
                plan.changed_producers.append(key)
        plan.rows.append(row)
        have = stored.get(row.sku)
        if have is None:
            plan.inserts.append(row)
            continue
        maker_id = plan.producers[key]["id"] if key else None
        same = maker_id == have.producer_id and key not in plan.changed_producers and all(
            getattr(have, f) == row.product[f] for f in PRODUCT_FIELDS)
        if same:
            plan.unchanged += 1
        else:
            plan.updates.append((have.id, row))
    plan.errors.sort(key=lambda e: (e.row, _column_order(e.column)))
    return plan


def _column_order(column: str) -> int:
    return list(FIELD_LABELS).index(column) if column in FIELD_LABELS else 99


def _parse(path: Path, progress: Progress | None) -> tuple[int, list[ParsedRow], list[RowError]]:
    table = read_table(path)
    parsed, errors = [], []
    total = len(table.rows)
    for i, (number, cells) in enumerate(table.rows, start=1):
        row, problems = _parse_row(number, cells)
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
        unchanged_products=plan.unchanged, new_producers=len(plan.new_producers),
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
        producers_created=len(plan.new_producers),
        producers_updated=len(plan.changed_producers),
        skipped_rows=tuple(sorted(bad | late)),
    )


def _refused(count: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "Có {count} dòng lỗi: không nhập dòng nào (nhập tất cả hoặc "
                                    "không nhập gì)"),
        count=count,
    )


def _write_producers(session: Session, plan: _Plan) -> dict[tuple[str, str], int]:
    ids = {key: p["id"] for key, p in plan.producers.items() if p["id"] is not None}
    if plan.new_producers:
        counter = session.get(Counter, "producer_code") or Counter(name="producer_code", value=0)
        session.add(counter)
        taken = set(session.scalars(select(Producer.code)))
        rows = []
        for key in plan.new_producers:
            counter.value += 1
            while f"SX{counter.value:05d}" in taken:
                counter.value += 1
            p = plan.producers[key]
            rows.append({"code": f"SX{counter.value:05d}", "name": p["name"], "kind": p["kind"],
                         "district": p["district"], "commune": p["commune"], "active": True})
        session.flush()
        made = session.execute(insert(Producer).returning(Producer.id, Producer.code), rows).all()
        by_code = {code: pid for pid, code in made}
        for key, row in zip(plan.new_producers, rows, strict=True):
            ids[key] = by_code[row["code"]]
    for key in plan.changed_producers:
        p = plan.producers[key]
        session.execute(update(Producer).where(Producer.id == p["id"]).values(
            kind=p["kind"], commune=p["commune"]))
    return ids


def _write_products(session: Session, plan: _Plan, ids: dict[tuple[str, str], int]) -> None:
    now = utcnow()
    makers = {ids[k]: SimpleNamespace(**plan.producers[k]) for k in plan.producers}

    def values(row: ParsedRow) -> dict[str, Any]:
        key = (fold(row.producer[0]), fold(row.producer[2])) if row.producer else None
        maker_id = ids[key] if key else None
        out = {"sku": row.sku, "producer_id": maker_id, "updated_at": now, **row.product}
        shape = SimpleNamespace(**out)
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
    changed = [ids[k] for k in plan.changed_producers]
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
