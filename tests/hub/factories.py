"""Facts as a booth's outbox would send them (payload v1 = today's client payload)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from app.ids import uuid7

ICT = timezone(timedelta(hours=7))
_seq = itertools.count(1)


def next_seq() -> int:
    return next(_seq)


def envelope(kind: str, payload: dict[str, Any], *, fact_id: str | None = None,
             seq: int | None = None, version: int = 1,
             created_at: datetime | None = None) -> dict[str, Any]:
    created = created_at or datetime(2026, 11, 21, 10, 0, tzinfo=ICT)
    return {
        "id": fact_id or uuid7(),
        "seq": seq if seq is not None else next_seq(),
        "kind": kind,
        "payload_version": version,
        "created_at": created.isoformat(),
        "payload": payload,
    }


def sale_line(sku: str = "BL-MIEN-500", name: str = "Miến dong Bình Liêu 500g",
              price: int = 45_000, quantity: str = "2", discount: int = 0,
              line_no: int = 1, **extra: Any) -> dict[str, Any]:
    # As the till: price x quantity rounded half up to the đồng, less the discount.
    gross = int((price * Decimal(quantity)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    total = gross - discount
    return {
        "id": uuid7(), "line_no": line_no, "sku": sku, "barcode": None, "name": name,
        "unit": "gói", "list_price": price, "unit_price": price, "quantity": quantity,
        "discount": discount, "total": total, "vat_rate": 0, "vat_amount": 0, **extra,
    }


def sale_fact(lines: list[dict[str, Any]] | None = None, *, fair_id: int | None = None,
              when: datetime | None = None, version: int = 1, seq: int | None = None,
              location_id: int | None = 1) -> dict[str, Any]:
    lines = lines or [sale_line()]
    for no, line in enumerate(lines, start=1):
        line["line_no"] = no
    total = sum(ln["total"] for ln in lines)
    sale_id = uuid7()
    when = when or datetime(2026, 11, 21, 3, 0, tzinfo=UTC)
    payload = {
        "id": sale_id, "number": f"BL03-{next_seq():06d}", "shift_id": uuid7(),
        "location_id": location_id, "fair_id": fair_id, "staff_id": 1,
        "created_utc": when.isoformat(), "utc_offset_min": 420, "subtotal": total,
        "discount_total": sum(ln["discount"] for ln in lines), "total": total, "vat_total": 0,
        "lines": lines,
        "payments": [{"id": uuid7(), "method": "cash", "amount": total, "reference": ""}],
    }
    return envelope("sale", payload, fact_id=sale_id, version=version, seq=seq,
                    created_at=when.astimezone(ICT))


def void_fact(sale: dict[str, Any]) -> dict[str, Any]:
    p = sale["payload"]
    return envelope("void", {"sale_id": p["id"], "number": p["number"],
                             "voided_utc": p["created_utc"], "approved_by": 2,
                             "reason": "khách đổi ý"})


def refund_fact(sale: dict[str, Any], line_index: int = 0, quantity: str = "1",
                amount: int | None = None) -> dict[str, Any]:
    p = sale["payload"]
    line = p["lines"][line_index]
    amount = amount if amount is not None else line["unit_price"]
    refund_id = uuid7()
    return envelope("refund", {
        "id": refund_id, "number": f"BL03-R{next_seq():05d}", "sale_id": p["id"],
        "shift_id": p["shift_id"], "created_utc": p["created_utc"], "method": "cash",
        "total": amount, "approved_by": 2, "reason": "hàng lỗi",
        "lines": [{"id": uuid7(), "sale_line_id": line["id"], "quantity": quantity,
                   "amount": amount}],
    }, fact_id=refund_id)


def visitor_fact(count: int, *, hour: datetime | None = None, fair_id: int | None = None,
                 seq: int | None = None) -> dict[str, Any]:
    hour = hour or datetime(2026, 11, 21, 3, 0, tzinfo=UTC)
    return envelope("visitor_count", {"location_id": 1, "fair_id": fair_id,
                                      "hour_utc": hour.isoformat(), "count": count}, seq=seq)


def shift_close_fact() -> dict[str, Any]:
    return envelope("shift_close", {
        "id": uuid7(), "number": "BL03-C0001", "location_id": 1, "fair_id": None,
        "opened_utc": "2026-11-21T01:00:00+00:00", "closed_utc": "2026-11-21T10:00:00+00:00",
        "opening_float": 500_000, "sales_count": 3, "sales_total": 300_000, "refunds_total": 0,
        "counts": [{"method": "cash", "expected": 800_000, "counted": 800_000},
                   {"method": "vietqr", "expected": 0, "counted": None}],
    })


def stock_move_fact(quantity: str = "24") -> dict[str, Any]:
    return envelope("stock_move", {
        "id": uuid7(), "sku": "BL-MIEN-500", "location_id": 1, "quantity": quantity,
        "kind": "receive", "ref_id": None, "producer_code": "P001", "unit_cost": 30_000,
        "reason": "", "created_utc": "2026-11-21T01:00:00+00:00",
    })
