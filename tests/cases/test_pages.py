"""Staff case pages and the public victim's guide."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import timedelta

import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, csrf_from, login, make_client
from vaern import db
from vaern.cases import deadlines
from vaern.cases.models import Case
from vaern.config import Settings
from vaern.privacy.models import AuditEntry


def open_case(client: TestClient, tenant: Tenant) -> str:
    page = client.get(f"/staff/{tenant.org.slug}/cases")
    assert page.status_code == 200
    r = client.post(
        f"/staff/{tenant.org.slug}/cases",
        data={
            "csrf_token": csrf_from(page.text),
            "case_type": "impersonation_call",
            "title": "Fake Nets caller",
            "priority": "high",
            "phone": "+45 20 12 34 56",
        },
    )
    assert r.status_code == 303, r.text
    return str(r.headers["location"])


def test_agent_opens_and_works_a_case(client: TestClient, tenant: Tenant) -> None:
    login(client, tenant.agent.email)
    url = open_case(client, tenant)
    page = client.get(url)
    assert page.status_code == 200 and "Fake Nets caller" in page.text
    assert "20 12 34 56" not in page.text
    assert "44 89 29 29" in page.text  # the Nets number on the card-blocking task
    queue = client.get(f"/staff/{tenant.org.slug}/cases")
    assert "Fake Nets caller" in queue.text
    token = csrf_from(page.text)
    task_ids = re.findall(r'/tasks/([0-9a-f-]{36})"', page.text)
    r = client.post(f"{url}/tasks/{task_ids[0]}", data={"csrf_token": token, "outcome": "done"})
    assert r.status_code == 303
    r = client.post(f"{url}/tasks/{task_ids[1]}", data={"csrf_token": token, "outcome": "skipped"})
    assert r.status_code == 422 and "note" in r.text
    r = client.post(f"{url}/notes", data={"csrf_token": token, "text": "CPR 010190-1234"})
    assert r.status_code == 303
    r = client.post(f"{url}/status", data={"csrf_token": token, "to": "closed"})
    assert r.status_code == 422
    r = client.post(f"{url}/reveal", data={"csrf_token": token, "purpose": "call back"})
    assert "+45 20 12 34 56" in r.text
    # The outbound log is connected by the app: the check runs and is recorded.
    r = client.post(f"{url}/contact-check", data={"csrf_token": token})
    assert r.status_code == 303
    page = client.get(url)
    # The answer is shown in the case, not only as a timeline line.
    answer = page.text.split('id="contact-answer"', 1)[1].split("</div>", 1)[0]
    assert "No: we found no message or call" in answer or "Nej: " in answer
    action = re.search(r'action="(/staff-upload/cases/[^"]+)"', page.text)
    assert action
    r = client.post(
        action.group(1),
        data={"csrf_token": token},
        files={"file": ("sms.txt", b"Ring til os nu", "text/plain")},
    )
    assert r.status_code == 303, r.text
    page = client.get(url)
    assert "Opgave udført" in page.text and "[CPR]" in page.text and "sms.txt" in page.text
    pdf = client.get(f"{url}/evidence.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert client.get(f"{url}/evidence.json").json()["case"]["title"] == "Fake Nets caller"
    r = client.post(
        f"{url}/status", data={"csrf_token": token, "to": "closed", "resolution": "No loss"}
    )
    assert r.status_code == 303
    assert 'id="status">Lukket' in client.get(url).text


def test_staff_pages_are_isolated(
    app: object, client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    mine, theirs = make_tenant(), make_tenant()
    login(client, mine.agent.email)
    url = open_case(client, mine)
    case_id = url.rsplit("/", 1)[1]
    with make_client(app) as other:  # type: ignore[arg-type]
        login(other, theirs.agent.email)
        token = csrf_from(other.get(f"/staff/{theirs.org.slug}/cases").text)
        assert other.get(url).status_code == 404
        assert other.get(f"/staff/{theirs.org.slug}/cases/{case_id}").status_code == 404
        r = other.post(
            f"/staff/{theirs.org.slug}/cases/{case_id}/notes",
            data={"csrf_token": token, "text": "x"},
        )
        assert r.status_code == 404
        r = other.post(
            f"/staff-upload/cases/{mine.org.id}/{case_id}",
            data={"csrf_token": token},
            files={"file": ("a.txt", b"x", "text/plain")},
        )
        assert r.status_code == 404
        assert (
            other.get(f"/staff/{theirs.org.slug}/cases/{case_id}/evidence.pdf").status_code == 404
        )
    assert client.get(f"/staff/{mine.org.slug}/cases").status_code == 200
    r = client.post(url + "/notes", data={"text": "no csrf"})
    assert r.status_code == 403


def test_victims_guide_in_both_languages_without_login(client: TestClient) -> None:
    page = client.get("/guide?answer=gave_card&answer=got_call")
    assert page.status_code == 200
    assert "44 89 29 29" in page.text and 'href="tel:44892929"' in page.text
    assert "Spær betalingskortet" in page.text
    client.get("/lang/en?next=/guide")
    page = client.get("/guide?answer=entered_mitid")
    assert "Block MitID and change the user ID" in page.text and "33 98 00 10" in page.text
    assert "<script" not in page.text


def test_guide_hands_over_to_the_organisation(client: TestClient, tenant: Tenant) -> None:
    page = client.get("/guide?answer=transferred_money")
    form = {
        "csrf_token": csrf_from(page.text),
        "answer": "transferred_money",
        "organisation": tenant.org.slug,
        "phone": "+45 20 99 88 77",
    }
    r = client.post("/guide/case", data=form)
    assert r.status_code == 422  # no consent
    r = client.post("/guide/case", data={**form, "consent": "yes"})
    assert r.status_code == 201 and tenant.org.name in r.text
    login(client, tenant.agent.email)
    queue = client.get(f"/staff/{tenant.org.slug}/cases")
    assert "transferred_money" in queue.text


def open_cases(client: TestClient, tenant: Tenant, n: int) -> list[str]:
    return [open_case(client, tenant).rsplit("/", 1)[1] for _ in range(n)]


def audit_actions(settings: Settings, org_id: object) -> list[str]:
    with db.session_scope(settings.database_url) as s:
        return list(
            s.scalars(sa.select(AuditEntry.action).where(AuditEntry.organisation_id == org_id))
        )


def test_bulk_actions_report_per_case(
    app: object, client: TestClient, settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    mine, theirs = make_tenant(), make_tenant()
    with make_client(app) as other:  # type: ignore[arg-type]
        login(other, theirs.agent.email)
        foreign = open_case(other, theirs).rsplit("/", 1)[1]
    login(client, mine.agent.email)
    a, b = open_cases(client, mine, 2)
    queue = client.get(f"/staff/{mine.org.slug}/cases")
    assert f'name="ids" value="{a}"' in queue.text
    token = csrf_from(queue.text)
    bulk = f"/staff/{mine.org.slug}/cases/bulk"
    r = client.post(
        bulk,
        data={"csrf_token": token, "ids": [a, b, foreign], "op": "priority", "priority": "urgent"},
    )
    assert r.status_code == 200
    results = re.findall(r'class="bulk-(ok|error)"><a href="[^"]+/([0-9a-f-]{36})"', r.text)
    assert sorted(results) == sorted([("ok", a), ("ok", b), ("error", foreign)])
    assert "No such case" in r.text
    assert 'id="case-priority">Akut' in client.get(f"/staff/{mine.org.slug}/cases/{a}").text
    r = client.post(
        bulk,
        data={
            "csrf_token": token,
            "ids": [a, b],
            "op": "assign",
            "assignee_id": str(mine.agent.id),
        },
    )
    assert r.text.count('class="bulk-ok"') == 2
    # Closing needs a reason: every case says so, none is closed.
    r = client.post(bulk, data={"csrf_token": token, "ids": [a, b], "op": "status", "to": "closed"})
    assert r.text.count('class="bulk-error"') == 2 and "resolution" in r.text
    r = client.post(
        bulk,
        data={"csrf_token": token, "ids": [a], "op": "status", "to": "closed", "resolution": "Dup"},
    )
    assert r.text.count('class="bulk-ok"') == 1
    assert 'id="status">Lukket' in client.get(f"/staff/{mine.org.slug}/cases/{a}").text
    assert client.post(bulk, data={"csrf_token": token, "op": "status"}).status_code == 422
    assert (
        client.post(bulk, data={"ids": [b], "op": "priority", "priority": "low"}).status_code == 403
    )
    # The other organisation's case was not touched; every change is audited.
    with make_client(app) as other:  # type: ignore[arg-type]
        login(other, theirs.agent.email)
        page = other.get(f"/staff/{theirs.org.slug}/cases/{foreign}").text
        assert 'id="case-priority">Høj' in page and "assigned" not in page
    actions = audit_actions(settings, mine.org.id)
    assert actions.count("case.bulk") == 4
    assert actions.count("case.priority") == 2 and actions.count("case.assigned") == 2
    assert actions.count("case.status") == 1


def test_playbook_override_pages(
    app: object, client: TestClient, settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    mine, theirs = make_tenant(), make_tenant()
    login(client, mine.admin.email)
    listing = client.get(f"/staff/{mine.org.slug}/playbooks")
    assert listing.status_code == 200 and 'id="book-sim_swap"' in listing.text
    url = f"/staff/{mine.org.slug}/playbooks/sim_swap"
    page = client.get(url)
    assert "case_type: sim_swap" in page.text and 'id="playbook-reset"' not in page.text
    token = csrf_from(page.text)
    bad = client.post(url, data={"csrf_token": token, "text": "case_type: sim_swap\ntasks: []"})
    assert bad.status_code == 422 and 'id="playbook-error"' in bad.text
    assert "tasks: []" in bad.text  # the text is kept for correcting
    text = (
        "case_type: sim_swap\nversion: 9\ntitle: {da: Egen SIM, en: Own SIM}\n"
        "sla_hours: {urgent: 1, high: 2, normal: 3, low: 4}\n"
        "tasks: [{step: contact_telco, due_minutes: 5, actor: customer}]\n"
    )
    assert client.post(url, data={"csrf_token": token, "text": text}).status_code == 303
    page = client.get(url)
    assert "Own SIM" in page.text or "Egen SIM" in page.text
    assert 'id="playbook-reset"' in page.text and "version: 9" in page.text
    # New cases of this organisation use it; the other organisation keeps the built-in one.
    with make_client(app) as other:  # type: ignore[arg-type]
        login(other, theirs.admin.email)
        theirs_page = other.get(f"/staff/{theirs.org.slug}/playbooks/sim_swap").text
        assert "version: 9" not in theirs_page
        # An admin of another organisation cannot reach this one's pages.
        assert other.get(url).status_code == 404
        assert other.post(url, data={"csrf_token": token, "text": text}).status_code in (403, 404)
    with make_client(app) as agent:  # type: ignore[arg-type]
        login(agent, mine.agent.email)
        agent_page = agent.get(url)
        assert agent_page.status_code == 200 and 'id="playbook-form"' not in agent_page.text
        r = agent.post(url, data={"csrf_token": csrf_from(agent_page.text), "text": text})
        assert r.status_code == 403
    assert client.post(url, data={"text": text}).status_code == 403  # no CSRF token
    assert client.post(f"{url}/reset", data={"csrf_token": token}).status_code == 303
    assert 'id="playbook-reset"' not in client.get(url).text
    actions = audit_actions(settings, mine.org.id)
    assert actions.count("playbook.override") == 1 and actions.count("playbook.reset") == 1


def test_priority_links_and_reminders_on_the_case_page(
    client: TestClient, settings: Settings, tenant: Tenant
) -> None:
    login(client, tenant.agent.email)
    url = open_case(client, tenant)
    token = csrf_from(client.get(url).text)
    assert (
        client.post(f"{url}/priority", data={"csrf_token": token, "priority": "urgent"}).status_code
        == 303
    )
    assert 'id="case-priority">Akut' in client.get(url).text
    bad = client.post(f"{url}/priority", data={"csrf_token": token, "priority": "whenever"})
    assert bad.status_code == 422 and "Unknown priority" in bad.text
    report_id = str(uuid.uuid4())
    r = client.post(f"{url}/links", data={"csrf_token": token, "kind": "report", "target_id": "x"})
    assert r.status_code == 422 and "UUID" in r.text
    r = client.post(
        f"{url}/links",
        data={"csrf_token": token, "kind": "report", "target_id": report_id, "label": "SMS"},
    )
    assert r.status_code == 303
    page = client.get(url).text
    assert report_id in page and 'id="notifications"' not in page
    # The SLA of an urgent case passes; the reminder job queues deliveries, shown on the page.
    with db.session_scope(settings.database_url) as s:
        deadlines.send_reminders(s, now=db.utcnow() + timedelta(days=3))
    page = client.get(url).text
    assert 'id="notifications"' in page and "case.escalated" in page and "case.reminder" in page


def test_queue_filters_sorts_and_shows_the_assignee(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    from vaern.cases import service as cases

    t = make_tenant()
    now = db.utcnow()
    with db.session_scope(settings.database_url) as s:

        def case(title: str, case_type: str, priority: str) -> uuid.UUID:
            c = cases.open_case(
                s,
                organisation_id=t.org.id,
                case_type=case_type,
                source="phone",
                title=title,
                priority=priority,
            )
            return c.id

        late = case("Late card case", "card_data_disclosed", "high")
        mine = case("Assigned call case", "impersonation_call", "urgent")
        case("Calm message case", "suspicious_message", "low")
        s.flush()
        s.get(Case, late).next_due_at = now - timedelta(hours=1)  # type: ignore[union-attr]
        s.get(Case, mine).assignee_id = t.agent.id  # type: ignore[union-attr]
    login(client, t.agent.email)
    base = f"/staff/{t.org.slug}/cases"

    def titles(query: str) -> list[str]:
        page = client.get(f"{base}?{query}")
        assert page.status_code == 200
        return re.findall(r'/cases/[0-9a-f-]{36}">([^<]+)</a></td>', page.text)

    assert titles("overdue=true") == ["Late card case"]
    assert titles("priority=urgent") == ["Assigned call case"]
    assert titles("case_type=suspicious_message") == ["Calm message case"]
    assert titles(f"assignee={t.agent.id}") == ["Assigned call case"]
    assert sorted(titles("assignee=none")) == ["Calm message case", "Late card case"]
    assert titles("sort=priority") == ["Assigned call case", "Late card case", "Calm message case"]
    assert titles("status=closed") == []
    row = client.get(base).text.split("Assigned call case", 1)[1].split("</tr>", 1)[0]
    assert 'class="assignee">Agent<' in row
    assert client.get(f"{base}?assignee=someone").status_code == 422
