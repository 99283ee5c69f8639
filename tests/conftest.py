"""Test fixtures. Every database test runs on SQLite and on PostgreSQL.

PostgreSQL: a throwaway database is created for the run and dropped after it. With
``CI=true`` an unreachable server fails the run; elsewhere those tests are skipped.
Tests share one database per backend and never depend on its being empty: each
creates its own organisations and users with unique names.

``make test`` runs the suite in two processes (pytest-xdist, ``-n 2``). Each process has
databases of its own (``vaern_test_<run>_<worker>``, ``<worker>/…/vaern-suite.db``), kept
until the whole run ends, so that the ``after_suite`` tests, sent last to the one process
still running (tests/parallel.py), scan what every process stored.
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

pytest_plugins = ["tests.loopback", "tests.parallel"]  # receiver, smtp; after_suite order

# One id for the whole run: set by the first process, inherited by pytest-xdist's workers.
RUN = os.environ.setdefault("VAERN_TEST_RUN", secrets.token_hex(4))
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
SQLITE_NAME = "vaern-suite.db"


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


@pytest.fixture(scope="session", autouse=True)
def few_idle_connections() -> Iterator[None]:
    """Each engine of a test process keeps at most 4 idle connections (production: 10),
    with the same 50 at once. Both processes of ``make test``, the ``vaern serve`` that
    tests/web/test_load_serving.py sends 50 requests at once, and other runs share the
    server's 100 connections: with 10 idle per engine it refused some ("too many clients
    already", a 500)."""
    production = db._POOL_LIMITS
    db._POOL_LIMITS = {"pool_size": 4, "max_overflow": 46}
    yield
    db._POOL_LIMITS = production


@pytest.fixture(autouse=True)
def settings_end_with_the_test(sqlite_url: str) -> Iterator[None]:
    """What a test configures, or changes in the settings it got, ends with it: between
    tests the process-wide settings are the run's SQLite database (``sqlite_url``) or what
    a session fixture configured. A test that reads them without the ``settings`` fixture
    saw the last test's, so its outcome hung on which tests its process ran before it (a
    picture budget of 1e-9 s left by tests/messages/test_budget.py skipped another test's
    QR code)."""
    before = config._current
    yield
    config._current = before


PG_ADMIN_URL = os.environ.get("VAERN_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
IN_CI = os.environ.get("CI", "").lower() == "true"
PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="session")
def var_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("var")


def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The run's temporary folder: a worker's own folder is inside the first process's."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if WORKER != "main" else base


def _pg_url(name: str) -> str:
    url = PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    return f"{url}/{name}"


def _pg_run_databases() -> list[str]:
    """The names of this run's PostgreSQL databases, one per process."""
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT datname FROM pg_database WHERE starts_with(datname, %s) ORDER BY datname",
            (f"vaern_test_{RUN}_",),
        ).fetchall()
    return [str(name) for (name,) in rows]


@pytest.fixture(scope="session")
def run_databases(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], list[str]]:
    """Every process's database of the backend of a URL in this run (the URL's own alone
    without pytest-xdist)."""

    def urls(url: str) -> list[str]:
        if url.startswith("sqlite"):
            found = sorted(run_dir(tmp_path_factory).glob(f"**/{SQLITE_NAME}"))
            return [f"sqlite:///{path}" for path in found]
        return [_pg_url(name) for name in _pg_run_databases()]

    return urls


def pytest_unconfigure(config: pytest.Config) -> None:
    """The first process drops the run's PostgreSQL databases once every worker is done."""
    if WORKER != "main" or _pg_reachable():
        return
    db.dispose_engines()
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        for name in _pg_run_databases():
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _pg_reachable() -> str | None:
    try:
        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3):
            return None
    except psycopg.OperationalError as exc:
        return str(exc).splitlines()[0]


@pytest.fixture(scope="session")
def sqlite_url(var_dir: Path) -> str:
    url = f"sqlite:///{var_dir / SQLITE_NAME}"
    config.configure(var_dir=var_dir, database_url=url)
    db.upgrade(url)
    return url


@pytest.fixture(scope="session")
def postgresql_url(var_dir: Path) -> Iterator[str]:
    """This process's database, dropped by ``pytest_unconfigure`` of the first process."""
    problem = _pg_reachable()
    if problem:
        if IN_CI:
            pytest.fail(f"PostgreSQL is required in CI but unreachable: {problem}")
        pytest.skip(f"PostgreSQL not reachable at 127.0.0.1:5432 ({problem})")
    name = f"vaern_test_{RUN}_{WORKER}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = _pg_url(name)
    config.configure(var_dir=var_dir, database_url=url)
    db.upgrade(url)
    yield url
    db.dispose_engines()


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
