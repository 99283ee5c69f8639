"""JSON API of monitoring: ingest account events, read alerts."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Body

from vaern.errors import Invalid
from vaern.monitoring import service
from vaern.monitoring.schemas import AlertRead, IngestResult
from vaern.orgs.access import Principal
from vaern.web.deps import DB, require_scope
from vaern.web.pagination import Page, PageParams, paginate

router = APIRouter(prefix="/api/v1", tags=["monitoring"])


@router.post("/events", response_model=IngestResult, summary="Send one event or a batch")
def post_events(
    body: Annotated[dict[str, Any] | list[Any], Body()],
    session: DB,
    principal: Principal = require_scope("events:write"),
) -> IngestResult:
    """Idempotent by ``event_id``. A batch answers per item (accepted, duplicate or rejected
    with its reason); a single event that is rejected answers 422."""
    items = body if isinstance(body, list) else [body]
    result = service.ingest(session, organisation_id=principal.organisation_id, items=items)
    if isinstance(body, dict) and result.rejected:
        raise Invalid(result.items[0].reason or "event rejected")
    return result


@router.get("/alerts", response_model=Page[AlertRead])
def alerts(
    session: DB,
    params: PageParams,
    status: str | None = None,
    principal: Principal = require_scope("alerts:read"),
) -> Page[AlertRead]:
    rows = service.list_alerts(session, organisation_id=principal.organisation_id, status=status)
    return paginate([AlertRead.model_validate(a) for a in rows], params)


@router.get("/alerts/{alert_id}", response_model=AlertRead)
def alert(
    alert_id: uuid.UUID, session: DB, principal: Principal = require_scope("alerts:read")
) -> object:
    return service.get_alert(session, organisation_id=principal.organisation_id, alert_id=alert_id)
