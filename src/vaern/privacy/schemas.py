"""API shapes of the privacy domain."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

RequestKind = Literal["access", "rectification", "erasure", "restriction", "objection"]
RequestStatus = Literal["verified", "in_progress", "extended", "completed", "rejected"]
Identifiers = dict[
    Literal["email", "phone", "cpr", "name", "customer_ref", "account", "address"],
    str,
]


class SubjectRequestCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: RequestKind
    identifiers: Identifiers = Field(min_length=1)
    note: str | None = Field(default=None, max_length=5000)


class SubjectRequestTransition(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: RequestStatus
    reason: str | None = Field(default=None, max_length=2000)


class SubjectRequestRectify(BaseModel):
    model_config = ConfigDict(extra="forbid")

    identifiers: Identifiers = Field(min_length=1)


class SubjectRequestRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    subject_id: uuid.UUID
    kind: str
    status: str
    received_at: datetime
    due_at: datetime
    closed_at: datetime | None
    overdue: bool = False
    days_left: int = 0
    note: str | None
    history: list[Any]
    result: dict[str, Any]


class RetentionRuleSet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    category: str = Field(min_length=1, max_length=64)
    days: int = Field(ge=1, le=365 * 30)
