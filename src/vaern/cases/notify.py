"""Reminders and escalations delivered, not only recorded: by e-mail to the assignee (or,
with nobody assigned, the organisation's admins) and by HMAC-signed webhook to the
organisation's case endpoints (topic ``cases`` of ``vaern.webhooks``). Each delivery is a
row in a log (``case_notifications`` for e-mail, the webhooks' log for webhooks), retried
with backoff (``vaern.delivery``). Messages carry no personal data: the case id, type,
step and a link."""

from __future__ import annotations

import uuid
from datetime import datetime
from email.message import EmailMessage
from functools import partial
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern import delivery
from vaern.cases import playbooks
from vaern.cases.models import Case, CaseNotification
from vaern.config import settings
from vaern.localtime import LOCAL
from vaern.orgs.access import Principal
from vaern.orgs.models import Membership, Organisation, Role, User
from vaern.webhooks import service as webhooks
from vaern.webhooks.models import Webhook, WebhookDelivery

EVENTS = ("case.reminder", "case.escalated")


def _require_admin(principal: Principal) -> None:
    principal.require_scope("cases:write")
    principal.require("admin")


TOPIC = "cases"
Logged = CaseNotification | WebhookDelivery


def create_webhook(session: Session, *, principal: Principal, url: str) -> tuple[Webhook, str]:
    """Register an endpoint; the signing secret is shown once and kept encrypted."""
    _require_admin(principal)
    return webhooks.create(session, principal=principal, topic=TOPIC, url=url)


def list_webhooks(session: Session, *, principal: Principal) -> list[Webhook]:
    _require_admin(principal)
    return webhooks.list_hooks(session, organisation_id=principal.organisation_id, topic=TOPIC)


def deactivate_webhook(session: Session, *, principal: Principal, webhook_id: uuid.UUID) -> None:
    _require_admin(principal)
    webhooks.disable(session, principal=principal, topic=TOPIC, webhook_id=webhook_id)


def delivery_log(
    session: Session, *, principal: Principal, case_id: uuid.UUID | None = None
) -> list[Logged]:
    """E-mails and webhook pushes, newest first."""
    principal.require("read")
    org = principal.organisation_id
    q = sa.select(CaseNotification).where(CaseNotification.organisation_id == org)
    if case_id is not None:
        q = q.where(CaseNotification.case_id == case_id)
    mails = session.scalars(q.order_by(CaseNotification.created_at.desc()).limit(200))
    pushes = webhooks.deliveries(session, organisation_id=org, topic=TOPIC, subject_id=case_id)
    both: list[Logged] = [*mails, *pushes]
    return sorted(both, key=lambda n: n.created_at, reverse=True)[:200]


def channel(n: Logged) -> str:
    return "webhook" if isinstance(n, WebhookDelivery) else "email"


def _admins(session: Session, organisation_id: uuid.UUID) -> list[uuid.UUID]:
    return list(
        session.scalars(
            sa.select(Membership.user_id).where(
                Membership.organisation_id == organisation_id,
                Membership.role == Role.admin.value,
            )
        )
    )


def enqueue(session: Session, *, case: Case, event: str, now: datetime, **details: Any) -> int:
    """Queue one delivery per recipient. A reminder goes to the assignee (the admins when
    nobody is assigned); an escalation goes to the assignee and the admins."""
    admins = _admins(session, case.organisation_id)
    if event == "case.escalated":
        users = ([case.assignee_id] if case.assignee_id else []) + admins
    else:
        users = [case.assignee_id] if case.assignee_id else admins
    payload = {
        "event": event,
        "case": {
            "id": str(case.id),
            "type": case.case_type,
            "status": case.status,
            "priority": case.priority,
            "next_due_at": case.next_due_at.isoformat() if case.next_due_at else None,
            "sla_due_at": case.sla_due_at.isoformat(),
        },
        **details,
    }
    recipients = list(dict.fromkeys(users))
    session.add_all(
        CaseNotification(
            organisation_id=case.organisation_id,
            case_id=case.id,
            recipient_id=user_id,
            event=event,
            payload=payload,
            next_attempt_at=now,
        )
        for user_id in recipients
    )
    pushed = webhooks.enqueue(
        session,
        organisation_id=case.organisation_id,
        topic=TOPIC,
        event=event,
        payload={**payload, "url": _case_url(session, case.organisation_id, case.id)},
        subject_id=case.id,
        now=now,
    )
    return len(recipients) + pushed


def _case_url(session: Session, organisation_id: uuid.UUID, case_id: uuid.UUID) -> str:
    org = session.get(Organisation, organisation_id)
    slug = org.slug if org else ""
    return f"{settings().base_url}/staff/{slug}/cases/{case_id}"


def _when(value: str | None) -> str:
    if not value:
        return "-"
    return datetime.fromisoformat(value).astimezone(LOCAL).strftime("%Y-%m-%d %H:%M")


def mail_text(n: CaseNotification, url: str) -> tuple[str, str]:
    """Subject and body in Danish and English; times in Copenhagen time."""
    case = n.payload["case"]
    book = playbooks.builtin().get(case["type"])
    kind = f"{book.title['da']} / {book.title['en']}" if book else case["type"]
    short = case["id"][:8]
    if n.event == "case.escalated":
        subject = f"Eskaleret: sag {short} har overskredet sin frist / case escalated"
        lines = [
            f"Sagen har overskredet sin SLA-frist ({_when(case['sla_due_at'])}) og har nu "
            f"prioritet {case['priority']}.",
            f"The case has passed its SLA deadline and now has priority {case['priority']}.",
        ]
    else:
        step = playbooks.steps().get(n.payload.get("step", ""), {}).get("title", {})
        due = _when(n.payload.get("due_at"))
        subject = f"Påmindelse: sag {short}, frist {due} / reminder"
        lines = [
            f"Opgave: {step.get('da', '')} - frist {due}.",
            f"Task: {step.get('en', '')} - due {due} (Copenhagen time).",
        ]
    body = "\n".join([f"{kind}", "", *lines, "", url, ""])
    return subject, body


def _send_mail(session: Session, n: CaseNotification, smtp: tuple[str, int]) -> str:
    user = session.get(User, n.recipient_id)
    member = session.scalar(
        sa.select(Membership.id).where(
            Membership.user_id == n.recipient_id, Membership.organisation_id == n.organisation_id
        )
    )
    if user is None or not user.is_active or member is None:
        raise delivery.Gone("recipient no longer a member")
    subject, body = mail_text(n, _case_url(session, n.organisation_id, n.case_id))
    msg = EmailMessage()
    msg["From"] = settings().mail_from
    msg["To"] = user.email
    msg["Subject"] = subject
    msg.set_content(body)
    return delivery.send_mail(msg, smtp)


def deliver_due(
    session: Session, *, now: datetime | None = None, smtp: tuple[str, int] | None = None
) -> dict[str, int]:
    """Attempt every due e-mail and webhook push once; the retry rule is ``vaern.delivery``'s."""
    mails = delivery.deliver_due(
        session, CaseNotification, partial(_send_mail, session), now=now, smtp=smtp
    )
    pushes = webhooks.deliver_due(session, topic=TOPIC, now=now)
    return {k: mails[k] + pushes[k] for k in mails}


def summary(n: Logged) -> dict[str, Any]:
    case_id = n.case_id if isinstance(n, CaseNotification) else n.subject_id
    return {**delivery.summary(n), "case_id": str(case_id), "channel": channel(n)}
