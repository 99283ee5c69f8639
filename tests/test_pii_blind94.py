"""The ninety-fifth blind PII set (bench/pii_blind94.py, identity fraud at a parish office's and
a municipality's civil-registration desk: certificate requests by impostors, forged powers of
attorney, false moves of address) is what its docstring says: seeded and reproducible, with the
committed JSONL equal to ``generate()``; spans are exact, disjoint slices of known types; CPR
numbers are synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn
with a test prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges
and forms; birth dates follow a cue; no loose run of ten digits; every unmasked e-mail address
is labelled; case, journal, order and certificate numbers, CVR numbers, amounts, timestamps,
masked values, the offices' and the police's lines, names and addresses and pseudonyms never
are; negatives are pseudonymised and unlabelled; the chat's speakers are labelled; a name-change
form holds one CPR number and the new name in capitals; a change of address holds the old and
the new private address, each on two lines; a code or user ID given as a bare chat answer
follows a question."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

from bench import pii_blind94 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    SPEAKER,
    USUAL_NAME_FORMS,
    USUAL_SHAPES,
    USUAL_VALIDITY,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind94.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES + g.ORG_BLOCKS))

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[ABC]?(?:, (?:st|\d)\. (?:th|tv|mf)\.)?"
    r"(?:, |\n)\d{4} [\wæøå ]+",
    "PERSON": r"[^\W\d_][\w.,' -]*[\w.]",
    **CHECKS,
}

NEVER = {
    "case, journal, order or certificate number": r"KS-26-\d{5}|BS-\d{6}|J\.nr\. 26/\d{5}|"
    r"ATT-\d{6}",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d(?: \d\d:\d\d)?|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+\w|(?:\*{4} ){3}\d{4}|"
    r"[A-Z]{2}\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "office, authority, bank or product": "|".join(
        map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)
    ),
    "organisation address": ORG_ADDRESS,
    "pseudonym": r"\b(?:Borger [AB]|Person X|Medarbejder [12]|Betjent 1)\b",
}

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(94, 40),
    plan=(1000, 350, 30, 100),
    exact_spans=True,
    checks=CHECKS,
    validity=USUAL_VALIDITY,
    shapes=SHAPES,
    forms=Forms(),
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
    chat=("chat", 800),
    untouched=(ORG_ADDRESS + "|" + NEVER["organisation line"], 900),
    least_whole_plates=150,
    cpr_per_document=("navneaendring", 1),
    capitals_name=("navneaendring", r"Navn i versaler: ([^\n]+)\n"),
)

POSITIVES = [doc for doc in SET if doc["kind"] == "positive"]


def _labelled(doc: dict, kind: str) -> list[str]:
    return [doc["text"][s["start"] : s["end"]] for s in doc["spans"] if s["type"] == kind]


def test_a_move_holds_the_old_and_the_new_private_address_on_two_lines() -> None:
    moves = [doc for doc in POSITIVES if doc["genre"] == "flytning"]
    assert len(moves) >= 30
    for doc in moves:
        old, new = _labelled(doc, "ADDRESS")
        assert "\n" in old and "\n" in new and old != new, doc["id"]
        assert f"Fraflyttet adresse:\n{old}\nTilflyttet adresse:\n{new}\n" in doc["text"]


def test_a_name_change_holds_the_old_and_the_new_name_with_one_first_name() -> None:
    for doc in (d for d in POSITIVES if d["genre"] == "navneaendring"):
        new = re.search(r"Ønsket nyt navn: ([^\n]+)\n", doc["text"])
        assert new and new.group(1) in _labelled(doc, "PERSON"), doc["id"]
        capitals = re.search(r"Navn i versaler: ([^\n]+)\n", doc["text"])
        assert capitals and capitals.group(1) == new.group(1).upper()


def test_a_bare_code_or_user_id_in_a_chat_answers_a_question() -> None:
    bare = 0
    for doc in (d for d in POSITIVES if d["genre"] == "chat"):
        lines = doc["text"].split("\n")
        for before, line in pairwise(lines):
            answer = SPEAKER.sub("", line)
            if (
                answer
                and answer != line
                and (answer in _labelled(doc, "OTP") or answer in _labelled(doc, "MITID_USER"))
            ):
                bare += 1
                assert before.endswith("?"), (doc["id"], before)
    assert bare >= 60


def test_an_office_letterhead_and_the_police_address_are_never_labelled() -> None:
    letters = [doc for doc in SET if doc["genre"] == "brev"]
    for doc in letters:
        head = doc["text"].split("\n\n", 1)[0]
        assert any(block in head for block in g.ORG_BLOCKS), doc["id"]
        assert not c.types_touching(doc, 0, len(head)), doc["id"]
    police = [doc for doc in SET if doc["genre"] == "politi_mail"]
    for doc in police:
        hit = re.search("|".join(map(re.escape, (p[1] for p in g.POLICE))), doc["text"])
        assert hit and not c.types_touching(doc, *hit.span()), doc["id"]
