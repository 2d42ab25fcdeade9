"""Reports for the provincial office: revenue, sales and visitors by fair, booth, district,
product or day, over a period of local dates.

Definitions (so the figures can be checked against the facts):
- a sale counts unless a void for it from the same booth is held;
- gross = sum of those sales' totals; refunds = refunds of those sales (attributed to the
  sale's fair, booth, district, day and products, not to the refund's own day);
  revenue = gross - refunds;
- the day is the booth's local date (the device's UTC offset at the time);
- district is the district the booth represents;
- visitors = sum of the latest hourly counts (not available per product).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy import BigInteger, and_, exists, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from server.models import (
    Booth,
    Fair,
    RefundLineRecord,
    RefundRecord,
    SaleLineRecord,
    SaleRecord,
    VisitorCountRecord,
    VoidRecord,
)
from server.models.base import QTY_SCALE

GroupBy = Literal["fair", "booth", "district", "product", "day"]


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
    rows: list[ReportRow]
    total: ReportRow


class Filters(BaseModel):
    date_from: date | None = None
    date_to: date | None = None
    fair_id: int | None = None
    booth_id: int | None = None


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
    return conds


def _sale_key(group_by: str | None) -> Any:
    return {
        None: literal("all"), "fair": SaleRecord.fair_id, "booth": SaleRecord.booth_id,
        "district": Booth.district, "day": SaleRecord.local_date, "product": SaleLineRecord.sku,
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
           "district": Booth.district, "day": v.local_date}[group_by]
    query = _with_booth(select(key, func.sum(v.count)), group_by, v.booth_id)
    if f.date_from:
        query = query.where(v.local_date >= f.date_from)
    if f.date_to:
        query = query.where(v.local_date <= f.date_to)
    if f.fair_id is not None:
        query = query.where(v.fair_id == f.fair_id)
    if f.booth_id is not None:
        query = query.where(v.booth_id == f.booth_id)
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
    rows.sort(key=lambda r: (-r.revenue, r.key) if group_by != "day" else (r.key,))
    total_sales = _sales(session, None, f).get("all", (0, 0))
    total = _row("all", "Total", total_sales, _refunds(session, None, f).get("all", 0),
                 _visitors(session, None, f).get("all", 0))
    return SalesReport(group_by=group_by, date_from=f.date_from, date_to=f.date_to,
                       fair_id=f.fair_id, booth_id=f.booth_id, rows=rows, total=total)
