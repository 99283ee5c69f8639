"""One synthetic person across every domain: an access request exports all of it, an
erasure request removes or anonymises it, restricts what must be kept with the reason, and
afterwards the database holds none of the person's identifiers in clear and no blind index
of them outside the vault's tombstone."""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tests.conftest import Tenant
from tests.disputes import factories
from vaern import db
from vaern.cases import privacy as case_privacy
from vaern.cases import service as cases
from vaern.cases.models import Case
from vaern.config import Settings
from vaern.db import Base
from vaern.disputes.models import Dispute
from vaern.disputes.schemas import DisputeInput
from vaern.disputes.service import create_dispute
from vaern.dpo import requests, scan
from vaern.monitoring import privacy as monitoring_privacy
from vaern.monitoring import service as monitoring
from vaern.orgs.access import Principal
from vaern.orgs.models import Organisation, Role
from vaern.outbound import service as outbound
from vaern.outbound.schemas import OutboundItem
from vaern.privacy import holds, vault
from vaern.privacy.models import DataSubject, SubjectIdentifier
from vaern.registry import service as registry
from vaern.registry.schemas import ChannelCreate
from vaern.reports import service as reports
from vaern.reports.models import Report
from vaern.reports.schemas import ReportCreate
from vaern.text.phones import valid_phone
from vaern.warnings import push

SEED = Path(__file__).parents[2] / "src/vaern/monitoring/examples/seed003_221-2021.jsonl"


def _valid_phone(number: str) -> bool:
    try:
        valid_phone(number)
    except ValueError:
        return False
    return True


def synthetic_person() -> dict[str, str]:
    """Generated identifiers: a CPR number from a random birth date, a Danish mobile number
    and an address under example.dk. Nobody real."""
    rng = random.Random()
    born = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 50))
    phone = f"+452{rng.randrange(10**7):07d}"
    while not _valid_phone(phone):  # a few 2x… blocks are not in the Danish numbering plan
        phone = f"+452{rng.randrange(10**7):07d}"
    return {
        "cpr": f"{born:%d%m%y}-{rng.randrange(4000):04d}",
        "phone": phone,
        "email": f"person-{uuid.uuid4().hex[:8]}@example.dk",
        "account": f"{rng.randrange(1000, 9999)}-{rng.randrange(10**9, 10**10)}",
    }


def admin(t: Tenant) -> Principal:
    return Principal(
        kind="user",
        id=t.admin.id,
        organisation_id=t.org.id,
        role=Role.admin,
        scopes=frozenset({"outbound:write"}),
    )


def _populate(s: Session, t: Tenant, person: dict[str, str]) -> dict[str, uuid.UUID]:
    p = admin(t)
    open_case = _case(s, t, "Opkald om mistænkelig sms", person, "cpr", "phone", "account")
    closed = _case(s, t, "Tidligere henvendelse", person, "cpr")
    cases.add_note(s, principal=p, case_id=closed.id, text="Kunden ringede igen", keep=True)
    cases.transition(s, principal=p, case_id=closed.id, to="closed", resolution="Hjulpet")
    held = _case(s, t, "Sag med tilbageholdelse", person, "cpr")
    cases.transition(s, principal=p, case_id=held.id, to="closed", resolution="Politisag")
    holds.place(s, organisation_id=t.org.id, scope="case", target_id=held.id, reason="Politi")
    # A dispute follows its case: deleted with the closed one, restricted with the open one.
    disputes = {
        case.id: create_dispute(
            s,
            organisation_id=t.org.id,
            data=DisputeInput.model_validate(
                factories.dispute([factories.payer()], [factories.tx("t1", "100.00")])
                | {"case_id": str(case.id)}
            ),
            actor=p,
        ).id
        for case in (open_case, closed)
    }
    report, _ = reports.submit_report(s, data=_report(t, person), reporter=REPORTER)
    registry.add_channel(
        s,
        principal=p,
        data=ChannelCreate(kind="phone", value="+4570101010"),  # type: ignore[arg-type]
    )
    registry.add_channel(
        s,
        principal=p,
        data=ChannelCreate(kind="email_domain", value="bank.example"),  # type: ignore[arg-type]
    )
    now = datetime.now(UTC)
    result = outbound.ingest(
        s,
        principal=p,
        items=[
            OutboundItem(
                client_id="sms-1",
                channel="sms",  # type: ignore[arg-type]
                sender="+4570101010",
                recipient=person["phone"],
                sent_at=now - timedelta(hours=1),
                text="Din kode er 123456",
            ),
            OutboundItem(
                client_id="mail-1",
                channel="email",  # type: ignore[arg-type]
                sender="kundeservice@bank.example",
                recipient=person["email"].upper(),
                sent_at=now - timedelta(hours=2),
                text="Nyt i din netbank",
            ),
        ],
    )
    assert all(i.status == "accepted" for i in result.items), result
    org = s.get_one(Organisation, t.org.id)
    push.subscribe_email(s, organisation=org, email=person["email"])
    events = [json.loads(line) for line in SEED.read_text().splitlines()]
    for event in events:  # the person's account is the seed's "H"
        if event["account_id"] == "agreement-H":
            event["account_id"] = person["account"]
    monitoring.ingest(s, organisation_id=t.org.id, items=events)
    return {
        "open": open_case.id,
        "closed": closed.id,
        "held": held.id,
        "report": report.id,
        "open_dispute": disputes[open_case.id],
        "closed_dispute": disputes[closed.id],
    }


