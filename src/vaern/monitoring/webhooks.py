"""Alert delivery to the organisation's own systems by HMAC-signed webhook (topic
``monitoring`` of ``vaern.webhooks``). Each alert at or above a webhook's minimum severity
is queued as a delivery when it is raised and sent by the ``monitoring.webhooks`` job, or
at once by ``deliver_due`` after an ingest.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from vaern.config import settings
from vaern.errors import Invalid
from vaern.monitoring.models import Alert
from vaern.orgs.access import Principal
from vaern.orgs.models import Organisation
from vaern.webhooks import service as webhooks
from vaern.webhooks.models import Webhook, WebhookDelivery

TOPIC = "monitoring"
SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2, "critical": 3}
EVENT = "monitoring.alert"


def _require_admin(principal: Principal) -> None:
    if principal.kind == "token":
        principal.require_scope("alerts:admin")
    else:
        principal.require("admin")


def create_webhook(
    session: Session, *, principal: Principal, url: str, min_severity: str = "high"
) -> tuple[Webhook, str]:
    """Register a receiver; the signing secret is returned once and kept in the vault."""
    _require_admin(principal)
    if min_severity not in SEVERITY_RANK:
        raise Invalid(f"min_severity must be one of {', '.join(SEVERITY_RANK)}")
    return webhooks.create(
        session,
        principal=principal,
        topic=TOPIC,
        url=url,
        options={"min_severity": min_severity},
    )


def list_webhooks(session: Session, *, principal: Principal) -> list[Webhook]:
    _require_admin(principal)
    return webhooks.list_hooks(session, organisation_id=principal.organisation_id, topic=TOPIC)


def read(hook: Webhook) -> dict[str, Any]:
    """A webhook as the API shows it."""
    return {
        "id": hook.id,
        "url": hook.url,
        "min_severity": hook.options.get("min_severity", "high"),
        "active": hook.active,
        "created_at": hook.created_at,
    }


def delivery_log(
    session: Session, *, principal: Principal, webhook_id: uuid.UUID
) -> list[WebhookDelivery]:
    _require_admin(principal)
    org = principal.organisation_id
    webhooks.get(session, organisation_id=org, topic=TOPIC, webhook_id=webhook_id)
    return webhooks.deliveries(session, organisation_id=org, topic=TOPIC, webhook_id=webhook_id)


def enqueue(session: Session, alert: Alert) -> int:
    """Queue the alert for every active webhook whose minimum severity it reaches."""
    rank = SEVERITY_RANK[alert.severity]
    org = session.get(Organisation, alert.organisation_id)
    return webhooks.enqueue(
        session,
        organisation_id=alert.organisation_id,
        topic=TOPIC,
        event=EVENT,
        payload=payload(alert, org.slug if org else ""),
        subject_id=alert.id,
        accepts=lambda h: SEVERITY_RANK[h.options.get("min_severity", "high")] <= rank,
    )


def payload(alert: Alert, slug: str) -> dict[str, Any]:
    """What the receiver gets: the alert without any clear personal data."""
    return {
        "event": EVENT,
        "alert": {
            "id": str(alert.id),
            "event_id": alert.event_id,
            "account_ref": alert.account_ref,
            "typology": alert.typology_id,
            "typology_version": alert.typology_version,
            "severity": alert.severity,
            "action": alert.action,
            "score": alert.score,
            "model_score": alert.model_score,
            "explanation": alert.explanation,
            "event_ids": alert.event_ids,
            "features": alert.features,
            "occurred_at": alert.occurred_at.isoformat(),
            "url": f"{settings().base_url}/staff/{slug}/alerts",
        },
    }


def deliver_due(
    session: Session,
    *,
    now: datetime | None = None,
    organisation_id: uuid.UUID | None = None,
    limit: int = 200,
) -> dict[str, int]:
    """Try each due alert delivery once; with an organisation, only its deliveries (sent
    right after its ingest)."""
    return webhooks.deliver_due(
        session, topic=TOPIC, now=now, organisation_id=organisation_id, limit=limit
    )
