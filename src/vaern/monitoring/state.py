"""Per-account sliding-window state and the features typologies read.

State is ordered by *event time*. An event may arrive up to ``ALLOWED_LATENESS`` behind the
newest event seen for its account (the account's watermark); it is then inserted at its
place in time and scored against what happened before it. Older events are refused as
late, so the state is a pure function of the accepted events in event-time order and can
be rebuilt by replaying the stream. Memory per account is bounded: at most ``MAX_EVENTS``
entries no older than ``WINDOW``, and a profile of at most ``MAX_COUNTRIES`` countries.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from vaern.monitoring.schemas import (
    CardPayment,
    CustomerContact,
    DeviceEnrolled,
    Login,
    PayeeAdded,
    Transfer,
    _Event,
)

ALLOWED_LATENESS = timedelta(minutes=10)
WINDOW = timedelta(hours=24)
MAX_EVENTS = 200
MAX_COUNTRIES = 16
HOME_COUNTRY = "DK"
NEVER = 1e9  # "minutes since" when nothing happened within the window

_LATENESS_S = ALLOWED_LATENESS.total_seconds()
_WINDOW_S = WINDOW.total_seconds()

# Feature name -> kind. Typology conditions may only name these.
FEATURES: dict[str, type] = {
    "event_type": str,
    "amount_dkk": float,
    "foreign": bool,
    "card_present": bool,
    "sca": bool,
    "instant": bool,
    "new_payee": bool,
    "minutes_since_contact_change": float,
    "minutes_since_credential_change": float,
    "minutes_since_new_device": float,
    "minutes_since_customer_contact": float,
    "payments_10m": float,
    "amount_dkk_1h": float,
    "foreign_cnp_payments_30m": float,
    "distinct_countries_24h": float,
    "distinct_devices_24h": float,
    "payees_added_24h": float,
    "prior_payments": float,
    "usual_amount_dkk": float,
    "amount_ratio": float,
    "country_new": bool,
}


class LateEvent(ValueError):
    """The event is older than the account's watermark minus the allowed lateness."""


@dataclass(slots=True, order=True)
class Entry:
    at: float
    seq: int
    kind: str = field(compare=False)
    amount_dkk: float = field(default=0.0, compare=False)
    country: str | None = field(default=None, compare=False)
    device: str | None = field(default=None, compare=False)
    foreign_cnp: bool = field(default=False, compare=False)
    event_id: str = field(default="", compare=False)


def _entry(event: _Event, seq: int, at: float) -> Entry:
    kind = event.type  # type: ignore[attr-defined]
    if isinstance(event, CardPayment):
        return Entry(
            at,
            seq,
            kind,
            event.amount_dkk,
            event.merchant_country,
            foreign_cnp=event.merchant_country != HOME_COUNTRY and not event.card_present,
            event_id=event.event_id,
        )
    if isinstance(event, Transfer):
        return Entry(at, seq, kind, event.amount_dkk, event.payee_country, event_id=event.event_id)
    if isinstance(event, Login):
        return Entry(
            at, seq, kind, country=event.ip_country, device=event.device_id, event_id=event.event_id
        )
    if isinstance(event, DeviceEnrolled):
        return Entry(at, seq, kind, device=event.device_id, event_id=event.event_id)
    if isinstance(event, CustomerContact) and event.reason == "other":
        kind = "customer_contact_other"  # only fraud-related contact counts as a signal
    return Entry(at, seq, kind, event_id=event.event_id)


_SINCE_BY_KIND = {
    "contact_change": "minutes_since_contact_change",
    "credential_change": "minutes_since_credential_change",
    "device_enrolled": "minutes_since_new_device",
    "customer_contact": "minutes_since_customer_contact",
}
_PAYMENTS = frozenset({"card_payment", "transfer"})


