"""The in-process monitor: validate, pseudonymise, update account state, apply typologies.

No database and no network here, so the same engine runs behind the API, the replay
command, the NATS worker and the benchmark.
"""

from __future__ import annotations

import functools
import uuid
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from pydantic import ValidationError

from vaern.config import settings
from vaern.errors import Invalid
from vaern.monitoring.online_model import OnlineModel
from vaern.monitoring.schemas import EVENT_ADAPTER, EVENT_TYPES, AccountEvent
from vaern.monitoring.state import AccountState
from vaern.monitoring.typologies import Hit, TypologySet, by_event_type, default_rules, evaluate
from vaern.privacy import vault

MAX_FUTURE = timedelta(minutes=5)
MAX_ACCOUNTS = 1_000_000


def parse_event(data: Any, *, now: datetime) -> AccountEvent:
    """Validate one event; ``Invalid`` carries a one-line reason."""
    if isinstance(data, dict) and "type" in data and data["type"] not in EVENT_TYPES:
        raise Invalid(f"unknown event type {str(data['type'])[:40]!r}")
    try:
        event = EVENT_ADAPTER.validate_python(data)
    except ValidationError as exc:
        raise Invalid(
            "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        ) from None
    if event.occurred_at > now + MAX_FUTURE:
        raise Invalid("occurred_at: more than 5 minutes in the future")
    return event


@functools.lru_cache(maxsize=65_536)
def _pseudonym(pepper: str, organisation_id: uuid.UUID | None, kind: str, value: str) -> str:
    # Cached: an account sends many events, and two HMACs per id are a third of the cost
    # of an event. The pepper is part of the key so that a new key is never served stale.
    del pepper
    return kind[0] + "_" + vault.pseudonym(value, organisation_id=organisation_id, kind=kind)


def pseudonymise(event: AccountEvent, *, organisation_id: uuid.UUID | None) -> AccountEvent:
    """Replace account and customer ids by keyed pseudonyms (stable per organisation)."""
    pepper = settings().hmac_pepper
    update = {"account_id": _pseudonym(pepper, organisation_id, "account", event.account_id)}
    if event.customer_id is not None:
        # Keyed like the vault's customer references, so a data subject's customer id
        # finds their events (``monitoring.privacy``) without the id in clear.
        update["customer_id"] = _pseudonym(
            pepper, organisation_id, "customer_ref", event.customer_id
        )
    return event.model_copy(update=update)


@dataclass(frozen=True, slots=True)
class Decision:
    event: AccountEvent
    features: dict[str, Any]
    evidence: list[str]
    hits: list[Hit]
    rules_version: int
    model_score: float | None = None


class Monitor:
    """Account states (least recently used evicted beyond ``max_accounts``) and rules."""

    def __init__(
        self,
        rules: TypologySet | None = None,
        max_accounts: int = MAX_ACCOUNTS,
        model: OnlineModel | None = None,
    ):
        self.use(rules or default_rules())
        self.max_accounts = max_accounts
        self.states: OrderedDict[str, AccountState] = OrderedDict()
        self.model = model or OnlineModel()

    def use(self, rules: TypologySet) -> None:
        """Apply a new typology set from the next event on (account state is kept)."""
        self.rules = rules
        self._by_type = by_event_type(rules)

    def process(self, event: AccountEvent, *, learn: bool = True) -> Decision:
        """Score an already pseudonymised event. Raises ``LateEvent`` when too late and
        ``RepeatedEvent`` for an event id already in the account's window.

        The model scores the event before it learns from it (``learn=False`` when
        replaying events a model snapshot already reflects)."""
        key = event.account_id
        state = self.states.get(key)
        if state is None:
            state = self.states[key] = AccountState()
            if len(self.states) > self.max_accounts:
                self.states.popitem(last=False)
        else:
            self.states.move_to_end(key)
        features, evidence = state.admit(event)
        hits = evaluate(self._by_type.get(event.type, ()), features)
        evidence = [*dict.fromkeys(evidence), event.event_id]
        model_score = self.model.score(features)
        if learn:
            self.model.observe(event.event_id, features, alerted=bool(hits))
        return Decision(event, features, evidence, hits, self.rules.version, model_score)

    def rebuild(self, events: Iterable[AccountEvent], *, learn: bool = True) -> int:
        """Replay stored events (any order within an account's lateness) to restore state."""
        count = 0
        for event in sorted(events, key=lambda e: e.occurred_at):
            self.process(event, learn=learn)
            count += 1
        return count


def alert_values(decision: Decision, hit: Hit) -> dict[str, Any]:
    """An alert's columns (JSON-safe) for one typology that fired on a decision."""
    event, t = decision.event, hit.typology
    return {
        "event_id": event.event_id,
        "account_ref": event.account_id,
        "typology_id": t.id,
        "typology_version": decision.rules_version,
        "severity": t.severity.value,
        "score": hit.score,
        "model_score": decision.model_score,
        "action": t.action.value,
        "explanation": {"name": t.name.model_dump(), **t.explanation.model_dump()},
        "features": decision.features,
        "event_ids": decision.evidence,
        "occurred_at": event.occurred_at.isoformat(),
    }
