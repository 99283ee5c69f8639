"""Monitoring service: ingest events, persist alerts, triage them.

The embedded deployment keeps one ``Monitor`` per organisation in this process. Its state
is rebuilt from the stored events on first use, so a restart loses nothing (events within
the window horizon are replayed). Several API processes would each hold their own state:
use the NATS JetStream workers (``streaming.py``, ``cluster.py``) for that.
"""

from __future__ import annotations

import logging
import threading
import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from vaern.db import utcnow
from vaern.errors import DomainError, Invalid, NotFound
from vaern.monitoring.engine import Decision, Monitor, alert_values, parse_event, pseudonymise
from vaern.monitoring.models import Alert, AlertStatus, ModelSnapshot, MonitoredEvent, TypologyFile
from vaern.monitoring.online_model import OnlineModel
from vaern.monitoring.schemas import EVENT_ADAPTER, AccountEvent, IngestResult, ItemResult
from vaern.monitoring.state import ALLOWED_LATENESS, REFUSED, WINDOW
from vaern.monitoring.typologies import DEFAULT_FILE, TypologySet, parse
from vaern.orgs.access import Principal
from vaern.privacy import audit

MAX_BATCH = 1000
SNAPSHOT_EVERY = 100  # model updates between snapshots (each verdict is saved at once)
FEEDBACK = {AlertStatus.confirmed.value: True, AlertStatus.dismissed.value: False}
log = logging.getLogger(__name__)
_monitors: dict[uuid.UUID, Monitor] = {}
_lock = threading.RLock()


def monitor_for(session: Session, *, organisation_id: uuid.UUID) -> Monitor:
    monitor = _monitors.get(organisation_id)
    if monitor is None:
        # Built outside the lock: a thread must never wait for a database lock while
        # holding it (another request may hold that row and be waiting for the lock).
        rules = current_rules(session, organisation_id=organisation_id)[0]
        model = _load_model(session, organisation_id=organisation_id)
        built = Monitor(rules, model=model)
        # A restored model already reflects the stored events: replay them into the
        # windows only.
        rebuild(session, organisation_id=organisation_id, monitor=built, learn=model is None)
        with _lock:
            monitor = _monitors.setdefault(organisation_id, built)
    return monitor


def _load_model(session: Session, *, organisation_id: uuid.UUID) -> OnlineModel | None:
    data = session.scalar(
        sa.select(ModelSnapshot.data).where(ModelSnapshot.organisation_id == organisation_id)
    )
    if data is None:
        return None
    try:
        return OnlineModel.loads(data)
    except ValueError:
        log.warning("monitoring model snapshot refused (signature); starting a new model")
        return None


def save_model(session: Session, *, organisation_id: uuid.UUID, model: OnlineModel) -> None:
    """Snapshot the online model in the database (one row per organisation)."""
    with _lock:
        data = model.dumps()
    now = utcnow()
    values = {"data": data, "positives": model.positives, "negatives": model.negatives}
    # An upsert: two requests may write the first snapshot of an organisation at once.
    session.execute(
        _insert(session)(ModelSnapshot)
        .values(id=uuid.uuid4(), organisation_id=organisation_id, created_at=now, **values)
        .on_conflict_do_update(
            index_elements=["organisation_id"], set_={**values, "updated_at": now}
        )
    )


def _insert(session: Session) -> Any:
    """The dialect's INSERT, which has ON CONFLICT on both PostgreSQL and SQLite."""
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


def current_rules(session: Session, *, organisation_id: uuid.UUID) -> tuple[TypologySet, str]:
    """The organisation's typologies in force and their YAML (the shipped library if none)."""
    row = session.scalars(
        sa.select(TypologyFile)
        .where(TypologyFile.organisation_id == organisation_id)
        .order_by(TypologyFile.version.desc())
        .limit(1)
    ).first()
    text = row.text if row else DEFAULT_FILE.read_text(encoding="utf-8")
    return parse(text), text


