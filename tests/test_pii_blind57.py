"""The fifty-eighth blind PII set (bench/pii_blind57.py, a municipality's control unit
investigating social benefit fraud and identity misuse) is what its docstring says: seeded and
reproducible, with the committed JSONL equal to ``generate()``; spans are exact, disjoint slices
of known types; CPR numbers are synthetic (real date, fitting century digit, failing modulus 11),
cards pass Luhn with a test prefix, IBANs carry valid check digits and length, phones keep to the
allowed ranges and forms; birth dates follow a cue; no loose run of ten digits; every unmasked
e-mail address is labelled; case, journal and police journal numbers, transaction IDs, BIC
codes, amounts, CVR numbers, timestamps, masked values, organisations' lines and pseudonyms
never are; negatives are pseudonymised and unlabelled; no organisation's postal address occurs;
the interview record's speakers and the decision letter's address block are labelled."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind57 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_NAME_FORMS,
    USUAL_SHAPES,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind57.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*,\d\d kr\.|kr\. \d{1,3}(?:\.\d{3})*,\d\d"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@example\.(?:dk|com)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[ABC]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøåÆØÅ ]+)?",
    "PERSON": r"[A-ZÆØÅÖa-zæøåö][\wæøåÆØÅÖöü.,' -]*[\wæøåÆØÅÖöü]",
    **CHECKS,
}

NEVER = {
    "case or journal number": r"KE-2026-\d{5}|j\.nr\. 26/\d{5}",
    "police journal number": r"\d{4}-\d{5}-\d{5}-26",
    "transaction id": r"Ref\. \d[KQXZ]\dQ-\d{5}-B",
    "swift/bic": r"\b(?:" + "|".join(b[1] for b in g.BANKS) + r")\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"kl\. \d\d\.\d\d|\b\d\d:\d\d\b|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.(?:26|2026)(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{6,}\d{4}",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "tlf. 114")))
    + r")(?![\d.])",
    "organisation, bank or employer": "|".join(
        map(re.escape, (*(m[0] for m in g.MUNICIPALITIES), *(b[0] for b in g.BANKS), *g.COMPANIES))
    ),
    "pseudonym": r"\b(?:Borger [AB]|Sagsbehandler [12]|Pårørende A|Vidne 1|Person C)\b",
    "street without number": r"\bad (?:" + "|".join(g.STREETS) + r") mod\b",
    "family word": r"\bmin (?:mor|moster|bedstemor|faster|svigermor|fætter)\b",
}

VALIDITY = [
    ("CPR", "120365-2419", "120365-2417"),  # the second passes modulus 11
    ("CPR", "030104 4128", "030107 4128"),  # century 4 only up to 2005
    ("CARD", "5555 5555 5555 4444", "5555 5555 5555 4445"),
    ("CARD", "4012888888881881", "6011000990139424"),  # not a listed prefix
    ("IBAN", "DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 01"),
    ("PHONE", "(+45) 28 11 20 33", "+45 80 11 20 33"),
    ("PHONE", "+46 70 174 06 55", "+46 70 174 06 04"),
]

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(57, 40),
    plan=(1000, 350, 30, 100),
    exact_spans=True,
    checks=CHECKS,
    validity=VALIDITY,
    shapes=SHAPES,
    forms=Forms(),
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    addresses=(100, 50),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=("Borger A", "Borger B", "Sagsbehandler 1", "Pårørende A")),
    name_forms=USUAL_NAME_FORMS,
)

SPEAKER = re.compile(r"^([^:\n]+): ", re.M)
STREET_NUMBER = re.compile(
    r"\b(?:" + "|".join(g.STREETS) + r") \d+[ABC]?\b"
)  # any street with a number


def _turns(doc: dict) -> list[re.Match]:
    body = doc["text"].split("\n\n", 1)[1]
    offset = len(doc["text"]) - len(body)
    return [
        m
        for m in SPEAKER.finditer(doc["text"], offset)
        if not m.group(1).startswith(("Referatet", "Referent"))
    ]


def test_every_interview_speaker_is_a_person_span_or_a_pseudonym():
    faults, speakers = [], 0
    for doc in (d for d in SET if d["genre"] == "partshoering"):
        for hit in _turns(doc):
            speakers += 1
            exact = {s["type"] for s in doc["spans"] if (s["start"], s["end"]) == hit.span(1)}
            if doc["kind"] == "positive" and exact != {"PERSON"}:
                faults.append((doc["id"], hit.group(1)))
            if doc["kind"] == "negative" and hit.group(1) not in (*g.PSEUDONYMS, "[NAVN]"):
                faults.append((doc["id"], hit.group(1)))
    assert speakers >= 400 and not faults, faults[:5]


def test_the_decision_letter_carries_the_citizens_address_block():
    for doc in (d for d in SET if d["genre"] == "afgoerelse" and d["kind"] == "positive"):
        blocks = [
            s
            for s in doc["spans"]
            if s["type"] == "ADDRESS" and "\n" in doc["text"][s["start"] : s["end"]]
        ]
        assert len(blocks) == 1, doc["id"]


def test_every_street_with_a_number_is_inside_an_address_span():
    faults = []
    for doc in SET:
        for hit in STREET_NUMBER.finditer(doc["text"]):
            if "ADDRESS" not in c.types_holding(doc, *hit.span()):
                faults.append((doc["id"], hit.group()))
    assert not faults, faults[:5]


def test_no_organisation_postal_address_occurs():
    orgs = [m[0] for m in g.MUNICIPALITIES] + [b[0] for b in g.BANKS] + list(g.POLICE)
    near = re.compile(r"(?:" + "|".join(map(re.escape, orgs)) + r")[^\n]{0,40}\b\d{4} [A-ZÆØÅ]")
    assert not [d["id"] for d in SET if near.search(d["text"])]
