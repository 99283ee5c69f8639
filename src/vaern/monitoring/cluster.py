"""Long-running processes of the broker deployment: partition workers and the alert outbox.

``vaern monitor worker --partitions 0-3 --of 8`` runs one ``Worker`` per partition in one
event loop; start more processes (on this machine or others) for the other partitions.
``vaern monitor outbox`` stores the alerts the workers publish, opens cases and queues
webhooks: that database work stays off the scoring path."""

from __future__ import annotations

import asyncio
import gc
import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from nats.aio.msg import Msg
from nats.js import JetStreamContext
from nats.js.api import ConsumerConfig

from vaern import db
from vaern.monitoring import flows, service, webhooks
from vaern.monitoring.streaming import PUBLISHED, Bus, Worker, shipped_rules
from vaern.monitoring.typologies import TypologySet

# Seconds between a worker's snapshots (and young collections). At 5,000 events/s with 2
# processes, 0.1 s gave a median p99 publish -> decision of 16 ms over 8 windows against
# 21 ms for 0.2 s and worse for 1 s (bigger bursts of KV writes); see bench/RESULTS.md.
SNAPSHOT_EVERY = 0.1


def rules_from_database(organisation_id: uuid.UUID) -> TypologySet | None:
    """The organisation's typologies in force (read when a worker first meets it)."""
    with db.session_scope() as session:
        return service.current_rules(session, organisation_id=organisation_id)[0]


@dataclass
class Lag:
    """Per event: when JetStream stored it (epoch seconds), the seconds from then until the
    worker's decision on it, and from its publisher's ``PUBLISHED`` stamp until the
    decision (-1 without a stamp; meaningful only when publisher and worker share a clock)."""

    samples: list[tuple[float, float, float]] = field(default_factory=list)

    def record(self, msgs: list[Msg]) -> None:
        # One clock read per batch, after it was scored: the latest decision of the batch.
        now = time.time()
        for m in msgs:
            stored = m.metadata.timestamp.timestamp()
            published = m.headers.get(PUBLISHED) if m.headers else None
            since = now - float(published) if published else -1.0
            self.samples.append((stored, now - stored, since))

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(self.samples))


def _fewer_collections() -> None:
    """Account windows are many small, acyclic objects: with the default thresholds the
    cycle collector ran every 700 allocations and walked them all, a third of a worker's
    CPU (94 -> 60 us per event measured). Objects made so far (modules, rules) are
    frozen out of its walks; automatic collections run every 50,000 allocations, which
    ``_collect_young`` normally pre-empts."""
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


async def _collect_young(stop: asyncio.Event, every: float) -> None:
    """Every ``every`` seconds, collect the objects made since the last time (a young
    collection: under 4 ms at 2,500 events/s per process) and freeze the survivors, mostly
    new accounts' windows that live long and hold no cycles, out of later collections.
    Left to the thresholds, a young collection of 50,000 objects stopped a worker for
    20-35 ms and the next generation's (up to a million objects) would stop it far longer
    (measured in the stream bench, which fills 20,000 accounts)."""
    while not stop.is_set():
        await asyncio.sleep(every)
        gc.collect(0)
        gc.freeze()


async def run_workers(
    bus: Bus,
    partitions: list[int],
    *,
    stop: asyncio.Event,
    rules_for: Callable[[uuid.UUID], TypologySet | None] = shipped_rules,
    batch: int = 500,
    snapshot_every: float = SNAPSHOT_EVERY,
    lag: Lag | None = None,
) -> int:
    """Consume the partitions until ``stop`` is set; snapshot once more; return decisions."""
    _fewer_collections()
    workers = [
        Worker(bus, p, rules_for=rules_for, snapshot_every=snapshot_every) for p in partitions
    ]
    for worker in workers:
        await worker.start()
    counts = [0] * len(workers)

    async def loop(index: int, worker: Worker) -> None:
        while not stop.is_set():
            msgs = await worker.fetch(batch, timeout=0.5)
            decisions = await worker.apply(msgs)
            if lag is not None:
                lag.record(msgs)
            counts[index] += len(decisions)
            await worker.commit_if_due()
        await worker.commit()

    await asyncio.gather(
        _collect_young(stop, snapshot_every or SNAPSHOT_EVERY),
        *(loop(i, w) for i, w in enumerate(workers)),
    )
    return sum(counts)


class AlertOutbox:
    """Durable consumer of ``<prefix>.alerts.*``: store each alert once, then acknowledge."""

    def __init__(self, bus: Bus) -> None:
        self.bus = bus
        self._sub: JetStreamContext.PullSubscription | None = None

    async def start(self) -> None:
        self._sub = await self.bus.js.pull_subscribe(
            f"{self.bus.prefix}.alerts.*",
            durable=f"{self.bus.stream}-alerts",
            stream=self.bus.stream,
            config=ConsumerConfig(ack_wait=60, max_ack_pending=10_000),
        )

    async def run_once(self, batch: int = 200, timeout: float = 1.0) -> int:
        """Store a fetched batch in one transaction, acknowledge it, push webhooks."""
        assert self._sub is not None
        try:
            msgs = await self._sub.fetch(batch, timeout=timeout)
        except TimeoutError:
            return 0
        stored = await asyncio.to_thread(self._store, msgs)
        await asyncio.gather(*(m.ack() for m in msgs))
        for organisation_id in stored:
            await asyncio.to_thread(_push, organisation_id)
        return sum(stored.values())

    @staticmethod
    def _store(msgs: list[Msg]) -> dict[uuid.UUID, int]:
        stored: dict[uuid.UUID, int] = {}
        with db.session_scope() as session:
            for msg in msgs:
                organisation_id = uuid.UUID(msg.subject.rsplit(".", 1)[1])
                values = json.loads(msg.data)
                if flows.store_alert(session, organisation_id=organisation_id, values=values):
                    stored[organisation_id] = stored.get(organisation_id, 0) + 1
        return stored


def _push(organisation_id: uuid.UUID) -> None:
    with db.session_scope() as session:
        webhooks.deliver_due(session, organisation_id=organisation_id)