def save_typologies(session: Session, *, principal: Principal, text: str) -> TypologySet:
    """Validate and put a new typology file in force; ``Invalid`` keeps the old one."""
    principal.require("analyse")
    rules = parse(text)
    org_id = principal.organisation_id
    active = current_rules(session, organisation_id=org_id)[0]
    if rules.version <= active.version:
        raise Invalid(f"line 1: version: must be higher than {active.version}, the one in force")
    session.add(
        TypologyFile(
            organisation_id=org_id, version=rules.version, text=text, author_id=principal.id
        )
    )
    audit.record(
        session,
        action="monitoring.typologies.save",
        actor_type=principal.kind,
        actor_id=principal.id,
        organisation_id=org_id,
        object_type="typologies",
        object_id=str(rules.version),
    )
    session.flush()
    if org_id in _monitors:
        _monitors[org_id].use(rules)
    return rules


def rebuild(
    session: Session, *, organisation_id: uuid.UUID, monitor: Monitor, learn: bool = True
) -> int:
    """Replay the stored events inside the window horizon into ``monitor``."""
    newest = session.scalar(
        sa.select(sa.func.max(MonitoredEvent.occurred_at)).where(
            MonitoredEvent.organisation_id == organisation_id
        )
    )
    if newest is None:
        return 0
    rows = session.scalars(
        sa.select(MonitoredEvent.payload).where(
            MonitoredEvent.organisation_id == organisation_id,
            MonitoredEvent.occurred_at >= newest - WINDOW - ALLOWED_LATENESS,
        )
    )
    return monitor.rebuild((EVENT_ADAPTER.validate_python(p) for p in rows), learn=learn)


def record_alerts(
    session: Session, *, organisation_id: uuid.UUID, decision: Decision
) -> list[Alert]:
    """Store one alert per typology that fired, its follow-up pending (see ``store_alert``)."""
    stored = (
        store_alert(
            session,
            organisation_id=organisation_id,
            values=alert_values(decision, hit),
            pending=True,
        )
        for hit in decision.hits
    )
    return [alert for alert in stored if alert is not None]


def store_alert(
    session: Session, *, organisation_id: uuid.UUID, values: dict[str, Any], pending: bool
) -> Alert | None:
    """Store an alert (``engine.alert_values``); with ``pending`` its follow-up (case,
    webhooks: ``flows.follow_up``) is marked for ``claim_pending_alerts``, otherwise the
    caller runs it now (``flows.store_alert``).

    ``None`` when the organisation already holds the alert of that event and typology:
    a replayed stream or a retried outbox message raises each alert once."""
    now = utcnow()
    row = {
        **values,
        "occurred_at": datetime.fromisoformat(values["occurred_at"]),
        "id": uuid.uuid4(),
        "organisation_id": organisation_id,
        "status": AlertStatus.open.value,
        "actions_taken": [],
        "flows_pending": pending,
        "created_at": now,
        "updated_at": now,
    }
    alert_id = session.scalar(
        _insert(session)(Alert)
        .values(**row)
        .on_conflict_do_nothing(index_elements=["organisation_id", "event_id", "typology_id"])
        .returning(Alert.id)
    )
    if alert_id is None:
        return None
    return session.get_one(Alert, alert_id)


def claim_pending_alerts(
    session: Session, *, organisation_id: uuid.UUID | None = None, limit: int = 500
) -> list[Alert]:
    """Claim alerts whose follow-up is pending (stored by API requests), in the order they
    were raised: the first alert on an account opens its case, later ones join it.

    Each alert is claimed by one conditional UPDATE, so the request's own follow-up and
    the ``monitoring.webhooks`` job sweeping after a crash never both get it (on
    PostgreSQL the second waits for the first's row lock and then finds nothing)."""
    oldest = sa.select(Alert.id).where(Alert.flows_pending.is_(True))
    if organisation_id is not None:
        oldest = oldest.where(Alert.organisation_id == organisation_id)
    claimed = session.scalars(
        sa.update(Alert)
        .where(Alert.id.in_(oldest.order_by(Alert.created_at).limit(limit)))
        .where(Alert.flows_pending.is_(True))
        .values(flows_pending=False)
        .returning(Alert.id)
        .execution_options(synchronize_session=False)
    ).all()
    # RETURNING has no order.
    return list(
        session.scalars(
            sa.select(Alert)
            .where(Alert.id.in_(claimed))
            .order_by(Alert.created_at, Alert.occurred_at)
            .execution_options(populate_existing=True)
        ).all()
    )


