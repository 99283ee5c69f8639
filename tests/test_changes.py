"""The change tracker (vaern/changes.py): a stamp per topic, bumped by the database
inside the writing transaction whoever writes, read cheaply and reused while it is known
to be current. Every test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable

import sqlalchemy as sa

from tests.conftest import Tenant
from vaern import changes, db
from vaern.config import Settings


def _triggered_tables(engine: sa.Engine) -> set[str]:
    with engine.connect() as c:
        if engine.dialect.name == "postgresql":
            q = "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            q += "WHERE t.tgname = 'vaern_changes'"
        else:
            q = "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' "
            q += "AND name LIKE 'vaern_changes_%' GROUP BY tbl_name HAVING count(*) = 3"
        return {row[0] for row in c.execute(sa.text(q))}


def test_every_tracked_table_has_its_trigger(settings: Settings) -> None:
    engine = db.get_engine(settings.database_url)
    assert _triggered_tables(engine) == set(changes.TABLE_TOPIC)
    with engine.connect() as c:
        topics = set(c.scalars(sa.select(changes.ChangeStamp.topic)))
    assert topics == set(changes.TOPICS)


def _stamps(settings: Settings) -> dict[str, int]:
    with db.get_engine(settings.database_url).connect() as c:
        rows = c.execute(sa.select(changes.ChangeStamp.topic, changes.ChangeStamp.stamp))
        return {topic: stamp for topic, stamp in rows}


def test_a_write_bumps_its_topic_on_commit_and_a_rollback_leaves_it(
    settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    rename = sa.text("UPDATE organisations SET name = :n WHERE slug = :s")
    before = _stamps(settings)
    with db.get_engine(settings.database_url).connect() as c:
        c.execute(rename, {"n": "Rolled back", "s": t.org.slug})
        c.rollback()
    assert _stamps(settings) == before
    with db.get_engine(settings.database_url).begin() as c:
        c.execute(rename, {"n": "Renamed", "s": t.org.slug})
    after = _stamps(settings)
    assert after["organisations"] > before["organisations"]
    assert after["warnings"] == before["warnings"]


WRITER = """
import sys, sqlalchemy as sa
engine = sa.create_engine(sys.argv[1])
with engine.begin() as c:
    c.execute(sa.text("UPDATE organisations SET name = 'Elsewhere' WHERE slug = :s"),
              {"s": sys.argv[2]})
"""


def test_a_write_in_another_process_invalidates_this_process_read(
    settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    """On PostgreSQL the other process's commit reaches the listener as a NOTIFY (delivery
    is asynchronous: waited for at most 10 s); without a listener the read is reused for
    ``max_age`` seconds and no longer (a clock of the test's own)."""
    t = make_tenant()
    url = settings.database_url
    postgresql = url.startswith("postgresql")
    now = [100.0]
    tracker = changes.Tracker(url, clock=lambda: now[0])  # this test's own, not the process's
    if postgresql:
        tracker.start()
    try:
        deadline = time.monotonic() + 10
        while postgresql and not tracker.listening and time.monotonic() < deadline:
            time.sleep(0.05)
        assert tracker.listening == postgresql
        engine = db.get_engine(url)
        with engine.connect() as c:
            (first,) = tracker.version(c, ["organisations"], max_age=60)
        assert tracker.fresh(60)
        subprocess.run([sys.executable, "-c", WRITER, url, t.org.slug], check=True, timeout=60)
        if postgresql:
            deadline = time.monotonic() + 10
            while tracker.fresh(60) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert not tracker.fresh(60)
        else:
            assert tracker.fresh(60)  # no listener: trusted inside max_age
            now[0] += 61
            assert not tracker.fresh(60)
        with engine.connect() as c:
            (second,) = tracker.version(c, ["organisations"], max_age=60)
        assert second > first
        assert tracker.fresh(60)
    finally:
        tracker.stop()


def test_a_commit_in_this_process_is_seen_at_once(
    settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    engine = db.get_engine(settings.database_url)
    tracker = changes.tracker(engine)
    with engine.connect() as c:
        (first,) = tracker.version(c, ["organisations"], max_age=3600)
    with db.session_scope(settings.database_url) as s:
        org = s.merge(t.org)
        org.name = "Renamed here"
    assert not tracker.fresh(3600)
    with engine.connect() as c:
        (second,) = tracker.version(c, ["organisations"], max_age=3600)
    assert second > first
