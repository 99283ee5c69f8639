"""Campaign split (audited, keys follow the moved reports) and the PDF evidence export
(read back with pypdf)."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from fastapi.testclient import TestClient
from pypdf import PdfReader

from tests.conftest import Tenant, auth, csrf_from, login, make_client
from tests.reports.test_reports import body
from vaern import db
from vaern.config import Settings
from vaern.privacy.models import AuditEntry
from vaern.registry.models import LookalikeDomain

OTHER = "Hej mor, min telefon er gået i stykker. Send penge til mit nye nummer i dag tak"


def _mixed_campaign(client: TestClient, t: Tenant) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Three parcel texts and one 'hi mum' text that share a sender: one campaign."""
    for i, text in enumerate([None, None, None, OTHER]):
        extra = {"text": text} if text else {}
        with make_client(client.app) as c:  # type: ignore[arg-type]
            assert c.post("/api/v1/reports", json=body(t.org.slug, n=i, **extra)).status_code == 201
    h = auth(t.token)
    (campaign,) = client.get("/api/v1/campaigns", headers=h).json()["items"]
    reports = client.get("/api/v1/reports", headers=h).json()["items"]
    assert campaign["report_count"] == 4
    return campaign, reports


def test_split_moves_reports_and_their_keys(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    t = make_tenant(scopes=["reports:read", "warnings:write"])
    other = make_tenant(scopes=["reports:read", "warnings:write"])
    h = auth(t.token)
    campaign, reports = _mixed_campaign(client, t)
    mum = [r["id"] for r in reports if r["text"].startswith("Hej mor")]
    path = f"/api/v1/campaigns/{campaign['id']}/split"
    assert client.post(path, headers=auth(other.token), json={"report_ids": mum}).status_code == 404
    everything = [r["id"] for r in reports]
    assert client.post(path, headers=h, json={"report_ids": everything}).status_code == 422
    r = client.post(path, headers=h, json={"report_ids": mum})
    assert r.status_code == 201, r.text
    new = r.json()
    assert new["report_count"] == 1 and new["examples"][0].startswith("Hej mor")
    assert new["indicators"]["domains"] == []
    old = client.get(f"/api/v1/campaigns/{campaign['id']}", headers=h).json()
    assert old["report_count"] == 3 and not any(e.startswith("Hej mor") for e in old["examples"])
    # A new 'hi mum' text from another reporter now joins the split-off campaign.
    with make_client(client.app) as c:  # type: ignore[arg-type]
        again = body(t.org.slug, text=OTHER.replace("i dag", "nu"), sender="Ukendt")
        assert c.post("/api/v1/reports", json=again).status_code == 201
    assert client.get(f"/api/v1/campaigns/{new['id']}", headers=h).json()["report_count"] == 2
    with db.session_scope(settings.database_url) as s:
        actions = s.scalars(
            sa.select(AuditEntry.action).where(AuditEntry.organisation_id == t.org.id)
        ).all()
    assert "campaign.split" in actions


def test_split_from_the_campaign_page(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=["reports:read"])
    campaign, reports = _mixed_campaign(client, t)
    login(client, t.agent.email)
    page = client.get(f"/staff/{t.org.slug}/campaigns/{campaign['id']}")
    assert page.status_code == 200 and 'name="report_id"' in page.text
    mum = next(r["id"] for r in reports if r["text"].startswith("Hej mor"))
    r = client.post(
        f"/staff/{t.org.slug}/campaigns/{campaign['id']}/split",
        data={"csrf_token": csrf_from(page.text), "report_id": mum},
    )
    assert r.status_code == 303 and r.headers["location"] != page.url.path
    assert "Hej mor" in client.get(r.headers["location"]).text
    bad = client.post(
        f"/staff/{t.org.slug}/campaigns/{campaign['id']}/split",
        data={"csrf_token": csrf_from(page.text), "report_id": "not-a-uuid"},
    )
    assert bad.status_code == 422


def test_evidence_pdf(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    t = make_tenant(scopes=["reports:read"])
    other = make_tenant(scopes=["reports:read"])
    campaign, _ = _mixed_campaign(client, t)
    path = f"/api/v1/campaigns/{campaign['id']}/evidence.pdf"
    assert client.get(path, headers=auth(other.token)).status_code == 404
    r = client.get(path, headers=auth(t.token))
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(r.content)).pages)
    squashed = "".join(text.split())
    assert campaign["reference"] in text and "Customer reports: 4" in text
    assert "pn-told.example.com" in squashed and "PostNrd" in text
    assert "[PHONE]" in text and "22334455" not in squashed
    login(client, t.agent.email)
    page = client.get(f"/staff/{t.org.slug}/campaigns/{campaign['id']}/evidence.pdf")
    assert page.status_code == 200 and page.content.startswith(b"%PDF")
    with db.session_scope(settings.database_url) as s:
        exports = s.scalars(
            sa.select(AuditEntry.action).where(
                AuditEntry.organisation_id == t.org.id,
                AuditEntry.action == "campaign.evidence_export",
            )
        ).all()
    assert len(exports) == 2


def _lookalikes(settings: Settings, t: Tenant, *domains: str) -> None:
    now = db.utcnow()
    with db.session_scope(settings.database_url) as s:
        s.add_all(
            LookalikeDomain(
                organisation_id=t.org.id,
                domain=domain,
                of_domain="postnord.example",
                fuzzer="addition",
                records=["A"],
                first_seen=now,
                last_seen=now,
            )
            for domain in domains
        )


def test_campaign_page_shows_related_lookalikes(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    t = make_tenant(scopes=["reports:read"])
    campaign, _ = _mixed_campaign(client, t)
    _lookalikes(settings, t, "told.example.com", "unrelated-bank.example.org")
    login(client, t.agent.email)
    page = client.get(f"/staff/{t.org.slug}/campaigns/{campaign['id']}").text
    assert "<code>told.example.com</code>" not in page  # pn-told.example.com is not under it
    _lookalikes(settings, t, "pn-told.example.com")
    page = client.get(f"/staff/{t.org.slug}/campaigns/{campaign['id']}").text
    assert "<code>pn-told.example.com</code> — " in page
    assert "unrelated-bank.example.org" not in page
