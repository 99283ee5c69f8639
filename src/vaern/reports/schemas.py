"""Pydantic shapes of the reports and campaigns API."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, StringConstraints, field_validator

from vaern.localtime import AnyMoment
from vaern.warnings.schemas import Channel

MAX_CHECK_RESULT_BYTES = 16_000


class Contact(BaseModel):
    email: EmailStr | None = None
    phone: Annotated[str, StringConstraints(strip_whitespace=True, max_length=32)] | None = None


class ReportCreate(BaseModel):
    organisation: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    text: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=10_000)]
    channel: Channel
    sender: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] | None = None
    received_at: AnyMoment | None = None
    consent: bool = Field(description="The reporter agrees that the organisation may see it.")
    contact: Contact | None = Field(
        default=None, description="Only if the reporter wants feedback."
    )
    check_result: dict[str, Any] = Field(default_factory=dict)

    @field_validator("consent")
    @classmethod
    def _consent(cls, value: bool) -> bool:
        if not value:
            raise ValueError("A report needs the reporter's consent.")
        return value

    @field_validator("check_result")
    @classmethod
    def _small(cls, value: dict[str, Any]) -> dict[str, Any]:
        if len(json.dumps(value, default=str)) > MAX_CHECK_RESULT_BYTES:
            raise ValueError("check_result is too large.")
        return value


class ReportReceipt(BaseModel):
    reference: str
    received_at: datetime
    duplicate: bool


class ScreenshotReceipt(ReportReceipt):
    verdict: str = Field(description="The message check's verdict on the recognised text.")
    text: str = Field(description="The recognised text as stored: redacted.")


MAX_BATCH = 500


class ReportBatchItem(ReportCreate):
    """One report in a batch from an organisation's own systems; ``organisation`` is
    the token's own and may be left out."""

    organisation: Annotated[str, StringConstraints(min_length=1, max_length=64)] = "-"
    reporter: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=128)
    ] = Field(
        description="Your opaque id of the reporter; used only, keyed-hashed, to store the "
        "same reporter's same message once."
    )


class ReportBatch(BaseModel):
    # Items are validated one by one so one bad item cannot refuse the rest.
    items: list[dict[str, Any]] = Field(min_length=1, max_length=MAX_BATCH)


class BatchItemResult(BaseModel):
    index: int
    status: Literal["accepted", "duplicate", "rejected"]
    reference: str | None = None
    received_at: datetime | None = None
    reason: str | None = None


class BatchReceipt(BaseModel):
    accepted: int
    duplicates: int
    rejected: int
    items: list[BatchItemResult]


class ReportRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    reference: str
    channel: str
    source: str
    text: str
    sender: str | None
    claimed: str | None = Field(
        default=None, description="Hub reports: the directory organisation the scam names"
    )
    link_domains: list[str]
    check_result: dict[str, Any]
    received_at: datetime
    campaign_id: uuid.UUID | None
    wants_feedback: bool = False


class CampaignRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    reference: str
    status: str
    first_seen: datetime
    last_seen: datetime
    report_count: int
    indicators: dict[str, Any]
    examples: list[str]
    channels: list[str]
    warning_id: uuid.UUID | None


class TakedownRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    campaign_id: uuid.UUID | None
    lookalike_id: uuid.UUID | None
    recipient_kind: str
    target: str
    status: str
    subject: str
    body: str
    evidence: dict[str, Any]
