"""Detection quality on a seeded synthetic stream of account events.

No public account-event data with takeover labels exists, so ``generate`` writes one:
benign customers with their own usual amounts, logins from their own device, card
payments at home and online, transfers to known payees, rent on salary day, trips abroad,
new phones and legitimate phone-number changes; and injected frauds, each a scenario
with its events labelled (the money events are the fraud):

- ``takeover``: phone number changed, then foreign card-not-present payments minutes
  apart and an instant transfer (the seed 003 / 221/2021 pattern);
- ``new_device_app``: a new device enrolled, a payee added, an instant transfer to it;
- ``card_cnp_burst``: stolen card data, a burst of foreign online payments;
- ``after_fraud_call``: the customer reported a suspicious call, then pays a "safe
  account" by instant transfer (APP fraud);
- ``foreign_far_above_usual``: one foreign online payment far above the usual.

``evaluate`` replays the stream in event-time order through a ``Monitor`` with the
shipped typologies and reports, per typology and scenario, recall, precision, false
alerts per 10,000 benign events, time to alert and money moved before the alert. An
analyst is simulated: every alert gets its true verdict at once and the online model
learns from it. The model is compared with the rules on the second half of the period
(a time split: the first half is where it learns).
"""

from __future__ import annotations

import random
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sklearn.metrics import average_precision_score

from vaern.monitoring.engine import Monitor, parse_event, pseudonymise
from vaern.monitoring.online_model import MONEY_EVENTS

START = datetime(2026, 1, 25, tzinfo=UTC)  # the period spans a salary day (the 1st)
SCENARIOS = (
    "takeover",
    "new_device_app",
    "card_cnp_burst",
    "after_fraud_call",
    "foreign_far_above_usual",
)
STOPS_THE_PAYMENT = frozenset({"hold", "block_card"})


@dataclass
class Labelled:
    data: dict[str, Any]
    scenario: str | None = None  # the fraud scenario id the event belongs to
    fraud: bool = False  # a fraudulent money event


@dataclass
class _Account:
    rng: random.Random
    name: str
    events: list[Labelled] = field(default_factory=list)
    n: int = 0

    def add(self, at: datetime, type_: str, scenario: str | None = None, **fields: Any) -> None:
        self.n += 1
        data = {
            "event_id": f"{self.name}-{self.n}",
            "type": type_,
            "occurred_at": at.isoformat(),
            "account_id": self.name,
            **fields,
        }
        fraud = scenario is not None and type_ in MONEY_EVENTS
        self.events.append(Labelled(data, scenario, fraud))

    def pay(
        self, at: datetime, amount: float, country: str, present: bool, sid: str | None = None
    ) -> None:
        self.add(
            at,
            "card_payment",
            sid,
            amount=f"{amount:.2f}",
            merchant_country=country,
            card_present=present,
            sca=present or country == "DK",
        )

    def transfer(
        self, at: datetime, amount: float, instant: bool, new: bool, sid: str | None = None
    ) -> None:
        self.add(at, "transfer", sid, amount=f"{amount:.2f}", instant=instant, new_payee=new)


def _benign(acc: _Account, days: int) -> None:
    rng = acc.rng
    usual = rng.uniform(4.3, 6.0)  # log of the customer's usual card amount
    trip = rng.randrange(days) if rng.random() < 0.08 else None
    trip_country = rng.choice(["SE", "DE", "ES", "IT", "GB", "US"])
    phone_change = rng.randrange(days) if rng.random() < 0.03 else None
    new_phone = rng.randrange(days) if rng.random() < 0.02 else None
    device = f"dev-{acc.name}"
    for day in range(days):
        morning = START + timedelta(days=day, hours=7, minutes=rng.randrange(120))
        abroad = trip is not None and trip <= day < trip + 3
        country = trip_country if abroad else "DK"
        if new_phone == day:
            device = f"dev-{acc.name}-2"
            acc.add(morning, "device_enrolled", device_id=device, kind="app")
        acc.add(morning, "login", channel="mobile_app", device_id=device, ip_country=country)
        if phone_change == day:
            at = morning + timedelta(minutes=5)
            acc.add(at, "contact_change", field="phone", channel="netbank")
            # ... and then pays as usual, within the hour
            acc.pay(at + timedelta(minutes=20), rng.lognormvariate(usual, 0.5), "DK", False)
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3, 4])):
            at = morning + timedelta(minutes=rng.randrange(60, 900))
            present = rng.random() < (0.85 if abroad else 0.75)
            acc.pay(at, rng.lognormvariate(usual, 0.8), country, present)
        if (START + timedelta(days=day)).day == 1:  # salary day: rent and bills
            acc.transfer(morning + timedelta(hours=2), rng.uniform(5000, 12000), False, False)
        if rng.random() < 0.3:
            at = morning + timedelta(minutes=rng.randrange(60, 900))
            new = rng.random() < 0.05
            if new:
                acc.add(at - timedelta(minutes=3), "payee_added")
            acc.transfer(at, rng.lognormvariate(6.8, 0.9), rng.random() < 0.3, new)
        if rng.random() < 0.01:
            acc.add(morning + timedelta(hours=5), "customer_contact", reason="other")


