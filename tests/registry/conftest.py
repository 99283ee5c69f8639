from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.dnsserver import LoopbackDNS
from vaern import config


@pytest.fixture(scope="session")
def dns_server() -> Iterator[LoopbackDNS]:
    server = LoopbackDNS().start()
    yield server
    server.stop()


@pytest.fixture
def dns(dns_server: LoopbackDNS, settings: config.Settings) -> LoopbackDNS:
    """The loopback server, with the resolver of the current settings pointed at it."""
    settings.dns_nameserver = dns_server.address
    settings.dns_timeout_seconds = 2.0
    return dns_server
