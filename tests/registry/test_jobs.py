from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth
from tests.dnsserver import LoopbackDNS
from vaern import config, db, site
from vaern.registry import service
from vaern.registry.jobs import recheck_posture


def test_jobs_are_registered() -> None:
    assert {"privacy.retention", "registry.posture"} <= set(site.jobs())


def test_posture_job_records_history(
    dns: LoopbackDNS,
    make_tenant: Callable[..., Tenant],
    settings: config.Settings,
    client: TestClient,
) -> None:
    t = make_tenant(scopes=["channels:write"])
    domain = f"{t.org.slug}.example.dk"
    dns.add(domain, "TXT", '"v=spf1 -all"')
    client.post(
        "/api/v1/channels", json={"kind": "email_domain", "value": domain}, headers=auth(t.token)
    )
    with db.session_scope(settings.database_url) as s:
        result = recheck_posture(s)
    assert result["failed"] == 0 and result["organisations"] >= 1
    with db.session_scope(settings.database_url) as s:
        [report] = service.posture_history(s, organisation_id=t.org.id)
        assert report.domain == domain
        assert {f["check"]: f["status"] for f in report.findings}["spf"] == "ok"