REPORTER = "reporter-pseudonym"


def _report(t: Tenant, person: dict[str, str] | None) -> ReportCreate:
    contact = {"email": person["email"], "phone": person["phone"]} if person else None
    return ReportCreate(
        organisation=t.org.slug,
        text="Din pakke venter, betal told på https://pakke-told.example/x",
        channel="sms",  # type: ignore[arg-type]
        consent=True,
        contact=contact,  # type: ignore[arg-type]
    )


def _case(s: Session, t: Tenant, title: str, person: dict[str, str], *kinds: str) -> Case:
    return cases.open_case(
        s,
        organisation_id=t.org.id,
        case_type="suspicious_message",
        source="call",
        title=title,
        customer_identifiers={k: person[k] for k in kinds},
    )


def _request(s: Session, t: Tenant, kind: str, person: dict[str, str]) -> uuid.UUID:
    r = requests.create_request(s, organisation_id=t.org.id, kind=kind, identifiers=person)
    requests.transition(s, organisation_id=t.org.id, request_id=r.id, status="verified")
    return r.id


def _blind_values(org_id: uuid.UUID, person: dict[str, str]) -> set[str]:
    """Every keyed form of the person's identifiers a domain may store; the 20-character
    prefix also finds the pseudonyms cut from it (monitoring's account reference)."""
    return {vault.blind_index(k, v, organisation_id=org_id)[:20] for k, v in person.items()}


def _hits(s: Session, org_id: uuid.UUID, needles: set[str]) -> set[str]:
    """Tables whose text or JSON columns (rows of the organisation) contain a needle."""
    found = set()
    for name, table in Base.metadata.tables.items():
        columns = [c for c in table.columns if isinstance(c.type, sa.String | sa.Text | sa.JSON)]
        if not columns or "organisation_id" not in table.c:
            continue
        query = sa.select(*columns).where(table.c.organisation_id == org_id)
        for row in s.execute(query):
            text = json.dumps([v for v in row if v is not None], ensure_ascii=False).casefold()
            if any(n.casefold() in text for n in needles):
                found.add(name)
    return found


