"""The twenty-eighth blind PII set (bench/pii_blind27.py: travel, tickets and holiday-rental
fraud) is what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint, whole-word slices of known types; CPR numbers are
synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn with a test
prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges and forms;
no loose run of ten digits; every unmasked e-mail address is labelled; booking references,
passport and driving licence numbers, case numbers, timestamps, amounts and masked values never
are; negatives are pseudonymised and unlabelled, their pseudonym labels never PERSON."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from bench import pii_blind27 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import CPR_FORMS, PHONE_FORMS, BlindSet

FILE = Path(g.__file__).parent / "data" / "pii_blind27.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
EMAIL_PATTERN = r"[\w.*+-]+@[\w.-]+\w"


def test_size_kinds_genres_and_counts() -> None:
    assert c.plan_faults(SET, g, 40, 150) == []
    assert len(g.TYPES) == 14 and len(g.GENRES) == 8


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] \d\d \d\d\d|[A-Z][A-Z]\d{5}",
    "BANK_ACCOUNT": r"\d{4}[ -]\d{10}|\d{8}|\d{10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. (?:" + "|".join(g.MONTHS) + r") (?:19|20)\d\d"
    r"|\d\d([.-])\d\d\1(?:19|20)\d\d|\d{1,2}/\d{1,2}-(?:19|20)\d\d",
    "ADDRESS": r"[A-ZÆØÅ][\w .]+ \d{1,3}[ABC]?(?:, (?:st|\d)\. (?:tv|th|mf)\.)?(?:, |\n)\d{4} \w+",
    "PERSON": r"[\w/,.' -]+",
    **CHECKS,
}


@pytest.mark.parametrize("kind", sorted(SHAPES))
def test_identifiers_have_their_promised_shape(kind: str) -> None:
    assert BY_TYPE[kind] and c.misfits(BY_TYPE[kind], SHAPES[kind]) == []


def test_every_cpr_phone_plate_and_account_form_is_used() -> None:
    def shape(v: str) -> str:
        return re.sub(r"[A-Z]", "X", re.sub(r"\d", "0", v))

    cpr = Counter(shape(v) for v in BY_TYPE["CPR"])
    phone = Counter(shape(v) for v in BY_TYPE["PHONE"])
    plate = Counter(shape(v) for v in BY_TYPE["NUMBER_PLATE"])
    account = Counter(shape(v) for v in BY_TYPE["BANK_ACCOUNT"])
    for form in ("000000-0000", "0000000000", "00 00 00 0000", "000000 0000"):
        assert cpr[form] >= 30, form
    for form in ("+00 00000000", "+00 00 00 00 00", "+00 0000 0000", "0000 0000",
                 "(+00) 00 00 00 00", "0000 00000000", "00 00 00 00", "00000000", "+0000000000",
                 "00.00.00.00", "+00 0000 000000", "+00 00 000 00 00"):  # fmt: skip
        assert phone[form] >= 10, form
    assert plate["XX 00 000"] >= 30 and plate["XX00000"] >= 10
    for form in ("0000-0000000000", "0000 0000000000", "00000000", "0000000000"):
        assert account[form] >= 20, form
    countries = Counter(v[:2] for v in BY_TYPE["IBAN"])
    assert len(countries) == len(g.IBAN_LENGTH) and min(countries.values()) >= 10


@pytest.mark.parametrize(
    ("kind", "cue"),
    [
        ("DATE_OF_BIRTH", r"(?:født|f\.|Fødselsdato:) $"),
        ("CARD_CVV", r"(?:CVV|cvc|CVC|kontrolcifre):? $"),
        ("MITID_USER", r"MitID-bruger-ID $"),
        ("OTP", r"(?:koden|koden er|engangskoden) $"),
        ("NUMBER_PLATE", r"(?:nummerplade|egen bil) $"),
    ],
)
def test_values_only_after_their_cue(kind: str, cue: str) -> None:
    assert c.uncued(SET, kind, cue) == []


NEVER = {
    "booking reference": r"PNR [A-Z0-9]{6}|bookingref\. [A-Z0-9]{6}|\bHM[A-Z0-9]{8}\b|BK-\d{5}",
    "passport number": r"pasnr\. \d{9}",
    "driving licence": r"kørekortnr\. \d{8}",
    "case or journal number": r"CB-2026-\d{6}|FG-2026-\d{4}|skade nr\. 26-\d{7}|"
    r"journalnr\. \d{4}-\d{5}-\d{3}-26|RA-[A-Z0-9]{5}",
    "cvr number": r"CVR \d{8}",
    "flight number": r"\b(?:NR|SK|BW)\d{3,4}\b",
    "timestamp or date": r"\[\d\d\.\d\d\.26, \d\d:\d\d:\d\d\]|kl\. \d\d\.\d\d|"
    r"\b\d\d\.\d\d\.2026\b|2026-\d\d-\d\d",
    "amount": r"(?:kr\. )?\d{1,3}(?:\.\d{3})*(?:,\d\d)?(?: kr\.| EUR)?(?<=kr\.|EUR|,00)",
    "masked value": r"\*{4} \*{4} \*{4} \d{4}|\*{6}\d{4}|\+45 \*\* \*\* \*\* \d\d|"
    r"\w\*{3}@[\w.]+|[A-Z]{2}\d\dX{8,}\d{4}|\d{6}-xxxx",
    "organisation line": "|".join(map(re.escape, g.ORG_LINES)) + "|henvendelser: 114|Akut: 112",
    "bank, platform, airline or product": "|".join(
        map(re.escape, g.BANKS + g.PLATFORMS + g.AIRLINES + g.PRODUCTS)
    ),
    "pseudonym label": r"Lejer A|Rejsende \d|Kortholder B|Udlejer B|Vært A|Gæst A|"
    r"Forsikringstager A|Anmelder\b|Sælger A|\[NAVN\]",
    "street without a number": "|".join(map(re.escape, g.ABROAD_STREETS + g.HOMES)),
}


@pytest.mark.parametrize("name", sorted(NEVER))
def test_hard_negatives_present_and_unlabelled(name: str) -> None:
    count, touched = c.lookalikes(SET, NEVER[name])
    negatives = [d for d in SET if d["kind"] == "negative"]
    assert count >= 30 and c.lookalikes(negatives, NEVER[name])[0] >= 10
    assert touched == []


def test_negatives_are_pseudonymised() -> None:
    negatives = [d for d in SET if d["kind"] == "negative"]
    text = "\n".join(d["text"] for d in negatives)
    for stand_in in ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]",
                     "[bruger-id]", "[reg.nr.]", "[dato]", "Lejer A", "Rejsende 2",
                     "Kortholder B"):  # fmt: skip
        assert stand_in in text, stand_in
    assert re.search(r"(?<![\w*])[a-z0-9._]+@", text) is None  # only masked addresses remain
    loose = r"(?<!CVR )(?<!kørekortnr\. )(?<![\d-])\d{8}(?!\d)|(?<!\d)\d\d \d\d \d\d \d\d(?! ?\d)"
    numbers = re.findall(loose, text)
    assert numbers and {n[:2] for n in numbers} <= {"70", "80"}  # organisations' lines only
    assert c.ten_digit_runs(negatives) == []


def test_names_in_many_written_forms() -> None:
    names = BY_TYPE["PERSON"]
    firsts = {n.split(" ")[0] for n in g.WOMEN + g.MEN}
    assert sum(n.islower() for n in names) >= 100
    assert sum(n.isupper() and "/" not in n for n in names) >= 100
    assert sum(bool(re.fullmatch(r"[A-ZÆØÅ-]+/[A-ZÆØÅ ]+", n)) for n in names) >= 150
    assert sum(", " in n for n in names) >= 100
    assert sum(n[-1] == "s" and n[:-1] in firsts for n in names) >= 20
    assert sum("-" in n for n in names) >= 100
    assert sum(n.count(" ") == 2 for n in names) >= 100
    assert sum(bool(re.fullmatch(r"[A-ZÆØÅ]\. \S+", n)) for n in names) >= 50
    hosts = {part for h in g.HOSTS for part in (h, h.upper(), h.split(" ")[0])}
    assert sum(n in hosts for n in names) >= 200


VALIDITY = [
    ("CPR", "050652-1234", "050652-1238"),  # the second passes modulus 11
    ("CPR", "01 01 03 4000", "01 01 09 4000"),  # century digit 4 only up to 2005
    ("CARD", "4111 1111 1111 1111", "4111 1111 1111 1112"),
    ("CARD", "4242424242424242", "6011111111111117"),  # not a listed prefix
    ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
    ("IBAN", "DE89370400440532013000", "DE89 3704 0044 0532 0130 0"),  # wrong length
    ("PHONE", "(+45) 42 11 20 33", "+45 70 11 20 33"),
    ("PHONE", "+45 2030 4050", "+45 8020 4050"),
    ("PHONE", "+46 70 174 06 55", "+46 70 174 06 01"),
]

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(7, 40),
    exact_spans=True,
    checks=CHECKS,
    validity=VALIDITY,
    least_ten_digit_runs=200,
    mail=EMAIL_PATTERN,
    least_masked_mail=100,
)
