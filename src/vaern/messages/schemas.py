"""API shapes of the message check."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from vaern.localtime import AnyMoment

Channel = Literal["sms", "email", "url", "qr", "call"]
Did = Literal["clicked", "mitid", "card", "cpr", "paid", "codes"]


class CheckCreate(BaseModel):
    text: str = Field(max_length=1_000_000, description="The message, link or call description")
    channel: Channel | None = None
    sender: str | None = Field(default=None, max_length=200)
    received_at: AnyMoment | None = None
    did: list[Did] = Field(default_factory=list, description="What the person already did")
    recipient: str | None = Field(
        default=None,
        max_length=320,
        description="Your own phone number or e-mail address (optional, never stored): lets "
        "a member organisation's outbound log confirm that it really sent this message",
    )


class Explanation(BaseModel):
    da: str
    en: str


class ReasonRead(BaseModel):
    code: str
    weight: float
    evidence: str
    start: int
    end: int
    explanation: Explanation


class Advice(BaseModel):
    da: list[str]
    en: list[str]


class CheckRead(BaseModel):
    verdict: Literal["genuine", "scam", "suspicious", "unknown"]
    score: float
    claimed_organisation: str | None
    reasons: list[ReasonRead]
    advice: Advice
    matched_warnings: list[dict[str, object]]
