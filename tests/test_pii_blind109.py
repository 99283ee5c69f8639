"""The hundred-and-tenth blind PII set (bench/pii_blind109.py, a municipal waste and recycling
service and bulky-waste pick-up scams) is what its docstring says: seeded and reproducible,
with the committed JSONL equal to ``generate()``; spans are exact, disjoint slices of known
types; CPR numbers are synthetic, cards pass Luhn with a test prefix, IBANs carry valid check
digits and length, phones keep to the allowed ranges and forms; birth dates follow a cue; no
loose run of ten digits; every unmasked e-mail address is labelled; case, booking and customer
numbers, amounts, CVR numbers, timestamps, masked values, the service's lines and addresses and
pseudonyms never are; negatives are pseudonymised and unlabelled; the chat's speakers are
labelled and a scammer's alias is labelled by its name only."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind109 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_NAME_FORMS,
    USUAL_SHAPES,
    USUAL_VALIDITY,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind109.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\."
ORG = "|".join(map(re.escape, g.ORG_ADDRESSES))

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøåÆØÅ ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.']",
    **CHECKS,
}

NEVER = {
    "case, booking or customer number": r"AFF-26-\d{5}|BK-\d{6}|Kundenr\. \d{6}",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|(?<![\d.])\d\d\.\d\d\.2026(?![\d.])",
    "masked value": r"\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|\*{6}\d{4}|"
    r"DK\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*|\d{6}-xxxx",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "organisation or product": "|".join(map(re.escape, g.COMPANIES + g.PRODUCTS + g.PLACES)),
    "organisation address": ORG,
    "pseudonym": r"\b(?:" + "|".join(map(re.escape, g.PSEUDONYMS)) + r")\b",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")",
    "building": "|".join(g.BUILDINGS),
}

ALIAS = re.compile(r"Mvh\. (\S+) fra (?:" + "|".join(g.UNITS) + ")")

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(11, 40),
    plan=(1000, 350, 30, 30),
    exact_spans=True,
    checks=CHECKS,
    validity=USUAL_VALIDITY,
    shapes=SHAPES,
    forms=Forms(),
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    addresses=(100, 50),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=g.PSEUDONYMS),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
    chat=("chat", 300),
    alias=(ALIAS, 50),
    untouched=(ORG, 500),
    least_whole_plates=300,
)


def test_organisation_addresses_in_many_documents() -> None:
    holding = [d for d in SET if re.search(ORG, d["text"])]
    assert len(holding) >= 0.4 * len(SET)
    assert sum(d["kind"] == "negative" for d in holding) >= 100
