"""Subscribe, queue, sign and deliver webhooks for every topic.

A receiver verifies every Værn webhook the same way: ``x-vaern-signature`` is
``t=<unix time>,v1=<hex HMAC-SHA256 of "<t>.<body>">`` under the secret shown once at
creation (kept in the vault); ``x-vaern-event`` names the event and ``x-vaern-delivery``
the delivery (also the body's ``id``). Each domain maps its own endpoints and permission
checks onto these functions with its topic.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import uuid
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

import httpx2
import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern import delivery, egress
from vaern.db import utcnow
from vaern.errors import NotFound
from vaern.orgs.access import Principal
from vaern.privacy import audit, vault
from vaern.webhooks.models import Webhook, WebhookDelivery, secret_context

TIMEOUT_SECONDS = 5.0


def new_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


def create(
    session: Session,
    *,
    principal: Principal,
    topic: str,
    url: str,
    options: dict[str, Any] | None = None,
) -> tuple[Webhook, str]:
    """A webhook for the principal's organisation; the URL must resolve to public addresses
    only (``egress.check``). The signing secret is returned once and kept encrypted."""
    egress.check(url)
    secret = new_secret()
    hook = Webhook(
        organisation_id=principal.organisation_id,
        topic=topic,
        url=url,
        secret=vault.encrypt(secret, context=secret_context(topic, principal.organisation_id)),
        options=options or {},
    )
    session.add(hook)
    session.flush()
    _audit(session, principal, hook, "create")
    return hook, secret


def _audit(session: Session, principal: Principal, hook: Webhook, what: str) -> None:
    audit.record(
        session,
        action=f"webhook.{what}",
        actor_type=principal.kind,
        actor_id=principal.id,
        organisation_id=principal.organisation_id,
        object_type=f"webhook:{hook.topic}",
        object_id=hook.id,
    )


def list_hooks(session: Session, *, organisation_id: uuid.UUID, topic: str) -> list[Webhook]:
    return list(
        session.scalars(
            sa.select(Webhook)
            .where(Webhook.organisation_id == organisation_id, Webhook.topic == topic)
            .order_by(Webhook.created_at)
        )
    )


def get(
    session: Session, *, organisation_id: uuid.UUID, topic: str, webhook_id: uuid.UUID
) -> Webhook:
    hook = session.get(Webhook, webhook_id)
    if hook is None or hook.organisation_id != organisation_id or hook.topic != topic:
        raise NotFound("No such webhook.")
    return hook


def disable(
    session: Session, *, principal: Principal, topic: str, webhook_id: uuid.UUID
) -> Webhook:
    """Stop sending to a webhook; its pending deliveries are cancelled when they come up."""
    hook = get(
        session, organisation_id=principal.organisation_id, topic=topic, webhook_id=webhook_id
    )
    if hook.active:
        hook.active = False
        _audit(session, principal, hook, "disable")
    return hook


def enqueue(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    topic: str,
    event: str,
    payload: dict[str, Any],
    subject_id: uuid.UUID | None = None,
    accepts: Callable[[Webhook], bool] = lambda _hook: True,
    now: datetime | None = None,
) -> int:
    """Queue ``payload`` for every active webhook of the topic that ``accepts`` it, due
    ``now`` (the time the caller's work runs at)."""
    due = now or utcnow()
    hooks = session.scalars(
        sa.select(Webhook).where(
            Webhook.organisation_id == organisation_id,
            Webhook.topic == topic,
            Webhook.active.is_(True),
        )
    )
    rows = [
        WebhookDelivery(
            organisation_id=organisation_id,
            topic=topic,
            webhook_id=hook.id,
            subject_id=subject_id,
            event=event,
            payload=payload,
            next_attempt_at=due,
        )
        for hook in hooks
        if accepts(hook)
    ]
    session.add_all(rows)
    return len(rows)


def deliveries(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    topic: str,
    webhook_id: uuid.UUID | None = None,
    subject_id: uuid.UUID | None = None,
    limit: int = 200,
) -> list[WebhookDelivery]:
    """The delivery log, newest first."""
    q = sa.select(WebhookDelivery).where(
        WebhookDelivery.organisation_id == organisation_id, WebhookDelivery.topic == topic
    )
    if webhook_id is not None:
        q = q.where(WebhookDelivery.webhook_id == webhook_id)
    if subject_id is not None:
        q = q.where(WebhookDelivery.subject_id == subject_id)
    return list(session.scalars(q.order_by(WebhookDelivery.created_at.desc()).limit(limit)))


def sign(secret: str, body: bytes, timestamp: int) -> str:
    """``t=<unix time>,v1=<hex HMAC-SHA256 of "<t>.<body>">``; receivers check both."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def post_signed(url: str, *, secret: str, body: bytes, event: str, delivery_id: str) -> str:
    headers = {
        "content-type": "application/json",
        "x-vaern-event": event,
        "x-vaern-delivery": delivery_id,
        "x-vaern-signature": sign(secret, body, int(utcnow().timestamp())),
    }
    # Checked again at every call: the name may resolve elsewhere by now (DNS rebinding).
    target, host, extensions = egress.pinned(url)
    with httpx2.Client(timeout=TIMEOUT_SECONDS, follow_redirects=False, trust_env=False) as c:
        response = c.post(target, content=body, headers={**headers, **host}, extensions=extensions)
    if response.status_code >= 300:
        raise RuntimeError(f"HTTP {response.status_code}")
    return f"HTTP {response.status_code}"


def _send(session: Session, d: WebhookDelivery) -> str:
    hook = session.get(Webhook, d.webhook_id)
    if hook is None or not hook.active or hook.organisation_id != d.organisation_id:
        raise delivery.Gone("webhook removed")
    body = json.dumps({"id": str(d.id), **d.payload}, ensure_ascii=False).encode()
    secret = vault.decrypt(hook.secret, context=secret_context(hook.topic, hook.organisation_id))
    return post_signed(hook.url, secret=secret, body=body, event=d.event, delivery_id=str(d.id))


def deliver_due(
    session: Session,
    *,
    topic: str,
    now: datetime | None = None,
    organisation_id: uuid.UUID | None = None,
    limit: int = 200,
) -> dict[str, int]:
    """Try each due delivery of the topic once (``delivery.attempt``: backoff, give-up,
    log); with an organisation, only its deliveries (sent right after its own work)."""
    now = now or utcnow()
    q = sa.select(WebhookDelivery).where(
        WebhookDelivery.topic == topic,
        WebhookDelivery.status == "pending",
        WebhookDelivery.next_attempt_at <= now,
    )
    if organisation_id is not None:
        q = q.where(WebhookDelivery.organisation_id == organisation_id)
    counts = dict.fromkeys(("delivered", "retry", "failed"), 0)
    for d in session.scalars(q.order_by(WebhookDelivery.next_attempt_at).limit(limit)).all():
        counts[delivery.attempt(d, partial(_send, session, d), now=now)] += 1
        session.flush()
    return counts
