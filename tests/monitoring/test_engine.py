"""The in-process monitor: seed 003, benign behaviour, lateness, bounds, rebuild."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from vaern.errors import Invalid
from vaern.monitoring.engine import Decision, Monitor, parse_event, pseudonymise
from vaern.monitoring.state import MAX_EVENTS, AccountState, LateEvent, RepeatedEvent

SEED = Path(__file__).parents[2] / "src/vaern/monitoring/examples/seed003_221-2021.jsonl"
NOW = datetime(2026, 11, 23, tzinfo=UTC)
T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def ev(
    kind: str, minute: float, n: int = 0, account: str = "acc-1", **fields: Any
) -> dict[str, Any]:
    return {
        "event_id": f"{kind}-{minute}-{n}-{account}",
        "type": kind,
        "occurred_at": (T0 + timedelta(minutes=minute)).isoformat(),
        "account_id": account,
        **fields,
    }


def pay(
    minute: float, amount: str, country: str = "DK", present: bool = True, **kw: Any
) -> dict[str, Any]:
    return ev(
        "card_payment",
        minute,
        amount=amount,
        merchant_country=country,
        card_present=present,
        sca=present,
        **kw,
    )


def feed(monitor: Monitor, events: list[dict[str, Any]]) -> list[Decision]:
    out = []
    for data in events:
        out.append(monitor.process(pseudonymise(parse_event(data, now=NOW), organisation_id=None)))
    return out


def test_seed_003_alerts_hold_on_the_first_foreign_payment_before_the_second() -> None:
    events = [json.loads(line) for line in SEED.read_text().splitlines()]
    decisions = feed(Monitor(), events)
    first = next(d for d in decisions if d.hits)
    assert first.event.event_id == "s003-h-foreign-1"
    assert str(first.event.amount) == "23746.73"  # type: ignore[union-attr]
    second = next(e for e in events if e["event_id"] == "s003-m-foreign-2")
    assert first.event.occurred_at < datetime.fromisoformat(second["occurred_at"])
    hit = first.hits[0]
    assert (hit.typology.id, hit.typology.action.value) == ("contact_change_then_payment", "hold")
    assert first.features["minutes_since_contact_change"] < 10
    assert "s003-h-phone" in first.evidence
    # The instant transfer of 9,780 DKK two minutes later is held too.
    transfer = next(d for d in decisions if d.event.event_id == "s003-m-instant")
    assert transfer.hits and transfer.features["amount_dkk"] == 9780.0


def test_phone_change_then_paying_as_usual_does_not_alert() -> None:
    history = [pay(m * 60 * 24, "350.00") for m in range(-10, 0)]
    events = [
        *history,
        ev("contact_change", 0, field="phone"),
        pay(5, "420.00"),
        pay(20, "389.50", present=False),
    ]
    assert not any(d.hits for d in feed(Monitor(), events))


@pytest.mark.parametrize(
    ("events", "typology"),
    [
        (
            [
                ev("device_enrolled", 0, device_id="d1"),
                ev("transfer", 5, amount="5000", instant=True, new_payee=True),
            ],
            "new_device_new_payee_instant",
        ),
        (
            [pay(0, "900", "US", False), pay(3, "1200", "US", False), pay(6, "900", "GB", False)],
            "foreign_cnp_burst",
        ),
        (
            [
                ev("customer_contact", 0, reason="fraud_call"),
                ev("transfer", 30, amount="8000", instant=False, new_payee=False),
            ],
            "payment_after_fraud_call",
        ),
        (
            [*[pay(-m * 1440, "300") for m in range(6, 0, -1)], pay(0, "6000", "TH", True)],
            "first_foreign_far_above_usual",
        ),
    ],
)
def test_each_shipped_typology_fires(events: list[dict[str, Any]], typology: str) -> None:
    last = feed(Monitor(), events)[-1]
    assert typology in {h.typology.id for h in last.hits}


@pytest.mark.parametrize(
    "events",
    [
        [
            ev("device_enrolled", 0, device_id="d1"),
            ev("transfer", 5, amount="5000", instant=False, new_payee=True),
        ],
        [pay(0, "900", "US", False), pay(3, "1200", "US", True)],
        [
            ev("customer_contact", 0, reason="other"),
            ev("transfer", 30, amount="8000", instant=False, new_payee=False),
        ],
        [*[pay(-m * 1440, "300") for m in range(6, 0, -1)], pay(0, "600", "TH", True)],
    ],
)
def test_near_misses_do_not_fire(events: list[dict[str, Any]]) -> None:
    assert not feed(Monitor(), events)[-1].hits


def test_late_event_within_lateness_is_scored_at_its_event_time() -> None:
    monitor = Monitor()
    # The payment arrives first; the phone change that happened before it arrives late.
    feed(monitor, [pay(10, "20000", "GB", False)])
    late = feed(monitor, [ev("contact_change", 4, field="phone")])[0]
    assert not late.hits  # a contact change is not a payment
    # A payment after both sees the contact change in its window.
    after = feed(monitor, [pay(12, "20000", "GB", False, n=2)])[0]
    assert after.features["minutes_since_contact_change"] == 8.0
    # An out-of-order payment within lateness only sees what happened before it.
    earlier = feed(monitor, [pay(3, "100", n=3)])[0]
    assert earlier.features["minutes_since_contact_change"] > 1e8


def test_event_beyond_allowed_lateness_is_refused() -> None:
    monitor = Monitor()
    feed(monitor, [pay(60, "100")])
    with pytest.raises(LateEvent):
        feed(monitor, [pay(49, "100", n=1)])


def test_an_event_id_already_in_the_window_is_refused_and_changes_nothing() -> None:
    monitor = Monitor()
    first = pay(10, "900", "GB", False)
    feed(monitor, [first, pay(11, "50", n=1)])
    ref, state = next(iter(monitor.states.items()))
    before = state.to_json()
    with pytest.raises(RepeatedEvent):  # e.g. resent after the broker forgot its id
        feed(monitor, [first])
    with pytest.raises(RepeatedEvent):  # the same id with another time is the same event
        feed(monitor, [{**first, "occurred_at": (T0 + timedelta(minutes=12)).isoformat()}])
    assert monitor.states[ref].to_json() == before
    # Snapshots keep the keys; a version 2 snapshot (no keys) still knows evidence ids.
    restored = AccountState.from_json(json.loads(json.dumps(before)))
    assert restored == state and list(restored.keys) == list(state.keys)
    old = {**before, "v": 2, "e": [row[:6] for row in before["e"]]}
    assert AccountState.from_json(old).keys[0] == state.keys[0]  # the evidence id


def test_state_is_bounded_per_account_and_accounts_are_bounded() -> None:
    monitor = Monitor(max_accounts=3)
    feed(monitor, [pay(m * 0.1, "10", n=m) for m in range(MAX_EVENTS + 50)])
    state = next(iter(monitor.states.values()))
    assert len(state) == MAX_EVENTS
    feed(monitor, [pay(0, "10", account=f"other-{i}") for i in range(5)])
    assert len(monitor.states) == 3


def test_rebuild_from_the_stream_gives_the_same_state_and_snapshot_round_trips() -> None:
    events = [json.loads(line) for line in SEED.read_text().splitlines()]
    live = Monitor()
    feed(live, events)
    shuffled = [
        pseudonymise(parse_event(e, now=NOW), organisation_id=None) for e in reversed(events)
    ]
    rebuilt = Monitor()
    assert rebuilt.rebuild(shuffled) == len(events)
    for ref, state in live.states.items():
        assert rebuilt.states[ref].to_json() == state.to_json()
        assert AccountState.from_json(json.loads(json.dumps(state.to_json()))) == state


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (ev("teleport", 0), "unknown event type"),
        ({k: v for k, v in pay(0, "10").items() if k != "merchant_country"}, "merchant_country"),
        (pay(0, "10", currency="XYZ"), "unknown currency"),
        (pay(0, "-5"), "amount"),
        ({**pay(0, "10"), "occurred_at": (NOW + timedelta(hours=1)).isoformat()}, "future"),
        ({**pay(0, "10"), "occurred_at": "2026-11-01T12:00:00"}, "timezone"),
        ({**pay(0, "10"), "cvv": "123"}, "cvv"),
        ("not an object", "input"),
    ],
)
def test_bad_events_are_rejected_with_a_reason(data: Any, reason: str) -> None:
    with pytest.raises(Invalid) as info:
        parse_event(data, now=NOW)
    assert reason.lower() in info.value.detail.lower()


def test_ids_are_pseudonymised_per_organisation() -> None:
    import uuid

    event = parse_event({**pay(0, "10"), "customer_id": "0101901234"}, now=NOW)
    a = pseudonymise(event, organisation_id=uuid.uuid4())
    b = pseudonymise(event, organisation_id=uuid.uuid4())
    assert a.account_id != b.account_id and "acc-1" not in a.account_id
    assert a.customer_id and "0101901234" not in a.customer_id
