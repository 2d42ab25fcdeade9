"""POST /facts: a batch of booth facts, each answered on its own."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Request, Response
from starlette.concurrency import run_in_threadpool

from app.sync.protocol import UploadRequest, UploadResponse
from server.api.responses import (
    DEVICE,
    HEADERS_400,
    RETRY_AFTER,
    VALIDATION,
    error,
    merged,
)
from server.auth import DeviceContext, current_device
from server.db import Database
from server.facts import apply_batch
from server.incoming import parse_upload

router = APIRouter(tags=["booth"])

# The body is read and validated by server/incoming.py, not by FastAPI (whose JSON parse and
# envelope validation cost as much as storing the batch); its schema is still documented.
UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/UploadRequest"}}},
    }
}


@router.post(
    "/facts",
    response_model=UploadResponse,
    openapi_extra=UPLOAD_BODY,
    responses=merged(DEVICE, {
        400: error(f"{HEADERS_400}; `bad_gzip`: the body is not valid gzip"),
        422: {**VALIDATION, "description": "The envelope is malformed (not JSON, over 500 "
              "facts, a fact's id, seq, kind, payload_version or created_at): nothing is kept"},
        503: error("`busy`: too many large uploads at once; `database_unavailable`",
                   RETRY_AFTER),
    }),
)
async def upload_facts(
    request: Request,
    device: Annotated[DeviceContext, Depends(current_device)],
) -> Response:
    """Insert idempotently in one transaction (gzip the body: ``Content-Encoding: gzip``).

    Per fact: ``inserted`` 201, ``duplicate`` 200 (same id, same content), ``conflict`` 409
    (same id, other content), ``invalid`` 422 (errors name the fields), ``forbidden`` 403
    (another booth's fact or sale). The booth is the token's, whatever the payload says.
    """
    body = await request.body()
    answer = await run_in_threadpool(_upload, request.app.state.hub.db, device, body)
    return Response(answer, media_type="application/json")


def _upload(db: Database, device: DeviceContext, body: bytes) -> bytes:
    # Serialised here, once: handing FastAPI a model made it validate the answer again (one
    # FactResult per fact) on another thread before writing the very same JSON.
    return apply_batch(db, device, parse_upload(body)).to_json()


def document_upload_body(app: FastAPI) -> None:
    """Put ``UploadRequest`` (and the models it names) into the OpenAPI components, where the
    ``$ref`` above points: FastAPI only collects the models of the parameters it parses."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = generate()
            request = UploadRequest.model_json_schema(ref_template="#/components/schemas/{model}")
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            for name, definition in request.pop("$defs", {}).items():
                components.setdefault(name, definition)
            components["UploadRequest"] = request
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
