"""DNS look-ups through the configured resolver (a loopback server in tests)."""

from __future__ import annotations

import dns.exception
import dns.resolver

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
