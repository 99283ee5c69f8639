"""Server-side request forgery guard for webhooks: a URL is only called when every
address its host resolves to is public, and the request goes to the address that was
checked (so a name that re-resolves to an inside address between check and call — DNS
rebinding — is never reached). ``webhook_allow_private`` lifts the address check, not
the pinning, for tests with a loopback receiver."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit, urlunsplit

import dns.exception
import dns.resolver

from vaern.config import settings
from vaern.dnsquery import resolver
from vaern.errors import Invalid

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

EXPLANATION = {
    "da": "Webhooks sendes kun til offentlige internetadresser, aldrig til interne, lokale "
    "eller cloud-metadata-adresser.",
    "en": "Webhooks go only to public internet addresses, never to internal, local or "
    "cloud metadata addresses.",
}


class Refused(Invalid):
    """The URL's host is, or resolves to, an address webhooks may not reach."""


def is_public(ip: IPAddress) -> bool:
    """True for globally routable unicast addresses. Private, loopback, link-local
    (169.254.169.254 cloud metadata), shared (100.64/10, 100.100.100.200), unique-local
    (fd00:ec2::254), reserved, multicast and unspecified addresses are not; an IPv4
    address mapped or translated into IPv6 counts as the IPv4 address."""
    if isinstance(ip, ipaddress.IPv6Address):
        inner = ip.ipv4_mapped or ip.sixtofour
        # NAT64, and the deprecated IPv4-compatible form (::127.0.0.1, which Python counts
        # as global; some stacks still route it to the IPv4 address).
        embeds = ("64:ff9b::/96", "::/96")
        if inner is None and any(ip in ipaddress.IPv6Network(net) for net in embeds):
            inner = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if inner is not None:
            return is_public(inner)
    return ip.is_global and not ip.is_multicast


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address of ``host``: the literal itself, or A and AAAA records through the
    configured resolver (``dns_nameserver``), else the system resolver."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        if settings().dns_nameserver:
            res, found = resolver(), []  # the shared, configurable resolver
            for rdtype in ("A", "AAAA"):
                try:
                    found += [ipaddress.ip_address(r.to_text()) for r in res.resolve(host, rdtype)]
                except dns.resolver.NoAnswer:
                    continue
            return found
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
    except (OSError, UnicodeError, dns.exception.DNSException):
        return []


def check(url: str) -> tuple[str, IPAddress]:
    """The URL's host and the checked address to connect to; raises ``Refused``."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or len(url) > 500:
        raise Invalid("The webhook URL must be an http(s) URL.")
    if parts.username or parts.password:
        raise Invalid("The webhook URL must not hold a user name or password.")
    host = parts.hostname
    addresses = resolve(host, parts.port or (443 if parts.scheme == "https" else 80))
    if not addresses:
        raise Refused("The webhook host does not resolve.")
    if not settings().webhook_allow_private and not all(is_public(a) for a in addresses):
        raise Refused("The webhook URL points to a private, local or metadata address.")
    return host, addresses[0]


def pinned(url: str) -> tuple[str, dict[str, str], dict[str, str]]:
    """(URL with the checked address, extra headers, request extensions) to call ``url``
    at the address that was checked, with the original Host and TLS server name."""
    host, address = check(url)
    parts = urlsplit(url)
    literal = f"[{address}]" if address.version == 6 else str(address)
    netloc = literal + (f":{parts.port}" if parts.port else "")
    host_header = host + (f":{parts.port}" if parts.port else "")
    return (
        urlunsplit(parts._replace(netloc=netloc)),
        {"host": host_header},
        {"sni_hostname": host} if parts.scheme == "https" else {},
    )
