"""Staff case pages and the public victim's guide."""

from __future__ import annotations

import re
from collections.abc import Callable

from fastapi.testclient import TestClient

from tests.conftest import Tenant, csrf_from, login, make_client


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
    action = re.search(r'action="(/staff-upload/cases/[^"]+)"', page.text)
    assert action
    r = client.post(
        action.group(1),
        data={"csrf_token": token},
        files={"file": ("sms.txt", b"Ring til os nu", "text/plain")},
    )
    assert r.status_code == 303, r.text
    page = client.get(url)
    assert "task.done" in page.text and "[CPR]" in page.text and "sms.txt" in page.text
    pdf = client.get(f"{url}/evidence.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert client.get(f"{url}/evidence.json").json()["case"]["title"] == "Fake Nets caller"
    r = client.post(
        f"{url}/status", data={"csrf_token": token, "to": "closed", "resolution": "No loss"}
    )
    assert r.status_code == 303
    assert 'id="status">closed' in client.get(url).text


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
