"""The DMARC policy of the From domain, answered by the loopback DNS server."""

from __future__ import annotations

import socket

import pytest

from tests.conftest import unique
from tests.dnsserver import LoopbackDNS
from tests.messages.helpers import eml
from vaern import config
from vaern.messages import check, dmarc


def domain() -> str:
    return f"{unique('afsender')}.dk"


def test_policies(dns: LoopbackDNS) -> None:
    reject, none, missing, double = domain(), domain(), domain(), domain()
    dns.add(f"_dmarc.{reject}", "TXT", '"v=DMARC1; p=reject; rua=mailto:d@example.dk"')
    dns.add(f"_dmarc.{none}", "TXT", '"v=DMARC1; p=none"', '"some other text"')
    dns.add(f"_dmarc.{double}", "TXT", '"v=DMARC1; p=reject"', '"v=DMARC1; p=none"')
    assert dmarc.policy(reject) == "reject"
    assert dmarc.policy(none) == "none"
    assert dmarc.policy(missing) == "missing"  # NXDOMAIN
    assert dmarc.policy(double) == "missing"  # more than one record is no record


def test_a_subdomain_inherits_the_organisational_sp(dns: LoopbackDNS) -> None:
    org = domain()
    dns.add(f"_dmarc.{org}", "TXT", '"v=DMARC1; p=reject; sp=quarantine"')
    assert dmarc.policy(f"mail.{org}", org) == "quarantine"
    assert dmarc.policy(org, org) == "reject"


def test_answers_are_cached(dns: LoopbackDNS) -> None:
    name = domain()
    assert dmarc.policy(name) == "missing"
    dns.add(f"_dmarc.{name}", "TXT", '"v=DMARC1; p=reject"')
    assert dmarc.policy(name) == "missing"  # not asked again within the TTL


def test_unreachable_dns_is_unknown_asked_once_and_the_check_still_answers(
    settings: config.Settings,
) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:
        silent.bind(("127.0.0.1", 0))  # takes queries, never answers
        silent.setblocking(False)
        settings.dns_nameserver = f"127.0.0.1:{silent.getsockname()[1]}"
        settings.dns_timeout_seconds = 0.3
        assert dmarc.policy(domain()) is None
        assert silent.recv(512)  # it was asked
        while True:
            try:
                silent.recv(512)
            except BlockingIOError:
                break
        result = check(eml(from_=f"Kundeservice <info@{domain()}>", auth="mx.example.dk; none"))
        assert "dmarc_weak" not in {r["code"] for r in result["reasons"]}
        with pytest.raises(BlockingIOError):
            silent.recv(512)  # a resolver that just failed is not asked again


@pytest.mark.parametrize("record", ['"v=DMARC1; p=none"', None])
def test_weak_or_missing_dmarc_is_a_signal(dns: LoopbackDNS, record: str | None) -> None:
    name = domain()
    if record:
        dns.add(f"_dmarc.{name}", "TXT", record)
    result = check(eml(from_=f"Kundeservice <info@{name}>", auth="mx.example.dk; spf=pass"))
    reason = next(r for r in result["reasons"] if r["code"] == "dmarc_weak")
    assert name in reason["explanation"]["da"] and name in reason["explanation"]["en"]
    assert reason["evidence"] == f"info@{name}"


def test_failed_authentication_for_a_reject_domain(dns: LoopbackDNS) -> None:
    name = domain()
    dns.add(f"_dmarc.{name}", "TXT", '"v=DMARC1; p=reject"')
    failed = check(
        eml(from_=f"Service <info@{name}>", auth=f"mx.example.dk; dmarc=fail header.from={name}")
    )
    codes = {r["code"] for r in failed["reasons"]}
    assert "email_auth_failed" in codes and "dmarc_weak" not in codes
    passed = check(
        eml(from_=f"Service <info@{name}>", auth=f"mx.example.dk; dmarc=pass header.from={name}")
    )
    assert not {r["code"] for r in passed["reasons"]} & {"email_auth_failed", "dmarc_weak"}
