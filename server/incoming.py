"""An upload body turned into facts to apply, with each payload read once, from its own bytes.

Almost every batch a booth sends is well formed JSON with a valid envelope, so the common case
is split by msgspec (C) into the facts' envelopes and the exact bytes of each payload, without
building a Python object per payload field. The envelopes are validated by pydantic in one
call for the batch (``HubFactHead``, server/wire_types.py: the rules of the OpenAPI document's
``FactIn``); each payload is validated by its kind and version's model straight from its
bytes (pydantic-core's JSON mode), so one bad payload is answered on its own, with the fields
named, and never slows the rest down. The content hash covers those bytes; what the fact log
stores is the validated payload, written by the hub (``stored_text``), never the bytes a booth
sent.

The careful path reads the body with Python's json module and ``HubUpload``, as FastAPI
would: it gives the 422 of a malformed envelope (naming the field) and reads what only
Python's parser accepts (NaN, Infinity). Its payloads are validated from the parsed objects and
hashed by ``fact_content_hash``.

One fact never fails the batch: a payload over ``MAX_FACT_BYTES`` is refused unread, and one
nested too deep for the parsers (which raise RecursionError for the whole body) is cut out of
the body and answered on its own (``_cut_deep_payloads``).

Equal hashes mean the same fact; unequal ones are settled by comparing canonical forms
(``same_content``), so a re-send is never taken for a conflict whichever way, or in whichever
spelling, the first copy came.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

import msgspec
from fastapi.exceptions import RequestValidationError
from pydantic import TypeAdapter, ValidationError

from app.sync.payloads import PAYLOAD_MODELS
from app.sync.protocol import (
    MAX_BATCH,
    MAX_FACT_BYTES,
    FactHead,
    FieldError,
    canonical_json,
    fact_content_hash,
)
from server.wire_types import HubFactHead, HubUpload

MAX_PAYLOAD_DEPTH = 32  # a sale is 3 deep (payload, lines, line)
TOO_LARGE = FieldError(loc="payload", msg=f"larger than {MAX_FACT_BYTES} bytes")
TOO_DEEP = FieldError(loc="payload", msg=f"nested deeper than {MAX_PAYLOAD_DEPTH} levels")


@dataclass(slots=True)
class Incoming:
    """One fact of a batch, ready to apply."""

    fact: FactHead  # id, seq, kind, payload_version, created_at
    raw: bytes | None  # the payload as sent (fast path)
    content_hash: str
    parsed: Any = None  # the typed payload, once validated
    failure: ValidationError | None = None  # why the payload is not valid, if it was tried
    refused: list[FieldError] = field(default_factory=list)  # refused before validation
    loaded: dict[str, Any] | None = None  # the payload as Python objects, when needed

    @property
    def payload(self) -> dict[str, Any]:
        if self.loaded is None:
            self.loaded = json.loads(self.raw or b"{}")
        return self.loaded


def stored_text(parsed: Any) -> str:
    """What the fact log keeps of a valid payload: its model's JSON (always valid JSON, in one
    spelling, unknown fields dropped). Its model's serializer straight: ``model_dump_json``'s
    wrapper cost a fifth of the serialisation."""
    return type(parsed).__pydantic_serializer__.to_json(parsed, warnings=False).decode()


def parse_upload(body: bytes) -> list[Incoming]:
    """The facts of an upload body; raises RequestValidationError (422) for a bad envelope."""
    try:
        return _parse(body, set())
    except RecursionError:
        cut = _cut_deep_payloads(body)
        if cut is None:
            raise RequestValidationError([{
                "type": "json_invalid", "loc": ("body",), "msg": "JSON nested too deep",
                "input": {}, "ctx": {"error": "nested too deep outside a fact's payload"},
            }]) from None
        return _parse(*cut)


def _parse(body: bytes, deep: set[int]) -> list[Incoming]:
    items = _fast(body)
    if items is None:
        items = _careful(body)
    for index in deep:
        items[index].refused = [TOO_DEEP]
        items[index].parsed = items[index].failure = None
    return items


def same_content(kind: str, payload_version: int, stored_text_: str, incoming: Incoming
                 ) -> bool:
    """Whether a held fact (as stored) and an incoming one are the same fact, spelling aside:
    equal as sent, or equal once validated (the log keeps the validated form, so a re-send
    that differs only in an unknown field, or in how a value is spelled, is the same fact)."""
    if kind != incoming.fact.kind or payload_version != incoming.fact.payload_version:
        return False
    try:
        stored = canonical_json(json.loads(stored_text_))
        if stored == canonical_json(incoming.payload):
            return True
    except (ValueError, RecursionError):
        return False
    parsed = incoming.parsed if incoming.parsed is not None else _validated(
        kind, payload_version, incoming.payload)
    if parsed is None:
        return False
    mine = canonical_json(json.loads(stored_text(parsed)))
    if stored == mine:
        return True
    held = _validated(kind, payload_version, json.loads(stored_text_))  # stored as sent once
    return held is not None and canonical_json(json.loads(stored_text(held))) == mine


def _validated(kind: str, version: int, payload: Any) -> Any:
    model = PAYLOAD_MODELS.get((kind, version))
    try:
        return model.model_validate(payload) if model is not None else None
    except ValidationError:
        return None


# ---------------------------------------------------------------- the fast path
class _RawFact(msgspec.Struct):
    """Split only: every check is pydantic's (``HubFactHead``, then the payload's model)."""

    id: Any
    seq: Any
    kind: Any
    created_at: Any
    payload: msgspec.Raw
    payload_version: Any = 1  # FactHead's default


class _RawUpload(msgspec.Struct):
    facts: list[_RawFact]


_SPLIT = msgspec.json.Decoder(_RawUpload)
_HEADS = TypeAdapter(list[HubFactHead])
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
        prefix = f"{head.kind}:{head.payload_version}:".encode()
        item = Incoming(head, payload, sha256(prefix + payload).hexdigest())
        validator = _PAYLOAD_VALIDATORS.get((head.kind, head.payload_version))
        if len(payload) > MAX_FACT_BYTES:
            item.refused = [TOO_LARGE]
        elif validator is not None:  # an unknown kind or version is answered by server/facts
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
        request = HubUpload.model_validate(document)
    except ValidationError as exc:
        raise RequestValidationError(
            [{**error, "loc": ("body", *error["loc"])} for error in exc.errors(include_url=False)]
        ) from None
    out = []
    for fact in request.facts:
        item = Incoming(fact, None, fact_content_hash(fact.kind, fact.payload_version,
                                                      fact.payload), loaded=fact.payload)
        size = len(json.dumps(fact.payload, ensure_ascii=False).encode("utf-8", "surrogatepass"))
        if size > MAX_FACT_BYTES:
            item.refused = [TOO_LARGE]
        out.append(item)
    return out


# ---------------------------------------------------------------- payloads nested too deep
# A JSON string (with a colon after it when it is a key) or a bracket; nothing else matters
# for nesting. Scanning is in C (the regex), the loop is per string or bracket.
_TOKEN = re.compile(rb'("(?:[^"\\]|\\.)*")(\s*:)?|[\[\]{}]', re.DOTALL)
_FACTS, _PAYLOAD = b'"facts"', b'"payload"'


def _cut_deep_payloads(body: bytes) -> tuple[bytes, set[int]] | None:
    """The body with every fact payload nested deeper than MAX_PAYLOAD_DEPTH replaced by
    ``{}``, and the positions of those facts; None when something else is nested that deep
    (or the brackets do not match): then no fact can be told from another."""
    keys: list[bytes] = []  # the key each open container sits under (b"" in an array)
    key = b""
    fact, start, deepest = -1, -1, 0
    cuts: list[tuple[int, int]] = []
    deep: set[int] = set()
    for match in _TOKEN.finditer(body):
        char = body[match.start()]
        if char == 0x22:  # a string: a key when a colon follows
            if match.group(2) is not None:
                key = match.group(1)
            continue
        if char in b"{[":
            keys.append(key)
            key = b""
            depth = len(keys)
            in_facts = depth >= 3 and keys[1] == _FACTS
            if in_facts and depth == 3:
                fact += 1
            elif in_facts and depth == 4 and keys[3] == _PAYLOAD:
                start, deepest = match.start(), depth
            if start >= 0:
                deepest = max(deepest, depth)
            elif depth > MAX_PAYLOAD_DEPTH:
                return None
            continue
        if not keys:
            return None
        if start >= 0 and len(keys) == 4:
            if deepest - 3 > MAX_PAYLOAD_DEPTH:
                cuts.append((start, match.end()))
                deep.add(fact)
            start = -1
        keys.pop()
        key = b""
    if keys or not cuts:
        return None
    out, last = bytearray(), 0
    for begin, end in cuts:
        out += body[last:begin] + b"{}"
        last = end
    out += body[last:]
    return bytes(out), deep
