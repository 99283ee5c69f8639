"""Links in free text: scheme links, ``www.`` links and bare domains, with their host and
registrable domain (eTLD+1).

A bare domain counts when its suffix is on the public suffix list bundled with
tldextract (never fetched at run time), so no hand-kept TLD list decides. Defanged forms
(``hxxp://``, ``[.]``, ``(.)``, ``[dot]``) are read as the link they stand for; hosts in
Unicode are turned into punycode; IP literals are kept as they are; e-mail addresses are
not links.

Linear work: the tokens (whitespace-separated) that could hold a link are found in one
pass, with possessive runs anchored at a token's start, and each is judged on at most
``MAX_TOKEN`` characters with anchored patterns, so no pattern backtracks across the text
(the old pattern took 16.6 s for ``"1." * 5000``). At most ``MAX_TEXT`` characters are
read and ``MAX_LINKS`` links returned.
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qs, urlsplit

import tldextract

# The suffix list bundled with tldextract; never fetched at run time.
_TLD = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

MAX_TEXT = 100_000  # characters read for links (the check analyses no more either)
MAX_TOKEN = 2_048  # characters of one token judged: a longer one is judged on its start
MAX_LINKS = 50  # bounded work per message
MAX_HOST = 253  # DNS limit

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

# A whitespace-separated token with a "." or "/" (or a defanged "[dot]") in it: the only
# tokens a link can be in. It may start only where a token starts, and its runs are
# possessive, so the scan is one pass over the text whatever the text is.
_TOKEN = re.compile(r"(?<![^\s<>\"'`])[^\s<>\"'`./\[(]*+[./\[(][^\s<>\"'`]*+")
# Where a scheme or www. link starts inside a token ("Klik:https://…", "(www.…").
_START = re.compile(r"(?i)(?:h[tx]{2}ps?(?::|\[:\])//|www\.)")
_SCHEME = re.compile(r"(?i)^[a-z][a-z0-9+.-]{0,20}://")
_DEFANGED = r"\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)"
_DEFANGED_DOT = re.compile(rf"(?i){_DEFANGED}")
# A host as written, defanged dots included; its alternatives start with different
# characters, so the match is one pass.
_WRITTEN_HOST = re.compile(rf"(?i)(?:[\w.-]|{_DEFANGED})+")
_HOST = re.compile(r"[\w.-]+")  # a bare host, anchored at the token's start
_LABEL = re.compile(r"[^\W_](?:[\w-]{0,61}[^\W_])?")
_IPV4_PATH = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?/")
# Quotation marks either way round: Danish text quotes »like this«, German „like this“.
_LEADING = "([{«»“„‘\"'*"
_TRAILING = ".,;:!?)]}»«”“’\"'*"


@dataclass(frozen=True)
class Link:
    url: str
    host: str  # lower-case, punycode; the IP literal for an IP link
    domain: str  # registrable domain, or the IP literal
    start: int
    end: int
    text: str | None = None  # visible text of an HTML link
    is_ip: bool = False


@lru_cache(maxsize=8192)
def registrable(host: str) -> str:
    """The registrable domain (eTLD+1) of a host, or '' when there is none."""
    if len(host) > MAX_HOST:
        return ""
    parts = _TLD(host.lower().rstrip("."))
    return parts.top_domain_under_public_suffix or ""


@lru_cache(maxsize=8192)
def _suffix(host: str) -> str:
    """The public suffix of a host that has a registrable domain under it, else ''."""
    parts = _TLD(host)
    return parts.suffix if parts.suffix and parts.domain else ""


def refang(url: str) -> str:
    """``hxxps://evil[.]example`` -> ``https://evil.example``."""
    url = _DEFANGED_DOT.sub(".", url).replace("[:]", ":")
    return re.sub(r"(?i)^hxxp", "http", url)


def host_of(url: str) -> str:
    """The host of a link, lower-case, without user-info and port."""
    host = _authority(url).rsplit("@", 1)[-1]  # user-info trick: https://mitid.dk@evil.example
    if host.startswith("["):
        return host.split("]")[0].strip("[")
    return host.split(":")[0].lower().rstrip(".")


def _authority(url: str) -> str:
    """A link's user-info, host and port: what stands between the scheme and the path."""
    rest = _SCHEME.sub("", refang(url.strip())[:MAX_TOKEN])
    return re.split(r"[/?#\\]", rest, maxsplit=1)[0]


def user_info(url: str) -> str:
    """What stands before "@" in a link's authority (``https://mitid.dk@evil.example`` ->
    ``mitid.dk``), lower-case; "" when nothing does."""
    authority = _authority(url)
    return authority.rsplit("@", 1)[0].lower() if "@" in authority else ""


def _ascii(host: str) -> str:
    with contextlib.suppress(UnicodeError):
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    return host


def make_link(url: str, start: int, end: int, text: str | None = None) -> Link:
    """A Link for ``url`` found at ``start:end`` (or an HTML link's href, at -1)."""
    url = refang(url.rstrip(_TRAILING))
    host = host_of(url)
    # An IP literal starts with a digit (IPv4) or has a colon (IPv6): other hosts skip the
    # parse, which fails by raising (three exceptions a link).
    if host[:1].isdigit() or ":" in host:
        try:
            ipaddress.ip_address(host)
            return Link(url, host, host, start, end, text, is_ip=True)
        except ValueError:
            pass
    host = _ascii(host)
    return Link(url, host, registrable(host) or host, start, end, text)


