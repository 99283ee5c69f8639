"""The eighty-seventh blind PII set (bench/pii_blind86.py, a bank's call centre for elderly
customers hit by "safe account" and fake police scams) is what its docstring says: seeded and
reproducible, with the committed JSONL equal to ``generate()``; spans are exact, disjoint slices
of known types; CPR numbers are synthetic (real date, fitting century digit, failing modulus 11)
in five written forms, cards pass Luhn with a test prefix, IBANs carry valid check digits and
length, phones keep to the allowed ranges and forms; birth dates follow a cue; no loose run of
ten digits; every unmasked e-mail address is labelled; case, stop, journal and customer numbers,
amounts, CVR numbers, timestamps, masked values, organisations' lines and addresses and
pseudonyms never are; negatives are pseudonymised and unlabelled; the call transcripts' and
chats' speakers are labelled, a scammer's alias by its name only; names spelled letter by letter
are not labelled; each power-of-attorney e-mail holds the customer's and the relative's CPR."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind86 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    CPR_WRITTEN,
    PHONE_FORMS,
    SPEAKER,
    USUAL_NAME_FORMS,
    USUAL_SHAPES,
    USUAL_VALIDITY,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind86.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS + r"|\d\d\.\d\d\.\d\d-\d{4}", PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))

SHAPES = {
    **USUAL_SHAPES,
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])(?:/(?:20)?|-20)(?:2[6-9]|3[01])",
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:, |\n)\d{4} [\wæøå ]+",
    "PERSON": r"[A-ZÆØÅÖa-zæøåöü][\wæøåÆØÅÖöü.,' -]*[\wæøåÆØÅÖöü.']",
    **CHECKS,
}

NEVER = {
    "case, stop or journal number": r"SAG-\d{6}|STOP-\d{5}|J\.nr\. \d{4}-\d{5}-\d{5}-26",
    "customer number": r"kundenr\. \d{7}",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d(?: \d\d:\d\d)?",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|\*{4} \d{4}|"
    r"DK\d\dX{10}\d{4}",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "Ring 114")))
    + r")(?![\d.])",
    "organisation, bank or police": "|".join(map(re.escape, g.BANKS + g.POLICE)),
    "organisation address": ORG_ADDRESS,
    "pseudonym": r"\b(?:Kunde [AB]|Rådgiver [12]|Pårørende A)\b",
}

ALIAS = re.compile(r"præsenterede sig som (\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(86, 40),
    plan=(1000, 350, 30, 150),
    exact_spans=True,
    checks=CHECKS,
    validity=USUAL_VALIDITY,
    shapes=SHAPES,
    forms=Forms(cpr=(*CPR_WRITTEN, "00.00.00-0000")),
    birth_cue=r"(?:født|f\.|Fødselsdato:|DOB:) $",
    addresses=(100, 50),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=g.PSEUDONYMS),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
    chat=("opkald", 1000),
    alias=(ALIAS, 50),
    untouched=(ORG_ADDRESS, 500),
    least_whole_plates=150,
    cpr_per_document=("fuldmagt", 2),
    capitals_name=("politi", r"FORURETTEDE: ([^,\n]+),"),
)


def test_spelled_names_are_not_labelled() -> None:
    spelled = [(doc, m) for doc in SET for m in re.finditer(r"staves ((?:\w-)+\w)", doc["text"])]
    assert len(spelled) >= 30
    assert not [m.group(1) for doc, m in spelled if c.types_touching(doc, *m.span(1))]


def test_web_chat_speakers_are_labelled() -> None:
    chats = [doc for doc in SET if doc["genre"] == "chat"]
    speakers = [(doc, m) for doc in chats for m in SPEAKER.finditer(doc["text"])]
    assert len(speakers) >= 300
    for doc, m in speakers:
        held = c.types_holding(doc, *m.span(1))
        assert held == ({"PERSON"} if doc["kind"] == "positive" else set()), m.group()
        assert doc["kind"] == "positive" or m.group(1) in g.PSEUDONYMS


def test_power_of_attorney_mails_name_both_parties() -> None:
    mails = [d for d in SET if d["genre"] == "fuldmagt" and d["kind"] == "positive"]
    for doc in mails:
        kinds = [s["type"] for s in doc["spans"]]
        assert kinds.count("CPR") == 2 and kinds.count("EMAIL") == 2 and "ADDRESS" in kinds
