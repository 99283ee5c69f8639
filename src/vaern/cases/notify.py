"""Reminders and escalations delivered, not only recorded: by e-mail to the assignee (or,
with nobody assigned, the organisation's admins) and by HMAC-signed webhook to the
organisation's case endpoints. Each delivery is a row in the log, retried with backoff
(``vaern.delivery``). Messages carry no personal data: the case id, type, step and a link."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from email.message import EmailMessage
from functools import partial
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern import delivery
from vaern.cases import playbooks
from vaern.cases.models import Case, CaseNotification, CaseWebhook
from vaern.config import settings
from vaern.errors import NotFound
from vaern.localtime import LOCAL
from vaern.orgs.access import Principal
from vaern.orgs.models import Membership, Organisation, Role, User
from vaern.privacy import audit, vault

EVENTS = ("case.reminder", "case.escalated")


def _require_admin(principal: Principal) -> None:
    principal.require_scope("cases:write")
    principal.require("admin")


def _secret_context(organisation_id: uuid.UUID) -> str:
    return f"case-webhook:{organisation_id}"


def create_webhook(session: Session, *, principal: Principal, url: str) -> tuple[CaseWebhook, str]:
    """Register an endpoint; the signing secret is shown once and kept encrypted."""
    _require_admin(principal)
    return delivery.create_endpoint(
        session,
        CaseWebhook,
        principal=principal,
        url=url,
        context=_secret_context(principal.organisation_id),
        object_type="case_webhook",
    )


def list_webhooks(session: Session, *, principal: Principal) -> list[CaseWebhook]:
    _require_admin(principal)
    return list(
        session.scalars(
            sa.select(CaseWebhook)
            .where(CaseWebhook.organisation_id == principal.organisation_id)
            .order_by(CaseWebhook.created_at)
        )
    )


def deactivate_webhook(session: Session, *, principal: Principal, webhook_id: uuid.UUID) -> None:
    _require_admin(principal)
    row = session.get(CaseWebhook, webhook_id)
    if row is None or row.organisation_id != principal.organisation_id:
        raise NotFound("No such webhook.")
    row.active = False
    audit.record(
        session,
        action="case_webhook.deactivate",
        actor_type=principal.kind,
        actor_id=principal.id,
        organisation_id=principal.organisation_id,
        object_type="case_webhook",
        object_id=row.id,
    )


def delivery_log(
    session: Session, *, principal: Principal, case_id: uuid.UUID | None = None
) -> list[CaseNotification]:
    principal.require("read")
    q = sa.select(CaseNotification).where(
        CaseNotification.organisation_id == principal.organisation_id
    )
    if case_id is not None:
        q = q.where(CaseNotification.case_id == case_id)
    return list(session.scalars(q.order_by(CaseNotification.created_at.desc()).limit(200)))


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
    hooks = session.scalars(
        sa.select(CaseWebhook.id).where(
            CaseWebhook.organisation_id == case.organisation_id, CaseWebhook.active.is_(True)
        )
    ).all()
    targets = [("email", u) for u in dict.fromkeys(users)] + [("webhook", h) for h in hooks]
    session.add_all(
        CaseNotification(
            organisation_id=case.organisation_id,
            case_id=case.id,
            channel=channel,
            recipient_id=recipient,
            event=event,
            payload=payload,
            next_attempt_at=now,
        )
        for channel, recipient in targets
    )
    return len(targets)


def _case_url(session: Session, n: CaseNotification) -> str:
    org = session.get(Organisation, n.organisation_id)
    slug = org.slug if org else ""
    return f"{settings().base_url}/staff/{slug}/cases/{n.case_id}"


def _send_webhook(session: Session, n: CaseNotification) -> str:
    hook = session.get(CaseWebhook, n.recipient_id)
    if hook is None or not hook.active or hook.organisation_id != n.organisation_id:
        raise delivery.Gone("webhook removed")
    body = {"id": str(n.id), **n.payload, "url": _case_url(session, n)}
    secret = vault.decrypt(hook.secret, context=_secret_context(hook.organisation_id))
    return delivery.post_signed(
        hook.url,
        secret=secret,
        body=json.dumps(body, ensure_ascii=False).encode(),
        event=n.event,
        delivery_id=str(n.id),
    )


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
    subject, body = mail_text(n, _case_url(session, n))
    msg = EmailMessage()
    msg["From"] = settings().mail_from
    msg["To"] = user.email
    msg["Subject"] = subject
    msg.set_content(body)
    return delivery.send_mail(msg, smtp)


def _send(session: Session, n: CaseNotification, smtp: tuple[str, int]) -> str:
    return _send_webhook(session, n) if n.channel == "webhook" else _send_mail(session, n, smtp)


def deliver_due(
    session: Session, *, now: datetime | None = None, smtp: tuple[str, int] | None = None
) -> dict[str, int]:
    """Attempt every due delivery once; the retry rule is ``vaern.delivery``'s."""
    return delivery.deliver_due(
        session, CaseNotification, partial(_send, session), now=now, smtp=smtp
    )


def summary(n: CaseNotification) -> dict[str, Any]:
    return {**delivery.summary(n), "case_id": str(n.case_id), "channel": n.channel}