@dataclass(slots=True)
class AccountState:
    entries: list[Entry] = field(default_factory=list)
    watermark: float = float("-inf")
    seq: int = 0
    payments: int = 0
    amount_total: float = 0.0
    countries: dict[str, int] = field(default_factory=dict)

    def admit(self, event: _Event) -> tuple[dict[str, Any], list[str]]:
        """Add the event; return its features and the ids of the window events behind them."""
        at = event.occurred_at.timestamp()
        if at < self.watermark - _LATENESS_S:
            raise LateEvent(
                f"event time is more than {int(_LATENESS_S // 60)} minutes behind the account's"
                " newest event"
            )
        self.seq += 1
        entry = _entry(event, self.seq, at)
        features, evidence = self._features(event, entry)
        bisect.insort(self.entries, entry)
        self.watermark = max(self.watermark, at)
        self._learn(entry)
        self._trim()
        return features, evidence

    def _features(self, event: _Event, entry: Entry) -> tuple[dict[str, Any], list[str]]:
        t = entry.at
        last: dict[str, float] = {}
        evidence: list[str] = []
        payments_10m = foreign_cnp_30m = payees = 0
        amount_1h = 0.0
        countries: set[str] = set()
        devices: set[str] = set()
        for e in self.entries:  # only events at or before this one in event time
            if e.at > t:
                break
            age = t - e.at
            if age > _WINDOW_S:
                continue
            name = _SINCE_BY_KIND.get(e.kind)
            if name is not None:
                last[name] = age
                evidence.append(e.event_id)
            if e.kind in _PAYMENTS:
                payments_10m += age <= 600
                amount_1h += e.amount_dkk if age <= 3600 else 0.0
                if e.foreign_cnp and age <= 1800:
                    foreign_cnp_30m += 1
                    evidence.append(e.event_id)
            payees += e.kind == "payee_added"
            if e.country:
                countries.add(e.country)
            if e.device:
                devices.add(e.device)
        is_payment = entry.kind in _PAYMENTS
        if is_payment:
            payments_10m += 1
            amount_1h += entry.amount_dkk
            foreign_cnp_30m += entry.foreign_cnp
        if entry.country:
            countries.add(entry.country)
        if entry.device:
            devices.add(entry.device)
        usual = self.amount_total / self.payments if self.payments else 0.0
        return {
            "event_type": entry.kind,
            "amount_dkk": round(entry.amount_dkk, 2),
            "foreign": entry.country is not None and entry.country != HOME_COUNTRY,
            "card_present": isinstance(event, CardPayment) and event.card_present,
            "sca": isinstance(event, CardPayment) and event.sca,
            "instant": isinstance(event, Transfer) and event.instant,
            "new_payee": (isinstance(event, Transfer) and event.new_payee)
            or isinstance(event, PayeeAdded),
            **{k: round(last[k] / 60, 2) if k in last else NEVER for k in _SINCE_BY_KIND.values()},
            "payments_10m": payments_10m,
            "amount_dkk_1h": round(amount_1h, 2),
            "foreign_cnp_payments_30m": foreign_cnp_30m,
            "distinct_countries_24h": len(countries),
            "distinct_devices_24h": len(devices),
            "payees_added_24h": payees + (entry.kind == "payee_added"),
            "prior_payments": self.payments,
            "usual_amount_dkk": round(usual, 2),
            "amount_ratio": round(entry.amount_dkk / usual, 2) if is_payment and usual else 0.0,
            "country_new": is_payment
            and entry.country is not None
            and entry.country not in self.countries,
        }, evidence

    def to_json(self) -> dict[str, Any]:
        """A snapshot for key-value storage (restored by ``from_json``)."""
        return {
            "w": self.watermark if self.entries else None,
            "s": self.seq,
            "p": self.payments,
            "t": self.amount_total,
            "c": self.countries,
            "e": [[getattr(e, f) for f in Entry.__slots__] for e in self.entries],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AccountState:
        return cls(
            entries=[Entry(*row) for row in data["e"]],
            watermark=float("-inf") if data["w"] is None else data["w"],
            seq=data["s"],
            payments=data["p"],
            amount_total=data["t"],
            countries=dict(data["c"]),
        )

    def _learn(self, entry: Entry) -> None:
        if entry.kind not in _PAYMENTS:
            return
        self.payments += 1
        self.amount_total += entry.amount_dkk
        if entry.country:
            self.countries[entry.country] = self.countries.get(entry.country, 0) + 1
            if len(self.countries) > MAX_COUNTRIES:  # forget the rarest country
                del self.countries[min(self.countries, key=self.countries.__getitem__)]

    def _trim(self) -> None:
        horizon = self.watermark - _WINDOW_S - _LATENESS_S
        drop = 0
        while drop < len(self.entries) and self.entries[drop].at < horizon:
            drop += 1
        drop = max(drop, len(self.entries) - MAX_EVENTS)
        if drop:
            del self.entries[:drop]
