"""Scale-out over NATS JetStream: a publisher, partition workers and the alert outbox.

Events are validated and pseudonymised before they are published, so the stream holds
no clear account ids. Subjects are ``<prefix>.events.<org>.<partition>`` with the partition
a hash of the account pseudonym over a fixed number of partitions (written in the
stream's description; a publisher or worker with another number is refused). Scaling out
moves whole partitions between worker processes; accounts never move between partitions.

A worker owns one partition (of all organisations) through one durable push consumer. It
scores events as they arrive and, every ``snapshot_every`` seconds, writes each touched
account's state (with the stream sequence it reflects), the online model and the
partition's last applied sequence to JetStream key-value storage, then acknowledges (in
the background, while it scores on). An event id already in its account's window is
refused, so an event resent after the de-duplication window is not scored twice.
A (re)started worker replays the stream from the partition's stored sequence + 1 and
skips, per account, events its snapshot already holds: after a kill -9 nothing is lost
and nothing is counted twice. One worker per partition at a time.

Alerts are published to ``<prefix>.alerts.<org>`` before the event they come from is
acknowledged, with the message id ``<org>:<event_id>:<typology>``: a replay republishes
them and JetStream drops the copies (``duplicate_window``); past that window the outbox's
unique key (organisation, event, typology) drops them. The outbox (``AlertOutbox``)
stores alerts, opens cases and queues webhooks, away from the scoring path.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import nats
import orjson
from nats.aio.client import Client
from nats.aio.msg import Msg
from nats.aio.subscription import Subscription
from nats.js import JetStreamContext
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy, StreamConfig
from nats.js.errors import APIError, KeyNotFoundError, NotFoundError
from nats.js.kv import KeyValue
from pydantic import TypeAdapter

from vaern.errors import DomainError, Invalid
from vaern.monitoring.engine import Decision, Monitor, alert_values, parse_event, pseudonymise
from vaern.monitoring.online_model import OnlineModel
from vaern.monitoring.schemas import AccountEvent, IngestResult, ItemResult
from vaern.monitoring.state import REFUSED, AccountState
from vaern.monitoring.typologies import TypologySet

DEFAULT_URL = "nats://127.0.0.1:4222"
DUPLICATE_WINDOW = 3600.0  # seconds JetStream remembers a message id (event and alert)
ACK_TIMEOUT = 10.0  # seconds to wait for JetStream to store a batch
MAX_UNACKED = 20_000  # events a worker holds unacknowledged (JetStream stops sending there)
# Header on every event: the publisher's clock (epoch seconds) when the batch was handed to
# ``publish_events``; a worker can report publish -> decision from it (same clock only).
PUBLISHED = "Vaern-Published"
log = logging.getLogger(__name__)
_EVENTS = TypeAdapter(list[AccountEvent])


def partition_of(account_ref: str, partitions: int) -> int:
    return zlib.crc32(account_ref.encode()) % partitions


def parse_partitions(spec: str, of: int) -> list[int]:
    """``"0-3"``, ``"1,5,6"`` or ``"2"`` as a sorted list of partitions below ``of``."""
    chosen: set[int] = set()
    try:
        for part in spec.split(","):
            low, _, high = part.strip().partition("-")
            chosen.update(range(int(low), int(high or low) + 1))
    except ValueError:
        raise Invalid(f"partitions {spec[:40]!r}: use e.g. 0-3 or 0,2,5") from None
    if not chosen or min(chosen) < 0 or max(chosen) >= of:
        raise Invalid(f"partitions {spec[:40]!r}: must lie in 0-{of - 1}")
    return sorted(chosen)


@dataclass(frozen=True, slots=True)
class Stored:
    """JetStream's acknowledgement of one published message."""

    seq: int
    duplicate: bool


Outgoing = tuple[str, bytes, dict[str, str] | None]  # subject, body, headers


