"""Outbound log: batch ingest rate (SQLite, PostgreSQL) and look-up latency at scale.

Ingest goes through ``outbound.service.ingest`` (validation, sender check, blind index,
fingerprints, bulk insert, one commit per batch of 1,000). For the look-up figure the
table is filled with synthetic rows by ``generate_series`` (fast), plus ingested rows
for the recipients that are looked up.
"""

from __future__ import annotations

import os
import secrets
import statistics
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

import psycopg

from vaern import config, db
from vaern.db import utcnow
from vaern.orgs import service as orgs
from vaern.orgs.access import Principal
from vaern.orgs.schemas import OrganisationCreate
from vaern.outbound import service
from vaern.outbound.schemas import OutboundItem
from vaern.privacy import vault
from vaern.registry import service as registry
from vaern.registry.schemas import ChannelCreate

TITLE = "Outbound log: batch ingest and look-up"
PG_ADMIN = os.environ.get("VAERN_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
INGEST_RECORDS = 20_000
LOOKUP_ROWS = int(os.environ.get("VAERN_BENCH_OUTBOUND_ROWS", "1000000"))
LOOKUPS = 2_000
TEXT = "Dit nye kort er sendt og ankommer om {n} dage. Aktivér det i appen. /Demo Bank"


def _org(url: str) -> Principal:
    with db.session_scope(url) as s:
        org = orgs.create_organisation(
            s, data=OrganisationCreate(slug=f"bench-{secrets.token_hex(4)}", name="Bench Bank")
        )
        principal = Principal(kind="token", id=uuid.uuid4(), organisation_id=org.id)
        registry.add_channel(
            s, principal=principal, data=ChannelCreate(kind="sms_sender", value="BenchBank")
        )
    return principal


def _items(start: int, count: int) -> list[OutboundItem]:
    now = utcnow()
    return [
        OutboundItem(
            client_id=f"c{i}",
            channel="sms",
            sender="BenchBank",
            recipient=f"+4526{i % 1_000_000:06d}",
            sent_at=now - timedelta(minutes=i % 10_000),
            template_id="card-v1",
            text=TEXT.format(n=i % 7),
        )
        for i in range(start, start + count)
    ]


def _ingest_rate(url: str, principal: Principal) -> str:
    """Wall-clock rate, and the rate the client process's own CPU time allows (the
    machine is shared, so wall time includes waiting for other processes)."""
    batches = [_items(i, 1000) for i in range(0, INGEST_RECORDS, 1000)]
    started, cpu = time.perf_counter(), time.process_time()
    for batch in batches:
        with db.session_scope(url) as s:
            result = service.ingest(s, principal=principal, items=batch)
            assert result.accepted == len(batch), result.rejected
    wall = INGEST_RECORDS / (time.perf_counter() - started)
    own = INGEST_RECORDS / (time.process_time() - cpu)
    return f"{wall:,.0f} records/s wall ({own:,.0f}/s by client CPU time)"


def _fill(pg_url: str, principal: Principal, rows: int) -> None:
    """Synthetic rows for the same organisation (random recipient indexes)."""
    with psycopg.connect(pg_url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        conn.execute(
            """
            INSERT INTO outbound_records (id, organisation_id, client_id, channel, sender,
                recipient_index, sent_at, text_hash, link_domains, created_at)
            SELECT gen_random_uuid(), %s, 'f' || g, 'sms', 'benchbank',
                md5(g::text || 'a') || md5(g::text || 'b'),
                now() - (g %% 200000) * interval '1 minute', md5(g::text) || md5(g::text),
                '[]'::json, now()
            FROM generate_series(1, %s) AS g
            """,
            (principal.organisation_id, rows),
        )
        conn.execute("ANALYZE outbound_records")


def _lookup_latency(url: str, principal: Principal) -> tuple[float, float]:
    timings = []
    now = utcnow()
    for i in range(LOOKUPS):
        n = (i * 7919) % INGEST_RECORDS if i % 2 else INGEST_RECORDS + i  # half misses
        with db.session_scope(url) as s:
            started = time.perf_counter()
            service.lookup(
                s,
                organisation_id=principal.organisation_id,
                recipient=f"+4526{n:06d}",
                channel="sms",
                around=now - timedelta(minutes=n % 10_000),
                text=TEXT.format(n=n % 7),
            )
            timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.99) - 1]


def _server_time(pg_url: str, principal: Principal) -> str:
    """PostgreSQL's own execution time for the look-up query (independent of client load)."""
    index = vault.blind_index("phone", "+4526000007", organisation_id=principal.organisation_id)
    with psycopg.connect(pg_url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        plan = conn.execute(
            """
            EXPLAIN (ANALYZE, FORMAT JSON) SELECT * FROM outbound_records
            WHERE organisation_id = %s AND recipient_index = %s
              AND sent_at BETWEEN now() - interval '30 days' AND now() AND channel = 'sms'
            LIMIT 500
            """,
            (principal.organisation_id, index),
        ).fetchone()
    assert plan is not None
    top = plan[0][0]
    return f"{top['Execution Time']:.3f} ms ({top['Plan']['Plans'][0]['Node Type']})"


def run() -> list[tuple[str, str]]:
    figures: list[tuple[str, str]] = [("load average at start", f"{os.getloadavg()[0]:.1f}")]
    var = Path(tempfile.mkdtemp(prefix="vaern-bench-"))
    sqlite_url = f"sqlite:///{var / 'bench.db'}"
    config.configure(var_dir=var, database_url=sqlite_url)
    db.upgrade(sqlite_url)
    rate = _ingest_rate(sqlite_url, _org(sqlite_url))
    figures.append((f"SQLite ingest, {INGEST_RECORDS:,} records in batches of 1,000", rate))

    name = f"vaern_bench_{secrets.token_hex(4)}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    pg_url = (
        PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://") + f"/{name}"
    )
    try:
        config.configure(var_dir=var, database_url=pg_url)
        db.upgrade(pg_url)
        principal = _org(pg_url)
        rate = _ingest_rate(pg_url, principal)
        figures.append(
            (
                f"PostgreSQL ingest, {INGEST_RECORDS:,} records in batches of 1,000",
                rate,
            )
        )
        started = time.perf_counter()
        _fill(pg_url, principal, LOOKUP_ROWS - INGEST_RECORDS)
        figures.append(
            (
                "PostgreSQL rows stored for look-up",
                f"{LOOKUP_ROWS:,} (filled in {time.perf_counter() - started:.0f} s)",
            )
        )
        p50, p99 = _lookup_latency(pg_url, principal)
        figures.append(
            (
                f"PostgreSQL look-up with text, {LOOKUPS:,} queries (half misses): p50",
                f"{p50:.2f} ms",
            )
        )
        figures.append(("PostgreSQL look-up: p99", f"{p99:.2f} ms"))
        figures.append(
            ("PostgreSQL server execution of the look-up query", _server_time(pg_url, principal))
        )
    finally:
        db.dispose_engines()
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return figures
