"""``redact_many`` / ``analyze_many`` give, text for text, what ``redact`` / ``analyze`` give
alone, whatever the batch around a text holds (every eighth document of the PII sets is
compared in test_redact_findings_kept.py)."""

from __future__ import annotations

import pytest

from vaern.privacy import redact as redact_module
from vaern.privacy.redact import (
    Operator,
    RedactionPolicy,
    analyze,
    analyze_many,
    redact,
    redact_many,
)

# Synthetic: generated CPR numbers, test card numbers. Each exercises one step around the
# recognisers: text recognition's look-alike letters, invisible characters, spreadsheet
# columns, a payment slip's FI code, a hash, no finding at all.
TEXTS = [
    "CPR-nr. 3OO196-0291, ring på 20 30 40 50",
    "Kontakt os på +4S 4726 73B3 i dag",
    "cpr 010\u00ad190-1234 og kort 4111\u200b1111 1111 1111",
    "Navn;CPR;Kunde-id\nJens Hansen;010190-1234;4711\nMette Jensen;020290-2345;4712",
    "+71<123456789012345+12345678< betalt, sms-kode 482913",
    "commit 0725a7e6c90641905ad938 og IBAN DK5000400440116243",
    "Ingen personoplysninger her.",
    "",
]
POLICIES = [
    RedactionPolicy(),
    RedactionPolicy(entities=frozenset({"CPR", "PHONE"})),
    RedactionPolicy(operator=Operator.mask, keep_last=2, threshold=0.8),
]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_batch_redacts_each_text_as_redact_does(policy: RedactionPolicy) -> None:
    alone = [redact(text, policy) for text in TEXTS]
    assert redact_many(TEXTS, policy) == alone
    assert analyze_many(TEXTS, policy=policy) == [analyze(t, policy=policy) for t in TEXTS]


def test_the_steps_around_the_recognisers_fire_in_a_batch() -> None:
    """The comparison above is not of empty lists: the look-alike letters, the invisible
    characters and the spreadsheet's columns each give their findings in a batch too."""
    found = analyze_many(TEXTS)
    assert ("CPR", 8, 19) in {(f.entity, f.start, f.end) for f in found[0]}
    assert "PHONE" in {f.entity for f in found[1]}
    assert ("CPR", 4, 16) in {(f.entity, f.start, f.end) for f in found[2]}
    assert "column_header" in {f.recognizer for f in found[3]}
    assert found[-1] == [] and found[-2] == []


def test_batches_across_rounds_keep_each_text_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """Longer than a round, in another order: each text still gets its own findings."""
    monkeypatch.setattr(redact_module, "BATCH", 3)
    texts = [t for t in TEXTS for _ in range(2)][::-1]
    assert redact_many(texts) == [redact(t) for t in texts]
    assert redact_many([]) == []


def test_a_batch_asks_phonenumbers_once_per_foreign_number_and_keeps_nothing_after() -> None:
    """redspeed19: within one ``analyze_many`` call a "+CC …" candidate's answer from
    phonenumbers is kept and read again (a campaign's number in many reports); the findings
    are each text's alone, and no answer outlives the call (one text at a time asks again)."""
    from vaern.privacy import recognizers

    texts = [
        "Ring til +44 7700 900123 i dag",
        "Han ringede fra +44 7700 900123 igen",
        "Nummeret +44 7700 900123 og +1 202 555 0147 er ikke vores",
        "Bare +99 1234 5678 her",
    ] * 3
    assert analyze_many(texts) == [analyze(text) for text in texts]
    assert recognizers.international_answers(None) is None
