"""The twenty-second blind PII set (bench/pii_blind21.py, business fraud) is what its docstring
says: seeded and reproducible, with the committed JSONL equal to ``generate()``; spans are
exact, disjoint, trimmed slices of known types; CPR numbers are synthetic (real date, fitting
century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs of many countries
carry valid check digits and length, phones keep to the allowed ranges and forms; birth dates
follow a cue; no loose run of ten digits; every unmasked e-mail address is labelled; the
business hard negatives (CVR, VAT, P- and EAN numbers, invoice and PO numbers, SWIFT/BIC,
amounts, dates, ERP user codes, company names holding a surname, titles, masked values and
70/80 lines) are present and never labelled; negatives are pseudonymised and unlabelled."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from bench import pii_blind21 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import CPR_FORMS, PHONE_FORMS, BlindSet

FILE = Path(g.__file__).parent / "data" / "pii_blind21.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
NEGATIVE_TEXT = "\n".join(d["text"] for d in SET if d["kind"] == "negative")

CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
EMAIL = r"[\w.*+-]+@[\w.-]+\.\w+"


@pytest.mark.parametrize(
    ("kind", "good", "bad"),
    [
        ("CPR", "050652-1234", "050652-1238"),  # the second passes modulus 11
        ("CPR", "01 01 03 4000", "01 01 09 4000"),  # century digit 4 only up to 2005
        ("CARD", "4111 1111 1111 1111", "4111 1111 1111 1112"),
        ("CARD", "4242424242424242", "6011111111111117"),  # not a listed prefix
        ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
        ("IBAN", "GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 3"),
        ("PHONE", "(+45) 42 11 20 33", "+45 70 11 20 33"),
        ("PHONE", "+45 2030 4050", "+45 8020 4050"),
        ("PHONE", "+46 70 174 06 55", "+46 70 174 06 01"),
    ],
)
def test_identifier_checks_separate_good_and_bad(kind: str, good: str, bad: str) -> None:
    assert CHECKS[kind](good) and not CHECKS[kind](bad)


def test_plan_kinds_genres_and_counts() -> None:
    assert (g.SEED, g.SIZE, g.NEGATIVES, len(g.GENRES), len(g.TYPES)) == (2221, 1000, 350, 8, 14)
    assert c.plan_faults(SET, g, least_per_cell=30, least_per_type=100) == []


def test_spans_are_exact_disjoint_and_trimmed() -> None:
    assert [f for d in SET for f in c.span_faults(d, g.TYPES)] == []


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d{3}",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z]{2} ?\d\d ?\d{3}",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._]+@(?:[a-z0-9-]+\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé. ]+ \d{1,3}[A-C]?(?:,? (?:st|\d)\. (?:tv|th|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [A-ZÆØÅ][\wæøå ]+)?",
    "PERSON": r"[A-ZÆØÅÖ][\w-]+(?:,? [\w-]+){0,3}|[a-zæøå-]+|[A-Z]\. [\w-]+|[A-ZÆØÅŃÖ -]+",
    **CHECKS,
}


def test_every_cpr_phone_and_plate_form_is_used() -> None:
    def shape(v: str) -> str:
        return re.sub(r"[A-Z]", "X", re.sub(r"\d", "0", v))

    cpr, phone = Counter(map(shape, BY_TYPE["CPR"])), Counter(map(shape, BY_TYPE["PHONE"]))
    plate = Counter(map(shape, BY_TYPE["NUMBER_PLATE"]))
    for form in ("000000-0000", "0000000000", "00 00 00 0000", "000000 0000"):
        assert cpr[form] >= 30, form
    for form in ("+00 00000000", "+00 00 00 00 00", "+00 0000 0000", "0000 0000",
                 "(+00) 00 00 00 00", "0000 00000000", "00 00 00 00", "00000000", "+0000000000",
                 "00.00.00.00", "+00 0000 000000", "+00 00 000 00 00"):  # fmt: skip
        assert phone[form] >= 10, form
    assert plate["XX 00 000"] >= 30 and plate["XX00000"] >= 10
    assert {v.replace(" ", "")[:2] for v in BY_TYPE["IBAN"]} >= set(g.IBAN_LENGTH) - {"DK"}


def test_mail_addresses_labelled_unless_masked() -> None:
    """What this set checks beyond the common test of this name."""
    assert re.search(r"(?<![\w*])[a-z0-9._]+@", NEGATIVE_TEXT) is None


ORG_NAMES = g.COMPANIES + g.SUPPLIERS + tuple(n for n, _b in g.BANKS)
NEVER = {
    "CVR number": r"(?<=CVR )\d{8}|(?<=CVR: )\d{8}|(?<=CVR-nr\.: )\d{8}|(?<=CVR-nr\. )\d{8}",
    "VAT number": r"\bDK\d{8}\b",
    "P-number": r"P-nr\. 10 \d{4} \d{4}",
    "EAN number": r"5790 \d{4} \d{4} \d",
    "invoice, PO or voucher": r"faktura nr\. \d{5}|fakturanr\. F-2026-\d{4}|PO \d{8}|bilag \d{5}",
    "case, claim, police or bank reference": r"INC-\d{6}|RCL-2026-\d{4}|Skadenr\. \d{6}|"
    r"\d{4}-\d{5}-\d{5}-26|Policenr\. \d\d-\d{3}-\d{4}|[Mm]edarbejdernr\. \d+",
    "SWIFT/BIC": "|".join(g.BICS),
    "amount": r"(?:kr\.|EUR|GBP|SEK|PLN) \d{1,3}(?:\.\d{3})*,\d\d|-?\d{1,3}(?:\.\d{3})*,\d\d",
    "date or time": r"\b\d\d\.\d\d\.2026\b|\b2026-\d\d-\d\d(?: \d\d:\d\d:\d\d)?|kl\. \d\d\.\d\d|"
    r"\[\d\d:\d\d\]",
    "ERP user code": r"(?<=;)[A-ZÆØÅ]{4}(?=;)",
    "company, association, bank or public body": "|".join(map(re.escape, ORG_NAMES)),
    "job title": r"\b(?:" + "|".join(map(re.escape, g.TITLES)) + r")\b",
    "masked value": r"\d{6}-xxxx|\*{4} \*{4} \*{4} \d{4}|\*{6}\d{4}|\+45 \*\* \*\* \*\* \d\d|"
    r"\w\*{3}@[\w.-]+|[A-Z]{2}\d\dX{4,}\w{4}|xx/xx",
    "organisation line": "|".join(map(re.escape, g.ORG_LINES)) + r"|(?<=via )114",
}


@pytest.mark.parametrize("name", sorted(NEVER))
def test_hard_negatives_present_and_unlabelled(name: str) -> None:
    found, touched = c.lookalikes(SET, NEVER[name])
    in_negatives = len(re.findall(NEVER[name], NEGATIVE_TEXT))
    assert found >= 30 and in_negatives >= 10 and touched == []


def test_business_numbers_are_synthetic_and_no_cards() -> None:
    cvrs = re.findall(r"(?:CVR(?:-nr\.)?:? |DK)(\d{8})\b", "\n".join(d["text"] for d in SET))
    assert len(cvrs) >= 500
    assert all(sum(int(x) * w for x, w in zip(n, g.CVR_WEIGHTS, strict=True)) % 11 for n in cvrs)
    eans = [m.replace(" ", "") for d in SET for m in re.findall(r"5790 \d{4} \d{4} \d", d["text"])]
    weights = (1, 3) * 6 + (1,)
    assert eans and all(
        sum(int(x) * w for x, w in zip(n, weights, strict=True)) % 10 == 0 for n in eans
    )
    assert not any(c.luhn(n) and len(n) == 16 for n in eans)


def test_companies_hold_surnames_yet_are_no_person() -> None:
    holding = [n for n in g.COMPANIES + g.SUPPLIERS if set(n.split()) & set(g.SURNAMES)]
    assert len(holding) >= 10
    assert all(name not in BY_TYPE["PERSON"] for name in ORG_NAMES)


def test_negatives_are_pseudonymised() -> None:
    for stand_in in ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[IBAN]",
                     "[kode]", "[CPR]", "[bruger-id]", "[reg.nr.]", "[fødselsdato]"):  # fmt: skip
        assert stand_in in NEGATIVE_TEXT, stand_in
    # eight-digit numbers left in negatives are business numbers or organisations' lines
    eight = re.finditer(
        r"(?<![\d.])(\d{8}|\d\d \d\d \d\d \d\d|\d{4} \d{4})(?![\d.]| \d)", NEGATIVE_TEXT
    )
    loose = [
        m.group()
        for m in eight
        if m.group() not in g.ORG_LINES
        and not re.search(
            r"(?:CVR(?:-nr\.)?:? |DK|PO |EAN 5790 |5790 |P-nr\. 10 )$",
            NEGATIVE_TEXT[: m.start()][-16:],
        )
    ]
    assert loose == []


def test_names_in_many_written_forms() -> None:
    """What this set checks beyond the common test of this name."""
    names = BY_TYPE["PERSON"]
    assert sum(n[-1] == "s" and " " in n for n in names) >= 30


def test_mentions_and_emoji_keep_their_marks_outside() -> None:
    mentions = emoji = 0
    for d in SET:
        for s in d["spans"]:
            if s["type"] == "PERSON":
                mentions += d["text"][s["start"] - 1] == "@"
                emoji += d["text"][s["end"] : s["end"] + 2].strip() in g.EMOJI
    assert mentions >= 50 and emoji >= 50


def test_phones_never_on_organisation_ranges() -> None:
    leads = {re.sub(r"^(?:\+45|\(\+45\)|0045)", "", v).lstrip(" ")[:2] for v in BY_TYPE["PHONE"]}
    assert not leads & {"70", "80", "11"}


SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(7, 40),
    shapes=SHAPES,
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    least_ten_digit_runs=200,
    mail=EMAIL,
    name_forms={
        "lower case": 50,
        "upper case": 50,
        "surname first": 50,
        "genitive": 30,
        "hyphen": 50,
        "three words": 100,
        "initial": 100,
        "first name alone": 100,
    },
    # pii78: a company's own address under its name in a signature
    # is not personal data and carries no span.
    untouched=(r"(?<=A/S\n|ApS\n|P/S\n)[^\n]+(?=\n(?:[^\n]+\n)?Hovednr\.)", 20),
)
