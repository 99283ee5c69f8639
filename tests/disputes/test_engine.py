"""The assessment: seed 003 to the øre, every exclusion, several payers, bad input."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from tests.disputes.factories import dispute, payer, seed_003, tx
from vaern.disputes.engine import assess
from vaern.disputes.letter import letter_html, letter_text
from vaern.disputes.reference import REFERENCES, evaluate
from vaern.disputes.rules import Finding, LateReading
from vaern.disputes.schemas import Assessment, DisputeInput

D = Decimal


def run(data: dict[str, Any]) -> Assessment:
    return assess(DisputeInput.model_validate(data))


def test_seed_003_reproduced_to_the_ore() -> None:
    result = run(seed_003())
    assert result.total.disputed_amount == D("57192.32")
    assert result.total.liable_amount == D("16000.00")
    assert result.total.refund_amount == D("41192.32")
    by = {p.payer: p for p in result.payers}
    assert by["H"].liable_amount == by["M"].liable_amount == D("8000.00")
    assert by["H"].refund_amount == D("15746.73")
    assert by["M"].refund_amount == D("25445.59")  # one cap over card + budget account
    assert by["H"].citation == "betalingsloven § 100, stk. 4, nr. 3"
    (minority,) = result.total.alternatives
    assert minority.finding is Finding.intentional_disclosure
    assert minority.band == "unlimited"
    assert (minority.liable_amount, minority.refund_amount) == (D("57192.32"), D("0.00"))
    alt = by["H"].alternatives[0]
    assert alt.citation == "betalingsloven § 100, stk. 5"
    assert any("warning" in f.en and "advarsel" in f.da for f in alt.facts_for)
    assert any("pressure" in f.en and "pres:" in f.da for f in alt.facts_against)
    assert "8.000,00 kr." in by["H"].explanation["da"]
    assert "DKK 8,000.00" in by["H"].explanation["en"]


def test_seed_003_letter_in_both_languages() -> None:
    result = run(seed_003())
    da, en = letter_text(result, "da"), letter_text(result, "en")
    assert "41.192,32 kr." in da and "16.000,00 kr." in da and "stk. 5" in da
    assert "DKK 41,192.32" in en and "Financial Complaint Board" in en and "stk. 5" in en
    html = letter_html(result, "da")
    assert html.startswith('<article lang="da"') and "41.192,32" in html


def test_reference_decisions_reproduced_or_explained() -> None:
    statuses = [status for _, _, status in evaluate()]
    assert len(statuses) >= 10 and "DISAGREE" not in statuses
    assert statuses.count("reproduced") >= 9


@pytest.mark.parametrize("ref", REFERENCES, ids=[r.file for r in REFERENCES])
def test_each_reference_decision(ref: Any) -> None:
    result = assess(ref.load())
    assert ref.source.startswith("https://") and ref.known_from and ref.outcome
    status = ref.status(result)
    if ref.disagreement:
        assert status == "explained disagreement"  # a fix must move it to reproduced
        return
    assert status == "reproduced"
    for p in result.payers:
        low, high = ref.liable[p.payer]
        assert low <= p.liable_amount <= high
    total = result.total
    assert total.disputed_amount == total.liable_amount + total.refund_amount + (
        total.not_covered_amount
    )


@pytest.mark.parametrize(
    ("file", "disputed", "refund"),
    [
        ("taenk-2022-postnord-email.json", "15017.30", "7017.30"),
        ("ekstrabladet-2022-parcel-8600.json", "8600.00", "600.00"),
        ("ekstrabladet-2022-parcel-13400.json", "13400.00", "5400.00"),
    ],
)
def test_published_phishing_outcomes(file: str, disputed: str, refund: str) -> None:
    (ref,) = [r for r in REFERENCES if r.file == file]
    result = assess(ref.load())
    (p,) = result.payers
    assert (p.disputed_amount, p.liable_amount, p.refund_amount) == (
        D(disputed),
        D("8000.00"),
        D(refund),
    )
    assert p.citation == "betalingsloven § 100, stk. 4, nr. 3"


@pytest.mark.parametrize(
    ("finding", "amounts", "liable"),
    [
        ("no_fault", ["200.00"], "200.00"),
        ("no_fault", ["1000.00", "500.50"], "375.00"),
        ("late_notification", ["9000.00"], "375.00"),  # no payment in the delay: stk. 3
        ("intentional_handover", ["4000.00", "3999.99"], "7999.99"),
        ("gross_negligence", ["8000.00", "0.01"], "8000.00"),
        ("intentional_disclosure", ["12345.67"], "12345.67"),
        ("fraud", ["99999.99"], "99999.99"),
    ],
)
def test_bands(finding: str, amounts: list[str], liable: str) -> None:
    txs = [tx(f"t{i}", a) for i, a in enumerate(amounts)]
    result = run(dispute([payer(finding=finding)], txs))
    total = sum((D(a) for a in amounts), D("0"))
    assert result.payers[0].liable_amount == D(liable)
    assert result.payers[0].refund_amount == total - D(liable)


def _one(p: dict[str, Any], t: dict[str, Any], **kw: Any) -> Assessment:
    return run(dispute([p], [t], **kw))


BLOCKED = "2025-03-05T16:13:22+01:00"


@pytest.mark.parametrize(
    ("at", "excluded"),
    [
        ("2025-03-05T16:13:21+01:00", False),
        (BLOCKED, True),
        ("2025-03-05T16:13:23+01:00", True),  # one second after blocking
        ("2025-03-05T15:13:23+00:00", True),  # the same instant written in UTC
    ],
)
def test_no_liability_after_blocking(at: str, excluded: bool) -> None:
    result = run(
        dispute(
            [payer(finding="gross_negligence", notified_at=BLOCKED)],
            [tx("early", "5000.00", at="2025-03-05T16:00:00+01:00"), tx("late", "5000.00", at=at)],
        )
    )
    p = result.payers[0]
    statuses = {t.id: (t.status, t.reason) for t in p.transactions}
    assert statuses["late"] == (("excluded", "stk6_1") if excluded else ("counted", None))
    assert p.liable_amount == (D("5000.00") if excluded else D("8000.00"))
    assert p.refund_amount == D("10000.00") - p.liable_amount


def test_fraud_overrides_blocking_and_sca() -> None:
    t = tx("t", "2000.00", at="2025-03-05T17:00:00+01:00", sca_required=False)
    p = payer(finding="fraud", notified_at=BLOCKED)
    assert _one(p, t).payers[0].liable_amount == D("2000.00")
    assert (
        _one(payer(finding="gross_negligence", notified_at=BLOCKED), t).payers[0].liable_amount == 0
    )


@pytest.mark.parametrize(
    ("overrides", "provider", "reason"),
    [
        ({"sca_required": False}, {}, "stk7"),
        ({}, {"sca_required": False}, "stk7"),
        ({}, {"means_to_notify": False}, "stk6_3"),
        ({}, {"loss_caused_by_provider": True}, "stk6_2"),
        ({"payee_knew": True}, {}, "stk9"),
        ({"correctly_recorded": False}, {}, "stk1_recorded"),
        ({"credential_used": False}, {}, "s98_credential"),
    ],
)
def test_rules_that_remove_liability(
    overrides: dict[str, Any], provider: dict[str, Any], reason: str
) -> None:
    result = _one(
        payer(finding="intentional_disclosure"), tx("t", "3000.00", **overrides), provider=provider
    )
    p = result.payers[0]
    assert (p.liable_amount, p.refund_amount) == (D("0.00"), D("3000.00"))
    assert p.transactions[0].reason == reason
    assert p.explanation["en"] and p.explanation["da"] != p.explanation["en"]


def test_provider_default_sca_can_be_overridden_per_transaction() -> None:
    result = _one(
        payer(finding="no_fault"),
        tx("t", "900.00", sca_required=True),
        provider={"sca_required": False},
    )
    assert result.payers[0].liable_amount == D("375.00")


def test_authorised_payment_is_not_shifted_by_section_100() -> None:
    result = run(
        dispute(
            [payer(finding="no_fault")],
            [tx("hi-mum", "4500.00", authorised_by_payer=True), tx("card", "100.00")],
        )
    )
    p = result.payers[0]
    assert p.not_covered_amount == D("4500.00")
    assert (p.liable_amount, p.refund_amount) == (D("100.00"), D("0.00"))
    assert any(f["code"] == "authorised" for f in result.findings)
    assert "§ 82" in result.payers[0].explanation["da"]
    assert p.citation == "betalingsloven § 100, stk. 3; betalingsloven § 82 og § 100, stk. 1"


def test_late_objection_is_an_explicit_finding() -> None:
    result = _one(payer(), tx("t", "1000.00", at="2023-01-01T12:00:00+01:00"))
    p = result.payers[0]
    assert p.transactions[0].reason == "s97"
    assert (p.refund_amount, p.not_covered_amount) == (D("0.00"), D("1000.00"))
    assert any(f["code"] == "objection_late" for f in result.findings)


def test_blocking_before_first_transaction_is_flagged() -> None:
    result = _one(payer(notified_at="2025-03-01T10:00:00+01:00"), tx("t", "700.00"))
    assert any(f["code"] == "blocked_before_first_transaction" for f in result.findings)
    assert result.payers[0].refund_amount == D("700.00")


def test_several_payers_have_separate_caps_and_views() -> None:
    payers = [
        payer("A", "no_fault"),
        payer("B", "gross_negligence", alternative_findings=["no_fault", "fraud"]),
        payer("C", "intentional_disclosure"),
    ]
    txs = [
        tx("a1", "1000.00", payer="A"),
        tx("b1", "6000.00", payer="B"),
        tx("b2", "6000.00", payer="B"),
        tx("c1", "2500.25", payer="C"),
    ]
    result = run(dispute(payers, txs))
    liable = {p.payer: p.liable_amount for p in result.payers}
    assert liable == {"A": D("375.00"), "B": D("8000.00"), "C": D("2500.25")}
    assert result.total.refund_amount == D("15500.25") - D("10875.25")
    alts = {a.finding: a for a in result.total.alternatives}
    assert alts[Finding.no_fault].liable_amount == D("375.00") + D("375.00") + D("2500.25")
    assert alts[Finding.fraud].liable_amount == D("375.00") + D("12000.00") + D("2500.25")


def test_late_notification_is_derived_from_the_times() -> None:
    learned, blocked = "2025-03-05T15:00:00+01:00", "2025-03-05T18:00:00+01:00"
    txs = [
        tx("before", "300.00", at="2025-03-05T14:59:59+01:00"),
        tx("during", "5000.00", at="2025-03-05T15:00:00+01:00"),
        tx("after", "900.00", at="2025-03-05T18:00:01+01:00"),
    ]
    result = run(dispute([payer(learned_at=learned, notified_at=blocked)], txs))
    p = result.payers[0]
    assert p.liable_amount == D("375.00")  # the assessor's view: stk. 3
    late, whole = p.alternatives  # both readings of stk. 4, nr. 1
    assert (late.finding, late.reading) == (Finding.late_notification, LateReading.delay_only)
    assert late.citation.startswith("betalingsloven § 100, stk. 4, nr. 1")
    assert late.liable_amount == D("5300.00")  # before (300, stk. 3) + during; after excluded
    assert (whole.reading, whole.liable_amount) == (LateReading.whole_loss, D("5300.00"))
    assert "1 payment(s) of DKK 5,000.00" in late.facts_for[0].en
    assert "5.000,00 kr." in late.facts_for[0].da
    assert any(f["code"] == "late_notification_possible" for f in result.findings)
    # No payment in the window: no derived view, and a stated late notification is flagged.
    quiet = run(dispute([payer(learned_at=blocked, notified_at=blocked)], txs[:1]))
    assert quiet.payers[0].alternatives == []
    stated = run(dispute([payer("P", "late_notification", learned_at=blocked)], txs[:1]))
    assert any(f["code"] == "late_notification_unsupported" for f in stated.findings)


def test_default_alternatives_when_a_credential_was_disclosed() -> None:
    result = _one(payer(finding="gross_negligence", disclosed=["mitid_code"]), tx("t", "9000"))
    shown = {a.finding for a in result.payers[0].alternatives}
    assert shown == {Finding.no_fault, Finding.intentional_disclosure}


BAD: list[tuple[str, Any]] = [
    ("negative amount", lambda d: d["transactions"][0].update(amount="-1.00")),
    ("zero amount", lambda d: d["transactions"][0].update(amount="0")),
    ("missing amount", lambda d: d["transactions"][0].pop("amount")),
    ("sub-øre amount", lambda d: d["transactions"][0].update(amount="1.001")),
    ("naive time", lambda d: d["transactions"][0].update(at="2025-03-05T16:00:00")),
    ("other currency", lambda d: d["transactions"][0].update(currency="EUR")),
    ("unknown payer", lambda d: d["transactions"][0].update(payer="X")),
    ("unknown account", lambda d: d["transactions"][0].update(account="nope")),
    ("before account", lambda d: d["payers"][0]["accounts"][0].update(opened_on="2025-04-01")),
    ("after objection", lambda d: d.update(objected_on="2025-03-01")),
    ("duplicate tx", lambda d: d["transactions"].append(dict(d["transactions"][0]))),
    ("unknown instrument", lambda d: d["payers"][0].update(instruments=["card-1"])),
    ("unknown finding", lambda d: d["payers"][0].update(finding="bad luck")),
    ("unknown field", lambda d: d.update(surprise=True)),
    ("no transactions", lambda d: d.update(transactions=[])),
]


@pytest.mark.parametrize(("name", "mutate"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_rejected(name: str, mutate: Any) -> None:
    data = dispute([payer()], [tx("t", "100.00")])
    mutate(data)
    with pytest.raises(ValidationError):
        DisputeInput.model_validate(data)


def test_schema_file_matches_the_model() -> None:
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "docs/disputes/dispute.schema.json"
    assert json.loads(path.read_text("utf-8")) == DisputeInput.model_json_schema()
