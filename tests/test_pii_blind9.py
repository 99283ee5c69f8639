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
from datetime import date
from pathlib import Path

from bench import pii_blind9 as gen

DOCS = gen.generate()
FILE = Path(gen.__file__).parent / "data" / "pii_blind9.jsonl"
VALUES = [(d, s["type"], d["text"][s["start"] : s["end"]], s) for d in DOCS for s in d["spans"]]
EMAIL = re.compile(r"[\w.+-]+@(?:[\w-]+\.)?example\.(?:dk|com|net|org)")
BIRTH_CUE = re.compile(r"(?:født|f\.|Fødselsdato:) $")
WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
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


def cpr_date(number: str) -> date | None:
    """Birth date by the seventh digit as the docstring uses it (0-3: 1900s, 4: 2000s up to
    36); None for an impossible date or another seventh digit."""
    day, month, yy, seventh = int(number[:2]), int(number[2:4]), int(number[4:6]), number[6]
    if seventh not in "01234" or (seventh == "4" and yy > 36):
        return None
    try:
        return date((2000 if seventh == "4" else 1900) + yy, month, day)
    except ValueError:
        return None


def cpr_ok(value: str) -> bool:
    n = value.replace("-", "")
    return (
        bool(re.fullmatch(r"\d{6}-?\d{4}", value))
        and cpr_date(n) is not None
        and sum(int(c) * w for c, w in zip(n, WEIGHTS, strict=True)) % 11 != 0
    )


def luhn_ok(number: str) -> bool:
    doubled = [int(c) * (1 + i % 2) for i, c in enumerate(reversed(number))]
    return sum(n // 10 + n % 10 for n in doubled) % 10 == 0


def card_ok(value: str) -> bool:
    n = value.replace(" ", "")
    return n.isdigit() and len(n) in (15, 16) and luhn_ok(n) and n.startswith(gen.TEST_PREFIXES)


def iban_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    rest = 0
    for c in compact[4:] + compact[:4]:
        rest = (rest * (100 if c.isalpha() else 10) + int(c, 36)) % 97
    return rest == 1 and len(compact) == gen.IBAN_LENGTH.get(compact[:2])


def phone_ok(value: str) -> bool:
    form = r"(?:\+45 ?|0045 )?(?:\d\d \d\d \d\d \d\d|\d{4} \d{4}|\d{8})"
    local = re.sub(r"^(?:\+45|0045)", "", value).replace(" ", "")
    return bool(re.fullmatch(form, value)) and local[:2] in (*gen.MOBILE, *gen.LANDLINE)


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
    assert cpr_ok("120361-1234") != (
        sum(int(c) * w for c, w in zip("1203611234", WEIGHTS, strict=True)) % 11 == 0
    )
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
    committed = FILE.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in committed] == DOCS


def test_spans_slice_trimmed_disjoint_values() -> None:
    for doc in DOCS:
        text, spans = doc["text"], doc["spans"]
        ends = [0] + [edge for s in spans for edge in (s["start"], s["end"])] + [len(text)]
        assert ends == sorted(ends), doc["id"]  # in order, without overlap
        for span in spans:
            assert set(span) == {"start", "end", "type"} and span["type"] in gen.TYPES
            value = text[span["start"] : span["end"]]
            assert value and value == value.strip(), (doc["id"], value)
            outside = text[max(span["start"] - 1, 0) : span["start"]]
            assert not re.search(r"\w", outside + text[span["end"] : span["end"] + 1]), value
        assert not re.search("[\ue000-\ue002]", text), doc["id"]


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
        spans = {(s["start"], s["end"], s["type"]) for s in doc["spans"]}
        for m in EMAIL.finditer(doc["text"]):
            assert (m.start(), m.end(), "EMAIL") in spans, (doc["id"], m.group())


def test_hard_negatives_stay_unlabelled() -> None:
    seen = Counter[str]()
    for doc in DOCS:
        spans = [(s["start"], s["end"]) for s in doc["spans"]]
        for m in NEVER.finditer(doc["text"]):
            seen[m.lastgroup or ""] += 1
            assert not [s for s in spans if s[0] < m.end() and m.start() < s[1]], m.group()
    assert min(seen.values()) > 100 and sorted(seen) == sorted(HARD), seen
