"""A member organisation's own channels and policy drive the check (messages/flows.py)."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from tests.conftest import Tenant
from tests.outbound.conftest import token_principal
from vaern import config, db
from vaern.registry import service as registry
from vaern.registry.schemas import ChannelCreate, Policy


def test_member_policy_never_links_makes_a_link_sms_a_policy_violation(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    t = make_tenant(scopes=["channels:write"])
    with db.session_scope(settings.database_url) as s:
        p = token_principal(t)
        registry.add_channel(
            s, principal=p, data=ChannelCreate(kind="sms_sender", value="Fjordbank")
        )
        registry.set_policy(s, principal=p, policy=Policy(links="never", calls="never"))
    # Name the organisation the way the tenant is called, so the check can find it.
    text = f"{t.org.name}: din konto er spærret. Log ind på https://fjord-sikker.example.net/x"
    body = client.post(
        "/api/v1/check", json={"text": text, "channel": "sms", "sender": "Fjordbank"}
    ).json()
    codes = [r["code"] for r in body["reasons"]]
    assert body["claimed_organisation"] == t.org.name
    assert "policy_link" in codes
    assert body["verdict"] in ("scam", "suspicious")
