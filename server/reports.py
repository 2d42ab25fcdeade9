"""Reports for the provincial office: revenue, sales and visitors by fair, booth, district,
product or day, over a period of local dates.

Definitions (so the figures can be checked against the facts):
- a sale counts unless a void for it from the same booth is held;
- gross = sum of those sales' totals; refunds = refunds of those sales (attributed to the
  sale's fair, booth, district, day and products, not to the refund's own day);
  revenue = gross - refunds;
- the day is the booth's local date (the device's UTC offset at the time), and the hour is
  the hour of the day there (0-23, over every day of the period);
- district is the district the booth represents (also a filter: the dashboard's viewers
  limited to one district see only its booths);
- visitors = sum of the latest hourly counts (not available per product).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy import BigInteger, Integer, and_, exists, func, literal, select, type_coerce
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import FunctionElement

from server.models import (
    Booth,
    Fact,
    Fair,
    RefundLineRecord,
    RefundRecord,
    SaleLineRecord,
    SaleRecord,
    VisitorCountRecord,
    VoidRecord,
)
from server.models.base import QTY_SCALE

GroupBy = Literal["fair", "booth", "district", "product", "day", "hour"]


class ReportRow(BaseModel):
    key: str
    label: str
    sales_count: int
    gross_sales: int
    refunds: int
    revenue: int
    visitors: int | None
    quantity: Decimal | None = None


class SalesReport(BaseModel):
    group_by: GroupBy
    date_from: date | None
    date_to: date | None
    fair_id: int | None
    booth_id: int | None
    district: str | None = None
    rows: list[ReportRow]
    total: ReportRow


class Filters(BaseModel):
    date_from: date | None = None
    date_to: date | None = None
    fair_id: int | None = None
    booth_id: int | None = None
    district: str | None = None


class local_hour(FunctionElement[int]):  # noqa: N801 - SQL function style
    """The hour of the day (0-23) at ``utc + offset_min`` minutes: each dialect spells it
    its own way, and the day's rule (the booth's offset at the time) must hold for hours too."""

    type = Integer()
    inherit_cache = True


@compiles(local_hour, "sqlite")
def _local_hour_sqlite(element: local_hour, compiler: Any, **kw: Any) -> str:
    utc, offset = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"CAST(strftime('%H', {utc}, ({offset}) || ' minutes') AS INTEGER)"


@compiles(local_hour, "postgresql")
def _local_hour_postgresql(element: local_hour, compiler: Any, **kw: Any) -> str:
    utc, offset = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"CAST(EXTRACT(HOUR FROM {utc} + make_interval(mins => {offset})) AS INTEGER)"


def _in_district(booth_col: Any, district: str) -> Any:
    return booth_col.in_(select(Booth.id).where(Booth.district == district))


def _not_voided() -> Any:
    return ~exists(select(VoidRecord.fact_id).where(
        VoidRecord.sale_id == SaleRecord.id, VoidRecord.booth_id == SaleRecord.booth_id))


def _sale_filters(f: Filters) -> list[Any]:
    conds = [_not_voided()]
    if f.date_from:
        conds.append(SaleRecord.local_date >= f.date_from)
    if f.date_to:
        conds.append(SaleRecord.local_date <= f.date_to)
    if f.fair_id is not None:
        conds.append(SaleRecord.fair_id == f.fair_id)
    if f.booth_id is not None:
        conds.append(SaleRecord.booth_id == f.booth_id)
    if f.district is not None:
        conds.append(_in_district(SaleRecord.booth_id, f.district))
    return conds


def _sale_key(group_by: str | None) -> Any:
    return {
        None: literal("all"), "fair": SaleRecord.fair_id, "booth": SaleRecord.booth_id,
        "district": Booth.district, "day": SaleRecord.local_date, "product": SaleLineRecord.sku,
        "hour": local_hour(SaleRecord.created_utc, SaleRecord.utc_offset_min),
    }[group_by]


def _with_booth(query: Any, group_by: str | None, booth_col: Any) -> Any:
    return query.join(Booth, Booth.id == booth_col) if group_by == "district" else query


def _sales(session: Session, group_by: str | None, f: Filters) -> dict[Any, tuple[int, int]]:
    key = _sale_key(group_by)
    if group_by == "product":
        query = (select(key, func.count(func.distinct(SaleRecord.id)),
                        func.sum(SaleLineRecord.total))
                 .join(SaleRecord, SaleRecord.id == SaleLineRecord.sale_id))
    else:
        query = _with_booth(select(key, func.count(), func.sum(SaleRecord.total)), group_by,
                            SaleRecord.booth_id)
    query = query.where(*_sale_filters(f)).group_by(key)
    return {k: (int(n), int(total or 0)) for k, n, total in session.execute(query)}


def _refunds(session: Session, group_by: str | None, f: Filters) -> dict[Any, int]:
    key = _sale_key(group_by)
    on_sale = and_(SaleRecord.id == RefundRecord.sale_id, SaleRecord.booth_id == RefundRecord.booth_id)
    if group_by == "product":
        query = (select(key, func.sum(RefundLineRecord.amount))
                 .select_from(RefundLineRecord)
                 .join(RefundRecord, RefundRecord.id == RefundLineRecord.refund_id)
                 .join(SaleRecord, on_sale)
                 .join(SaleLineRecord, SaleLineRecord.id == RefundLineRecord.sale_line_id))
    else:
        query = _with_booth(select(key, func.sum(RefundRecord.total)).select_from(RefundRecord)
                            .join(SaleRecord, on_sale), group_by, SaleRecord.booth_id)
    query = query.where(*_sale_filters(f)).group_by(key)
    return {k: int(total or 0) for k, total in session.execute(query)}


def _quantities(session: Session, f: Filters) -> dict[Any, Decimal]:
    query = (select(SaleLineRecord.sku, func.sum(type_coerce(SaleLineRecord.quantity, BigInteger)))
             .join(SaleRecord, SaleRecord.id == SaleLineRecord.sale_id)
             .where(*_sale_filters(f)).group_by(SaleLineRecord.sku))
    return {k: Decimal(int(q or 0)) / QTY_SCALE for k, q in session.execute(query)}


def _visitors(session: Session, group_by: str | None, f: Filters) -> dict[Any, int]:
    v = VisitorCountRecord
    key = {None: literal("all"), "fair": v.fair_id, "booth": v.booth_id,
           "district": Booth.district, "day": v.local_date,
           "hour": local_hour(v.hour_utc, Fact.utc_offset_min)}[group_by]
    query = _with_booth(select(key, func.sum(v.count)), group_by, v.booth_id)
    if group_by == "hour":  # the offset of the fact that wrote the count, as for its day
        query = query.join(Fact, Fact.id == v.fact_id)
    if f.date_from:
        query = query.where(v.local_date >= f.date_from)
    if f.date_to:
        query = query.where(v.local_date <= f.date_to)
    if f.fair_id is not None:
        query = query.where(v.fair_id == f.fair_id)
    if f.booth_id is not None:
        query = query.where(v.booth_id == f.booth_id)
    if f.district is not None:
        query = query.where(_in_district(v.booth_id, f.district))
    return {k: int(n or 0) for k, n in session.execute(query.group_by(key))}


def _labels(session: Session, group_by: str, keys: set[Any]) -> dict[Any, str]:
    ids = [k for k in keys if k is not None]
    if group_by == "fair":
        return dict(session.execute(select(Fair.id, Fair.name).where(Fair.id.in_(ids))).all())
    if group_by == "booth":
        return {i: f"{c} – {n}" for i, c, n in session.execute(
            select(Booth.id, Booth.code, Booth.name).where(Booth.id.in_(ids)))}
    if group_by == "product":
        return dict(session.execute(
            select(SaleLineRecord.sku, func.max(SaleLineRecord.name))
            .where(SaleLineRecord.sku.in_(ids)).group_by(SaleLineRecord.sku)).all())
    if group_by == "hour":
        return {k: f"{int(k):02d}:00" for k in ids}
    return {k: str(k) for k in ids}


def _row(key: Any, label: str, sales: tuple[int, int], refunds: int, visitors: int | None,
         quantity: Decimal | None = None) -> ReportRow:
    return ReportRow(key="" if key is None else str(key), label=label, sales_count=sales[0],
                     gross_sales=sales[1], refunds=refunds, revenue=sales[1] - refunds,
                     visitors=visitors, quantity=quantity)


def sales_report(session: Session, group_by: GroupBy, f: Filters) -> SalesReport:
    sales = _sales(session, group_by, f)
    refunds = _refunds(session, group_by, f)
    visitors = _visitors(session, group_by, f) if group_by != "product" else {}
    quantities = _quantities(session, f) if group_by == "product" else {}
    keys = set(sales) | set(refunds) | set(visitors)
    labels = _labels(session, group_by, keys)
    rows = [
        _row(k, labels.get(k, "(unknown)" if k in (None, "") else str(k)),
             sales.get(k, (0, 0)), refunds.get(k, 0),
             None if group_by == "product" else visitors.get(k, 0), quantities.get(k))
        for k in keys
    ]
    rows.sort(key=_order(group_by))
    total_sales = _sales(session, None, f).get("all", (0, 0))
    total = _row("all", "Total", total_sales, _refunds(session, None, f).get("all", 0),
                 _visitors(session, None, f).get("all", 0))
    return SalesReport(group_by=group_by, date_from=f.date_from, date_to=f.date_to,
                       fair_id=f.fair_id, booth_id=f.booth_id, district=f.district, rows=rows,
                       total=total)


def _order(group_by: str) -> Any:
    """Days and hours in time order, everything else by revenue."""
    if group_by == "day":
        return lambda r: (r.key,)
    if group_by == "hour":
        return lambda r: (int(r.key),)
    return lambda r: (-r.revenue, r.key)