def _fraud(acc: _Account, kind: str, days: int) -> None:
    rng, sid = acc.rng, f"{kind}:{acc.name}"
    t = START + timedelta(days=rng.randrange(1, days), hours=rng.uniform(9, 20))
    if kind == "takeover":
        acc.add(t, "contact_change", sid, field="phone", channel="phone")
        for _ in range(rng.randint(1, 3)):
            t += timedelta(minutes=rng.uniform(4, 8))
            acc.pay(t, rng.uniform(8000, 25000), rng.choice(["GB", "LT", "NL"]), False, sid)
        acc.transfer(t + timedelta(minutes=2), rng.uniform(5000, 15000), True, True, sid)
    elif kind == "new_device_app":
        acc.add(t, "device_enrolled", sid, device_id=f"fraud-{acc.name}", kind="app")
        acc.add(t + timedelta(minutes=4), "payee_added", sid)
        for k in range(rng.randint(1, 2)):
            acc.transfer(
                t + timedelta(minutes=6 + 3 * k), rng.uniform(3000, 20000), True, True, sid
            )
    elif kind == "card_cnp_burst":
        country = rng.choice(["US", "CN", "BR", "NG"])
        for _ in range(rng.randint(3, 6)):
            t += timedelta(minutes=rng.uniform(1, 6))
            acc.pay(t, rng.uniform(400, 3500), country, False, sid)
    elif kind == "after_fraud_call":
        acc.add(t, "customer_contact", sid, reason="fraud_call")
        acc.add(t + timedelta(minutes=20), "payee_added", sid)
        acc.transfer(t + timedelta(minutes=25), rng.uniform(10000, 50000), True, True, sid)
    else:  # foreign_far_above_usual
        acc.pay(t, rng.uniform(15000, 40000), rng.choice(["US", "TH", "AE"]), False, sid)


def generate(
    *, accounts: int = 2000, days: int = 14, frauds_per_kind: int = 20, seed: int = 9
) -> list[Labelled]:
    """The labelled stream in event-time order (deterministic for a seed)."""
    rng = random.Random(seed)  # noqa: S311  (synthetic test data, not security)
    victims = rng.sample(range(accounts), frauds_per_kind * len(SCENARIOS))
    kind_of = {v: SCENARIOS[i % len(SCENARIOS)] for i, v in enumerate(victims)}
    events: list[Labelled] = []
    for a in range(accounts):
        acc = _Account(random.Random(rng.getrandbits(64)), f"q{a}")  # noqa: S311
        _benign(acc, days)
        if a in kind_of:
            _fraud(acc, kind_of[a], days)
        events += acc.events
    events.sort(key=lambda e: e.data["occurred_at"])
    return events


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.3f}" if b else "n/a"


