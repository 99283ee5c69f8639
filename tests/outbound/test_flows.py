"""Cases ask the outbound log "did we contact this customer?" (``contact_lookup``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from tests.conftest import Tenant
from tests.outbound.conftest import token_principal
from tests.outbound.test_service import item
from vaern import config, db
from vaern.cases import flows as case_flows
from vaern.cases import service as cases
from vaern.db import utcnow
from vaern.orgs import service as orgs
from vaern.outbound import service as outbound
from vaern.privacy.subjects import record_subject


def test_did_we_contact_uses_the_outbound_log(
    sender_tenant: Callable[[], Tenant], settings: config.Settings
) -> None:
    t, other = sender_tenant(), sender_tenant()
    with db.session_scope(settings.database_url) as s:
        outbound.ingest(
            s,
            principal=token_principal(t),
            items=[item("c1", sent_at=utcnow() - timedelta(days=2))],
        )

    def ask(tenant: Tenant) -> dict[str, Any]:
        with db.session_scope(settings.database_url) as s:
            subject = record_subject(
                s, organisation_id=tenant.org.id, identifiers={"phone": "20 30 40 50"}
            )
            case = cases.open_case(
                s,
                organisation_id=tenant.org.id,
                case_type="impersonation_call",
                source="phone",
                title="Did the bank call?",
            )
            case.subject_id = subject.id
            org = orgs.get_organisation(s, organisation_id=tenant.org.id)
            principal = orgs.principal_for_user(s, user=tenant.agent, organisation=org)
            return case_flows.did_we_contact(s, principal=principal, case_id=case.id)

    mine = ask(t)
    assert mine["contacted"] is True and mine["details"][0]["channel"] == "sms"
    # What matched is kept on the case (channel, time, sender), never the customer's number.
    assert [f["channel"] for f in mine["found"]] == ["sms"] and mine["found"][0]["sender"]
    assert "20304050" not in str(mine["found"]) and mine["found"][0]["sent_at"]
    # Another organisation's log never answers for this one.
    assert ask(other)["contacted"] is False
