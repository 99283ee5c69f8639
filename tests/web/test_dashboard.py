"""The organisation's dashboard lists what needs attention, from every domain, per tenant."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.cases.test_pages import open_case
from tests.conftest import Tenant, login
from vaern import db
from vaern.cases.models import Case
from vaern.config import Settings
from vaern.db import utcnow
from vaern.registry.models import LookalikeDomain


def _attention(client: TestClient, tenant: Tenant) -> dict[str, int]:
    page = client.get(f"/staff/{tenant.org.slug}", headers={"accept-language": "en"})
    assert page.status_code == 200
    return {
        label.strip(): int(count)
        for count, label in re.findall(r"<strong>(\d+)</strong>([^<]+)</a>", page.text)
    }


def test_dashboard_counts_new_lookalikes_and_overdue_cases_per_tenant(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    mine, theirs = make_tenant(), make_tenant()
    login(client, mine.admin_email)
    assert _attention(client, mine) == {}
    assert (
        "Nothing needs attention"
        in client.get(f"/staff/{mine.org.slug}", headers={"accept-language": "en"}).text
    )

    now = utcnow()
    with db.session_scope(settings.database_url) as s:
        for name, seen in (("new-a", now), ("new-b", now - timedelta(days=2))):
            s.add(_lookalike(mine.org.id, f"{name}.dk", seen))
        s.add(_lookalike(mine.org.id, "old.dk", now - timedelta(days=30)))
        s.add(_lookalike(theirs.org.id, "theirs.dk", now))
    case_id = uuid.UUID(open_case(client, mine).rsplit("/", 1)[1])
    assert _attention(client, mine) == {"new lookalike domains (last 7 days)": 2}

    with db.session_scope(settings.database_url) as s:
        s.execute(
            sa.update(Case).where(Case.id == case_id).values(next_due_at=now - timedelta(hours=1))
        )
    assert _attention(client, mine) == {
        "new lookalike domains (last 7 days)": 2,
        "cases past a deadline": 1,
    }


def _lookalike(org: uuid.UUID, domain: str, seen: datetime) -> LookalikeDomain:
    return LookalikeDomain(
        organisation_id=org,
        domain=domain,
        of_domain="example.dk",
        fuzzer="addition",
        records=["A"],
        first_seen=seen,
        last_seen=seen,
    )
