"""A real server while its database is down (issue 17, low item): the public check answers
from what the process keeps, the feeds from their last copy, /healthz says ``degraded``,
and whatever needs the database answers 503 with Retry-After, never 500.

Real outages, no stand-ins: a PostgreSQL database that stops taking connections and has
every connection terminated (then comes back), and an SQLite file that cannot be read.
"""

from __future__ import annotations

import http.client
import json
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest

from tests.conftest import PG_ADMIN_URL, _pg_reachable, auth, unique
from tests.live import request, serving
from tests.warnings.helpers import warning_body
from vaern import config, db
from vaern.orgs import service as orgs
from vaern.orgs.schemas import OrganisationCreate, TokenCreate

pytestmark = pytest.mark.long

SCAM = {
    "text": "Din pakke venter. Betal gebyret her https://pakke-gebyr.example.net/x",
    "sender": "PostNrd",
}
EVENT = {
    "event_id": "outage-1",
    "type": "login",
    "channel": "netbank",
    "occurred_at": "2026-11-02T08:00:00+00:00",
    "account_id": "acc-1",
}
REPORT = {
    "organisation": "postnord",
    "text": "Betal gebyret her",
    "channel": "sms",
    "consent": True,
}


def _call(
    port: int,
    method: str,
    path: str,
    body: dict[str, object] | None = None,
    token: str | None = None,
) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        headers = {"Content-Type": "application/json", **(auth(token) if token else {})}
        data = json.dumps(body).encode() if body is not None else None
        conn.request(method, path, body=data, headers=headers)
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def _post(
    port: int, path: str, body: dict[str, object], token: str | None = None
) -> tuple[int, dict[str, str], bytes]:
    return _call(port, "POST", path, body, token)


def _get(port: int, path: str) -> tuple[int, dict[str, str], bytes]:
    return _call(port, "GET", path)


@contextmanager
def _own_postgresql(var_dir: Path) -> Iterator[tuple[config.Settings, str]]:
    """A migrated database of this test's own (its outage must not touch the suite's)."""
    problem = _pg_reachable()
    if problem:
        pytest.skip(f"PostgreSQL not reachable ({problem})")
    name = f"vaern_outage_{secrets.token_hex(4)}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    url = f"{base}/{name}"
    try:
        db.upgrade(url)
        yield config.configure(var_dir=var_dir, database_url=url, run_jobs=False), name
    finally:
        db.dispose_engines()
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS true')
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _member(settings: config.Settings) -> tuple[str, str]:
    """An organisation and a token that may publish warnings and send events."""
    slug = unique("org")
    with db.session_scope(settings.database_url) as s:
        org = orgs.create_organisation(s, data=OrganisationCreate(slug=slug, name=f"Org {slug}"))
        token, _ = orgs.create_token(
            s,
            organisation_id=org.id,
            actor=None,
            data=TokenCreate(name="t", scopes=["warnings:write", "events:write"]),
        )
    return slug, token


def _publish_warning(port: int, token: str) -> None:
    """Through the server (an app in this process would keep listening to the database
    after the test dropped it)."""
    status, _, body = _post(port, "/api/v1/warnings", warning_body(), token)
    assert status == 201, body
    warning_id = json.loads(body)["id"]
    assert _post(port, f"/api/v1/warnings/{warning_id}/publish", {}, token)[0] == 200


def _outage(name: str, *, down: bool) -> None:
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS {str(not down).lower()}')
        if down:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (name,),
            )


def _assert_503(status: int, headers: dict[str, str]) -> None:
    assert status == 503
    assert int(headers["retry-after"]) > 0


