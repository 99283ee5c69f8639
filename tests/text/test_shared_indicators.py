"""The check, a stored report (with the campaign and warning drafted from it), a published
warning and the outbound log read the same link domains and phone numbers from the same
text, because all of them read it with ``vaern.text``. Before, "postnord-dk.shop/track"
was a lookalike to the check but no link domain of the stored report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from tests.conftest import Tenant
from tests.warnings.helpers import publish_warning
from vaern import db
from vaern.config import Settings
from vaern.messages import check
from vaern.orgs.access import Principal
from vaern.orgs.models import Role
from vaern.reports import flows
from vaern.reports import service as reports
from vaern.reports.models import Campaign
from vaern.reports.schemas import ReportCreate
from vaern.text import fingerprint
from vaern.text.links import link_hosts, registrable
from vaern.text.phones import phones
from vaern.warnings.service import message_keys


@dataclass(frozen=True)
class Case:
    text: str
    written: tuple[str, ...]  # the links and numbers as a person would copy them
    hosts: tuple[str, ...]  # link domains as reports and warnings key them
    numbers: tuple[str, ...] = ()  # E.164


CASES = [
    Case(
        "PostNord: Din pakke venter. Betal told på postnord-dk.shop/track i dag.",
        ("postnord-dk.shop/track",),
        ("postnord-dk.shop",),
    ),
    Case(
        "MitID: Du har en ny besked. Log ind på https://www.mitid.dk/ for at læse den.",
        ("https://www.mitid.dk/",),
        ("mitid.dk",),
    ),
    Case(
        "Falske links lige nu: hxxps://mitid-forny[.]com/login og betal(.)gebyr-nu.dk/x",
        ("hxxps://mitid-forny[.]com/login", "betal(.)gebyr-nu.dk/x"),
        ("betal.gebyr-nu.dk", "mitid-forny.com"),
    ),
    Case(
        "Din pakke er tilbageholdt. Betal gebyret på https://www.pøstnord.dk/betal i aften.",
        ("https://www.pøstnord.dk/betal",),
        ("xn--pstnord-q1a.dk",),
    ),
    Case(
        "Vi har spærret dit kort. Ring 70 20 70 20 straks for at åbne det igen.",
        ("70 20 70 20",),
        (),
        ("+4570207020",),
    ),
    Case("Sådan gør du: 1.Gå til appen 2.Klik på Kort 3.Se beskeden.", (), ()),
]
IDS = ["combosquat", "official", "defanged", "punycode", "phone", "numbered-list"]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_outbound_and_warning_keys_read_the_same_domains(case: Case) -> None:
    assert tuple(link_hosts(case.text)) == case.hosts
    assert fingerprint.fingerprints(case.text)["link_domains"] == sorted(
        {registrable(h) for h in case.hosts}
    )
    assert tuple(p.e164 for p in phones(case.text)) == case.numbers
    keys = message_keys(
        text=case.text,
        link_domains=list(case.hosts),
        sender=None,
        phones=lambda: [p.e164 for p in phones(case.text)],
    )
    assert {k for k in keys if k.startswith(("domain:", "phone:"))} == {
        *(f"domain:{h}" for h in case.hosts),
        *(f"phone:{n}" for n in case.numbers),
    }


def test_report_campaign_warning_and_check_read_the_same_indicators(
    settings: Settings, make_tenant: Callable[..., Tenant], client: TestClient
) -> None:
    t = make_tenant(["warnings:write"])
    staff = Principal(kind="user", id=t.admin.id, organisation_id=t.org.id, role=Role.admin)
    for n, case in enumerate(c for c in CASES if c.hosts or c.numbers):
        sender = case.written[0] if case.numbers else None
        with db.session_scope(settings.database_url) as s:
            report, _ = reports.submit_report(
                s,
                data=ReportCreate(
                    organisation=t.org.slug,
                    text=case.text,
                    channel="sms",
                    sender=sender,
                    consent=True,
                ),
                reporter=f"reporter-{n}",
            )
            assert tuple(report.link_domains) == case.hosts
            campaign = s.get(Campaign, report.campaign_id)
            assert campaign is not None
            assert tuple(campaign.indicators["domains"]) == case.hosts
            assert tuple(campaign.indicators.get("phones", [])) == case.numbers
            drafted = flows.draft_warning(s, principal=staff, campaign_id=campaign.id)
            assert tuple(drafted.indicators["domains"]) == case.hosts
            assert tuple(drafted.indicators["phones"]) == case.numbers

        warning = publish_warning(
            client,
            t.token,
            title={"da": f"Advarsel {n}", "en": f"Warning {n}"},
            examples=["En tekst om noget helt andet, som ingen besked her ligner."],
            indicators={
                "urls": [w for w in case.written if not case.numbers],
                "phones": list(case.numbers and case.written),
            },
        )
        assert tuple(warning["indicators"]["domains"]) == case.hosts
        assert tuple(warning["indicators"]["phones"]) == case.numbers
        with db.session_scope(settings.database_url) as s:
            result = check(case.text, channel="sms", session=s)
        [match] = [m for m in result["matched_warnings"] if m["warning_id"] == warning["id"]]
        assert ("phone" if case.numbers else "domain") in match["matched"]
