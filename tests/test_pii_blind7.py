"""The eighth blind PII set (bench/pii_blind7.py) keeps its docstring's promises: seeded, spans
that slice to trimmed values of known types without overlap, synthetic identifiers that pass
(or for CPR fail) their checks, birth dates only in birth context, negatives and hard negatives
unlabelled, and the committed file is what the generator writes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from bench import pii_blind7 as gen

from tests import pii_blind_checks as checks

DOCS = gen.generate()
FILE = Path(gen.__file__).parent / "data" / "pii_blind7.jsonl"
VALUES = [(d, s["type"], d["text"][s["start"] : s["end"]], s) for d in DOCS for s in d["spans"]]
BIRTH_CUE = re.compile(r"(?:født|f\.|fødselsdato|birthdate|dob)\W*$", re.I)
MASKED = re.compile(r"\*|•|xxxx|XXXX|DDMM|\[")
PHONE_OK = re.compile(
    r"(?:\+45 ?|0045 )?(?P<dk>\d\d ?\d\d ?\d\d ?\d\d)"
    r"|\+29[89] ?\d\d ?\d\d ?\d\d"
    r"|\+44 ?7700 ?900\d{3}"
    r"|\+1 (?:\(\d{3}\) 555-|\d{3} 555 )01\d\d"
)


def digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def iban_ok(value: str) -> bool:
    return checks.iban_ok(value.replace(" ", ""), gen.IBAN_LENGTH)


def test_the_checks_themselves_can_fail() -> None:
    assert checks.cpr_birth("3102851234") is None
    assert checks.cpr_birth("0101304123") == date(2030, 1, 1)
    assert checks.passes_mod11("0707614285") and not cpr_ok("070761-4285")
    assert CHECKS["CARD"]("4242424242424242") and not CHECKS["CARD"]("4242424242424241")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and not iban_ok("GB82 WEST 1234 5698 7654 33")
    assert PHONE_OK.fullmatch("+44 7700 900123") and not PHONE_OK.fullmatch("+44 7911 123456")


def test_seeded_and_committed() -> None:
    assert checks.reproducible(gen.generate, seed=5, size=60)
    assert checks.committed(FILE) == DOCS


def test_spans_slice_trimmed_disjoint_values() -> None:
    for doc in DOCS:
        text, end = doc["text"], 0
        for span in doc["spans"]:
            a, b = span["start"], span["end"]
            value = text[a:b]
            assert end <= a < b <= len(text) and value == value.strip(), (doc["id"], value)
            assert not (a and text[a - 1].isalnum()) and not (b < len(text) and text[b].isalnum())
            assert "\ue000" not in value and set(span) == {"start", "end", "type"}
            end = b


def test_types_counts_and_negatives() -> None:
    counts = Counter(kind for _, kind, _, _ in VALUES)
    assert set(counts) == set(gen.TYPES) and min(counts.values()) >= 70, counts
    assert counts["PERSON"] >= 3000 and counts["ADDRESS"] >= 1000, counts
    for doc in DOCS:
        assert doc["kind"] == ("negative" if not doc["spans"] else "positive"), doc["id"]
    share = Counter(doc["kind"] for doc in DOCS)["negative"] / len(DOCS)
    assert 0.34 <= share <= 0.36 and len(DOCS) == gen.SIZE
    assert len({doc["text"] for doc in DOCS}) > 0.99 * len(DOCS)
    assert {doc["genre"] for doc in DOCS} == set(gen.GENRES) | set(gen.NEGATIVE_ONLY)


def phone_ok(value: str) -> bool:
    m = PHONE_OK.fullmatch(value)
    return bool(m) and (m is None or m["dk"] is None or m["dk"][0] in "23456789")


def cpr_ok(value: str) -> bool:
    return checks.synthetic_cpr(value, r"\d{6}[- ]?\d{4}")


CHECKS: dict[str, Callable[[str], bool]] = {
    "CPR": cpr_ok,
    "CARD": lambda v: checks.card_ok(digits(v), gen.TEST_PREFIXES, None),
    "IBAN": iban_ok,
    "PHONE": phone_ok,
    "EMAIL": lambda v: v.split("@")[1] in gen.EMAIL_DOMAINS,
    "BANK_ACCOUNT": lambda v: bool(re.fullmatch(r"(?:\d{4}[- ])?\d{7,10}", v)),
    "CARD_EXPIRY": lambda v: bool(re.fullmatch(r"(0[1-9]|1[0-2])[/-](20)?\d\d", v)),
    "CARD_CVV": lambda v: bool(re.fullmatch(r"\d{3,4}", v)),
    "OTP": lambda v: bool(re.fullmatch(r"\d{4}|\d{6}|\d{8}", v)),
    "NUMBER_PLATE": lambda v: bool(re.fullmatch(r"[A-Z]{2} ?\d\d ?\d{3}", v)),
    "MITID_USER": lambda v: bool(re.fullmatch(r"[a-z0-9.]{5,}", v)),
}


def test_identifiers_follow_the_docstring() -> None:
    wrong = [(k, v) for _, k, v, _ in VALUES if k in CHECKS and not CHECKS[k](v)]
    assert not wrong, wrong[:5]


def column_header(text: str, at: int) -> str:
    """The header cell above position ``at`` in a tab-separated table ("" outside one)."""
    lines = text[:at].split("\n")
    header = next((line for line in lines if "\t" in line), "").split("\t")
    column = lines[-1].count("\t")
    return header[column] if "\t" in lines[-1] and column < len(header) else ""


def test_birth_dates_are_plausible_and_in_birth_context() -> None:
    for doc, kind, value, span in VALUES:
        if kind == "DATE_OF_BIRTH":
            before = doc["text"][max(0, span["start"] - 16) : span["start"]]
            column = column_header(doc["text"], span["start"])
            assert BIRTH_CUE.search(before) or column == "Fødselsdato", (before, value)
            assert re.search(r"(19[3-9]\d|200\d)", value), value


def test_addresses_and_persons_keep_their_conventions() -> None:
    for doc, kind, value, span in VALUES:
        rest = doc["text"][span["end"] : span["end"] + 8]
        if kind == "ADDRESS":
            assert re.search(r"\d", value) and not value.startswith(("c/o", "Postboks")), value
            assert not re.match(r"(?:,? |\n)(?:DK-|FO-)?\d{4} \w", rest), (value, rest)
        if kind == "PERSON":
            assert value not in gen.AGENTS and not value.startswith("c/o"), value
    north = [v for _, k, v, _ in VALUES if k == "ADDRESS" and re.search(r"FO-\d|39\d\d ", v)]
    assert len(north) >= 60


def test_hard_negatives_stay_unlabelled() -> None:
    never = re.compile(
        rf"{gen.ORG_PATTERN}|Postboks \d+|IMEI \d+|ICCID [\d ]+|RF\d\d[\d ]+|CVR[\w.-]* [\d ]+"
        r"|\d,\d{5}E\+15|Kundenr\. \d+|kørekort nr\. \d+|Journalnr\.: [\d-]+"
    )
    streets = re.compile("|".join(map(re.escape, gen.PERSON_STREETS)))
    seen = Counter[str]()
    for doc in DOCS:
        text = doc["text"]
        spans = [(s["start"], s["end"], s["type"]) for s in doc["spans"]]
        for m in never.finditer(text):
            seen[m.group().split()[0]] += 1
            assert not checks.types_touching(doc, *m.span()), m.group()
        for m in streets.finditer(text):
            assert all(t == "ADDRESS" for a, b, t in spans if a < m.end() and m.start() < b)
        for a, b, _ in spans:
            assert not MASKED.search(text[a:b]), text[a:b]
        if doc["kind"] == "positive":
            pattern = r"(?<![\w.*])[\w.]+@[\w.]+\.example\.\w+|[\w.]+@example\.\w+"
            assert checks.emails_not_labelled(doc, pattern) == [], doc["id"]
    assert seen["Postboks"] > 100 and seen["IMEI"] > 50 and seen["Tømrermester"] > 5, seen


@pytest.mark.parametrize("origin", ["pl", "ro", "ar", "so", "vi", "uk", "gl", "fo"])
def test_foreign_and_north_atlantic_names_are_labelled(origin: str) -> None:
    people = {v for _, k, v, _ in VALUES if k == "PERSON"}
    firsts = set(gen.FOREIGN[origin][0].split())
    assert sum(any(part in firsts for part in p.split()) for p in people) >= 10
