"""The eighth blind PII set (bench/pii_blind7.py) keeps its docstring's promises: seeded, spans
that slice to trimmed values of known types without overlap, synthetic identifiers that pass
(or for CPR fail) their checks, birth dates only in birth context, negatives and hard negatives
unlabelled, and the committed file is what the generator writes."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from bench import pii_blind7 as gen

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


def weighted_mod(number: str, weights: tuple[int, ...], mod: int) -> int:
    return sum(int(n) * w for n, w in zip(number, weights, strict=True)) % mod


def cpr_date(number: str) -> date | None:
    """Birth date of a CPR number under the seventh-digit century rule, or None."""
    yy, seventh = int(number[4:6]), int(number[6])
    century = 1900 if seventh < 4 or (seventh in (4, 9) and yy > 36) else 2000
    if seventh in (5, 6, 7, 8) and yy > 57:
        century = 1800
    try:
        return date(century + yy, int(number[2:4]), int(number[:2]))
    except ValueError:
        return None


def luhn_ok(number: str) -> bool:
    return gen.luhn_digit(number[:-1]) == number[-1]


def iban_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    numeric = "".join(str(int(c, 36)) for c in compact[4:] + compact[:4])
    return int(numeric) % 97 == 1 and len(compact) == gen.IBAN_LENGTH[compact[:2]]


def test_the_checks_themselves_can_fail() -> None:
    assert cpr_date("3102851234") is None and cpr_date("0101304123") == date(2030, 1, 1)
    assert weighted_mod("0707614285", (4, 3, 2, 7, 6, 5, 4, 3, 2, 1), 11) == 0
    assert luhn_ok("4242424242424242") and not luhn_ok("4242424242424241")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and not iban_ok("GB82 WEST 1234 5698 7654 33")
    assert PHONE_OK.fullmatch("+44 7700 900123") and not PHONE_OK.fullmatch("+44 7911 123456")


def test_seeded_and_committed() -> None:
    assert gen.generate(seed=5, size=60) == gen.generate(seed=5, size=60)
    assert gen.generate(seed=5, size=60) != gen.generate(seed=6, size=60)
    rows = FILE.read_text(encoding="utf-8").splitlines()
    assert [json.loads(row) for row in rows] == DOCS


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
    n = digits(value)
    return (
        bool(re.fullmatch(r"\d{6}[- ]?\d{4}", value))
        and cpr_date(n) is not None
        and weighted_mod(n, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1), 11) != 0
    )


CHECKS: dict[str, Callable[[str], bool]] = {
    "CPR": cpr_ok,
    "CARD": lambda v: luhn_ok(digits(v)) and digits(v).startswith(gen.TEST_PREFIXES),
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
            assert not [s for s in spans if s[0] < m.end() and m.start() < s[1]], m.group()
        for m in streets.finditer(text):
            assert all(t == "ADDRESS" for a, b, t in spans if a < m.end() and m.start() < b)
        for a, b, _ in spans:
            assert not MASKED.search(text[a:b]), text[a:b]
        if doc["kind"] == "positive":
            for m in re.finditer(
                r"(?<![\w.*])[\w.]+@[\w.]+\.example\.\w+|[\w.]+@example\.\w+", text
            ):
                assert (m.start(), m.end(), "EMAIL") in spans, m.group()
    assert seen["Postboks"] > 100 and seen["IMEI"] > 50 and seen["Tømrermester"] > 5, seen


@pytest.mark.parametrize("origin", ["pl", "ro", "ar", "so", "vi", "uk", "gl", "fo"])
def test_foreign_and_north_atlantic_names_are_labelled(origin: str) -> None:
    people = {v for _, k, v, _ in VALUES if k == "PERSON"}
    firsts = set(gen.FOREIGN[origin][0].split())
    assert sum(any(part in firsts for part in p.split()) for p in people) >= 10
