"""The ninety-eighth blind PII set (bench/pii_blind97.py, a ticket resale platform's trust-and-
safety team) is what its docstring says: seeded and reproducible, with the committed JSONL equal
to ``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic
(real date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix,
IBANs carry valid check digits and length, phones keep to the allowed ranges and forms; birth
dates follow a cue; no loose run of ten digits; every unmasked e-mail address is labelled;
order, case, chargeback and ticket numbers, barcodes, seats, amounts, CVR numbers, timestamps,
masked values, the platform's and venues' lines and addresses, events and pseudonyms never are;
negatives are pseudonymised and unlabelled; the chat's speakers are labelled and a scammer's
alias is labelled by its name only."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind97 as g

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

FILE = Path(g.__file__).parent / "data" / "pii_blind97.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\."
ORG_STREETS = "|".join(map(re.escape, g.ORG_STREETS))

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå]+ \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:, |\n)\d{4} [\wæøå]+(?: [A-Z]{1,2})?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.]",
    **CHECKS,
}

NEVER = {
    "order, case or chargeback number": r"ORD-\d{7}|TS-26-\d{5}|CB-\d{6}",
    "ticket id": r"TKT-[A-Z]{2}\d\d-\d{4}",
    "barcode": r"\b\d{3} \d{3} \d{3} \d\b",
    "seat": r"række \d+, plads \d+",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "organisation, bank or event": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.EVENTS)),
    "organisation address": ORG_STREETS,
    "pseudonym": r"\b(?:" + "|".join(map(re.escape, g.PSEUDONYMS)) + r")\b",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(r"præsenterede sig som (\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(11, 40),
    plan=(1000, 350, 30, 100),
    exact_spans=True,
    checks=CHECKS,
    validity=USUAL_VALIDITY,
    shapes=SHAPES,
    forms=Forms(),
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    addresses=(150, 50),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=100,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=g.PSEUDONYMS, stand_ins=g.STAND_INS),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=500,
    chat=("chat", 1000),
    alias=(ALIAS, 100),
    untouched=(ORG_STREETS, 800),
    least_whole_plates=250,
    cpr_per_document=("udbetaling", 1),
    capitals_name=("udbetaling", r"Navn: ([^\n]+)\n"),
)


def test_every_positive_speaks_of_an_organisations_address_or_line() -> None:
    """Each document names the platform's, a venue's or a box office's address or line, unlabelled,
    so that a recogniser is tested on organisations' contact data next to the people's."""
    org = re.compile(ORG_STREETS + "|" + NEVER["organisation line"])
    assert [d["id"] for d in SET if not org.search(d["text"])] == []


def test_payouts_go_to_a_danish_account_or_a_foreign_iban() -> None:
    """Both payees occur in each genre that pays out, and a reg.nr. with its own word stays out."""
    for genre in ("chat", "udbetaling", "politianmeldelse", "kundeservice"):
        kinds = {
            s["type"]
            for d in SET
            if d["genre"] == genre and d["kind"] == "positive"
            for s in d["spans"]
        }
        assert {"BANK_ACCOUNT", "IBAN"} <= kinds, genre
    for d in SET:
        for hit in re.finditer(r"reg\.(?:nr\.)? (\d{4})", d["text"]):
            assert c.types_touching(d, *hit.span(1)) == set(), d["id"]