def evaluate(events: list[Labelled], *, now: datetime | None = None) -> list[tuple[str, str]]:
    """Replay the stream and report the figures (name, value) described above."""
    now = now or datetime.now(UTC)
    monitor = Monitor()
    split = events[len(events) // 2].data["occurred_at"]
    scenario_events: dict[str, list[tuple[Labelled, Any]]] = defaultdict(list)
    alerts: dict[str, list[Labelled]] = defaultdict(list)  # typology -> alerted events
    benign = 0
    test: list[tuple[bool, float, float | None]] = []  # fraud, rules score, model score
    for item in events:
        event = pseudonymise(parse_event(item.data, now=now), organisation_id=None)
        decision = monitor.process(event)
        benign += item.scenario is None
        if item.scenario:
            scenario_events[item.scenario].append((item, decision))
        for hit in decision.hits:
            alerts[hit.typology.id].append(item)
        if decision.hits:  # the analyst's verdict, at once
            monitor.model.feedback(decision.features, fraud=item.fraud)
        if event.type in MONEY_EVENTS and item.data["occurred_at"] >= split:
            rules = max((h.score for h in decision.hits), default=0.0)
            test.append((item.fraud, rules, decision.model_score))

    figures = [
        ("events (accounts' benign events / fraud scenarios)",
         f"{len(events):,} ({benign:,} / {len(scenario_events)})"),
    ]  # fmt: skip
    for typology in monitor.rules.typologies:
        hits = alerts.get(typology.id, [])
        true = sum(i.fraud for i in hits)
        caught = len({i.scenario for i in hits if i.scenario})
        figures.append(
            (
                f"typology {typology.id}: alerts (per 10,000 events), precision,"
                " recall (scenarios it alerted on / all), false alerts per 10,000 benign",
                f"{len(hits)} ({len(hits) * 10_000 / len(events):.1f}), {_ratio(true, len(hits))},"
                f" {_ratio(caught, len(scenario_events))} ({caught}),"
                f" {(len(hits) - true) * 10_000 / benign:.2f}",
            )
        )
    for kind in SCENARIOS:
        figures += _scenario_figures(kind, scenario_events)
    figures += _model_figures(test, monitor)
    return figures


def _scenario_figures(
    kind: str, scenario_events: dict[str, list[tuple[Labelled, Any]]]
) -> list[tuple[str, str]]:
    caught, minutes, at_risk = 0, [], 0.0
    by: dict[str, int] = defaultdict(int)
    runs = {sid: evs for sid, evs in scenario_events.items() if sid.startswith(f"{kind}:")}
    for evs in runs.values():
        start = evs[0][1].event.occurred_at
        moved = 0.0
        for item, decision in evs:
            amount = decision.features["amount_dkk"] if item.fraud else 0.0
            if decision.hits:
                caught += 1
                by[decision.hits[0].typology.id] += 1
                minutes.append((decision.event.occurred_at - start).total_seconds() / 60)
                if not any(h.typology.action.value in STOPS_THE_PAYMENT for h in decision.hits):
                    moved += amount
                break
            moved += amount
        at_risk += moved
    total = sum(d.features["amount_dkk"] for evs in runs.values() for i, d in evs if i.fraud)
    first = ", ".join(f"{k} {v}" for k, v in sorted(by.items())) or "none"
    return [
        (f"scenario {kind}: recall (caught / injected), first alert by",
         f"{_ratio(caught, len(runs))} ({caught}/{len(runs)}); {first}"),
        (f"scenario {kind}: median minutes to alert; DKK moved before the alert / in all",
         f"{statistics.median(minutes) if minutes else float('nan'):.1f};"
         f" {at_risk:,.0f} / {total:,.0f}"),
    ]  # fmt: skip


def _model_figures(
    test: list[tuple[bool, float, float | None]], monitor: Monitor
) -> list[tuple[str, str]]:
    y = [fraud for fraud, _, _ in test]
    rules = [r for _, r, _ in test]
    model = [m or 0.0 for _, _, m in test]
    rules_hit = [r > 0 for r in rules]
    model_hit = [m >= 0.5 for m in model]
    either = [a or b for a, b in zip(rules_hit, model_hit, strict=True)]

    def pr(pred: list[bool]) -> str:
        tp = sum(p and t for p, t in zip(pred, y, strict=True))
        return f"precision {_ratio(tp, sum(pred))}, recall {_ratio(tp, sum(y))}"

    has_both = 0 < sum(y) < len(y)
    return [
        ("model vs rules, second half of the period: money events (fraud)",
         f"{len(test):,} ({sum(y)})"),
        ("online model learnt from (confirmed frauds / negatives)",
         f"{monitor.model.positives} / {monitor.model.negatives}"),
        ("AUPRC: rules (max typology score) / online model",
         f"{average_precision_score(y, rules):.3f} / {average_precision_score(y, model):.3f}"
         if has_both else "n/a"),
        ("rules alone (any typology fires)", pr(rules_hit)),
        ("online model alone (score >= 0.5)", pr(model_hit)),
        ("rules or model", pr(either)),
    ]  # fmt: skip
