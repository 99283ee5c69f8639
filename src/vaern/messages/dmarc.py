"""The DMARC policy of an e-mail's From domain, through the configured resolver.

Bounded (at most two look-ups within ``LIFETIME`` seconds) and cached per resolver and
domain, so a check stays fast; when DNS cannot be reached the answer is ``None`` (unknown)
and the signals that need it stay silent. A resolver that failed is not asked again for
``TTL_FAILED`` seconds, so an unreachable DNS costs one time-out, not one per e-mail.
"""

from __future__ import annotations

import threading
import time
from typing import Literal

import dns.resolver

from vaern.config import settings
from vaern.dnsquery import resolver
from vaern.registry.posture import parse_tags

Policy = Literal["reject", "quarantine", "none", "missing"]
LIFETIME = 1.0  # seconds for all look-ups of one domain
TTL_ANSWER = 3600.0
TTL_FAILED = 60.0
MAX_ENTRIES = 10_000

_cache: dict[tuple[str, str], tuple[float, Policy]] = {}
_down_until: dict[str, float] = {}  # resolver -> when to try it again
_lock = threading.Lock()


def _records(res: dns.resolver.Resolver, name: str, deadline: float) -> list[str] | None:
    """DMARC records at ``name``; [] when there are none, None when the look-up failed."""
    res.lifetime = max(0.05, deadline - time.monotonic())
    try:
        answer = res.resolve(name, "TXT")
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return []
    except Exception:  # timeout, refused, no network at all: unknown, never a crash
        return None
    texts = (b"".join(r.strings).decode("utf-8", "replace") for r in answer)
    return [t for t in texts if t.replace(" ", "").lower().startswith("v=dmarc1")]


def _lookup(domain: str, organisational: str, timeout: float) -> Policy | None:
    """RFC 7489 § 6.6.3: the From domain's record, else the organisational domain's
    (whose ``sp=`` then applies). Not exactly one record counts as no DMARC."""
    res = resolver()
    deadline = time.monotonic() + min(res.lifetime, timeout)
    records = _records(res, f"_dmarc.{domain}", deadline)
    inherited = False
    if records == [] and organisational and organisational != domain:
        records = _records(res, f"_dmarc.{organisational}", deadline)
        inherited = True
    if records is None:
        return None
    if len(records) != 1:
        return "missing"
    tags = parse_tags(records[0])
    value = ((tags.get("sp") if inherited else None) or tags.get("p", "")).lower()
    if value == "reject":
        return "reject"
    if value == "quarantine":
        return "quarantine"
    return "none"  # p=none, or a value DMARC does not define


def policy(domain: str, organisational: str = "", *, timeout: float = LIFETIME) -> Policy | None:
    """``reject``/``quarantine``/``none``/``missing`` for ``domain``, or None if unknown.
    ``timeout`` (at most ``LIFETIME``) is what the caller's own deadline leaves."""
    timeout = min(timeout, LIFETIME)
    domain = domain.lower().strip(".")
    if not domain:
        return None
    server = settings().dns_nameserver
    key = (server, domain)
    now = time.monotonic()
    with _lock:
        cached = _cache.get(key)
        if _down_until.get(server, 0.0) > now:
            return None
    if cached is not None and cached[0] > now:
        return cached[1]
    if timeout <= 0:
        return None
    found = _lookup(domain, organisational.lower(), timeout)
    with _lock:
        if found is None:
            if timeout >= LIFETIME:  # not when it was the caller's deadline that ran out
                _down_until[server] = now + TTL_FAILED
            return None
        if len(_cache) >= MAX_ENTRIES:
            _cache.clear()
        _cache[key] = (now + TTL_ANSWER, found)
    return found
