"""The forty-ninth blind PII set (bench/pii_blind48.py, civil society, charity and faith
communities hit by fraud) is what its docstring says: seeded and reproducible, with the
committed JSONL equal to ``generate()``; spans are exact, disjoint slices of known types; CPR
numbers are synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn
with a test prefix, IBANs carry valid check digits and length, phones keep to the allowed
ranges and forms; birth dates follow a cue; no loose run of ten digits; every unmasked e-mail
address is labelled; collection permit, MobilePay box, CVR, gift, receipt, member and case
numbers, timestamps, amounts, masked values, associations and churches named after people,
streets without a number, postcodes and towns alone and pseudonyms never are; negatives are
pseudonymised and unlabelled; no passport or driving-licence numbers."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind48 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_NAME_FORMS,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind48.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._-]+@(?:post\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[AC]?(?:, (?:st\.|\d\.) \w+\.)?(?:(?:, |\n)\d{4} [\w ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}


NEVER = {
    "collection permit number": r"[Ii]ndsamlingstilladelse nr\. 2[4-6]-700-\d{5}",
    "mobilepay box number": r"MobilePay-boks \d{5}",
    "cvr number": r"CVR-nr\. \d{8}",
    "gift, receipt or member number": r"\bG26\d{5}\b|kvittering nr\. 26-\d{5}|medlemsnr\. \d{3,4}",
    "case or journal number": r"SVIG-26-\d{5}|j\.nr\. \d{4}-\d{5}-\d{5}-26|KK-26/\d{3}",
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "amount": r"(?:kr\. )?\d{1,3}(?:\.\d{3})*(?:,\d\d|,-)?(?: kr\.)?(?<=kr\.)|kr\. \d[\d.]*",
    "masked value": r"(?:\*{4} ){3}\d{4}|\*{4,6}\d{4}|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|"
    r"[A-Z]{2}\d\dX{6,}\d{4}|\d{6}-xxxx",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "(114)", "på 114")))
    + r")(?![\d.])",
    "association, church, bank or product": "|".join(
        map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)
    ),
    "pseudonym or role": r"\b(?:Frivillig|Donor|Medlem|Vidne|Giver|Kunde|Medarbejder) "
    r"(?:[ABC]|\d)\b|\b(?:Kassereren|Formanden|Kordegnen|Koordinator)\b",
    "street without number": r"ved (?:" + "|".join(map(re.escape, g.STREETS)) + r")\.",
    "postcode and town alone": r"(?:bor|bosat) i \d{4} [A-ZÆØÅ]\w*",
}


def test_names_in_many_written_forms() -> None:
    """What this set checks beyond the common test of this name."""
    names = BY_TYPE["PERSON"]
    assert sum(n in g.NICKNAMES.values() for n in names) >= 20


def test_names_from_many_communities() -> None:
    words = {w for n in BY_TYPE["PERSON"] for w in re.split(r"[ ,-]+", n)}
    for community, _ in g.COMMUNITIES:
        assert len(words & set(community[2])) >= 3, community[2][:3]


VALIDITY = [
    ("CPR", "050652-1234", "050652-1238"),  # the second passes modulus 11
    ("CPR", "01 01 03 4000", "01 01 09 4000"),  # century 4 only up to 2005
    ("CARD", "4111 1111 1111 1111", "4111 1111 1111 1112"),
    ("CARD", "4242424242424242", "6011111111111117"),  # not a listed prefix
    ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
    ("IBAN", "GB29NWBK60161331926819", "GB29NWBK6016133192681"),  # one digit short
    ("PHONE", "(+45) 42 11 20 33", "+45 70 11 20 33"),
    ("PHONE", "+46 70 174 06 55", "+46 70 174 06 01"),
]

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(7, 40),
    plan=(1000, 350, 30, 100),
    exact_spans=True,
    checks=CHECKS,
    validity=VALIDITY,
    shapes=SHAPES,
    forms=Forms(),
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    addresses=(100, 50),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=("Frivillig A", "Donor 3", "Vidne 1", "Kassereren")),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
)
