"""The hundred-and-sixth blind PII set (bench/pii_blind105.py, a removal and storage company's
fraud cases) is what its docstring says: seeded and reproducible, with the committed JSONL equal
to ``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic
(real date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix,
IBANs carry valid check digits and length, phones keep to the allowed ranges and forms; birth
dates follow a cue; no loose run of ten digits; every unmasked e-mail address is labelled;
agreement, booking, invoice, claim, case and journal numbers, storage units, amounts, CVR
numbers, timestamps, masked values, the companies' lines and addresses and pseudonyms never are;
negatives are pseudonymised and unlabelled; the chat's speakers are labelled and a scammer's
alias is labelled by its name only; the companies' addresses sit in many frames."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind105 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind105.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøå ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.]",
    **CHECKS,
}

NEVER = {
    "agreement, booking, invoice, claim, case or journal number": r"DR-26-\d{5}|VB-\d{6}|"
    r"FAKTURA nr\. \d{5}|SK-26-\d{5}|FL-26-\d{4}|BS-\d{6}|Kundenr\. \d{6}|\d{4}-\d{5}-\d{5}-26",
    "storage unit": r"rum [A-F]-\d{3}",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{4}\d{4}|DK\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": ORG_ADDRESS,
    "pseudonym": r"\b(?:" + "|".join(g.PSEUDONYMS) + r")\b",
    "street without number": r"\b(?:ved|hos) (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(r"præsenterede sig som (\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")

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
    chat=("chat", 500),
    alias=(ALIAS, 50),
    untouched=(ORG_ADDRESS, 500),
    least_whole_plates=200,
)


def test_organisation_addresses_in_many_documents_and_frames() -> None:
    """At least 40 % of all documents, negatives too, name a company's own address, unlabelled,
    and the frames around them are many."""
    holding = [d for d in SET if re.search(ORG_ADDRESS, d["text"])]
    assert len(holding) >= 0.4 * len(SET)
    assert sum(d["kind"] == "negative" for d in holding) >= 0.4 * g.NEGATIVES
    frames = {
        d["text"][max(0, m.start() - 12) : m.start()].split("\n")[-1].split()[0]
        for d in holding
        for m in re.finditer(ORG_ADDRESS, d["text"])
        if d["text"][max(0, m.start() - 12) : m.start()].split("\n")[-1].split()
    }
    assert len(frames) >= 10


def test_private_addresses_never_an_organisations() -> None:
    """A labelled address never starts with a company's street and number."""
    for doc in SET:
        for span in doc["spans"]:
            value = doc["text"][span["start"] : span["end"]]
            if span["type"] == "ADDRESS":
                assert not re.match(rf"(?:{ORG_ADDRESS})(?!\w)", value), value
