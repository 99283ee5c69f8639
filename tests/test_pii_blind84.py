"""The eighty-fifth blind PII set (bench/pii_blind84.py, a housing association's and a letting
agency's office meeting fake rental ads and deposit scams) is what its docstring says: seeded and
reproducible, with the committed JSONL equal to ``generate()``; spans are exact, disjoint slices
of known types; CPR numbers are synthetic (real date, fitting century digit, failing modulus 11,
also written "DD.MM.YY-SSSS"), cards pass Luhn with a test prefix, IBANs carry valid check
digits and length, phones keep to the allowed ranges and forms; birth dates follow a cue; every
unmasked e-mail address is labelled; case, journal, listing and invoice numbers, amounts, CVR
numbers, timestamps, masked values, organisations' lines and addresses and pseudonyms never are;
negatives are pseudonymised and unlabelled; the chat's speakers are labelled; a letter's
salutation labels the surname and not "fru" or "hr."."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind84 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_VALIDITY,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind84.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS + r"|\d\d\.\d\d\.\d\d-\d{4}", PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})* kr\."

SHAPES = {
    **USUAL_SHAPES,
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])(?:/(?:20)?|-20)(?:2[6-9]|3[01])",
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøå ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøåÖöśü][\wæøåÆØÅÖöśü.,' -]*[\wæøåÆØÅÖöśü.]",
    **CHECKS,
}

NEVER = {
    "case, journal, listing or invoice number": r"Sag BV-2026-\d{4}|journalnr\. J\d{5}|"
    r"annonce-id \d{6}|faktura \d{4}-26",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d",
    "masked value": r"\*{4} \d{4}|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@example\.dk",
    "organisation line": "|".join(map(re.escape, g.ORG_LINES)),
    "organisation address": "|".join(map(re.escape, g.ORG_ADDRESSES)),
    "pseudonym": "|".join(map(re.escape, g.PSEUDONYMS)),
    "family word": "|".join(map(re.escape, g.FAMILY)),
}

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(11, 40),
    plan=(1000, 350, 30, 150),
    exact_spans=True,
    checks=CHECKS,
    validity=USUAL_VALIDITY,
    shapes=SHAPES,
    birth_cue=r"(?:født|f\.|Fødselsdato:|DOB:) $",
    addresses=(100, 50),
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=g.PSEUDONYMS),
    least_chat_speakers=300,
    chat=("chat", 300),
    untouched=("|".join(map(re.escape, g.ORG_ADDRESSES)), 500),
    cpr_per_document=("politi", 1),
    capitals_name=("politi", r"Anmelder: ([^\n]+)\n"),
)

SALUTATION = re.compile(r"Kære (?:fru|hr\.) (\S+)\n")


def test_a_letters_salutation_labels_the_surname_only() -> None:
    letters = [d for d in SET if d["genre"] == "brev" and d["kind"] == "positive"]
    found = [(d, m) for d in letters for m in SALUTATION.finditer(d["text"])]
    assert len(found) == len(letters) > 50
    for doc, hit in found:
        assert c.types_holding(doc, *hit.span(1)) == {"PERSON"}
        assert not c.types_touching(doc, hit.start(), hit.start(1) - 1)


def test_an_account_after_its_reg_number_is_the_account_only() -> None:
    hits = [(d, m) for d in SET for m in re.finditer(r"reg\. (\d{4}) konto (\d+)", d["text"])]
    assert len(hits) > 50
    for doc, hit in hits:
        assert not c.types_touching(doc, *hit.span(1))
        assert c.types_holding(doc, *hit.span(2)) == {"BANK_ACCOUNT"}
