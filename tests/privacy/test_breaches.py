"""The breach register: 72-hour clock, art. 33(3) draft, art. 34 decision, updates, API."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth
from vaern import db
from vaern.config import Settings
from vaern.dpo import breaches
from vaern.errors import Conflict

AWARE = datetime(2026, 11, 20, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    ("hours", "state"), [(10, "ok"), (50, "warning"), (71.9, "warning"), (73, "overdue")]
)
def test_clock(
    settings: Settings, make_tenant: Callable[..., Tenant], hours: float, state: str
) -> None:
    t = make_tenant()
    with db.session_scope(settings.database_url) as s:
        b = breaches.create_breach(
            s,
            organisation_id=t.org.id,
            aware_at=AWARE,
            nature="Lost laptop",
            data_categories=["e-mail"],
            subject_categories=["customers"],
        )
        assert breaches.clock(b, now=AWARE + timedelta(hours=hours)) == state
        breaches.mark_notified(s, organisation_id=t.org.id, breach_id=b.id, at=AWARE)
        assert breaches.clock(b, now=AWARE + timedelta(hours=hours)) == "notified"
        with pytest.raises(Conflict):
            breaches.mark_notified(s, organisation_id=t.org.id, breach_id=b.id)


def test_draft_has_art_33_3_content_and_no_clear_pii(
    settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    with db.session_scope(settings.database_url) as s:
        b = breaches.create_breach(
            s,
            organisation_id=t.org.id,
            aware_at=AWARE,
            nature="Mail med cpr 010190-1234 sendt til forkert modtager",
            data_categories=["CPR number", "e-mail"],
            subject_categories=["customers"],
            approx_subjects=120,
            approx_records=130,
            consequences="Risiko for identitetstyveri",
            measures="Modtageren har slettet mailen",
            contact="dpo@example.dk",
        )
        breaches.add_update(
            s, organisation_id=t.org.id, breach_id=b.id, text="Ring 20 30 40 50 for status"
        )
        assert b.updates[0]["text"] == "Ring [PHONE] for status"
        draft = breaches.notification_draft(b, now=AWARE + timedelta(hours=80))
    assert "010190-1234" not in draft["da"] and "[CPR]" in draft["da"]
    for part in ("a) Bruddets karakter", "b) Kontaktpunkt", "c) Sandsynlige", "d) Trufne"):
        assert part in draft["da"]
    for part in ("a) Nature", "ca. 120", "ca. 130", "dpo@example.dk", "Reasons for the delay"):
        assert part in draft["en"]
    assert draft["late"] is True


def test_breach_api(client: TestClient, make_tenant: Callable[..., Tenant]) -> None:
    t = make_tenant(scopes=["privacy:admin"])
    other = make_tenant(scopes=["privacy:admin"])
    body = {
        "aware_at": datetime.now(UTC).isoformat(),
        "nature": "Phishing mod medarbejder",
        "data_categories": ["e-mail"],
        "subject_categories": ["customers"],
        "approx_subjects": 10,
    }
    assert client.post("/api/v1/privacy/breaches", json=body).status_code == 401
    created = client.post("/api/v1/privacy/breaches", json=body, headers=auth(t.token))
    assert created.status_code == 201, created.text
    item = created.json()
    assert item["clock"] == "ok" and 71 < item["hours_left"] <= 72
    url = f"/api/v1/privacy/breaches/{item['id']}"
    assert client.get(url, headers=auth(other.token)).status_code == 404
    assert client.get(f"{url}/draft", headers=auth(other.token)).status_code == 404
    for bad in ({**body, "nature": ""}, {**body, "approx_subjects": -1}, {"nature": "x"}):
        r = client.post("/api/v1/privacy/breaches", json=bad, headers=auth(t.token))
        assert r.status_code == 422, bad
    decided = client.post(
        f"{url}/decision", json={"inform": False, "reason": "Krypteret"}, headers=auth(t.token)
    )
    assert decided.json()["inform_subjects"] is False
    assert client.post(f"{url}/notified", headers=auth(t.token)).json()["clock"] == "notified"
    assert client.post(f"{url}/notified", headers=auth(t.token)).status_code == 409
    assert "Datatilsynet" in client.get(f"{url}/draft", headers=auth(t.token)).json()["da"]
    listed = client.get("/api/v1/privacy/breaches", headers=auth(other.token)).json()
    assert listed["items"] == []
