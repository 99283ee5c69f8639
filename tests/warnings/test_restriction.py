"""A subscriber whose processing is restricted (GDPR art. 18) gets no warning e-mails
until the restriction is lifted; other subscribers still do."""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant
from tests.warnings.helpers import publish_warning
from vaern import db
from vaern.config import Settings
from vaern.dpo import requests
from vaern.orgs.models import Organisation
from vaern.warnings import push
from vaern.warnings.models import Delivery, EmailSubscription

RESTRICTED, OTHER = "begraenset@example.com", "anden@example.com"


def _mailed(settings: Settings, org_id: object) -> list[str]:
    """The subscribers' indexes that have a warning e-mail queued, in order."""
    with db.session_scope(settings.database_url) as s:
        return list(
            s.scalars(
                sa.select(EmailSubscription.email_index)
                .join(Delivery, Delivery.subscription_id == EmailSubscription.id)
                .where(Delivery.organisation_id == org_id, Delivery.kind == "email")
                .order_by(Delivery.created_at)
            )
        )


def test_a_restricted_subscriber_gets_no_warnings_until_lifted(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    t = make_tenant(scopes=["warnings:write"])
    with db.session_scope(settings.database_url) as s:
        org = s.get_one(Organisation, t.org.id)
        for email in (RESTRICTED, OTHER):
            push.subscribe_email(s, organisation=org, email=email)
        for sub in s.scalars(
            sa.select(EmailSubscription).where(EmailSubscription.organisation_id == org.id)
        ):
            sub.status = "confirmed"  # the double opt-in is tested in test_push.py
        indexes = {
            e: s.scalar(
                sa.select(EmailSubscription.email_index).where(
                    EmailSubscription.organisation_id == org.id,
                    EmailSubscription.email_index
                    == push.vault.blind_index("email", e, organisation_id=org.id),
                )
            )
            for e in (RESTRICTED, OTHER)
        }
        r = requests.create_request(
            s, organisation_id=org.id, kind="restriction", identifiers={"email": RESTRICTED}
        )
        requests.transition(s, organisation_id=org.id, request_id=r.id, status="verified")
        requests.restrict(s, organisation_id=org.id, request_id=r.id)
    publish_warning(client, t.token, title={"da": "Under begrænsning", "en": "Restricted"})
    assert _mailed(settings, t.org.id) == [indexes[OTHER]]
    with db.session_scope(settings.database_url) as s:
        requests.lift_restriction(
            s, organisation_id=t.org.id, subject_id=r.subject_id, reason="Samtykke"
        )
    publish_warning(client, t.token, title={"da": "Efter ophævelse", "en": "Lifted"})
    assert sorted(_mailed(settings, t.org.id)[1:]) == sorted(indexes.values())
