"""JSON API for warnings (scope ``warnings:write``)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from vaern.orgs.access import Principal
from vaern.orgs.deps import require_scope
from vaern.warnings import push, service
from vaern.warnings.models import WarningStatus
from vaern.warnings.schemas import (
    DeliveryRead,
    WarningCreate,
    WarningRead,
    WarningUpdate,
    WarningVersionRead,
    WebhookCreate,
    WebhookCreated,
    WebhookRead,
)
from vaern.web.deps import DB, UnitOfWorkRoute
from vaern.web.pagination import Page, PageParams, page_select

router = APIRouter(prefix="/api/v1", tags=["warnings"], route_class=UnitOfWorkRoute)
WRITE = "warnings:write"


@router.get("/warnings", response_model=Page[WarningRead], summary="This organisation's warnings")
def list_warnings(
    session: DB,
    params: PageParams,
    status: str | None = None,
    principal: Principal = require_scope(WRITE),
) -> Page[WarningRead]:
    query = service.warnings_query(organisation_id=principal.organisation_id, status=status)
    return page_select(session, query, params, WarningRead.model_validate)


@router.get(
    "/warnings/webhooks",
    response_model=list[WebhookRead],
    summary="This organisation's webhooks",
)
def list_webhooks(session: DB, principal: Principal = require_scope(WRITE)) -> object:
    return push.list_webhooks(session, principal=principal)


@router.post("/warnings", response_model=WarningRead, status_code=201, summary="Draft a warning")
def create_warning(
    data: WarningCreate, session: DB, principal: Principal = require_scope(WRITE)
) -> object:
    return service.create_warning(session, principal=principal, data=data)


@router.get("/warnings/{warning_id}", response_model=WarningRead)
def get_warning(
    warning_id: uuid.UUID, session: DB, principal: Principal = require_scope(WRITE)
) -> object:
    return service.get_warning(
        session, organisation_id=principal.organisation_id, warning_id=warning_id
    )


@router.patch("/warnings/{warning_id}", response_model=WarningRead, summary="Update (new version)")
def update_warning(
    warning_id: uuid.UUID,
    data: WarningUpdate,
    session: DB,
    principal: Principal = require_scope(WRITE),
) -> object:
    return service.update_warning(session, principal=principal, warning_id=warning_id, data=data)


@router.get("/warnings/{warning_id}/versions", response_model=list[WarningVersionRead])
def warning_versions(
    warning_id: uuid.UUID, session: DB, principal: Principal = require_scope(WRITE)
) -> object:
    w = service.get_warning(
        session, organisation_id=principal.organisation_id, warning_id=warning_id
    )
    return service.versions(session, warning=w)


def _transition(verb: str, to: WarningStatus, summary: str) -> None:
    @router.post(
        f"/warnings/{{warning_id}}/{verb}",
        response_model=WarningRead,
        summary=summary,
        name=f"warning_{verb}",
    )
    def endpoint(
        warning_id: uuid.UUID, session: DB, principal: Principal = require_scope(WRITE)
    ) -> object:
        return service.set_status(session, principal=principal, warning_id=warning_id, to=to)


_transition("publish", WarningStatus.published, "Publish a warning")
_transition("expire", WarningStatus.expired, "Expire a warning now")
_transition("withdraw", WarningStatus.withdrawn, "Withdraw a warning")


@router.post(
    "/warnings/webhooks",
    response_model=WebhookCreated,
    status_code=201,
    summary="Subscribe a URL to this organisation's warning events",
)
def create_webhook(
    data: WebhookCreate, session: DB, principal: Principal = require_scope(WRITE)
) -> WebhookCreated:
    sub, secret = push.create_webhook(session, principal=principal, url=data.url)
    return WebhookCreated(**WebhookRead.model_validate(sub).model_dump(), secret=secret)


@router.get(
    "/warnings/webhooks/{webhook_id}/deliveries",
    response_model=list[DeliveryRead],
    summary="Delivery log of a webhook",
)
def webhook_deliveries(
    webhook_id: uuid.UUID, session: DB, principal: Principal = require_scope(WRITE)
) -> object:
    sub = push.get_webhook(session, principal=principal, webhook_id=webhook_id)
    return push.deliveries(session, hook=sub)


@router.delete("/warnings/webhooks/{webhook_id}", response_model=WebhookRead)
def delete_webhook(
    webhook_id: uuid.UUID, session: DB, principal: Principal = require_scope(WRITE)
) -> object:
    return push.disable_webhook(session, principal=principal, webhook_id=webhook_id)
