"""The broker deployment for real: API -> JetStream -> partition worker processes -> outbox.

Needs the NATS JetStream server on 127.0.0.1:4222 (skipped elsewhere, required in CI).
Every test uses its own stream prefix, so parallel runs do not meet."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from nats.js.errors import KeyNotFoundError

from tests.conftest import Tenant, auth
from tests.monitoring.test_api import seed
from tests.monitoring.test_streaming import _nats_reachable
from vaern import config, db
from vaern.config import Settings
from vaern.monitoring import flows, service
from vaern.monitoring.cluster import AlertOutbox
from vaern.monitoring.engine import Monitor, parse_event, pseudonymise
from vaern.monitoring.models import Alert, MonitoredEvent
from vaern.monitoring.quality import generate
from vaern.monitoring.state import AccountState
from vaern.monitoring.streaming import DEFAULT_URL, Bus, Worker, partition_of

T = TypeVar("T")
NOW = datetime(2026, 11, 23, tzinfo=UTC)
SCOPES = ["events:write", "alerts:read"]


def in_thread(coro: Callable[[], Coroutine[Any, Any, T]]) -> T:
    # A fresh thread: browser tests may leave an event loop running in the main thread.
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro()).result()


def with_broker(settings: Settings, prefix: str, url: str = DEFAULT_URL) -> None:
    config.configure(
        var_dir=settings.var_dir,
        database_url=settings.database_url,
        rate_limit=settings.rate_limit,
        run_jobs=False,
        monitoring_nats_url=url,
        monitoring_prefix=prefix,
        monitoring_partitions=2,
    )


def test_broker_ingest_answers_on_the_durable_ack_and_workers_raise_the_alerts(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    _nats_reachable()
    t = make_tenant(scopes=SCOPES)
    prefix = f"vt{uuid.uuid4().hex[:10]}"
    with_broker(settings, prefix)
    body = client.post("/api/v1/events", headers=auth(t.token), json={"events": seed()}).json()
    assert (body["accepted"], body["duplicates"]) == (9, 0)
    assert all(i["sequence"] and i["alert_ids"] == [] for i in body["items"])  # not yet scored
    again = client.post("/api/v1/events", headers=auth(t.token), json=seed()).json()
    assert (again["accepted"], again["duplicates"]) == (0, 9)
    assert [i["sequence"] for i in again["items"]] == [i["sequence"] for i in body["items"]]
    stored = sa.select(sa.func.count()).select_from(MonitoredEvent)
    with db.session_scope() as s:  # the API did not score: nothing stored in the database
        assert s.scalar(stored.where(MonitoredEvent.organisation_id == t.org.id)) == 0

    async def work() -> list[str]:
        # A fetch returns what has arrived once the first event has: on a busy machine one
        # pass may see part of a partition, so both loops run until all is in (or 30 s).
        bus = await Bus.connect(prefix=prefix, partitions=2)
        deadline = time.monotonic() + 30
        try:
            decided: list[str] = []
            workers = [Worker(bus, p) for p in (0, 1)]
            for worker in workers:
                await worker.start()
            while len(decided) < len(seed()) and time.monotonic() < deadline:
                for worker in workers:
                    decided += [d.event.event_id for d in await worker.run_once(timeout=0.5)]
            box = AlertOutbox(bus)
            await box.start()
            stored = 0
            while stored < 3 and time.monotonic() < deadline:
                stored += await box.run_once(timeout=0.5)
            assert stored == 3
            return decided
        finally:
            await bus.delete()
            await bus.close()

    assert sorted(in_thread(work)) == sorted(e["event_id"] for e in seed())
    alerts = client.get("/api/v1/alerts", headers=auth(t.token)).json()["items"]
    assert sorted(a["event_id"] for a in alerts) == [
        "s003-h-foreign-1",
        "s003-m-foreign-2",
        "s003-m-instant",
    ]
    first = next(a for a in alerts if a["event_id"] == "s003-h-foreign-1")
    assert first["actions_taken"][0]["action"] == "hold"  # flows.on_alert ran in the outbox
    assert any(a["action"] == "case_opened" for a in first["actions_taken"])


def test_an_alert_is_stored_once_per_event_and_typology(
    session: db.Session, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=SCOPES)
    result = service.ingest(session, organisation_id=t.org.id, items=seed())
    stored = session.scalars(sa.select(Alert).where(Alert.organisation_id == t.org.id)).first()
    assert stored is not None and result.accepted == 9
    values = {
        c: getattr(stored, c)
        for c in ("event_id", "account_ref", "typology_id", "typology_version", "severity")
    } | {
        "score": stored.score,
        "model_score": stored.model_score,
        "action": stored.action,
        "explanation": stored.explanation,
        "features": stored.features,
        "event_ids": stored.event_ids,
        "occurred_at": stored.occurred_at.isoformat(),
    }
    assert flows.store_alert(session, organisation_id=t.org.id, values=values) is None
    count = sa.select(sa.func.count()).select_from(Alert).where(Alert.organisation_id == t.org.id)
    assert session.scalar(count) == 3


def test_events_wrapper_and_bad_events_field_in_the_embedded_path(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=SCOPES)
    body = client.post("/api/v1/events", headers=auth(t.token), json={"events": seed()}).json()
    assert body["accepted"] == 9 and body["items"][0]["sequence"] is None
    bad = client.post("/api/v1/events", headers=auth(t.token), json={"events": "x"})
    assert bad.status_code == 422 and "events: must be a list" in bad.json()["detail"]


# --- kill -9 of real worker processes -------------------------------------------------


WORKER_ARGS = ["--partitions", "0-1", "--of", "2", "--batch", "20", "--snapshot-every", "0.02"]


def _worker(prefix: str, var_dir: Path, url: str, log: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).parents[2] / "src"),
        "VAERN_VAR_DIR": str(var_dir),
        "VAERN_DATABASE_URL": url,
        "VAERN_MONITORING_NATS_URL": DEFAULT_URL,
        "VAERN_MONITORING_PREFIX": prefix,
    }
    command = [sys.executable, "-c", "from vaern.cli import app; app()", "monitor", "worker"]
    with log.open("ab") as errors:
        return subprocess.Popen(
            [*command, *WORKER_ARGS],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )


@pytest.mark.long
def test_kill_9_mid_stream_loses_no_event_and_raises_no_alert_twice(
    sqlite_url: str, var_dir: Path, tmp_path: Path
) -> None:
    _nats_reachable()
    config.configure(var_dir=var_dir, database_url=sqlite_url)
    prefix, org = f"vt{uuid.uuid4().hex[:10]}", uuid.uuid4()
    raw = [e.data for e in generate(accounts=200, days=7, frauds_per_kind=3, seed=3)]
    events = [pseudonymise(parse_event(e, now=NOW), organisation_id=org) for e in raw]
    expected = Monitor()
    alerts = sorted(
        (d.event.event_id, h.typology.id)
        for d in (expected.process(e) for e in events)
        for h in d.hits
    )
    assert alerts  # the scenario raises alerts

    async def main() -> None:
        bus = await Bus.connect(prefix=prefix, partitions=2)
        try:
            last: dict[int, int] = {}
            for start in range(0, len(raw), 1000):
                result = await bus.publish_events(org, raw[start : start + 1000], now=NOW)
                for item, event in zip(result.items, events[start : start + 1000], strict=True):
                    assert item.sequence is not None
                    p = partition_of(event.account_id, 2)
                    last[p] = max(last.get(p, 0), item.sequence)
            kv = await bus.js.create_key_value(bucket=f"{bus.stream}_STATE", history=1)

            async def applied() -> dict[int, int]:
                out = {}
                for p in last:
                    try:
                        out[p] = int((await kv.get(f"p{p}.seq")).value or b"0")
                    except KeyNotFoundError:
                        out[p] = 0
                return out

            async def wait_for(done: Callable[[dict[int, int]], bool]) -> dict[int, int]:
                deadline = time.monotonic() + 120
                while time.monotonic() < deadline:
                    seen = await applied()
                    if done(seen):
                        return seen
                    await asyncio.sleep(0.02)
                log = (tmp_path / "worker.log").read_text()
                raise AssertionError(f"workers stuck at {await applied()} of {last}: {log}")

            finished = lambda seen: all(seen[p] >= last[p] for p in last)  # noqa: E731
            for round_ in (1, 2):  # killed twice, each time mid-stream
                proc = _worker(prefix, var_dir, sqlite_url, tmp_path / "worker.log")
                base = sum((await applied()).values())
                seen = await wait_for(lambda s, b=base: sum(s.values()) > b + 300)  # type: ignore[misc]
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                assert not finished(seen), f"round {round_}: the stream ended before the kill"
            proc = _worker(prefix, var_dir, sqlite_url, tmp_path / "worker.log")
            await wait_for(finished)
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(60) == 0, (tmp_path / "worker.log").read_text()

            # Every account's state equals the uninterrupted run: no event lost or doubled.
            for ref, state in expected.states.items():
                entry = await kv.get(f"p{partition_of(ref, 2)}.a.{org.hex}.{ref}")
                assert AccountState.from_json(json.loads(entry.value or b"")["s"]) == state, ref
            # Each alert once in the stream (the outbox's input).
            sub = await bus.js.pull_subscribe(bus.alerts_subject(org), stream=bus.stream)
            published: list[tuple[str, str]] = []
            while True:
                try:
                    msgs = await sub.fetch(500, timeout=1)
                except TimeoutError:
                    break
                published += [(a["event_id"], a["typology_id"]) for a in map(_json, msgs)]
            assert sorted(published) == alerts
        finally:
            await bus.delete()
            await bus.close()

    in_thread(main)


def _json(msg: Any) -> dict[str, Any]:
    return dict(json.loads(msg.data))
