"""The hundred-and-fifteenth blind PII set (bench/pii_blind114.py, a marina's, a boat club's and
used-boat sellers' fraud cases) is what its docstring says: seeded and reproducible, with the
committed JSONL equal to ``generate()``; spans are exact, disjoint slices of known types; CPR
numbers are synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn
with a test prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges
and forms; birth dates follow a cue; no loose run of ten digits; every unmasked e-mail address
is labelled; case, invoice, member, berth, ad and journal numbers, hull IDs, engine serials,
boat sizes, amounts, CVR numbers, timestamps, masked values, organisations' lines and addresses
and pseudonyms never are; negatives are pseudonymised and unlabelled; the chat's speakers are
labelled and a scammer's alias is labelled by its name only."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind114 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind114.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
TOWN = r"\d{4} [A-ZÆØÅ][\wæøå]+(?: [A-ZÆØÅ][\wæøå]*)?"
POSITIVES = [doc for doc in SET if doc["kind"] == "positive"]

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[A-D]?(?:, (?:st\.|\d\. (?:th|tv|mf)\.))?"
    rf"(?:(?:, |\n){TOWN})?",
    "PERSON": r"[A-ZÆØÅa-zæøåÖöćĆ][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.]",
    **CHECKS,
}

NEVER = {
    "case, invoice, member, berth, ad or journal number": r"\bSAG-2026-\d{4}\b|\bFAK-\d{6}\b|"
    r"\bmedlemsnr\. \d{4}\b|\bplads [A-H]-\d{1,2}\b|\bannonce \d{6}\b|\b\d{4}-\d{5}-\d{5}-26\b",
    "hull id or engine serial": r"\bDK-[A-Z]{3}\d{4}[A-L]\d{3}\b|\bSN \d[A-Z]{2}-\d{7}\b",
    "boat size": r"\b\d\d fod, \d{1,3} hk\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d \d\d:\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": "|".join(map(re.escape, g.ORG_ADDRESSES)),
    "pseudonym": r"\b(?:" + "|".join(g.PSEUDONYMS) + r")\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(r"gav sig ud for at være (\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")

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
    untouched=(NEVER["organisation address"] + "|" + NEVER["hull id or engine serial"], 500),
    least_whole_plates=150,
    cpr_per_document=("formular", 1),
    capitals_name=("politirapport", r"Pasnavn: ([^\n]+)"),
    org_addresses=(NEVER["organisation address"], 0.4, 0.4),
)


def test_private_and_organisation_streets_are_apart() -> None:
    """No organisation's street is one a private person lives on, so their addresses differ."""
    org_streets = {re.sub(r" \d+.*", "", where) for where in g.ORG_ADDRESSES}
    assert not org_streets & set(g.STREETS)
    assert all(where.split(", ")[1][:4].isdigit() for where in g.ORG_ADDRESSES)


def test_organisation_addresses_are_never_inside_a_span() -> None:
    pattern = re.compile(NEVER["organisation address"])
    hits = [(doc, m) for doc in SET for m in pattern.finditer(doc["text"])]
    assert len(hits) >= 400
    assert not [m.group() for doc, m in hits if c.types_touching(doc, m.start() - 2, m.end() + 2)]


def test_application_forms_label_the_birth_date_of_the_cpr_number() -> None:
    """A berth application's CPR number and its "Fødselsdato:" give the same day."""
    checked = 0
    for doc in POSITIVES:
        if doc["genre"] != "formular":
            continue
        values = {s["type"]: doc["text"][s["start"] : s["end"]] for s in doc["spans"]}
        born = c.cpr_birth(values["CPR"], c.cpr_centuries_up_to(5))
        digits = [int(n) for n in re.findall(r"\d+", values["DATE_OF_BIRTH"])] if born else []
        assert born is not None and born.year == digits[-1], values
        checked += 1
    assert checked >= 30


def test_chat_speakers_are_the_buyer_and_the_seller() -> None:
    """Each chat has exactly two speakers, each labelled as the same name throughout."""
    for doc in SET:
        if doc["genre"] == "chat":
            speakers = {
                m.group(1) for m in re.finditer(r"^\[\d\d:\d\d\] ([^:\n]+): ", doc["text"], re.M)
            }
            assert len(speakers) == 2, doc["id"]
