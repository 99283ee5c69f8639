"""Alerts open fraud cases through monitoring/flows.py."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth
from vaern import config, db
from vaern.cases import service as cases
from vaern.cases.models import Case
from vaern.monitoring import flows, jobs, service
from vaern.monitoring.models import Alert

SEED = Path(__file__).parents[2] / "src/vaern/monitoring/examples/seed003_221-2021.jsonl"


def test_seed_003_alert_opens_an_account_takeover_case(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    t = make_tenant(scopes=["events:write"])
    events = [json.loads(line) for line in SEED.read_text().splitlines()]
    assert client.post("/api/v1/events", headers=auth(t.token), json=events).status_code == 200
    with db.session_scope(settings.database_url) as s:
        query = sa.select(Case).where(Case.organisation_id == t.org.id)
        opened = s.scalars(query.order_by(Case.created_at)).all()  # H's first (one alert)
        assert opened and {c.case_type for c in opened} == {"account_takeover"}
        links = cases.links(s, case=opened[0])
        assert [lk.kind for lk in links] == ["alert"]
        assert opened[0].subject_id is not None  # the pseudonymised account, never clear


def _serious_alert(s: db.Session, organisation_id: uuid.UUID, account: str) -> Alert:
    alert = Alert(
        organisation_id=organisation_id,
        event_id=f"ev-{uuid.uuid4().hex}",
        account_ref=account,
        typology_id="contact_change_then_payment",
        typology_version=1,
        severity="high",
        score=0.9,
        model_score=None,
        action="hold",
        explanation={
            "name": {"da": "Kontaktdata ændret, derefter betaling", "en": "Contact data changed"},
            "da": "Syntetisk alarm.",
            "en": "Synthetic alert.",
        },
        features={},
        event_ids=[],
        actions_taken=[],
        occurred_at=db.utcnow(),
    )
    s.add(alert)
    s.flush()
    return alert


def test_second_alert_on_an_account_joins_its_open_case(
    make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    t = make_tenant()
    with db.session_scope(settings.database_url) as s:
        first = _serious_alert(s, t.org.id, "acct-pseudonym-a")
        flows.on_alert(s, first)
        second = _serious_alert(s, t.org.id, "acct-pseudonym-a")
        flows.on_alert(s, second)
        elsewhere = _serious_alert(s, t.org.id, "acct-pseudonym-b")
        flows.on_alert(s, elsewhere)
        opened = s.scalars(sa.select(Case).where(Case.organisation_id == t.org.id)).all()
        assert len(opened) == 2  # one per account, not one per alert
        case_id = flows.case_of(first)
        assert case_id is not None and flows.case_of(second) == case_id
        assert flows.case_of(elsewhere) != case_id
        case = s.get(Case, case_id)
        assert case is not None
        assert {lk.target_id for lk in cases.links(s, case=case)} == {first.id, second.id}
        assert any(e.action == "link" for e in cases.timeline(s, case=case))
        # Once that case is closed, a new alert on the account opens a fresh case.
        case.status = "closed"
        third = _serious_alert(s, t.org.id, "acct-pseudonym-a")
        flows.on_alert(s, third)
        assert flows.case_of(third) not in (None, case_id)


def test_embedded_ingest_stores_alerts_and_leaves_their_cases_to_the_follow_up(
    make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    """The request's unit of work stores the alert rows only; ``run_alert_flows`` (run
    after the answer, or by the webhook job after a crash) opens the cases, once."""
    t = make_tenant(scopes=["events:write"])
    events = [json.loads(line) for line in SEED.read_text().splitlines()]
    case_count = (
        sa.select(sa.func.count()).select_from(Case).where(Case.organisation_id == t.org.id)
    )
    with db.session_scope(settings.database_url) as s:
        result = service.ingest(s, organisation_id=t.org.id, items=events)
    assert sum(len(i.alert_ids) for i in result.items) == 3
    with db.session_scope(settings.database_url) as s:
        stored = s.scalars(sa.select(Alert).where(Alert.organisation_id == t.org.id)).all()
        assert [(a.flows_pending, a.actions_taken) for a in stored] == [(True, [])] * 3
        assert s.scalar(case_count) == 0

    # Two follow-ups at once (the request's own and the job's sweep): each alert once.
    def follow_up() -> int:
        with db.session_scope(settings.database_url) as s:
            return flows.run_alert_flows(s, organisation_id=t.org.id)

    with ThreadPoolExecutor(2) as pool:
        done = [f.result() for f in [pool.submit(follow_up) for _ in range(2)]]
    assert sorted(done) == [0, 3]
    with db.session_scope(settings.database_url) as s:
        stored = s.scalars(sa.select(Alert).where(Alert.organisation_id == t.org.id)).all()
        assert all(not a.flows_pending and a.actions_taken[0]["by"] == "monitoring" for a in stored)
        assert s.scalar(case_count) == 2  # one per account (H, M): M's second alert joined
        jobs.push_alerts(s)  # the job's sweep finds nothing of this organisation left
        assert s.scalar(case_count) == 2
