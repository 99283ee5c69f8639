from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth, csrf_from, login
from tests.dnsserver import LoopbackDNS
from vaern import config, db
from vaern.db import utcnow
from vaern.registry import lookalikes
from vaern.registry.models import LookalikeDomain
from vaern.reports.models import TakedownRequest


def test_candidates_cover_the_main_techniques() -> None:
    found = dict(lookalikes.candidates("demobank.dk"))
    assert found["demobank-login.dk"] == "dictionary"
    assert found["demobank.com"] == "tld-swap"
    assert found["dmeobank.dk"] == "transposition"
    assert found["demobnk.dk"] == "omission"
    assert any(d.startswith("xn--") for d, f in found.items() if f == "homoglyph")
    assert "demobank.dk" not in found


def test_scan_records_resolving_lookalikes(
    dns: LoopbackDNS,
    client: TestClient,
    make_tenant: Callable[..., Tenant],
    settings: config.Settings,
) -> None:
    t = make_tenant(scopes=["channels:write"])
    name = t.org.slug.replace("-", "")
    domain = f"{name}.dk"
    client.post(
        "/api/v1/channels", json={"kind": "web_domain", "value": domain}, headers=auth(t.token)
    )
    dns.add(f"{name}-login.dk", "A", "192.0.2.10")
    dns.add(f"{name}.com", "MX", "10 mail.example.net.")
    first = utcnow() - timedelta(days=30)
    with db.session_scope(settings.database_url) as s:
        result = lookalikes.scan(s, organisation_id=t.org.id, now=first)
    assert result["new"] == 2 and result["checked"] > 100
    with db.session_scope(settings.database_url) as s:
        again = lookalikes.scan(s, organisation_id=t.org.id)
        assert (again["new"], again["seen"]) == (0, 2)
        rows = {r.domain: r for r in lookalikes.list_lookalikes(s, organisation_id=t.org.id)}
    assert rows[f"{name}-login.dk"].records == ["A"]
    assert rows[f"{name}.com"].records == ["MX"]
    assert rows[f"{name}.com"].first_seen < rows[f"{name}.com"].last_seen
    # Staff page: the agent sees the list; scanning needs the admin role.
    login(client, t.agent.email)
    page = client.get(f"/staff/{t.org.slug}/lookalikes")
    assert page.status_code == 200 and f"{name}-login.dk" in page.text
    token = csrf_from(page.text)
    assert (
        client.post(f"/staff/{t.org.slug}/lookalikes", data={"csrf_token": token}).status_code
        == 403
    )


def test_a_lookalike_opens_takedown_requests(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    """From the watch list to the registrar (and the host when the domain has an address):
    drafted once, advanced step by step, never for another organisation's domain."""
    mine, theirs = make_tenant(), make_tenant()
    now = utcnow()
    with db.session_scope(settings.database_url) as s:
        web = LookalikeDomain(
            organisation_id=mine.org.id,
            domain="mine-login.dk",
            of_domain="mine.dk",
            fuzzer="dictionary",
            records=["A", "MX"],
            first_seen=now,
            last_seen=now,
        )
        mail_only = LookalikeDomain(
            organisation_id=mine.org.id,
            domain="mine.com",
            of_domain="mine.dk",
            fuzzer="tld-swap",
            records=["MX"],
            first_seen=now,
            last_seen=now,
        )
        foreign = LookalikeDomain(
            organisation_id=theirs.org.id,
            domain="theirs-login.dk",
            of_domain="theirs.dk",
            fuzzer="dictionary",
            records=["A"],
            first_seen=now,
            last_seen=now,
        )
        s.add_all([web, mail_only, foreign])
    login(client, mine.agent.email)
    url = f"/staff/{mine.org.slug}/lookalikes"
    token = csrf_from(client.get(url).text)
    for target in (web, web, mail_only):  # the second click drafts nothing new
        r = client.post(f"{url}/{target.id}/takedowns", data={"csrf_token": token})
        assert r.status_code == 303
    r = client.post(f"{url}/{foreign.id}/takedowns", data={"csrf_token": token})
    assert r.status_code == 404
    with db.session_scope(settings.database_url) as s:
        made = s.scalars(
            sa.select(TakedownRequest).where(TakedownRequest.organisation_id == mine.org.id)
        ).all()
        assert sorted((t.target, t.recipient_kind) for t in made) == [
            ("mine-login.dk", "host"),
            ("mine-login.dk", "registrar"),
            ("mine.com", "registrar"),
        ]
        registrar = next(
            t for t in made if t.recipient_kind == "registrar" and t.target == "mine.com"
        )
        assert "imitates our domain mine.dk" in registrar.body and registrar.campaign_id is None
        assert not s.scalars(
            sa.select(TakedownRequest).where(TakedownRequest.organisation_id == theirs.org.id)
        ).all()
    page = client.get(url, headers={"accept-language": "en"}).text
    assert "registrar: Drafted" in page and "host: Drafted" in page
    r = client.post(
        f"/staff/{mine.org.slug}/takedowns/{registrar.id}/advance", data={"csrf_token": token}
    )
    assert r.status_code == 303 and r.headers["location"].endswith("/lookalikes")
    assert "registrar: Sendt" in client.get(url).text
