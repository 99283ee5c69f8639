"""Webhook SSRF guard: inside addresses are refused at registration and again at every
delivery, so a name that re-resolves to loopback later (DNS rebinding) is never called."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth, unique
from tests.dnsserver import LoopbackDNS
from tests.loopback import Receiver
from tests.registry.conftest import dns, dns_server  # noqa: F401  (fixtures)
from tests.warnings.helpers import publish_warning
from vaern import db, delivery, egress
from vaern.config import Settings
from vaern.warnings import push
from vaern.webhooks.models import WebhookDelivery


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",  # cloud metadata
        "100.100.100.200",  # Alibaba metadata, shared address space
        "0.0.0.0",  # noqa: S104
        "224.0.0.1",
        "::1",
        "fe80::1",
        "fd00:ec2::254",  # AWS metadata over IPv6
        "::ffff:127.0.0.1",
        "64:ff9b::a9fe:a9fe",  # NAT64 of 169.254.169.254
        "2002:7f00:1::1",  # 6to4 of 127.0.0.1
        "::127.0.0.1",  # IPv4-compatible form, "global" to Python
        "::a9fe:a9fe",  # the same for 169.254.169.254
    ],
)
def test_inside_addresses_are_not_public(address: str) -> None:
    assert egress.is_public(ipaddress.ip_address(address)) is False


@pytest.mark.parametrize("address", ["1.1.1.1", "93.184.215.14", "2606:4700:4700::1111"])
def test_public_addresses_are(address: str) -> None:
    assert egress.is_public(ipaddress.ip_address(address)) is True


def test_explanation_is_bilingual() -> None:
    assert set(egress.EXPLANATION) == {"da", "en"} and all(egress.EXPLANATION.values())


def test_registration_refuses_inside_addresses(
    client: TestClient,
    make_tenant: Callable[..., Tenant],
    dns: LoopbackDNS,  # noqa: F811
) -> None:
    t = make_tenant(scopes=["warnings:write"])
    dns.add("intern.hooks.test", "A", "10.0.0.5")
    dns.add("mixed.hooks.test", "A", "93.184.215.14")
    dns.add("mixed.hooks.test", "AAAA", "::1")
    dns.add("partner.hooks.test", "A", "93.184.215.14")
    for url in (
        "http://127.0.0.1:8080/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/hook",
        "http://[::ffff:10.0.0.1]/hook",
        "http://[::127.0.0.1]/hook",
        "https://intern.hooks.test/hook",
        "https://mixed.hooks.test/hook",  # one inside address is enough to refuse
        "https://nowhere.hooks.test/hook",  # does not resolve
        "https://user:pw@partner.hooks.test/hook",
    ):
        r = client.post("/api/v1/warnings/webhooks", headers=auth(t.token), json={"url": url})
        assert r.status_code == 422, url
        assert r.headers["content-type"] == "application/problem+json"
    ok = client.post(
        "/api/v1/warnings/webhooks",
        headers=auth(t.token),
        json={"url": "https://partner.hooks.test/hook"},
    )
    assert ok.status_code == 201
    listed = client.get("/api/v1/warnings/webhooks", headers=auth(t.token))
    assert [h["url"] for h in listed.json()] == ["https://partner.hooks.test/hook"]


def test_delivery_is_pinned_to_the_checked_address(dns: LoopbackDNS) -> None:  # noqa: F811
    dns.add("pinned.hooks.test", "A", "93.184.215.14")
    url, headers, extensions = egress.pinned("https://pinned.hooks.test:8443/h?x=1")
    assert url == "https://93.184.215.14:8443/h?x=1"
    assert headers == {"host": "pinned.hooks.test:8443"}
    assert extensions == {"sni_hostname": "pinned.hooks.test"}


def test_dns_rebinding_is_refused_at_delivery(
    client: TestClient,
    make_tenant: Callable[..., Tenant],
    settings: Settings,
    dns: LoopbackDNS,  # noqa: F811
    receiver: Receiver,
) -> None:
    settings.webhook_allow_private = False
    t = make_tenant(scopes=["warnings:write"])
    port = receiver.server.server_address[1]
    name = f"{unique('rebind')}.hooks.test"
    dns.add(name, "A", "93.184.215.14")  # public when registered
    url = f"http://{name}:{port}/hook"
    hook = client.post("/api/v1/warnings/webhooks", headers=auth(t.token), json={"url": url})
    assert hook.status_code == 201
    dns.records[(f"{name}.", "A")] = ["127.0.0.1"]  # now it points inside
    publish_warning(client, t.token)
    with db.session_scope(settings.database_url) as s:
        push.deliver_due(s)
    assert receiver.requests == []
    with db.session_scope(settings.database_url) as s:
        d = s.scalar(
            sa.select(WebhookDelivery).where(
                WebhookDelivery.organisation_id == t.org.id, WebhookDelivery.topic == "warnings"
            )
        )
        assert d is not None and d.status == "pending"
        assert d.last_result is not None and d.last_result.startswith("Refused:")
    # The same name and receiver are reached once the test switch allows loopback:
    # it was the guard, not the network, that stopped the call.
    settings.webhook_allow_private = True
    with db.session_scope(settings.database_url) as s:
        push.deliver_due(s, now=db.utcnow() + delivery.BASE_BACKOFF * 2)
    assert len(receiver.requests) == 1
    assert receiver.requests[0][0]["host"] == f"{name}:{port}"
