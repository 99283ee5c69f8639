"""The seventh blind PII set (bench/pii_blind6.py) keeps its own promises: spans slice to values
of their type at word boundaries without overlap, spoken and OCR-confused numbers still decode
to valid synthetic identifiers, birth dates stand in birth context, hard negatives and
negative documents stay unlabelled, and the committed file is what the generator writes."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from bench import pii_blind6 as gen

from tests import pii_blind_checks as checks

DATA = Path(gen.__file__).parent / "data" / "pii_blind6.jsonl"
DOCS = gen.generate()
LABELLED = [
    (doc, span, doc["text"][span["start"] : span["end"]]) for doc in DOCS for span in doc["spans"]
]
WORD_VALUE = {gen.spoken(n): n for n in range(100)} | {"et": 1}
UNOCR = str.maketrans("OlISB", "01158")
SIDE = r"(?:st|kl|\d)\.?(?: ?(?:tv|th|mf)\.?)?"
# one "TYPE regex" per line; NAME, SIDE and SAID (a spoken floor and side) are filled in
SHAPES_TEXT = r"""
PERSON NAME(?:,? NAME){0,4}
ADDRESS NAME(?: NAME)* \d{1,3}(?: ?[a-c])?(?:(?:, | )SIDE|SAID)(?:(?:, |\n| )\d{4} NAME(?: NAME)*)?
CPR \d{6}[- –]?\d{4}
PHONE (?:\+|00)?\d[\d ]{6,16}\d
EMAIL [a-z0-9._]+@example\.(?:dk|com|net|org)
BANK_ACCOUNT (?:\d{4}(?:-| | - ))?\d{7,10}
IBAN [A-Z]{2}\d\d(?: ?[A-Z0-9]{1,4})+
CARD \d{4}(?:[ -]?\d{4,6}){2,3}
CARD_CVV \d{3,4}
CARD_EXPIRY (?:0[1-9]|1[0-2])[/-](?:2[6-9]|3[01]|20[23]\d)
OTP \d{4}|\d{6}|\d{8}
DATE_OF_BIRTH \d{4}-\d\d-\d\d|[\w./, -]+\d{4}
MITID_USER [a-z0-9.]{4,}
NUMBER_PLATE [A-Z]{2} ?\d\d ?\d{3}
"""
PARTS = {
    "NAME": r"[^\W\d_][\w'.-]*",
    "SIDE": SIDE,
    "SAID": r"(?: (?:stuen|\w+ sal)(?: til (?:venstre|højre)| midtfor)?)?",
}
SHAPE = {
    kind: re.sub("NAME|SIDE|SAID", lambda m: PARTS[m.group()], pattern)
    for kind, pattern in (line.split(maxsplit=1) for line in SHAPES_TEXT.strip().splitlines())
}
# a cue that introduces a personal value, up to the first digit of the value
CUED_VALUE = re.compile(
    r"(?<!fi-)(?:kode(?: er)?|cpr(?:-nr\.|-nummer| number)?|tlf\.|telefon|konto(?:nr\.)?"
    r"|iban|født|kort)"
    r":? \+?\d|\b\d\d \d\d \d\d \d\d\b",
    re.I,
)
MONTH = {m.lower(): i for names in (gen.MONTHS, gen.MONTHS_EN) for i, m in enumerate(names, 1)}
BIRTH_CONTEXT = re.compile(r"(?:født|f\.|fødselsdato:?|date of birth is|dob:?)[\s|'.]*$", re.I)


def as_digits(value: str) -> str:
    """The digits a value stands for: spoken number words decoded, OCR confusions undone."""
    if re.fullmatch(r"[a-zæøå ]+", value):
        numbers = [WORD_VALUE[w] for w in value.split() if w != "streg"]
        return "".join(str(n) if n < 10 else f"{n:02d}" for n in numbers)
    return re.sub(r"\D", "", value.translate(UNOCR))


def read_birth(value: str) -> date:
    parts = re.findall(r"\d+|[^\W\d]+", value)
    if len(parts[0]) == 4 and parts[0].isdigit():
        y, m, d = map(int, parts)
    elif parts[0].isalpha():
        m, d, y = MONTH[parts[0].lower()], int(parts[1]), int(parts[2])
    else:
        d, y = int(parts[0]), int(parts[2])
        m = int(parts[1]) if parts[1].isdigit() else MONTH[parts[1].lower()]
    return date(y, m, d)


def test_the_checks_can_fail() -> None:
    birth = checks.cpr_birth
    assert birth("2902004123") == date(2000, 2, 29) and birth("2902001123") is None
    assert birth("0101585123") == date(1858, 1, 1) and birth("0101364123") == date(2036, 1, 1)
    assert checks.passes_mod11("0707614285") and not checks.passes_mod11("0707614286")
    assert checks.luhn("4111111111111111") and not checks.luhn("4111111111111112")
    iban_checks = checks.iban_checksum
    assert iban_checks("GB82WEST12345698765432") and not iban_checks("GB82WEST12345698765433")
    assert as_digits("nul fem toogfyrre streg en et") == "054211" == as_digits("O54 2l1")
    assert read_birth("7. marts 1984") == read_birth("March 7, 1984") == read_birth("1984-03-07")
    assert read_birth("7/3 1984") == read_birth("07-03-1984") == date(1984, 3, 7)
    with pytest.raises(KeyError):
        as_digits("fem tusind")


def test_generation_is_seeded() -> None:
    assert checks.reproducible(gen.generate, seed=3, size=50)


def test_committed_file_is_what_the_generator_writes() -> None:
    assert DATA.read_text(encoding="utf-8").endswith("\n") and checks.committed(DATA) == DOCS


def test_spans_are_sorted_disjoint_trimmed_and_at_word_edges() -> None:
    bad = []
    for doc in DOCS:
        text, last = doc["text"], 0
        for span in doc["spans"]:
            a, b = span["start"], span["end"]
            value = text[a:b]
            edges = (text[a - 1] if a else " ") + (text[b] if b < len(text) else " ")
            if a < last or b <= a or value != value.strip() or any(c.isalnum() for c in edges):
                bad.append((doc["id"], value))
            last = b
    assert not bad, bad[:5]


def test_types_kinds_and_negative_share() -> None:
    counts = Counter(span["type"] for _, span, _ in LABELLED)
    assert set(counts) == set(gen.TYPES) and min(counts.values()) >= 100, counts
    assert counts["PERSON"] >= 3000 and counts["ADDRESS"] >= 900, counts
    assert all(doc["kind"] == ("positive" if doc["spans"] else "negative") for doc in DOCS)
    negatives = sum(doc["kind"] == "negative" for doc in DOCS)
    assert 0.34 <= negatives / len(DOCS) <= 0.36
    assert len({doc["text"] for doc in DOCS}) >= 0.98 * len(DOCS)
    assert len({doc["genre"] for doc in DOCS}) >= 16


@pytest.mark.parametrize("kind", gen.TYPES)
def test_each_value_has_the_shape_of_its_type(kind: str) -> None:
    numeric = {"CPR", "PHONE", "BANK_ACCOUNT", "CARD", "OTP"}
    wrong = []
    for _, span, value in LABELLED:
        if span["type"] != kind:
            continue
        shown = value
        if kind in numeric and re.fullmatch(r"[a-zæøå ]+", value):
            shown = as_digits(value)  # spoken
        elif kind in numeric:
            shown = value.translate(UNOCR).replace("–", "-")
        if not re.fullmatch(SHAPE[kind], shown, re.I):
            wrong.append(value)
    assert not wrong, wrong[:5]


def test_identifiers_are_valid_and_synthetic() -> None:
    wrong = []
    for _, span, value in LABELLED:
        kind = span["type"]
        digits = as_digits(value) if kind in {"CPR", "CARD", "PHONE"} else ""
        if kind == "CPR":
            ok = len(digits) == 10 and bool(checks.cpr_birth(digits))
            ok = ok and not checks.passes_mod11(digits)
        elif kind == "CARD":
            ok = checks.card_ok(digits, gen.TEST_PREFIXES, None)
        elif kind == "IBAN":
            size = sum(int(n) for n in re.findall(r"\d+", gen.IBAN_FORMAT[value[:2]]))
            compact = value.replace(" ", "")
            ok = checks.iban_checksum(compact) and len(compact) == size + 4
        elif kind == "PHONE" and (value[0] != "+" or value.startswith("+45")):
            shown = value.translate(UNOCR)
            national = digits[4 if shown.startswith("0045") else 2 if shown[0] == "+" else 0 :]
            ok = len(national) == 8 and national[0] in "23456789"
        elif kind == "EMAIL":
            ok = value.split("@")[1] in gen.EMAIL_DOMAINS
        else:
            continue
        if not ok:
            wrong.append((kind, value))
    assert not wrong, wrong[:5]


def test_birth_dates_are_real_and_in_birth_context() -> None:
    for doc, span, value in LABELLED:
        if span["type"] == "DATE_OF_BIRTH":
            before = doc["text"][max(0, span["start"] - 20) : span["start"]]
            assert date(1936, 1, 1) <= read_birth(value) <= gen.REF, value
            assert BIRTH_CONTEXT.search(before), (before, value)


def test_spoken_and_ocr_values_are_present() -> None:
    spoken = Counter(span["type"] for _, span, v in LABELLED if re.fullmatch(r"[a-zæø ]+", v))
    assert {"CPR", "PHONE", "OTP", "CARD"} <= set(spoken), spoken
    assert any(re.search(r"\d[OlSB]|[OlSB]\d", v) for _, s, v in LABELLED if s["type"] == "CPR")
    assert any(" sal til " in v or " stuen" in v for _, s, v in LABELLED if s["type"] == "ADDRESS")


def test_addresses_are_not_cut_short() -> None:
    tail = re.compile(rf"(?:,? {SIDE}(?:\W|$)|(?:, |\n)\d{{4}} [^\W\d])", re.I)
    cut = [
        doc["text"][span["start"] : span["end"] + 12]
        for doc, span, _ in LABELLED
        if span["type"] == "ADDRESS" and tail.match(doc["text"], span["end"])
    ]
    assert not cut, cut[:3]


def test_hard_negatives_stay_unlabelled() -> None:
    guarded = re.compile("|".join(map(re.escape, (*gen.NAMED_ORGS, "Farmor", "Mormor", "Moster"))))
    streets = re.compile("|".join(map(re.escape, gen.PERSON_STREETS)))
    email = re.compile(r"[\w.]+@example\.\w+")
    for doc in DOCS:
        text = doc["text"]
        taken = {(s["start"], s["end"]): s["type"] for s in doc["spans"]}
        for m in guarded.finditer(text):
            assert not checks.types_touching(doc, *m.span()), m.group()
        for m in streets.finditer(text):
            assert all(
                kind == "ADDRESS" for (a, b), kind in taken.items() if a < m.end() and m.start() < b
            )
        assert checks.emails_not_labelled(doc, email.pattern) == [], doc["id"]
        for a, b in taken:
            assert not re.search(r"•|\*|XXXX|DDMM", text[a:b])
        for m in CUED_VALUE.finditer(text):  # the digit a cue introduces is labelled
            assert any(a < m.end() <= b for a, b in taken), text[m.start() : m.end() + 20]


def test_names_are_varied() -> None:
    people = {v for _, s, v in LABELLED if s["type"] == "PERSON"}
    surnames = set(gen.DK_SURNAMES) | set(gen.IMM_SURNAMES)
    assert len(set(gen.DK_MEN + gen.DK_WOMEN + gen.IMM_FIRST)) >= 250 and len(surnames) >= 170
    assert len(gen.POSTAL) >= 250 and all(re.fullmatch(r"\d{4} \S.*", p) for p in gen.POSTAL)
    assert any(re.fullmatch(r"\w+-\w+ \w+", p) for p in people)  # hyphenated first name
    assert any(re.fullmatch(r"\w+ \w+-\w+", p) for p in people)  # hyphenated surname
    assert any(re.fullmatch(r"\w+, \w+", p) for p in people)  # "Brask, Karen"
    assert any(re.fullmatch(r"\w\. \w+", p) for p in people)  # "K. Brask"
    assert set(gen.NICKNAMES) & people and set(gen.IMM_FIRST) & {p.split()[0] for p in people}
    assert any(p.islower() for p in people)  # transcripts
