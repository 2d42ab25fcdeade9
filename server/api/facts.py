"""POST /facts: a batch of booth facts, each answered on its own."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from app.sync.protocol import ErrorBody, UploadRequest, UploadResponse
from server.auth import DeviceContext, current_device
from server.facts import apply_batch

router = APIRouter(tags=["booth"])


@router.post(
    "/facts",
    response_model=UploadResponse,
    responses={
        401: {"model": ErrorBody}, 413: {"model": ErrorBody}, 415: {"model": ErrorBody},
        429: {"model": ErrorBody},
    },
)
def upload_facts(
    body: UploadRequest,
    request: Request,
    device: Annotated[DeviceContext, Depends(current_device)],
) -> Response:
    """Insert idempotently in one transaction (gzip the body: ``Content-Encoding: gzip``).

    Per fact: ``inserted`` 201, ``duplicate`` 200 (same id, same content), ``conflict`` 409
    (same id, other content), ``invalid`` 422 (errors name the fields), ``forbidden`` 403
    (another booth's fact or sale). The booth is the token's, whatever the payload says.
    """
    answer = apply_batch(request.app.state.hub.db, device, body.facts)
    # Serialised here, once: handing FastAPI the model made it validate the answer again (one
    # FactResult per fact) on another thread before writing the very same JSON.
    return Response(answer.model_dump_json(), media_type="application/json")
