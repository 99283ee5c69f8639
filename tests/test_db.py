"""Engine settings that bound waiting, and which database errors mean "busy" (issue 17)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from vaern import db


def test_postgresql_connections_bound_lock_and_statement_waits(postgresql_url: str) -> None:
    with db.get_engine(postgresql_url).connect() as conn:
        assert conn.scalar(sa.text("SHOW lock_timeout")) == "10s"
        assert conn.scalar(sa.text("SHOW statement_timeout")) == "1min"


def test_a_postgresql_lock_timeout_is_contention(postgresql_url: str) -> None:
    engine = db.get_engine(postgresql_url)
    with engine.connect() as holder, engine.connect() as waiter:
        holder.execute(sa.text("SELECT pg_advisory_xact_lock(4242)"))
        waiter.execute(sa.text("SET lock_timeout = '1ms'"))
        with pytest.raises(sa.exc.OperationalError) as caught:
            waiter.execute(sa.text("SELECT pg_advisory_xact_lock(4242)"))
        assert db.is_contention(caught.value)


def test_sqlite_busy_is_contention_and_other_errors_are_not(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x INTEGER)")
    holder.execute("BEGIN IMMEDIATE")
    engine = sa.create_engine(f"sqlite:///{path}", connect_args={"timeout": 0})
    try:
        with engine.connect() as conn:
            with pytest.raises(sa.exc.OperationalError) as locked:
                conn.execute(sa.text("INSERT INTO t VALUES (1)"))
            with pytest.raises(sa.exc.OperationalError) as missing:
                conn.execute(sa.text("SELECT * FROM no_such_table"))
    finally:
        holder.close()
        engine.dispose()
    assert db.is_contention(locked.value)
    assert not db.is_contention(missing.value)
    assert not db.is_contention(ValueError("database is locked"))


def test_a_sqlite_database_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    fresh, existing = tmp_path / "fresh.db", tmp_path / "existing.db"
    existing.touch(mode=0o644)
    for path in (fresh, existing):
        engine = db.get_engine(f"sqlite:///{path}")
        with engine.begin() as conn:
            conn.execute(sa.text("CREATE TABLE t (x INTEGER)"))
        assert path.stat().st_mode & 0o777 == 0o600, path
        assert Path(f"{path}-wal").stat().st_mode & 0o077 == 0


def test_another_engine_on_a_live_sqlite_file_keeps_its_wal_for_other_processes(
    tmp_path: Path,
) -> None:
    """Making an engine once opened and closed the database file, which drops every POSIX
    lock this process holds on it; another process closing its last connection then took
    itself for the only user and deleted the WAL under this one's open connection (CI:
    "disk I/O error" in every later SQLite test of that process, writes not seen)."""
    import subprocess
    import sys

    path = tmp_path / "live.db"
    engine = db.get_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("CREATE TABLE t (x INTEGER)"))
        with engine.connect() as held:
            held.execute(sa.text("SELECT count(*) FROM t")).all()
            db.get_engine(f"sqlite:///{path}", pre_ping=False)  # the feed stamp's pool
            read = "SELECT count(*) FROM t"
            other = f"import sqlite3; c = sqlite3.connect({str(path)!r}); c.execute({read!r})"
            subprocess.run([sys.executable, "-c", other], check=True, timeout=60)
            assert Path(f"{path}-wal").exists()
            with engine.begin() as conn:
                conn.execute(sa.text("INSERT INTO t VALUES (1)"))
            assert held.execute(sa.text("SELECT count(*) FROM t")).scalar() == 1
    finally:
        db.dispose_engines()


def test_concurrent_writes_under_a_savepoint_wait_their_turn_on_sqlite(sqlite_url: str) -> None:
    """A public report is stored under a savepoint. On SQLite that opened a deferred
    transaction whose first write failed at once with "database is locked" when another
    connection had committed since its reads: 63 of 80 concurrent reports failed here (503
    to the client). Now each takes the write lock first and waits its turn."""
    import threading

    from tests.conftest import unique
    from vaern.orgs import service as orgs
    from vaern.orgs.schemas import OrganisationCreate
    from vaern.reports.schemas import ReportCreate
    from vaern.reports.service import submit_report

    slug = unique("org")
    with db.session_scope(sqlite_url) as s:
        orgs.create_organisation(s, data=OrganisationCreate(slug=slug, name=f"Org {slug}"))
    failures: list[BaseException] = []

    def reporter(worker: int) -> None:
        for n in range(10):
            text = f"Betal gebyret her https://gebyr.example.net/{worker}/{n}"
            data = ReportCreate(organisation=slug, text=text, channel="sms", consent=True)
            try:
                with db.session_scope(sqlite_url) as s:
                    submit_report(s, data=data, reporter=f"client-{worker}")
            except sa.exc.OperationalError as exc:
                failures.append(exc)

    threads = [threading.Thread(target=reporter, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []


def test_a_savepoint_that_cannot_get_the_sqlite_write_lock_is_contention(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After the busy timeout the savepoint's BEGIN IMMEDIATE fails as SQLAlchemy's
    OperationalError, which the app answers with 503 (it was the driver's own: a 500).
    The timeout is 0.2 s here, not the 5 s a served database waits."""
    from sqlalchemy.orm import Session

    monkeypatch.setattr(db, "SQLITE_BUSY_TIMEOUT_MS", 200)
    url = f"sqlite:///{tmp_path / 'locked.db'}"
    engine = db.get_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
    holder = sqlite3.connect(tmp_path / "locked.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock past the busy timeout
    try:
        with (
            Session(engine) as session,
            pytest.raises(sa.exc.OperationalError) as caught,
            session.begin_nested(),
        ):
            session.execute(sa.text("INSERT INTO t VALUES (1)"))
        assert db.is_contention(caught.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        engine.dispose()
