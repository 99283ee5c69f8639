"""The eighty-fourth blind PII set (bench/pii_blind83.py, an insurance company's claims-fraud
unit) is what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic, cards
pass Luhn with a test prefix, IBANs carry valid check digits, phones keep to the allowed ranges
and forms; birth dates follow a cue; every unmasked e-mail address is labelled; claim, policy
and journal numbers, amounts, CVR numbers, timestamps, masked values, organisations' addresses
and pseudonyms never are; negatives are pseudonymised and unlabelled; chat speakers are
labelled; each claim form holds one CPR number and the policy holder's name in capitals."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind83 as g

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

FILE = Path(g.__file__).parent / "data" / "pii_blind83.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøå ]+)?",
    "PERSON": r"[A-ZÆØÅÇÖa-zæøåçöşğüś][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.']",
    **CHECKS,
}

NEVER = {
    "claim, policy or journal number": r"SKADE-26-\d{5}|J\.nr\. \d{4}-26-\d{3}|POL-\d{3}-\d{4}",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"kl\. \d\d\.\d\d|2026-\d\d-\d\d|(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "organisation address": "|".join(map(re.escape, g.ORG_ADDRESSES)),
    "organisation": "|".join(map(re.escape, g.INSURERS + g.SHOPS)),
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
    forms=Forms(),
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    addresses=(100, 50),
    least_ten_digit_runs=100,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=g.PSEUDONYMS),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
    chat=("chat", 300),
    untouched=("|".join(map(re.escape, g.ORG_ADDRESSES)), 500),
    least_whole_plates=300,
    cpr_per_document=("skadeanmeldelse", 1),
    capitals_name=("skadeanmeldelse", r"Forsikringstager \(blokbogstaver\): ([^\n]+)\n"),
)


def test_every_phishing_note_quotes_the_refund_sms_with_an_unlabelled_link() -> None:
    notes = [d for d in SET if d["genre"] == "telefonnotat"]
    for doc in notes:
        link = re.search(r"https://\S+", doc["text"])
        assert link and "refusion af præmie" in doc["text"]
        assert not c.types_touching(doc, *link.span())


def test_a_genitive_keeps_its_s_inside_the_name() -> None:
    genitives = [
        v
        for v in SPEC.by_type["PERSON"]
        if re.fullmatch(r"[A-ZÆØÅ][a-zæøå]+s", v) and v[:-1] in g.WOMEN + g.MEN
    ]
    assert len(genitives) >= 30
