"""Push of warning events: HMAC-signed webhooks and e-mail subscriptions (double opt-in,
one-click unsubscribe), queued as deliveries and retried with exponential backoff."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import smtplib
import uuid
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import Any

import httpx2
import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.config import settings
from vaern.db import utcnow
from vaern.errors import NotFound
from vaern.orgs.access import Principal
from vaern.orgs.models import Organisation
from vaern.privacy import audit, vault
from vaern.security import keyed_hash
from vaern.warnings import egress
from vaern.warnings.models import (
    Delivery,
    EmailSubscription,
    Warning,
    WarningStatus,
    WebhookSubscription,
)

MAX_ATTEMPTS = 6
BASE_BACKOFF = timedelta(seconds=30)
TIMEOUT_SECONDS = 5.0


def _require_write(principal: Principal) -> None:
    if principal.kind == "token":
        principal.require_scope("warnings:write")
    else:
        principal.require("admin")


def _secret_context(organisation_id: uuid.UUID) -> str:
    return f"webhook:{organisation_id}"


def sign(secret: str, body: bytes, timestamp: int) -> str:
    """``t=<unix time>,v1=<hex HMAC-SHA256 of "<t>.<body>">``; receivers check both."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


# --- webhooks ----------------------------------------------------------------------------


def create_webhook(
    session: Session, *, principal: Principal, url: str
) -> tuple[WebhookSubscription, str]:
    _require_write(principal)
    egress.check(url)
    secret = "whsec_" + secrets.token_urlsafe(32)
    sub = WebhookSubscription(
        organisation_id=principal.organisation_id,
        url=url,
        secret=vault.encrypt(secret, context=_secret_context(principal.organisation_id)),
    )
    session.add(sub)
    session.flush()
    audit.record(
        session,
        action="webhook.create",
        actor_type=principal.kind,
        actor_id=principal.id,
        organisation_id=principal.organisation_id,
        object_type="webhook",
        object_id=sub.id,
    )
    return sub, secret


def get_webhook(
    session: Session, *, principal: Principal, webhook_id: uuid.UUID
) -> WebhookSubscription:
    _require_write(principal)
    sub = session.get(WebhookSubscription, webhook_id)
    if sub is None or sub.organisation_id != principal.organisation_id:
        raise NotFound("No such webhook.")
    return sub


def disable_webhook(
    session: Session, *, principal: Principal, webhook_id: uuid.UUID
) -> WebhookSubscription:
    """Stop sending to a webhook; its pending deliveries are cancelled when they come up."""
    sub = get_webhook(session, principal=principal, webhook_id=webhook_id)
    if sub.active:
        sub.active = False
        audit.record(
            session,
            action="webhook.disable",
            actor_type=principal.kind,
            actor_id=principal.id,
            organisation_id=principal.organisation_id,
            object_type="webhook",
            object_id=sub.id,
        )
    return sub


def list_webhooks(session: Session, *, principal: Principal) -> list[WebhookSubscription]:
    _require_write(principal)
    return list(
        session.scalars(
            sa.select(WebhookSubscription)
            .where(WebhookSubscription.organisation_id == principal.organisation_id)
            .order_by(WebhookSubscription.created_at)
        )
    )


def deliveries(session: Session, *, subscription_id: uuid.UUID) -> list[Delivery]:
    return list(
        session.scalars(
            sa.select(Delivery)
            .where(Delivery.subscription_id == subscription_id)
            .order_by(Delivery.created_at.desc())
            .limit(200)
        )
    )


# --- e-mail subscriptions ----------------------------------------------------------------


