"""The ninth blind PII set (bench/pii_blind8.py) keeps its docstring's promises: seeded, spans
that slice to trimmed values of known types without overlap, synthetic identifiers that pass
(or for CPR fail) their checks also when spoken, birth dates only in birth context, towns after
"i" outside addresses, negatives and hard negatives unlabelled, and the committed file is what
the generator writes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from bench import pii_blind8 as gen

from tests import pii_blind_checks as checks

DOCS = gen.generate()
FILE = Path(gen.__file__).parent / "data" / "pii_blind8.jsonl"
VALUES = [(d, s["type"], d["text"][s["start"] : s["end"]], s) for d in DOCS for s in d["spans"]]
WORDS = {w: str(i) for i, w in enumerate(gen.ONES)} | {
    w: str(10 + i) for i, w in enumerate(gen.TEENS)
}
TENS = {w: str(20 + 10 * i) for i, w in enumerate(gen.TENS)}
BIRTH_CUE = re.compile(r"(?:født|f\.|fødselsdato|født den)\W*$", re.I)
EMAIL = re.compile(r"[\w.+-]+@(?:[\w-]+\.)?example\.(?:dk|com|org|net)")


def word_digits(word: str) -> str:
    """One spoken Danish number word as its digits ("otteogfyrre" -> "48"), digits as they are."""
    if word in WORDS or word.isdigit():
        return WORDS.get(word, word)
    unit, _, ten = word.rpartition("og")
    return str(int(TENS[ten]) + int(WORDS.get(unit, "0")))


def digits(value: str) -> str:
    """The digits of a value, spoken number words read as digits ("streg" dropped)."""
    if re.search(r"[a-zæøå]{2}", value) and not re.search(r"@|[A-Z]", value):
        return "".join(word_digits(w) for w in value.split() if w != "streg")
    return "".join(c for c in value if c.isdigit())


def iban_ok(value: str) -> bool:
    return checks.iban_ok(value.replace(" ", ""), gen.IBAN_LENGTH)


def cpr_ok(value: str) -> bool:
    n = digits(value)
    written = re.fullmatch(r"\d{6}[- ]?\d{4}", value) or not re.search(r"\d", value)
    return (
        bool(written)
        and len(n) == 10
        and checks.cpr_birth(n) is not None
        and not checks.passes_mod11(n)
    )


def phone_ok(value: str) -> bool:
    if re.fullmatch(r"\+44 7700 900\d{3}|\+1 [2-9]\d\d 555-01\d\d", value):
        return True
    n = digits(value)
    local = n[2:] if value.startswith("+45") else n[4:] if value.startswith("0045") else n
    return len(local) == 8 and local[0] in "23456789" and local[:2] not in ("70", "80")


CHECKS: dict[str, Callable[[str], bool]] = {
    "CPR": cpr_ok,
    "PHONE": phone_ok,
    "CARD": lambda v: checks.card_ok(digits(v), gen.TEST_PREFIXES, None),
    "IBAN": iban_ok,
    "EMAIL": lambda v: bool(EMAIL.fullmatch(v)),
    "BANK_ACCOUNT": lambda v: bool(re.fullmatch(r"(?:\d{4}[- ])?\d{7,10}", v)),
    "CARD_EXPIRY": lambda v: bool(re.fullmatch(r"(0[1-9]|1[0-2])[/-](20)?\d\d", v)),
    "CARD_CVV": lambda v: bool(re.fullmatch(r"\d{3,4}", v)),
    "OTP": lambda v: len(digits(v)) in (4, 6, 8) and bool(re.fullmatch(r"\d+|[a-z ]+", v)),
    "NUMBER_PLATE": lambda v: bool(re.fullmatch(r"[A-Z]{2} ?\d\d ?\d{3}", v)),
    "MITID_USER": lambda v: bool(re.fullmatch(r"[a-z0-9._]{5,}", v)),
    "DATE_OF_BIRTH": lambda v: bool(re.search(r"\b(19[3-9]\d|200\d)$", v)),
    "PERSON": lambda v: not re.search(r"\d|@|^(?:min|mor|far|fru)\b", v, re.I),
    "ADDRESS": lambda v: bool(re.search(r"\d", v)) and not re.search(r" i [A-ZÆØÅa-zæøå]+$", v),
}


def test_the_checks_themselves_can_fail() -> None:
    assert checks.cpr_birth("3102851234") is None and cpr_ok(
        "tolv nul tre otteogfyrre streg en to tre fire"
    )
    assert not cpr_ok("0707614285") and word_digits("otteogfyrre") == "48"
    assert digits("tyve tredive fyrre halvtreds") == "20304050" and phone_ok(
        "tyve tredive fyrre halvtreds"
    )
    assert not phone_ok("70 20 30 40") and not phone_ok("+44 7911 123456")
    assert CHECKS["CARD"]("4242424242424242") and not CHECKS["CARD"]("4242424242424241")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and not iban_ok("GB82 WEST 1234 5698 7654 33")
    assert not CHECKS["ADDRESS"]("Solvej 3 i Hinnerup") and not CHECKS["EMAIL"]("a@gmail.com")


def test_seeded_and_committed() -> None:
    assert checks.reproducible(gen.generate, seed=5, size=40)
    assert checks.committed(FILE) == DOCS


def test_spans_slice_trimmed_disjoint_values() -> None:
    assert [fault for doc in DOCS for fault in checks.span_faults(doc, gen.TYPES)] == []
    for doc in DOCS:
        assert not re.search("[\ue000\ue001]", doc["text"]), doc["id"]


def test_types_counts_and_negatives() -> None:
    per_type = Counter(kind for _, kind, _, _ in VALUES)
    assert sorted(per_type) == sorted(gen.TYPES), per_type
    assert min(per_type.values()) >= 80 and per_type["PERSON"] >= 2500, per_type
    assert per_type["ADDRESS"] >= 400, per_type
    kinds = Counter((doc["kind"], bool(doc["spans"])) for doc in DOCS)
    assert set(kinds) == {("negative", False), ("positive", True)}, kinds
    assert len(DOCS) == gen.SIZE and 0.34 <= kinds["negative", False] / gen.SIZE <= 0.36
    assert len({doc["text"] for doc in DOCS}) > 0.99 * gen.SIZE
    assert {doc["genre"] for doc in DOCS} == {*gen.GENRES, *gen.NEGATIVE_ONLY}


def test_identifiers_follow_the_docstring() -> None:
    wrong = [(k, v) for _, k, v, _ in VALUES if not CHECKS[k](v)]
    assert not wrong, wrong[:5]
    spoken = Counter(k for _, k, v, _ in VALUES if not re.search(r"\d", v) and k != "PERSON")
    assert spoken["PHONE"] >= 20 and spoken["CPR"] >= 10 and spoken["OTP"] >= 10, spoken


def test_birth_dates_in_birth_context() -> None:
    for doc, kind, value, span in VALUES:
        if kind == "DATE_OF_BIRTH":
            before = doc["text"][max(0, span["start"] - 16) : span["start"]]
            assert BIRTH_CUE.search(before), (before, value)


def test_registers_keep_their_style() -> None:
    for doc in DOCS:
        text = doc["text"]
        if doc["genre"].endswith("dictation"):
            assert text == text.lower() and not re.search(r"[,!?;:]( |$)", text), text
        if doc["genre"] == "non_native":
            assert not re.search("[æøåÆØÅ]", text), text


def test_hard_negatives_stay_unlabelled() -> None:
    never = re.compile(
        r"\b(?:70|80) \d\d \d\d \d\d\b|(?:ringe|på) 114\b|\*{4} \d{4}|xxxxxx-xxxx"
        r"|\+45 \*\* \*\* \*\* \d\d|Ordrenr\. \d+|Sporingsnummer: \d+|CVR \d+|MobilePay Box \d+"
        r"|Pakkeboks kode \d+|\b(?:Bo|Storm|Sol|[Ll]ykke|Lund|Holme|Bjerg)\b|Fakturanr\. \d+"
    )
    seen = Counter[str]()
    for doc in DOCS:
        text = doc["text"]
        for m in never.finditer(text):
            if doc["kind"] == "negative" or m.group()[0].isdigit() or len(m.group()) > 6:
                seen[m.group().split()[0]] += 1
                assert not checks.types_touching(doc, *m.span()), m.group()
        if doc["kind"] == "positive":
            assert checks.emails_not_labelled(doc, EMAIL.pattern) == [], doc["id"]
    assert seen["Ordrenr."] > 30 and seen["ringe"] + seen["på"] > 100 and seen["Bo"] > 30, seen
    assert seen["70"] + seen["80"] > 50 and seen["Sol"] > 50, seen
