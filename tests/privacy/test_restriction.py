"""Restriction (GDPR art. 18) blocks processing other than storage, per domain, with a
clear error (409 ``urn:vaern:problem:restricted`` on the API); lifting it (with a reason,
audited) re-enables it. Erased people and open erasure requests cannot be lifted."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth, csrf_from, login, make_client
from vaern import db
from vaern.cases import evidence
from vaern.cases import service as cases
from vaern.config import Settings
from vaern.dpo import requests
from vaern.errors import Conflict, Invalid, NotFound
from vaern.orgs.access import Principal
from vaern.orgs.models import Role
from vaern.privacy import restriction
from vaern.privacy.models import AuditEntry, DataSubject
from vaern.reports import flows
from vaern.reports import service as reports
from vaern.reports.models import Campaign, Report
from vaern.takedowns import flows as takedowns

EMAIL = "restricted.person@example.com"
SCOPES = ["privacy:admin", "cases:read", "cases:write", "reports:read", "warnings:write"]
PARCEL = "Din pakke venter. Betal gebyr på https://pakke-told.example.com/betal i dag"


def _admin(t: Tenant) -> Principal:
    return Principal(kind="user", id=t.admin.id, organisation_id=t.org.id, role=Role.admin)


def _restrict(s: db.Session, org_id: uuid.UUID, email: str = EMAIL) -> uuid.UUID:
    r = requests.create_request(
        s, organisation_id=org_id, kind="restriction", identifiers={"email": email}
    )
    requests.transition(s, organisation_id=org_id, request_id=r.id, status="verified")
    requests.restrict(s, organisation_id=org_id, request_id=r.id)
    return r.subject_id


def _open_case(s: db.Session, t: Tenant, email: str = EMAIL) -> uuid.UUID:
    case = cases.open_case(
        s,
        organisation_id=t.org.id,
        case_type="money_transferred",
        source="call",
        title="Customer called about a transfer",
        customer_identifiers={"email": email},
        actor=_admin(t),
    )
    return case.id


def test_a_restricted_customer_s_case_is_stored_not_worked_until_lifted(
    settings: Settings, make_tenant: Callable[..., Tenant], client: TestClient
) -> None:
    t = make_tenant(scopes=SCOPES)
    other = make_tenant(scopes=SCOPES)
    with db.session_scope(settings.database_url) as s:
        case_id = _open_case(s, t)
        free_case = _open_case(s, t, email="someone.else@example.com")
        subject_id = _restrict(s, t.org.id)
    h = auth(t.token)
    note = client.post(f"/api/v1/cases/{case_id}/notes", headers=h, json={"text": "ringede"})
    assert note.status_code == 409, note.text
    assert note.headers["content-type"].startswith("application/problem+json")
    assert note.json()["type"] == "urn:vaern:problem:restricted"
    assert EMAIL not in note.text
    assert client.get(f"/api/v1/cases/{case_id}/evidence.json", headers=h).status_code == 409
    assert client.get(f"/api/v1/cases/{case_id}", headers=h).status_code == 200  # stored, read
    ok = client.post(f"/api/v1/cases/{free_case}/notes", headers=h, json={"text": "ringede"})
    assert ok.status_code == 201  # only the restricted person's case is held
    with db.session_scope(settings.database_url) as s:
        admin = _admin(t)
        for attempt in (
            lambda: cases.transition(s, principal=admin, case_id=case_id, to="in_progress"),
            lambda: cases.set_priority(s, principal=admin, case_id=case_id, priority="high"),
            lambda: cases.reveal_customer(s, principal=admin, case_id=case_id, purpose="call"),
            lambda: evidence.export(s, principal=admin, case_id=case_id),
        ):
            with pytest.raises(restriction.Restricted):
                attempt()
    # Another organisation cannot lift it; the reason is required.
    path = f"/api/v1/privacy/subjects/{subject_id}/lift-restriction"
    assert client.post(path, headers=auth(other.token), json={"reason": "x"}).status_code == 404
    assert client.post(path, headers=h, json={"reason": ""}).status_code == 422
    lifted = client.post(path, headers=h, json={"reason": "Kunden har givet samtykke"})
    assert lifted.status_code == 200, lifted.text
    assert lifted.json()["restricted"] is False
    again = client.post(f"/api/v1/cases/{case_id}/notes", headers=h, json={"text": "ringede"})
    assert again.status_code == 201
    assert client.post(path, headers=h, json={"reason": "igen"}).status_code == 409
    with db.session_scope(settings.database_url) as s:
        actions = list(
            s.scalars(
                sa.select(AuditEntry.action).where(
                    AuditEntry.organisation_id == t.org.id,
                    AuditEntry.object_id == str(subject_id),
                )
            )
        )
    assert "subject.restrict" in actions and "subject.lift_restriction" in actions


def test_a_restricted_case_may_still_be_closed(
    settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=SCOPES)
    with db.session_scope(settings.database_url) as s:
        case_id = _open_case(s, t)
        _restrict(s, t.org.id)
        case = cases.transition(
            s, principal=_admin(t), case_id=case_id, to="closed", resolution="ended"
        )
        assert case.status == "closed"


def test_erased_people_and_open_erasure_requests_stay_restricted(
    settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=SCOPES)
    with db.session_scope(settings.database_url) as s:
        subject_id = _restrict(s, t.org.id)
        pending = requests.create_request(
            s, organisation_id=t.org.id, kind="erasure", identifiers={"email": EMAIL}
        )
        with pytest.raises(Conflict, match="erasure request"):
            requests.lift_restriction(
                s, organisation_id=t.org.id, subject_id=subject_id, reason="r"
            )
        requests.transition(s, organisation_id=t.org.id, request_id=pending.id, status="verified")
        requests.erase(s, organisation_id=t.org.id, request_id=pending.id)
        with pytest.raises(Conflict, match="erased"):
            requests.lift_restriction(
                s, organisation_id=t.org.id, subject_id=subject_id, reason="r"
            )
        with pytest.raises(Invalid):
            requests.lift_restriction(
                s, organisation_id=t.org.id, subject_id=subject_id, reason=" "
            )
        assert s.get_one(DataSubject, subject_id).restricted


def _report(s: db.Session, slug: str, n: int, contact: str | None) -> Report:
    data = reports.ReportCreate(
        organisation=slug,
        text=f"{PARCEL} nr {n}",
        channel="sms",
        sender="PakkeInfo",
        consent=True,
        contact={"email": contact} if contact else None,
    )
    report, _ = reports.submit_report(s, data=data, reporter=f"reporter-{n}")
    return report


def test_a_restricted_reporter_s_report_is_not_grouped_nor_used_until_lifted(
    settings: Settings, make_tenant: Callable[..., Tenant], client: TestClient
) -> None:
    t = make_tenant(scopes=SCOPES)
    admin = _admin(t)
    with db.session_scope(settings.database_url) as s:
        used = _report(s, t.org.slug, 1, EMAIL)  # grouped before the restriction
        subject_id = _restrict(s, t.org.id)
        held = _report(s, t.org.slug, 2, EMAIL)
        _report(s, t.org.slug, 3, None)
        assert held.campaign_id is None and used.campaign_id is not None
        campaign = s.get_one(Campaign, used.campaign_id)
        assert campaign.report_count == 2 and used.text in campaign.examples
        assert used.text not in reports.usable_examples(s, campaign=campaign)
        warning = flows.draft_warning(s, principal=admin, campaign_id=campaign.id)
        assert used.text not in warning.examples and len(warning.examples) == 1
        for takedown in takedowns.draft_takedowns(s, principal=admin, campaign_id=campaign.id):
            assert used.text not in takedown.body
            assert used.text not in takedown.evidence["examples"]
        campaign_id, used_text, held_id = campaign.id, used.text, held.id
    with make_client(client.app) as c:  # type: ignore[arg-type]
        ev = c.get(f"/api/v1/campaigns/{campaign_id}/evidence", headers=auth(t.token))
    assert ev.status_code == 200 and used_text not in ev.text
    with db.session_scope(settings.database_url) as s:
        result = requests.lift_restriction(
            s, organisation_id=t.org.id, subject_id=subject_id, reason="Samtykke"
        )
        assert result["handlers"]["reports_grouped"] == {"grouped": 1}
        assert s.get_one(Report, held_id).campaign_id == campaign_id
        campaign = s.get_one(Campaign, campaign_id)
        assert campaign.report_count == 3
        assert used_text in reports.usable_examples(s, campaign=campaign)


def test_restriction_and_its_lifting_stay_in_their_organisation(
    settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    """The same person in two organisations is two data subjects: restricting them in one
    leaves the other's case workable, and the other cannot lift it."""
    a, b = make_tenant(scopes=SCOPES), make_tenant(scopes=SCOPES)
    with db.session_scope(settings.database_url) as s:
        case_a, case_b = _open_case(s, a), _open_case(s, b)
        subject_a = _restrict(s, a.org.id)
        with pytest.raises(restriction.Restricted):
            cases.add_note(s, principal=_admin(a), case_id=case_a, text="x")
        assert cases.add_note(s, principal=_admin(b), case_id=case_b, text="x").id
        with pytest.raises(NotFound):
            requests.lift_restriction(s, organisation_id=b.org.id, subject_id=subject_a, reason="r")
        assert (
            restriction.restricted_ids(s, organisation_id=b.org.id, subject_ids=[subject_a])
            == set()
        )


