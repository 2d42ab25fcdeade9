"""The sync protocol between a booth laptop and the provincial hub, shared by both sides.

Plain pydantic: no Qt, no SQLAlchemy, no server imports, so the client's sync code and the hub
validate exactly the same shapes. Everything lives under ``/api/v1`` and every request may carry
``X-OCOP-Protocol: 1`` (missing means 1; anything the hub does not speak is refused with 400).
What each kind of fact carries is in app/sync/payloads.py.

Endpoints (auth = ``Authorization: Bearer <device token>`` unless said otherwise):

=========================  ==================================================================
``POST /api/v1/enroll``    no auth. ``EnrollRequest`` -> ``EnrollResponse`` (201). The one-time
                           code is burnt; the token is shown only here (the hub keeps a hash).
                           403 ``{"error": "enroll_code_invalid" | "enroll_code_used" |
                           "enroll_code_expired"}``; 429 when one address tries too often.
``POST /api/v1/facts``     ``UploadRequest`` (JSON, ideally ``Content-Encoding: gzip``, at most
                           ``MAX_BATCH`` facts) -> ``UploadResponse`` (200) with one
                           ``FactResult`` per fact, in order. Whole-request answers: 400
                           (``bad_gzip``, ``unsupported_protocol``), 401 (unknown or revoked
                           token: re-enroll), 403 ``booth_inactive``, 413 (body too large, on
                           the wire or inflated: split the batch), 415 (an encoding other than
                           gzip/identity), 422 (the envelope itself is malformed, e.g. more than
                           500 facts; FastAPI's ``{"detail": [...]}``), 429 + ``Retry-After``,
                           503 + ``Retry-After`` (database unavailable). Only a 200 means
                           anything was stored; on any other answer or no answer, re-send.
``GET /api/v1/changes``    ``?cursor=<opaque>&limit=<n>`` -> ``ChangesPage``. No cursor, or a
                           cursor the hub no longer has history for, starts a snapshot.
``GET /api/v1/time``       no auth -> ``HubTime``: the hub's clock, for the offset warning.
``GET /api/v1/info``       no auth -> ``HubInfo``: protocol and payload versions, limits.
``GET /api/v1/reports/*``  admin token only (``ocop-hub create-admin-token``); not for booths.
=========================  ==================================================================

Errors the hub raises on purpose have the body ``ErrorBody`` (``{"error", "detail"}``).

What the client must do with a ``FactResult``: ``inserted`` and ``duplicate`` mean the hub holds
the fact (mark it sent); ``conflict`` (409), ``invalid`` (422) and ``forbidden`` (403) mean it
never will as sent (set it aside for a person, keep sending the others); ``deferred`` (424) means
the hub holds nothing of it YET: it names a sale the hub does not hold (a void or refund that
overtook its sale, e.g. in a batch answered before the sale's), so send it again in a later
cycle. Facts are identified by their UUID only: never by seq, never by clock.

The hub trusts no booth: the booth is the token's, the installation is the hub's (see
``EnrollRequest.previous_token``), a fact's fair must be one its booth is or was assigned to,
totals must add up and refunds must fit the sale they name; a payload is stored as validated
(unknown fields dropped), and one over ``MAX_FACT_BYTES`` is refused.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from datetime import date, datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, Field

from app.sync.fields import Uuid, bounded_text
from app.sync.payloads import ProtocolModel as _Model

PROTOCOL_VERSION = 1
SUPPORTED_PROTOCOLS = (1,)
PROTOCOL_HEADER = "X-OCOP-Protocol"
API_PREFIX = "/api/v1"
MAX_BATCH = 500
# One fact's payload, as sent: far above a real sale (about 350 bytes a line), far below what a
# batch may carry, so one laptop cannot grow the hub's database by megabytes per fact.
MAX_FACT_BYTES = 64 * 1024

FACT_KINDS = ("sale", "void", "refund", "shift_close", "visitor_count", "stock_move")
# Versions the hub accepts per kind; the newest is what an up-to-date client writes. The hub
# keeps accepting the previous one so a laptop that slept through an upgrade still syncs.
PAYLOAD_VERSIONS: dict[str, tuple[int, ...]] = {
    "sale": (1, 2),
    "void": (1,),
    "refund": (1,),
    "shift_close": (1,),
    "visitor_count": (1,),
    "stock_move": (1,),
}

def canonical_json(value: Any) -> str:
    """One spelling per value (sorted keys, no spaces, ASCII): what the content hash covers."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def fact_content_hash(kind: str, payload_version: int, payload: dict[str, Any]) -> str:
    """Same id + same hash = the same fact re-sent; same id + other hash = 409 conflict."""
    body = canonical_json({"kind": kind, "payload": payload, "payload_version": payload_version})
    return hashlib.sha256(body.encode("ascii")).hexdigest()


# ---------------------------------------------------------------- upload
class FactHead(_Model):
    """A fact's envelope: everything of an outbox row but its payload."""

    id: Uuid
    seq: Annotated[int, Field(strict=True, ge=1, le=2**62)]
    kind: Annotated[str, Field(min_length=1, max_length=32)]
    payload_version: Annotated[int, Field(strict=True, ge=1, le=1000)] = 1
    created_at: AwareDatetime = Field(
        description="The device's clock when the fact was made, WITH its local offset "
        "(e.g. 2026-11-20T09:15:00+07:00): reports use that offset for the local day."
    )


