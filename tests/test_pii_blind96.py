"""The ninety-seventh blind PII set (bench/pii_blind96.py, an animal-welfare organisation's and a
vet clinic's puppy and pet-sale scam cases) is what its docstring says: seeded and reproducible,
with the committed JSONL equal to ``generate()``; spans are exact, disjoint slices of known
types; CPR numbers are synthetic (real date, fitting century digit, failing modulus 11), cards
pass Luhn with a test prefix, IBANs carry valid check digits and length, phones keep to the
allowed ranges and forms; birth dates follow a cue; no loose run of ten digits; every unmasked
e-mail address is labelled; microchip and pet passport numbers, vaccine batches, case and police
journal numbers, amounts, timestamps, masked values, organisations' lines and addresses,
kennels, breeds, pets' names and pseudonyms never are; negatives are pseudonymised and
unlabelled; the chat's speakers are labelled and a fake seller's alias is labelled by its name
only; a genitive is one span with its s; an organisation's address is never next to a span."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind96 as g

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

FILE = Path(g.__file__).parent / "data" / "pii_blind96.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
CHIP = r"\b208(?: \d{3}){4}\b|\b208(?: \d{4}){3}\b"
ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå]+ \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:, |\n)\d{4} [\wæøå]+(?: [A-Z]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.]",
    **CHECKS,
}

NEVER = {
    "case, journal or police number": r"DV-26-\d{5}|Journal 26-\d{5}|\d{4}-\d{5}-\d{5}-26",
    "microchip number": CHIP,
    "pet passport or vaccine batch": r"DK0980-\d{6}|batch [ABK]\d{3}B\d\d",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d(?: \d\d:\d\d)?|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{6,}\d{4}|[A-Z]{2} \*\* \*\*\*|xx/xx",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, g.ORG_LINES))
    + r")(?![\d.])|på 114\b|\(114\)",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "breed or pet": r"\b(?:" + "|".join(g.BREEDS + g.PETS) + r")\b",
    "organisation address": ORG_ADDRESS,
    "pseudonym": "|".join(map(re.escape, g.PSEUDONYMS)),
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"(?i)\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(r"præsenterede sig som (\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(96, 40),
    plan=(1000, 350, 30, 100),
    exact_spans=True,
    checks=CHECKS,
    validity=USUAL_VALIDITY,
    shapes=SHAPES,
    forms=Forms(),
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    addresses=(100, 50),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=g.PSEUDONYMS, stand_ins=g.STAND_INS),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
    chat=("chat", 1000),
    alias=(ALIAS, 50),
    untouched=(ORG_ADDRESS + "|" + CHIP, 800),
    least_whole_plates=200,
    cpr_per_document=("politianmeldelse", 1),
    capitals_name=("politianmeldelse", r"ANMELDER: ([^\n]+)\n"),
)


def test_a_genitive_is_one_span_with_its_s() -> None:
    genitives = [v for v in SPEC.by_type["PERSON"] if v[-1] == "s" and v[:-1] in g.WOMEN + g.MEN]
    assert len(genitives) >= 50
    for doc in (d for d in SET if d["kind"] == "positive" and d["genre"] == "opkald"):
        hit = re.search(r"\n\n(\S+s) ", doc["text"])
        assert hit and c.types_holding(doc, *hit.span(1)) == {"PERSON"}, doc["id"]


def test_organisation_addresses_come_in_many_phrasings() -> None:
    text = "\n".join(d["text"] for d in SET)
    lead_ins = ("Kom ind på ", "afhentes i ", "Vores afdeling på ", "Åbningstider ",
                "Besøgsadresse: ", "indleveret på ", "filialen på ", "fremmøde på ",
                " · ")  # fmt: skip
    for lead_in in lead_ins:
        assert len(re.findall(re.escape(lead_in) + r"[^\n]*(?:" + ORG_ADDRESS + ")", text)) >= 10
    assert len(re.findall(r"(?:" + ORG_ADDRESS + ")", text)) >= 800
    assert any("\n" in a and a in text for a in g.ORG_ADDRESSES)


def test_birth_date_matches_the_cpr_number_in_a_police_report() -> None:
    for doc in (d for d in SET if d["kind"] == "positive" and d["genre"] == "politianmeldelse"):
        values = {s["type"]: doc["text"][s["start"] : s["end"]] for s in doc["spans"]}
        born = c.cpr_birth(values["CPR"], c.cpr_centuries_up_to(5))
        digits = re.findall(r"\d+", values["DATE_OF_BIRTH"])
        assert born is not None and str(born.year) == digits[-1], doc["id"]
