"""Extraction: links and registrable domains, phone numbers, amounts, brand mentions."""

from __future__ import annotations

import contextlib
import ipaddress
import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
import tldextract

# The suffix list bundled with tldextract; never fetched at run time.
_TLD = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

MAX_LINKS = 50  # bounded work per message
URL = re.compile(
    r"(?i)\b(?:(?:https?://|www\.)[^\s<>\"']+|"
    r"(?:[a-z0-9æøå](?:[a-z0-9æøå-]{0,62}[a-z0-9æøå])?\.)+"
    r"(?:dk|com|net|org|eu|info|online|app|io|co|me|xyz|top|link|site|live|shop|cc|ly|gl|"
    r"se|no|de|uk|nu|as|icu|vip|club|tk|ml|ga|cf|gq|ru|cn)(?:/[^\s<>\"']*)?)"
)
AMOUNT = re.compile(
    r"(?i)(?:(?:dkk|kr\.?|€|eur|\$|£)\s?\d[\d.,]*|\d[\d.,]*\s?(?:kr\.?|kroner|dkk|eur|euro|€|£))"
)
SHORTENERS = frozenset(
    {
        "bit.ly",
        "tinyurl.com",
        "t.co",
        "goo.gl",
        "ow.ly",
        "is.gd",
        "buff.ly",
        "cutt.ly",
        "rebrand.ly",
        "t.ly",
        "shorturl.at",
        "rb.gy",
        "tiny.cc",
        "s.id",
        "lnkd.in",
        "qrco.de",
        "bl.ink",
        "short.io",
        "v.gd",
    }
)


@dataclass(frozen=True)
class Link:
    url: str
    host: str
    domain: str  # registrable domain, or the IP literal
    start: int
    end: int
    text: str | None = None  # visible text of an HTML link
    is_ip: bool = False


@lru_cache(maxsize=8192)
def registrable(host: str) -> str:
    """The registrable domain (eTLD+1) of a host, or '' when there is none."""
    parts = _TLD(host.lower().rstrip("."))
    return parts.top_domain_under_public_suffix or ""


def host_of(url: str) -> str:
    rest = re.sub(r"(?i)^[a-z][a-z0-9+.-]*://", "", url.strip())
    host = re.split(r"[/?#]", rest, maxsplit=1)[0]
    host = host.rsplit("@", 1)[-1]  # user-info trick: https://mitid.dk@evil.example
    if host.startswith("["):
        return host.split("]")[0].strip("[")
    return host.split(":")[0].lower().rstrip(".")


def make_link(url: str, start: int, end: int, text: str | None = None) -> Link:
    url = url.rstrip(".,;:!?)")
    host = host_of(url)
    try:
        ipaddress.ip_address(host)
        return Link(url, host, host, start, start + len(url), text, is_ip=True)
    except ValueError:
        pass
    with contextlib.suppress(UnicodeError):
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    return Link(url, host, registrable(host) or host, start, start + len(url), text)


def links(text: str) -> list[Link]:
    found = []
    for m in URL.finditer(text):
        if "@" in m.group(0) and "/" not in m.group(0):
            continue  # an e-mail address, not a link
        found.append(make_link(m.group(0), m.start(), m.end()))
        if len(found) >= MAX_LINKS:
            break
    return found


@dataclass(frozen=True)
class Phone:
    e164: str
    start: int
    end: int


def phones(text: str) -> list[Phone]:
    out = []
    for m in phonenumbers.PhoneNumberMatcher(text[:20000], "DK", max_tries=50):
        out.append(
            Phone(
                phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164),
                m.start,
                m.end,
            )
        )
    return out


def normalise_phone(raw: str) -> str | None:
    """E.164 for a number (Danish by default), None for alphanumeric sender IDs."""
    if not re.search(r"\d{3}", raw or ""):
        return None
    try:
        number = phonenumbers.parse(raw, "DK")
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def amounts(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in AMOUNT.finditer(text)]