def test_access_and_erasure_across_domains(
    settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    person = synthetic_person()
    with db.session_scope(settings.database_url) as s:
        ids = _populate(s, t, person)
    blind = _blind_values(t.org.id, person)
    with db.session_scope(settings.database_url) as s:
        # Before: every domain holds something keyed to the person.
        assert {
            "outbound_records",
            "warning_email_subscriptions",
            "monitoring_events",
            "monitoring_alerts",
            "subject_identifiers",
        } <= _hits(s, t.org.id, blind)
        access = _request(s, t, "access", person)
        data = requests.export(s, organisation_id=t.org.id, request_id=access)["data"]
    assert data["vault_identifiers"]["cpr"] == [person["cpr"]]
    assert sorted(r["channel"] for r in data["outbound_records"]["records"]) == ["email", "sms"]
    [report] = data["reports"]["reports"]
    assert "pakke-told.example" in report["text"] and report["status"] == "open"
    assert {c["id"] for c in data["cases"]["cases"]} == {
        str(ids[k]) for k in ("open", "closed", "held")
    }
    assert [sub["status"] for sub in data["warning_subscriptions"]["subscriptions"]] == ["pending"]
    assert data["monitoring"]["linked"] and len(data["monitoring"]["events"]) == 4
    assert data["monitoring"]["alerts"], "the seed raises alerts on account H"
    assert {d["id"] for d in data["disputes"]["disputes"]} == {
        str(ids["open_dispute"]),
        str(ids["closed_dispute"]),
    }

    with db.session_scope(settings.database_url) as s:
        erasure = _request(s, t, "erasure", person)
        result = requests.erase(s, organisation_id=t.org.id, request_id=erasure)
    assert result["ok"], result
    by_handler = {h["handler"]: h["details"] for h in result["handlers"]}
    records = by_handler["cases_anonymised"]["records"]
    outcomes = {r["id"]: r for r in records if "id" in r}
    assert {r["dispute"]: r["outcome"] for r in records if "dispute" in r} == {
        str(ids["open_dispute"]): "restricted",
        str(ids["closed_dispute"]): "deleted",
    }
    assert outcomes[str(ids["open"])]["outcome"] == "restricted"
    assert outcomes[str(ids["open"])]["why"] == case_privacy.OPEN_CASE
    assert outcomes[str(ids["held"])] == {
        "id": str(ids["held"]),
        "outcome": "restricted",
        "why": holds.EXPLANATION,
    }
    assert outcomes[str(ids["closed"])]["outcome"] == "anonymised"
    assert by_handler["outbound_records_erased"] == {"deleted": 2}
    assert by_handler["warning_subscriptions_erased"] == {"deleted": 1}
    assert by_handler["monitoring_erased"]["events_deleted"] == 4
    assert by_handler["reports_unlinked"]["records"][0]["outcome"] == "anonymised"

    with db.session_scope(settings.database_url) as s:
        # Nothing of the organisation in clear (the scan names no value, so also look for
        # the person's own identifiers in every column).
        assert scan.scan(s, organisation_ids=[t.org.id]) == []
        assert not _hits(s, t.org.id, set(person.values()))
        # Blind indexes: only the vault's tombstone, of a subject marked erased and
        # restricted, so the person is recognised if their data arrives again.
        assert _hits(s, t.org.id, blind) == {"subject_identifiers"}
        subject_id = s.scalar(
            sa.select(SubjectIdentifier.subject_id).where(
                SubjectIdentifier.blind_index
                == vault.blind_index("cpr", person["cpr"], organisation_id=t.org.id)
            )
        )
        subject = s.get_one(DataSubject, subject_id)
        assert subject.restricted and subject.erased_at is not None
        assert not s.scalar(
            sa.select(sa.func.count())
            .select_from(SubjectIdentifier)
            .where(
                SubjectIdentifier.subject_id == subject_id,
                SubjectIdentifier.ciphertext.is_not(None),
            )
        )
        # The report stays for the statistics, without its reporter; the closed case
        # without its customer; the open and the held case keep their link, restricted.
        kept = s.get_one(Report, ids["report"])
        assert kept.subject_id is None and kept.campaign_id is not None
        # Nor does the reporter's pseudonym lead to it any more (the dedupe key).
        again, duplicate = reports.submit_report(s, data=_report(t, None), reporter=REPORTER)
        assert not duplicate and again.id != kept.id
        assert s.get_one(Case, ids["closed"]).subject_id is None
        assert s.get_one(Case, ids["open"]).subject_id == subject_id
        assert s.get_one(Case, ids["held"]).subject_id == subject_id
        assert s.get(Dispute, ids["closed_dispute"]) is None
        assert s.get(Dispute, ids["open_dispute"]) is not None
        notes = cases.notes(s, case=s.get_one(Case, ids["closed"]))
        assert notes and all(n.vaulted is None for n in notes)


def test_monitoring_reports_honestly_when_no_account_links(
    settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    with db.session_scope(settings.database_url) as s:
        request_id = _request(s, t, "access", {"email": synthetic_person()["email"]})
        data = requests.export(s, organisation_id=t.org.id, request_id=request_id)["data"]
    assert data["monitoring"] == {"linked": False, "why": monitoring_privacy.NO_LINK}


def test_monitoring_links_a_person_by_customer_id(
    settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    """Events that name only the person's customer id (their account number is unknown to
    the vault) are found through the customer id's blind index: exported, then deleted
    with the alerts of the accounts it used anonymised, leaving no pseudonym behind."""
    t = make_tenant()
    customer = f"kunde-{uuid.uuid4().hex[:10]}"
    person = {"email": synthetic_person()["email"], "customer_ref": customer.upper()}
    account = f"agreement-{uuid.uuid4().hex[:8]}"
    events = [json.loads(line) for line in SEED.read_text().splitlines()]
    for event in events:
        if event["account_id"] == "agreement-H":
            event.update(account_id=account, customer_id=customer)
    with db.session_scope(settings.database_url) as s:
        monitoring.ingest(s, organisation_id=t.org.id, items=events)
    hidden = {
        vault.blind_index("customer_ref", customer, organisation_id=t.org.id)[:20],
        vault.blind_index("account", account, organisation_id=t.org.id)[:20],
    }
    with db.session_scope(settings.database_url) as s:
        assert {"monitoring_events", "monitoring_alerts"} <= _hits(s, t.org.id, hidden)
        access = _request(s, t, "access", person)
        data = requests.export(s, organisation_id=t.org.id, request_id=access)["data"]
    assert data["monitoring"]["linked"] and len(data["monitoring"]["events"]) == 4
    assert data["monitoring"]["alerts"], "the seed raises alerts on account H"
    assert customer not in json.dumps(data["monitoring"])
    with db.session_scope(settings.database_url) as s:
        erasure = _request(s, t, "erasure", person)
        result = requests.erase(s, organisation_id=t.org.id, request_id=erasure)
    by_handler = {h["handler"]: h["details"] for h in result["handlers"]}
    assert by_handler["monitoring_erased"]["events_deleted"] == 4
    assert by_handler["monitoring_erased"]["alerts_anonymised"] >= 1
    with db.session_scope(settings.database_url) as s:
        assert _hits(s, t.org.id, hidden) == {"subject_identifiers"}
        assert not _hits(s, t.org.id, {customer, account})
