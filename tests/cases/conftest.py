"""A light tenant for case tests: no password hashing (login is tested in the page tests)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from tests.conftest import unique
from vaern import config, db
from vaern.orgs import service as orgs
from vaern.orgs.models import Membership, Organisation, Role, User
from vaern.orgs.schemas import TokenCreate


@dataclass
class Light:
    org: Organisation
    agent: User
    token: str


@pytest.fixture
def light_tenant(settings: config.Settings) -> Callable[..., Light]:
    def factory(scopes: list[str] | None = None) -> Light:
        slug = unique("case")
        with db.session_scope(settings.database_url) as s:
            org = Organisation(slug=slug, name=f"Org {slug}")
            agent = User(email=f"agent-{slug}@example.com", password_hash="!", display_name="A")
            s.add_all([org, agent])
            s.flush()
            s.add(Membership(user_id=agent.id, organisation_id=org.id, role=Role.agent.value))
            token, _ = orgs.create_token(
                s,
                organisation_id=org.id,
                actor=None,
                data=TokenCreate(name="t", scopes=scopes or ["cases:read", "cases:write"]),
            )
        return Light(org=org, agent=agent, token=token)

    return factory
