from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from tests.conftest import Tenant
from tests.dnsserver import LoopbackDNS
from vaern import config, db
from vaern.db import utcnow
from vaern.errors import Conflict, Forbidden, Invalid, NotFound
from vaern.orgs.access import Principal
from vaern.orgs.models import Role
from vaern.registry import service
from vaern.registry.profiles import member_profiles
from vaern.registry.schemas import ChannelCreate, Policy


def admin(t: Tenant) -> Principal:
    return Principal(kind="user", id=t.admin.id, organisation_id=t.org.id, role=Role.admin)


def test_domain_verification_against_loopback_dns(
    dns: LoopbackDNS, make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    t = make_tenant()
    domain = f"{t.org.slug}.example.dk"
    with db.session_scope(settings.database_url) as s:
        channel = service.add_channel(
            s, principal=admin(t), data=ChannelCreate(kind="email_domain", value=domain.upper())
        )
        assert channel.value == domain
        dns.add(domain, "TXT", '"v=spf1 -all"')
        with pytest.raises(Invalid, match="No TXT record 'vaern-verification="):
            service.verify_channel(s, principal=admin(t), channel_id=channel.id)
        assert service.channel_read(channel).verified is False
        dns.add(domain, "TXT", f'"vaern-verification={channel.verification_token}"')
        service.verify_channel(s, principal=admin(t), channel_id=channel.id)
        assert service.channel_read(channel).verified is True
        assert service.channel_read(channel).verification_record is None


def test_unknown_domain_is_not_verified(
    dns: LoopbackDNS, make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    t = make_tenant()
    with db.session_scope(settings.database_url) as s:
        channel = service.add_channel(
            s, principal=admin(t), data=ChannelCreate(kind="web_domain", value="nowhere.example.dk")
        )
        with pytest.raises(Invalid):
            service.verify_channel(s, principal=admin(t), channel_id=channel.id)


def test_channels_conflict_and_isolation(
    make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    a, b = make_tenant(), make_tenant()
    with db.session_scope(settings.database_url) as s:
        ch = service.add_channel(
            s, principal=admin(a), data=ChannelCreate(kind="sms_sender", value="DemoBank")
        )
        with pytest.raises(Conflict):
            service.add_channel(
                s, principal=admin(a), data=ChannelCreate(kind="sms_sender", value="demobank ")
            )
        with pytest.raises(NotFound):
            service.delete_channel(s, principal=admin(b), channel_id=ch.id)
        agent = Principal(kind="user", id=a.agent.id, organisation_id=a.org.id, role=Role.agent)
        with pytest.raises(Forbidden):
            service.delete_channel(s, principal=agent, channel_id=ch.id)


def test_policy_versions_and_policy_at(
    make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    t = make_tenant()
    t0 = utcnow() - timedelta(days=10)
    with db.session_scope(settings.database_url) as s:
        assert service.policy_at(s, t.org.id, utcnow()) is None
        v1 = service.set_policy(s, principal=admin(t), policy=Policy(links="yes"), now=t0)
        v2 = service.set_policy(
            s, principal=admin(t), policy=Policy(links="never"), now=t0 + timedelta(days=5)
        )
        assert (v1.version, v2.version) == (1, 2)
        assert v2.created_by == f"user:{t.admin.id}"
        at = service.policy_at(s, t.org.id, t0 + timedelta(days=1))
        assert at is not None and at.policy["links"] == "yes"
        now = service.policy_at(s, t.org.id, utcnow())
        assert now is not None and now.version == 2
        assert service.policy_at(s, t.org.id, t0 - timedelta(days=1)) is None


def test_member_profiles(
    dns: LoopbackDNS, make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    t = make_tenant()
    domain = f"{t.org.slug}.example.dk"
    with db.session_scope(settings.database_url) as s:
        p = admin(t)
        verified = service.add_channel(
            s, principal=p, data=ChannelCreate(kind="email_domain", value=domain)
        )
        dns.add(domain, "TXT", f'"vaern-verification={verified.verification_token}"')
        service.verify_channel(s, principal=p, channel_id=verified.id)
        service.add_channel(
            s, principal=p, data=ChannelCreate(kind="web_domain", value="unverified.example.dk")
        )
        service.add_channel(s, principal=p, data=ChannelCreate(kind="sms_sender", value="DemoBank"))
        service.add_channel(s, principal=p, data=ChannelCreate(kind="phone", value="70101010"))
        service.set_policy(
            s, principal=p, policy=Policy(links="never", calls="never", asks_for=["cpr"])
        )
    with db.session_scope(settings.database_url) as s:
        [mine] = [m for m in member_profiles(s) if m.organisation_id == t.org.id]
    assert mine.slug == t.org.slug
    assert mine.email_domains == [domain]
    assert mine.web_domains == []
    assert mine.domains == {domain: True, "unverified.example.dk": False}
    assert mine.sms_senders == ["demobank"]
    assert mine.phones == ["+4570101010"]
    assert mine.policy is not None and mine.policy.links == "never"
    assert mine.policy.asks_for == ["cpr"] and mine.policy_version == 1
