"""Per-account sliding-window state and the features typologies read.

State is ordered by *event time*. An event may arrive up to ``ALLOWED_LATENESS`` behind the
newest event seen for its account (the account's watermark); it is then inserted at its
place in time and scored against what happened before it. Older events are refused as
late, so the state is a pure function of the accepted events in event-time order and can
be rebuilt by replaying the stream. Memory per account is bounded: at most ``MAX_EVENTS``
entries no older than ``WINDOW``, and a profile of at most ``MAX_COUNTRIES`` countries.

An event whose id the window already holds is refused as repeated, however long after
the first it arrives (a broker forgets message ids after its de-duplication window); one
older than the window is refused as late, so a repeat is never scored twice.
"""

from __future__ import annotations

import bisect
import hashlib
import sys
from array import array
from datetime import timedelta
from typing import Any

from vaern.monitoring.schemas import (
    EVENT_TYPES,
    CardPayment,
    CustomerContact,
    DeviceEnrolled,
    Login,
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


class RepeatedEvent(ValueError):
    """The account's window already holds an event with this id."""


REFUSED = (LateEvent, RepeatedEvent)


def event_key(event_id: str) -> int:
    """A stable 64-bit key of an event id (an unkeyed BLAKE2b digest: stored in
    snapshots, so it must not change between processes as ``hash`` does)."""
    digest = hashlib.blake2b(event_id.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


# Event kinds as one-byte codes; FOREIGN_CNP is a flag bit on card payments.
KINDS = (
    *sorted(EVENT_TYPES),
    "customer_contact_other",  # contact about something else: not a fraud signal
)
_CODE = {kind: code for code, kind in enumerate(KINDS)}
FOREIGN_CNP = 0x80
_SINCE_BY_KIND = {
    _CODE["contact_change"]: "minutes_since_contact_change",
    _CODE["credential_change"]: "minutes_since_credential_change",
    _CODE["device_enrolled"]: "minutes_since_new_device",
    _CODE["customer_contact"]: "minutes_since_customer_contact",
}
_PAYMENTS = frozenset({_CODE["card_payment"], _CODE["transfer"]})
_PAYEE_ADDED = _CODE["payee_added"]
_SINCE_NAMES = tuple(_SINCE_BY_KIND.values())


def _describe(event: _Event) -> tuple[int, float, str | None, str | None]:
    """Kind code (with flags), amount in DKK, country and device of an event."""
    if isinstance(event, CardPayment):
        foreign_cnp = event.merchant_country != HOME_COUNTRY and not event.card_present
        code = _CODE["card_payment"] | (FOREIGN_CNP if foreign_cnp else 0)
        return code, event.amount_dkk, event.merchant_country, None
    if isinstance(event, Transfer):
        return _CODE["transfer"], event.amount_dkk, event.payee_country, None
    if isinstance(event, Login):
        return _CODE["login"], 0.0, event.ip_country, event.device_id
    if isinstance(event, DeviceEnrolled):
        return _CODE["device_enrolled"], 0.0, None, event.device_id
    if isinstance(event, CustomerContact) and event.reason == "other":
        return _CODE["customer_contact_other"], 0.0, None, None
    return _CODE[event.type], 0.0, None, None  # type: ignore[attr-defined]


def _intern(value: str | None) -> str | None:
    # Countries and device ids repeat across events and accounts: keep one copy each.
    return None if value is None else sys.intern(value)


class AccountState:
    """An account's window as parallel columns (compact: about 49 bytes per event).

    ``ids`` keeps the event id only of events that can be evidence of an alert (contact,
    credential and device changes, fraud contacts, foreign card-not-present payments)."""

    __slots__ = (
        "amount_total",
        "amounts",
        "codes",
        "countries",
        "countries_seen",
        "devices",
        "ids",
        "keys",
        "payments",
        "times",
        "watermark",
    )

    def __init__(self) -> None:
        self.times = array("d")
        self.amounts = array("d")
        self.codes = bytearray()
        self.countries_seen: list[str | None] = []
        self.devices: list[str | None] = []
        self.ids: list[str | None] = []
        self.keys = array("q")  # ``event_key`` of every event in the window
        self.watermark = float("-inf")
        self.payments = 0
        self.amount_total = 0.0
        self.countries: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.times)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AccountState) and self.to_json() == other.to_json()

    __hash__ = None  # type: ignore[assignment]

    def admit(self, event: _Event) -> tuple[dict[str, Any], list[str]]:
        """Add the event; return its features and the ids of the window events behind them."""
        at = event.occurred_at.timestamp()
        if at < self.watermark - _LATENESS_S:
            raise LateEvent(
                f"event time is more than {int(_LATENESS_S // 60)} minutes behind the account's"
                " newest event"
            )
        key = event_key(event.event_id)
        if key in self.keys:
            raise RepeatedEvent("an event with this id is already in the account's window")
        code, amount, country, device = _describe(event)
        country, device = _intern(country), _intern(device)
        at_pos = bisect.bisect_right(self.times, at)  # after events at the same time
        features, evidence = self._features(event, at, at_pos, code, amount, country, device)
        kind = code & ~FOREIGN_CNP
        evidence_id = event.event_id if kind in _SINCE_BY_KIND or code & FOREIGN_CNP else None
        self.times.insert(at_pos, at)
        self.amounts.insert(at_pos, amount)
        self.codes.insert(at_pos, code)
        self.countries_seen.insert(at_pos, country)
        self.devices.insert(at_pos, device)
        self.ids.insert(at_pos, evidence_id)
        self.keys.insert(at_pos, key)
        if at > self.watermark:
            self.watermark = at
        if kind in _PAYMENTS:
            self._learn(amount, country)
        self._trim()
        return features, evidence

    def _features(
        self,
        event: _Event,
        t: float,
        end: int,
        code: int,
        amount: float,
        country: str | None,
        device: str | None,
    ) -> tuple[dict[str, Any], list[str]]:
        last: dict[str, float] = {}
        evidence: list[str] = []
        payments_10m = foreign_cnp_30m = payees = 0
        amount_1h = 0.0
        countries: set[str | None] = {country}
        devices: set[str | None] = {device}
        times, codes, ids = self.times, self.codes, self.ids
        start = bisect.bisect_left(times, t - _WINDOW_S)  # the window: (t - 24 h, t]
        for i in range(start, end):
            age = t - times[i]
            c = codes[i]
            kind = c & ~FOREIGN_CNP
            name = _SINCE_BY_KIND.get(kind)
            if name is not None:
                last[name] = age
                evidence.append(ids[i])  # type: ignore[arg-type]
            elif kind in _PAYMENTS:
                if age <= 600:
                    payments_10m += 1
                if age <= 3600:
                    amount_1h += self.amounts[i]
                if c & FOREIGN_CNP and age <= 1800:
                    foreign_cnp_30m += 1
                    evidence.append(ids[i])  # type: ignore[arg-type]
            elif kind == _PAYEE_ADDED:
                payees += 1
        countries.update(self.countries_seen[start:end])
        devices.update(self.devices[start:end])
        countries.discard(None)
        devices.discard(None)
        kind = code & ~FOREIGN_CNP
        is_payment = kind in _PAYMENTS
        if is_payment:
            payments_10m += 1
            amount_1h += amount
            foreign_cnp_30m += bool(code & FOREIGN_CNP)
        usual = self.amount_total / self.payments if self.payments else 0.0
        features = {
            "event_type": KINDS[kind],
            "amount_dkk": round(amount, 2),
            "foreign": country is not None and country != HOME_COUNTRY,
            "card_present": isinstance(event, CardPayment) and event.card_present,
            "sca": isinstance(event, CardPayment) and event.sca,
            "instant": isinstance(event, Transfer) and event.instant,
            "new_payee": (isinstance(event, Transfer) and event.new_payee) or kind == _PAYEE_ADDED,
        }
        for name in _SINCE_NAMES:
            features[name] = round(last[name] / 60, 2) if name in last else NEVER
        features.update(
            payments_10m=payments_10m,
            amount_dkk_1h=round(amount_1h, 2),
            foreign_cnp_payments_30m=foreign_cnp_30m,
            distinct_countries_24h=len(countries),
            distinct_devices_24h=len(devices),
            payees_added_24h=payees + (kind == _PAYEE_ADDED),
            prior_payments=self.payments,
            usual_amount_dkk=round(usual, 2),
            amount_ratio=round(amount / usual, 2) if is_payment and usual else 0.0,
            country_new=is_payment and country is not None and country not in self.countries,
        )
        return features, evidence

    def to_json(self) -> dict[str, Any]:
        """A snapshot for key-value storage (restored by ``from_json``)."""
        return {
            "v": 3,
            "w": self.watermark if self.times else None,
            "p": self.payments,
            "t": self.amount_total,
            "c": self.countries,
            "e": [list(row) for row in zip(*self._columns(), strict=True)],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AccountState:
        state = cls()
        for at, amount, code, country, device, event_id, *key in data["e"]:
            state.times.append(at)
            state.amounts.append(amount)
            state.codes.append(code)
            state.countries_seen.append(_intern(country))
            state.devices.append(_intern(device))
            state.ids.append(event_id)
            # Version 2 snapshots had no keys: the evidence ids' keys, 0 for the others.
            state.keys.append(key[0] if key else event_key(event_id) if event_id else 0)
        state.watermark = float("-inf") if data["w"] is None else data["w"]
        state.payments, state.amount_total = data["p"], data["t"]
        state.countries = {sys.intern(k): v for k, v in data["c"].items()}
        return state

    def _learn(self, amount: float, country: str | None) -> None:
        self.payments += 1
        self.amount_total += amount
        if country:
            self.countries[country] = self.countries.get(country, 0) + 1
            if len(self.countries) > MAX_COUNTRIES:  # forget the rarest country
                del self.countries[min(self.countries, key=self.countries.__getitem__)]

    def _trim(self) -> None:
        drop = bisect.bisect_left(self.times, self.watermark - _WINDOW_S - _LATENESS_S)
        drop = max(drop, len(self.times) - MAX_EVENTS)
        if drop > 0:
            for column in self._columns():
                del column[:drop]

    def _columns(self) -> tuple[Any, ...]:
        """The window's columns, in snapshot order."""
        return (
            self.times,
            self.amounts,
            self.codes,
            self.countries_seen,
            self.devices,
            self.ids,
            self.keys,
        )
