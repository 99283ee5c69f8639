"""The database scan: no CPR, card, e-mail, phone or IBAN in clear after the demo data and
the privacy flows; a value stored in clear is found (and reported without the value)."""

from __future__ import annotations

from datetime import UTC, datetime

from typer.testing import CliRunner

from tests.conftest import Tenant
from vaern import db
from vaern.cli import app
from vaern.config import Settings
from vaern.demo import DEMO_SLUG, load_demo
from vaern.dpo import breaches, requests, scan, verification
from vaern.orgs.service import get_organisation_by_slug
from vaern.privacy import holds
from vaern.privacy.models import Breach

CPR = "010190-1234"
CARD = "4571 0000 0000 0001"


def _flows(s: db.Session, org_id: object) -> None:
    verification.submit_public(
        s,
        organisation_id=org_id,
        kind="erasure",
        email="borger@example.dk",
        note=f"Mit cpr er {CPR}, kort {CARD}, ring 20 30 40 50",
    )
    r = requests.create_request(
        s,
        organisation_id=org_id,
        kind="access",
        identifiers={"cpr": CPR, "phone": "+45 20 30 40 50"},
        note="mail mig på borger@example.dk",
    )
    requests.transition(
        s, organisation_id=org_id, request_id=r.id, status="rejected", reason=f"Forkert cpr {CPR}"
    )
    b = breaches.create_breach(
        s,
        organisation_id=org_id,
        aware_at=datetime(2026, 5, 1, tzinfo=UTC),
        nature=f"Liste med {CPR} og {CARD} sendt forkert",
        data_categories=["CPR"],
        subject_categories=["kunder"],
        contact="dpo@example.dk",
    )
    breaches.add_update(s, organisation_id=org_id, breach_id=b.id, text="IBAN DK5000400440116243")
    holds.place(
        s,
        organisation_id=org_id,
        scope="subject",
        target_id=r.subject_id,
        reason=f"Politiet spørger om {CPR}",
    )


def test_no_personal_data_in_clear_after_demo_and_flows(settings: Settings, tenant: Tenant) -> None:
    with db.session_scope(settings.database_url) as s:
        load_demo(s)
    with db.session_scope(settings.database_url) as s:
        _flows(s, tenant.org.id)
    with db.session_scope(settings.database_url) as s:
        demo = get_organisation_by_slug(s, slug=DEMO_SLUG)
        assert scan.scan(s, organisation_ids=[demo.id, tenant.org.id]) == []


def test_a_value_in_clear_is_found_and_not_repeated(settings: Settings, tenant: Tenant) -> None:
    with db.session_scope(settings.database_url) as s:
        leak = Breach(
            organisation_id=tenant.org.id,
            aware_at=datetime(2026, 5, 1, tzinfo=UTC),
            nature=f"written past redaction: {CPR} and a.person@example.dk",
            contact="",
        )
        s.add(leak)
        s.flush()
        leak_id = str(leak.id)
        findings = scan.scan(s, organisation_ids=[tenant.org.id])
        s.delete(leak)
    assert {(f["table"], f["column"], f["entity"], f["id"]) for f in findings} == {
        ("breaches", "nature", "CPR", leak_id),
        ("breaches", "nature", "EMAIL", leak_id),
    }
    assert CPR not in repr(findings)


def test_scan_command(settings: Settings, tenant: Tenant) -> None:
    result = CliRunner().invoke(app, ["privacy", "scan", "--org", tenant.org.slug])
    assert result.exit_code == 0, result.output
    assert "0 values in clear" in result.output
