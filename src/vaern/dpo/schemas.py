"""API shapes of the privacy domain."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from vaern.localtime import AnyMoment

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


class RestrictionLift(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=1, max_length=2000, description="Told to the person first")


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
    channel: str = "staff"
    reminded_at: datetime | None = None


class RetentionRuleSet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    category: str = Field(min_length=1, max_length=64)
    days: int = Field(ge=1, le=365 * 30)


class BreachCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    aware_at: AnyMoment
    nature: str = Field(min_length=1, max_length=10_000)
    data_categories: list[str] = Field(default_factory=list, max_length=50)
    subject_categories: list[str] = Field(default_factory=list, max_length=50)
    approx_subjects: int | None = Field(default=None, ge=0)
    approx_records: int | None = Field(default=None, ge=0)
    consequences: str = Field(default="", max_length=10_000)
    measures: str = Field(default="", max_length=10_000)
    contact: str = Field(default="", max_length=500)


class BreachUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=10_000)


class BreachDecision(BaseModel):
    model_config = ConfigDict(extra="forbid")

    inform: bool
    reason: str = Field(min_length=1, max_length=5000)


class BreachRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    aware_at: datetime
    nature: str
    data_categories: list[str]
    subject_categories: list[str]
    approx_subjects: int | None
    approx_records: int | None
    consequences: str
    measures: str
    contact: str
    notified_at: datetime | None
    inform_subjects: bool | None
    inform_reason: str | None
    updates: list[Any]
    clock: str = ""
    hours_left: float = 0.0


class LegalHoldCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    scope: Literal["organisation", "subject", "case"]
    target_id: uuid.UUID | None = None
    reason: str = Field(min_length=1, max_length=5000)


class LegalHoldRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    scope: str
    target_id: uuid.UUID | None
    reason: str
    created_at: datetime
    released_at: datetime | None


class AuditChainRead(BaseModel):
    chain: str
    entries: int
    head_seq: int
    head_hash: str | None
    ok: bool
    problems: list[dict[str, Any]]
