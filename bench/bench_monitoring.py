"""Monitoring: in-process throughput, decision and alert latency, memory per account, NATS.

Synthetic, seeded stream: benign card payments, logins and transfers over 20,000 accounts,
with one seed-003-style takeover (phone change, foreign card-not-present payment, instant
transfer) injected every 500 events. Targets (issue 9): >= 20,000 events/s per core and
p99 decision latency <= 2 ms in-process; 1,000,000 accounts in 2 GiB.
"""

from __future__ import annotations

import asyncio
import gc
import os
import random
import time
import tracemalloc
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from vaern.monitoring.engine import Monitor, parse_event, pseudonymise
from vaern.monitoring.schemas import AccountEvent

TITLE = "Monitoring (issue 9): in-process scoring, latency, memory, NATS loopback"
START = datetime(2026, 11, 1, tzinfo=UTC)
ORG = uuid.UUID("00000000-0000-4000-8000-000000000009")


def stream(n: int, accounts: int, seed: int = 9) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    t = START
    for i in range(n):
        t += timedelta(milliseconds=rng.randint(1, 40))
        acc = f"acc-{rng.randrange(accounts)}"
        base = {"event_id": f"e{i}", "occurred_at": t.isoformat(), "account_id": acc}
        if i % 500 == 0:  # takeover: three events on a fresh account
            victim = f"victim-{i}"
            for k, extra in enumerate(
                [
                    {"type": "contact_change", "field": "phone"},
                    {"type": "card_payment", "amount": "23746.73", "merchant_country": "GB",
                     "card_present": False, "sca": False},
                    {"type": "transfer", "amount": "9780.00", "instant": True, "new_payee": True},
                ]
            ):  # fmt: skip
                out.append(
                    {**base, "event_id": f"e{i}-{k}", "account_id": victim,
                     "occurred_at": (t + timedelta(seconds=60 * k)).isoformat(), **extra}
                )  # fmt: skip
            continue
        r = rng.random()
        if r < 0.6:
            country = "DK" if rng.random() < 0.95 else rng.choice(["SE", "DE", "ES"])
            extra = {"type": "card_payment", "amount": f"{rng.lognormvariate(5.5, 1):.2f}",
                     "merchant_country": country, "card_present": rng.random() < 0.7,
                     "sca": True}  # fmt: skip
        elif r < 0.85:
            extra = {"type": "login", "channel": "mobile_app", "device_id": f"d{acc}",
                     "ip_country": "DK"}  # fmt: skip
        else:
            extra = {"type": "transfer", "amount": f"{rng.lognormvariate(7, 1):.2f}",
                     "instant": rng.random() < 0.3, "new_payee": rng.random() < 0.05}  # fmt: skip
        out.append({**base, **extra})
    return out


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def warm_monitor() -> Monitor:
    """A monitor whose online model is past its warm-up (so its scoring is measured too):
    an analyst confirmed the alerts of a separate stream (accounts of another organisation)."""
    now, monitor = datetime.now(UTC), Monitor()
    for data in stream(5_000, accounts=2_000, seed=1):
        decision = monitor.process(pseudonymise(parse_event(data, now=now), organisation_id=None))
        if decision.hits:
            monitor.model.feedback(decision.features, fraud=True)
    assert monitor.model.ready
    return monitor


