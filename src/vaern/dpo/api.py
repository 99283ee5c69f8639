"""JSON API for data-subject requests (scope ``privacy:admin``)."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter

from vaern.dpo import breaches, processing, requests, retention
from vaern.dpo.schemas import (
    AuditChainRead,
    BreachCreate,
    BreachDecision,
    BreachRead,
    BreachUpdate,
    LegalHoldCreate,
    LegalHoldRead,
    RestrictionLift,
    RetentionRuleSet,
    SubjectRequestCreate,
    SubjectRequestRead,
    SubjectRequestRectify,
    SubjectRequestTransition,
)
from vaern.orgs.access import Principal
from vaern.orgs.deps import require_scope
from vaern.privacy import audit, holds
from vaern.privacy.models import Breach, SubjectRequest
from vaern.web.deps import DB, UnitOfWorkRoute
from vaern.web.pagination import Page, PageParams, page_select

router = APIRouter(prefix="/api/v1/privacy", tags=["privacy"], route_class=UnitOfWorkRoute)
SCOPE = "privacy:admin"


def _read(request: SubjectRequest) -> SubjectRequestRead:
    read = SubjectRequestRead.model_validate(request)
    read.overdue = requests.is_overdue(request)
    read.days_left = requests.days_left(request)
    return read


@router.post("/requests", response_model=SubjectRequestRead, status_code=201)
def create(
    data: SubjectRequestCreate, session: DB, principal: Principal = require_scope(SCOPE)
) -> SubjectRequestRead:
    request = requests.create_request(
        session,
        organisation_id=principal.organisation_id,
        kind=data.kind,
        identifiers={str(k): v for k, v in data.identifiers.items()},
        note=data.note,
        actor=principal.actor,
    )
    return _read(request)


@router.get("/requests", response_model=Page[SubjectRequestRead])
def list_(
    session: DB,
    params: PageParams,
    status: str | None = None,
    principal: Principal = require_scope(SCOPE),
) -> Page[SubjectRequestRead]:
    query = requests.requests_query(organisation_id=principal.organisation_id, status=status)
    return page_select(session, query, params, _read)


@router.get("/requests/{request_id}", response_model=SubjectRequestRead)
def get(
    request_id: uuid.UUID, session: DB, principal: Principal = require_scope(SCOPE)
) -> SubjectRequestRead:
    return _read(
        requests.get_request(
            session, organisation_id=principal.organisation_id, request_id=request_id
        )
    )


@router.post("/requests/{request_id}/transition", response_model=SubjectRequestRead)
def move(
    request_id: uuid.UUID,
    data: SubjectRequestTransition,
    session: DB,
    principal: Principal = require_scope(SCOPE),
) -> SubjectRequestRead:
    request = requests.transition(
        session,
        organisation_id=principal.organisation_id,
        request_id=request_id,
        status=data.status,
        reason=data.reason,
        actor=principal.actor,
    )
    return _read(request)


@router.get("/requests/{request_id}/export", summary="Access: all data about the person")
def export(
    request_id: uuid.UUID, session: DB, principal: Principal = require_scope(SCOPE)
) -> dict[str, Any]:
    return requests.export(
        session,
        organisation_id=principal.organisation_id,
        request_id=request_id,
        actor=principal.actor,
    )


@router.post("/requests/{request_id}/erase", summary="Erasure: run every domain's eraser")
def erase(
    request_id: uuid.UUID, session: DB, principal: Principal = require_scope(SCOPE)
) -> dict[str, Any]:
    return requests.erase(
        session,
        organisation_id=principal.organisation_id,
        request_id=request_id,
        actor=principal.actor,
    )


@router.post("/requests/{request_id}/restrict", response_model=SubjectRequestRead)
def restrict(
    request_id: uuid.UUID, session: DB, principal: Principal = require_scope(SCOPE)
) -> SubjectRequestRead:
    request = requests.restrict(
        session,
        organisation_id=principal.organisation_id,
        request_id=request_id,
        actor=principal.actor,
    )
    return _read(request)


@router.post(
    "/subjects/{subject_id}/lift-restriction",
    summary="Lift a restriction (art. 18(3)): processing resumes; the reason is audited",
)
def lift_restriction(
    subject_id: uuid.UUID,
    data: RestrictionLift,
    session: DB,
    principal: Principal = require_scope(SCOPE),
) -> dict[str, Any]:
    return requests.lift_restriction(
        session,
        organisation_id=principal.organisation_id,
        subject_id=subject_id,
        reason=data.reason,
        actor=principal.actor,
    )


@router.post("/requests/{request_id}/rectify", response_model=SubjectRequestRead)
def rectify(
    request_id: uuid.UUID,
    data: SubjectRequestRectify,
    session: DB,
    principal: Principal = require_scope(SCOPE),
) -> SubjectRequestRead:
    request = requests.rectify(
        session,
        organisation_id=principal.organisation_id,
        request_id=request_id,
        identifiers={str(k): v for k, v in data.identifiers.items()},
        actor=principal.actor,
    )
    return _read(request)


@router.get("/processing", summary="Records of processing (art. 30)")
def processing_record(principal: Principal = require_scope(SCOPE)) -> dict[str, Any]:
    return processing.record()


@router.get("/retention", summary="Retention days per data category")
def retention_rules(session: DB, principal: Principal = require_scope(SCOPE)) -> dict[str, int]:
    return retention.rules(session, organisation_id=principal.organisation_id)


@router.put("/retention", summary="Set this organisation's retention for one category")
def set_retention(
    data: RetentionRuleSet, session: DB, principal: Principal = require_scope(SCOPE)
) -> dict[str, int]:
    return retention.set_rule(
        session,
        organisation_id=principal.organisation_id,
        category=data.category,
        days=data.days,
        actor=principal.actor,
    )


@router.post("/retention/dry-run", summary="What the retention job would delete now")
def retention_dry_run(session: DB, principal: Principal = require_scope(SCOPE)) -> dict[str, Any]:
    return retention.apply(session, dry_run=True, organisation_id=principal.organisation_id)


def _breach(breach: Breach) -> BreachRead:
    read = BreachRead.model_validate(breach)
    read.clock = breaches.clock(breach)
    read.hours_left = breaches.hours_left(breach)
    return read


@router.post("/breaches", response_model=BreachRead, status_code=201)
def create_breach(
    data: BreachCreate, session: DB, principal: Principal = require_scope(SCOPE)
) -> BreachRead:
    breach = breaches.create_breach(
        session,
        organisation_id=principal.organisation_id,
        actor=principal.actor,
        **data.model_dump(),
    )
    return _breach(breach)


@router.get("/breaches", response_model=Page[BreachRead])
def list_breaches(
    session: DB, params: PageParams, principal: Principal = require_scope(SCOPE)
) -> Page[BreachRead]:
    query = breaches.breaches_query(organisation_id=principal.organisation_id)
    return page_select(session, query, params, _breach)


@router.get("/breaches/{breach_id}", response_model=BreachRead)
def get_breach(
    breach_id: uuid.UUID, session: DB, principal: Principal = require_scope(SCOPE)
) -> BreachRead:
    return _breach(
        breaches.get_breach(session, organisation_id=principal.organisation_id, breach_id=breach_id)
    )


@router.post("/breaches/{breach_id}/updates", response_model=BreachRead)
def update_breach(
    breach_id: uuid.UUID,
    data: BreachUpdate,
    session: DB,
    principal: Principal = require_scope(SCOPE),
) -> BreachRead:
    breach = breaches.add_update(
        session,
        organisation_id=principal.organisation_id,
        breach_id=breach_id,
        text=data.text,
        actor=principal.actor,
    )
    return _breach(breach)


@router.post("/breaches/{breach_id}/notified", response_model=BreachRead)
def breach_notified(
    breach_id: uuid.UUID, session: DB, principal: Principal = require_scope(SCOPE)
) -> BreachRead:
    breach = breaches.mark_notified(
        session,
        organisation_id=principal.organisation_id,
        breach_id=breach_id,
        actor=principal.actor,
    )
    return _breach(breach)


@router.post("/breaches/{breach_id}/decision", response_model=BreachRead)
def breach_decision(
    breach_id: uuid.UUID,
    data: BreachDecision,
    session: DB,
    principal: Principal = require_scope(SCOPE),
) -> BreachRead:
    breach = breaches.decide_informing(
        session,
        organisation_id=principal.organisation_id,
        breach_id=breach_id,
        inform=data.inform,
        reason=data.reason,
        actor=principal.actor,
    )
    return _breach(breach)


@router.get("/breaches/{breach_id}/draft", summary="Notification draft for Datatilsynet")
def breach_draft(
    breach_id: uuid.UUID, session: DB, principal: Principal = require_scope(SCOPE)
) -> dict[str, Any]:
    breach = breaches.get_breach(
        session, organisation_id=principal.organisation_id, breach_id=breach_id
    )
    return breaches.notification_draft(breach)


@router.get("/holds", response_model=list[LegalHoldRead])
def list_holds(session: DB, principal: Principal = require_scope(SCOPE)) -> list[LegalHoldRead]:
    rows = holds.list_holds(session, organisation_id=principal.organisation_id)
    return [LegalHoldRead.model_validate(h) for h in rows]


@router.post(
    "/holds",
    response_model=LegalHoldRead,
    status_code=201,
    summary="Legal hold: stop retention deletion and erasure",
)
def place_hold(
    data: LegalHoldCreate, session: DB, principal: Principal = require_scope(SCOPE)
) -> LegalHoldRead:
    hold = holds.place(
        session,
        organisation_id=principal.organisation_id,
        scope=data.scope,
        target_id=data.target_id,
        reason=data.reason,
        actor=principal.actor,
    )
    return LegalHoldRead.model_validate(hold)


@router.post("/holds/{hold_id}/release", response_model=LegalHoldRead)
def release_hold(
    hold_id: uuid.UUID, session: DB, principal: Principal = require_scope(SCOPE)
) -> LegalHoldRead:
    hold = holds.release(
        session, organisation_id=principal.organisation_id, hold_id=hold_id, actor=principal.actor
    )
    return LegalHoldRead.model_validate(hold)


@router.get(
    "/audit/verify",
    response_model=AuditChainRead,
    summary="Verify this organisation's audit hash chain",
)
def verify_audit(session: DB, principal: Principal = require_scope(SCOPE)) -> AuditChainRead:
    [report] = audit.verify(session, organisation_id=principal.organisation_id)
    return AuditChainRead(
        chain=report.chain,
        entries=report.entries,
        head_seq=report.head_seq,
        head_hash=report.head_hash,
        ok=report.ok,
        problems=report.problems,
    )
