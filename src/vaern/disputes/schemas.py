"""The one input schema (API, page, CLI) and the assessment output."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from vaern.disputes.rules import Finding, LateReading
from vaern.localtime import Day, Moment

Money = Annotated[Decimal, Field(gt=0, max_digits=14, decimal_places=2)]
Label = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[\w .:/-]+$")]
Note = Annotated[str, Field(max_length=500)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Account(_In):
    id: Label
    opened_on: Day | None = None
    business: bool | None = Field(
        None, description="A business (non-consumer) account; None: as the payer (§ 6, stk. 3)."
    )
    contracted_out: bool | None = Field(
        None,
        description="The agreement excludes §§ 97, 98 and 100-102 (§ 6, stk. 3; business "
        "accounts only); None: as the payer.",
    )


class Payer(_In):
    id: Label
    name: Annotated[str, Field(min_length=1, max_length=100)]
    accounts: Annotated[list[Account], Field(min_length=1, max_length=20)]
    instruments: Annotated[list[Label], Field(max_length=20)] = []
    notified_at: Moment | None = Field(
        None, description="When the provider was notified or the instruments were blocked."
    )
    learned_at: Moment | None = Field(
        None,
        description="When the payer learned that the instrument was lost or the credential "
        "compromised (for § 100, stk. 4, nr. 1: late notification).",
    )
    finding: Finding = Field(
        description="The assessor's judgement of the payer's conduct (the primary view)."
    )
    alternative_findings: Annotated[list[Finding], Field(max_length=6)] = Field(
        default_factory=list,
        description="Other views the facts support (e.g. a minority); shown with consequences.",
    )
    disclosed: Annotated[list[Label], Field(max_length=20)] = []
    disclosure_channel: Literal["none", "call", "sms_link", "email", "in_person", "other"] = "none"
    warnings_received: Annotated[list[Note], Field(max_length=20)] = []
    pressure: Note = ""
    loss_undetectable: bool = Field(
        False,
        description="The payer could not detect the loss or theft before the misuse "
        "(§ 100, stk. 8).",
    )
    business: bool = Field(False, description="The payer is not a consumer (§ 6, stk. 3).")
    contracted_out: bool = Field(
        False, description="A non-consumer payer agreed that §§ 97, 98, 100-102 do not apply."
    )
    late_reading: LateReading = Field(
        LateReading.delay_only,
        description="Reading of § 100, stk. 4, nr. 1 for the primary view; the other reading "
        "is shown as an alternative.",
    )

    @model_validator(mode="after")
    def _contract_needs_business(self) -> Payer:
        if self.contracted_out and not self.business:
            raise _bad(
                "consumer_contracted_out",
                "only a non-consumer can contract out",
                None,
                "contracted_out",
            )
        for a in self.accounts:
            if _effective(a.contracted_out, self.contracted_out) and not _effective(
                a.business, self.business
            ):
                raise _bad(
                    "consumer_contracted_out",
                    f"account {a.id}: only a business account can be contracted out",
                    None,
                    "accounts",
                )
        return self

    def account(self, account_id: str) -> Account | None:
        return next((a for a in self.accounts if a.id == account_id), None)

    def is_business(self, account_id: str) -> bool:
        a = self.account(account_id)
        return _effective(a.business if a else None, self.business)

    def is_contracted_out(self, account_id: str) -> bool:
        a = self.account(account_id)
        return _effective(a.contracted_out if a else None, self.contracted_out)


def _effective(own: bool | None, default: bool) -> bool:
    return default if own is None else own


class Authentication(_In):
    """What the authentication of a payment consisted of (§ 100, stk. 7; § 5, nr. 30)."""

    method: Literal[
        "pin",
        "contactless",
        "signature",
        "card_details",
        "3ds_sms",
        "3ds_app",
        "mitid",
        "nemid",
        "other",
    ] = "other"
    elements: Annotated[
        list[Literal["knowledge", "possession", "inherence"]], Field(max_length=3)
    ] = Field(default_factory=list, description="SCA element categories actually used.")
    amount_and_payee_shown: bool | None = Field(
        None, description="The approval showed the amount and the payee (§ 128, stk. 2)."
    )


class Transaction(_In):
    id: Label
    payer: Label
    account: Label
    instrument: Label = "unknown"
    amount: Money
    currency: Literal["DKK"] = "DKK"
    at: Moment
    description: Note = ""
    credential_used: bool = True
    sca_required: bool | None = Field(None, description="Overrides the provider default.")
    authentication: Authentication | None = None
    correctly_recorded: bool = True
    authorised_by_payer: bool = False
    authorisation_evidence: Literal["", "payer_confirms", "other_evidence", "log_only"] = Field(
        "",
        description="What shows the payer approved it; a log of the instrument's use alone "
        "is no proof (§ 98, stk. 2).",
    )
    debited_on: Day | None = Field(None, description="Debit date; § 97 counts from it.")
    information_given_on: Day | None = Field(
        None, description="When the provider gave the information on the payment, if later."
    )
    payee_knew: bool = Field(
        False, description="The payee knew or ought to have known of the misuse (stk. 9)."
    )
    e_money: bool = False


class Provider(_In):
    name: Annotated[str, Field(max_length=200)] = ""
    sca_required: bool = True
    means_to_notify: bool = True
    loss_caused_by_provider: bool = False
    e_money_blockable: bool = Field(
        True, description="The e-money issuer can block the account or instrument (stk. 10)."
    )


class DisputeInput(_In):
    title: Annotated[str, Field(min_length=1, max_length=200)]
    language: Literal["da", "en"] = "da"
    payers: Annotated[list[Payer], Field(min_length=1, max_length=10)]
    transactions: Annotated[list[Transaction], Field(min_length=1, max_length=500)]
    provider: Provider = Provider()
    objected_on: Day
    fraud_suspicion_reported: bool = Field(
        False,
        description="The provider suspects fraud on reasonable grounds and told the Danish FSA "
        "(§ 99, stk. 1: no next-business-day refund).",
    )
    case_id: uuid.UUID | None = None

    @model_validator(mode="after")
    def _consistent(self) -> DisputeInput:
        payers = {p.id: p for p in self.payers}
        if len(payers) != len(self.payers):
            raise _bad("duplicate_payer", "payer ids must be unique", None, "id")
        seen: set[str] = set()
        for i, t in enumerate(self.transactions):
            if t.id in seen:
                raise _bad("duplicate_transaction", f"transaction {t.id}: duplicate id", i, "id")
            seen.add(t.id)
            payer = payers.get(t.payer)
            if payer is None:
                raise _bad("unknown_payer", f"transaction {t.id}: unknown payer", i, "payer")
            account = next((a for a in payer.accounts if a.id == t.account), None)
            if account is None:
                raise _bad("unknown_account", f"transaction {t.id}: unknown account", i, "account")
            if payer.instruments and t.instrument not in payer.instruments:
                raise _bad(
                    "unknown_instrument", f"transaction {t.id}: unknown instrument", i, "instrument"
                )
            if account.opened_on and t.at.date() < account.opened_on:
                raise _bad(
                    "before_account",
                    f"transaction {t.id}: before account {account.id} existed",
                    i,
                    "at",
                )
            if t.debited_on and t.debited_on < t.at.date():
                raise _bad(
                    "debit_before_payment",
                    f"transaction {t.id}: debited before it was made",
                    i,
                    "debited_on",
                )
            if t.at.date() > self.objected_on:
                raise _bad(
                    "after_objection", f"transaction {t.id}: after the objection date", i, "at"
                )
        return self


def _bad(code: str, message: str, index: int | None, field: str) -> PydanticCustomError:
    """A cross-field error that names the transaction row and field (for the staff form)."""
    return PydanticCustomError(code, message, {"index": index, "field": field})


class TransactionResult(BaseModel):
    id: str
    amount: Decimal
    at: datetime
    status: Literal["counted", "excluded", "not_covered"]
    reason: str | None = None
    group: Literal["private", "business"] = "private"


class BasisLine(BaseModel):
    """One part of the result: an amount, what happens to it and the provision it rests on."""

    kind: Literal["liable", "refund", "not_covered"]
    provision: str
    citation: str
    amount: Decimal
    text: dict[str, str]


class Fact(BaseModel):
    """A fact line pointing for or against a view, in Danish and English."""

    da: str
    en: str


class Outcome(BaseModel):
    finding: Finding
    provision: str
    citation: str
    band: str
    liable_amount: Decimal
    refund_amount: Decimal
    explanation: dict[str, str]
    basis: list[BasisLine] = []
    reading: LateReading | None = None
    facts_for: list[Fact] = []
    facts_against: list[Fact] = []


class PayerAssessment(BaseModel):
    payer: str
    name: str
    disputed_amount: Decimal
    liable_amount: Decimal
    refund_amount: Decimal
    not_covered_amount: Decimal
    provision: str
    citation: str
    band: str
    explanation: dict[str, str]
    basis: list[BasisLine] = []  # empty in assessments stored before issue 19
    transactions: list[TransactionResult]
    alternatives: list[Outcome]


class TotalAlternative(BaseModel):
    finding: Finding
    reading: LateReading | None = None
    citation: str
    band: str
    liable_amount: Decimal
    refund_amount: Decimal


class Totals(BaseModel):
    disputed_amount: Decimal
    liable_amount: Decimal
    refund_amount: Decimal
    not_covered_amount: Decimal
    provision: str
    alternatives: list[TotalAlternative]


class Assessment(BaseModel):
    title: str
    payers: list[PayerAssessment]
    total: Totals
    findings: list[dict[str, str]]
    refund_deadline: date | None = None
    refund_deadline_text: dict[str, str] = {}  # empty in assessments stored before issue 19
    cap_rule: dict[str, str]
    sources: dict[str, list[str]]


class DisputeRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    title: str
    case_id: uuid.UUID | None
    created_at: datetime
    input: dict[str, object]
    assessment: dict[str, object]
