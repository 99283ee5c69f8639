"""Case API shapes."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Priority = Literal["urgent", "high", "normal", "low"]
Status = Literal["new", "triage", "in_progress", "waiting", "closed"]
LinkKind = Literal["report", "warning", "campaign", "alert", "dispute", "outbound_lookup"]
IdentifierKind = Literal["email", "phone", "cpr", "name", "customer_ref", "account", "address"]


class LinkCreate(BaseModel):
    kind: LinkKind
    target_id: uuid.UUID
    label: str = Field("", max_length=200)


class CaseCreate(BaseModel):
    case_type: str = Field(max_length=40)
    title: str = Field(min_length=1, max_length=200)
    priority: Priority = "normal"
    source: str = Field("api", max_length=40)
    customer: dict[IdentifierKind, str] | None = None
    links: list[LinkCreate] = Field(default_factory=list, max_length=50)


class CaseRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    case_type: str
    title: str
    source: str
    status: str
    priority: str
    assignee_id: uuid.UUID | None
    has_customer: bool = False
    playbook_version: str
    opened_at: datetime
    sla_due_at: datetime
    next_due_at: datetime | None
    status_times: dict[str, Any]
    resolution: str | None
    closed_at: datetime | None


class TaskRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    position: int
    step: str
    actor: str
    due_at: datetime
    status: str
    note: str | None
    completed_at: datetime | None


class CaseDetail(CaseRead):
    tasks: list[TaskRead]


class EventRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    at: datetime
    actor_type: str
    actor_id: str | None
    action: str
    details: dict[str, Any]


class NoteCreate(BaseModel):
    text: str = Field(min_length=1, max_length=10_000)
    keep_original: bool = False


class NoteRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    at: datetime
    body: str


class AttachmentRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    filename: str
    content_type: str
    size: int
    sha256: str


class LinkRead(LinkCreate):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID


class StatusChange(BaseModel):
    to: Status
    resolution: str | None = Field(None, max_length=500)


class Assign(BaseModel):
    assignee_id: uuid.UUID | None


class PriorityChange(BaseModel):
    priority: Priority


class TaskFinish(BaseModel):
    outcome: Literal["done", "skipped"]
    note: str = Field("", max_length=2000)


class BulkStatus(BaseModel):
    ids: list[uuid.UUID] = Field(min_length=1, max_length=200)
    to: Status
    resolution: str | None = Field(None, max_length=500)


class Reveal(BaseModel):
    purpose: str = Field(min_length=3, max_length=200)


class WebhookCreate(BaseModel):
    url: str = Field(min_length=8, max_length=500)
