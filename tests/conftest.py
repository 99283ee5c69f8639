"""Test fixtures. Every database test runs on SQLite and on PostgreSQL.

PostgreSQL: a throwaway database is created for the run and dropped after it. With
``CI=true`` an unreachable server fails the run; elsewhere those tests are skipped.
Tests share one database per backend and never depend on its being empty: each
creates its own organisations and users with unique names.
"""

from __future__ import annotations

import itertools
import os
import secrets
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from vaern import config, db
from vaern.orgs import service as orgs
from vaern.orgs.models import Organisation, Role, User
from vaern.orgs.schemas import OrganisationCreate, TokenCreate, UserCreate

pytest_plugins = ["tests.loopback"]  # the receiver and smtp fixtures


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """``after_suite`` tests look at what every other test stored, so they run last."""
    last = [i for i in items if i.get_closest_marker("after_suite")]
    items[:] = [i for i in items if not i.get_closest_marker("after_suite")] + last


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashing() -> Iterator[None]:
    """Argon2 with its cheapest parameters: real hashing and verifying, a fraction of the
    CPU (the production parameters cost most of the suite's time in tenant fixtures).
    ``tests/orgs/test_passwords.py`` checks the production parameters themselves."""
    from argon2 import PasswordHasher, profiles

    from vaern import security

    production = security._hasher
    security._hasher = PasswordHasher.from_parameters(profiles.CHEAPEST)
    yield
    security._hasher = production


PG_ADMIN_URL = os.environ.get("VAERN_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
IN_CI = os.environ.get("CI", "").lower() == "true"
PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="session")
def var_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("var")


def _pg_reachable() -> str | None:
    try:
        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3):
            return None
    except psycopg.OperationalError as exc:
        return str(exc).splitlines()[0]


@pytest.fixture(scope="session")
def sqlite_url(var_dir: Path) -> str:
    url = f"sqlite:///{var_dir / 'test.db'}"
    config.configure(var_dir=var_dir, database_url=url)
    db.upgrade(url)
    return url


@pytest.fixture(scope="session")
def postgresql_url(var_dir: Path) -> Iterator[str]:
    problem = _pg_reachable()
    if problem:
        if IN_CI:
            pytest.fail(f"PostgreSQL is required in CI but unreachable: {problem}")
        pytest.skip(f"PostgreSQL not reachable at 127.0.0.1:5432 ({problem})")
    name = f"vaern_test_{secrets.token_hex(4)}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    url = f"{url}/{name}"
    config.configure(var_dir=var_dir, database_url=url)
    db.upgrade(url)
    yield url
    db.dispose_engines()
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    return str(request.getfixturevalue(f"{request.param}_url"))


@pytest.fixture
def settings(db_url: str, var_dir: Path) -> config.Settings:
    return config.configure(
        var_dir=var_dir, database_url=db_url, rate_limit="10000/minute", run_jobs=False
    )


@pytest.fixture
def session(settings: config.Settings) -> Iterator[db.Session]:
    with db.session_scope(settings.database_url) as s:
        yield s


_addresses = itertools.count(1)


@pytest.fixture
def app(settings: config.Settings) -> FastAPI:
    from vaern.app import create_app

    return create_app(settings)


def make_client(app: FastAPI) -> TestClient:
    """A client with its own made-up address, so per-address throttles don't collide."""
    n = next(_addresses)
    return TestClient(app, client=(f"test-{n}", 50000), follow_redirects=False)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with make_client(app) as c:
        yield c


def unique(prefix: str) -> str:
    """A fresh name. Letters only: random hex digits in a name ("org-ab20304050") can read as
    a phone or card number to the after-suite personal-data scan, about one run in a hundred."""
    return f"{prefix}-" + "".join(secrets.choice(string.ascii_lowercase) for _ in range(10))


@dataclass
class Tenant:
    org: Organisation
    admin: User
    agent: User
    token: str
    admin_email: str


@pytest.fixture
def make_tenant(settings: config.Settings) -> Callable[..., Tenant]:
    def factory(scopes: list[str] | None = None) -> Tenant:
        slug = unique("org")
        with db.session_scope(settings.database_url) as s:
            org = orgs.create_organisation(
                s, data=OrganisationCreate(slug=slug, name=f"Org {slug}")
            )
            admin = orgs.create_user(
                s,
                data=UserCreate(
                    email=f"admin-{slug}@example.com", password=PASSWORD, display_name="Admin"
                ),
            )
            agent = orgs.create_user(
                s,
                data=UserCreate(
                    email=f"agent-{slug}@example.com", password=PASSWORD, display_name="Agent"
                ),
            )
            orgs.set_role(s, organisation_id=org.id, user_id=admin.id, role=Role.admin)
            orgs.set_role(s, organisation_id=org.id, user_id=agent.id, role=Role.agent)
            token, _ = orgs.create_token(
                s,
                organisation_id=org.id,
                actor=None,
                data=TokenCreate(name="test", scopes=scopes or ["orgs:read", "tokens:admin"]),
            )
        return Tenant(org=org, admin=admin, agent=agent, token=token, admin_email=admin.email)

    return factory


@pytest.fixture
def tenant(make_tenant: Callable[..., Tenant]) -> Tenant:
    return make_tenant()


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def csrf_from(html: str) -> str:
    marker = 'name="csrf_token" value="'
    start = html.index(marker) + len(marker)
    return html[start : html.index('"', start)]


def login(client: TestClient, email: str, password: str = PASSWORD) -> None:
    page = client.get("/login")
    response = client.post(
        "/login",
        data={
            "email": email,
            "password": password,
            "csrf_token": csrf_from(page.text),
            "next": "/staff",
        },
    )
    assert response.status_code == 303, response.text
