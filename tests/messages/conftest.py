"""The loopback DNS server of the registry tests, reused for the DMARC look-up."""

from tests.registry.conftest import dns, dns_server

__all__ = ["dns", "dns_server"]
