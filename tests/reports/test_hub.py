"""Scams in the name of organisations that are not members go to the hub's own queue;
members receive the reports in their name; nobody sees another's reports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth, unique
from vaern import config, db
from vaern.orgs import service as orgs
from vaern.orgs.access import Principal
from vaern.orgs.models import Organisation, Role
from vaern.orgs.schemas import TokenCreate
from vaern.reports import flows, service
from vaern.reports.models import Campaign, Report
from vaern.reports.schemas import ReportCreate

READ = ["reports:read"]


@pytest.fixture
def settings(db_url: str, var_dir: Path) -> config.Settings:
    """A hub of its own per test, so one test's hub reports never meet another's."""
    return config.configure(
        var_dir=var_dir,
        database_url=db_url,
        rate_limit="10000/minute",
        run_jobs=False,
        hub_slug=unique("hub"),
    )


def scam(name: str, n: int) -> dict[str, object]:
    return {
        "organisation": name,
        "text": f"Dit {name} udløber i dag. Forny på https://forny-{n}.example/login nu",
        "channel": "sms",
        "consent": True,
    }


def hub_token(settings: config.Settings) -> str:
    with db.session_scope(settings.database_url) as s:
        hub = s.scalar(sa.select(Organisation).where(Organisation.slug == settings.hub_slug))
        assert hub is not None and hub.name == settings.hub_name
        token, _ = orgs.create_token(
            s, organisation_id=hub.id, actor=None, data=TokenCreate(name="hub", scopes=READ)
        )
    return token


def texts(client: TestClient, token: str) -> list[str]:
    r = client.get("/api/v1/reports", headers=auth(token))
    assert r.status_code == 200
    return [i["text"] for i in r.json()["items"]]


def test_hub_and_member_reports_are_isolated(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    a, b = make_tenant(scopes=READ), make_tenant(scopes=READ)
    for n, who in enumerate((a.org.slug, b.org.slug, "mitid", "skattestyrelsen")):
        r = client.post("/api/v1/reports", json=scam(who, n))
        assert r.status_code == 201, r.text
    hub = hub_token(settings)
    assert len(texts(client, a.token)) == 1 and "forny-0" in texts(client, a.token)[0]
    assert len(texts(client, b.token)) == 1 and "forny-1" in texts(client, b.token)[0]
    items = client.get("/api/v1/reports", headers=auth(hub)).json()["items"]
    assert sorted(i["claimed"] for i in items) == ["mitid", "skattestyrelsen"]
    # A member's token cannot open a hub report by its id, nor the hub a member's.
    hub_id = items[0]["id"]
    assert client.get(f"/api/v1/reports/{hub_id}", headers=auth(a.token)).status_code == 404
    a_id = client.get("/api/v1/reports", headers=auth(a.token)).json()["items"][0]["id"]
    assert client.get(f"/api/v1/reports/{a_id}", headers=auth(hub)).status_code == 404
    assert client.get("/api/v1/campaigns", headers=auth(a.token)).json()["total"] == 1


def test_hub_reports_feed_the_hubs_campaigns(
    client: TestClient, session: db.Session, settings: config.Settings
) -> None:
    """The same scam reported by two people becomes one campaign of the hub."""
    for n in (1, 2):
        body = scam("mitid", 7) | {"sender": f"MitID{n}"}
        assert client.post("/api/v1/reports", json=body).status_code == 201
    hub = session.scalar(sa.select(Organisation).where(Organisation.slug == settings.hub_slug))
    assert hub is not None
    [campaign] = session.scalars(sa.select(Campaign).where(Campaign.organisation_id == hub.id))
    assert campaign.report_count == 2
    staff = Principal(kind="user", id=hub.id, organisation_id=hub.id, role=Role.viewer)
    assert {c.id for c in service.list_campaigns(session, principal=staff)} == {campaign.id}


def test_same_text_in_two_names_is_two_hub_reports(
    session: db.Session, settings: config.Settings
) -> None:
    text = "Din konto er låst. Log ind på https://laas-op.example/x"
    items = [
        (ReportCreate(organisation=o, text=text, channel="sms", consent=True), "reporter")
        for o in ("mitid", "nets", "mitid")
    ]
    outcomes = service.submit_reports(session, items=items)
    assert [o.duplicate for o in outcomes] == [False, False, True]
    claimed = session.scalars(sa.select(Report.claimed).where(Report.text.contains("laas-op")))
    assert sorted(claimed) == ["mitid", "nets"]


def test_unknown_organisation_is_refused(client: TestClient, settings: config.Settings) -> None:
    r = client.post("/api/v1/reports", json=scam("no-such-organisation", 9))
    assert r.status_code == 404
    with db.session_scope(settings.database_url) as s:
        assert (
            s.scalar(sa.select(Organisation).where(Organisation.slug == settings.hub_slug)) is None
        )


def test_a_hub_campaign_drafts_a_warning_in_the_claimed_name(
    client: TestClient, session: db.Session, settings: config.Settings
) -> None:
    for n in (1, 2):
        body = scam("mitid", 8) | {"sender": f"MitID{n}"}
        assert client.post("/api/v1/reports", json=body).status_code == 201
    hub = session.scalar(sa.select(Organisation).where(Organisation.slug == settings.hub_slug))
    assert hub is not None
    [campaign] = session.scalars(sa.select(Campaign).where(Campaign.organisation_id == hub.id))
    staff = Principal(kind="user", id=hub.id, organisation_id=hub.id, role=Role.admin)
    warning = flows.draft_warning(session, principal=staff, campaign_id=campaign.id)
    assert warning.title["da"].startswith("Svindelbeskeder i navnet på MitID (C-")
    assert "pretend to come from MitID." in warning.summary["en"]
