from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth, csrf_from, login
from tests.dnsserver import LoopbackDNS
from vaern import config, db
from vaern.db import utcnow
from vaern.registry import lookalikes


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
