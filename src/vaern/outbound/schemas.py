"""Input/output shapes of the outbound log."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from vaern.localtime import Moment

Channel = Literal["sms", "email", "call"]


class OutboundItem(BaseModel):
    """One message or call. Send ``text`` (fingerprinted here, never stored) or only
    ``text_sha256`` (SHA-256 hex of the text NFKC-normalised, case-folded, whitespace
    collapsed)."""

    model_config = ConfigDict(extra="forbid")

    client_id: str = Field(min_length=1, max_length=100)
    channel: Channel
    sender: str = Field(min_length=1, max_length=320)
    recipient: str = Field(min_length=3, max_length=320)
    sent_at: Moment
    template_id: str | None = Field(default=None, max_length=100)
    text: str | None = Field(default=None, max_length=10_000)
    text_sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    purpose: str | None = Field(default=None, max_length=50)

    @model_validator(mode="after")
    def _text(self) -> OutboundItem:
        if self.text is not None and self.text_sha256 is not None:
            raise ValueError("send either text or text_sha256, not both")
        return self


class OutboundBatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    items: list[OutboundItem] = Field(min_length=1, max_length=1000)


class ItemResult(BaseModel):
    client_id: str
    status: Literal["accepted", "duplicate", "rejected"]
    reason: str | None = None
    id: uuid.UUID | None = None


class BatchResult(BaseModel):
    accepted: int
    duplicates: int
    rejected: int
    items: list[ItemResult]


class LookupRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    recipient: str = Field(min_length=3, max_length=320)
    channel: Channel
    around: Moment
    text: str | None = Field(default=None, max_length=10_000)
    window_hours: int = Field(default=72, ge=1, le=24 * 31)


class LookupResult(BaseModel):
    match: Literal["exact", "template", "near", "recipient", "none"] = Field(
        description="exact/template/near compare the text; 'recipient' = contacted on this "
        "channel in the window but no text was given or it did not match"
    )
    time_difference_seconds: float | None = None
    sent_at: datetime | None = None
    sender: str | None = None
    partner: str | None = None
    template_id: str | None = None
    similarity: float | None = None
    link_domains: list[str] = Field(default_factory=list)


class Retention(BaseModel):
    model_config = ConfigDict(extra="forbid")

    days: int = Field(ge=1, le=3650, description="Records older than this are purged")
