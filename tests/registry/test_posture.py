from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests.conftest import Tenant, auth, csrf_from, login
from tests.dnsserver import LoopbackDNS
from vaern import dnsquery as vaern_dns
from vaern.cli import app
from vaern.registry import posture


def zone(dns: LoopbackDNS, records: dict[str, list[tuple[str, str]]]) -> str:
    domain = f"d{uuid.uuid4().hex[:8]}.example.dk"
    for prefix, rrs in records.items():
        name = f"{prefix}.{domain}" if prefix else domain
        for rdtype, text in rrs:
            if rdtype == "SIGN":  # a real key, its signature and a DS at the parent
                dns.sign(name, ds=text)
            else:
                dns.add(name, rdtype, text)
    dns.add(domain, "A", "192.0.2.1")
    return domain


STRONG = {
    "": [
        ("TXT", '"v=spf1 include:_spf.example.dk -all"'),
        ("SIGN", "match"),
        ("CAA", '0 issue "ca.example"'),
    ],
    "_dmarc": [("TXT", '"v=DMARC1; p=reject; pct=100; rua=mailto:dmarc@example.dk"')],
    "_mta-sts": [("TXT", '"v=STSv1; id=2026"')],
    "_smtp._tls": [("TXT", '"v=TLSRPTv1; rua=mailto:tls@example.dk"')],
}


@pytest.mark.parametrize(
    ("records", "kind", "expected_grade", "statuses"),
    [
        (
            STRONG,
            "email_domain",
            "A",
            {"spf": "ok", "dmarc": "ok", "dnssec": "ok", "mta-sts": "ok", "tls-rpt": "ok"},
        ),
        (STRONG, "web_domain", "A", {"dnssec": "ok", "caa": "ok"}),
        (
            {"": [("TXT", '"v=spf1 +all"')]},
            "email_domain",
            "F",
            {"spf": "fail", "dmarc": "fail", "dnssec": "fail"},
        ),
        (
            {
                "": [("TXT", '"v=spf1 ~all"'), ("SIGN", "match")],
                "_dmarc": [("TXT", '"v=DMARC1; p=quarantine; pct=50"')],
            },
            "email_domain",
            "C",
            {"spf": "warn", "dmarc": "warn", "dnssec": "ok", "mta-sts": "warn"},
        ),
        (
            {"_dmarc": [("TXT", '"v=DMARC1; p=none; rua=mailto:x@example.dk"')]},
            "email_domain",
            "F",
            {"dmarc": "fail"},
        ),
        ({}, "web_domain", "F", {"dnssec": "fail", "caa": "warn"}),
    ],
)
def test_posture_grades(
    dns: LoopbackDNS,
    records: dict[str, list[tuple[str, str]]],
    kind: str,
    expected_grade: str,
    statuses: dict[str, str],
) -> None:
    report = posture.check(zone(dns, records), kind)
    got = {f["check"]: f["status"] for f in report["findings"]}
    assert {k: got[k] for k in statuses} == statuses
    assert report["grade"] == expected_grade
    for f in report["findings"]:
        assert f["advice"]["da"] and f["advice"]["en"]


@pytest.mark.parametrize(
    ("how", "state", "status"),
    [
        ({}, "valid", "ok"),
        ({"ds": "none"}, "island", "warn"),
        ({"ds": "wrong"}, "bogus", "fail"),
        ({"expired": True}, "bogus", "fail"),
        ({"unsigned": True}, "bogus", "fail"),
        (None, "unsigned", "fail"),
    ],
)
def test_dnssec_validates_signatures_and_ds(
    dns: LoopbackDNS, how: dict[str, object] | None, state: str, status: str
) -> None:
    domain = zone(dns, {})
    if how is not None:
        dns.sign(domain, **how)  # type: ignore[arg-type]
    assert vaern_dns.dnssec_status(domain)[0] == state
    finding = next(f for f in posture.check(domain, "web_domain")["findings"])
    assert (finding["check"], finding["status"]) == ("dnssec", status)


def test_parse_dmarc_tags() -> None:
    assert posture.parse_tags("v=DMARC1; p=reject;pct=100 ; rua=mailto:a@b") == {
        "v": "DMARC1",
        "p": "reject",
        "pct": "100",
        "rua": "mailto:a@b",
    }


def test_cli_posture_check(dns: LoopbackDNS) -> None:
    domain = zone(dns, STRONG)
    result = CliRunner().invoke(app, ["posture", "check", domain.upper(), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert f"{domain}: grade A" in result.output
    weak = zone(dns, {"": [("TXT", '"v=spf1 ?all"')]})
    result = CliRunner().invoke(app, ["posture", "check", weak, "--lang", "en"])
    assert "permissive SPF" in result.output and "Publish one SPF record" in result.output
    bad = CliRunner().invoke(app, ["posture", "check", "not a domain"])
    assert bad.exit_code == 2 and "error:" in bad.output


def test_staff_posture_page_keeps_history(
    dns: LoopbackDNS, client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=["channels:write"])
    domain = zone(dns, STRONG)
    client.post(
        "/api/v1/channels", json={"kind": "email_domain", "value": domain}, headers=auth(t.token)
    )
    login(client, t.admin_email)
    url = f"/staff/{t.org.slug}/posture"
    token = csrf_from(client.get(url).text)
    assert client.post(url, data={"csrf_token": token}).status_code == 303
    assert client.post(url, data={"csrf_token": token}).status_code == 303
    page = client.get(url, headers={"accept-language": "en"}).text
    assert domain in page and '<strong class="grade">A</strong>' in page
    assert page.count(f"<td>{domain}</td>") == 2
