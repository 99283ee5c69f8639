"""One limit for anonymous reports, whichever way they come (API or mail): stricter than
the general API limit, counted per client or sending mailbox pseudonym."""

from __future__ import annotations

from limits import parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

REPORT_LIMIT = parse("20/minute")
_limiters: dict[str, MovingWindowRateLimiter] = {}


def allow(storage_uri: str, key: str) -> bool:
    """Count one report for ``key``; False once the limit is reached."""
    limiter = _limiters.setdefault(
        storage_uri, MovingWindowRateLimiter(storage_from_string(storage_uri))
    )
    return limiter.hit(REPORT_LIMIT, "report:" + key)
