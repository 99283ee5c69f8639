"""Push of warning events: HMAC-signed webhooks (topic ``warnings`` of ``vaern.webhooks``)
and e-mail subscriptions (double opt-in, one-click unsubscribe), queued as deliveries and
retried with exponential backoff."""

from __future__ import annotations

import secrets
import uuid
from datetime import datetime, timedelta
from email.message import EmailMessage
from functools import partial

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern import delivery
from vaern.config import settings
from vaern.db import utcnow
from vaern.errors import NotFound
from vaern.orgs.access import Principal
from vaern.orgs.models import Organisation
from vaern.privacy import audit, restriction, vault
from vaern.security import keyed_hash
from vaern.warnings.models import Delivery, EmailSubscription, ScamWarning, WarningStatus
from vaern.webhooks import service as webhooks
from vaern.webhooks.models import Webhook, WebhookDelivery


def _require_write(principal: Principal) -> None:
    if principal.kind == "token":
        principal.require_scope("warnings:write")
    else:
        principal.require("admin")


TOPIC = "warnings"


# --- webhooks ----------------------------------------------------------------------------


def create_webhook(session: Session, *, principal: Principal, url: str) -> tuple[Webhook, str]:
    _require_write(principal)
    return webhooks.create(session, principal=principal, topic=TOPIC, url=url)


def get_webhook(session: Session, *, principal: Principal, webhook_id: uuid.UUID) -> Webhook:
    _require_write(principal)
    return webhooks.get(
        session, organisation_id=principal.organisation_id, topic=TOPIC, webhook_id=webhook_id
    )


def disable_webhook(session: Session, *, principal: Principal, webhook_id: uuid.UUID) -> Webhook:
    """Stop sending to a webhook; its pending deliveries are cancelled when they come up."""
    _require_write(principal)
    return webhooks.disable(session, principal=principal, topic=TOPIC, webhook_id=webhook_id)


def list_webhooks(session: Session, *, principal: Principal) -> list[Webhook]:
    _require_write(principal)
    return webhooks.list_hooks(session, organisation_id=principal.organisation_id, topic=TOPIC)


def deliveries(session: Session, *, hook: Webhook) -> list[WebhookDelivery]:
    return webhooks.deliveries(
        session, organisation_id=hook.organisation_id, topic=TOPIC, webhook_id=hook.id
    )


# --- e-mail subscriptions ----------------------------------------------------------------


# One confirmation mail per address per organisation in this time: a form posted again
# and again must not flood somebody's inbox (issue 17).
CONFIRMATION_COOLDOWN = timedelta(minutes=15)


def confirmation_due(last_sent: datetime | None, now: datetime) -> bool:
    """Whether a new confirmation mail may go to an address last mailed at ``last_sent``."""
    return last_sent is None or now - last_sent >= CONFIRMATION_COOLDOWN


def _last_confirmation(session: Session, subscription_id: uuid.UUID) -> datetime | None:
    return session.scalar(
        sa.select(sa.func.max(Delivery.created_at)).where(
            Delivery.subscription_id == subscription_id, Delivery.kind == "email-confirm"
        )
    )


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
    if sub is not None and not confirmation_due(_last_confirmation(session, sub.id), utcnow()):
        return  # the mail sent a moment ago still holds a valid link
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


def enqueue(session: Session, *, warning: ScamWarning, event: str) -> int:
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
    count = webhooks.enqueue(
        session,
        organisation_id=warning.organisation_id,
        topic=TOPIC,
        event=event,
        payload=payload,
        subject_id=warning.id,
    )
    rows: list[Delivery] = []
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
                    # A restricted subscriber (GDPR art. 18) gets nothing until lifted.
                    EmailSubscription.email_index.not_in(
                        restriction.restricted_indexes(warning.organisation_id, "email")
                    ),
                )
            )
        ]
    session.add_all(rows)
    return count + len(rows)


def _mail(session: Session, d: Delivery, smtp: tuple[str, int]) -> str:
    sub = session.get(EmailSubscription, d.subscription_id)
    if sub is None or (d.kind == "email" and sub.status != "confirmed"):
        raise delivery.Gone("not subscribed")
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
        warning = session.get(ScamWarning, d.warning_id)
        if warning is None or warning.status != WarningStatus.published:
            raise delivery.Gone("warning no longer published")
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
    return delivery.send_mail(msg, smtp)


def deliver_due(
    session: Session, *, now: datetime | None = None, smtp: tuple[str, int] | None = None
) -> dict[str, int]:
    """Attempt every due e-mail and webhook push once; the retry rule is ``vaern.delivery``'s."""
    mails = delivery.deliver_due(session, Delivery, partial(_mail, session), now=now, smtp=smtp)
    pushes = webhooks.deliver_due(session, topic=TOPIC, now=now)
    return {k: mails[k] + pushes[k] for k in mails}
