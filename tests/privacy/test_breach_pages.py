"""The breach register's staff pages: record, 72-hour clock, updates, decision, the
Datatilsynet draft; permissions and tenant isolation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from fastapi.testclient import TestClient

from tests.conftest import Tenant, csrf_from, login
from vaern import db


def test_record_a_breach_and_work_it_through_the_pages(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    login(client, t.admin_email)
    url = f"/staff/{t.org.slug}/privacy/breaches"
    page = client.get(url)
    assert page.status_code == 200 and "Ingen brud registreret." in page.text
    token = csrf_from(page.text)
    aware = (db.utcnow() - timedelta(hours=60)).strftime("%Y-%m-%dT%H:%M")
    empty = client.post(url, data={"csrf_token": token, "aware_at": aware, "nature": " "})
    assert empty.status_code == 422 and "Beskriv bruddet." in empty.text
    created = client.post(
        url,
        data={
            "csrf_token": token,
            "aware_at": aware,
            "nature": "Laptop stolen; it held a list with cpr 010190-1234",
            "data_categories": "e-mail, phone",
            "subject_categories": "customers",
            "approx_subjects": "120",
            "contact": "dpo@example.dk",
        },
    )
    assert created.status_code == 303
    detail_url = created.headers["location"]
    listing = client.get(url)
    assert "Timer tilbage" in listing.text and 'class="warning"' in listing.text  # < 24 h left
    detail = client.get(detail_url)
    assert detail.status_code == 200
    assert "Anmeldelse af brud på persondatasikkerheden til Datatilsynet" in detail.text
    assert "ca. 120" in detail.text and "010190-1234" not in detail.text
    assert "Notification of a personal data breach to Datatilsynet" in detail.text
    update = client.post(f"{detail_url}/update", data={"csrf_token": token, "text": "Found"})
    assert update.status_code == 303
    decision = client.post(
        f"{detail_url}/decision",
        data={"csrf_token": token, "inform": "no", "reason": "Disk was encrypted"},
    )
    assert decision.status_code == 303
    assert client.post(f"{detail_url}/notified", data={}).status_code == 403  # no CSRF
    assert client.post(f"{detail_url}/notified", data={"csrf_token": token}).status_code == 303
    again = client.post(f"{detail_url}/notified", data={"csrf_token": token})
    assert again.status_code == 422
    detail = client.get(detail_url)
    assert "Datatilsynet underrettet" in detail.text and "Disk was encrypted" in detail.text
    assert "Found" in detail.text


def test_breach_pages_permissions_and_isolation(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t, other = make_tenant(), make_tenant()
    login(client, other.admin_email)
    page = client.get(f"/staff/{other.org.slug}/privacy/breaches")
    created = client.post(
        f"/staff/{other.org.slug}/privacy/breaches",
        data={
            "csrf_token": csrf_from(page.text),
            "aware_at": "2026-01-01T10:00",
            "nature": "x",
        },
    )
    breach_path = created.headers["location"].split("/privacy/")[1]
    client.post("/logout", data={"csrf_token": csrf_from(page.text)})
    login(client, t.agent.email)
    assert client.get(f"/staff/{t.org.slug}/privacy/breaches").status_code == 403
    login(client, t.admin_email)
    assert client.get(f"/staff/{t.org.slug}/privacy/{breach_path}").status_code == 404
    overdue = client.get(f"/staff/{t.org.slug}/privacy/breaches")
    assert overdue.status_code == 200
