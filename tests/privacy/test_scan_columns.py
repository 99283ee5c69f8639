"""The scan's decisions per column: scam senders are grouped by keyed hashes (never in
clear in ``campaign_keys``), the published indicators are declared with their reason in
the records of processing and skipped for phone and e-mail only, and organisations' own
CVR numbers and names are no findings while real numbers next to them are."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, login
from vaern import db
from vaern.config import Settings
from vaern.dpo import processing, scan
from vaern.orgs.access import Principal
from vaern.orgs.models import ApiToken, Organisation, Role
from vaern.privacy.models import Breach
from vaern.reports import flows
from vaern.reports import service as reports
from vaern.reports.models import Campaign, CampaignKey
from vaern.reports.schemas import ReportCreate
from vaern.takedowns import flows as takedowns

PHONE = "+45 21 43 65 87"
EMAIL = "alert@secure-bank.example.com"
TEXT = "Din pakke venter. Betal gebyr på https://pakke-gebyr.example.com/betal i dag"
CPR = "010190-1234"


def _report(slug: str, sender: str, n: int) -> ReportCreate:
    return ReportCreate(
        organisation=slug, text=f"{TEXT} ({n})", channel="sms", sender=sender, consent=True
    )


def test_scam_senders_are_grouped_by_hash_and_declared_columns_are_explained(
    settings: Settings, tenant: Tenant
) -> None:
    admin = Principal(
        kind="user", id=tenant.admin.id, organisation_id=tenant.org.id, role=Role.admin
    )
    with db.session_scope(settings.database_url) as s:
        for n, sender in enumerate([PHONE, "+4521436587", EMAIL, EMAIL.upper()]):
            reports.submit_report(s, data=_report(tenant.org.slug, sender, n), reporter=f"r{n}")
    with db.session_scope(settings.database_url) as s:
        campaigns = list(
            s.scalars(sa.select(Campaign).where(Campaign.organisation_id == tenant.org.id))
        )
        # The same number written two ways and the same address in two cases group.
        assert [c.report_count for c in campaigns] == [4]
        keys = list(
            s.scalars(
                sa.select(CampaignKey.key).where(CampaignKey.organisation_id == tenant.org.id)
            )
        )
        assert not any("21436587" in k or "secure-bank" in k for k in keys), keys
        assert sum(k.startswith(("phone#", "sender#")) for k in keys) == 2
        flows.draft_warning(s, principal=admin, campaign_id=campaigns[0].id)
        assert takedowns.draft_takedowns(s, principal=admin, campaign_id=campaigns[0].id)
        assert campaigns[0].indicators["phones"] == ["+4521436587"]
    with db.session_scope(settings.database_url) as s:
        assert scan.scan(s, organisation_ids=[tenant.org.id]) == []
        # A CPR number is reported even in a column declared for indicators.
        campaign = s.scalars(
            sa.select(Campaign).where(Campaign.organisation_id == tenant.org.id)
        ).one()
        campaign.indicators = {**campaign.indicators, "senders": [f"cpr {CPR}"]}
        s.flush()
        found = scan.scan(s, organisation_ids=[tenant.org.id])
        s.rollback()
    assert {(f["table"], f["column"], f["entity"]) for f in found} == {
        ("campaigns", "indicators", "CPR")
    }


def test_the_reason_is_in_the_record_of_processing() -> None:
    declared = processing.clear_columns()
    assert ("campaigns", "indicators") in declared and ("reports", "sender") in declared
    assert ("campaign_keys", "key") not in declared
    md = processing.as_markdown("en")
    assert "indicators: the sender of a scam message" in md
    assert "Identifikatorer gemt i klartekst" in processing.as_csv("da")


def test_organisation_cvr_and_names_are_no_findings_but_numbers_are(
    settings: Settings, tenant: Tenant
) -> None:
    with db.session_scope(settings.database_url) as s:
        org = s.get_one(Organisation, tenant.org.id)
        org.cvr, org.name = "29403473", "Org 44788664e8"  # a valid CVR; a hex-like name
        s.flush()
        assert scan.scan(s, organisation_ids=[org.id]) == []
        org.cvr, org.name = "21436587", "Org 44788664e8 ring 21 43 65 87"  # not a CVR
        s.flush()
        found = scan.scan(s, organisation_ids=[org.id])
        s.rollback()
    assert sorted((f["column"], f["entity"]) for f in found) == [
        ("cvr", "PHONE"),
        ("name", "PHONE"),
    ]


def test_an_api_token_prefix_that_reads_as_a_cpr_number_is_no_finding(
    settings: Settings, tenant: Tenant
) -> None:
    with db.session_scope(settings.database_url) as s:
        token = s.scalars(
            sa.select(ApiToken).where(ApiToken.organisation_id == tenant.org.id)
        ).one()
        token.prefix = "ab0101901234"  # random hex; its digits read as a CPR number
        s.flush()
        assert scan.scan(s, organisation_ids=[tenant.org.id]) == []
        token.name = f"CI token {CPR}"  # the same number in a free-text column is reported
        token.prefix = "ab0101901234x"  # and a prefix not of the generated format is too
        s.flush()
        found = scan.scan(s, organisation_ids=[tenant.org.id])
        s.rollback()
    assert sorted((f["column"], f["entity"]) for f in found) == [("name", "CPR"), ("prefix", "CPR")]


def test_a_band_hash_that_reads_as_a_card_number_is_no_finding(
    settings: Settings, tenant: Tenant
) -> None:
    card = "4111111111111111"  # a test card number, as a sixteen-hex-digit band hash
    with db.session_scope(settings.database_url) as s:
        reports.submit_report(s, data=_report(tenant.org.slug, "Pakke", 0), reporter="r")
    with db.session_scope(settings.database_url) as s:
        campaign = s.scalars(
            sa.select(Campaign).where(Campaign.organisation_id == tenant.org.id)
        ).one()
        assert scan.scan(s, organisation_ids=[tenant.org.id]) == []
        for key in (f"fp:3:{card}", f"domain:{card}.example.dk", f"fp:x:{card}"):
            s.add(CampaignKey(organisation_id=tenant.org.id, campaign_id=campaign.id, key=key))
        s.flush()
        found = scan.scan(s, organisation_ids=[tenant.org.id])
        s.rollback()
    # The band key is excused; the same digits in a domain or a malformed key are not.
    assert sorted((f["column"], f["entity"]) for f in found) == [("key", "CARD")] * 2


def test_digits_glued_to_a_letter_or_in_a_reference_are_an_identifier(
    settings: Settings, tenant: Tenant
) -> None:
    with db.session_scope(settings.database_url) as s:
        leak = Breach(
            organisation_id=tenant.org.id,
            aware_at=datetime(2026, 5, 1, tzinfo=UTC),
            nature="hook https://rebind-36317168b2.hooks.test/x, then tlf21436587 by hand; "
            "see R-AB23456789 (a report reference)",
            contact="",
        )
        s.add(leak)
        s.flush()
        found = scan.scan(s, organisation_ids=[tenant.org.id])
        s.rollback()
    assert [(f["column"], f["entity"]) for f in found] == [("nature", "PHONE")]


def test_the_processing_page_shows_what_is_kept_in_clear_and_why(
    client: TestClient, tenant: Tenant
) -> None:
    login(client, tenant.admin_email)
    page = client.get(f"/staff/{tenant.org.slug}/privacy/processing")
    assert page.status_code == 200
    assert "Identifikatorer gemt i klartekst, og hvorfor" in page.text
    # Per activity, each column is named with its table.
    assert re.search(r"<code>\w+\.indicators</code>: afsenderen af en svindelbesked", page.text)
