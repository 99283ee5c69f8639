"""The seventy-ninth blind PII set (bench/pii_blind78.py, a card issuer's chargeback and
payment-dispute desk) is what its docstring says: seeded and reproducible, with the committed
JSONL equal to ``generate()``; spans are exact, disjoint slices of known types; CPR numbers are
synthetic (real date, fitting century digit, failing modulus 11) in five written forms, cards
pass Luhn with a test prefix, IBANs carry valid check digits and length, phones keep to the
allowed ranges and forms; birth dates follow a cue; no loose run of ten digits; every unmasked
e-mail address is labelled; case, order, customer numbers, ARNs, approval codes, terminal IDs,
tracking numbers, amounts, CVR numbers, timestamps, masked values, organisations' lines and
addresses and pseudonyms never are; negatives are pseudonymised and unlabelled; the chat's
speakers are labelled, a scammer's alias is labelled by its name only, and a cue word before a
refund account keeps the reg.nr. out of the span, a sole trader's home address is labelled,
and names spelled and codes read out in words are not."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind78 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    CPR_WRITTEN,
    PHONE_FORMS,
    USUAL_NAME_FORMS,
    USUAL_SHAPES,
    USUAL_VALIDITY,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind78.jsonl"
SET = c.committed(FILE)
# The usual forms and "DD.MM.YY-SSSS", as a dispute form's CPR field is often typed.
CPR_DOTS = CPR_FORMS + r"|\d\d\.\d\d\.\d\d-\d{4}"
CHECKS = c.identifier_checks(g, CPR_DOTS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*,\d\d kr\.|(?:kr\.|DKK|EUR) \d{1,3}(?:\.\d{3})*,\d\d"
ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))
TERMINAL = r"\bTID \d\d[A-F]\d{5}\b"

SHAPES = {
    **USUAL_SHAPES,
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])(?:/(?:20)?|-20)(?:2[6-9]|3[01])",
    "EMAIL": r"[a-z0-9._-]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøåÆØÅ ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøåÖöčćž][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.']",
    **CHECKS,
}

NEVER = {
    "case number": r"\b(?:CB-26-\d{5}|IND-\d{7}|DSP-\d{6})\b",
    "order or customer number": r"(?:Ordren|kundekonto|Kundenr\.:) \d{7,9}\b",
    "arn": r"\b7\d(?: \d{4}){5} \d\b",
    "approval code": r"(?:godk\.kode|auth code) \d{6}\b",
    "terminal id": TERMINAL,
    "tracking number": r"\bRR\d{9}DK\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d(?: \d\d:\d\d)?|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){1,3}\d{4}|"
    r"\d{6}\*{6}\d{4}|[A-Z]{2}\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "organisation, bank, scheme or merchant": "|".join(
        map(re.escape, g.BANKS + g.MERCHANTS + g.SHOPS + g.ACQUIRERS)
    ),
    "organisation address": ORG_ADDRESS,
    "pseudonym": "|".join(map(re.escape, g.PSEUDONYMS)),
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
    "reason code": r"10\.4 Other Fraud|4837 No Cardholder",
}

ALIAS = re.compile(r"udgav sig for at være (\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")

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
    chat=("chat", 1000),
    alias=(ALIAS, 50),
    untouched=(ORG_ADDRESS + "|" + TERMINAL, 500),
    least_whole_plates=150,
    cpr_per_document=("blanket", 1),
    capitals_name=("blanket", r"KORTHOLDERS NAVN: ([^\n]+)\n"),
)

POSITIVES = [doc for doc in SET if doc["kind"] == "positive"]


def test_a_cued_reg_nr_stays_outside_the_account_span() -> None:
    """Where "reg.nr." has its own word, only the account after "kontonr." is labelled."""
    hits = 0
    for doc in POSITIVES:
        for hit in re.finditer(r"reg\.nr\. (\d{4}) kontonr\. (\d+)", doc["text"]):
            hits += 1
            assert c.types_touching(doc, *hit.span(1)) == set(), doc["id"]
            assert {(hit.start(2), hit.end(2))} <= {
                (s["start"], s["end"]) for s in doc["spans"] if s["type"] == "BANK_ACCOUNT"
            }, doc["id"]
    assert hits >= 30


def test_lists_are_large_and_distinct() -> None:
    """The generator's own name lists hold at least 150 distinct names each."""
    for names in (g.WOMEN, g.MEN, g.SURNAMES):
        assert len(set(names)) >= 150
    assert not set(g.STREETS) & {a.split(" ")[0] for a in g.ORG_ADDRESSES}


def test_cpr_and_birth_date_agree_in_a_document() -> None:
    """A form's CPR number and its "Fødselsdato:" give the same person's year of birth."""
    pairs = 0
    for doc in POSITIVES:
        if doc["genre"] != "blanket" or "Fødselsdato:" not in doc["text"]:
            continue
        values = c.values_by_type([doc])
        born = c.cpr_birth(values["CPR"][0], c.cpr_centuries_up_to(5))
        assert born is not None and str(born.year) in values["DATE_OF_BIRTH"][0], doc["id"]
        pairs += 1
    assert pairs >= 20


def test_a_sole_traders_home_address_is_labelled() -> None:
    """A sole trader's letterhead ("Keramik v/ Name · street, town") gives a personal address."""
    crafts = "|".join(map(re.escape, g.CRAFTS))
    letterhead = re.compile(rf"^(?:{crafts}) v/ ([^·\n]+) · ([^·\n]+) · CVR-nr\. \d{{8}}$", re.M)
    hits = 0
    for doc in POSITIVES:
        for hit in letterhead.finditer(doc["text"]):
            hits += 1
            spans = {(s["start"], s["end"], s["type"]) for s in doc["spans"]}
            assert (*hit.span(1), "PERSON") in spans, doc["id"]
            assert (*hit.span(2), "ADDRESS") in spans, doc["id"]
    assert hits >= 10


def test_spelled_names_and_codes_read_out_in_words_are_not_labelled() -> None:
    """ "stavet H-O-L-M" and "fire-syv-to-..." are read out, not written values: no span."""
    spoken = (
        r"stavet [A-ZÆØÅÖÜ](?:-[A-ZÆØÅÖÜ])+|(?:nul|en|to|tre|fire|fem|seks|syv|otte|ni)(?:-\w+){5}"
    )
    found, touched = c.lookalikes(SET, spoken)
    assert found >= 30 and touched == []
