"""Sender posture of a domain: SPF, DMARC, DNSSEC, MTA-STS, TLS-RPT (e-mail) and
DNSSEC, CAA (web), each a small rule with a bilingual recommendation, and a grade.

DNSSEC is judged by ``dns.dnssec_status``: the zone's key set must carry a valid
signature and a DS at the parent must match one of its keys.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from vaern import dnsquery as dns

# status: ok | warn | fail (a fail costs its full weight, a warning half of it)


@dataclass
class Finding:
    check: str
    status: str
    detail: str
    advice: dict[str, str]
    weight: int


def _spf(domain: str) -> Finding:
    records = [t for t in dns.txt(domain) or [] if t.lower().startswith("v=spf1")]
    advice = {
        "da": "Udgiv én SPF-post, der slutter med -all, og som kun nævner jeres egne afsendere.",
        "en": "Publish one SPF record ending in -all that lists only your own senders.",
    }
    if not records:
        return Finding("spf", "fail", "no SPF record", advice, 2)
    if len(records) > 1:
        return Finding("spf", "fail", "more than one SPF record (invalid)", advice, 2)
    record = records[0].lower()
    if "+all" in record or "?all" in record or record.rstrip().endswith(" all"):
        return Finding("spf", "fail", f"permissive SPF: {records[0]}", advice, 2)
    if "~all" in record:
        return Finding("spf", "warn", "SPF ends in ~all (soft fail)", advice, 2)
    return Finding("spf", "ok", records[0], advice, 2)


def parse_tags(record: str) -> dict[str, str]:
    tags = {}
    for part in record.split(";"):
        key, _, value = part.strip().partition("=")
        if key:
            tags[key.strip().lower()] = value.strip()
    return tags


def _dmarc(domain: str) -> Finding:
    records = [t for t in dns.txt(f"_dmarc.{domain}") or [] if t.lower().startswith("v=dmarc1")]
    advice = {
        "da": "Sæt DMARC til p=reject (eller p=quarantine som mellemtrin) med pct=100 og "
        "en rua-adresse, så forfalskede e-mails i jeres navn afvises.",
        "en": "Set DMARC to p=reject (or p=quarantine on the way) with pct=100 and an rua "
        "address, so that forged e-mail in your name is refused.",
    }
    if len(records) != 1:
        return Finding("dmarc", "fail", "no (single) DMARC record", advice, 3)
    tags = parse_tags(records[0])
    policy, pct = tags.get("p", "none").lower(), tags.get("pct", "100")
    detail = f"p={policy} pct={pct} rua={tags.get('rua', '-')}"
    if policy == "reject" and pct == "100" and "rua" in tags:
        return Finding("dmarc", "ok", detail, advice, 3)
    if policy in {"reject", "quarantine"}:
        return Finding("dmarc", "warn", detail, advice, 3)
    return Finding("dmarc", "fail", detail, advice, 3)


def _dnssec(domain: str) -> Finding:
    advice = {
        "da": "Signér zonen med DNSSEC (spørg jeres DNS-udbyder), så svar om domænet ikke "
        "kan forfalskes.",
        "en": "Sign the zone with DNSSEC (ask your DNS provider) so that answers about the "
        "domain cannot be forged.",
    }
    state, detail = dns.dnssec_status(domain)
    if state == "island":
        advice = {
            "da": "Zonen er signeret, men tillidskæden er brudt: bed registratoren om at "
            "offentliggøre DS-posten for nøglen.",
            "en": "The zone is signed but the chain of trust is broken: ask the registrar to "
            "publish the DS record for the key.",
        }
    status = {"valid": "ok", "island": "warn"}.get(state, "fail")
    return Finding("dnssec", status, detail, advice, 2)


def _txt_check(name: str, prefix: str, check: str, advice: dict[str, str]) -> Finding:
    found = any(t.lower().startswith(prefix) for t in dns.txt(name) or [])
    return Finding(
        check, "ok" if found else "warn", f"{name}: {'found' if found else 'missing'}", advice, 1
    )


def _mta_sts(domain: str) -> Finding:
    return _txt_check(
        f"_mta-sts.{domain}",
        "v=stsv1",
        "mta-sts",
        {
            "da": "Udgiv MTA-STS, så e-mail til jer kun leveres krypteret.",
            "en": "Publish MTA-STS so that mail to you is only delivered encrypted.",
        },
    )


def _tls_rpt(domain: str) -> Finding:
    return _txt_check(
        f"_smtp._tls.{domain}",
        "v=tlsrptv1",
        "tls-rpt",
        {
            "da": "Udgiv TLS-RPT for at få rapporter om fejlede krypterede leveringer.",
            "en": "Publish TLS-RPT to receive reports of failed encrypted deliveries.",
        },
    )


def _caa(domain: str) -> Finding:
    found = dns.exists(domain, "CAA")
    return Finding(
        "caa",
        "ok" if found else "warn",
        "CAA present" if found else "no CAA record",
        {
            "da": "Udgiv CAA-poster, så kun jeres certifikatudstedere kan udstede certifikater.",
            "en": "Publish CAA records so that only your certificate authorities can issue.",
        },
        1,
    )


CHECKS: dict[str, list[Callable[[str], Finding]]] = {
    "email_domain": [_spf, _dmarc, _dnssec, _mta_sts, _tls_rpt],
    "web_domain": [_dnssec, _caa],
}


def grade(findings: list[Finding]) -> str:
    total = sum(f.weight for f in findings)
    lost = sum(
        f.weight if f.status == "fail" else f.weight / 2 for f in findings if f.status != "ok"
    )
    score = 1 - lost / total if total else 0
    for letter, floor in (("A", 0.95), ("B", 0.8), ("C", 0.6), ("D", 0.4)):
        if score >= floor:
            return letter
    return "F"


def check(domain: str, kind: str = "email_domain") -> dict[str, Any]:
    findings = [rule(domain) for rule in CHECKS[kind]]
    return {
        "domain": domain,
        "kind": kind,
        "grade": grade(findings),
        "findings": [asdict(f) for f in findings],
    }
