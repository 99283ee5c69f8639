"""The tenth blind PII set (bench/pii_blind9.py) keeps its docstring's promises: seeded, spans
that slice to trimmed values of known types without overlap, synthetic identifiers that pass
(or for CPR fail) their checks, birth dates only in birth context, every e-mail address
labelled, the organisation's numbers and the system's IDs unlabelled, negatives empty, and the
committed file is what the generator writes."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from bench import pii_blind9 as gen

from tests import pii_blind_checks as checks

DOCS = gen.generate()
FILE = Path(gen.__file__).parent / "data" / "pii_blind9.jsonl"
VALUES = [(d, s["type"], d["text"][s["start"] : s["end"]], s) for d in DOCS for s in d["spans"]]
EMAIL = re.compile(r"[\w.+-]+@(?:[\w-]+\.)?example\.(?:dk|com|net|org)")
BIRTH_CUE = re.compile(r"(?:født|f\.|Fødselsdato:) $")
HARD = {
    "hotline": r"\b70 20 11 90\b",  # Værn's own number
    "bank_line": r"\b(?:70|80) \d\d \d\d \d\d\b",  # banks' service and blocking lines
    "short": r"(?:kortkode |from=|til |borgeren: )(?:1919|1277|114)\b",  # short codes, police
    "uuid": r"\b[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}\b",
    "case": r"\bVRN-2026-\d{6}\b|\bK-\d{7}\b",
    "merchant": r"\bMCC \d{4}\b|forretningsnr\. \d{8}",
    "ip": r"\b(?:\d{1,3}\.){3}\d{1,3}\b|\b2a02:[0-9a-f:]+",
    "device": r"\b(?:android-|ios-|web-fp:)[\w-]+",
    "masked": r"\*{4} (?:\*{4} \*{4} )?\d{4}|\+45 \*\* \*\* \d\d \d\d|\b\d{6}-xxxx|\*{6}\d{4}",
    "other": r"\b[0-9a-f]{64}\b|\b(?:" + "|".join(gen.TEMPLATES) + r")\b",
    "amount": r"\b\d{1,3}(?:\.\d{3})*(?:,00)? (?:kr\.|DKK)",
}
NEVER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in HARD.items()))


def cpr_ok(value: str) -> bool:
    """A written CPR number, a real date by the seventh digit as the docstring uses it (0-3:
    1900s, 4: 2000s up to 36, no other), failing modulus 11."""
    return checks.synthetic_cpr(value, r"\d{6}-?\d{4}", centuries=checks.cpr_centuries_up_to(36))


def card_ok(value: str) -> bool:
    return checks.card_ok(value.replace(" ", ""), gen.TEST_PREFIXES)


def iban_ok(value: str) -> bool:
    return checks.iban_ok(value.replace(" ", ""), gen.IBAN_LENGTH)


def phone_ok(value: str) -> bool:
    form = r"(?:\+45 ?|0045 )?(\d\d \d\d \d\d \d\d|\d{4} \d{4}|\d{8})"
    return checks.phone_ok(value, form, (*gen.MOBILE, *gen.LANDLINE), barred=(), fiction=None)


FORMS = {  # the written forms the docstring allows
    "BANK_ACCOUNT": r"(?:\d{4}[- ])?\d{7,10}",
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?\d\d",
    "CARD_CVV": r"\d{3}",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z]{2} \d\d \d{3}",
    "MITID_USER": r"[a-z0-9.]{5,}",
    "PERSON": r"[A-ZÆØÅ][\w.]*(?:,? [A-ZÆØÅ][\w.]*)*",
    "EMAIL": EMAIL.pattern,
    "DATE_OF_BIRTH": r"(?:\d\d\.\d\d\.|\d{1,2}\. [a-z]+ )(?:19[3-9]\d|200\d)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[AB]?(?:, (?:st|\d\. (?:th|tv|mf))\.)?[,\n] ?\d{4} [\wæøå ]+",
}
CHECKS: dict[str, Callable[[str], bool]] = {
    "CPR": cpr_ok,
    "PHONE": phone_ok,
    "CARD": card_ok,
    "IBAN": iban_ok,
} | {kind: lambda v, form=form: bool(re.fullmatch(form, v)) for kind, form in FORMS.items()}


def test_the_checks_themselves_can_fail() -> None:
    assert cpr_ok("120361-1234") != checks.passes_mod11("1203611234")
    assert not cpr_ok("310261-1234") and not cpr_ok("120361-5234") and not cpr_ok("120361-xxxx")
    assert not cpr_ok("0707614285")  # modulus 11 holds: a possibly real number
    assert card_ok("4242424242424242") and not card_ok("4242424242424241")
    assert not card_ok("4571 0000 0000 0001")  # Luhn-valid but no test prefix
    assert iban_ok("DK50 0040 0440 1162 43") and not iban_ok("DK51 0040 0440 1162 43")
    assert phone_ok("+45 20 30 40 50") and not phone_ok("70 20 11 90") and not phone_ok("1919")
    assert not CHECKS["EMAIL"]("a@gmail.com") and not CHECKS["PERSON"]("kortholder Ib Juhl")
    assert NEVER.search("ring 70 20 11 90") and NEVER.search("**** **** **** 4242")


def test_seeded_and_committed() -> None:
    runs = {seed: json.dumps(gen.generate(seed=seed, size=60)) for seed in (3, 4)}
    assert runs[3] == json.dumps(gen.generate(seed=3, size=60)) and runs[3] != runs[4]
    assert checks.committed(FILE) == DOCS


def test_spans_slice_trimmed_disjoint_values() -> None:
    assert [fault for doc in DOCS for fault in checks.span_faults(doc, gen.TYPES)] == []
    for doc in DOCS:
        assert not re.search("[\ue000-\ue002]", doc["text"]), doc["id"]


def test_types_counts_and_negatives() -> None:
    per_type = Counter(kind for _, kind, _, _ in VALUES)
    assert sorted(per_type) == sorted(gen.TYPES), per_type
    assert min(per_type.values()) >= 80 and per_type["PERSON"] >= 1500, per_type
    kinds = Counter((doc["kind"], bool(doc["spans"])) for doc in DOCS)
    assert set(kinds) == {("negative", False), ("positive", True)}, kinds
    assert len(DOCS) == gen.SIZE and 0.34 <= kinds["negative", False] / gen.SIZE <= 0.36
    assert len({doc["text"] for doc in DOCS}) == gen.SIZE
    genres = Counter((doc["genre"], doc["kind"]) for doc in DOCS)
    assert {g for g, _ in genres} == {*gen.GENRES, *gen.NEGATIVE_ONLY}
    assert all(genres[g, k] >= 30 for g in gen.GENRES for k in ("positive", "negative")), genres


def test_identifiers_follow_the_docstring_and_births_their_cue() -> None:
    wrong = [(k, v) for _, k, v, _ in VALUES if not CHECKS[k](v)]
    assert not wrong, wrong[:5]
    lead = [
        d["text"][max(0, s["start"] - 12) : s["start"]]
        for d, k, _, s in VALUES
        if k == "DATE_OF_BIRTH"
    ]
    assert lead and not [before for before in lead if not BIRTH_CUE.search(before)]


def test_every_email_labelled_and_negatives_carry_none() -> None:
    for doc in DOCS:
        assert checks.emails_not_labelled(doc, EMAIL.pattern) == [], doc["id"]


def test_hard_negatives_stay_unlabelled() -> None:
    seen = Counter[str]()
    for doc in DOCS:
        for m in NEVER.finditer(doc["text"]):
            seen[m.lastgroup or ""] += 1
            assert not checks.types_touching(doc, *m.span()), m.group()
    assert min(seen.values()) > 100 and sorted(seen) == sorted(HARD), seen
