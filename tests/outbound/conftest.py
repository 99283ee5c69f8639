from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Tenant
from vaern import config, db
from vaern.orgs.access import Principal
from vaern.registry import service as registry
from vaern.registry.schemas import ChannelCreate

SCOPES = ["outbound:write", "outbound:read"]


def token_principal(t: Tenant) -> Principal:
    return Principal(
        kind="token", id=t.admin.id, organisation_id=t.org.id, scopes=frozenset(SCOPES)
    )


@pytest.fixture
def sender_tenant(
    make_tenant: Callable[..., Tenant], settings: config.Settings
) -> Callable[[], Tenant]:
    """A tenant with an SMS sender, a phone number, an e-mail domain and a partner's sender."""

    def factory() -> Tenant:
        t = make_tenant(scopes=SCOPES)
        with db.session_scope(settings.database_url) as s:
            p = token_principal(t)
            for kind, value, partner in [
                ("sms_sender", "DemoBank", None),
                ("phone", "+4570101010", None),
                ("email_domain", "demobank.example", None),
                ("sms_sender", "Tele Sales", "Sales Partner ApS"),
            ]:
                registry.add_channel(
                    s,
                    principal=p,
                    data=ChannelCreate(kind=kind, value=value, partner=partner),  # type: ignore[arg-type]
                )
        return t

    return factory
