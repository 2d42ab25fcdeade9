"""The SQL behind a report: a few aggregates over the period AND the previous one in one scan.

Each query covers [previous.lo, period.hi) and says per group which of the two periods a fact
fell in (`created_utc >= lo`), so the comparison costs no second pass over 200,000 sales.
Times are grouped by their UTC hour (`substr(created_utc, 1, 13)`: the stored text starts with
'YYYY-MM-DD HH'), which is also the grain of the visitor counts; Python then places each of
those few hundred buckets at its local day and hour of day in the booth's zone, so daylight
saving or another zone needs no SQL date arithmetic. (A zone whose offset is not whole hours
would put each UTC hour at the local hour it starts in.)

The booth's database holds only this booth's facts (the hub sends down reference data only),
so there is no location filter: every sale in the file is the booth's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import String, func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import (
    Location,
    Payment,
    Producer,
    Product,
    Refund,
    RefundLine,
    Sale,
    SaleLine,
    VisitorCount,
)
from app.printing.documents import method_label
from app.services import settings
from app.services.clock import now_utc
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.reporting.figures import (
    GROUPINGS,
    ZERO,
    Amounts,
    Figures,
    Grouping,
    Report,
    Row,
)
from app.services.reporting.period import Period
from app.services.settlement import agreed_costs, amount_owed

NO_CATEGORY = QT_TRANSLATE_NOOP("reports", "(Chưa phân loại)")
NO_PRODUCER = QT_TRANSLATE_NOOP("reports", "(Không rõ chủ thể)")
NO_PRODUCT = QT_TRANSLATE_NOOP("reports", "(Sản phẩm không còn trong danh mục)")
WEEKDAYS = (
    QT_TRANSLATE_NOOP("reports", "T2"), QT_TRANSLATE_NOOP("reports", "T3"),
    QT_TRANSLATE_NOOP("reports", "T4"), QT_TRANSLATE_NOOP("reports", "T5"),
    QT_TRANSLATE_NOOP("reports", "T6"), QT_TRANSLATE_NOOP("reports", "T7"),
    QT_TRANSLATE_NOOP("reports", "CN"),
)
CUR, PREV = True, False
Buckets = dict[tuple[bool, str], list[int]]  # (current?, 'YYYY-MM-DD HH') -> figures


def _hour(column: object) -> object:
    return func.substr(column, 1, 13, type_=String)


class _Scan:
    """The raw aggregates of one report, read in one read transaction."""

    def __init__(self, session: Session, period: Period, previous: Period) -> None:
        self.session, self.lo, self.hi, self.plo = session, period.lo, period.hi, previous.lo

    def _in(self, column: object) -> list[object]:
        return [column >= self.plo, column < self.hi]  # type: ignore[operator]

    def sales_by_hour(self) -> dict[str, Buckets]:
        """Per status: (period, UTC hour) -> [sales, their total]."""
        cur = Sale.created_utc >= self.lo
        rows = self.session.execute(
            select(Sale.status, cur, _hour(Sale.created_utc), func.count(), func.sum(Sale.total))
            .where(*self._in(Sale.created_utc)).group_by(Sale.status, cur, _hour(Sale.created_utc))
        )
        out: dict[str, Buckets] = defaultdict(dict)
        for status, is_cur, hour, count, total in rows:
            out[status][(bool(is_cur), hour)] = [count, total or 0]
        return out

    def refunds_by_hour(self) -> Buckets:
        cur = Refund.created_utc >= self.lo
        rows = self.session.execute(
            select(cur, _hour(Refund.created_utc), func.count(), func.sum(Refund.total))
            .where(*self._in(Refund.created_utc)).group_by(cur, _hour(Refund.created_utc))
        )
        return {(bool(c), hour): [count, total or 0] for c, hour, count, total in rows}

    def visitors_by_hour(self) -> Buckets:
        """Hours are counted whole: the hour the period starts in belongs to it."""
        cur = VisitorCount.hour_utc >= self.lo.replace(minute=0, second=0, microsecond=0)
        rows = self.session.execute(
            select(cur, _hour(VisitorCount.hour_utc), func.sum(VisitorCount.count))
            .where(VisitorCount.hour_utc >= self.plo.replace(minute=0, second=0, microsecond=0),
                   VisitorCount.hour_utc < self.hi)
            .group_by(cur, _hour(VisitorCount.hour_utc))
        )
        return {(bool(c), hour): [int(n or 0)] for c, hour, n in rows}

    def by_product(self) -> dict[tuple[bool, int | None], list]:
        """(period, product id) -> [lines, quantity, total, refunded qty, refunded amount]."""
        out: dict[tuple[bool, int | None], list] = defaultdict(lambda: [0, ZERO, 0, ZERO, 0])
        cur = Sale.created_utc >= self.lo
        for is_cur, pid, count, qty, total in self.session.execute(
            select(cur, SaleLine.product_id, func.count(), func.sum(SaleLine.quantity),
                   func.sum(SaleLine.total))
            .join(Sale, Sale.id == SaleLine.sale_id)
            .where(Sale.status == "completed", *self._in(Sale.created_utc))
            .group_by(cur, SaleLine.product_id)
        ):
            out[(bool(is_cur), pid)][:3] = [count, qty or ZERO, total or 0]
        rcur = Refund.created_utc >= self.lo
        for is_cur, pid, qty, amount in self.session.execute(
            select(rcur, SaleLine.product_id, func.sum(RefundLine.quantity),
                   func.sum(RefundLine.amount))
            .join(RefundLine, RefundLine.refund_id == Refund.id)
            .join(SaleLine, SaleLine.id == RefundLine.sale_line_id)
            .where(*self._in(Refund.created_utc)).group_by(rcur, SaleLine.product_id)
        ):
            out[(bool(is_cur), pid)][3:] = [qty or ZERO, amount or 0]
        return out

    def by_method(self) -> dict[tuple[bool, str], list[int]]:
        """(period, method) -> [sales paid that way, amount, refunded that way]."""
        out: dict[tuple[bool, str], list[int]] = defaultdict(lambda: [0, 0, 0])
        cur = Sale.created_utc >= self.lo
        for is_cur, method, count, amount in self.session.execute(
            select(cur, Payment.method, func.count(func.distinct(Payment.sale_id)),
                   func.sum(Payment.amount))
            .join(Sale, Sale.id == Payment.sale_id)
            .where(Sale.status == "completed", *self._in(Sale.created_utc))
            .group_by(cur, Payment.method)
        ):
            out[(bool(is_cur), method)][:2] = [count, amount or 0]
        rcur = Refund.created_utc >= self.lo
        for is_cur, method, amount in self.session.execute(
            select(rcur, Refund.method, func.sum(Refund.total))
            .where(*self._in(Refund.created_utc)).group_by(rcur, Refund.method)
        ):
            out[(bool(is_cur), method)][2] = amount or 0
        return out


# ------------------------------------------------------------------------------ time rows


def _local(buckets: Iterable[str], zone: ZoneInfo) -> dict[str, datetime]:
    """'YYYY-MM-DD HH' (UTC) -> local time; sliced by hand, strptime is 20x slower."""
    return {b: datetime(int(b[:4]), int(b[5:7]), int(b[8:10]), int(b[11:13]),
                        tzinfo=UTC).astimezone(zone) for b in set(buckets)}


def _time_amounts(sales: dict[str, Buckets], refunds: Buckets, visitors: Buckets,
                  zone: ZoneInfo, key: Callable[[datetime], object]
                  ) -> dict[tuple[bool, object], Amounts]:
    """The UTC-hour buckets added up under key(local time), for each period."""
    acc: dict[tuple[bool, object], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    done = sales.get("completed", {})
    local = _local([b for _, b in (*done, *refunds, *visitors)], zone)
    for (is_cur, bucket), (count, total) in done.items():
        slot = acc[(is_cur, key(local[bucket]))]
        slot[0] += count
        slot[1] += total
    for (is_cur, bucket), (_count, total) in refunds.items():
        acc[(is_cur, key(local[bucket]))][2] += total
    for (is_cur, bucket), (count,) in visitors.items():
        acc[(is_cur, key(local[bucket]))][3] += count
    return {k: Amounts(count=v[0], gross=v[1], refunds=v[2], visitors=v[3])
            for k, v in acc.items()}


def _hour_rows(amounts: dict[tuple[bool, object], Amounts]) -> tuple[Row, ...]:
    """Every hour from the first to the last with any activity in either period, gaps
    included (a quiet hour at noon is a figure too)."""
    hours = sorted(int(h) for (_, h), a in amounts.items() if not a.empty)  # type: ignore[call-overload]
    if not hours:
        return ()
    return tuple(
        Row(str(h), f"{h:02d}:00–{(h + 1) % 24:02d}:00", amounts.get((CUR, h), Amounts()),
            amounts.get((PREV, h), Amounts()))
        for h in range(hours[0], hours[-1] + 1)
    )


def _day_rows(amounts: dict[tuple[bool, object], Amounts], period: Period,
              previous: Period) -> tuple[Row, ...]:
    shift = period.start - previous.start
    rows = []
    day = period.start
    while day <= period.end:
        before = day - shift
        rows.append(Row(day.isoformat(), f"{WEEKDAYS[day.weekday()]} {day:%d/%m/%Y}",
                        amounts.get((CUR, day), Amounts()), amounts.get((PREV, before), Amounts()),
                        compared_label=f"{before:%d/%m/%Y}"))
        day += timedelta(days=1)
    return tuple(rows)


# ------------------------------------------------------------------------------ goods rows


def _sorted(rows: Iterable[Row]) -> tuple[Row, ...]:
    return tuple(sorted(rows, key=lambda r: (-r.current.revenue, -r.previous.revenue, r.label)))


def _goods_rows(session: Session, raw: dict[tuple[bool, int | None], list], wanted: set[str],
                period: Period, previous: Period) -> dict[str, Grouping]:
    ids = sorted({pid for _, pid in raw if pid is not None})
    products = {p.id: p for p in session.execute(
        select(Product.id, Product.sku, Product.name, Product.unit, Product.category,
               Product.producer_id).where(Product.id.in_(ids)))} if ids else {}
    per_product: dict[tuple[bool, int | None], Amounts] = {
        key: Amounts(count=v[0], quantity=v[1] - v[3], gross=v[2], refunds=v[4])
        for key, v in raw.items()
    }
    out: dict[str, Grouping] = {}
    if "product" in wanted:
        rows = []
        for pid in {pid for _, pid in raw}:
            p = products.get(pid) if pid is not None else None
            rows.append(Row(str(pid or ""), p.name if p else NO_PRODUCT,
                            per_product.get((CUR, pid), Amounts()),
                            per_product.get((PREV, pid), Amounts()),
                            code=p.sku if p else "", unit=p.unit if p else ""))
        out["product"] = Grouping("product", _sorted(rows))
    if "category" in wanted:
        out["category"] = Grouping("category", _rolled_up(
            per_product, lambda pid: (products[pid].category or "") if pid in products else "",
            lambda key: key or NO_CATEGORY))
    if "producer" in wanted:
        out["producer"] = _producer_grouping(session, per_product, products, period, previous)
    return out


def _rolled_up(per_product: dict[tuple[bool, int | None], Amounts],
               key_of: Callable[[int | None], str], label_of: Callable[[str], str],
               codes: dict[str, str] | None = None) -> tuple[Row, ...]:
    """Per-product figures added up per key (category, producer). Quantities are left out:
    kilograms and jars do not add up."""
    acc: dict[tuple[bool, str], Amounts] = defaultdict(Amounts)
    for (is_cur, pid), amounts in per_product.items():
        key = key_of(pid)
        acc[(is_cur, key)] = acc[(is_cur, key)] + Amounts(
            count=amounts.count, gross=amounts.gross, refunds=amounts.refunds, owed=amounts.owed)
    keys = {k for _, k in acc}
    return _sorted(Row(k, label_of(k), acc.get((CUR, k), Amounts()),
                       acc.get((PREV, k), Amounts()), code=(codes or {}).get(k, ""))
                   for k in keys)


def _producer_grouping(session: Session, per_product: dict[tuple[bool, int | None], Amounts],
                       products: dict, period: Period, previous: Period) -> Grouping:
    """Owed beside each producer, by settlement's own cost rule and rounding (per product)."""
    costs = {CUR: agreed_costs(session, period.hi), PREV: agreed_costs(session, previous.hi)}
    with_owed = {}
    for (is_cur, pid), a in per_product.items():
        cost = costs[is_cur].get(pid) if pid is not None else None
        owed = amount_owed(a.quantity, cost) if cost is not None else 0
        with_owed[(is_cur, pid)] = Amounts(a.count, a.gross, a.refunds, a.quantity, 0, owed)
    makers = {m.id: m for m in session.execute(select(Producer.id, Producer.code, Producer.name))}

    def maker_of(pid: int | None) -> str:
        p = products.get(pid)
        return str(p.producer_id) if p is not None and p.producer_id is not None else ""

    def label(key: str) -> str:
        return makers[int(key)].name if key else NO_PRODUCER

    codes = {str(m.id): m.code for m in makers.values()}
    return Grouping("producer", _rolled_up(with_owed, maker_of, label, codes))


