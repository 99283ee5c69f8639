"""NATS JetStream publisher and partition workers against the local server, for real."""

from __future__ import annotations

import asyncio
import json
import socket
import time
import uuid
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import IN_CI
from tests.monitoring.test_online_model import TAKEOVER, warm
from vaern.errors import Invalid
from vaern.monitoring.cluster import Lag
from vaern.monitoring.streaming import (
    DUPLICATE_WINDOW,
    PUBLISHED,
    Bus,
    Worker,
    parse_partitions,
    partition_of,
)

SEED = Path(__file__).parents[2] / "src/vaern/monitoring/examples/seed003_221-2021.jsonl"
NOW = datetime(2026, 11, 23, tzinfo=UTC)


def _nats_reachable() -> None:
    try:
        socket.create_connection(("127.0.0.1", 4222), timeout=1).close()
    except OSError as exc:
        if IN_CI:
            pytest.fail(f"NATS JetStream is required in CI but not on 127.0.0.1:4222: {exc}")
        pytest.skip(f"NATS JetStream not reachable on 127.0.0.1:4222 ({exc}); runs in CI")


def run(
    scenario: Callable[[Bus], Awaitable[None]],
    partitions: int = 1,
    duplicate_window: float = DUPLICATE_WINDOW,
) -> None:
    _nats_reachable()

    async def main() -> None:
        prefix = f"vt{uuid.uuid4().hex[:10]}"
        bus = await Bus.connect(
            prefix=prefix, partitions=partitions, duplicate_window=duplicate_window
        )
        try:
            await scenario(bus)
        finally:
            await bus.delete()
            await bus.close()

    # A fresh thread: browser tests may leave an event loop running in the main thread.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, main()).result()


def seed_events() -> list[dict[str, Any]]:
    return [json.loads(line) for line in SEED.read_text().splitlines() if line.strip()]


async def delivered(worker: Worker, count: int) -> list[Any]:
    """The next ``count`` events: a push consumer may deliver a batch in several pieces,
    and ``Worker.fetch`` answers with what has arrived."""
    msgs: list[Any] = []
    for _ in range(10):
        msgs += await worker.fetch(count - len(msgs))
        if len(msgs) == count:
            break
    return msgs


async def decided_through(worker: Worker, seq: int) -> list[Any]:
    """Decisions until the worker has seen stream sequence ``seq``: like ``delivered``,
    one ``run_once`` may answer before the last repeat has arrived."""
    decisions: list[Any] = []
    for _ in range(10):
        decisions += await worker.run_once(batch=50, timeout=2)
        if worker.last_seq >= seq:
            break
    return decisions


def test_worker_alerts_on_the_seed_003_sequence() -> None:
    org = uuid.uuid4()

    async def scenario(bus: Bus) -> None:
        for event in seed_events():
            await bus.publish_event(org, event, now=NOW)
        worker = Worker(bus, 0)
        await worker.start()
        decisions = await worker.apply(await delivered(worker, len(seed_events())))
        fired = [d.event.event_id for d in decisions if d.hits]
        assert fired == ["s003-h-foreign-1", "s003-m-foreign-2", "s003-m-instant"]
        assert all(d.event.account_id.startswith("a_") for d in decisions)  # no clear ids

    run(scenario)


def test_the_lag_record_times_each_event_from_its_publish_stamp_and_its_store_time() -> None:
    org = uuid.uuid4()

    async def scenario(bus: Bus) -> None:
        events = seed_events()
        before = time.time()
        await bus.publish_events(org, events, now=NOW)
        after = time.time()
        worker, lag = Worker(bus, 0), Lag()
        await worker.start()
        msgs = await delivered(worker, len(events))
        await worker.apply(msgs)
        lag.record(msgs)
        assert len(lag.samples) == len(events)
        stamps = {float(m.headers[PUBLISHED]) for m in msgs if m.headers}
        # One stamp per batch, in microseconds.
        assert len(stamps) == 1 and before - 1e-6 <= stamps.pop() <= after + 1e-6
        for stored, since_store, since_publish in lag.samples:
            assert since_publish >= since_store >= 0
            assert before <= stored <= time.time()

    run(scenario)


def test_duplicate_publish_is_dropped_by_jetstream() -> None:
    org = uuid.uuid4()

    async def scenario(bus: Bus) -> None:
        first = await bus.publish_event(org, seed_events()[0], now=NOW)
        again = await bus.publish_event(org, seed_events()[0], now=NOW)
        assert first == (again[0], False) and again[1] is True

    run(scenario)


