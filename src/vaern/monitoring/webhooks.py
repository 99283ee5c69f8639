"""Alert delivery to the organisation's own systems by HMAC-signed webhook.

Signing, attempts and backoff are the shared ``vaern.delivery`` ones, so a receiver
verifies alert, case and warning webhooks the same way. Alert webhooks are their
own subscriptions: alerts are internal to the organisation and must never reach the
partner apps that receive public warnings. Each alert at or above a webhook's minimum
severity is queued as a delivery (the log) when it is raised and sent by the
``monitoring.webhooks`` job, or at once by ``deliver_due`` after an ingest.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from functools import partial
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern import delivery
from vaern.config import settings
from vaern.db import utcnow
from vaern.errors import Invalid, NotFound
from vaern.monitoring.models import Alert, AlertDelivery, AlertWebhook
from vaern.orgs.access import Principal
from vaern.orgs.models import Organisation
from vaern.privacy import vault

SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2, "critical": 3}
EVENT = "monitoring.alert"


def _context(organisation_id: uuid.UUID) -> str:
    return f"alert-webhook:{organisation_id}"


def _require_admin(principal: Principal) -> None:
    if principal.kind == "token":
        principal.require_scope("alerts:admin")
    else:
        principal.require("admin")


def create_webhook(
    session: Session, *, principal: Principal, url: str, min_severity: str = "high"
) -> tuple[AlertWebhook, str]:
    """Register a receiver; the signing secret is returned once and kept in the vault."""
    _require_admin(principal)
    if min_severity not in SEVERITY_RANK:
        raise Invalid(f"min_severity must be one of {', '.join(SEVERITY_RANK)}")
    hook, secret = delivery.create_endpoint(
        session,
        AlertWebhook,
        principal=principal,
        url=url,
        context=_context(principal.organisation_id),
        object_type="alert_webhook",
    )
    hook.min_severity = min_severity
    session.flush()
    return hook, secret


def list_webhooks(session: Session, *, principal: Principal) -> list[AlertWebhook]:
    _require_admin(principal)
    query = sa.select(AlertWebhook).where(AlertWebhook.organisation_id == principal.organisation_id)
    return list(session.scalars(query.order_by(AlertWebhook.created_at)))


def delivery_log(
    session: Session, *, principal: Principal, webhook_id: uuid.UUID
) -> list[AlertDelivery]:
    _require_admin(principal)
    hook = session.get(AlertWebhook, webhook_id)
    if hook is None or hook.organisation_id != principal.organisation_id:
        raise NotFound("No such webhook.")
    return list(
        session.scalars(
            sa.select(AlertDelivery)
            .where(AlertDelivery.webhook_id == webhook_id)
            .order_by(AlertDelivery.created_at.desc())
            .limit(200)
        )
    )


def enqueue(session: Session, alert: Alert) -> int:
    """Queue the alert for every active webhook whose minimum severity it reaches."""
    rank = SEVERITY_RANK[alert.severity]
    hooks = session.scalars(
        sa.select(AlertWebhook).where(
            AlertWebhook.organisation_id == alert.organisation_id,
            AlertWebhook.active.is_(True),
        )
    )
    rows = [
        AlertDelivery(organisation_id=alert.organisation_id, webhook_id=h.id, alert_id=alert.id)
        for h in hooks
        if SEVERITY_RANK[h.min_severity] <= rank
    ]
    session.add_all(rows)
    return len(rows)


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


def _post(session: Session, d: AlertDelivery) -> str:
    hook = session.get(AlertWebhook, d.webhook_id)
    alert = session.get(Alert, d.alert_id)
    org = session.get(Organisation, d.organisation_id)
    if hook is None or alert is None or org is None or not hook.active:
        raise delivery.Gone("webhook or alert removed")
    body = json.dumps({"id": str(d.id), **payload(alert, org.slug)}, ensure_ascii=False).encode()
    secret = vault.decrypt(hook.secret, context=_context(hook.organisation_id))
    return delivery.post_signed(
        hook.url, secret=secret, body=body, event=EVENT, delivery_id=str(d.id)
    )


def deliver_due(
    session: Session,
    *,
    now: datetime | None = None,
    organisation_id: uuid.UUID | None = None,
    limit: int = 200,
) -> dict[str, int]:
    """Try each due delivery once (``delivery.attempt``: backoff, give-up, log); with an
    organisation, only its deliveries (sent right after its ingest)."""
    now = now or utcnow()
    query = sa.select(AlertDelivery).where(
        AlertDelivery.status == "pending", AlertDelivery.next_attempt_at <= now
    )
    if organisation_id is not None:
        query = query.where(AlertDelivery.organisation_id == organisation_id)
    counts = dict.fromkeys(("delivered", "retry", "failed"), 0)
    for d in session.scalars(query.order_by(AlertDelivery.next_attempt_at).limit(limit)).all():
        counts[delivery.attempt(d, partial(_post, session, d), now=now)] += 1
        session.flush()
    return counts
