"""The online model: learns from analyst verdicts and the stream; signed snapshots."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from tests.conftest import Tenant
from vaern import config, db
from vaern.monitoring import service
from vaern.monitoring.engine import Monitor, parse_event, pseudonymise
from vaern.monitoring.models import Alert, ModelSnapshot
from vaern.monitoring.online_model import MIN_POSITIVES, OnlineModel, sampled, vector
from vaern.monitoring.state import NEVER
from vaern.orgs.access import Principal
from vaern.orgs.models import Role

NOW = datetime(2026, 11, 23, tzinfo=UTC)
SEED = Path(__file__).parents[2] / "src/vaern/monitoring/examples/seed003_221-2021.jsonl"


def features(**over: Any) -> dict[str, Any]:
    """A benign domestic card payment; ``over`` makes it look like something else."""
    base: dict[str, Any] = {
        "event_type": "card_payment",
        "amount_dkk": 250.0,
        "foreign": False,
        "card_present": True,
        "sca": True,
        "instant": False,
        "new_payee": False,
        "minutes_since_contact_change": NEVER,
        "minutes_since_credential_change": NEVER,
        "minutes_since_new_device": NEVER,
        "minutes_since_customer_contact": NEVER,
        "payments_10m": 1.0,
        "amount_dkk_1h": 250.0,
        "foreign_cnp_payments_30m": 0.0,
        "distinct_countries_24h": 1.0,
        "distinct_devices_24h": 1.0,
        "payees_added_24h": 0.0,
        "prior_payments": 30.0,
        "usual_amount_dkk": 240.0,
        "amount_ratio": 1.04,
        "country_new": False,
    }
    return {**base, **over}


TAKEOVER = features(
    amount_dkk=23746.73,
    foreign=True,
    card_present=False,
    sca=False,
    minutes_since_contact_change=6.0,
    amount_dkk_1h=23746.73,
    foreign_cnp_payments_30m=1.0,
    distinct_countries_24h=2.0,
    amount_ratio=99.0,
    country_new=True,
)


def warm(model: OnlineModel) -> None:
    """Varied benign payments and transfers, then the minimum of confirmed takeovers."""
    rng = random.Random(1)
    for _ in range(300):
        benign = features(
            event_type=rng.choice(["card_payment", "transfer"]),
            amount_dkk=rng.lognormvariate(5.5, 1),
            foreign=rng.random() < 0.1,
            card_present=rng.random() < 0.7,
            instant=rng.random() < 0.3,
            new_payee=rng.random() < 0.05,
            amount_ratio=rng.lognormvariate(0, 0.5),
        )
        model.learn(benign, fraud=False)
    for _ in range(MIN_POSITIVES):
        model.feedback(TAKEOVER, fraud=True)


def test_vector_scales_recency_flags_and_amounts() -> None:
    x = vector(TAKEOVER)
    assert x["minutes_since_contact_change"] == pytest.approx(60 / 66)
    assert x["minutes_since_new_device"] < 1e-6  # never: no recency
    assert (x["foreign"], x["card_present"], x["transfer"]) == (1.0, 0.0, 0.0)
    assert x["amount_dkk"] == pytest.approx(10.075, abs=1e-3)  # log1p


def test_cold_model_gives_no_score_and_non_money_events_never_get_one() -> None:
    model = OnlineModel()
    assert model.score(TAKEOVER) is None
    warm(model)
    assert model.score(TAKEOVER) is not None
    assert model.score(features(event_type="login")) is None


def test_confirmed_fraud_raises_the_score_and_a_false_alarm_lowers_it() -> None:
    model = OnlineModel()
    warm(model)
    suspect = features(
        amount_dkk=9780.0,
        event_type="transfer",
        instant=True,
        new_payee=True,
        card_present=False,
        minutes_since_new_device=3.0,
    )
    before = model.score(suspect)
    assert before is not None
    for _ in range(10):
        model.feedback(suspect, fraud=True)
    raised = model.score(suspect)
    assert before < 0.6 and raised is not None and raised > before + 0.3

    trip = features(foreign=True, country_new=True, amount_dkk=1800.0, amount_ratio=7.0)
    was = model.score(trip)
    for _ in range(10):
        model.feedback(trip, fraud=False)
    now = model.score(trip)
    assert was is not None and now is not None and now < was - 0.3
    assert model.score(TAKEOVER) > model.score(features())  # type: ignore[operator]


def test_the_stream_teaches_sampled_unalerted_money_events_as_negatives() -> None:
    model = OnlineModel()
    ids = [f"e{i}" for i in range(400)]
    for event_id in ids:
        model.observe(event_id, features(), alerted=False)
        model.observe(event_id, features(), alerted=True)  # an alert is no negative
        model.observe(event_id, features(event_type="login"), alerted=False)
    assert model.negatives == sum(map(sampled, ids)) > 0
    assert model.positives == 0


def test_snapshot_round_trip_and_a_tampered_one_is_refused(settings: config.Settings) -> None:
    model = OnlineModel()
    warm(model)
    data = model.dumps()
    restored = OnlineModel.loads(data)
    assert (restored.positives, restored.negatives) == (model.positives, model.negatives)
    assert restored.score(TAKEOVER) == model.score(TAKEOVER)
    tampered = data[:-1] + bytes([data[-1] ^ 1])
    with pytest.raises(ValueError, match="signature"):
        OnlineModel.loads(tampered)


def test_monitor_scores_before_learning_and_rebuild_can_skip_learning() -> None:
    monitor = Monitor()
    warm(monitor.model)
    events = [json.loads(line) for line in SEED.read_text().splitlines()]
    parsed = [pseudonymise(parse_event(e, now=NOW), organisation_id=None) for e in events]
    decisions = [monitor.process(e) for e in parsed]
    alerted = next(d for d in decisions if d.hits)
    assert alerted.model_score is not None
    assert all(d.model_score is None for d in decisions if d.event.type == "contact_change")
    fresh = Monitor(model=monitor.model)
    learnt = fresh.model.positives + fresh.model.negatives
    fresh.rebuild(parsed, learn=False)
    assert fresh.model.positives + fresh.model.negatives == learnt


def test_analyst_verdicts_teach_the_organisations_model_and_are_snapshotted(
    make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    t = make_tenant()
    events = [json.loads(line) for line in SEED.read_text().splitlines()]
    with db.session_scope(settings.database_url) as s:
        service.ingest(s, organisation_id=t.org.id, items=events)
    with db.session_scope(settings.database_url) as s:
        alerts = s.scalars(sa.select(Alert).where(Alert.organisation_id == t.org.id)).all()
        assert alerts and all(a.model_score is None for a in alerts)  # cold model
        analyst = Principal(kind="user", id=t.admin.id, organisation_id=t.org.id, role=Role.admin)
        for alert in alerts:
            service.set_status(s, principal=analyst, alert_id=alert.id, status="confirmed")
        service.set_status(s, principal=analyst, alert_id=alerts[0].id, status="closed")
    with db.session_scope(settings.database_url) as s:
        snap = s.scalar(sa.select(ModelSnapshot).where(ModelSnapshot.organisation_id == t.org.id))
        assert snap is not None and snap.positives == len(alerts)
    # A new process restores the model from the snapshot.
    service._monitors.pop(t.org.id)
    with db.session_scope(settings.database_url) as s:
        monitor = service.monitor_for(s, organisation_id=t.org.id)
    assert monitor.model.positives == len(alerts)
