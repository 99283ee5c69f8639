"""A database error logs the statement, never its parameters (issue 17, item 8)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.conftest import Tenant
from tests.reports.test_reports import body
from vaern import db
from vaern.config import Settings

SENDER = "Afsender-Hemmelig-Qzx"


@contextmanager
def inserts_fail(url: str) -> Iterator[None]:
    """Every new report row is refused by the database itself, for the time of the block."""
    engine = db.get_engine(url)
    if engine.dialect.name == "postgresql":
        add = "ALTER TABLE reports ADD CONSTRAINT forced_failure CHECK (false) NOT VALID"
        drop = "ALTER TABLE reports DROP CONSTRAINT forced_failure"
    else:
        add = (
            "CREATE TRIGGER forced_failure BEFORE INSERT ON reports "
            "BEGIN SELECT RAISE(ABORT, 'forced failure'); END"
        )
        drop = "DROP TRIGGER forced_failure"
    with engine.begin() as conn:
        conn.execute(sa.text(add))
    try:
        yield
    finally:
        with engine.begin() as conn:
            conn.execute(sa.text(drop))


def test_a_failed_insert_of_a_public_report_keeps_its_values_out_of_the_log(
    app: FastAPI,
    make_tenant: Callable[..., Tenant],
    settings: Settings,
    caplog: pytest.LogCaptureFixture,
) -> None:
    t = make_tenant()
    client = TestClient(app, raise_server_exceptions=False)
    with inserts_fail(settings.database_url), caplog.at_level(logging.ERROR):
        answer = client.post("/api/v1/reports", json=body(t.org.slug, sender=SENDER))
    assert answer.status_code == 500
    assert "INSERT INTO reports" in caplog.text  # the error is logged, with its statement
    assert SENDER not in caplog.text
