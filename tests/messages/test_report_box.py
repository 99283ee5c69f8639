"""The "report this" box on the check result: consented, redacted, to the claimed member
or, for a scam in the name of a non-member, to the hub."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, csrf_from, unique
from tests.outbound.conftest import token_principal
from vaern import config, db
from vaern.orgs.models import Organisation
from vaern.registry import service as registry
from vaern.registry.schemas import ChannelCreate
from vaern.reports.models import Report

CPR = "070761-4285"  # generated test CPR number, not a real person's


@pytest.fixture
def member(make_tenant: Callable[..., Tenant], settings: config.Settings) -> Tenant:
    t = make_tenant()
    with db.session_scope(settings.database_url) as s:
        registry.add_channel(
            s,
            principal=token_principal(t),
            data=ChannelCreate(kind="sms_sender", value="FB" + t.org.slug[-8:]),
        )
    return t


def scam(t: Tenant) -> str:
    return (
        f"{t.org.name}: din konto er spærret. Bekræft dit CPR-nummer {CPR} på "
        "https://fjordbank-sikker.com/login inden 24 timer"
    )


def checked(client: TestClient, text: str) -> str:
    page = client.get("/check")
    r = client.post(
        "/check",
        data={
            "text": text,
            "channel": "sms",
            "sender": "+4520304050",
            "csrf_token": csrf_from(page.text),
        },
    )
    assert r.status_code == 200
    return r.text


def report_form(html: str) -> dict[str, str]:
    form = html[html.index('id="report"') : html.index("</form>", html.index('id="report"'))]
    fields = dict(re.findall(r'name="(\w+)" value="([^"]*)"', form))
    assert fields.pop("consent") == "yes"  # the box is not ticked for the person
    fields["organisation"] = re.search(r'<option value="([^"]+)"', form).group(1)  # type: ignore[union-attr]
    return fields


def reports_of(settings: config.Settings, t: Tenant) -> list[Report]:
    with db.session_scope(settings.database_url) as s:
        return list(s.scalars(sa.select(Report).where(Report.organisation_id == t.org.id)))


def test_report_box_sends_a_redacted_report_with_consent(
    client: TestClient, member: Tenant, settings: config.Settings
) -> None:
    html = checked(client, scam(member))
    assert 'id="report"' in html and member.org.name in html
    fields = report_form(html)
    assert fields["organisation"] == member.org.slug
    r = client.post("/check/report", data={**fields, "consent": "yes"})
    assert r.status_code == 200
    reference = re.search(r'id="reference">([^<]+)<', r.text).group(1)  # type: ignore[union-attr]
    [report] = reports_of(settings, member)
    assert report.reference == reference
    assert report.source == "check" and report.channel == "sms" and report.consent
    assert CPR not in report.text and "fjordbank-sikker.com" in report.text
    assert report.check_result["verdict"] in ("scam", "suspicious")
    assert "credential_request" in report.check_result["reasons"]
    again = client.post("/check/report", data={**fields, "consent": "yes"})
    assert "already reported" in again.text or "allerede" in again.text
    assert len(reports_of(settings, member)) == 1


def test_no_consent_no_report(
    client: TestClient, member: Tenant, settings: config.Settings
) -> None:
    fields = report_form(checked(client, scam(member)))
    r = client.post("/check/report", data=fields)
    assert r.status_code == 422
    assert 'role="alert"' in r.text
    assert reports_of(settings, member) == []


def test_only_to_an_organisation_the_message_claims(
    client: TestClient,
    member: Tenant,
    make_tenant: Callable[..., Tenant],
    settings: config.Settings,
) -> None:
    other = make_tenant()
    fields = report_form(checked(client, scam(member)))
    r = client.post(
        "/check/report", data={**fields, "organisation": other.org.slug, "consent": "yes"}
    )
    assert r.status_code == 422
    assert reports_of(settings, other) == []


def test_a_scam_in_the_name_of_a_non_member_goes_to_the_hub(
    client: TestClient, settings: config.Settings
) -> None:
    link = f"http://{unique('postnord')}.com/b"
    html = checked(client, f"PostNord: Din pakke afventer told 19 kr. Betal: {link}")
    fields = report_form(html)
    assert fields["organisation"] == "postnord"  # the claimed organisation comes first
    r = client.post("/check/report", data={**fields, "consent": "yes"})
    assert r.status_code == 200 and 'id="reference"' in r.text
    with db.session_scope(settings.database_url) as s:
        [report] = s.scalars(sa.select(Report).where(Report.text.contains(link))).all()
        hub = s.scalar(sa.select(Organisation).where(Organisation.slug == settings.hub_slug))
        assert hub is not None and report.organisation_id == hub.id
        assert report.claimed == "postnord" and report.source == "check"


def test_nothing_is_reported_in_the_name_of_an_unknown_organisation(
    client: TestClient, settings: config.Settings
) -> None:
    link = f"http://{unique('pakke')}.example/b"
    fields = report_form(checked(client, f"Din pakke venter: {link}"))
    r = client.post(
        "/check/report", data={**fields, "organisation": "no-such-org", "consent": "yes"}
    )
    assert r.status_code == 422
    with db.session_scope(settings.database_url) as s:
        assert s.scalars(sa.select(Report).where(Report.text.contains(link))).all() == []


def test_report_needs_csrf(client: TestClient, member: Tenant, settings: config.Settings) -> None:
    fields = report_form(checked(client, scam(member)))
    fields.pop("csrf_token")
    r = client.post("/check/report", data={**fields, "consent": "yes"})
    assert r.status_code == 403
    assert reports_of(settings, member) == []
