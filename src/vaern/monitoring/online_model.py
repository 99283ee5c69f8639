"""The online model: a second opinion next to the typologies, learnt as events arrive.

A river pipeline (standard scaler + logistic regression) over the same window features
the typologies read. It learns from two sources:

- analyst feedback on alerts: "confirmed fraud" is a positive, "false alarm" a negative;
- the event stream: one in ``NEGATIVE_SAMPLE`` money events that raised no alert is learnt
  as a presumed-benign negative (down-sampled, as is usual with rare fraud; the choice is
  a hash of the event id, so a replay learns the same events).

It scores money events only (card payments and transfers), and only once it has learnt
from ``MIN_POSITIVES`` confirmed frauds: before that the score is ``None`` ("still
learning"), never a number that means nothing. Snapshots are pickles signed with the
server key and refused when the signature does not match.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import pickle
import zlib
from typing import TYPE_CHECKING, Any

from vaern.security import keyed_hash

if TYPE_CHECKING:
    from river.compose import Pipeline

MONEY_EVENTS = frozenset({"card_payment", "transfer"})
NEGATIVE_SAMPLE = 20
MIN_POSITIVES = 5
FEEDBACK_WEIGHT = 4.0  # a label an analyst gave counts more than a presumed one
_SINCE = (
    "minutes_since_contact_change",
    "minutes_since_credential_change",
    "minutes_since_new_device",
    "minutes_since_customer_contact",
)
_FLAGS = ("foreign", "card_present", "sca", "instant", "new_payee", "country_new")
_COUNTS = (
    "payments_10m",
    "foreign_cnp_payments_30m",
    "distinct_countries_24h",
    "distinct_devices_24h",
    "payees_added_24h",
)
_AMOUNTS = ("amount_dkk", "amount_dkk_1h", "usual_amount_dkk", "amount_ratio", "prior_payments")
_PURPOSE = "monitoring-model"


def vector(features: dict[str, Any]) -> dict[str, float]:
    """Model inputs from the window features: recency in [0, 1] (1 = just now), flags as
    0/1, counts as they are, and amounts on a log scale."""
    x = {name: 60.0 / (60.0 + features[name]) for name in _SINCE}
    x.update({name: float(features[name]) for name in _FLAGS})
    x.update({name: float(features[name]) for name in _COUNTS})
    x.update({name: math.log1p(features[name]) for name in _AMOUNTS})
    x["transfer"] = float(features["event_type"] == "transfer")
    return x


def sampled(event_id: str) -> bool:
    """Whether this unalerted event is learnt as a negative (stable across replays)."""
    return zlib.crc32(event_id.encode()) % NEGATIVE_SAMPLE == 0


class OnlineModel:
    def __init__(self) -> None:
        # Imported here: river is heavy, and only a monitor needs it.
        from river import compose, linear_model, optim, preprocessing

        self.pipeline: Pipeline = compose.Pipeline(
            preprocessing.StandardScaler(),
            linear_model.LogisticRegression(optimizer=optim.SGD(0.05), l2=1e-4),
        )
        self.positives = 0
        self.negatives = 0
        self.learnt_since_snapshot = 0

    @property
    def ready(self) -> bool:
        return self.positives >= MIN_POSITIVES

    def score(self, features: dict[str, Any]) -> float | None:
        """Probability of fraud for a money event; None for other events or while cold."""
        if not self.ready or features["event_type"] not in MONEY_EVENTS:
            return None
        proba = self.pipeline.predict_proba_one(vector(features))
        return round(float(proba.get(True, 0.0)), 4)

    def learn(self, features: dict[str, Any], *, fraud: bool, weight: float = 1.0) -> None:
        if features["event_type"] not in MONEY_EVENTS:
            return
        self.pipeline.learn_one(vector(features), fraud, w=weight)
        if fraud:
            self.positives += 1
        else:
            self.negatives += 1
        self.learnt_since_snapshot += 1

    def observe(self, event_id: str, features: dict[str, Any], *, alerted: bool) -> None:
        """Learn from the stream: a sampled unalerted money event is a presumed negative."""
        if not alerted and features["event_type"] in MONEY_EVENTS and sampled(event_id):
            self.learn(features, fraud=False)

    def feedback(self, features: dict[str, Any], *, fraud: bool) -> None:
        """An analyst's verdict on an alert."""
        self.learn(features, fraud=fraud, weight=FEEDBACK_WEIGHT)

    def dumps(self) -> bytes:
        """A signed snapshot: 64 hex characters of HMAC, then the pickle."""
        self.learnt_since_snapshot = 0
        blob = pickle.dumps((self.pipeline, self.positives, self.negatives))
        return _mac(blob).encode() + blob

    @classmethod
    def loads(cls, data: bytes) -> OnlineModel:
        """Restore a snapshot; ``ValueError`` if it was not written with this server key."""
        mac, blob = data[:64].decode(), data[64:]
        if not hmac.compare_digest(mac, _mac(blob)):
            raise ValueError("model snapshot signature does not match")
        model = cls.__new__(cls)
        model.pipeline, model.positives, model.negatives = pickle.loads(blob)  # noqa: S301
        model.learnt_since_snapshot = 0
        return model


def _mac(blob: bytes) -> str:
    return keyed_hash(hashlib.sha256(blob).hexdigest(), purpose=_PURPOSE)