def _payment_rows(raw: dict[tuple[bool, str], list[int]]) -> tuple[Row, ...]:
    def amounts(key: tuple[bool, str]) -> Amounts:
        count, paid, back = raw.get(key, [0, 0, 0])
        return Amounts(count=count, gross=paid, refunds=back)

    return _sorted(Row(m, method_label(m), amounts((CUR, m)), amounts((PREV, m)))
                   for m in {m for _, m in raw})


# ------------------------------------------------------------------------------ the report


def _figures(scan: dict[str, Buckets], refunds: Buckets, visitors: Buckets,
             which: bool) -> Figures:
    def total(source: Buckets, i: int) -> int:
        return sum(v[i] for (c, _), v in source.items() if c is which)

    done, voided = scan.get("completed", {}), scan.get("voided", {})
    return Figures(sales=total(done, 0), gross=total(done, 1), refund_count=total(refunds, 0),
                   refunds=total(refunds, 1), void_count=total(voided, 0),
                   voids=total(voided, 1), visitors=total(visitors, 0))


def build_report(db: Database, period: Period, groupings: Iterable[str] = GROUPINGS) -> Report:
    """The headline figures and the asked groupings for a period and the one before it."""
    wanted = set(groupings)
    unknown = wanted - set(GROUPINGS)
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Không có cách nhóm “{by}”"),
                              by=", ".join(sorted(unknown)))
    previous = period.previous()
    booth = settings.load(db)
    zone = ZoneInfo(period.timezone)
    found: dict[str, Grouping] = {}
    with db.read() as session:
        scan = _Scan(session, period, previous)
        sales, refunds, visitors = scan.sales_by_hour(), scan.refunds_by_hour(), scan.visitors_by_hour()
        if "hour" in wanted:
            found["hour"] = Grouping("hour", _hour_rows(
                _time_amounts(sales, refunds, visitors, zone, lambda t: t.hour)))
        if "day" in wanted:
            found["day"] = Grouping("day", _day_rows(
                _time_amounts(sales, refunds, visitors, zone, lambda t: t.date()),
                period, previous))
        if wanted & {"product", "producer", "category"}:
            found.update(_goods_rows(session, scan.by_product(), wanted, period, previous))
        if "payment" in wanted:
            found["payment"] = Grouping("payment", _payment_rows(scan.by_method()))
        location = session.scalar(select(Location.name).where(
            Location.id == booth.location_id)) if booth.location_id else None
    return Report(
        shop_name=booth.shop_name, location_name=location or "",
        period=period, previous_period=previous,
        current=_figures(sales, refunds, visitors, CUR),
        previous=_figures(sales, refunds, visitors, PREV),
        groupings={by: found[by] for by in GROUPINGS if by in found}, made_utc=now_utc(),
    )
