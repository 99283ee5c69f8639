"""Outbound delivery shared by domains: SMTP mail and the retry rule (exponential backoff,
give up after ``MAX_ATTEMPTS``). A log row only needs the fields of ``Attempted``; the
webhooks' log is ``vaern.webhooks``, e-mail logs are the domains' own."""

from __future__ import annotations

import smtplib
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from email.message import EmailMessage
from functools import partial
from typing import Any, Protocol, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.config import settings
from vaern.db import utcnow

MAX_ATTEMPTS = 6
BASE_BACKOFF = timedelta(seconds=30)
TIMEOUT_SECONDS = 5.0
Row = TypeVar("Row", bound="Attempted")


class Gone(Exception):
    """The recipient no longer exists or opted out: stop without retrying."""


class Attempted(Protocol):
    id: uuid.UUID
    status: str
    attempts: int
    next_attempt_at: datetime
    last_result: str | None
    delivered_at: datetime | None


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
