"""An upload body turned into facts to apply: one validating pass when the batch is clean.

Almost every batch a booth sends is well formed, so the common case is parsed by pydantic-core
straight from the body bytes and validated in ONE call for the whole batch, each fact with the
payload model its kind and version name (a tagged union). Nothing of that runs Python code
per field, and the payloads are never validated twice.

When that call fails for any reason (a malformed envelope, an unknown kind or version, one bad
payload, JSON that only Python's parser accepts) the body is parsed again the careful way:
FastAPI-style 422 for a malformed envelope, and a ``FactIn`` per fact whose payload is
validated on its own later, so one bad fact is answered on its own with the fields named.
Both ways give the same answers; the fast one only exists for speed.

What the fact log stores, and the content hash that tells a re-send from a conflict, differ by
path: the fast path stores the payload as pydantic-core writes it (the sender's key order,
UTF-8) and hashes ``kind:version:`` plus that text; the careful path stores canonical JSON
(sorted keys, ASCII) hashed by ``fact_content_hash``. Equal hashes mean the same fact; unequal
hashes are settled by comparing canonical forms (``same_content``), so a re-send is never
taken for a conflict whichever path stored the first copy.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Annotated, Any, Union

import pydantic_core
from fastapi.exceptions import RequestValidationError
from pydantic import Discriminator, Tag, TypeAdapter, ValidationError, create_model

from app.sync.protocol import (
    MAX_BATCH,
    PAYLOAD_MODELS,
    FactIn,
    UploadRequest,
    canonical_json,
    fact_content_hash,
)


@dataclass(slots=True)
class Incoming:
    """One fact of a batch, ready to apply."""

    fact: FactIn  # id, seq, kind, payload_version, created_at
    payload: dict[str, Any]  # as received
    text: str  # what the fact log stores
    content_hash: str
    parsed: Any = None  # the typed payload, when the fast path validated it already


def parse_upload(body: bytes) -> list[Incoming]:
    """The facts of an upload body; raises RequestValidationError (422) for a bad envelope."""
    fast = _fast(body)
    return fast if fast is not None else _careful(body)


def same_content(kind: str, payload_version: int, stored_text: str, incoming: Incoming) -> bool:
    """Whether a held fact (as stored) and an incoming one are the same fact, spelling aside."""
    if kind != incoming.fact.kind or payload_version != incoming.fact.payload_version:
        return False
    try:
        stored = json.loads(stored_text)
    except ValueError:
        return False
    return canonical_json(stored) == canonical_json(incoming.payload)


# ---------------------------------------------------------------- the fast path
def _tag(value: Any) -> str | None:
    if isinstance(value, dict):
        return f"{value.get('kind')}:{value.get('payload_version', 1)}"
    return None


def _typed_fact(kind: str, version: int, model: type) -> Any:
    """FactIn with ``payload`` typed: the envelope's rules stay FactIn's own."""
    typed = create_model(f"FactIn_{kind}_v{version}", __base__=FactIn, payload=(model, ...))
    return Annotated[typed, Tag(f"{kind}:{version}")]


def _typed_union() -> Any:
    members = tuple(_typed_fact(k, v, m) for (k, v), m in PAYLOAD_MODELS.items())
    return Annotated[Union[members], Discriminator(_tag)]  # noqa: UP007 - built from a tuple


_TYPED_FACTS = TypeAdapter(list[_typed_union()])  # type: ignore[misc]


def _fast(body: bytes) -> list[Incoming] | None:
    try:
        document = pydantic_core.from_json(body, allow_inf_nan=False)
    except ValueError:
        return None
    if not isinstance(document, dict):
        return None
    facts = document.get("facts")
    if not isinstance(facts, list) or len(facts) > MAX_BATCH:
        return None
    try:
        typed = _TYPED_FACTS.validate_python(facts)
    except ValidationError:
        return None
    out = []
    to_json, sha256 = pydantic_core.to_json, hashlib.sha256
    for fact, raw in zip(typed, facts, strict=True):
        payload = raw["payload"]
        text = to_json(payload)
        digest = sha256(f"{fact.kind}:{fact.payload_version}:".encode() + text).hexdigest()
        out.append(Incoming(fact, payload, text.decode(), digest, fact.payload))
    return out


# ---------------------------------------------------------------- the careful path
def _careful(body: bytes) -> list[Incoming]:
    try:
        document = json.loads(body)
    except ValueError as exc:
        position = getattr(exc, "pos", 0)
        raise RequestValidationError([{
            "type": "json_invalid", "loc": ("body", position), "msg": "JSON decode error",
            "input": {}, "ctx": {"error": getattr(exc, "msg", str(exc))},
        }]) from None
    try:
        request = UploadRequest.model_validate(document)
    except ValidationError as exc:
        raise RequestValidationError(
            [{**error, "loc": ("body", *error["loc"])} for error in exc.errors(include_url=False)]
        ) from None
    return [
        Incoming(fact, fact.payload, canonical_json(fact.payload),
                 fact_content_hash(fact.kind, fact.payload_version, fact.payload))
        for fact in request.facts
    ]
