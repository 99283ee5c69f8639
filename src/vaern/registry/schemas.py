"""Input/output shapes of the channel registry and the communication policy."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from vaern.registry.models import CHANNEL_KINDS
from vaern.registry.normalise import normalise_channel, normalise_domain
from vaern.text.phones import valid_phone

ChannelKind = Literal["email_domain", "web_domain", "sms_sender", "phone", "app", "postal"]
assert set(CHANNEL_KINDS) == set(ChannelKind.__args__)  # type: ignore[attr-defined]

# Things an organisation may ask a customer for; the policy lists those it ever does.
ASKS = (
    "mitid_codes",
    "passwords",
    "cpr",
    "card_number",
    "cvv",
    "id_documents",
    "payment_link",
    "remote_access",
)
Ask = Literal[
    "mitid_codes",
    "passwords",
    "cpr",
    "card_number",
    "cvv",
    "id_documents",
    "payment_link",
    "remote_access",
]


class ChannelCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: ChannelKind
    value: str = Field(min_length=1, max_length=300)
    label: str = Field(default="", max_length=200)
    partner: str | None = Field(default=None, max_length=200)

    @model_validator(mode="after")
    def _normalise(self) -> ChannelCreate:
        self.value = normalise_channel(self.kind, self.value)
        self.partner = (self.partner or "").strip() or None
        return self


class ChannelRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    kind: str
    value: str
    label: str
    partner: str | None
    verified: bool
    verification_record: str | None = Field(
        default=None, description="TXT record to publish on the domain to verify it"
    )


class FrontDoor(BaseModel):
    model_config = ConfigDict(extra="forbid")

    phone: str | None = Field(default=None, max_length=40)
    website: str | None = Field(default=None, max_length=300)
    app: str | None = Field(default=None, max_length=200)

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str | None) -> str | None:
        return valid_phone(value) if value else None

    @field_validator("website")
    @classmethod
    def _website(cls, value: str | None) -> str | None:
        if not value:
            return None
        if not value.startswith("https://"):
            raise ValueError("the front-door website must be an https:// address")
        normalise_domain(value)
        return value


class Policy(BaseModel):
    """How an organisation contacts customers. Anything not listed in ``asks_for`` it
    never asks for; that is what makes a request for it a warning sign."""

    model_config = ConfigDict(extra="forbid")

    links: Literal["never", "own_domains", "yes"] = "own_domains"
    qr_codes: bool = False
    attachments: bool = False
    asks_for: list[Ask] = Field(default_factory=list)
    calls: Literal["never", "booked", "yes"] = "booked"
    payment: str = Field(default="", max_length=500, description="How it asks for payment")
    front_door: FrontDoor = Field(default_factory=FrontDoor)
    notes: str = Field(default="", max_length=1000)

    @field_validator("asks_for")
    @classmethod
    def _unique(cls, value: list[str]) -> list[str]:
        return sorted(set(value))


class PolicyRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    version: int
    valid_from: datetime
    created_by: str
    policy: Policy
