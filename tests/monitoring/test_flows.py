"""Alerts open fraud cases through monitoring/flows.py."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth
from vaern import config, db
from vaern.cases import service as cases
from vaern.cases.models import Case

SEED = Path(__file__).parents[2] / "src/vaern/monitoring/examples/seed003_221-2021.jsonl"


def test_seed_003_alert_opens_an_account_takeover_case(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    t = make_tenant(scopes=["events:write"])
    events = [json.loads(line) for line in SEED.read_text().splitlines()]
    assert client.post("/api/v1/events", headers=auth(t.token), json=events).status_code == 200
    with db.session_scope(settings.database_url) as s:
        opened = s.scalars(sa.select(Case).where(Case.organisation_id == t.org.id)).all()
        assert opened and {c.case_type for c in opened} == {"account_takeover"}
        links = cases.links(s, case=opened[0])
        assert [lk.kind for lk in links] == ["alert"]
        assert opened[0].subject_id is not None  # the pseudonymised account, never clear
