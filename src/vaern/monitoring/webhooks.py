"""Alert delivery to the organisation's own systems by HMAC-signed webhook.

Signing, attempt limit, backoff and timeout are the warnings domain's (``warnings.push``),
so a receiver verifies alert and warning webhooks the same way. Alert webhooks are their
own subscriptions: alerts are internal to the organisation and must never reach the
partner apps that receive public warnings. Each alert at or above a webhook's minimum
severity is queued as a delivery (the log) when it is raised and sent by the
``monitoring.webhooks`` job, or at once by ``deliver_due`` after an ingest.
"""

from __future__ import annotations

import json
import secrets
import uuid
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import httpx2
import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.config import settings
from vaern.db import utcnow
from vaern.errors import Invalid, NotFound
from vaern.monitoring.models import Alert, AlertDelivery, AlertWebhook
from vaern.orgs.access import Principal
from vaern.orgs.models import Organisation
from vaern.privacy import audit, vault
from vaern.warnings import push

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
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or len(url) > 500:
        raise Invalid("The webhook URL must be an http(s) URL.")
    if min_severity not in SEVERITY_RANK:
        raise Invalid(f"min_severity must be one of {', '.join(SEVERITY_RANK)}")
    secret = "whsec_" + secrets.token_urlsafe(32)
    org = principal.organisation_id
    hook = AlertWebhook(
        organisation_id=org,
        url=url,
        secret=vault.encrypt(secret, context=_context(org)),
        min_severity=min_severity,
    )
    session.add(hook)
    session.flush()
    audit.record(
        session,
        action="monitoring.webhook.create",
        actor_type=principal.kind,
        actor_id=principal.id,
        organisation_id=org,
        object_type="alert_webhook",
        object_id=hook.id,
    )
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
        raise LookupError("webhook or alert removed")
    body = json.dumps({"id": str(d.id), **payload(alert, org.slug)}, ensure_ascii=False).encode()
    secret = vault.decrypt(hook.secret, context=_context(hook.organisation_id))
    response = httpx2.post(
        hook.url,
        content=body,
        headers={
            "content-type": "application/json",
            "x-vaern-event": EVENT,
            "x-vaern-delivery": str(d.id),
            "x-vaern-signature": push.sign(secret, body, int(utcnow().timestamp())),
        },
        timeout=push.TIMEOUT_SECONDS,
    )
    if response.status_code >= 300:
        raise RuntimeError(f"HTTP {response.status_code}")
    return f"HTTP {response.status_code}"


def deliver_due(
    session: Session,
    *,
    now: datetime | None = None,
    organisation_id: uuid.UUID | None = None,
    limit: int = 200,
) -> dict[str, int]:
    """Try each due delivery once; a failure waits as long as a warning webhook's would
    (``push.BASE_BACKOFF`` doubling) and gives up after ``push.MAX_ATTEMPTS``."""
    now = now or utcnow()
    query = sa.select(AlertDelivery).where(
        AlertDelivery.status == "pending", AlertDelivery.next_attempt_at <= now
    )
    if organisation_id is not None:
        query = query.where(AlertDelivery.organisation_id == organisation_id)
    counts = dict.fromkeys(("delivered", "retry", "failed"), 0)
    for d in session.scalars(query.order_by(AlertDelivery.next_attempt_at).limit(limit)).all():
        d.attempts += 1
        try:
            d.last_result = _post(session, d)
            d.status, d.delivered_at = "delivered", now
        except LookupError as exc:
            d.status, d.last_result = "cancelled", str(exc)
        except Exception as exc:
            d.last_result = f"{type(exc).__name__}: {str(exc)[:200]}"
            if d.attempts < push.MAX_ATTEMPTS:
                d.next_attempt_at = now + push.BASE_BACKOFF * 2 ** (d.attempts - 1)
            else:
                d.status = "failed"
        outcome = {"delivered": "delivered", "pending": "retry"}.get(d.status, "failed")
        counts[outcome] += 1
        session.flush()
    return counts
