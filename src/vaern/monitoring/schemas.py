"""Account event schema, version 1, and the API shapes of monitoring.

Every event names its ``type``; account and customer ids may arrive in clear from the
sender and are replaced by keyed pseudonyms on ingest (see ``service.pseudonymise``).
Amounts are decimal strings or numbers in a listed currency. ``event-schema.v1.json``
next to this module is generated from ``AccountEvent`` (``python -m
vaern.monitoring.schemas``); a test keeps it current.
"""

from __future__ import annotations

import enum
import json
import uuid
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    field_validator,
)

SCHEMA_VERSION = 1
SCHEMA_FILE = Path(__file__).with_name("event-schema.v1.json")

# Fixed reference rates to DKK for scoring only (approximate; the sender's booked amount
# is what counts for money, these only put amounts on one scale).
DKK_RATES: dict[str, Decimal] = {
    "DKK": Decimal("1"),
    "EUR": Decimal("7.46"),
    "SEK": Decimal("0.65"),
    "NOK": Decimal("0.64"),
    "USD": Decimal("6.90"),
    "GBP": Decimal("8.70"),
    "CHF": Decimal("7.80"),
    "PLN": Decimal("1.73"),
}

Id = Annotated[str, Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9._:@/-]+$")]
Country = Annotated[str, Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")]
Amount = Annotated[Decimal, Field(gt=0, le=Decimal("100000000"), decimal_places=2)]


class Channel(enum.StrEnum):
    netbank = "netbank"
    mobile_app = "mobile_app"
    phone = "phone"
    branch = "branch"
    api = "api"


class _Event(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: Literal[1] = 1
    event_id: Id = Field(description="Sender's unique id; ingest is idempotent by it")
    occurred_at: AwareDatetime = Field(description="Event time (not arrival time)")
    account_id: Id = Field(description="Account or agreement id; pseudonymised on ingest")
    customer_id: Id | None = Field(default=None, description="Pseudonymised on ingest")


class _Money(_Event):
    amount: Amount
    currency: str = Field(default="DKK", pattern=r"^[A-Z]{3}$")

    @field_validator("currency")
    @classmethod
    def _known_currency(cls, value: str) -> str:
        if value not in DKK_RATES:
            raise ValueError(f"unknown currency {value}")
        return value

    @property
    def amount_dkk(self) -> float:
        return float(self.amount * DKK_RATES[self.currency])


class Login(_Event):
    type: Literal["login"]
    channel: Channel
    device_id: Id | None = None
    ip_country: Country | None = None


class CredentialChange(_Event):
    type: Literal["credential_change"]
    credential: Literal["password", "mitid", "pin", "card_code"]
    channel: Channel | None = None


class ContactChange(_Event):
    type: Literal["contact_change"]
    field: Literal["phone", "email", "address"]
    channel: Channel | None = None


class DeviceEnrolled(_Event):
    type: Literal["device_enrolled"]
    device_id: Id
    kind: Literal["device", "app"] = "app"


class CardPayment(_Money):
    type: Literal["card_payment"]
    merchant_country: Country
    mcc: str | None = Field(default=None, pattern=r"^\d{4}$")
    card_present: bool
    sca: bool = Field(description="Strong customer authentication used")


class Transfer(_Money):
    type: Literal["transfer"]
    instant: bool
    new_payee: bool
    payee_country: Country = "DK"


class PayeeAdded(_Event):
    type: Literal["payee_added"]
    payee_country: Country = "DK"


class LimitsChanged(_Event):
    type: Literal["limits_changed"]
    raised: bool = True


class CardBlocked(_Event):
    type: Literal["card_blocked"]


class CardUnblocked(_Event):
    type: Literal["card_unblocked"]


class CustomerContact(_Event):
    type: Literal["customer_contact"]
    reason: Literal["fraud_call", "suspicious_contact", "other"]


AccountEvent = Annotated[
    Login
    | CredentialChange
    | ContactChange
    | DeviceEnrolled
    | CardPayment
    | Transfer
    | PayeeAdded
    | LimitsChanged
    | CardBlocked
    | CardUnblocked
    | CustomerContact,
    Field(discriminator="type"),
]
EVENT_ADAPTER: TypeAdapter[AccountEvent] = TypeAdapter(AccountEvent)
EVENT_TYPES = frozenset(
    m.model_fields["type"].annotation.__args__[0]  # type: ignore[union-attr]
    for m in (
        Login,
        CredentialChange,
        ContactChange,
        DeviceEnrolled,
        CardPayment,
        Transfer,
        PayeeAdded,
        LimitsChanged,
        CardBlocked,
        CardUnblocked,
        CustomerContact,
    )
)


def json_schema() -> dict[str, Any]:
    schema = EVENT_ADAPTER.json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"Værn account event v{SCHEMA_VERSION}"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


class ItemResult(BaseModel):
    index: int
    event_id: str | None = None
    status: Literal["accepted", "duplicate", "rejected"]
    reason: str | None = None
    alert_ids: list[uuid.UUID] = []
    # With a broker: the JetStream sequence the event is stored at (scored later, so no
    # alert ids in the answer; alerts appear in GET /api/v1/alerts).
    sequence: int | None = None


class IngestResult(BaseModel):
    accepted: int
    duplicates: int
    rejected: int
    items: list[ItemResult]

    @classmethod
    def of(cls, items: list[ItemResult]) -> IngestResult:
        items = sorted(items, key=lambda r: r.index)
        return cls(
            accepted=sum(r.status == "accepted" for r in items),
            duplicates=sum(r.status == "duplicate" for r in items),
            rejected=sum(r.status == "rejected" for r in items),
            items=items,
        )


class AlertRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    event_id: str
    account_ref: str
    typology_id: str
    typology_version: int
    severity: str
    score: float
    model_score: float | None
    action: str
    status: str
    explanation: dict[str, Any]
    features: dict[str, Any]
    event_ids: list[str]
    actions_taken: list[dict[str, Any]]
    occurred_at: datetime
    created_at: datetime


class WebhookCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: str = Field(max_length=500)
    min_severity: Literal["low", "medium", "high", "critical"] = "high"


class WebhookRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    url: str
    min_severity: str
    active: bool
    created_at: datetime


class WebhookCreated(WebhookRead):
    secret: str = Field(description="The HMAC signing key; shown only now")


class DeliveryRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    alert_id: uuid.UUID = Field(validation_alias="subject_id")
    status: str
    attempts: int
    last_result: str | None
    next_attempt_at: datetime
    delivered_at: datetime | None


if __name__ == "__main__":
    SCHEMA_FILE.write_text(json_schema_text(), encoding="utf-8")
