"""Outbound delivery shared by domains: webhook endpoints with encrypted signing secrets,
HMAC-signed webhook POSTs, SMTP mail and the retry rule (exponential backoff, give up
after ``MAX_ATTEMPTS``). Each domain keeps its own endpoint and delivery log tables; a log
row only needs the fields of ``Attempted``."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import smtplib
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from email.message import EmailMessage
from functools import partial
from typing import Any, Protocol, TypeVar

import httpx2
import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern import egress
from vaern.config import settings
from vaern.db import utcnow
from vaern.orgs.access import Principal
from vaern.privacy import audit, vault

MAX_ATTEMPTS = 6
BASE_BACKOFF = timedelta(seconds=30)
TIMEOUT_SECONDS = 5.0
Row = TypeVar("Row", bound="Attempted")


class EndpointRow(Protocol):
    id: uuid.UUID

    def __init__(self, *, organisation_id: uuid.UUID, url: str, secret: str) -> None: ...


Endpoint = TypeVar("Endpoint", bound=EndpointRow)


class Gone(Exception):
    """The recipient no longer exists or opted out: stop without retrying."""


class Attempted(Protocol):
    id: uuid.UUID
    status: str
    attempts: int
    next_attempt_at: datetime
    last_result: str | None
    delivered_at: datetime | None


def new_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


def check_url(url: str) -> str:
    """An http(s) URL whose host resolves to public addresses only (``egress.check``)."""
    egress.check(url)
    return url


def create_endpoint(
    session: Session,
    model: type[Endpoint],
    *,
    principal: Principal,
    url: str,
    context: str,
    object_type: str,
) -> tuple[Endpoint, str]:
    """A webhook endpoint row of ``model`` for the principal's organisation, its signing
    secret kept encrypted (vault ``context``) and returned once; audited."""
    secret = new_secret()
    row = model(
        organisation_id=principal.organisation_id,
        url=check_url(url),
        secret=vault.encrypt(secret, context=context),
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        action=f"{object_type}.create",
        actor_type=principal.kind,
        actor_id=principal.id,
        organisation_id=principal.organisation_id,
        object_type=object_type,
        object_id=row.id,
    )
    return row, secret


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


def send_mail(msg: EmailMessage, smtp: tuple[str, int], *, envelope_from: str | None = None) -> str:
    """Send over SMTP; ``envelope_from=""`` sends with the null sender (automatic replies)."""
    with smtplib.SMTP(smtp[0], smtp[1], timeout=TIMEOUT_SECONDS) as client:
        client.send_message(msg, from_addr=envelope_from)
    return "sent"


def attempt(row: Attempted, send: Callable[[], str], *, now: datetime) -> str:
    """Try one delivery and record the outcome on its row; returns ``delivered``, ``retry``
    or ``failed``. Failures back off 30 s, 60 s, 120 s, … and give up after MAX_ATTEMPTS."""
    row.attempts += 1
    try:
        result = send()
    except Gone as exc:
        row.status, row.last_result = "cancelled", str(exc)
        return "failed"
    except Exception as exc:  # any transport error is retried, never raised to the job
        row.last_result = f"{type(exc).__name__}: {str(exc)[:200]}"
        if row.attempts >= MAX_ATTEMPTS:
            row.status = "failed"
            return "failed"
        row.next_attempt_at = now + BASE_BACKOFF * 2 ** (row.attempts - 1)
        return "retry"
    row.status, row.last_result, row.delivered_at = "delivered", result, now
    return "delivered"


def deliver_due(
    session: Session,
    model: type[Row],
    send: Callable[[Row, tuple[str, int]], str],
    *,
    now: datetime | None = None,
    smtp: tuple[str, int] | None = None,
    limit: int = 200,
) -> dict[str, int]:
    """Attempt each pending, due row of the log ``model`` once with ``send(row, smtp)``;
    one failing recipient never stops the others."""
    now = now or utcnow()
    cfg = settings()
    address = smtp or (cfg.smtp_host, cfg.smtp_port)
    table: Any = model  # a mapped class: its attributes are columns here
    due = session.scalars(
        sa.select(model)
        .where(table.status == "pending", table.next_attempt_at <= now)
        .order_by(table.next_attempt_at)
        .limit(limit)
    ).all()
    counts = {"delivered": 0, "retry": 0, "failed": 0}
    for row in due:
        counts[attempt(row, partial(send, row, address), now=now)] += 1
        session.flush()
    return counts


class Logged(Attempted, Protocol):
    event: str


def summary(row: Logged) -> dict[str, Any]:
    return {
        "id": str(row.id),
        "event": row.event,
        "status": row.status,
        "attempts": row.attempts,
        "last_result": row.last_result,
        "next_attempt_at": row.next_attempt_at.isoformat(),
        "delivered_at": row.delivered_at.isoformat() if row.delivered_at else None,
    }
