"""Each provision's edge through the engine: § 100 stk. 6-10 with and without gross negligence
and fraud, stk. 7 on what the authentication was, § 97 from the debit, § 98, § 99, § 6 stk. 3."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from tests.disputes.factories import dispute, payer, tx
from vaern.disputes.engine import assess
from vaern.disputes.schemas import Assessment, DisputeInput

D = Decimal
BLOCKED = "2025-03-05T16:13:22+01:00"
MITID = {"method": "mitid", "elements": ["possession", "knowledge"], "amount_and_payee_shown": True}
SMS = {"method": "3ds_sms", "elements": ["possession"]}


def run(data: dict[str, Any]) -> Assessment:
    return assess(DisputeInput.model_validate(data))


# Each "Uanset stk. 3-5" rule, as (payer fields, transaction fields, provider fields).
OVERRIDES: dict[str, tuple[dict[str, Any], dict[str, Any], dict[str, Any]]] = {
    "stk6_1": ({"notified_at": BLOCKED}, {"at": "2025-03-05T16:13:22+01:00"}, {}),
    "stk6_2": ({}, {}, {"loss_caused_by_provider": True}),
    "stk6_3": ({}, {}, {"means_to_notify": False}),
    "stk7": ({}, {"authentication": SMS}, {}),
    "stk8": ({"loss_undetectable": True}, {}, {}),
    "stk9": ({}, {"payee_knew": True}, {}),
}


@pytest.mark.parametrize("rule", OVERRIDES)
@pytest.mark.parametrize(
    "finding", ["no_fault", "late_notification", "gross_negligence", "intentional_disclosure"]
)
def test_stk_6_to_9_remove_all_liability_without_fraud(rule: str, finding: str) -> None:
    p, t, provider = OVERRIDES[rule]
    result = run(
        dispute([payer(finding=finding, **p)], [tx("t", "12000.00", **t)], provider=provider)
    )
    (pa,) = result.payers
    assert (pa.liable_amount, pa.refund_amount) == (D("0.00"), D("12000.00"))
    assert pa.transactions[0].reason == rule
    number = rule.removeprefix("stk").replace("_", ", nr. ")
    assert pa.citation.startswith(f"betalingsloven § 100, stk. {number}")
    assert pa.band == "none"


@pytest.mark.parametrize("rule", OVERRIDES)
def test_stk_6_to_9_do_not_help_a_fraudulent_payer(rule: str) -> None:
    p, t, provider = OVERRIDES[rule]
    result = run(
        dispute([payer(finding="fraud", **p)], [tx("t", "12000.00", **t)], provider=provider)
    )
    assert result.payers[0].liable_amount == D("12000.00")
    assert result.payers[0].citation == "betalingsloven § 100, stk. 2"


def test_stk_6_nr_2_with_gross_negligence_is_zero_not_8000() -> None:
    # The statute: "Uanset stk. 3-5" - the earlier engine left the 8,000 band in place.
    result = run(
        dispute(
            [payer(finding="gross_negligence")],
            [tx("t", "9000.00")],
            provider={"loss_caused_by_provider": True},
        )
    )
    assert result.payers[0].liable_amount == 0


@pytest.mark.parametrize(
    ("authentication", "at", "reason", "codes"),
    [
        (SMS, "2025-03-05T16:00:00+01:00", "stk7", set()),
        ({"method": "card_details", "elements": []}, "2025-03-05T16:00:00+01:00", "stk7", set()),
        (MITID, "2025-03-05T16:00:00+01:00", None, set()),
        (
            {**MITID, "amount_and_payee_shown": False},
            "2025-03-05T16:00:00+01:00",
            None,
            {"no_dynamic_linking"},
        ),
        (
            {"method": "3ds_app", "elements": ["possession", "inherence"]},
            "2025-03-05T16:00:00+01:00",
            None,
            set(),
        ),
        (SMS, "2018-12-21T11:46:39+01:00", "stk7", {"sca_before_duty"}),
    ],
)
def test_stk_7_turns_on_what_the_authentication_was(
    authentication: dict[str, Any], at: str, reason: str | None, codes: set[str]
) -> None:
    data = dispute(
        [payer(finding="gross_negligence", accounts=[{"id": "P-acc"}])],
        [tx("t", "9000.00", at=at, authentication=authentication)],
        objected_on="2025-03-10",
    )
    if at.startswith("2018"):
        data["objected_on"] = "2018-12-28"
    result = run(data)
    (pa,) = result.payers
    assert pa.transactions[0].reason == reason
    assert pa.liable_amount == (D("0.00") if reason else D("8000.00"))
    found = {f["code"] for f in result.findings}
    assert codes <= found and not ({"no_dynamic_linking", "sca_before_duty"} - codes) & found


def test_recorded_authentication_decides_over_the_provider_setting() -> None:
    data = dispute(
        [payer(finding="no_fault")],
        [tx("t", "900.00", authentication=MITID)],
        provider={"sca_required": False},
    )
    assert run(data).payers[0].liable_amount == D("375.00")


def test_amount_shown_is_a_fact_for_a_serious_view() -> None:
    result = run(
        dispute(
            [payer(finding="no_fault", alternative_findings=["gross_negligence"])],
            [tx("t", "9000.00", authentication=MITID)],
        )
    )
    (alt,) = result.payers[0].alternatives
    assert any("amount and the payee" in f.en for f in alt.facts_for)
    assert any("beløb og betalingsmodtager" in f.da for f in alt.facts_for)


@pytest.mark.parametrize(("blockable", "status"), [(False, "not_covered"), (True, "counted")])
def test_stk_10_e_money_that_cannot_be_blocked(blockable: bool, status: str) -> None:
    result = run(
        dispute(
            [payer(finding="no_fault")],
            [tx("t", "900.00", e_money=True)],
            provider={"e_money_blockable": blockable},
        )
    )
    assert result.payers[0].transactions[0].status == status
    assert result.payers[0].refund_amount == (D("0.00") if not blockable else D("525.00"))


@pytest.mark.parametrize(
    ("debited_on", "informed", "late"),
    [
        ("2024-08-12", None, False),  # 13 months from the debit: in time on 10-9-2025
        (None, None, True),  # without a debit date the payment day counts: late
        (None, "2024-09-01", False),  # information given later: counted from then
    ],
)
def test_section_97_from_the_debit(
    debited_on: str | None, informed: str | None, late: bool
) -> None:
    extra = {k: v for k, v in (("debited_on", debited_on), ("information_given_on", informed)) if v}
    data = dispute(
        [payer(finding="gross_negligence")],
        [tx("t", "9577.77", at="2024-08-08T12:00:00+02:00", **extra)],
        objected_on="2025-09-10",
    )
    (pa,) = run(data).payers
    assert (pa.transactions[0].reason == "s97") is late
    assert pa.liable_amount == (D("0.00") if late else D("8000.00"))
    assert pa.not_covered_amount == (D("9577.77") if late else D("0.00"))


def test_debit_before_the_payment_is_refused() -> None:
    data = dispute([payer()], [tx("t", "1.00", debited_on="2025-03-01")])
    with pytest.raises(ValidationError, match="debited before"):
        DisputeInput.model_validate(data)


@pytest.mark.parametrize(
    ("evidence", "status", "code"),
    [
        ("log_only", "counted", "s98_log_not_proof"),
        ("payer_confirms", "not_covered", "authorised"),
        ("", "not_covered", "authorised"),
    ],
)
def test_section_98_a_log_of_use_is_no_proof_of_approval(
    evidence: str, status: str, code: str
) -> None:
    data = dispute(
        [payer(finding="no_fault")],
        [tx("t", "4500.00", authorised_by_payer=True, authorisation_evidence=evidence)],
    )
    result = run(data)
    assert result.payers[0].transactions[0].status == status
    assert code in {f["code"] for f in result.findings}


def test_section_98_credential_not_proven() -> None:
    (pa,) = run(
        dispute([payer(finding="gross_negligence")], [tx("t", "900.00", credential_used=False)])
    ).payers
    assert (pa.liable_amount, pa.transactions[0].reason) == (D("0.00"), "s98_credential")


def test_section_99_refund_deadline_in_the_result() -> None:
    result = run(dispute([payer()], [tx("t", "900.00")], objected_on="2025-03-07"))
    assert result.refund_deadline == date(2025, 3, 10)
    assert "10-03-2025" in result.refund_deadline_text["da"]
    assert "2025-03-10" in result.refund_deadline_text["en"]
    suspected = run(
        dispute(
            [payer()], [tx("t", "900.00")], objected_on="2025-03-07", fraud_suspicion_reported=True
        )
    )
    assert (
        suspected.refund_deadline is None
        and "Finanstilsynet" in suspected.refund_deadline_text["da"]
    )
    nothing = run(dispute([payer(finding="fraud")], [tx("t", "900.00")]))
    assert nothing.refund_deadline is None


def _business_payer(**kw: Any) -> dict[str, Any]:
    return payer(
        finding="gross_negligence",
        accounts=[{"id": "P-acc"}, {"id": "P-biz", "business": True, **kw}],
    )


def test_section_6_business_account_has_its_own_cap() -> None:
    txs = [tx("priv", "9000.00"), {**tx("biz", "9000.00"), "account": "P-biz"}]
    result = run(dispute([_business_payer()], txs))
    (pa,) = result.payers
    assert pa.liable_amount == D("16000.00")  # 8,000 private + 8,000 business, not one cap
    assert {t.id: t.group for t in pa.transactions} == {"priv": "private", "biz": "business"}
    assert "separate_caps" in {f["code"] for f in result.findings}


def test_section_6_contracted_out_business_account() -> None:
    txs = [
        tx("priv", "9000.00"),
        {**tx("biz", "9000.00", at="2023-01-05T12:00:00+01:00"), "account": "P-biz"},
    ]
    result = run(dispute([_business_payer(contracted_out=True)], txs))
    (pa,) = result.payers
    biz = next(t for t in pa.transactions if t.id == "biz")
    assert (biz.status, biz.reason) == ("not_covered", "s6_3")  # § 97 is contracted out too
    assert (pa.liable_amount, pa.not_covered_amount) == (D("8000.00"), D("9000.00"))
    assert "contracted_out" in {f["code"] for f in result.findings}


@pytest.mark.parametrize(
    "payer_kw",
    [
        {"contracted_out": True},
        {"accounts": [{"id": "P-acc", "contracted_out": True}]},
        {
            "business": True,
            "accounts": [{"id": "P-acc", "business": False, "contracted_out": True}],
        },
    ],
)
def test_a_consumer_cannot_contract_out(payer_kw: dict[str, Any]) -> None:
    with pytest.raises(ValidationError, match="contract"):
        DisputeInput.model_validate(dispute([payer(**payer_kw)], [tx("t", "1.00")]))


def test_business_payer_marks_every_account() -> None:
    data = dispute([payer(business=True, contracted_out=True)], [tx("t", "900.00")])
    (pa,) = run(data).payers
    assert (pa.transactions[0].group, pa.transactions[0].reason) == ("business", "s6_3")


def test_late_notification_both_readings() -> None:
    p = payer(
        finding="late_notification",
        learned_at="2025-03-05T15:00:00+01:00",
        notified_at="2025-03-05T18:00:00+01:00",
    )
    txs = [
        tx("before", "3000.00", at="2025-03-05T14:00:00+01:00"),
        tx("during", "2000.00", at="2025-03-05T16:00:00+01:00"),
    ]
    result = run(dispute([p], txs))
    (pa,) = result.payers
    assert pa.liable_amount == D("2375.00")  # the board's practice: stk. 3 before, 8,000 band after
    (whole,) = pa.alternatives
    assert whole.liable_amount == D("5000.00")  # the wording: the 8,000 band for the whole loss
    assert whole.reading == "whole_loss"
    wording = run(dispute([{**p, "late_reading": "whole_loss"}], txs)).payers[0]
    assert wording.liable_amount == D("5000.00")
    assert wording.alternatives[0].liable_amount == D("2375.00")
