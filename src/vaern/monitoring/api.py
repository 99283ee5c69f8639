"""JSON API of monitoring: ingest account events, read alerts."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Body

from vaern import config, db
from vaern.db import utcnow
from vaern.errors import Invalid
from vaern.monitoring import broker, flows, service, webhooks
from vaern.monitoring.schemas import (
    AlertRead,
    DeliveryRead,
    IngestResult,
    WebhookCreate,
    WebhookCreated,
    WebhookRead,
)
from vaern.orgs.access import Principal
from vaern.orgs.deps import require_scope
from vaern.web.deps import DB, UnitOfWorkRoute
from vaern.web.pagination import Page, PageParams, page_select

router = APIRouter(prefix="/api/v1", tags=["monitoring"], route_class=UnitOfWorkRoute)


@router.post("/events", response_model=IngestResult, summary="Send one event or a batch")
def post_events(
    body: Annotated[dict[str, Any] | list[Any], Body()],
    session: DB,
    background: BackgroundTasks,
    principal: Principal = require_scope("events:write"),
) -> IngestResult:
    """Up to 1,000 events: a JSON array, ``{"events": [...]}`` or one event. Idempotent by
    ``event_id``. A batch answers per item (accepted, duplicate or rejected with its
    reason); a single event that is rejected answers 422. Embedded: scored and its alerts
    stored before the answer; their cases and webhooks right after it (and, should the
    process stop first, by the ``monitoring.webhooks`` job). With a broker
    (``VAERN_MONITORING_NATS_URL``): answered once JetStream has stored the events; workers
    score them and the alert outbox raises the alerts. 503 while the broker is down."""
    items, single = service.items_of(body)
    publisher = broker.publisher(config.settings())
    if publisher is not None:
        result = publisher.publish(principal.organisation_id, items, now=utcnow())
    else:
        result = service.ingest(session, organisation_id=principal.organisation_id, items=items)
    if single and result.rejected:
        raise Invalid(result.items[0].reason or "event rejected")
    if any(i.alert_ids for i in result.items if i.status == "accepted"):
        background.add_task(_follow_up_alerts, principal.organisation_id)
    return result


def _follow_up_alerts(organisation_id: uuid.UUID) -> None:
    # Runs after the answer, once the request's unit of work has committed, in its own.
    with db.session_scope() as session:
        flows.run_alert_flows(session, organisation_id=organisation_id)
    with db.session_scope() as session:
        webhooks.deliver_due(session, organisation_id=organisation_id)


@router.post(
    "/alert-webhooks",
    response_model=WebhookCreated,
    status_code=201,
    summary="Send this organisation's alerts to a URL (HMAC-signed)",
)
def create_webhook(
    data: WebhookCreate, session: DB, principal: Principal = require_scope("alerts:admin")
) -> WebhookCreated:
    hook, secret = webhooks.create_webhook(
        session, principal=principal, url=data.url, min_severity=data.min_severity
    )
    return WebhookCreated(**webhooks.read(hook), secret=secret)


@router.get("/alert-webhooks", response_model=list[WebhookRead])
def list_webhooks(session: DB, principal: Principal = require_scope("alerts:admin")) -> object:
    return [webhooks.read(h) for h in webhooks.list_webhooks(session, principal=principal)]


@router.get(
    "/alert-webhooks/{webhook_id}/deliveries",
    response_model=list[DeliveryRead],
    summary="Delivery log of an alert webhook",
)
def webhook_deliveries(
    webhook_id: uuid.UUID, session: DB, principal: Principal = require_scope("alerts:admin")
) -> object:
    return webhooks.delivery_log(session, principal=principal, webhook_id=webhook_id)


@router.get("/alerts", response_model=Page[AlertRead])
def alerts(
    session: DB,
    params: PageParams,
    status: str | None = None,
    principal: Principal = require_scope("alerts:read"),
) -> Page[AlertRead]:
    query = service.alerts_query(organisation_id=principal.organisation_id, status=status)
    return page_select(session, query, params, AlertRead.model_validate)


@router.get("/alerts/{alert_id}", response_model=AlertRead)
def alert(
    alert_id: uuid.UUID, session: DB, principal: Principal = require_scope("alerts:read")
) -> object:
    return service.get_alert(session, organisation_id=principal.organisation_id, alert_id=alert_id)