def link_domain(url: str) -> str | None:
    """The host of a link as indicators key it: lower-case, punycode, without ``www.``."""
    host = host_of(url)
    if not host:
        return None
    return _ascii(host).removeprefix("www.") or None


def _bare_host(token: str) -> str | None:
    """The domain a token without scheme starts with, if it is one (``postnord-dk.shop/x``)."""
    if _IPV4_PATH.match(token):
        return token.split("/", 1)[0].split(":", 1)[0]
    m = _HOST.match(token)
    if m is None:
        return None
    host = m.group(0).rstrip(".-")
    rest = token[len(host) :]
    if rest[:1] == "@" or len(host) > MAX_HOST or "." not in host:
        return None  # an e-mail address, or no domain
    labels = host.split(".")
    if not all(_LABEL.fullmatch(label) for label in labels):
        return None
    suffix = _suffix(host.lower())
    if not suffix:
        return None
    if all(label.isdigit() for label in labels[: -len(suffix.split("."))]):
        return None  # a numbered list ("3.Se"), a decimal or a time, not a domain
    written = labels[-1]
    if written[:1].isupper() and not written.isupper():
        return None  # a sentence run on after a full stop ("dag.Se"), not a domain
    if suffix == "nr" and len(labels) == 2:
        return None  # "reg.nr.", "tlf.nr.", "kunde.nr.": Danish for "number", not Nauru
    return host


def _domain_as_user(token: str) -> bool:
    """A domain written as the user before "@" and a path after the host
    ("nordea.dk@kundeservice-nordea.net/opdater"): a link dressed as another, not an e-mail
    address, which has no path."""
    user, _, rest = token.partition("@")
    return "/" in rest and _bare_host(user.lstrip(_LEADING)) is not None


def _in_token(token: str) -> tuple[str, int] | None:
    """The link in one token and its offset within the token, if any."""
    token = token[:MAX_TOKEN]
    m = _START.search(token)
    if m is not None:
        return token[m.start() :].rstrip(_TRAILING), m.start()
    head = token.split("/", 1)[0]
    if "@" in head and not _domain_as_user(token):
        return None  # an e-mail address
    if ":" in head.split(".", 1)[0]:
        return None  # mailto:/tel: and the like
    lead = len(token) - len(token.lstrip(_LEADING))
    body = token[lead:]
    if "@" in head:  # a domain as the user: the host is what follows the "@"
        host = _bare_host(body.partition("@")[2])
        return (body.rstrip(_TRAILING), lead) if host else None
    written = _WRITTEN_HOST.match(body)
    if written is None or _bare_host(_DEFANGED_DOT.sub(".", body)) is None:
        return None
    if body[written.end() : written.end() + 1] not in ("/", "?", "#", ":"):
        body = written.group(0)  # "postnord.dk,og": the link ends with its host
    return body.rstrip(_TRAILING), lead


def links(text: str) -> list[Link]:
    """The links in ``text`` (its first ``MAX_TEXT`` characters), in order."""
    found: list[Link] = []
    for m in _TOKEN.finditer(text, 0, MAX_TEXT):
        token = m.group(0)
        if "/" not in token and "." not in token.rstrip(_TRAILING) and "dot" not in token:
            continue  # "kr.", "(se": no link
        if token.endswith(":") and not _START.search(token) and not text[: m.start()].strip():
            continue  # "Sundhed.dk: Du kan …": the sender's name as a label, not a link
        hit = _in_token(token)
        if hit is None:
            continue
        url, offset = hit
        start = m.start() + offset
        link = make_link(url, start, start + len(url))
        if not link.host:
            continue
        found.append(link)
        target = redirect_target(url)
        if target:
            found.append(make_link(target, start, start + len(url)))
        if len(found) >= MAX_LINKS:
            break
    return found[:MAX_LINKS]


# Query fields by which a redirector (google.com/url?q=, l.facebook.com/l.php?u=) names
# where it sends the reader.
_REDIRECT_FIELDS = ("q", "u", "url", "target", "dest", "destination", "redirect", "link")


def redirect_target(url: str) -> str | None:
    """The address a redirecting link forwards to, when its query names a whole one: a
    trusted name in front, the phishing page behind."""
    if "?" not in url:
        return None
    try:
        query = parse_qs(urlsplit(url).query)
    except ValueError:  # a malformed host ("http://[sti]/"): no address behind it either
        return None
    for field in _REDIRECT_FIELDS:
        for value in query.get(field, ()):
            if _START.match(value) and host_of(value):
                return value
    return None


def link_domains(text: str) -> list[str]:
    """The registrable domains of the links in ``text``, sorted (the outbound log's view)."""
    return sorted({lk.domain for lk in links(text) if lk.domain})


def link_hosts(text: str) -> list[str]:
    """The hosts of the links in ``text`` as indicators key them (see ``link_domain``)."""
    return sorted({d for d in (link_domain(lk.url) for lk in links(text)) if d})