def _claim(session: Session, *, organisation_id: uuid.UUID, events: list[AccountEvent]) -> set[str]:
    """Insert the events, skipping ids already stored; return the ids this call inserted.

    ``ON CONFLICT DO NOTHING`` makes two simultaneous requests with the same new id safe:
    on PostgreSQL the second waits for the first's transaction and then sees a conflict,
    so exactly one of them scores the event and the other answers "duplicate"."""
    if not events:
        return set()
    now = utcnow()
    stmt = (
        _insert(session)(MonitoredEvent)
        .on_conflict_do_nothing(index_elements=["organisation_id", "event_id"])
        .returning(MonitoredEvent.event_id)
    )
    rows = [
        {
            "id": uuid.uuid4(),
            "created_at": now,
            "updated_at": now,
            "organisation_id": organisation_id,
            "event_id": e.event_id,
            "event_type": e.type,
            "account_ref": e.account_id,
            "occurred_at": e.occurred_at,
            "payload": e.model_dump(mode="json"),
        }
        # In id order, so two batches with the same ids in another order cannot deadlock.
        for e in sorted(events, key=lambda e: e.event_id)
    ]
    return set(session.scalars(stmt, rows))


def items_of(body: Any) -> tuple[list[Any], bool]:
    """The events of a request body and whether it was a single event: a JSON array,
    ``{"events": [...]}`` or one event object; at most ``MAX_BATCH``."""
    if isinstance(body, dict) and "events" in body:
        body = body["events"]
        if not isinstance(body, list):
            raise Invalid("events: must be a list")
    single = isinstance(body, dict)
    items = [body] if single else list(body)
    if len(items) > MAX_BATCH:
        raise Invalid(f"at most {MAX_BATCH} events per request")
    return items, single


def ingest(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    items: list[Any],
    now: datetime | None = None,
) -> IngestResult:
    """Score each item; a bad item is rejected with its reason and never stops the rest.

    Idempotent by event id, also under concurrency: a duplicate answers with the alerts
    the stored event raised."""
    now = now or utcnow()
    results: list[ItemResult] = []
    valid: dict[str, tuple[int, AccountEvent]] = {}
    for index, item in enumerate(items):
        raw_id = item.get("event_id") if isinstance(item, dict) else None
        event_id = raw_id if isinstance(raw_id, str) else None
        try:
            event = pseudonymise(parse_event(item, now=now), organisation_id=organisation_id)
        except DomainError as exc:
            results.append(
                ItemResult(index=index, event_id=event_id, status="rejected", reason=exc.detail)
            )
            continue
        if event.event_id in valid:
            results.append(ItemResult(index=index, event_id=event_id, status="duplicate"))
        else:
            valid[event.event_id] = (index, event)
    # The monitor first: its rebuild must not see the events this call is about to store.
    monitor = monitor_for(session, organisation_id=organisation_id)
    claimed = _claim(
        session, organisation_id=organisation_id, events=[e for _, e in valid.values()]
    )
    late: list[str] = []
    decisions: list[tuple[int, Decision]] = []
    with _lock:  # request threads share the monitor; no database work while holding it
        for event_id, (index, event) in valid.items():
            if event_id not in claimed:
                results.append(ItemResult(index=index, event_id=event_id, status="duplicate"))
                continue
            try:
                decisions.append((index, monitor.process(event)))
            except REFUSED as exc:  # repeated: only if its stored row was erased meanwhile
                late.append(event_id)
                results.append(
                    ItemResult(index=index, event_id=event_id, status="rejected", reason=str(exc))
                )
    for index, decision in decisions:
        event_id = decision.event.event_id
        # The alert rows now (their ids are in the answer); their cases and webhooks after
        # the answer (``flows.run_alert_flows``), off the request path.
        alerts = record_alerts(session, organisation_id=organisation_id, decision=decision)
        results.append(
            ItemResult(
                index=index, event_id=event_id, status="accepted", alert_ids=[a.id for a in alerts]
            )
        )
    if late:
        session.execute(
            sa.delete(MonitoredEvent).where(
                MonitoredEvent.organisation_id == organisation_id,
                MonitoredEvent.event_id.in_(late),
            )
        )
    _stored_alerts(session, organisation_id=organisation_id, results=results)
    if monitor.model.learnt_since_snapshot >= SNAPSHOT_EVERY:
        save_model(session, organisation_id=organisation_id, model=monitor.model)
    return IngestResult.of(results)


