"""Batch intake: the bulk API and service store valid items, refuse bad ones item by
item, deduplicate within and across batches and group exactly like single reports."""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth
from tests.reports.test_reports import SMS
from vaern import db
from vaern.config import Settings
from vaern.reports import service
from vaern.reports.models import Campaign, Report
from vaern.reports.schemas import ReportCreate


def _item(n: int, v: str = "", reporter: str = "kunde-1", **extra: object) -> dict[str, object]:
    return {
        "text": SMS.format(n=n, v=v),
        "channel": "sms",
        "sender": "PostNrd",
        "consent": True,
        "reporter": reporter,
        **extra,
    }


def test_batch_api_stores_good_items_and_refuses_bad_ones_one_by_one(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=["reports:read", "reports:write"])
    other = make_tenant(scopes=["reports:read"])
    h = auth(t.token)
    items = [
        _item(1, reporter="a"),
        _item(2, v="2", reporter="b", organisation=other.org.slug),  # the token's org wins
        {"text": "", "channel": "sms", "consent": True, "reporter": "c"},
        _item(1, reporter="a"),  # same reporter, same message: stored once
        _item(3, reporter="d", channel="carrier-pigeon"),
        _item(4, reporter="e", contact={"email": "kunde@example.com"}),
    ]
    r = client.post("/api/v1/reports/batch", headers=h, json={"items": items})
    assert r.status_code == 200, r.text
    got = r.json()
    assert (got["accepted"], got["duplicates"], got["rejected"]) == (3, 1, 2)
    status = [i["status"] for i in got["items"]]
    assert status == ["accepted", "accepted", "rejected", "duplicate", "rejected", "accepted"]
    assert got["items"][3]["reference"] == got["items"][0]["reference"]
    assert got["items"][2]["reason"] == "Invalid: text"
    assert got["items"][4]["reason"] == "Invalid: channel"
    assert "carrier-pigeon" not in r.text
    # The same batch again: everything stored is a duplicate, nothing new.
    again = client.post("/api/v1/reports/batch", headers=h, json={"items": items}).json()
    assert (again["accepted"], again["duplicates"]) == (0, 4)
    listed = client.get("/api/v1/reports", headers=h).json()
    assert listed["total"] == 3
    assert {r["campaign_id"] for r in listed["items"]} == {listed["items"][0]["campaign_id"]}
    assert client.get("/api/v1/reports", headers=auth(other.token)).json()["total"] == 0
    assert all("[PHONE]" in r["text"] for r in listed["items"])


def test_batch_api_needs_its_scope_and_limits_size(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=["reports:read"])
    w = make_tenant(scopes=["reports:write"])
    body = {"items": [_item(1)]}
    assert client.post("/api/v1/reports/batch", json=body).status_code == 401
    assert client.post("/api/v1/reports/batch", headers=auth(t.token), json=body).status_code == 403
    big = {"items": [_item(i, reporter=str(i)) for i in range(501)]}
    assert client.post("/api/v1/reports/batch", headers=auth(w.token), json=big).status_code == 422
    assert client.get("/api/v1/reports", headers=auth(t.token)).json()["total"] == 0


def _partition(settings: Settings, org_id: object) -> list[list[str]]:
    with db.session_scope(settings.database_url) as s:
        rows = s.execute(
            sa.select(Report.dedupe_key, Report.campaign_id).where(Report.organisation_id == org_id)
        ).all()
        counts = dict(
            s.execute(
                sa.select(Campaign.id, Campaign.report_count).where(
                    Campaign.organisation_id == org_id
                )
            ).all()
        )
    groups: dict[object, list[str]] = {}
    for key, cid in rows:
        groups.setdefault(cid, []).append(key)
    assert sorted(counts.values()) == sorted(len(g) for g in groups.values())
    return sorted(sorted(g) for g in groups.values())


def test_a_batch_groups_like_the_same_reports_one_at_a_time(
    settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    texts = [SMS.format(n=i, v=v) for i, v in enumerate(["", "2", "3", "4"])]
    texts += [
        "Dit MitID udløber, forny her https://pn-told.example.com/m nu",  # shares a domain
        "Du har vundet en iPhone, svar JA for at få den tilsendt hurtigt",
        "Du har vundet en iPhone, svar JA for at få den tilsendt i dag",
        "Hej mor, min telefon er i stykker, send penge til mit nye nummer",
    ]
    one, batch = make_tenant(), make_tenant()

    def data(org: str, text: str) -> ReportCreate:
        return ReportCreate.model_validate(
            {"organisation": org, "text": text, "channel": "sms", "consent": True}
        )

    with db.session_scope(settings.database_url) as s:
        for i, text in enumerate(texts):
            service.submit_report(s, data=data(one.org.slug, text), reporter=f"r{i}")
    with db.session_scope(settings.database_url) as s:
        outcomes = service.submit_reports(
            s, items=[(data(batch.org.slug, t), f"r{i}") for i, t in enumerate(texts)]
        )
        assert all(o.error is None and not o.duplicate for o in outcomes)
    single, batched = _partition(settings, one.org.id), _partition(settings, batch.org.id)
    assert [len(g) for g in single] == [len(g) for g in batched]
    assert sorted(len(g) for g in batched) == [1, 2, 5]


def test_one_refused_item_does_not_refuse_the_batch(
    settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    good = ReportCreate.model_validate(
        {
            "organisation": t.org.slug,
            "text": SMS.format(n=1, v=""),
            "channel": "sms",
            "consent": True,
        }
    )
    lost = good.model_copy(update={"organisation": "no-such-org"})
    with db.session_scope(settings.database_url) as s:
        outcomes = service.submit_reports(s, items=[(lost, "x"), (good, "y")])
    assert type(outcomes[0].error).__name__ == "NotFound" and outcomes[0].report_id is None
    assert outcomes[1].error is None and outcomes[1].reference
    with db.session_scope(settings.database_url) as s:
        assert s.scalar(sa.select(Report).where(Report.id == outcomes[1].report_id)) is not None


def test_a_time_without_offset_is_taken_as_utc(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=["reports:read", "reports:write"])
    item = _item(1, received_at="2026-11-20T09:30:00")
    r = client.post("/api/v1/reports/batch", headers=auth(t.token), json={"items": [item]})
    assert r.json()["accepted"] == 1
    stored = client.get("/api/v1/reports", headers=auth(t.token)).json()["items"][0]
    assert stored["received_at"].startswith("2026-11-20T09:30:00")
    assert stored["received_at"].endswith(("Z", "+00:00"))
