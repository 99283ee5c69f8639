"""The twenty-sixth blind PII set (bench/pii_blind25.py: fraud around death and inheritance) is
what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint, whole-word slices of known types; CPR numbers are
synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn with a test
prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges and forms;
birth dates are labelled exactly after their cues; no loose run of ten digits; every unmasked
e-mail address is labelled; dates of death, case and journal numbers, amounts, masked values,
organisations' lines and pseudonyms ("Arving A", "Afdøde B") never are; negatives are
pseudonymised and unlabelled."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from bench import pii_blind25 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import CPR_FORMS, BlindSet

FILE = Path(g.__file__).parent / "data" / "pii_blind25.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
POSITIVES = [d for d in SET if d["kind"] == "positive"]
NEGATIVES = [d for d in SET if d["kind"] == "negative"]

PHONE_FORMS = (
    r"\+45 (\d{8})|\+45 (\d\d) \d\d \d\d \d\d|(\d{4}) \d{4}|\(\+45\) (\d\d) \d\d \d\d \d\d|"
    r"0045 (\d{8})|(\d\d) \d\d \d\d \d\d|(\d{8})|\+45(\d{8})|(\d\d)\.\d\d\.\d\d\.\d\d"
)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
EMAILS = r"[\w.*+-]+@[\w-]+(?:\.[\w-]+)+"
DOB_CUE = r"(?:født|f\.|Fødselsdato:) $"
FULL_DATE = r"\d{1,2}\. [a-z]+ \d{4}|\d\d\.\d\d\.\d{4}|\d{1,2}/\d{1,2}-\d{4}|\d\d-\d\d-\d{4}"


def test_plan_kinds_genres_and_counts() -> None:
    assert (g.SIZE, g.NEGATIVES) == (1000, 350)
    assert c.plan_faults(SET, g, 40, 100) == []


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d{3}",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z]{2} \d\d \d{3}|[A-Z]{2}\d{5}",
    "BANK_ACCOUNT": r"\d{4}[ -]\d{7,10}|\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._]+@(?:post\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": FULL_DATE,
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé .]+ \d{1,3}[A-C]?(?:, (?:st|\d)\. (?:tv|th|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [A-ZÆØÅ][\wæøå ]+)?",
    "PERSON": r"@?[\w][\w .,'-]*\w",
    **CHECKS,
}


def shape(value: str) -> str:
    return re.sub(r"[A-Z]", "X", re.sub(r"\d", "0", value))


def test_every_written_form_is_used() -> None:
    cpr = Counter(shape(v) for v in BY_TYPE["CPR"])
    phone = Counter(shape(v) for v in BY_TYPE["PHONE"])
    plate = Counter(shape(v) for v in BY_TYPE["NUMBER_PLATE"])
    for form in ("000000-0000", "0000000000", "00 00 00 0000", "000000 0000"):
        assert cpr[shape(form)] >= 60, form
    for form in ("+45 00000000", "+45 00 00 00 00", "0000 0000", "(+45) 00 00 00 00",
                 "0045 00000000", "00 00 00 00", "00000000", "+4500000000", "00.00.00.00",
                 "+44 0000 000000", "+46 00 000 00 00"):  # fmt: skip
        assert phone[shape(form)] >= 30, form
    assert plate["XX 00 000"] >= 100 and plate["XX00000"] >= 30
    cards = Counter((len(v.replace(" ", "")), " " in v) for v in BY_TYPE["CARD"])
    assert min(cards[(n, spaced)] for n in (15, 16) for spaced in (True, False)) >= 10
    ibans = Counter(v[:2] for v in BY_TYPE["IBAN"])
    assert set(ibans) == set(g.IBAN_LENGTH) and min(ibans.values()) >= 10
    assert sum(" " in v for v in BY_TYPE["IBAN"]) >= 100
    assert sum(" " not in v for v in BY_TYPE["IBAN"]) >= 100
    expiry = Counter(len(v) for v in BY_TYPE["CARD_EXPIRY"])
    assert expiry[5] >= 50 and expiry[7] >= 30
    dob = Counter(re.sub(r"\d+", "0", re.sub(r"[a-z]+", "m", v)) for v in BY_TYPE["DATE_OF_BIRTH"])
    assert dob.keys() == {"0. m 0", "0.0.0", "0/0-0", "0-0-0"} and min(dob.values()) >= 50


def test_bank_accounts_in_all_four_layouts() -> None:
    layouts = Counter()
    for d in POSITIVES:
        for s in d["spans"]:
            if s["type"] == "BANK_ACCOUNT":
                value, before = d["text"][s["start"] : s["end"]], d["text"][: s["start"]]
                if re.search(r"reg\.nr\. \d{4}, kontonr\. $", before):
                    layouts["reg.nr., kontonr."] += 1
                elif re.search(r"reg\. \d{4} konto $", before):
                    layouts["reg. konto"] += 1
                else:
                    layouts[shape(value)[4]] += 1
    assert len(layouts) == 4 and min(layouts.values()) >= 60, layouts


def test_addresses_inline_in_blocks_and_without_town() -> None:
    values = BY_TYPE["ADDRESS"]
    assert sum("\n" in v for v in values) >= 100
    assert sum(bool(re.search(r", \d{4} ", v)) for v in values) >= 100
    assert sum(not re.search(r"\d{4} ", v) for v in values) >= 100
    assert sum(bool(re.search(r"(?:st|\d)\. (?:tv|th|mf)\.", v)) for v in values) >= 100


def test_birth_dates_exactly_after_a_cue() -> None:
    assert c.uncued(SET, "DATE_OF_BIRTH", DOB_CUE) == []
    for d in SET:
        for m in re.finditer(
            rf"(?:(?<=født )|(?<=f\. )|(?<=Fødselsdato: ))(?:{FULL_DATE})", d["text"]
        ):
            assert c.types_holding(d, *m.span()) == {"DATE_OF_BIRTH"}, (d["id"], m.group())


def test_codes_and_user_ids_follow_their_cues() -> None:
    assert c.uncued(SET, "CARD_CVV", r"(?:CVV|cvc|CVC|kontrolcifre):? $") == []
    assert c.uncued(SET, "OTP", r"(?i)kode", 40) == []
    assert c.uncued(SET, "MITID_USER", r"(?i)mitid", 30) == []


def test_mail_addresses_labelled_unless_masked() -> None:
    """What this set checks beyond the common test of this name."""
    assert sum(len(c.emails_not_labelled(d, EMAILS)) for d in NEGATIVES) >= 100  # masked ones


def _names(*pools: tuple[str, ...]) -> str:
    return "|".join(re.escape(n) for pool in pools for n in pool)


NEVER = {
    "case, journal or invoice number": r"SAG-2026-\d{4}|BS-\d{3,4}/2026-[A-Z]{3}|"
    r"DPO-2026-\d{5}|INH/2026/\d{5}|KR-\d{5}|nr\. 26-0\d{5}|Journalnr\. [\d-]+",
    "date of death": rf"(?:(?<=Dødsdato: )|(?<=død den )|(?<=\bdød ))(?:{FULL_DATE}|"
    r"\d\d\.\d\d\.\d\d)|(?<=Marbella on )\S+(?: \w+ \d{4})?",
    "timestamp or clock": r"\[\d\d\.\d\d\.\d\d, \d\d:\d\d:\d\d\]|kl\. \d\d\.\d\d|"
    r"20\d\d-\d\d-\d\d \d\d:\d\d",
    "amount": r"kr\. \d{1,3}(?:\.\d{3})*,\d\d|\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|"
    r"\d{1,3}(?:,\d{3})+\.00 (?:EUR|USD|GBP)",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|\*{4} \*{4} \*{4} \d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{6,}\d{4}",
    "organisation line": "|".join(map(re.escape, g.ORG_LINES)),
    "CVR or land-register number": r"CVR-nr\. \d{8}|matr\.nr\. \d+[a-zø]+",
    "organisation or product": _names(
        g.BANKS, g.FUNERAL_HOMES, g.LAW_FIRMS, g.CREDITORS, g.SCAM_FIRMS, g.PRODUCTS
    )
    + r"|Retten i \w+",
    "family word": r"\b(?:mors|fars|farmors|morfars|mosters|onkels|enken|Enken|min bror|"
    r"lillesøster|min søster|barnebarn|søn)\b",
    "street without number": r"Kirkegårdsvej(?! \d)",
}


@pytest.mark.parametrize("name", sorted(NEVER))
def test_hard_negatives_present_and_unlabelled(name: str) -> None:
    found, touched = c.lookalikes(SET, NEVER[name])
    in_negatives, _ = c.lookalikes(NEGATIVES, NEVER[name])
    assert found >= 30 and in_negatives >= 10 and touched == []


PSEUDONYMS = (
    r"\[NAVN\]|\b(?:Arving|Afdøde|Efterlevende|Bobestyrer|Modtager|Afsender) [A-H]\b|"
    r"\b(?:Medarbejder|Gerningsperson) \d\b"
)


def test_negatives_are_pseudonymised() -> None:
    text = "\n".join(d["text"] for d in NEGATIVES)
    for stand_in in ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]"):
        assert stand_in in text
    for pseudonym in ("Arving A", "Arving B", "Afdøde A", "Efterlevende A", "Gerningsperson 1"):
        assert text.count(pseudonym) >= 30, pseudonym
    assert re.search(r"(?<![\w*])[a-z0-9._]+@", text) is None  # only masked addresses remain
    numbers = re.findall(r"(?<![\d.])\d{8}(?!\d)|(?<!\d)\d\d \d\d \d\d \d\d(?! ?\d)", text)
    cvr = re.findall(r"CVR-nr\. (\d{8})", text)
    assert numbers and {n[:2] for n in numbers if n not in cvr} <= {"70", "80"}
    assert (
        re.search(rf"\b(?:{_names(g.WOMEN, g.MEN, g.SURNAMES, g.ROOTS, g.DOUBLES)})\b", text)
        is None
    )
    assert re.search(rf"(?:{_names(g.STREETS)}) \d", text) is None
    assert re.search(PSEUDONYMS, "\n".join(d["text"] for d in POSITIVES)) is None


def test_names_in_many_written_forms() -> None:
    """What this set checks beyond the common test of this name."""
    names = BY_TYPE["PERSON"]
    assert sum(n in g.NICKS.values() for n in names) >= 20
    assert sum(n.count(" ") == 2 and "," not in n for n in names) >= 200
    assert sum(n.split()[-1] in g.ROOTS for n in names) >= 300
    assert sum(n.split()[0] in g.ALIAS_FIRST for n in names) >= 100
    assert not [n for n in names if re.match(r"(?i)(?:advokat|afdøde|barrister|mr\.|hr\.) ", n)]


def test_mentions_and_emoji_names_keep_their_marks_outside() -> None:
    mentions = emoji = apostrophes = 0
    for d in POSITIVES:
        for s in d["spans"]:
            if s["type"] != "PERSON":
                continue
            before, after = d["text"][s["start"] - 1], d["text"][s["end"] : s["end"] + 2]
            mentions += before == "@"
            emoji += after.strip() in g.EMOJI
            apostrophes += after[:1] == "'"
    assert mentions >= 50 and emoji >= 50 and apostrophes >= 20


VALIDITY = [
    ("CPR", "050652-1234", "050652-1238"),  # the second passes modulus 11
    ("CPR", "01 01 03 4000", "01 01 09 4000"),  # century digit 4 only up to 2005
    ("CPR", "3001501234", "310250123"),
    ("CARD", "4111 1111 1111 1111", "4111 1111 1111 1112"),
    ("CARD", "3782 8224 6310 005", "6011111111111117"),  # not a listed prefix
    ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
    ("IBAN", "GB82WEST12345698765432", "GB82 WEST 1234 5698 7654 3"),  # length
    ("PHONE", "(+45) 42 11 20 33", "+45 70 11 20 33"),
    ("PHONE", "2030 4050", "8020 4050"),
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
    shapes=SHAPES,
    least_ten_digit_runs=300,
    mail=EMAILS,
    name_forms={
        "lower case": 100,
        "upper case": 100,
        "surname first": 100,
        "genitive": 50,
        "hyphen": 300,
        "initial": 100,
    },
)
