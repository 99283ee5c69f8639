"""DNS look-ups through the configured resolver (a loopback server in tests)."""

from __future__ import annotations

import dns.dnssec
import dns.exception
import dns.flags
import dns.name
import dns.rdataclass
import dns.rdatatype
import dns.resolver
import dns.rrset

from vaern.config import settings


def resolver() -> dns.resolver.Resolver:
    cfg = settings()
    if not cfg.dns_nameserver:
        res = dns.resolver.Resolver()
    else:
        host, _, port = cfg.dns_nameserver.rpartition(":")
        res = dns.resolver.Resolver(configure=False)
        res.nameservers = [host or cfg.dns_nameserver]
        res.port = int(port) if host else 53
    res.lifetime = cfg.dns_timeout_seconds
    return res


def txt(name: str) -> list[str] | None:
    """TXT strings at ``name``; [] if none, None if the look-up failed (no answer at all)."""
    try:
        answer = resolver().resolve(name, "TXT")
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return []
    except dns.exception.DNSException:
        return None
    return [b"".join(r.strings).decode("utf-8", "replace") for r in answer]


def status(name: str, rdtype: str) -> str:
    """'found', 'nodata' (the name exists without this type), 'nxdomain' or 'error'."""
    try:
        resolver().resolve(name, rdtype)
    except dns.resolver.NXDOMAIN:
        return "nxdomain"
    except dns.resolver.NoAnswer:
        return "nodata"
    except dns.exception.DNSException:
        return "error"
    return "found"


def exists(name: str, rdtype: str) -> bool | None:
    """True/False, or None when the look-up failed."""
    answer = status(name, rdtype)
    return None if answer == "error" else answer == "found"


def _signed_answer(name: str, rdtype: str) -> tuple[dns.rrset.RRset, dns.rrset.RRset | None] | None:
    """The RRset at ``name`` and the RRSIGs over it (asked with the DNSSEC OK bit);
    None when there is no such RRset."""
    res = resolver()
    res.use_edns(0, dns.flags.DO, 1232)
    answer = res.resolve(name, rdtype, raise_on_no_answer=False)
    if answer.rrset is None:
        return None
    qname = dns.name.from_text(name)
    sigs = answer.response.get_rrset(
        answer.response.answer,
        qname,
        dns.rdataclass.IN,
        dns.rdatatype.RRSIG,
        dns.rdatatype.from_text(rdtype),
    )
    return answer.rrset, sigs


def dnssec_status(zone: str) -> tuple[str, str]:
    """How far the zone's DNSSEC holds: 'valid', 'unsigned', 'island' (signed but no DS
    at the parent), 'bogus' (a signature or DS that does not match) or 'error'.

    Checked here: the DNSKEY RRset's own signature (by a key in it, within its validity
    period) and that a DS published for the zone matches one of its keys. The parent's
    chain up to the root is a validating resolver's job."""
    try:
        keys = _signed_answer(zone, "DNSKEY")
        if keys is None:
            return "unsigned", "no DNSKEY at the zone apex"
        dnskeys, sigs = keys
        if sigs is None:
            return "bogus", "DNSKEY published without a signature"
        name = dns.name.from_text(zone)
        try:
            dns.dnssec.validate(dnskeys, sigs, {name: dnskeys})
        except dns.dnssec.ValidationFailure:
            return "bogus", "the DNSKEY signature does not validate (expired or wrong key)"
        ds = _signed_answer(zone, "DS")
    except dns.exception.DNSException:
        return "error", "look-up failed"
    if ds is None:
        return "island", "signed, but the parent zone has no DS record for it"
    for record in ds[0]:
        digest = dns.dnssec.DSDigest(record.digest_type)
        if any(dns.dnssec.make_ds(name, key, digest) == record for key in dnskeys):
            return "valid", "DS at the parent matches a signing key; DNSKEY signature valid"
    return "bogus", "the DS at the parent matches none of the zone's keys"
