"""JSON API of payment disputes (scope disputes:write)."""

from __future__ import annotations

import uuid
from typing import Literal

from fastapi import APIRouter

from vaern.disputes import service
from vaern.disputes.engine import assess
from vaern.disputes.schemas import Assessment, DisputeInput, DisputeRead
from vaern.orgs.access import Principal
from vaern.orgs.deps import require_scope
from vaern.web.deps import DB, UnitOfWorkRoute
from vaern.web.pagination import Page, PageParams, page_select

router = APIRouter(prefix="/api/v1/disputes", tags=["disputes"], route_class=UnitOfWorkRoute)
SCOPE = "disputes:write"


@router.post("/assess", response_model=Assessment, summary="Assess without storing")
def assess_only(
    data: DisputeInput, session: DB, principal: Principal = require_scope(SCOPE)
) -> Assessment:
    return assess(service.redacted(session, data, organisation_id=principal.organisation_id))


@router.post("", response_model=DisputeRead, status_code=201, summary="Store and assess")
def create(data: DisputeInput, session: DB, principal: Principal = require_scope(SCOPE)) -> object:
    return service.create_dispute(
        session, organisation_id=principal.organisation_id, data=data, actor=principal
    )


@router.get("", response_model=Page[DisputeRead])
def list_(
    session: DB, params: PageParams, principal: Principal = require_scope(SCOPE)
) -> Page[DisputeRead]:
    query = service.disputes_query(organisation_id=principal.organisation_id)
    return page_select(session, query, params, DisputeRead.model_validate)


@router.get("/{dispute_id}", response_model=DisputeRead)
def read(dispute_id: uuid.UUID, session: DB, principal: Principal = require_scope(SCOPE)) -> object:
    return service.get_dispute(
        session, organisation_id=principal.organisation_id, dispute_id=dispute_id, actor=principal
    )


@router.get("/{dispute_id}/letter/{lang}", response_model=dict[str, str])
def letter(
    dispute_id: uuid.UUID,
    lang: Literal["da", "en"],
    session: DB,
    principal: Principal = require_scope(SCOPE),
) -> dict[str, str]:
    row = service.get_dispute(
        session, organisation_id=principal.organisation_id, dispute_id=dispute_id, actor=principal
    )
    return {"language": lang, "text": row.letter_da if lang == "da" else row.letter_en}
