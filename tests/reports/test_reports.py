"""Reports: public submission (redacted, deduplicated, consent, contact in the vault),
campaign grouping, the campaign page with its chart, draft warning, takedowns, isolation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth, csrf_from, login, make_client
from vaern import db
from vaern.config import Settings
from vaern.privacy.models import SubjectIdentifier
from vaern.reports.models import Report

SMS = (
    "Din pakke venter. Betal told {n} kr via https://pn-told{v}.example.com/b inden i dag. "
    "Mvh PostNord kundeservice, ring 22334455 ved spørgsmål"
)


def body(org: str, n: int = 19, v: str = "", **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "organisation": org,
        "text": SMS.format(n=n, v=v),
        "channel": "sms",
        "sender": "PostNrd",
        "consent": True,
        "check_result": {"verdict": "scam"},
    }
    data.update(extra)
    return data


def test_submit_redacts_dedupes_and_stores_contact_in_vault(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    t = make_tenant(scopes=["reports:read"])
    first = client.post(
        "/api/v1/reports", json=body(t.org.slug, contact={"email": "kunde@example.com"})
    )
    assert first.status_code == 201, first.text
    receipt = first.json()
    assert receipt["reference"].startswith("R-") and receipt["duplicate"] is False
    again = client.post("/api/v1/reports", json=body(t.org.slug)).json()
    assert again == receipt | {"duplicate": True}
    listed = client.get("/api/v1/reports", headers=auth(t.token)).json()
    assert listed["total"] == 1
    stored = listed["items"][0]
    assert "22334455" not in stored["text"] and "[PHONE]" in stored["text"]
    assert stored["link_domains"] == ["pn-told.example.com"]
    assert stored["check_result"] == {"verdict": "scam"} and stored["wants_feedback"] is True
    with db.session_scope(settings.database_url) as s:
        report = s.scalar(sa.select(Report).where(Report.reference == receipt["reference"]))
        assert report is not None and report.subject_id is not None
        ids = s.scalars(
            sa.select(SubjectIdentifier).where(SubjectIdentifier.subject_id == report.subject_id)
        ).all()
        assert ids and all("kunde@example.com" not in str(i.ciphertext) for i in ids)


def test_bad_reports_are_rejected_with_problem(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=["reports:read"])
    for bad in (
        body(t.org.slug, consent=False),
        body(t.org.slug, channel="carrier-pigeon"),
        body(t.org.slug, text=""),
        body(t.org.slug, text="x" * 10_001),
        body(t.org.slug, check_result={"x": "y" * 20_000}),
        body(t.org.slug, contact={"email": "not-an-email"}),
    ):
        r = client.post("/api/v1/reports", json=bad)
        assert r.status_code == 422, bad
        assert r.headers["content-type"] == "application/problem+json"
    assert client.post("/api/v1/reports", json=body("no-such-org")).status_code == 404
    assert (
        client.post(
            "/api/v1/reports", content=b"{not json", headers={"content-type": "application/json"}
        ).status_code
        == 422
    )
    assert client.get("/api/v1/reports", headers=auth(t.token)).json()["total"] == 0


def test_reports_are_rate_limited_per_client(app: Any, make_tenant: Callable[..., Tenant]) -> None:
    t = make_tenant()
    with make_client(app) as c:
        codes = [
            c.post("/api/v1/reports", json=body(t.org.slug, n=i)).status_code for i in range(22)
        ]
    assert codes[:20] == [201] * 20 and codes[-1] == 429


def test_grouping_into_campaigns(client: TestClient, make_tenant: Callable[..., Tenant]) -> None:
    t = make_tenant(scopes=["reports:read"])
    h = auth(t.token)
    # Near-duplicates (different amounts, different link hosts) join one campaign.
    for i, v in enumerate(["", "2", "3"]):
        with make_client(client.app) as c:  # type: ignore[arg-type]
            assert (
                c.post("/api/v1/reports", json=body(t.org.slug, n=10 + i, v=v)).status_code == 201
            )
    # Different text but a shared link domain also joins.
    shared = body(t.org.slug, text="Dit MitID udløber, forny her https://pn-told.example.com/m nu")
    shared["sender"] = "MitID-info"
    client.post("/api/v1/reports", json=shared)
    # Unrelated report starts its own campaign.
    other = body(t.org.slug, text="Du har vundet en iPhone, svar JA for at få den tilsendt hurtigt")
    other["sender"] = "+45 99 88 77 66"
    client.post("/api/v1/reports", json=other)
    campaigns = client.get("/api/v1/campaigns", headers=h).json()["items"]
    counts = sorted(c["report_count"] for c in campaigns)
    assert counts == [1, 4]
    big = next(c for c in campaigns if c["report_count"] == 4)
    assert set(big["indicators"]["domains"]) >= {"pn-told.example.com", "pn-told2.example.com"}
    small = next(c for c in campaigns if c["report_count"] == 1)
    assert small["indicators"]["phones"] == ["+4599887766"]


def _campaign(client: TestClient, t: Tenant) -> dict[str, Any]:
    for i in range(2):  # two reporters, so no deduplication
        with make_client(client.app) as other:  # type: ignore[arg-type]
            assert other.post("/api/v1/reports", json=body(t.org.slug, n=i)).status_code == 201
    items = client.get("/api/v1/campaigns", headers=auth(t.token)).json()["items"]
    assert len(items) == 1
    return dict(items[0])


def test_campaign_to_warning_and_takedowns_api(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=["reports:read", "warnings:write"])
    h = auth(t.token)
    c = _campaign(client, t)
    w = client.post(f"/api/v1/campaigns/{c['id']}/warning", headers=h)
    assert w.status_code == 201
    warning = w.json()
    assert warning["status"] == "draft" and warning["examples"]
    assert warning["indicators"]["domains"] == ["pn-told.example.com"]
    assert warning["indicators"]["sender_ids"] == ["PostNrd"]
    assert client.post(f"/api/v1/campaigns/{c['id']}/warning", headers=h).status_code == 409
    made = client.post(f"/api/v1/campaigns/{c['id']}/takedowns", headers=h).json()
    assert {(m["recipient_kind"], m["target"]) for m in made} == {
        ("host", "pn-told.example.com"),
        ("registrar", "example.com"),
    }
    assert made[0]["evidence"]["reports"] == 2 and "pn-told.example.com" in made[0]["body"]
    assert client.post(f"/api/v1/campaigns/{c['id']}/takedowns", headers=h).json() == []
    ev = client.get(f"/api/v1/campaigns/{c['id']}/evidence", headers=h).json()
    assert ev["reports"] == 2 and sum(d["reports"] for d in ev["daily_counts"]) == 2


def test_campaign_page_chart_and_actions(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=["reports:read"])
    c = _campaign(client, t)
    login(client, t.agent.email)
    page = client.get(f"/staff/{t.org.slug}/campaigns/{c['id']}")
    assert page.status_code == 200
    assert "<svg" in page.text and "<rect" in page.text and "<script" not in page.text
    csrf = csrf_from(page.text)
    r = client.post(f"/staff/{t.org.slug}/campaigns/{c['id']}/takedowns", data={"csrf_token": csrf})
    assert r.status_code == 303
    page = client.get(f"/staff/{t.org.slug}/campaigns/{c['id']}")
    assert "registrar" in page.text and "Udkast" in page.text
    r = client.post(f"/staff/{t.org.slug}/campaigns/{c['id']}/warning", data={"csrf_token": csrf})
    assert r.status_code == 303 and "/warnings/" in r.headers["location"]
    assert client.get(f"/staff/{t.org.slug}/reports").status_code == 200
    assert c["reference"] in client.get(f"/staff/{t.org.slug}/campaigns").text


def test_reports_and_campaigns_isolated(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    a = make_tenant(scopes=["reports:read", "warnings:write"])
    b = make_tenant(scopes=["reports:read", "warnings:write"])
    c = _campaign(client, a)
    report = client.get("/api/v1/reports", headers=auth(a.token)).json()["items"][0]
    hb = auth(b.token)
    assert client.get(f"/api/v1/reports/{report['id']}", headers=hb).status_code == 404
    assert client.get(f"/api/v1/campaigns/{c['id']}", headers=hb).status_code == 404
    assert client.post(f"/api/v1/campaigns/{c['id']}/warning", headers=hb).status_code == 404
    assert client.post(f"/api/v1/campaigns/{c['id']}/takedowns", headers=hb).status_code == 404
    assert client.get(f"/api/v1/campaigns/{c['id']}/evidence", headers=hb).status_code == 404
    assert client.get("/api/v1/reports", headers=hb).json()["total"] == 0
    assert client.get("/api/v1/reports").status_code == 401
    login(client, b.admin_email)
    assert client.get(f"/staff/{b.org.slug}/campaigns/{c['id']}").status_code == 404


def test_merge_campaigns(client: TestClient, make_tenant: Callable[..., Tenant]) -> None:
    t = make_tenant(scopes=["reports:read", "warnings:write"])
    other = make_tenant(scopes=["reports:read", "warnings:write"])
    h = auth(t.token)
    client.post("/api/v1/reports", json=body(t.org.slug))
    unrelated = body(t.org.slug, text="Du har vundet en iPhone, svar JA for at få den tilsendt nu")
    unrelated["sender"] = "Vinder"
    client.post("/api/v1/reports", json=unrelated)
    a, b = client.get("/api/v1/campaigns", headers=h).json()["items"]
    merged = client.post(
        f"/api/v1/campaigns/{a['id']}/merge", headers=h, json={"other_id": b["id"]}
    )
    assert merged.status_code == 200 and merged.json()["report_count"] == 2
    assert [c["id"] for c in client.get("/api/v1/campaigns", headers=h).json()["items"]] == [
        a["id"]
    ]
    again = client.post(f"/api/v1/campaigns/{a['id']}/merge", headers=h, json={"other_id": b["id"]})
    assert again.status_code == 422
    path = f"/api/v1/campaigns/{a['id']}/merge"
    assert (
        client.post(path, headers=auth(other.token), json={"other_id": b["id"]}).status_code == 404
    )
