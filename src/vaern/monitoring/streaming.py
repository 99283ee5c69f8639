"""Scale-out over NATS JetStream: a publisher and stateless partition workers.

Events are validated and pseudonymised before they are published, so the stream holds
no clear account ids. Subjects are ``<prefix>.events.<org>.<partition>`` with the partition
a hash of the account pseudonym; each partition has one durable pull consumer. A worker
applies a fetched batch, writes the state of every account it touched, the online model
and the last stream sequence to JetStream key-value storage, and only then acknowledges the batch. A
(re)started worker recreates its consumer at the stored sequence + 1 and loads account
states from the store as it meets them, so after a crash nothing is lost or counted twice.
One worker per partition at a time; a batch must be committed within ``ack_wait``.
Alerts go to ``<prefix>.alerts.<org>`` (deduplicated by message id).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import nats
from nats.aio.client import Client
from nats.aio.msg import Msg
from nats.js import JetStreamContext
from nats.js.api import ConsumerConfig, DeliverPolicy, StreamConfig
from nats.js.errors import KeyNotFoundError, NotFoundError
from nats.js.kv import KeyValue

from vaern.errors import Invalid
from vaern.monitoring.engine import Decision, Monitor, parse_event, pseudonymise
from vaern.monitoring.model import OnlineModel
from vaern.monitoring.schemas import EVENT_ADAPTER
from vaern.monitoring.state import AccountState
from vaern.monitoring.typologies import TypologySet

DEFAULT_URL = "nats://127.0.0.1:4222"


def partition_of(account_ref: str, partitions: int) -> int:
    return zlib.crc32(account_ref.encode()) % partitions


@dataclass
class Bus:
    nc: Client
    js: JetStreamContext
    prefix: str
    partitions: int

    @property
    def stream(self) -> str:
        return self.prefix.upper().replace(".", "_")

    @classmethod
    async def connect(
        cls, url: str = DEFAULT_URL, *, prefix: str = "vaern", partitions: int = 4
    ) -> Bus:
        nc = await nats.connect(url, connect_timeout=2, max_reconnect_attempts=0)
        bus = cls(nc, nc.jetstream(), prefix, partitions)
        config = StreamConfig(
            name=bus.stream, subjects=[f"{prefix}.events.*.*", f"{prefix}.alerts.*"]
        )
        try:
            await bus.js.stream_info(bus.stream)
        except NotFoundError:
            await bus.js.add_stream(config)
        return bus

    async def close(self) -> None:
        await self.nc.close()

    def subject(self, organisation_id: uuid.UUID, partition: int) -> str:
        return f"{self.prefix}.events.{organisation_id.hex}.{partition}"

    async def publish_event(self, organisation_id: uuid.UUID, data: Any, *, now: datetime) -> int:
        """Validate, pseudonymise and publish one event; returns its stream sequence.

        Raises ``Invalid`` for a bad event. JetStream drops a repeated event id."""
        event = pseudonymise(parse_event(data, now=now), organisation_id=organisation_id)
        subject = self.subject(organisation_id, partition_of(event.account_id, self.partitions))
        ack = await self.js.publish(
            subject,
            event.model_dump_json().encode(),
            headers={"Nats-Msg-Id": f"{organisation_id.hex}:{event.event_id}"},
        )
        return ack.seq

    async def publish_events(
        self, organisation_id: uuid.UUID, items: list[Any], *, now: datetime
    ) -> list[int | str]:
        """Publish concurrently; each item gives its sequence or the reason it was refused."""

        async def one(data: Any) -> int | str:
            try:
                return await self.publish_event(organisation_id, data, now=now)
            except Invalid as exc:
                return exc.detail

        return list(await asyncio.gather(*(one(d) for d in items)))

    async def delete(self) -> None:
        await self.js.delete_stream(self.stream)


@dataclass
class Worker:
    """Consumes one partition of one organisation's events."""

    bus: Bus
    organisation_id: uuid.UUID
    partition: int
    rules: TypologySet | None = None
    ack_wait: float = 30.0
    monitor: Monitor = field(init=False)
    last_seq: int = 0
    _kv: KeyValue | None = None
    _sub: JetStreamContext.PullSubscription | None = None
    _touched: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        return f"{self.bus.stream}-{self.organisation_id.hex[:16]}-p{self.partition}"

    async def start(self) -> None:
        self._kv = await self.bus.js.create_key_value(bucket=f"{self.bus.stream}_STATE")
        model = await self._get(f"{self.name}.model")
        self.monitor = Monitor(self.rules, model=OnlineModel.loads(model) if model else None)
        self.last_seq = int(await self._get(f"{self.name}.seq") or 0)
        # The snapshot, not the consumer, says what has been applied: restart the durable
        # consumer right after it, in stream order (redeliveries would come out of order).
        with contextlib.suppress(NotFoundError):
            await self.bus.js.delete_consumer(self.bus.stream, self.name)
        self._sub = await self.bus.js.pull_subscribe(
            self.bus.subject(self.organisation_id, self.partition),
            durable=self.name,
            stream=self.bus.stream,
            config=ConsumerConfig(
                ack_wait=self.ack_wait,
                max_ack_pending=10_000,
                deliver_policy=DeliverPolicy.BY_START_SEQUENCE,
                opt_start_seq=self.last_seq + 1,
            ),
        )

    async def _get(self, key: str) -> bytes | None:
        assert self._kv is not None
        try:
            entry = await self._kv.get(key)
        except KeyNotFoundError:
            return None
        return entry.value

    async def fetch(self, batch: int = 100, timeout: float = 1.0) -> list[Msg]:
        assert self._sub is not None
        try:
            return await self._sub.fetch(batch, timeout=timeout)
        except TimeoutError:
            return []

    async def apply(self, msgs: list[Msg]) -> list[Decision]:
        """Score the messages not yet reflected in the stored state; publish alerts."""
        decisions = []
        for msg in msgs:
            seq = msg.metadata.sequence.stream
            if seq <= self.last_seq:
                continue  # already in the snapshot: a redelivery after a crash
            event = EVENT_ADAPTER.validate_json(msg.data)
            ref = event.account_id
            if ref not in self.monitor.states:
                raw = await self._get(f"{self.name}.a.{ref}")
                if raw is not None:
                    self.monitor.states[ref] = AccountState.from_json(json.loads(raw))
            decision = self.monitor.process(event)
            self._touched.add(ref)
            self.last_seq = seq
            decisions.append(decision)
            for hit in decision.hits:
                await self.bus.js.publish(
                    f"{self.bus.prefix}.alerts.{self.organisation_id.hex}",
                    json.dumps(alert_record(decision, hit.typology.id, hit.score)).encode(),
                    headers={"Nats-Msg-Id": f"{event.event_id}:{hit.typology.id}"},
                )
        return decisions

    async def commit(self, msgs: list[Msg]) -> None:
        """Snapshot touched accounts and the sequence, then acknowledge the batch."""
        kv = self._kv
        assert kv is not None
        await asyncio.gather(
            *(
                kv.put(
                    f"{self.name}.a.{ref}", json.dumps(self.monitor.states[ref].to_json()).encode()
                )
                for ref in self._touched
                if ref in self.monitor.states
            )
        )
        if self.monitor.model.learnt_since_snapshot:
            await kv.put(f"{self.name}.model", self.monitor.model.dumps())
        await kv.put(f"{self.name}.seq", str(self.last_seq).encode())
        self._touched.clear()
        await asyncio.gather(*(msg.ack() for msg in msgs))

    async def run_once(self, batch: int = 100, timeout: float = 1.0) -> list[Decision]:
        msgs = await self.fetch(batch, timeout)
        decisions = await self.apply(msgs)
        await self.commit(msgs)
        return decisions


def alert_record(decision: Decision, typology_id: str, score: float) -> dict[str, Any]:
    event = decision.event
    return {
        "event_id": event.event_id,
        "occurred_at": event.occurred_at.isoformat(),
        "account_ref": event.account_id,
        "typology": typology_id,
        "score": score,
        "model_score": decision.model_score,
        "event_ids": decision.evidence,
        "features": decision.features,
    }