def test_worker_crash_and_restart_loses_and_double_counts_nothing() -> None:
    org = uuid.uuid4()
    events = seed_events()

    async def scenario(bus: Bus) -> None:
        for event in events:
            await bus.publish_event(org, event, now=NOW)
        # Worker 1 commits the first four events, then applies the next three and dies
        # before committing (its connection closes without acknowledging them).
        crashing = await Bus.connect(prefix=bus.prefix, partitions=bus.partitions)
        w1 = Worker(crashing, 0, ack_wait=0.5)
        await w1.start()
        assert len(await w1.apply(await delivered(w1, 4))) == 4
        await w1.commit()
        lost = await w1.apply(await delivered(w1, 3))
        assert [bool(d.hits) for d in lost] == [True, True, True]
        await crashing.close()

        w2 = Worker(bus, 0, ack_wait=0.5)
        await w2.start()
        assert w2.last_seq == 4
        seen: list[str] = []
        for _ in range(3):
            seen += [d.event.event_id for d in await w2.run_once(batch=10, timeout=0.5)]
            if len(seen) >= 5:
                break
        assert seen == [e["event_id"] for e in events[4:]]
        # The restored state counted each payment once.
        m_ref = next(d for d in lost if d.event.event_id == "s003-m-instant").event.account_id
        state = w2.monitors[org].states[m_ref]
        assert state.payments == 3  # one earlier, the foreign one, the transfer
        # Window (24 h): phone change, foreign payment, transfer, card blocked; the ids
        # kept are those that can be evidence.
        assert state.ids == ["s003-m-phone", "s003-m-foreign-2", None, None]

    run(scenario)


@pytest.mark.long
def test_an_event_resent_after_the_brokers_de_duplication_window_is_not_scored_again() -> None:
    org, events = uuid.uuid4(), seed_events()
    # Each account's newest event: a repeat of it is not late, so only its id tells.
    newest = {e["account_id"]: e for e in sorted(events, key=lambda e: e["occurred_at"])}
    repeats = list(newest.values())

    async def scenario(bus: Bus) -> None:
        await bus.publish_events(org, events, now=NOW)
        worker = Worker(bus, 0)
        await worker.start()
        assert len(await worker.apply(await delivered(worker, len(events)))) == len(events)
        await worker.commit()
        await asyncio.sleep(1.5)  # JetStream forgets the message ids (window 0.5 s)
        again = await bus.publish_events(org, repeats, now=NOW)
        assert again.accepted == len(repeats) == 2  # stored again as new messages
        last = max(i.sequence or 0 for i in again.items)
        assert await decided_through(worker, last) == []  # refused as repeated
        assert worker.last_seq == last  # both seen
        # A restarted worker (state from the snapshot) refuses them too.
        fresh = Worker(bus, 0)
        await fresh.start()
        await asyncio.sleep(0.6)
        third = await bus.publish_events(org, repeats, now=NOW)  # after a restart
        last = max(i.sequence or 0 for i in third.items)
        assert third.accepted == 2 and await decided_through(fresh, last) == []
        assert fresh.last_seq == last
        sub = await bus.js.pull_subscribe(bus.alerts_subject(org), stream=bus.stream)
        alerts = [json.loads(m.data)["event_id"] for m in await sub.fetch(10, timeout=1)]
        assert sorted(alerts) == ["s003-h-foreign-1", "s003-m-foreign-2", "s003-m-instant"]

    run(scenario, duplicate_window=0.5)


def test_partitions_split_accounts_and_keep_each_account_in_one() -> None:
    refs = [f"a_{uuid.uuid4().hex[:20]}" for _ in range(200)]
    counts = [0] * 4
    for ref in refs:
        p = partition_of(ref, 4)
        assert p == partition_of(ref, 4)
        counts[p] += 1
    assert min(counts) > 20


def test_bad_events_are_refused_per_item_before_publishing() -> None:
    org = uuid.uuid4()

    async def scenario(bus: Bus) -> None:
        good, bad = seed_events()[0], {**seed_events()[1], "currency": "XYZ"}
        result = await bus.publish_events(org, [good, bad, good], now=NOW)
        assert [i.status for i in result.items] == ["accepted", "rejected", "duplicate"]
        assert result.items[0].sequence == result.items[2].sequence
        assert "unknown currency" in str(result.items[1].reason)

    run(scenario)


def test_the_online_model_is_snapshotted_with_the_state_and_restored() -> None:
    org = uuid.uuid4()

    async def scenario(bus: Bus) -> None:
        for event in seed_events()[:3]:
            await bus.publish_event(org, event, now=NOW)
        w1 = Worker(bus, 0, ack_wait=0.5)
        await w1.start()
        warm((await w1._monitor(org)).model)
        await w1.run_once(batch=3)
        w2 = Worker(bus, 0, ack_wait=0.5)
        await w2.start()
        restored, learnt = (await w2._monitor(org)).model, w1.monitors[org].model
        assert (restored.positives, restored.negatives) == (learnt.positives, learnt.negatives)
        assert restored.score(TAKEOVER) == learnt.score(TAKEOVER)

    run(scenario)


def test_partition_ranges_are_parsed_and_bounded() -> None:
    assert parse_partitions("0-3", 8) == [0, 1, 2, 3]
    assert parse_partitions("5,1,2-3", 8) == [1, 2, 3, 5]
    for bad in ("8", "x", "3-9", ""):
        with pytest.raises(Invalid):
            parse_partitions(bad, 8)


def test_a_publisher_with_another_partition_count_is_refused() -> None:
    async def scenario(bus: Bus) -> None:
        with pytest.raises(Invalid, match="another partition count"):
            await Bus.connect(prefix=bus.prefix, partitions=bus.partitions + 1)

    run(scenario, partitions=4)
