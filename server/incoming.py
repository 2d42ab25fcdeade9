"""An upload body turned into facts to apply, with each payload read once, from its own bytes.

Almost every batch a booth sends is well formed JSON with a valid envelope, so the common case
is split by msgspec (C) into the facts' envelopes and the exact bytes of each payload, without
building a Python object per payload field. The envelopes are validated by pydantic in one
call for the batch (``FactHead``: the same rules as ``FactIn``); each payload is validated by
its kind and version's model straight from its bytes (pydantic-core's JSON mode), so one bad
payload is answered on its own, with the fields named, and never slows the rest down. The
fact log stores a payload as it was sent and the content hash covers those bytes.

The careful path reads the body with Python's json module and ``UploadRequest``, exactly as
FastAPI would: it gives the 422 of a malformed envelope (naming the field) and reads what only
Python's parser accepts (NaN, Infinity). Its payloads are validated from the parsed objects
and stored as canonical JSON (sorted keys, ASCII), hashed by ``fact_content_hash``.

Equal hashes mean the same fact; unequal ones are settled by comparing canonical forms
(``same_content``), so a re-send is never taken for a conflict whichever way, or in whichever
spelling, the first copy came.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import msgspec
from fastapi.exceptions import RequestValidationError
from pydantic import TypeAdapter, ValidationError

from app.sync.payloads import PAYLOAD_MODELS
from app.sync.protocol import (
    MAX_BATCH,
    FactHead,
    UploadRequest,
    canonical_json,
    fact_content_hash,
)


@dataclass(slots=True)
class Incoming:
    """One fact of a batch, ready to apply."""

    fact: FactHead  # id, seq, kind, payload_version, created_at
    text: str  # the payload as the fact log stores it
    content_hash: str
    parsed: Any = None  # the typed payload, once validated
    failure: ValidationError | None = None  # why the payload is not valid, if it was tried
    loaded: dict[str, Any] | None = None  # the payload as Python objects, when needed

    @property
    def payload(self) -> dict[str, Any]:
        if self.loaded is None:
            self.loaded = json.loads(self.text)
        return self.loaded


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
class _RawFact(msgspec.Struct):
    """Split only: every check is pydantic's (``FactHead``, then the payload's model)."""

    id: Any
    seq: Any
    kind: Any
    created_at: Any
    payload: msgspec.Raw
    payload_version: Any = 1  # FactHead's default


class _RawUpload(msgspec.Struct):
    facts: list[_RawFact]


_SPLIT = msgspec.json.Decoder(_RawUpload)
_HEADS = TypeAdapter(list[FactHead])
_PAYLOAD_VALIDATORS = {key: model.__pydantic_validator__ for key, model in PAYLOAD_MODELS.items()}


def _fast(body: bytes) -> list[Incoming] | None:
    """None when the body needs the careful path (anything about the envelope is wrong, or
    the JSON is of a kind msgspec does not read)."""
    try:
        facts = _SPLIT.decode(body).facts
    except msgspec.DecodeError:
        return None
    if len(facts) > MAX_BATCH:
        return None
    try:
        heads = _HEADS.validate_python(facts, from_attributes=True)
    except ValidationError:
        return None
    out = []
    sha256 = hashlib.sha256
    for head, raw in zip(heads, facts, strict=True):
        payload = bytes(raw.payload)
        if payload[:1] != b"{":  # not an object: the envelope's own 422, the careful way
            return None
        try:
            text = payload.decode()
        except UnicodeDecodeError:
            return None
        prefix = f"{head.kind}:{head.payload_version}:".encode()
        item = Incoming(head, text, sha256(prefix + payload).hexdigest())
        validator = _PAYLOAD_VALIDATORS.get((head.kind, head.payload_version))
        if validator is not None:  # an unknown kind or version is answered by server/facts
            try:
                item.parsed = validator.validate_json(payload)
            except ValidationError as exc:
                item.failure = exc
        out.append(item)
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
        Incoming(fact, canonical_json(fact.payload),
                 fact_content_hash(fact.kind, fact.payload_version, fact.payload),
                 loaded=fact.payload)
        for fact in request.facts
    ]
