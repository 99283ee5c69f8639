"""JSON API of the outbound log (token scopes outbound:write / outbound:read)."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter

from vaern.orgs.access import Principal
from vaern.orgs.deps import require_scope
from vaern.outbound import service
from vaern.outbound.schemas import (
    BatchResult,
    LookupRequest,
    LookupResult,
    OutboundBatch,
    OutboundItem,
    Retention,
)
from vaern.web.deps import DB, UnitOfWorkRoute
from vaern.web.middleware import register_body_limit

# A full batch of 1,000 items with their texts is larger than the default 1 MiB.
register_body_limit("/api/v1/outbound", 8 * 1024 * 1024)

router = APIRouter(prefix="/api/v1", tags=["outbound log"], route_class=UnitOfWorkRoute)


@router.post("/outbound", response_model=BatchResult, summary="Record one message/call or a batch")
def record(
    data: OutboundBatch | OutboundItem,
    session: DB,
    principal: Principal = require_scope("outbound:write"),
) -> BatchResult:
    items = data.items if isinstance(data, OutboundBatch) else [data]
    return service.ingest(session, principal=principal, items=items)


@router.post(
    "/outbound/lookup", response_model=LookupResult, summary="Did we contact this recipient?"
)
def lookup(
    data: LookupRequest, session: DB, principal: Principal = require_scope("outbound:read")
) -> LookupResult:
    return service.lookup(
        session,
        organisation_id=principal.organisation_id,
        recipient=data.recipient,
        channel=data.channel,
        around=data.around,
        text=data.text,
        window=timedelta(hours=data.window_hours),
        actor=principal,
    )


@router.get("/outbound/retention", response_model=Retention)
def get_retention(session: DB, principal: Principal = require_scope("outbound:read")) -> Retention:
    return Retention(
        days=service.retention_days(session, organisation_id=principal.organisation_id)
    )


@router.put("/outbound/retention", response_model=Retention)
def set_retention(
    data: Retention, session: DB, principal: Principal = require_scope("privacy:admin")
) -> Retention:
    service.set_retention_days(
        session, organisation_id=principal.organisation_id, days=data.days, actor=principal
    )
    return data
