"""JSON API for takedown requests."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from vaern.orgs.access import Principal
from vaern.orgs.deps import require_scope
from vaern.reports.schemas import TakedownRead
from vaern.takedowns import flows
from vaern.web.deps import DB, UnitOfWorkRoute

router = APIRouter(prefix="/api/v1", tags=["reports"], route_class=UnitOfWorkRoute)


@router.post(
    "/campaigns/{campaign_id}/takedowns",
    response_model=list[TakedownRead],
    status_code=201,
    summary="Draft takedown requests with the evidence",
)
def campaign_takedowns(
    campaign_id: uuid.UUID, session: DB, principal: Principal = require_scope("warnings:write")
) -> object:
    return flows.draft_takedowns(session, principal=principal, campaign_id=campaign_id)