def in_process(raw: list[dict[str, Any]]) -> list[tuple[str, str]]:
    now = datetime.now(UTC)
    monitor = warm_monitor()
    lat: list[float] = []
    alert_lat: list[float] = []
    alerts = 0
    gc.collect()
    began, cpu = time.perf_counter(), time.process_time()
    for data in raw:
        t0 = time.perf_counter_ns()
        event = pseudonymise(parse_event(data, now=now), organisation_id=ORG)
        decision = monitor.process(event)
        dt = (time.perf_counter_ns() - t0) / 1e6
        lat.append(dt)
        if decision.hits:
            alerts += 1
            alert_lat.append(dt)
    elapsed, cpu = time.perf_counter() - began, time.process_time() - cpu
    parsed = [pseudonymise(parse_event(d, now=now), organisation_id=ORG) for d in raw]
    engine_only = warm_monitor()
    began = time.perf_counter()
    for event in parsed:
        engine_only.process(event)
    engine_elapsed = time.perf_counter() - began
    return [
        ("events (synthetic, seeded); online model warm, scoring every money event",
         f"{len(raw):,}"),
        ("alerts raised", f"{alerts:,}"),
        ("events/s, one core: validate + pseudonymise + score", f"{len(raw) / elapsed:,.0f}"),
        ("events per CPU-second: validate + pseudonymise + score (ignores waiting for a core)",
         f"{len(raw) / cpu:,.0f}"),
        ("events/s, one core: score only (pre-validated)", f"{len(raw) / engine_elapsed:,.0f}"),
        ("decision latency p50 / p99 / p99.9 (ms)",
         f"{pct(lat, 0.5):.3f} / {pct(lat, 0.99):.3f} / {pct(lat, 0.999):.3f}"),
        ("alert latency (event in -> alert decided) p99 (ms)", f"{pct(alert_lat, 0.99):.3f}"),
    ]  # fmt: skip


def memory(accounts: int = 20_000, per_account: int = 20) -> list[tuple[str, str]]:
    now = datetime.now(UTC)
    events: list[AccountEvent] = []
    for a in range(accounts):
        for k in range(per_account):
            data = {"event_id": f"m{a}-{k}", "type": "card_payment", "account_id": f"m{a}",
                    "occurred_at": (START + timedelta(minutes=10 * k)).isoformat(),
                    "amount": "120.00", "merchant_country": "DK", "card_present": True,
                    "sca": True}  # fmt: skip
            events.append(pseudonymise(parse_event(data, now=now), organisation_id=ORG))
    gc.collect()
    tracemalloc.start()
    monitor = Monitor()
    for event in events:
        monitor.process(event)
    gc.collect()
    size, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    per = size / accounts
    return [
        (f"memory per tracked account ({per_account} events in window)", f"{per / 1024:.1f} KiB"),
        ("1,000,000 such accounts (estimate)", f"{per * 1e6 / 2**30:.2f} GiB"),
    ]


async def _nats(raw: list[dict[str, Any]]) -> list[tuple[str, str]]:
    from vaern.monitoring.streaming import Bus, Worker

    bus = await Bus.connect(prefix=f"bench{uuid.uuid4().hex[:8]}", partitions=1)
    try:
        now = datetime.now(UTC)
        began = time.perf_counter()
        for i in range(0, len(raw), 500):
            await bus.publish_events(ORG, raw[i : i + 500], now=now)
        published = time.perf_counter() - began
        worker = Worker(bus, ORG, 0)
        await worker.start()
        began, done = time.perf_counter(), 0
        while done < len(raw):
            decisions = await worker.run_once(batch=500, timeout=1.0)
            if not decisions:
                break
            done += len(decisions)
        consumed = time.perf_counter() - began
    finally:
        await bus.delete()
        await bus.close()
    return [
        ("NATS loopback: publish (JetStream acks, 500 in flight) events/s",
         f"{len(raw) / published:,.0f}"),
        ("NATS loopback: one partition worker, batches of 500, events/s",
         f"{done / consumed:,.0f} ({done:,} events, KV snapshot per batch)"),
    ]  # fmt: skip


def run() -> list[tuple[str, str]]:
    raw = stream(100_000, accounts=20_000)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    figures = [("load average at start (1/5/15 min; the 2 cores are shared)", load)]
    figures += in_process(raw)
    figures += memory(per_account=20) + memory(per_account=5)
    try:
        figures += asyncio.run(_nats(raw[:10_000]))
    except OSError as exc:
        figures.append(("NATS loopback", f"not measured: {exc}"))
    return figures


if __name__ == "__main__":
    for name, value in run():
        print(f"{name}: {value}")