def _stored_alerts(
    session: Session, *, organisation_id: uuid.UUID, results: list[ItemResult]
) -> None:
    """Give each duplicate the ids of the alerts its stored event raised."""
    dupes = {r.event_id for r in results if r.status == "duplicate"}
    if not dupes:
        return
    by_event: dict[str, list[uuid.UUID]] = {}
    for event_id, alert_id in session.execute(
        sa.select(Alert.event_id, Alert.id)
        .where(Alert.organisation_id == organisation_id, Alert.event_id.in_(dupes))
        .order_by(Alert.created_at, Alert.id)
    ):
        by_event.setdefault(event_id, []).append(alert_id)
    for r in results:
        if r.status == "duplicate" and r.event_id is not None:
            r.alert_ids = by_event.get(r.event_id, [])


def count_alerts(session: Session, *, organisation_id: uuid.UUID, status: str) -> int:
    query = sa.select(sa.func.count()).select_from(Alert)
    where = (Alert.organisation_id == organisation_id, Alert.status == status)
    return int(session.scalar(query.where(*where)) or 0)


def alerts_query(*, organisation_id: uuid.UUID, status: str | None = None) -> sa.Select[Any]:
    """Newest first; the select is paged in SQL by the API and iterated by the page."""
    query = sa.select(Alert).where(Alert.organisation_id == organisation_id)
    if status:
        query = query.where(Alert.status == status)
    return query.order_by(Alert.occurred_at.desc(), Alert.id)


def list_alerts(
    session: Session, *, organisation_id: uuid.UUID, status: str | None = None
) -> list[Alert]:
    return list(session.scalars(alerts_query(organisation_id=organisation_id, status=status)))


def get_alert(session: Session, *, organisation_id: uuid.UUID, alert_id: uuid.UUID) -> Alert:
    alert = session.get(Alert, alert_id)
    if alert is None or alert.organisation_id != organisation_id:
        raise NotFound("alert not found")
    return alert


def set_status(
    session: Session, *, principal: Principal, alert_id: uuid.UUID, status: str
) -> Alert:
    principal.require("operate")
    if status not in AlertStatus.__members__:
        raise Invalid(f"unknown status {status[:20]!r}")
    alert = get_alert(session, organisation_id=principal.organisation_id, alert_id=alert_id)
    old, alert.status = alert.status, status
    if status in FEEDBACK and old not in FEEDBACK:  # the first verdict teaches the model
        monitor = monitor_for(session, organisation_id=alert.organisation_id)
        with _lock:
            monitor.model.feedback(alert.features, fraud=FEEDBACK[status])
        save_model(session, organisation_id=alert.organisation_id, model=monitor.model)
    audit.record(
        session,
        action="monitoring.alert.status",
        actor_type=principal.kind,
        actor_id=principal.id,
        organisation_id=principal.organisation_id,
        object_type="alert",
        object_id=alert.id,
        details={"from": old, "to": status},
    )
    session.flush()
    return alert
