"""What each kind of fact carries (booth -> hub), one model per kind and payload version.

Shared by the booth, which writes these payloads, and the hub, which validates every one of
them on arrival (server/incoming.py) before anything is stored. A new payload version is a
new model here plus its entry in ``PAYLOAD_MODELS`` and ``protocol.PAYLOAD_VERSIONS``; the
hub keeps accepting the older ones.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from app.sync.fields import (
    MAX_INT,
    MAX_MONEY,
    Method,
    Moment,
    Money,
    Offset,
    Quantity,
    RefId,
    SignedMoney,
    SignedQuantity,
    Uuid,
    bounded_text,
    non_zero,
)

# The stock move kinds the booth records (app.models.stock.MOVE_KINDS; no SQLAlchemy here).
MOVE_KINDS = (
    "sale", "void", "refund", "receive", "consign_in", "transfer_out", "transfer_in",
    "count", "spoilage", "return_to_producer",
)


class ProtocolModel(BaseModel):
    """Unknown fields are ignored: a slightly newer client is not refused for an extra field.
    They are dropped, not kept: the hub stores a payload as validated (``model_dump_json``)."""

    model_config = ConfigDict(extra="ignore")


# ---------------------------------------------------------------- fact payloads (booth -> hub)
class SaleLineV1(ProtocolModel):
    id: Uuid
    line_no: Annotated[int, Field(strict=True, ge=1, le=10_000)]
    sku: bounded_text(64, 1)
    barcode: bounded_text(64) | None = None
    name: bounded_text(300, 1)
    unit: bounded_text(32) = ""
    list_price: Money
    unit_price: Money
    quantity: Quantity
    discount: Money = 0
    total: Money
    vat_rate: Annotated[int, Field(strict=True, ge=0, le=100)]
    vat_amount: Money


class SaleLineV2(SaleLineV1):
    """v2: a line may name its producer, so revenue per producer survives catalog drift."""

    producer_code: bounded_text(32) | None = None


class PaymentV1(ProtocolModel):
    id: Uuid
    method: Method
    amount: Annotated[int, Field(strict=True, gt=0, le=MAX_MONEY)]
    reference: bounded_text(100) = ""


class SaleV1(ProtocolModel):
    """What ``app.services.checkout.build_sale_payload`` writes today. Self-contained: the
    names and prices the customer paid, so a product the hub does not know is still a sale."""

    id: Uuid
    number: bounded_text(32, 1)
    shift_id: Uuid | None = None
    location_id: RefId | None = None  # informational: the hub takes the booth from the token
    fair_id: RefId | None = None  # the hub's fair id (from the changes feed), or null
    staff_id: RefId | None = None
    created_utc: Moment
    utc_offset_min: Offset
    subtotal: Money
    discount_total: Money = 0
    total: Money
    vat_total: Money = 0
    lines: Annotated[list[SaleLineV1], Field(min_length=1, max_length=1000)]
    payments: Annotated[list[PaymentV1], Field(max_length=20)] = []


class SaleV2(SaleV1):
    lines: Annotated[list[SaleLineV2], Field(min_length=1, max_length=1000)]


class VoidV1(ProtocolModel):
    sale_id: Uuid
    number: bounded_text(32) = ""
    voided_utc: Moment
    approved_by: RefId | None = None
    reason: bounded_text(300) = ""


class RefundLineV1(ProtocolModel):
    id: Uuid
    sale_line_id: Uuid
    quantity: Quantity
    amount: Money


class RefundV1(ProtocolModel):
    id: Uuid
    number: bounded_text(32, 1)
    sale_id: Uuid
    shift_id: Uuid | None = None
    created_utc: Moment
    method: Method
    total: Money
    approved_by: RefId | None = None
    reason: bounded_text(300) = ""
    lines: Annotated[list[RefundLineV1], Field(min_length=1, max_length=1000)]


class ShiftCountV1(ProtocolModel):
    method: Method
    expected: SignedMoney
    counted: Money | None = None


class ShiftCloseV1(ProtocolModel):
    id: Uuid  # the shift's id (the fact has its own)
    number: bounded_text(32, 1)
    location_id: RefId | None = None
    fair_id: RefId | None = None
    opened_utc: Moment
    closed_utc: Moment
    opening_float: Money
    sales_count: Annotated[int, Field(strict=True, ge=0, le=MAX_INT)]
    sales_total: Money
    refunds_total: Money = 0
    counts: Annotated[list[ShiftCountV1], Field(max_length=10)] = []


class VisitorCountV1(ProtocolModel):
    """Absolute count for one hour: the hub keeps the value of the highest seq per device,
    fair and hour, so re-sending (or sending an older value late) is harmless."""

    location_id: RefId | None = None
    fair_id: RefId | None = None
    hour_utc: Moment
    count: Annotated[int, Field(strict=True, ge=0, le=10_000_000)]


class StockMoveV1(ProtocolModel):
    """A stock movement other than the one a sale/void/refund already implies."""

    id: Uuid
    sku: bounded_text(64, 1)
    location_id: RefId | None = None
    quantity: Annotated[SignedQuantity, AfterValidator(non_zero)]  # signed: + in, - out
    kind: Literal[MOVE_KINDS]  # type: ignore[valid-type]
    ref_id: bounded_text(64) | None = None
    producer_code: bounded_text(32) | None = None
    unit_cost: Money | None = None
    reason: bounded_text(300) = ""
    created_utc: Moment


PAYLOAD_MODELS: dict[tuple[str, int], type[ProtocolModel]] = {
    ("sale", 1): SaleV1,
    ("sale", 2): SaleV2,
    ("void", 1): VoidV1,
    ("refund", 1): RefundV1,
    ("shift_close", 1): ShiftCloseV1,
    ("visitor_count", 1): VisitorCountV1,
    ("stock_move", 1): StockMoveV1,
}


def parse_payload(kind: str, version: int, payload: dict[str, Any]) -> ProtocolModel:
    """Validate one fact's payload; raises KeyError for an unknown kind/version pair and
    pydantic.ValidationError (whose locations name the field) for a malformed payload."""
    return PAYLOAD_MODELS[(kind, version)].model_validate(payload)
