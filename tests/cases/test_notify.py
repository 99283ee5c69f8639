"""Reminders and escalations delivered: e-mail to the assignee and the admins through a
loopback SMTP server, HMAC-signed webhooks with retries to a loopback HTTP server."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Callable
from datetime import timedelta

from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth
from tests.loopback import Mailbox, Receiver
from vaern import db
from vaern.cases import deadlines, notify, playbooks, service
from vaern.config import Settings
from vaern.orgs.access import Principal
from vaern.orgs.models import Role

SCOPES = ["cases:read", "cases:write"]


def overdue_case(settings: Settings, t: Tenant, *, assigned: bool) -> str:
    """A case opened four days ago: every task overdue and the SLA passed."""
    admin = Principal(kind="user", id=t.admin.id, organisation_id=t.org.id, role=Role.admin)
    with db.session_scope(settings.database_url) as s:
        case = service.open_case(
            s,
            organisation_id=t.org.id,
            case_type="card_data_disclosed",
            source="call",
            title="Gave card data to a caller",
            customer_identifiers={"phone": "+45 20 11 22 33"},
            now=db.utcnow() - timedelta(days=4),
        )
        if assigned:
            service.assign(s, principal=admin, case_id=case.id, assignee_id=t.agent.id)
        return str(case.id)


def test_reminders_and_escalations_are_mailed(
    settings: Settings,
    make_tenant: Callable[..., Tenant],
    smtp: tuple[Mailbox, tuple[str, int]],
) -> None:
    box, address = smtp
    t = make_tenant(scopes=SCOPES)
    assigned = overdue_case(settings, t, assigned=True)
    unassigned = overdue_case(settings, t, assigned=False)
    now = db.utcnow()
    with db.session_scope(settings.database_url) as s:
        deadlines.send_reminders(s, now=now)
    with db.session_scope(settings.database_url) as s:
        counts = notify.deliver_due(s, now=now, smtp=address)
    assert counts["delivered"] >= 4
    mine = [m for m in box.messages if m["To"] in (t.agent.email, t.admin.email)]
    to_agent = [m for m in mine if m["To"] == t.agent.email]
    to_admin = [m for m in mine if m["To"] == t.admin.email]
    # The assignee gets the reminders of their case and its escalation; the admins get the
    # unassigned case's reminders and both escalations.
    assert all(assigned in m.get_content() for m in to_agent)
    assert sum("Eskaleret" in m["Subject"] for m in to_agent) == 1
    assert sum("Eskaleret" in m["Subject"] for m in to_admin) == 2
    reminders = [m for m in to_admin if m["Subject"].startswith("Påmindelse")]
    assert reminders and all(unassigned in m.get_content() for m in reminders)
    body = to_agent[0].get_content()
    assert f"/staff/{t.org.slug}/cases/{assigned}" in body
    assert "Spær betalingskortet" in "".join(m.get_content() for m in to_agent)
    assert all("20 11 22 33" not in m.get_content() for m in mine)
    # Delivered once: the next run sends nothing new for these cases.
    before = len(box.messages)
    with db.session_scope(settings.database_url) as s:
        deadlines.send_reminders(s, now=now)
        notify.deliver_due(s, now=now, smtp=address)
    assert [m for m in box.messages[before:] if m["To"] in (t.agent.email, t.admin.email)] == []


def test_webhook_signed_retried_logged_and_isolated(
    client: TestClient,
    settings: Settings,
    make_tenant: Callable[..., Tenant],
    receiver: Receiver,
    smtp: tuple[Mailbox, tuple[str, int]],
) -> None:
    t, other = make_tenant(scopes=SCOPES), make_tenant(scopes=SCOPES)
    created = client.post(
        "/api/v1/cases/webhooks", headers=auth(t.token), json={"url": receiver.url}
    )
    assert created.status_code == 201, created.text
    hook = created.json()
    assert hook["secret"].startswith("whsec_")
    bad = client.post("/api/v1/cases/webhooks", headers=auth(t.token), json={"url": "ftp://x.y/"})
    assert bad.status_code == 422
    case_id = overdue_case(settings, t, assigned=False)
    receiver.statuses = [500]  # the first delivery fails
    now = db.utcnow()
    with db.session_scope(settings.database_url) as s:
        deadlines.send_reminders(s, now=now)
        notify.deliver_due(s, now=now, smtp=smtp[1])
    log = client.get(f"/api/v1/cases/notifications?case_id={case_id}", headers=auth(t.token)).json()
    hooks = [n for n in log if n["channel"] == "webhook"]
    total = len(playbooks.builtin()["card_data_disclosed"].tasks) + 1  # and the escalation
    assert len(hooks) == total
    assert [n["status"] for n in hooks].count("delivered") == total - 1
    failed = next(n for n in hooks if n["status"] == "pending")
    assert failed["attempts"] == 1 and failed["last_result"] == "RuntimeError: HTTP 500"
    # Not due again before the backoff has passed; delivered after it.
    with db.session_scope(settings.database_url) as s:
        notify.deliver_due(s, now=now + timedelta(seconds=10), smtp=smtp[1])
    assert len(receiver.requests) == total
    with db.session_scope(settings.database_url) as s:
        notify.deliver_due(s, now=now + timedelta(seconds=31), smtp=smtp[1])
    assert len(receiver.requests) == total + 1
    events = set()
    for headers, body in receiver.requests:
        stamp, mac = re.fullmatch(
            r"t=(\d+),v1=([0-9a-f]{64})", headers["x-vaern-signature"]
        ).groups()  # type: ignore[union-attr]
        expected = hmac.new(hook["secret"].encode(), f"{stamp}.".encode() + body, hashlib.sha256)
        assert hmac.compare_digest(mac, expected.hexdigest())
        payload = json.loads(body)
        assert payload["case"]["id"] == case_id and "20 11 22 33" not in body.decode()
        events.add(headers["x-vaern-event"])
    assert events == {"case.reminder", "case.escalated"}
    log = client.get(f"/api/v1/cases/notifications?case_id={case_id}", headers=auth(t.token)).json()
    assert all(n["status"] == "delivered" for n in log if n["channel"] == "webhook")
    # Another organisation sees neither the webhook nor the log, and cannot remove it.
    theirs = client.get(f"/api/v1/cases/notifications?case_id={case_id}", headers=auth(other.token))
    assert theirs.json() == []
    assert client.get("/api/v1/cases/webhooks", headers=auth(other.token)).json() == []
    gone = client.delete(f"/api/v1/cases/webhooks/{hook['id']}", headers=auth(other.token))
    assert gone.status_code == 404
    listed = client.get("/api/v1/cases/webhooks", headers=auth(t.token)).json()
    assert [w["id"] for w in listed] == [hook["id"]]
    removed = client.delete(f"/api/v1/cases/webhooks/{hook['id']}", headers=auth(t.token))
    assert removed.status_code == 204
    assert client.get("/api/v1/cases/webhooks", headers=auth(t.token)).json()[0]["active"] is False