async def publish_all(nc: Client, messages: Sequence[Outgoing]) -> list[Stored]:
    """Publish to JetStream without waiting between messages, then wait for every ack.

    The acks come back on one reply subscription for the whole batch (reply subject
    ``<inbox>.<index>``), not a future, a semaphore slot and a random token per message
    as with ``publish_async``: that bookkeeping cost more than the publishing. Raises
    ``TimeoutError`` when JetStream has not stored them all within ``ACK_TIMEOUT``."""
    if not messages:
        return []
    inbox = nc.new_inbox()
    cut = len(inbox) + 1
    acks: list[Stored | None] = [None] * len(messages)
    done = asyncio.get_running_loop().create_future()
    missing = len(messages)

    async def on_ack(msg: Msg) -> None:
        nonlocal missing
        if done.done():
            return
        status = msg.headers.get("Status") if msg.headers else None
        reply = orjson.loads(msg.data) if msg.data else {}
        if status or "error" in reply:  # 503: no stream for the subject; or a stream error
            error = reply.get("error") or {"code": int(status or 0), "description": status}
            done.set_exception(APIError.from_error(error))
            return
        index = int(msg.subject[cut:])
        if acks[index] is None:
            missing -= 1
        acks[index] = Stored(reply["seq"], bool(reply.get("duplicate")))
        if not missing:
            done.set_result(None)

    sub = await nc.subscribe(f"{inbox}.*", cb=on_ack)
    try:
        for index, (subject, body, headers) in enumerate(messages):
            await nc.publish(subject, body, reply=f"{inbox}.{index}", headers=headers)
        await asyncio.wait_for(done, ACK_TIMEOUT)
    finally:
        await sub.unsubscribe()
    return acks  # type: ignore[return-value]  # all set once ``done``


def _description(partitions: int) -> str:
    return f"vaern monitoring events and alerts; partitions={partitions}"


@dataclass
class Bus:
    nc: Client
    js: JetStreamContext
    prefix: str
    partitions: int
    replicas: int = 1  # copies of the stream and the state bucket (3 on a 3-node cluster)

    @property
    def stream(self) -> str:
        return self.prefix.upper().replace(".", "_")

    @classmethod
    async def connect(
        cls,
        url: str = DEFAULT_URL,
        *,
        prefix: str = "vaern",
        partitions: int = 8,
        replicas: int = 1,
        duplicate_window: float = DUPLICATE_WINDOW,
    ) -> Bus:
        """Connect and create the stream if missing (``replicas=3`` on a 3-node cluster)."""
        nc = await nats.connect(url, connect_timeout=2, max_reconnect_attempts=0)
        js = nc.jetstream()
        bus = cls(nc, js, prefix, partitions, replicas)
        try:
            info = await bus.js.stream_info(bus.stream)
        except NotFoundError:
            await bus.js.add_stream(
                StreamConfig(
                    name=bus.stream,
                    description=_description(partitions),
                    subjects=[f"{prefix}.events.*.*", f"{prefix}.alerts.*"],
                    duplicate_window=duplicate_window,
                    num_replicas=replicas,
                )
            )
        else:
            if info.config.description != _description(partitions):
                await nc.close()
                raise Invalid(
                    f"stream {bus.stream} was made with another partition count"
                    f" ({info.config.description}); use the same for all publishers and workers"
                )
        return bus

    async def close(self) -> None:
        await self.nc.close()

    def subject(self, organisation_id: uuid.UUID, partition: int) -> str:
        return f"{self.prefix}.events.{organisation_id.hex}.{partition}"

    def alerts_subject(self, organisation_id: uuid.UUID) -> str:
        return f"{self.prefix}.alerts.{organisation_id.hex}"

    def _message(
        self, organisation_id: uuid.UUID, data: Any, now: datetime, published: str
    ) -> Outgoing:
        """Subject, body and headers of one event (``Invalid`` for a bad one)."""
        event = pseudonymise(parse_event(data, now=now), organisation_id=organisation_id)
        subject = self.subject(organisation_id, partition_of(event.account_id, self.partitions))
        headers = {"Nats-Msg-Id": f"{organisation_id.hex}:{event.event_id}", PUBLISHED: published}
        return subject, event.model_dump_json().encode(), headers

    async def publish_event(
        self, organisation_id: uuid.UUID, data: Any, *, now: datetime
    ) -> tuple[int, bool]:
        """Validate, pseudonymise and publish one event; answers after JetStream stored it.

        Returns its stream sequence and whether JetStream already held that event id.
        Raises ``Invalid`` for a bad event."""
        subject, body, headers = self._message(organisation_id, data, now, f"{time.time():.6f}")
        ack = await self.js.publish(subject, body, headers=headers)
        return ack.seq, bool(ack.duplicate)

    async def publish_events(
        self, organisation_id: uuid.UUID, items: list[Any], *, now: datetime
    ) -> IngestResult:
        """Publish a batch without waiting between events, then wait for every ack;
        per item: accepted (stored), duplicate or rejected with the reason."""
        results: list[ItemResult] = []
        pending: list[tuple[int, str | None]] = []
        messages: list[Outgoing] = []
        published = f"{time.time():.6f}"  # one clock read for the batch
        for index, data in enumerate(items):
            raw_id = data.get("event_id") if isinstance(data, dict) else None
            event_id = raw_id if isinstance(raw_id, str) else None
            try:
                messages.append(self._message(organisation_id, data, now, published))
            except DomainError as exc:
                results.append(
                    ItemResult(index=index, event_id=event_id, status="rejected", reason=exc.detail)
                )
                continue
            pending.append((index, event_id))
        acks = await publish_all(self.nc, messages)
        for (index, event_id), ack in zip(pending, acks, strict=True):
            status = "duplicate" if ack.duplicate else "accepted"
            results.append(
                ItemResult(index=index, event_id=event_id, status=status, sequence=ack.seq)
            )
        return IngestResult.of(results)

    async def delete(self) -> None:
        await self.js.delete_stream(self.stream)
        with contextlib.suppress(NotFoundError):
            await self.js.delete_key_value(f"{self.stream}_STATE")


