"""The seventy-seventh blind PII set (bench/pii_blind76.py, a crypto exchange's and an online
investment platform's compliance desk) is what its docstring says: seeded and reproducible, with
the committed JSONL equal to ``generate()``; spans are exact, disjoint slices of known types; CPR
numbers are synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn with
a test prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges and
forms; birth dates follow a cue; no loose run of ten digits; every unmasked e-mail address is
labelled; wallet addresses, transaction hashes, case numbers, tracking numbers, amounts in kroner
and in coins, CVR numbers, timestamps, masked values, organisations' lines, names and addresses,
return codes and pseudonyms never are; negatives are pseudonymised and unlabelled; the chat's
speakers are labelled and a scammer's alias is labelled by its name only."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind76 as g

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

FILE = Path(g.__file__).parent / "data" / "pii_blind76.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
WALLET = r"\b(?:bc1q[a-z0-9]{38}|0x[0-9a-f]{40}|T[1-9A-HJ-NP-Za-km-z]{33})\b"
TX_HASH = r"\b(?:0x)?[0-9a-f]{64}\b"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå]+ \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:, |\n)\d{4} [\wæøåÆØÅ ]+",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅéÉ.,' -]*[\wæøåÆØÅ.]",
    **CHECKS,
}

NEVER = {
    "case number": r"\b(?:KYC|KLG|SAG|CHAT|RT|SAR|ALERT)-26-\d{5}\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "coin amount": r"\d[\d.,]* (?:BTC|ETH|USDT|EUR)\b",
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d(?: \d\d:\d\d)?|\d\d\.\d\d\.2026",
    "wallet address": WALLET,
    "transaction hash": TX_HASH,
    "tracking number": r"\bRR\d{9}DK\b",
    "return code": r"\b(?:AC04|AM05|MS03|RR04|AG01)\b",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{6,}\d{4}|\*\*/\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": "|".join(map(re.escape, g.ORG_ADDRESSES.values())),
    "pseudonym": r"\b(?:Kunde [AB]|Medarbejder [12]|Rådgiver 1|Person X)\b",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(
    r"(?:præsenterede sig som|kaldte sig|sagde han var) ([A-ZÆØÅ][a-zæøå]+) fra (?:"
    + "|".join(map(re.escape, g.ALIAS_UNITS))
    + ")"
)

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
    forms=Forms(least_plate_spaced=0, least_plate_compact=0),
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
    chat=("chat", 1000),
    alias=(ALIAS, 50),
    untouched=("|".join((WALLET, TX_HASH, *map(re.escape, g.ORG_ADDRESSES.values()))), 1000),
    cpr_per_document=("kyc_fil", 1),
    capitals_name=("kyc_fil", r"Navn på ID-dokumentet: ([^\n]+)\n"),
)