def test_the_dpo_lifts_a_restriction_on_the_requests_page(
    settings: Settings, make_tenant: Callable[..., Tenant], client: TestClient
) -> None:
    t, other = make_tenant(scopes=SCOPES), make_tenant(scopes=SCOPES)
    with db.session_scope(settings.database_url) as s:
        subject_id = _restrict(s, t.org.id)
        theirs = _restrict(s, other.org.id)
    login(client, t.admin_email)
    url = f"/staff/{t.org.slug}/privacy"
    page = client.get(f"{url}/requests")
    assert "Behandlingen er begrænset" in page.text and "Ophæv begrænsningen" in page.text
    assert EMAIL not in page.text
    action = f"{url}/subjects/{subject_id}/lift-restriction"
    assert client.post(action, data={"reason": "x"}).status_code == 403  # no CSRF token
    csrf = csrf_from(page.text)
    empty = client.post(action, data={"csrf_token": csrf, "reason": " "})
    assert empty.status_code == 422 and 'class="error"' in empty.text
    foreign = f"{url}/subjects/{theirs}/lift-restriction"
    assert client.post(foreign, data={"csrf_token": csrf, "reason": "x"}).status_code == 404
    lifted = client.post(action, data={"csrf_token": csrf, "reason": "Samtykke"})
    assert lifted.status_code == 303
    assert "Ophæv begrænsningen" not in client.get(f"{url}/requests").text
    with db.session_scope(settings.database_url) as s:
        assert not s.get_one(DataSubject, subject_id).restricted
        assert s.get_one(DataSubject, theirs).restricted
