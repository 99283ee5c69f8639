"""Pydantic shapes of the warnings API."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from vaern.localtime import AnyMoment


class Channel(enum.StrEnum):
    sms = "sms"
    email = "email"
    phone = "phone"
    web = "web"
    social = "social"
    app = "app"
    letter = "letter"


Short = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Item = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]


class Bilingual(BaseModel):
    da: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
    en: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]


class Indicators(BaseModel):
    domains: list[Item] = Field(default_factory=list, max_length=50)
    urls: list[Item] = Field(default_factory=list, max_length=50)
    sender_ids: list[Item] = Field(default_factory=list, max_length=50)
    phones: list[Item] = Field(default_factory=list, max_length=50)


Example = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


class WarningCreate(BaseModel):
    title: Bilingual
    summary: Bilingual
    advice: Bilingual
    channels: list[Channel] = Field(default_factory=list, max_length=7)
    examples: list[Example] = Field(default_factory=list, max_length=10)
    indicators: Indicators = Field(default_factory=Indicators)
    valid_from: AnyMoment | None = None
    valid_until: AnyMoment | None = None

    @model_validator(mode="after")
    def _period(self) -> WarningCreate:
        if self.valid_from and self.valid_until and self.valid_until <= self.valid_from:
            raise ValueError("valid_until must be after valid_from")
        return self


class WarningUpdate(BaseModel):
    title: Bilingual | None = None
    summary: Bilingual | None = None
    advice: Bilingual | None = None
    channels: list[Channel] | None = Field(default=None, max_length=7)
    examples: list[Example] | None = Field(default=None, max_length=10)
    indicators: Indicators | None = None
    valid_from: AnyMoment | None = None
    valid_until: AnyMoment | None = None


class WarningRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    organisation_id: uuid.UUID
    status: str
    version: int
    title: dict[str, Any]
    summary: dict[str, Any]
    advice: dict[str, Any]
    channels: list[str]
    examples: list[str]
    indicators: dict[str, Any]
    valid_from: datetime | None
    valid_until: datetime | None
    published_at: datetime | None
    created_at: datetime
    updated_at: datetime


class WarningVersionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    version: int
    status: str
    change: str
    actor_id: str | None
    created_at: datetime


class WebhookCreate(BaseModel):
    url: Annotated[str, StringConstraints(strip_whitespace=True, min_length=8, max_length=500)]


class WebhookRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    url: str
    active: bool
    created_at: datetime


class WebhookCreated(WebhookRead):
    secret: str


class DeliveryRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    event: str
    status: str
    attempts: int
    last_result: str | None
    next_attempt_at: datetime
    delivered_at: datetime | None
