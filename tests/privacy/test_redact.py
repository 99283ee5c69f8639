"""The recognisers and ``redact``. Synthetic identifiers only."""

from __future__ import annotations

import uuid

import pytest

from vaern.config import Settings
from vaern.privacy.recognizers import cpr_birth_date
from vaern.privacy.redact import Operator, RedactionPolicy, redact


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("cpr: 010190-1234", "CPR"),
        ("personnummer 2512884321", "CPR"),
        ("kort 4571 0000 0000 0001", "CARD"),
        ("visa 4111111111111111", "CARD"),
        ("skriv til a.b@example.dk", "EMAIL"),
        ("ring på 20 30 40 50", "PHONE"),
        ("ring +46 70 123 45 67", "PHONE"),
        ("konto DK50 0040 0440 1162 43", "IBAN"),
    ],
)
def test_finds_entity(text: str, entity: str) -> None:
    result = redact(text)
    assert entity in result.entities, result
    assert f"[{entity}]" in result.text


@pytest.mark.parametrize(
    "text",
    [
        "ordrenummer 12345678",
        "dato 31.12.2024",
        "beløb 1.234,56 kr",
        "310290-1234 er ugyldig",
        "kort 4571 0000 0000 0002",
    ],
)
def test_hard_negatives_are_left_alone(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("digits", "year"),
    [
        ("0101901234", 1990),
        ("0101054234", 2005),
        ("0101584234", 1958),
        ("0101105234", 2010),
        ("0101685234", 1868),
        ("0101379234", 1937),
    ],
)
def test_cpr_century_rule(digits: str, year: int) -> None:
    born = cpr_birth_date(digits)
    assert born is not None and born.year == year


def test_operators(settings: Settings) -> None:
    org = uuid.uuid4()
    text = "cpr 010190-1234"
    assert redact(text, RedactionPolicy(operator=Operator.mask, keep_last=4)).text == (
        "cpr *******1234"
    )
    p1 = redact(text, RedactionPolicy(operator=Operator.pseudonym, organisation_id=org)).text
    p2 = redact(text, RedactionPolicy(operator=Operator.pseudonym, organisation_id=org)).text
    p3 = redact(
        text, RedactionPolicy(operator=Operator.pseudonym, organisation_id=uuid.uuid4())
    ).text
    assert p1 == p2 != p3 and "010190" not in p1
    only_email = redact("a@b.dk 010190-1234", RedactionPolicy(entities=frozenset({"EMAIL"})))
    assert only_email.text == "[EMAIL] 010190-1234"


def test_overlaps_keep_the_stronger_finding() -> None:
    from vaern.privacy.recognizers import Finding
    from vaern.privacy.redact import analyze

    class Fixed:
        def __init__(self, findings: list[Finding]) -> None:
            self.findings = findings

        def could_match(self, scan: object) -> bool:
            return True

        def matches(self, scan: object) -> list[Finding]:
            return self.findings

    findings = [
        Finding("A", 0, 10, 0.9, "a"),
        Finding("B", 5, 15, 0.8, "b"),  # overlaps A: dropped
        Finding("C", 10, 12, 0.7, "c"),  # touches A, overlaps the stronger D: dropped
        Finding("D", 11, 20, 0.95, "d"),  # strongest: chosen first
        Finding("E", 20, 25, 0.6, "e"),
    ]
    chosen = analyze("x" * 30, recognizers=[Fixed(findings)])  # type: ignore[list-item]
    assert [f.entity for f in chosen] == ["A", "D", "E"]


def test_threads_redact_at_once_as_one_does() -> None:
    """A Hyperscan scan releases the GIL and needs scratch space of its own: redacting from
    several threads at once gives what one thread gives (and no 'scratch in use' error)."""
    from concurrent.futures import ThreadPoolExecutor

    from bench import pii_corpus

    texts = [s["text"] * 20 for s in pii_corpus.generate(size=200, seed=3)]
    alone = [redact(text).text for text in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(3):
            assert list(pool.map(lambda text: redact(text).text, texts)) == alone
