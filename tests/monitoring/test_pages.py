"""Staff alert queue: listing, triage, audit and isolation."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth, csrf_from, login
from tests.monitoring.test_api import seed
from vaern import db
from vaern.config import Settings
from vaern.monitoring import service
from vaern.monitoring.models import Alert
from vaern.monitoring.typologies import DEFAULT_FILE
from vaern.privacy.models import AuditEntry

SEED = Path(__file__).parents[2] / "src/vaern/monitoring/examples/seed003_221-2021.jsonl"


def test_staff_sees_alerts_and_triages_them(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    t = make_tenant(scopes=["events:write"])
    events = [json.loads(line) for line in SEED.read_text().splitlines()]
    client.post("/api/v1/events", headers=auth(t.token), json=events)
    login(client, t.admin_email)
    page = client.get(f"/staff/{t.org.slug}/alerts")
    assert page.status_code == 200
    assert page.text.count("/status") == 3
    assert "Kontaktdata ændret, derefter betaling" in page.text  # Danish by default
    with db.session_scope(settings.database_url) as s:
        alert_id = s.scalars(sa.select(Alert.id).where(Alert.organisation_id == t.org.id)).first()
    url = f"/staff/{t.org.slug}/alerts/{alert_id}/status"
    assert client.post(url, data={"status": "confirmed"}).status_code == 403  # no CSRF token
    done = client.post(url, data={"status": "confirmed", "csrf_token": csrf_from(page.text)})
    assert done.status_code == 303
    bad = client.post(url, data={"status": "maybe", "csrf_token": csrf_from(page.text)})
    assert bad.status_code == 422
    with db.session_scope(settings.database_url) as s:
        assert s.get(Alert, alert_id).status == "confirmed"  # type: ignore[union-attr]
        audited = s.scalars(
            sa.select(AuditEntry).where(
                AuditEntry.action == "monitoring.alert.status",
                AuditEntry.object_id == str(alert_id),
            )
        ).all()
    assert len(audited) == 1
    remaining = client.get(f"/staff/{t.org.slug}/alerts?status=open")
    assert remaining.text.count("/status") == 2


def test_other_organisations_alerts_are_404(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    a, b = make_tenant(scopes=["events:write"]), make_tenant()
    events = [json.loads(line) for line in SEED.read_text().splitlines()]
    client.post("/api/v1/events", headers=auth(a.token), json=events)
    with db.session_scope(settings.database_url) as s:
        alert_id = s.scalars(sa.select(Alert.id).where(Alert.organisation_id == a.org.id)).first()
    login(client, b.admin_email)
    page = client.get(f"/staff/{b.org.slug}/alerts")
    assert "/status" not in page.text
    assert client.get(f"/staff/{a.org.slug}/alerts").status_code == 404
    response = client.post(
        f"/staff/{b.org.slug}/alerts/{alert_id}/status",
        data={"status": "dismissed", "csrf_token": csrf_from(page.text)},
    )
    assert response.status_code == 404


def test_analyst_edits_typologies_with_validation(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    t = make_tenant(scopes=["events:write", "alerts:read"])
    login(client, t.admin_email)
    page = client.get(f"/staff/{t.org.slug}/typologies")
    assert page.status_code == 200 and "contact_change_then_payment" in page.text
    url, token = f"/staff/{t.org.slug}/typologies", csrf_from(page.text)
    shipped = DEFAULT_FILE.read_text(encoding="utf-8")

    broken = shipped.replace("version: 1", "version: 2").replace("amount_ratio", "amount_ration")
    refused = client.post(url, data={"text": broken, "csrf_token": token})
    assert refused.status_code == 422
    assert "line 14" in refused.text and "unknown feature" in refused.text
    stale = client.post(url, data={"text": shipped, "csrf_token": token})
    assert stale.status_code == 422 and "must be higher than 1" in stale.text

    # Version 2 drops the contact-change typology: the seed sequence no longer alerts on it.
    start = shipped.index("  - id: contact_change_then_payment")
    end = shipped.index("  - id: new_device_new_payee_instant")
    v2 = (shipped[:start] + shipped[end:]).replace("version: 1", "version: 2")
    saved = client.post(url, data={"text": v2, "csrf_token": token})
    assert saved.status_code == 200 and "Gemt" in saved.text
    events = [json.loads(line) for line in SEED.read_text().splitlines()]
    body = client.post("/api/v1/events", headers=auth(t.token), json=events).json()
    assert body["accepted"] == 9
    assert not any(i["alert_ids"] for i in body["items"])
    with db.session_scope(settings.database_url) as s:
        rules, _text = service.current_rules(s, organisation_id=t.org.id)
    assert rules.version == 2


def test_agents_cannot_edit_typologies(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    login(client, t.agent.email)
    page = client.get(f"/staff/{t.org.slug}/typologies")
    assert page.status_code == 200 and "readonly" in page.text
    text = DEFAULT_FILE.read_text(encoding="utf-8").replace("version: 1", "version: 5")
    response = client.post(
        f"/staff/{t.org.slug}/typologies", data={"text": text, "csrf_token": csrf_from(page.text)}
    )
    assert response.status_code == 403


def test_open_a_case_from_an_alert_once_and_only_in_its_organisation(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    t, other = make_tenant(scopes=["events:write"]), make_tenant()
    client.post("/api/v1/events", headers=auth(t.token), json=seed())
    with db.session_scope(settings.database_url) as s:
        alert = s.scalars(sa.select(Alert).where(Alert.organisation_id == t.org.id)).first()
        assert alert is not None
        alert.actions_taken = [a for a in alert.actions_taken if a["action"] != "case_opened"]
        alert_id = alert.id
    login(client, t.agent.email)
    url = f"/staff/{t.org.slug}/alerts"
    token = csrf_from(client.get(url).text)
    first = client.post(f"{url}/{alert_id}/case", data={"csrf_token": token})
    again = client.post(f"{url}/{alert_id}/case", data={"csrf_token": token})
    assert first.status_code == again.status_code == 303
    assert first.headers["location"] == again.headers["location"]
    assert "/cases/" in first.headers["location"]
    assert f'href="{first.headers["location"]}"' in client.get(url).text
    login(client, other.admin_email)
    foreign = client.post(
        f"/staff/{other.org.slug}/alerts/{alert_id}/case",
        data={"csrf_token": csrf_from(client.get(f"/staff/{other.org.slug}/alerts").text)},
    )
    assert foreign.status_code == 404