def subscribe_email(session: Session, *, organisation: Organisation, email: str) -> None:
    """Start (or restart) a double opt-in; the confirmation mail goes out via the queue.
    The same answer whether or not the address was known, so nothing leaks."""
    address = email.strip().lower()
    index = vault.blind_index("email", address, organisation_id=organisation.id)
    sub = session.scalar(
        sa.select(EmailSubscription).where(
            EmailSubscription.organisation_id == organisation.id,
            EmailSubscription.email_index == index,
        )
    )
    if sub is not None and sub.status == "confirmed":
        return
    token = secrets.token_urlsafe(24)
    if sub is None:
        sub = EmailSubscription(
            organisation_id=organisation.id,
            email_index=index,
            email_ciphertext=vault.encrypt(address, context=f"warning-sub:{organisation.id}"),
            token_hash="",
        )
        session.add(sub)
    sub.token_hash = keyed_hash(token, purpose="warning-sub")
    sub.status = "pending"
    session.flush()
    session.add(
        Delivery(
            organisation_id=organisation.id,
            kind="email-confirm",
            subscription_id=sub.id,
            event="subscription.confirm",
            payload={"token": token},
        )
    )
    audit.record(
        session,
        action="warning_subscription.create",
        actor_type="public",
        organisation_id=organisation.id,
        object_type="warning_subscription",
        object_id=sub.id,
    )


def _by_token(session: Session, token: str) -> EmailSubscription:
    sub = session.scalar(
        sa.select(EmailSubscription).where(
            EmailSubscription.token_hash == keyed_hash(token[:100], purpose="warning-sub")
        )
    )
    if sub is None:
        raise NotFound("This link is not valid any more.")
    return sub


def confirm_email(session: Session, *, token: str) -> EmailSubscription:
    sub = _by_token(session, token)
    if sub.status != "confirmed":
        sub.status = "confirmed"
        sub.confirmed_at = utcnow()
    return sub


def unsubscribe_email(session: Session, *, token: str) -> EmailSubscription:
    sub = _by_token(session, token)
    sub.status = "unsubscribed"
    return sub


# --- fan-out and delivery ----------------------------------------------------------------


def enqueue(session: Session, *, warning: Warning, event: str) -> int:
    """Queue one delivery per active webhook, and per confirmed subscriber on publish."""
    payload = {
        "event": event,
        "warning": {
            "id": str(warning.id),
            "organisation": warning.organisation.slug if warning.organisation else None,
            "status": warning.status,
            "version": warning.version,
            "title": warning.title,
            "summary": warning.summary,
            "advice": warning.advice,
            "channels": warning.channels,
            "url": f"{settings().base_url}/warnings/{warning.id}",
        },
    }
    rows: list[Delivery] = [
        Delivery(
            organisation_id=warning.organisation_id,
            kind="webhook",
            subscription_id=s.id,
            warning_id=warning.id,
            event=event,
            payload=payload,
        )
        for s in session.scalars(
            sa.select(WebhookSubscription).where(
                WebhookSubscription.organisation_id == warning.organisation_id,
                WebhookSubscription.active.is_(True),
            )
        )
    ]
    if event == "warning.published":
        rows += [
            Delivery(
                organisation_id=warning.organisation_id,
                kind="email",
                subscription_id=sid,
                warning_id=warning.id,
                event=event,
                payload={},
            )
            for sid in session.scalars(
                sa.select(EmailSubscription.id).where(
                    EmailSubscription.organisation_id == warning.organisation_id,
                    EmailSubscription.status == "confirmed",
                )
            )
        ]
    session.add_all(rows)
    return len(rows)


def _send_webhook(session: Session, d: Delivery) -> str:
    sub = session.get(WebhookSubscription, d.subscription_id)
    if sub is None or not sub.active:
        raise _Gone("webhook removed")
    body = json.dumps({"id": str(d.id), **d.payload}, ensure_ascii=False).encode()
    secret = vault.decrypt(sub.secret, context=_secret_context(sub.organisation_id))
    headers = {
        "content-type": "application/json",
        "x-vaern-event": d.event,
        "x-vaern-delivery": str(d.id),
        "x-vaern-signature": sign(secret, body, int(utcnow().timestamp())),
    }
    # Checked again at every call: the name may resolve elsewhere by now (DNS rebinding).
    url, host, extensions = egress.pinned(sub.url)
    with httpx2.Client(timeout=TIMEOUT_SECONDS, follow_redirects=False, trust_env=False) as c:
        response = c.post(url, content=body, headers={**headers, **host}, extensions=extensions)
    if response.status_code >= 300:
        raise RuntimeError(f"HTTP {response.status_code}")
    return f"HTTP {response.status_code}"


