"""Letters state the real basis and amounts in every outcome kind, in Danish and English."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.disputes.factories import dispute, payer, tx
from vaern.disputes.engine import assess
from vaern.disputes.letter import letters
from vaern.disputes.schemas import Assessment, DisputeInput


def _letters(data: dict[str, Any]) -> dict[str, str]:
    return letters(assess(DisputeInput.model_validate(data)))


SMS = {"method": "3ds_sms", "elements": ["possession"]}

# (payer, transactions, provider) -> what each letter must and must not say.
KINDS: dict[str, tuple[dict[str, Any], list[dict[str, Any]], dict[str, list[str]]]] = {
    "capped": (
        payer(finding="gross_negligence"),
        [tx("t", "9000.00")],
        {
            "da": [
                "Vi betaler 1.000,00 kr. tilbage.",
                "Du hæfter selv for 8.000,00 kr.",
                "§ 100, stk. 4, nr. 3",
                "ud over betalerens hæftelsesgrænse",
            ],
            "en": ["We refund DKK 1,000.00.", "You bear DKK 8,000.00.", "§ 100, stk. 4, nr. 3"],
        },
    ),
    "full_refund_stk7": (
        payer(finding="gross_negligence"),
        [tx("t", "9000.00", authentication=SMS)],
        {
            "da": [
                "Vi betaler 9.000,00 kr. tilbage.",
                "§ 100, stk. 7",
                "stærk kundeautentifikation",
            ],
            "en": ["We refund DKK 9,000.00.", "§ 100, stk. 7", "strong customer authentication"],
        },
    ),
    "authorised": (
        payer(finding="no_fault"),
        [tx("t", "4500.00", authorised_by_payer=True)],
        {
            "da": [
                "Vi betaler ikke noget tilbage.",
                "4.500,00 kr. betaler vi ikke tilbage",
                "§ 82",
            ],
            "en": ["We refund nothing.", "We do not refund DKK 4,500.00", "§ 82"],
        },
    ),
    "unlimited": (
        payer(finding="intentional_disclosure"),
        [tx("t", "12345.67")],
        {
            "da": ["Vi betaler ikke noget tilbage.", "Du hæfter selv for 12.345,67 kr.", "stk. 5"],
            "en": ["We refund nothing.", "You bear DKK 12,345.67.", "stk. 5"],
        },
    ),
    "late_objection": (
        payer(finding="no_fault"),
        [tx("t", "1000.00", at="2023-01-01T12:00:00+01:00")],
        {
            "da": [
                "Vi betaler ikke noget tilbage.",
                "1.000,00 kr. betaler vi ikke tilbage",
                "§ 97",
            ],
            "en": ["We refund nothing.", "We do not refund DKK 1,000.00", "§ 97"],
        },
    ),
    "contracted_out": (
        payer(finding="no_fault", business=True, contracted_out=True),
        [tx("t", "1000.00")],
        {"da": ["§ 6, stk. 3", "tabet fordeles efter aftalen"], "en": ["§ 6, stk. 3", "agreement"]},
    ),
    "mixed": (
        payer(finding="no_fault"),
        [tx("a", "4500.00", authorised_by_payer=True), tx("b", "1000.00")],
        {
            "da": [
                "Vi betaler 625,00 kr. tilbage.",
                "Du hæfter selv for 375,00 kr.",
                "4.500,00 kr. betaler vi ikke tilbage",
                "§ 100, stk. 3",
                "§ 82",
            ],
            "en": [
                "We refund DKK 625.00.",
                "You bear DKK 375.00.",
                "We do not refund DKK 4,500.00",
            ],
        },
    ),
}


@pytest.mark.parametrize("kind", KINDS)
def test_letter_states_the_real_basis_and_amounts(kind: str) -> None:
    p, txs, expected = KINDS[kind]
    text = _letters(dispute([p], txs))
    for lang in ("da", "en"):
        for phrase in expected[lang]:
            assert phrase in text[lang], (kind, lang, phrase)
    # Never "hæfter for 0,00 kr." nor any other zero amount.
    assert not re.search(r"(?<![\d.])0,00 kr\.", text["da"])
    assert not re.search(r"DKK 0\.00", text["en"])
    assert "Det Finansielle Ankenævn" in text["da"] and "Det Finansielle Ankenævn" in text["en"]
    assert "Pengeinstitutter" not in text["da"]


def test_nothing_counted_never_cites_the_375_band() -> None:
    text = _letters(dispute([payer(finding="no_fault")], [tx("t", "900.00", payee_knew=True)]))
    assert "§ 100, stk. 9" in text["da"] and "§ 100, stk. 3" not in text["da"]
    assert "§ 100, stk. 9" in text["en"] and "§ 100, stk. 3" not in text["en"]


def test_refund_deadline_is_in_the_letter() -> None:
    text = _letters(dispute([payer()], [tx("t", "900.00")], objected_on="2025-03-07"))
    assert "senest ved udgangen af 10-03-2025" in text["da"]
    assert "by the end of 2025-03-10" in text["en"]


def test_for_and_against_lines_in_both_languages() -> None:
    p = payer(
        finding="gross_negligence",
        alternative_findings=["intentional_disclosure"],
        warnings_received=["brev 19-03-2020"],
        pressure="opkald fra falsk bank",
    )
    text = _letters(dispute([p], [tx("t", "9000.00")]))
    assert "Det taler for: advarsel: brev 19-03-2020" in text["da"]
    assert "Det taler imod: pres: opkald fra falsk bank" in text["da"]
    assert "Points for: warning: brev 19-03-2020" in text["en"]
    assert "Points against: pressure: opkald fra falsk bank" in text["en"]


def test_one_payer_is_du_several_are_i() -> None:
    one = _letters(dispute([payer(finding="gross_negligence")], [tx("t", "9000.00")]))
    assert "Du hæfter" in one["da"] and "Er du uenig" in one["da"]
    two = _letters(
        dispute(
            [payer("A", "gross_negligence"), payer("B", "no_fault")],
            [tx("a", "9000.00", payer="A"), tx("b", "100.00", payer="B")],
        )
    )
    assert "I hæfter selv for 8.100,00 kr." in two["da"] and "Er I uenige" in two["da"]


def test_an_assessment_stored_before_issue_19_still_reads() -> None:
    stored = assess(DisputeInput.model_validate(dispute([payer()], [tx("t", "900.00")])))
    old = stored.model_dump(mode="json")
    for key in ("refund_deadline", "refund_deadline_text"):
        del old[key]
    for p in old["payers"]:
        del p["basis"]
    text = letters(Assessment.model_validate(old))
    assert "Vi betaler 525,00 kr. tilbage." in text["da"] and "Payer P" in text["da"]
    assert "stk. 3" in text["en"]  # the stored explanation stands in for the basis lines
