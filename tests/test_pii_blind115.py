"""The hundred-and-sixteenth blind PII set (bench/pii_blind115.py, an auction house for art,
antiques and estate goods and its fraud cases) is what its docstring says: seeded and
reproducible, with the committed JSONL equal to ``generate()``; spans are exact, disjoint slices
of known types; CPR numbers are synthetic (real date, fitting century digit, failing modulus
11), cards pass Luhn with a test prefix, IBANs carry valid check digits and length, phones keep
to the allowed ranges and forms; birth dates follow a cue; no loose run of ten digits; every
unmasked e-mail address is labelled; lot, catalogue, case, invoice, settlement, bidder and
journal numbers, amounts, CVR numbers, timestamps, masked values, the organisations' lines and
addresses, companies, banks, products and pseudonyms never are; negatives are pseudonymised and
unlabelled; the chat's speakers are labelled, a fake driver's alias is labelled by its name
only, and the police report gives the complainant's name in capitals."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind115 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind115.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
TOWN = r"\d{4} [A-ZÆØÅ][\wæøå]+(?: [A-ZÆØÅ][\wæøå]*)?"
LOT = r"\bLot \d{3,4}\b"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[A-D]?(?:, (?:st\.|\d\. (?:th|tv|mf)\.))?"
    rf"(?:(?:, |\n){TOWN})?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.]",
    **CHECKS,
}

NEVER = {
    "lot, catalogue, case, invoice, settlement, bidder or journal number": LOT
    + r"|Kat\. nr\. \d{3}-\d{3}|\b(?:SAG|FAK|AFR|AUK|CHAT)-26-\d{5}\b|\b[Bb]udnr\. \d{4}\b|"
    r"journalnr\. \d{4}-\d{5}-\d{5}-26",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d(?: \d\d:\d\d:\d\d)?|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": "|".join(map(re.escape, g.ORG_ADDRESSES)),
    "pseudonym": r"\b(?:Byder [AB]|Kunde [12]|Indleverer [AB]|Medarbejder [AB]|Vidne [12])\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(r"udgav sig for at være (\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")
CAPITALS = r"Navn ifølge legitimation: ([^\n]+)"

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    **USUAL_SPEC,
    checks=CHECKS,
    shapes=SHAPES,
    mail=MAIL,
    never=NEVER,
    negatives=Negatives(pseudonyms=g.PSEUDONYMS),
    least_chat_speakers=300,
    chat=("chat", 1000),
    alias=(ALIAS, 50),
    untouched=("|".join(map(re.escape, g.ORG_ADDRESSES)) + "|" + LOT, 500),
    least_whole_plates=150,
    cpr_per_document=("afregning", 1),
    capitals_name=("politi", CAPITALS),
    org_addresses=(NEVER["organisation address"], 0.4, 0.4),
)


def positives(genre: str) -> list[dict]:
    return [d for d in SET if d["genre"] == genre and d["kind"] == "positive"]


def test_a_changed_payout_account_is_labelled_in_each_settlement():
    """The forged request's new account (an IBAN or a Danish account) is always a span."""
    for doc in positives("afregning"):
        request = doc["text"].index("ny udbetalingskonto ") + len("ny udbetalingskonto ")
        kinds = {
            s["type"]
            for s in doc["spans"]
            if request <= s["start"] <= request + len("reg.nr. 1234, kontonr. ")
        }
        assert kinds & {"IBAN", "BANK_ACCOUNT"}, doc["id"]


def test_the_reg_number_of_a_separate_reg_nr_is_not_labelled():
    """In "reg.nr. 1234, kontonr. ..." and "reg. 1234 konto ..." only the account is a span."""
    seen = 0
    for doc in SET:
        for hit in re.finditer(r"reg(?:\.nr)?\. (\d{4}),? konto(?:nr\.)? ", doc["text"]):
            seen += 1
            assert not c.types_touching(doc, *hit.span(1)), (doc["id"], hit.group())
    assert seen >= 100


def test_the_hotline_caller_is_old_and_the_birth_date_follows_the_cue():
    """Each call note's caller has a birth date after a cue, in the years 1930 to 1960."""
    for doc in positives("opkald"):
        births = [
            doc["text"][s["start"] : s["end"]] for s in doc["spans"] if s["type"] == "DATE_OF_BIRTH"
        ]
        assert len(births) == 1, doc["id"]
        assert 1930 <= int(births[0][-4:]) <= 1960, births


def test_organisation_lines_in_negatives_are_the_only_phone_like_numbers():
    """A negative's 8-digit numbers (outside CVR) all belong to the organisations' lines."""
    for doc in SET:
        if doc["kind"] != "negative":
            continue
        for hit in re.finditer(r"(?<![\d.])\d\d \d\d \d\d \d\d(?![\d])", doc["text"]):
            assert hit.group() in g.ORG_LINES, (doc["id"], hit.group())
