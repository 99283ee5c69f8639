"""Case services: opening from a playbook, the status machine, notes, files, deadlines."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from tests.cases.conftest import Light as Tenant
from vaern import db, site
from vaern.cases import deadlines, flows, service
from vaern.cases.models import Case, CaseEvent, CaseTask
from vaern.config import Settings
from vaern.db import utcnow
from vaern.errors import Conflict, Forbidden, Invalid, NotFound
from vaern.orgs.access import Principal
from vaern.orgs.models import Role
from vaern.privacy.models import AuditEntry

PHONE = "+45 20 12 34 56"


def agent(t: Tenant) -> Principal:
    return Principal(kind="user", id=t.agent.id, organisation_id=t.org.id, role=Role.agent)


def open_one(session: db.Session, t: Tenant, **kw: Any) -> Case:
    args: dict[str, Any] = {
        "organisation_id": t.org.id,
        "case_type": "money_transferred",
        "source": "call",
        "title": "Customer called about a transfer",
        "customer_identifiers": {"phone": PHONE, "email": "victim@example.com"},
        "actor": agent(t),
    }
    args.update(kw)
    return service.open_case(session, **args)


def test_open_case_creates_tasks_with_deadlines_and_vaults_the_customer(
    session: db.Session, light_tenant: Callable[..., Tenant]
) -> None:
    tenant = light_tenant()
    now = utcnow()
    case = open_one(session, tenant, now=now)
    tasks = service.tasks(session, case=case)
    assert [t.step for t in tasks][:2] == ["recall_payment", "contact_bank"]
    assert tasks[0].due_at == now + timedelta(minutes=15)
    assert case.next_due_at == tasks[0].due_at
    assert case.sla_due_at == now + timedelta(hours=72)
    assert case.subject_id is not None
    row = session.execute(sa.select(Case.__table__).where(Case.id == case.id)).one()
    assert "20 12 34 56" not in str(tuple(row)) and "victim@" not in str(tuple(row))
    assert [e.action for e in service.timeline(session, case=case)] == ["opened"]
    revealed = service.reveal_customer(
        session, principal=agent(tenant), case_id=case.id, purpose="call back"
    )
    assert revealed["phone"] == [PHONE]
    actions = set(
        session.scalars(
            sa.select(AuditEntry.action).where(AuditEntry.organisation_id == tenant.org.id)
        )
    )
    assert {"case.opened", "case.customer.revealed", "subject.reveal"} <= actions


def test_open_case_with_links_and_bad_input(
    session: db.Session, light_tenant: Callable[..., Tenant]
) -> None:
    tenant = light_tenant()
    alert_id = uuid.uuid4()
    case = open_one(
        session,
        tenant,
        source="alert",
        customer_identifiers=None,
        links=[service.LinkIn("alert", alert_id, "Number changed then card payments")],
    )
    assert [(lk.kind, lk.target_id) for lk in service.links(session, case=case)] == [
        ("alert", alert_id)
    ]
    with pytest.raises(Invalid):
        open_one(session, tenant, case_type="unknown")
    with pytest.raises(Invalid):
        open_one(session, tenant, priority="whenever")
    with pytest.raises(Invalid):
        open_one(session, tenant, links=[service.LinkIn("nonsense", alert_id)])


def test_status_machine(session: db.Session, light_tenant: Callable[..., Tenant]) -> None:
    tenant = light_tenant()
    case = open_one(session, tenant)
    p = agent(tenant)
    service.transition(session, principal=p, case_id=case.id, to="triage")
    with pytest.raises(Conflict):
        service.transition(session, principal=p, case_id=case.id, to="new")
    with pytest.raises(Invalid):
        service.transition(session, principal=p, case_id=case.id, to="closed")
    with pytest.raises(Invalid):
        service.transition(session, principal=p, case_id=case.id, to="exploded")
    service.transition(session, principal=p, case_id=case.id, to="closed", resolution="Refunded")
    assert case.closed_at is not None and case.next_due_at is None
    assert set(case.status_times) == {"new", "triage", "closed"}
    service.transition(session, principal=p, case_id=case.id, to="triage")
    assert case.closed_at is None and case.next_due_at is not None
    viewer = Principal(
        kind="user", id=tenant.agent.id, organisation_id=tenant.org.id, role=Role.viewer
    )
    with pytest.raises(Exception, match="operate"):
        service.transition(session, principal=viewer, case_id=case.id, to="closed", resolution="x")


def test_bulk_transition_reports_per_item(
    session: db.Session, light_tenant: Callable[..., Tenant]
) -> None:
    tenant = light_tenant()
    a, b = open_one(session, tenant), open_one(session, tenant)
    service.transition(session, principal=agent(tenant), case_id=b.id, to="closed", resolution="ok")
    results = service.bulk_apply(
        session,
        principal=agent(tenant),
        case_ids=[a.id, b.id, uuid.uuid4()],
        action="status",
        value="triage",
    )
    assert [r["result"] for r in results] == ["ok", "ok", "error"]


def test_tasks_done_and_skipped(session: db.Session, light_tenant: Callable[..., Tenant]) -> None:
    tenant = light_tenant()
    case = open_one(session, tenant)
    first, second = service.tasks(session, case=case)[:2]
    p = agent(tenant)
    service.finish_task(
        session,
        principal=p,
        case_id=case.id,
        task_id=first.id,
        outcome="done",
        note="Recall sent, ref 4111 1111 1111 1111",
    )
    assert first.status == "done" and "4111" not in (first.note or "")
    assert case.status == "in_progress" and case.next_due_at == second.due_at
    with pytest.raises(Conflict):
        service.finish_task(session, principal=p, case_id=case.id, task_id=first.id, outcome="done")
    with pytest.raises(Invalid):
        service.finish_task(
            session, principal=p, case_id=case.id, task_id=second.id, outcome="skipped"
        )
    service.finish_task(
        session,
        principal=p,
        case_id=case.id,
        task_id=second.id,
        outcome="skipped",
        note="Bank already called",
    )
    with pytest.raises(NotFound):
        service.finish_task(
            session, principal=p, case_id=case.id, task_id=uuid.uuid4(), outcome="done"
        )


def test_notes_are_redacted(session: db.Session, light_tenant: Callable[..., Tenant]) -> None:
    tenant = light_tenant()
    case = open_one(session, tenant)
    note = service.add_note(
        session,
        principal=agent(tenant),
        case_id=case.id,
        text="Card 4571 0000 0000 0001, CPR 010190-1234",
        keep=True,
    )
    assert "4571" not in note.body and note.vaulted and "4571" not in note.vaulted
    with pytest.raises(Invalid):
        service.add_note(session, principal=agent(tenant), case_id=case.id, text="  ")


def test_attachments_are_hashed_and_limited(
    session: db.Session, light_tenant: Callable[..., Tenant]
) -> None:
    tenant = light_tenant()
    case = open_one(session, tenant)
    p = agent(tenant)
    row = service.add_attachment(
        session,
        principal=p,
        case_id=case.id,
        filename="../../sms.txt",
        content_type="text/plain",
        data=b"hi",
    )
    assert row.sha256 == "8f434346648f6b96df89dda901c5176b10a6d83961dd3c1ac88b59b2dc327aa4"
    assert "/" not in row.filename and row.size == 2
    with pytest.raises(Invalid):
        service.add_attachment(
            session,
            principal=p,
            case_id=case.id,
            filename="x.sh",
            content_type="application/x-sh",
            data=b"rm -rf /",
        )
    with pytest.raises(Invalid):
        service.add_attachment(
            session,
            principal=p,
            case_id=case.id,
            filename="big.txt",
            content_type="text/plain",
            data=b"x" * (service.MAX_ATTACHMENT_BYTES + 1),
        )


def test_other_organisation_cannot_touch_the_case(
    session: db.Session, light_tenant: Callable[..., Tenant]
) -> None:
    mine, theirs = light_tenant(), light_tenant()
    case = open_one(session, mine)
    task = service.tasks(session, case=case)[0]
    other = agent(theirs)
    with pytest.raises(NotFound):
        service.transition(session, principal=other, case_id=case.id, to="triage")
    with pytest.raises(NotFound):
        service.finish_task(
            session, principal=other, case_id=case.id, task_id=task.id, outcome="done"
        )
    with pytest.raises(NotFound):
        service.assign(session, principal=other, case_id=case.id, assignee_id=None)
    with pytest.raises(Invalid):
        service.assign(session, principal=agent(mine), case_id=case.id, assignee_id=theirs.agent.id)


def test_reminders_and_escalation(session: db.Session, light_tenant: Callable[..., Tenant]) -> None:
    tenant = light_tenant()
    start = utcnow() - timedelta(days=10)
    case = open_one(session, tenant, now=start)
    session.flush()
    counts = deadlines.send_reminders(session, now=utcnow())
    assert counts["reminded"] >= len(service.tasks(session, case=case))
    assert counts["escalated"] >= 1 and counts["failed"] == 0
    assert case.escalated_at is not None and case.priority == "high"
    again = deadlines.send_reminders(session, now=utcnow())
    mine = session.scalars(sa.select(CaseEvent.action).where(CaseEvent.case_id == case.id)).all()
    assert mine.count("escalated") == 1
    assert mine.count("reminder") == len(service.tasks(session, case=case))
    assert again["failed"] == 0
    assert (
        session.scalar(
            sa.select(sa.func.count())
            .select_from(CaseTask)
            .where(CaseTask.case_id == case.id, CaseTask.reminded_at.is_(None))
        )
        == 0
    )


def test_urgency() -> None:
    now = utcnow()
    assert deadlines.urgency(now - timedelta(minutes=1), now) == "overdue"
    assert deadlines.urgency(now + timedelta(minutes=10), now) == "due_soon"
    assert deadlines.urgency(now + timedelta(hours=5), now) == "later"
    assert deadlines.urgency(None, now) == "none"


def test_did_we_contact_records_the_answer(
    session: db.Session, light_tenant: Callable[..., Tenant]
) -> None:
    """The answer of the outbound log (here: nothing sent to the customer) is recorded on the
    case's timeline; tests/outbound/test_flows.py covers a match."""
    tenant = light_tenant()
    case = open_one(session, tenant)
    answer = flows.did_we_contact(session, principal=agent(tenant), case_id=case.id)
    assert answer["contacted"] is False and answer["matches"] == 0
    events = service.timeline(session, case=case)
    assert events[-1].action == "contact_check" and events[-1].details["contacted"] is False


def test_job_is_registered(settings: Settings) -> None:
    assert "cases.deadlines" in site.jobs()


@pytest.mark.parametrize("role", [Role.viewer, Role.dpo])
def test_only_roles_that_work_cases_may_reveal_the_customer(
    session: db.Session, light_tenant: Callable[..., Tenant], role: Role
) -> None:
    tenant = light_tenant()
    case = open_one(session, tenant)
    onlooker = Principal(kind="user", id=tenant.agent.id, organisation_id=tenant.org.id, role=role)
    with pytest.raises(Forbidden):
        service.reveal_customer(session, principal=onlooker, case_id=case.id, purpose="curious")