class FactIn(FactHead):
    """One outbox row. ``payload`` is validated per fact (by kind and version), so one bad
    fact is answered on its own and never blocks the rest of the batch."""

    payload: dict[str, Any]


class UploadRequest(_Model):
    facts: Annotated[list[FactIn], Field(max_length=MAX_BATCH)]


FactStatus = Literal["inserted", "duplicate", "conflict", "invalid", "forbidden", "deferred"]
STATUS_CODES: dict[str, int] = {
    "inserted": 201, "duplicate": 200, "conflict": 409, "invalid": 422, "forbidden": 403,
    "deferred": 424,  # Failed Dependency: the sale it names is not held (yet)
}
HELD_STATUSES = ("inserted", "duplicate")  # the client marks these sent
RETRY_STATUSES = ("deferred",)  # the client keeps these queued and sends them again later


class FieldError(BaseModel):
    loc: str = Field(description='Dotted path, e.g. "payload.lines.0.quantity"')
    msg: str


class FactResult(BaseModel):
    id: str
    seq: int
    status: FactStatus
    code: int = Field(description="The HTTP status this fact would have had on its own")
    detail: str = ""
    errors: list[FieldError] = []

    @property
    def held(self) -> bool:
        return self.status in HELD_STATUSES


class UploadResponse(BaseModel):
    device_id: str
    booth_id: int
    max_seq: int = Field(description="Highest seq the hub holds for this installation (0: none)")
    received_at: datetime
    results: list[FactResult]


# ---------------------------------------------------------------- enrollment
class EnrollRequest(_Model):
    code: Annotated[str, Field(min_length=4, max_length=64, pattern=r"^[A-Za-z0-9 \-]+$")]
    device_name: bounded_text(100) = ""
    installation_id: UUID | None = Field(
        default=None,
        description="A UUID the client database makes once. Re-enrolling the same database "
        "keeps its visitor counts and seq numbers together across device ids, but only with "
        "``previous_token``: an id some device already holds is never taken on a claim alone.",
    )
    previous_token: Annotated[str, Field(max_length=200)] | None = Field(
        default=None,
        description="The device token this database held before (revoked or not). It proves "
        "the re-enrolling laptop is the one that holds ``installation_id``; without it the hub "
        "gives the device an installation of its own.",
    )


class BoothData(BaseModel):
    id: int
    code: str
    name: str
    kind: str
    district: str
    fair_id: int | None
    active: bool


class EnrollResponse(BaseModel):
    device_id: str
    token: str = Field(description="Shown once. Send as 'Authorization: Bearer <token>'.")
    booth: BoothData
    hub_time: datetime


# ---------------------------------------------------------------- changes (hub -> booth)
class FairData(BaseModel):
    id: int
    code: str
    name: str
    place: str
    district: str
    starts_on: date
    ends_on: date


class ProducerData(BaseModel):
    id: int
    code: str
    name: str
    kind: str
    district: str
    commune: str
    active: bool


class ProductData(BaseModel):
    id: int
    sku: str
    barcode: str | None
    name: str
    producer_code: str | None
    category: str
    unit: str
    price: int
    vat_rate: int
    stars: int | None
    star_certified_on: date | None
    star_expires_on: date | None
    traceability_url: str | None
    sold_by_weight: bool
    active: bool


class FairChange(BaseModel):
    entity: Literal["fair"] = "fair"
    data: FairData


class BoothChange(BaseModel):
    entity: Literal["booth"] = "booth"
    data: BoothData


class ProducerChange(BaseModel):
    entity: Literal["producer"] = "producer"
    data: ProducerData


class ProductChange(BaseModel):
    entity: Literal["product"] = "product"
    data: ProductData


Change = Annotated[
    FairChange | BoothChange | ProducerChange | ProductChange, Field(discriminator="entity")
]
ENTITY_ORDER = ("fair", "booth", "producer", "product")  # apply in this order (references)


class ChangesPage(BaseModel):
    """Every change is an upsert of the entity's whole state (the hub never deletes reference
    data; it sets ``active`` false), so applying a page twice is harmless. Apply the page and
    store ``cursor`` in ONE transaction, then ask again while ``has_more``. ``snapshot`` true
    means these pages are the full current state (first sync, or history pruned)."""

    cursor: str = Field(description="Opaque: store it verbatim and send it back")
    has_more: bool
    snapshot: bool
    changes: list[Change]
    hub_time: datetime


# ---------------------------------------------------------------- misc
class HubTime(BaseModel):
    utc: datetime
    unix_ms: int


class HubInfo(BaseModel):
    protocol: int
    supported_protocols: list[int]
    payload_versions: dict[str, list[int]]
    max_batch: int
    max_body_bytes: int
    max_fact_bytes: int = MAX_FACT_BYTES


class ErrorBody(BaseModel):
    error: str
    detail: str = ""


def gzip_json(value: Any) -> bytes:
    """Body for ``POST /facts`` with ``Content-Encoding: gzip`` (about 8x smaller for sales)."""
    text = value.model_dump_json() if isinstance(value, BaseModel) else json.dumps(value)
    return gzip.compress(text.encode("utf-8"), compresslevel=6)


def protocol_headers(token: str | None = None, *, gzipped: bool = False) -> dict[str, str]:
    headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if gzipped:
        headers["Content-Encoding"] = "gzip"
    return headers