class _Gone(Exception):
    """The subscriber no longer exists or opted out: stop without retrying."""


def _mail(session: Session, d: Delivery, smtp: tuple[str, int]) -> str:
    sub = session.get(EmailSubscription, d.subscription_id)
    if sub is None or (d.kind == "email" and sub.status != "confirmed"):
        raise _Gone("not subscribed")
    org = session.get(Organisation, sub.organisation_id)
    address = vault.decrypt(sub.email_ciphertext, context=f"warning-sub:{sub.organisation_id}")
    base = settings().base_url
    msg = EmailMessage()
    msg["From"] = settings().mail_from
    msg["To"] = address
    if d.kind == "email-confirm":
        link = f"{base}/warnings/subscriptions/confirm?token={d.payload['token']}"
        msg["Subject"] = f"Bekræft: advarsler fra {org.name if org else ''}"
        msg.set_content(
            f"Klik for at bekræfte, at du vil have advarsler på e-mail:\n{link}\n\n"
            f"Confirm that you want warnings by e-mail:\n{link}\n"
        )
    else:
        warning = session.get(Warning, d.warning_id)
        if warning is None or warning.status != WarningStatus.published:
            raise _Gone("warning no longer published")
        # A fresh token per mail so the unsubscribe link works without storing it.
        token = secrets.token_urlsafe(24)
        sub.token_hash = keyed_hash(token, purpose="warning-sub")
        unsubscribe = f"{base}/warnings/subscriptions/unsubscribe?token={token}"
        msg["Subject"] = f"Advarsel: {warning.title.get('da', '')}"
        msg["List-Unsubscribe"] = f"<{unsubscribe}>"
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        msg.set_content(
            f"{warning.title.get('da', '')}\n\n{warning.summary.get('da', '')}\n\n"
            f"{warning.advice.get('da', '')}\n\n{base}/warnings/{warning.id}\n\n"
            f"Afmeld / unsubscribe: {unsubscribe}\n"
        )
    with smtplib.SMTP(smtp[0], smtp[1], timeout=TIMEOUT_SECONDS) as client:
        client.send_message(msg)
    return "sent"


def deliver_due(
    session: Session,
    *,
    now: datetime | None = None,
    smtp: tuple[str, int] | None = None,
    limit: int = 200,
) -> dict[str, int]:
    """Attempt every due delivery once; failures back off 30 s, 60 s, 120 s, … and give
    up after MAX_ATTEMPTS. One failing subscriber never stops the others."""
    now = now or utcnow()
    cfg = settings()
    smtp = smtp or (cfg.smtp_host, cfg.smtp_port)
    due = session.scalars(
        sa.select(Delivery)
        .where(Delivery.status == "pending", Delivery.next_attempt_at <= now)
        .order_by(Delivery.next_attempt_at)
        .limit(limit)
    ).all()
    counts = {"delivered": 0, "retry": 0, "failed": 0}
    for d in due:
        d.attempts += 1
        try:
            result = _send_webhook(session, d) if d.kind == "webhook" else _mail(session, d, smtp)
        except _Gone as exc:
            d.status, d.last_result = "cancelled", str(exc)
            counts["failed"] += 1
        except Exception as exc:
            d.last_result = f"{type(exc).__name__}: {str(exc)[:200]}"
            if d.attempts >= MAX_ATTEMPTS:
                d.status = "failed"
                counts["failed"] += 1
            else:
                d.next_attempt_at = now + BASE_BACKOFF * 2 ** (d.attempts - 1)
                counts["retry"] += 1
        else:
            d.status, d.last_result, d.delivered_at = "delivered", result, now
            counts["delivered"] += 1
        session.flush()
    return counts


def delivery_summary(d: Delivery) -> dict[str, Any]:
    return {
        "id": str(d.id),
        "event": d.event,
        "status": d.status,
        "attempts": d.attempts,
        "last_result": d.last_result,
        "next_attempt_at": d.next_attempt_at.isoformat(),
        "delivered_at": d.delivered_at.isoformat() if d.delivered_at else None,
    }
