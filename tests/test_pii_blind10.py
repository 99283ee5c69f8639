"""The eleventh blind PII set (bench/pii_blind10.py) keeps its docstring's promises: seeded,
spans that slice to trimmed values of known types without overlap, synthetic identifiers that
pass (or for CPR fail) their checks once a PDF hyphenation is undone, mixed formats in the same
set, birth dates only in birth context, every e-mail address labelled, case numbers, references,
masks and the organisations' numbers unlabelled, negatives empty, and the committed file is
what the generator writes."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from bench import pii_blind10 as gen

from tests import pii_blind_checks as checks

DOCS = gen.generate()
FILE = Path(gen.__file__).parent / "data" / "pii_blind10.jsonl"
VALUES = [(d, s["type"], d["text"][s["start"] : s["end"]], s) for d in DOCS for s in d["spans"]]
EMAIL = re.compile(r"[\w.+-]+@(?:[\w-]+\.)?example\.(?:dk|com|net|org)")
BIRTH_CUE = re.compile(r"(?:født|f\.|Fødselsdato:|DOB:|born) $")
HARD = {
    "org_line": r"(?:spærring [A-Za-z ]+: |Hovednr\. )[78]0[\d ]*\d",
    "short": r"\bring (?:112|114|1813)\b",
    "txid": r"\bTX-\d{4}[A-F]\d{5}\b",
    "fi": r"\+71<\d{15}\+\d{8}<",
    "case": r"journalnr\. \d{4}-\d{5}-\d{5}-26|\bSAG-2026-\d{6}\b|fakturanr\. \d{9}",
    "cvr": r"\bCVR \d{8}\b",
    "amount": r"\b\d{1,3}(?:\.\d{3})*,00\b|\bDKK \d,\d{3}\.00",
    "masked": r"(?:\*{4} ){3}\d{4}|\+45 (?:\*\* ){3}\d\d|\b\d{6}-xxxx|\*{6}\d{4}|\w\*{3}@",
    "date": r"\b2026-\d\d-\d\d(?:T[\d:]+Z)?|\b\d\d\.\d\d\.2026\b|\b\d{1,2}\. [a-z]+ kl\. [\d.]+",
    "page": r"\bSide \d af \d\b",
}
NEVER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in HARD.items()))


def unbroken(value: str) -> str:
    return value.replace("-\n", "")


def cpr_ok(value: str) -> bool:
    """A CPR form of the docstring, a real birth date for its seventh digit, modulus 11 failing."""
    forms = r"\d{6}-?\d{4}|(?:\d\d ){3}\d{4}"
    return checks.synthetic_cpr(value, forms, centuries=checks.cpr_centuries_up_to(5))


def card_ok(value: str) -> bool:
    return checks.card_ok(value.replace(" ", ""), gen.TEST_PREFIXES)


def iban_ok(value: str) -> bool:
    return checks.iban_ok(value.replace(" ", ""), gen.IBAN_LENGTH)


def phone_ok(value: str) -> bool:
    form = r"(?:\+45 ?|\(\+45\) |0045-)?(\d\d \d\d \d\d \d\d|\d{4} \d{4}|\d{8})"
    return checks.phone_ok(value, form, (*gen.MOBILE, *gen.LANDLINE), barred=())


POSTCODE = r"(?:\d{4}|D-\d{5}|FO-\d{3}|\d{3} \d\d)"
FORMS = {
    "BANK_ACCOUNT": r"(?:\d{4}[- ])?(?:\d{7}|\d{10})",
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?\d\d",
    "CARD_CVV": r"\d{3}",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z]{2} \d\d \d{3}",
    "MITID_USER": r"[a-zæøå]{3}\d{4}",
    "PERSON": r"[A-ZÆØÅ][\w.]*(?:,? [A-ZÆØÅ][\w.]*)*",
    "EMAIL": EMAIL.pattern,
    "DATE_OF_BIRTH": r"(?:\d\d[./]\d\d[./]|\d{1,2}\. [a-z]+ )(?:19[3-9]\d|200\d)|"
    r"(?:19[3-9]\d|200\d)-\d\d-\d\d",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåß]+ \d+[AB]?(?:, (?:st|\d\. (?:th|tv|mf))\.)?"
    rf"(?:(?:, |\n){POSTCODE} [\wæøåöó ]+)?",
}
CHECKS: dict[str, Callable[[str], object]] = {
    kind: re.compile(form).fullmatch for kind, form in FORMS.items()
} | {"CPR": cpr_ok, "PHONE": phone_ok, "CARD": card_ok, "IBAN": iban_ok}
PROBES = [  # (type, value, whether the check must accept it)
    ("CPR", "310261-1234", False),  # no 31 February
    ("CPR", "120361-5234", False),  # seventh digit 5 does not fit the 1900s here
    ("CPR", "0707614285", False),  # modulus 11 holds: possibly a real number
    ("CPR", "120361-xxxx", False),
    ("CARD", "4242424242424242", True),
    ("CARD", "4242424242424241", False),  # Luhn fails
    ("CARD", "4571 0000 0000 0001", False),  # Luhn-valid, no test prefix
    ("IBAN", "DK50 0040 0440 1162 43", True),
    ("IBAN", "DK51 0040 0440 1162 43", False),
    ("PHONE", "(+45) 20 30 40 50", True),
    ("PHONE", "0045-20304050", True),
    ("PHONE", "70 20 11 90", False),  # an organisation's line
    ("PHONE", "80304050", False),
    ("PHONE", "+46 70 174 06 04", False),  # just outside the fiction range
    ("EMAIL", "a@gmail.com", False),
    ("PERSON", "datter Inge Dam", False),
]


def test_the_checks_themselves_can_fail() -> None:
    assert [(kind, value) for kind, value, ok in PROBES if bool(CHECKS[kind](value)) != ok] == []
    assert cpr_ok("12 03 61 1234") == cpr_ok("1203611234") == cpr_ok("120361-1234")
    assert NEVER.search("spærring Nordfjord Bank: 80 20 44 66") and NEVER.search("+45 ** ** ** 17")


def test_seeded_and_committed() -> None:
    assert checks.reproducible(gen.generate, seed=7, size=40)
    lines = FILE.read_text(encoding="utf-8").splitlines()
    assert lines == [json.dumps(doc, ensure_ascii=False) for doc in DOCS]


def test_spans_are_ordered_trimmed_whole_words() -> None:
    assert [fault for doc in DOCS for fault in checks.span_faults(doc, gen.TYPES)] == []


def test_types_counts_and_negatives() -> None:
    per_type = Counter(kind for _, kind, _, _ in VALUES)
    assert set(per_type) == set(gen.TYPES) and per_type["PERSON"] >= 2000, per_type
    assert min(per_type.values()) >= 100, per_type
    negatives = [doc for doc in DOCS if doc["kind"] == "negative"]
    assert len(negatives) == round(gen.SIZE * gen.NEGATIVE_SHARE) == 350
    assert not [doc["id"] for doc in negatives if doc["spans"]]
    assert all(doc["spans"] for doc in DOCS if doc["kind"] == "positive")
    assert len(DOCS) == len({doc["text"] for doc in DOCS}) == gen.SIZE
    genres = Counter((doc["genre"], doc["kind"]) for doc in DOCS)
    assert {g for g, _ in genres} == set(gen.GENRES)
    assert min(genres[g, k] for g in gen.GENRES for k in ("positive", "negative")) >= 50, genres


def test_formats_are_mixed_and_values_broken_over_lines() -> None:
    def shapes(kind: str) -> Counter[str]:
        return Counter(re.sub(r"\d", "9", v) for _, k, v, _ in VALUES if k == kind)

    phones = shapes("PHONE")
    for form in ("+99 99999999", "9999 9999", "(+99) 99 99 99 99", "9999-99999999", "99999999"):
        assert phones[form] >= 30, (form, phones)
    assert all(shapes("CPR")[f] >= 30 for f in ("999999-9999", "9999999999", "99 99 99 9999"))
    accounts = shapes("BANK_ACCOUNT")
    assert accounts["9999-9999999999"] >= 20 and accounts["9999 9999999999"] >= 20
    broken = Counter(k for _, k, v, _ in VALUES if "-\n" in v)
    assert broken["PERSON"] >= 50 and broken["ADDRESS"] >= 50, broken
    assert sum("\n" in v and "-\n" not in v for _, k, v, _ in VALUES if k == "ADDRESS") >= 100


def test_identifiers_follow_the_docstring_and_births_their_cue() -> None:
    wrong, uncued = [], []
    for doc, kind, value, span in VALUES:
        if not CHECKS[kind](unbroken(value)):
            wrong.append((kind, value))
        if kind == "DATE_OF_BIRTH" and not BIRTH_CUE.search(doc["text"][: span["start"]][-14:]):
            uncued.append(doc["text"][span["start"] - 14 : span["end"]])
    assert not wrong and not uncued, (wrong[:5], uncued[:5])


def test_emails_labelled_and_hard_negatives_not() -> None:
    seen = Counter[str]()
    for doc in DOCS:
        missed = checks.emails_not_labelled(doc, EMAIL.pattern)
        assert not missed, (doc["id"], missed)
        for hit in NEVER.finditer(doc["text"]):
            seen[hit.lastgroup or ""] += 1
            assert not checks.types_touching(doc, *hit.span()), (doc["id"], hit.group())
    assert set(seen) == set(HARD) and min(seen.values()) > 100, seen
