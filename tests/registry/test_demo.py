from __future__ import annotations

from datetime import timedelta

from vaern import config, db
from vaern.db import utcnow
from vaern.demo import DEMO_ADDRESS, DEMO_SLUG, load_demo
from vaern.orgs import service as orgs
from vaern.outbound import service as outbound
from vaern.registry import service as registry
from vaern.registry.profiles import member_profiles
from vaern.warnings import service as warnings


def test_demo_has_channels_policy_and_outbound(settings: config.Settings) -> None:
    with db.session_scope(settings.database_url) as s:
        load_demo(s)
    with db.session_scope(settings.database_url) as s:
        org = orgs.get_organisation_by_slug(s, slug=DEMO_SLUG)
        [demo] = [p for p in member_profiles(s) if p.slug == DEMO_SLUG]
        assert demo.email_domains == ["demobank.example"]
        assert "demobank" in demo.sms_senders and demo.policy is not None
        found = outbound.lookup(
            s,
            organisation_id=org.id,
            recipient="+4520123401",
            channel="sms",
            around=utcnow() - timedelta(hours=8),
        )
        assert found.match == "recipient" and found.template_id == "card-delivery-v2"
        # Its published postal address is left in its own warning's advice.
        published = registry.published_addresses(s, organisation_id=org.id)
        assert published == {"havnegade|4||1058"}
        [warning] = warnings.list_warnings(s, organisation_id=org.id)
        assert DEMO_ADDRESS in warning.advice["da"] and DEMO_ADDRESS in warning.advice["en"]
