"""The hundred-and-twenty-third blind PII set (bench/pii_blind122.py, a locksmith and
burglar-alarm company's fraud cases) is what its docstring says: seeded and reproducible, with
the committed JSONL equal to ``generate()``; spans are exact, disjoint slices of known types; CPR
numbers are synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn
with a test prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges
and forms; birth dates follow a cue; no loose run of ten digits; every unmasked e-mail address
is labelled; case, order and invoice numbers, alarm panel serials, zones, key numbers, amounts,
CVR numbers, timestamps, masked values, the company's lines and addresses and pseudonyms never
are; negatives are pseudonymised and unlabelled; the chat's speakers are labelled, a scammer's
alias is labelled by its name only, the police report's complainant is written in capitals, the
alarm code itself is never written and private streets never meet the company's."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind122 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind122.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
TOWN = r"\d{4} [A-ZÆØÅ][\wæøå]+(?: [A-ZÆØÅ][\wæøå]*)?"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[A-D]?(?:, (?:st\.|\d\. (?:th|tv|mf)\.))?"
    rf"(?:(?:, |\n){TOWN})?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.]",
    **CHECKS,
}

ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))
NEVER = {
    "case, order or invoice number": r"\bSAG-26-\d{5}\b|\bORD-\d{6}\b|\bFAKT-\d{6}\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "alarm panel serial": r"\bPNL-[A-F]\d{7}\b",
    "alarm zone": r"\bzone \d{1,2}\b",
    "key number": r"\bnøgle-nr\. [KLN]\d{4}\b",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": ORG_ADDRESS,
    "pseudonym": r"\b(?:Kunde [12]|Medarbejder [AB]|Vidne [12])\b",
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
    untouched=(ORG_ADDRESS + "|" + NEVER["alarm panel serial"], 500),
    least_whole_plates=150,
    capitals_name=("politianmeldelse", r"Anmelder: ([^\n]+)"),
    org_addresses=(ORG_ADDRESS, 0.4, 0.4),
)

POSITIVES = [doc for doc in SET if doc["kind"] == "positive"]


def test_the_alarm_code_itself_is_never_written() -> None:
    """An alarm code is mentioned ("alarmkode", "Alarmkoden") but never followed by digits."""
    mentions = [m for doc in SET for m in re.finditer(r"[Aa]larmkode\w*", doc["text"])]
    assert len(mentions) >= 50
    assert not [
        doc["id"] for doc in SET if re.search(r"[Aa]larmkode\w*:? *(?:er |var )?\d{4}", doc["text"])
    ]


def test_private_streets_are_not_the_companys() -> None:
    """The customers' streets and the company's sites share no street name."""
    org_streets = {site[0] for site in g.ORG_SITES}
    assert not org_streets & set(g.STREETS)
    addresses = c.values_by_type(SET)["ADDRESS"]
    assert not [a for a in addresses if a.split(" ")[0] in org_streets]


def test_the_company_address_sits_in_letters_and_is_unlabelled() -> None:
    """Most letters carry a letterhead with the company's address on two lines, not a span."""
    letters = [doc for doc in POSITIVES if doc["genre"] == "brev"]
    two_lines = [d for d in letters if any(a in d["text"] for a in g.ORG_ADDRESSES if "\n" in a)]
    assert len(two_lines) >= len(letters) // 2
    for doc in two_lines:
        for hit in re.finditer(ORG_ADDRESS, doc["text"]):
            assert not c.types_touching(doc, *hit.span())


def test_every_otp_follows_a_code_word() -> None:
    """A one-time code is labelled only where the text says it is a code."""
    assert not c.uncued(
        SET,
        "OTP",
        r"(?:koden|kode|engangskoden|sikkerhedskoden|"
        r"bekræftelseskoden|SMS'en|ja,|yes,) $",
    )