def shipped_rules(organisation_id: uuid.UUID) -> TypologySet | None:
    return None  # the Monitor's default: the shipped typology library


@dataclass
class Worker:
    """Scores one partition of the events of every organisation."""

    bus: Bus
    partition: int
    rules_for: Callable[[uuid.UUID], TypologySet | None] = shipped_rules
    ack_wait: float = 30.0
    snapshot_every: float = 0.0  # seconds between snapshots; 0: after every batch
    monitors: dict[uuid.UUID, Monitor] = field(default_factory=dict)
    last_seq: int = 0  # the last stream sequence applied
    _kv: KeyValue | None = None
    _sub: Subscription | None = None
    _received: list[Msg] = field(default_factory=list)  # delivered, not yet fetched
    _arrived: asyncio.Event = field(default_factory=asyncio.Event)
    _orgs: dict[str, uuid.UUID] = field(default_factory=dict)  # subject -> organisation
    _touched: set[tuple[uuid.UUID, str]] = field(default_factory=set)
    # Sequences reflected by snapshots loaded during a replay (skip those events again).
    _account_seq: dict[tuple[uuid.UUID, str], int] = field(default_factory=dict)
    _model_seq: dict[uuid.UUID, int] = field(default_factory=dict)
    _unacked: Msg | None = None
    _unacked_count: int = 0
    _storing: asyncio.Task[None] | None = None  # the snapshot being stored
    _resumed: bool = False
    _snapshot_at: float = 0.0

    @property
    def name(self) -> str:
        return f"{self.bus.stream}-p{self.partition}"

    def _key(self, *parts: str) -> str:
        return ".".join([f"p{self.partition}", *parts])

    async def start(self) -> None:
        self._kv = await self.bus.js.create_key_value(bucket=f"{self.bus.stream}_STATE", history=1)
        self.last_seq = int(await self._get(self._key("seq")) or 0)
        # With no stored sequence, replaying from the start rebuilds every account exactly
        # (an account snapshot written before a crash is simply overwritten).
        self._resumed = self.last_seq > 0
        # The snapshot, not the consumer, says what has been applied: restart the durable
        # consumer right after it, in stream order (redeliveries would come out of order).
        with contextlib.suppress(NotFoundError):
            await self.bus.js.delete_consumer(self.bus.stream, self.name)
        # A push consumer: JetStream sends up to MAX_UNACKED events ahead, and a callback
        # only appends them here (a pull fetch costs a task and a timer per message).
        self._sub = await self.bus.js.subscribe(
            f"{self.bus.prefix}.events.*.{self.partition}",
            durable=self.name,
            stream=self.bus.stream,
            cb=self._receive,
            manual_ack=True,
            config=ConsumerConfig(
                ack_policy=AckPolicy.ALL,
                ack_wait=self.ack_wait,
                max_ack_pending=MAX_UNACKED,
                deliver_policy=DeliverPolicy.BY_START_SEQUENCE,
                opt_start_seq=self.last_seq + 1,
            ),
        )
        self._snapshot_at = time.monotonic()

    async def _receive(self, msg: Msg) -> None:
        self._received.append(msg)
        self._arrived.set()

    async def _get(self, key: str) -> bytes | None:
        assert self._kv is not None
        try:
            entry = await self._kv.get(key)
        except KeyNotFoundError:
            return None
        return entry.value

    async def fetch(self, batch: int = 500, timeout: float = 1.0) -> list[Msg]:
        """Up to ``batch`` delivered events, waiting at most ``timeout`` for the first."""
        if not self._received:
            self._arrived.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._arrived.wait(), timeout)
        msgs, self._received[:batch] = self._received[:batch], []
        return msgs

    async def _monitor(self, organisation_id: uuid.UUID) -> Monitor:
        monitor = self.monitors.get(organisation_id)
        if monitor is None:
            raw = await self._get(self._key("m", organisation_id.hex))
            model = None
            if raw is not None:
                seq, _, blob = raw.partition(b"\n")
                self._model_seq[organisation_id] = int(seq)
                model = OnlineModel.loads(blob)
            monitor = Monitor(self.rules_for(organisation_id), model=model)
            self.monitors[organisation_id] = monitor
        return monitor

    async def _restore(self, organisation_id: uuid.UUID, ref: str, monitor: Monitor) -> None:
        raw = await self._get(self._key("a", organisation_id.hex, ref))
        if raw is not None:
            snapshot = orjson.loads(raw)
            monitor.states[ref] = AccountState.from_json(snapshot["s"])
            self._account_seq[organisation_id, ref] = snapshot["q"]

    def _organisation(self, subject: str) -> uuid.UUID:
        org = self._orgs.get(subject)
        if org is None:
            org = self._orgs[subject] = uuid.UUID(subject.rsplit(".", 2)[1])
        return org

    async def apply(self, msgs: list[Msg]) -> list[Decision]:
        """Score the messages not yet applied; publish their alerts (stored before the
        event is acknowledged)."""
        fresh = [(m.metadata.sequence.stream, m) for m in msgs]
        fresh = [(seq, m) for seq, m in fresh if seq > self.last_seq]  # else a redelivery
        # One validation call for the batch (the events were validated when published).
        events = _EVENTS.validate_json(b"[" + b",".join(m.data for _, m in fresh) + b"]")
        batch = [
            (seq, self._organisation(m.subject), event)
            for (seq, m), event in zip(fresh, events, strict=True)
        ]
        await self._restore_batch(batch)
        decisions: list[Decision] = []
        alerts: list[Outgoing] = []
        for seq, organisation_id, event in batch:
            monitor = await self._monitor(organisation_id)
            ref = event.account_id
            self.last_seq = seq
            if seq <= self._account_seq.get((organisation_id, ref), 0):
                continue  # replayed after a crash, already in this account's snapshot
            try:
                decision = monitor.process(
                    event, learn=seq > self._model_seq.get(organisation_id, 0)
                )
            except REFUSED as exc:  # late, or repeated after the broker forgot its id
                log.warning("event %s dropped: %s", event.event_id, exc)
                continue
            self._touched.add((organisation_id, ref))
            decisions.append(decision)
            msg_id = f"{organisation_id.hex}:{event.event_id}"
            subject = self.bus.alerts_subject(organisation_id)
            for hit in decision.hits:
                body = orjson.dumps(alert_values(decision, hit))
                alerts.append((subject, body, {"Nats-Msg-Id": f"{msg_id}:{hit.typology.id}"}))
        await publish_all(self.bus.nc, alerts)
        if msgs:
            self._unacked = msgs[-1]
            self._unacked_count += len(msgs)
        return decisions

    async def _restore_batch(self, batch: list[tuple[int, uuid.UUID, AccountEvent]]) -> None:
        """Load, all at once, the snapshots of the batch's accounts not in memory.

        Only a worker that resumed a partition, or whose memory is full (accounts were
        evicted), can meet an account whose snapshot it does not hold."""
        wanted: dict[tuple[uuid.UUID, str], Monitor] = {}
        for _, organisation_id, event in batch:
            monitor = await self._monitor(organisation_id)
            if (self._resumed or len(monitor.states) >= monitor.max_accounts) and (
                event.account_id not in monitor.states
            ):
                wanted[organisation_id, event.account_id] = monitor
        await asyncio.gather(*(self._restore(o, ref, m) for (o, ref), m in wanted.items()))

    def _snapshot(self) -> tuple[list[Outgoing], int, Msg | None]:
        """The KV writes of the touched accounts and learnt models as of now, the sequence
        they reflect and the last message they cover (taken: later events start anew)."""
        seq = self.last_seq
        values: list[Outgoing] = []
        bucket = f"$KV.{self.bus.stream}_STATE."  # a KV put is a publish to $KV.<bucket>.<key>
        for organisation_id, ref in self._touched:
            state = self.monitors[organisation_id].states.get(ref)
            if state is not None:
                value = orjson.dumps({"q": seq, "s": state.to_json()})
                values.append((bucket + self._key("a", organisation_id.hex, ref), value, None))
            self._account_seq.pop((organisation_id, ref), None)
        for organisation_id, monitor in self.monitors.items():
            if monitor.model.learnt_since_snapshot:
                blob = f"{seq}\n".encode() + monitor.model.dumps()
                values.append((bucket + self._key("m", organisation_id.hex), blob, None))
        self._touched.clear()
        unacked, self._unacked, self._unacked_count = self._unacked, None, 0
        self._snapshot_at = time.monotonic()
        return values, seq, unacked

    async def _store(self, values: list[Outgoing], seq: int, unacked: Msg | None) -> None:
        """Write a snapshot, then ``p<n>.seq``, then acknowledge (in that order)."""
        assert self._kv is not None
        await publish_all(self.bus.nc, values)
        await self._kv.put(self._key("seq"), str(seq).encode())
        if unacked is not None:
            await unacked.ack()  # AckPolicy.ALL: everything up to it

    async def commit(self) -> None:
        """Snapshot touched accounts, models and the sequence; then acknowledge."""
        if self._storing is not None:
            await self._storing  # snapshots are stored in order
            self._storing = None
        await self._store(*self._snapshot())

    @property
    def due(self) -> bool:
        """Every ``snapshot_every`` seconds, and before JetStream stops sending (half of
        ``MAX_UNACKED`` held)."""
        elapsed = time.monotonic() - self._snapshot_at
        return elapsed >= self.snapshot_every or self._unacked_count >= MAX_UNACKED // 2

    async def commit_if_due(self) -> None:
        """When due, take a snapshot now and store it in the background while scoring goes
        on (the next waits until this one is stored: they never overtake each other)."""
        if self._storing is not None:
            if not self._storing.done():
                return
            self._storing.result()  # raises if storing failed: the worker stops
        if self.due:
            self._storing = asyncio.create_task(self._store(*self._snapshot()))

    async def run_once(self, batch: int = 500, timeout: float = 1.0) -> list[Decision]:
        decisions = await self.apply(await self.fetch(batch, timeout))
        if self.due:
            await self.commit()
        return decisions
