"""The hundred-and-twelfth blind PII set (bench/pii_blind111.py, an energy and district-heating
utility's customer service and fraud desk: fake refund SMS, fake technicians at the door, moving
forms, hijacked direct debits, meter-reading scam calls) is what its docstring says: seeded and
reproducible, with the committed JSONL equal to ``generate()``; spans are exact, disjoint
slices of known types; CPR numbers are synthetic (real date, fitting century digit, failing
modulus 11), cards pass Luhn with a test prefix, IBANs carry valid check digits and length,
phones keep to the allowed ranges and forms; birth dates follow a cue; no loose run of ten
digits; every unmasked e-mail address is labelled; customer, meter, case and journal numbers,
meter readings, amounts, CVR numbers, timestamps, masked values, the utilities' lines and
addresses and pseudonyms never are; negatives are pseudonymised and unlabelled; the chat's
speakers are labelled and a scammer's alias is labelled by its name only."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind111 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind111.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\."
ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå]+ \d+[A-C]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøåÆØÅ ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.]",
    **CHECKS,
}

NEVER = {
    "case or journal number": r"\b(?:FV|SMS|KS)-26-\d{5}\b|\b\d{4}-\d{5}-\d{5}-26\b",
    "customer or meter number": r"(?:Kundenr|Målernr)\. \d{7}\b",
    "meter reading": r"\d{1,3}(?:\.\d{3})* (?:kWh|MWh)\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|DK\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114", "(114)")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": ORG_ADDRESS,
    "pseudonym": r"\b(?:Kunde [AB]|Rådgiver [12]|Montør X|Vidne [12])\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(r"udgav sig for at være (\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")

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
    untouched=(ORG_ADDRESS, 500),
    org_addresses=(ORG_ADDRESS, 0.4, 0.4),
    least_whole_plates=150,
    cpr_per_document=("flytteanmeldelse", 1),
    capitals_name=("flytteanmeldelse", r"Navn \(med blokbogstaver\): ([^\n]+)\n"),
)


def test_organisation_addresses_in_two_line_blocks() -> None:
    pattern = re.compile(ORG_ADDRESS)
    two_lines = sum(
        len(re.findall(r"\w \d+\n\d{4} ", m)) for d in SET for m in pattern.findall(d["text"])
    )
    assert two_lines >= 50


def test_montoer_reports_have_their_van_plate_labelled() -> None:
    for doc in (d for d in SET if d["kind"] == "positive" and d["genre"] == "falsk_montoer"):
        assert "NUMBER_PLATE" in {s["type"] for s in doc["spans"]}, doc["id"]
