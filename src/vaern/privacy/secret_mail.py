"""Messages that carry a secret to one person (an identity code, an invitation link): kept
encrypted in the outbox by default, or sent by SMTP (``VAERN_PRIVACY_CODE_SENDER``). Used by
the DPO product's identity codes and by organisations' invitations."""

from __future__ import annotations

import smtplib
import uuid
from collections.abc import Callable
from email.message import EmailMessage

from sqlalchemy.orm import Session

from vaern.config import settings
from vaern.privacy import vault
from vaern.privacy.models import OutboxMessage

SMTP_TIMEOUT_SECONDS = 10

Sender = Callable[[Session, uuid.UUID, str, str, str, str], None]


def outbox_context(organisation_id: uuid.UUID) -> str:
    return f"outbox:{organisation_id}"


def send_to_outbox(
    session: Session,
    organisation_id: uuid.UUID,
    channel: str,
    recipient: str,
    subject: str,
    body: str,
) -> None:
    context = outbox_context(organisation_id)
    session.add(
        OutboxMessage(
            organisation_id=organisation_id,
            channel=channel,
            recipient=vault.encrypt(recipient, context=context),
            body=vault.encrypt(body, context=context),
        )
    )


def send_by_smtp(
    session: Session,
    organisation_id: uuid.UUID,
    channel: str,
    recipient: str,
    subject: str,
    body: str,
) -> None:
    if channel != "email":  # no SMS gateway here: a phone number goes to the outbox
        send_to_outbox(session, organisation_id, channel, recipient, subject, body)
        return
    cfg = settings()
    msg = EmailMessage()
    msg["From"] = cfg.mail_from
    msg["To"] = recipient
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP(cfg.smtp_host, cfg.smtp_port, timeout=SMTP_TIMEOUT_SECONDS) as client:
        client.send_message(msg)


SENDERS: dict[str, Sender] = {"outbox": send_to_outbox, "smtp": send_by_smtp}


def send_message(
    session: Session,
    organisation_id: uuid.UUID,
    *,
    channel: str,
    recipient: str,
    subject: str,
    body: str,
) -> None:
    """Send a message holding a secret (a code, an invitation link) to one person through
    the configured sender (``VAERN_PRIVACY_CODE_SENDER``): the encrypted outbox by default."""
    sender = SENDERS.get(settings().privacy_code_sender)
    if sender is None:
        raise RuntimeError("VAERN_PRIVACY_CODE_SENDER must be one of: " + ", ".join(SENDERS))
    sender(session, organisation_id, channel, recipient, subject, body)
