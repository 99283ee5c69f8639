"""Idempotent ingest under concurrency: two transactions with the same new event id."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from tests.conftest import Tenant
from vaern import config, db
from vaern.monitoring import service
from vaern.monitoring.models import Alert, MonitoredEvent
from vaern.monitoring.schemas import IngestResult

SEED = Path(__file__).parents[2] / "src/vaern/monitoring/examples/seed003_221-2021.jsonl"


def seed() -> list[dict[str, Any]]:
    return [json.loads(line) for line in SEED.read_text().splitlines()]


def test_simultaneous_requests_with_the_same_new_event_id(
    make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    """The first transaction has stored the alerting event but not committed when the
    second sends the same id; the second must wait, then answer "duplicate" with the
    first's alert, with no error and nothing scored twice."""
    t = make_tenant()
    events = seed()
    upto = next(i for i, e in enumerate(events) if e["event_id"] == "s003-h-foreign-1")
    with db.session_scope(settings.database_url) as s:
        service.ingest(s, organisation_id=t.org.id, items=events[:upto])
    target = [events[upto]]
    first_in = threading.Event()
    second: dict[str, Any] = {}

    def send_again() -> None:
        first_in.wait(5)
        try:
            with db.session_scope(settings.database_url) as s:
                second["result"] = service.ingest(s, organisation_id=t.org.id, items=target)
        except Exception as exc:  # recorded, then asserted on below
            second["error"] = exc

    other = threading.Thread(target=send_again)
    other.start()
    with db.session_scope(settings.database_url) as s:
        first = service.ingest(s, organisation_id=t.org.id, items=target)
        first_in.set()
        other.join(0.5)  # the second is now blocked on the uncommitted row
        assert other.is_alive(), "the second request did not wait for the first"
    other.join(10)

    assert "error" not in second, second.get("error")
    again: IngestResult = second["result"]
    assert first.items[0].status == "accepted" and first.items[0].alert_ids
    assert again.items[0].status == "duplicate"
    assert again.items[0].alert_ids == first.items[0].alert_ids
    with db.session_scope(settings.database_url) as s:
        stored = s.scalar(
            sa.select(sa.func.count())
            .select_from(MonitoredEvent)
            .where(MonitoredEvent.organisation_id == t.org.id)
        )
        alerts = s.scalars(sa.select(Alert.id).where(Alert.organisation_id == t.org.id)).all()
    assert stored == upto + 1 and len(alerts) == len(first.items[0].alert_ids)


def test_batches_with_the_same_ids_in_opposite_order_do_not_deadlock(
    make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    t = make_tenant()
    events = [
        {"event_id": f"login-{i}", "type": "login", "channel": "netbank",
         "occurred_at": "2026-11-02T08:00:00+00:00", "account_id": f"acc-{i}"}
        for i in range(40)
    ]  # fmt: skip
    barrier = threading.Barrier(2)
    results: list[IngestResult] = []
    errors: list[Exception] = []

    def send(items: list[dict[str, Any]]) -> None:
        try:
            with db.session_scope(settings.database_url) as s:
                barrier.wait(5)
                results.append(service.ingest(s, organisation_id=t.org.id, items=items))
        except Exception as exc:  # recorded, then asserted on below
            errors.append(exc)

    threads = [
        threading.Thread(target=send, args=(events,)),
        threading.Thread(target=send, args=(events[::-1],)),
    ]
    for th in threads:
        th.start()
    for th in threads:
        th.join(30)
    assert not errors, errors
    assert sum(r.accepted for r in results) == len(events)
    assert sum(r.duplicates for r in results) == len(events)