def test_postgresql_outage_check_from_memory_feeds_from_last_copy_writes_503(
    var_dir: Path,
) -> None:
    with _own_postgresql(var_dir) as (settings, name):
        slug, token = _member(settings)
        feeds = ["/feeds/warnings.atom", f"/feeds/{slug}/warnings.json"]
        # Without a listener every check asks the database for the version stamp.
        with serving(settings, VAERN_CHECK_REFRESH_SECONDS="0") as port:
            _publish_warning(port, token)
            status, _, body = _post(port, "/api/v1/check", SCAM)
            assert status == 200
            before = json.loads(body)
            assert before["matched_warnings"]  # the member's warning, from the database
            copies = {path: _get(port, path) for path in feeds}
            assert all(status == 200 for status, _, _ in copies.values())

            _outage(name, down=True)
            try:
                # The change listener notices its lost connection within about a second;
                # until then a check rightly answers from memory without asking.
                deadline = time.monotonic() + 10
                while True:
                    status, _, body = _post(port, "/api/v1/check", SCAM)
                    assert status == 200
                    during = json.loads(body)
                    codes = [r["code"] for r in during["reasons"]]
                    if "sources_unavailable" in codes or time.monotonic() > deadline:
                        break
                    time.sleep(0.2)
                assert "sources_unavailable" in codes
                # What the process kept still counts: the member's warning matches.
                assert during["matched_warnings"] == before["matched_warnings"]
                assert during["verdict"] == before["verdict"]

                for path, (_, old_headers, old_body) in copies.items():
                    status, headers, body = _get(port, path)
                    assert status == 200, path
                    assert body == old_body
                    assert headers["warning"] == '111 - "Revalidation Failed"'
                    assert headers["etag"] == old_headers["etag"]
                    assert int(headers["age"]) >= 0
                # A feed never served before has no copy.
                status, headers, _ = _get(port, "/feeds/warnings.json")
                _assert_503(status, headers)

                status, _, body = _get(port, "/healthz")
                assert status == 200
                assert json.loads(body)["status"] == "degraded"
                assert json.loads(body)["failing"] == ["database"]

                status, headers, _ = _post(port, "/api/v1/events", EVENT, token)
                _assert_503(status, headers)
                status, headers, _ = _post(port, "/api/v1/reports", REPORT)
                _assert_503(status, headers)
                status, headers, _ = _get(port, "/")  # a page that reads the database
                _assert_503(status, headers)
            finally:
                _outage(name, down=False)

            # Back: the next requests use the database again.
            deadline = time.monotonic() + 30
            while json.loads(_get(port, "/healthz")[2])["status"] != "ok":
                assert time.monotonic() < deadline, "the server did not see the database again"
                time.sleep(0.2)
            assert _post(port, "/api/v1/events", EVENT, token)[0] == 200
            status, _, body = _post(port, "/api/v1/check", SCAM)
            assert "sources_unavailable" not in [r["code"] for r in json.loads(body)["reasons"]]


def test_sqlite_file_that_cannot_be_read(tmp_path: Path, var_dir: Path) -> None:
    """A server whose SQLite file is not a database: the check answers from the built-in
    directory, feeds without a copy and writes get 503, health says degraded."""
    path = tmp_path / "broken.db"
    path.write_bytes(b"this is not an SQLite database\n" * 512)
    settings = config.configure(var_dir=var_dir, database_url=f"sqlite:///{path}", run_jobs=False)
    with serving(settings, VAERN_CHECK_REFRESH_SECONDS="0") as port:
        status, _, body = _post(
            port,
            "/api/v1/check",
            SCAM | {"text": "MitID: bekræft din konto på https://mitid-dk.example.net"},
        )
        assert status == 200
        result = json.loads(body)
        assert "sources_unavailable" in [r["code"] for r in result["reasons"]]
        assert result["claimed_organisation"] == "MitID"  # the built-in directory
        assert result["verdict"] == "scam"

        status, _, body = _get(port, "/healthz")
        assert (status, json.loads(body)["status"]) == (200, "degraded")
        for path_ in ("/feeds/warnings.atom", "/feeds/some-org/warnings.json"):
            _assert_503(*_get(port, path_)[:2])
        _assert_503(*_post(port, "/api/v1/reports", REPORT)[:2])
        _assert_503(*_post(port, "/api/v1/events", EVENT, "vaern_x_y")[:2])
        assert request(port, "GET", "/check")[0] == 200  # the public page itself
