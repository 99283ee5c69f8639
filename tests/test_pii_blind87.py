"""The eighty-eighth blind PII set (bench/pii_blind87.py, a courier company's customer service and
security team) is what its docstring says: seeded and reproducible, with the committed JSONL equal
to ``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic
(real date, fitting century digit, failing modulus 11) in five written forms, cards pass Luhn with
a test prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges and
forms; birth dates follow a cue; no loose run of ten digits; every unmasked e-mail address is
labelled; tracking, order, customer, case and journal numbers, CVR numbers, amounts, timestamps,
masked values, scanners and parcel lockers, the company's lines and addresses and pseudonyms never
are; negatives are pseudonymised and unlabelled; chat speakers are labelled; the name on the ID in
the depot log is in capitals and labelled; a case form holds one CPR number."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind87 as g

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

FILE = Path(g.__file__).parent / "data" / "pii_blind87.jsonl"
SET = c.committed(FILE)
DOTTED_CPR = r"\d\d\.\d\d\.\d\d-\d{4}"
CHECKS = c.identifier_checks(g, f"{CPR_FORMS}|{DOTTED_CPR}", PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\."
DEVICE = r"håndterminal HT-\d{5}|pakkeboks PB-\d{4}"

SHAPES = {
    **USUAL_SHAPES,
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])(?:/(?:20)?|-20)(?:2[6-9]|3[01])",
    "EMAIL": r"[a-z0-9._]+@(?:mail\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?(?:, |\n)\d{4} "
    r"[\wæøåÆØÅ ]+",
    "PERSON": r"[A-ZÆØÅÇŞÖa-zæøåçşöéńśćŠ][\wæøåÆØÅçşöÇŞÖéńść.,' -]*[\wæøåÆØÅçşöéńść.]",
    **CHECKS,
}

NEVER = {
    "tracking number": r"\b(?:RR|CC|LX|PL)\d{9}DK\b",
    "case or journal number": r"SAG-\d{6}|PL-26-\d{5}|\d{4}-\d{5}-\d{5}-26",
    "customer or order number": r"kundenr\. \d{7}|ordre \d\d-\d{7}",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d \d\d:\d\d",
    "masked value": r"\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|DK71X{10}0932|[A-Z]{2} \*\* \*\*\*",
    "scanner or parcel locker": DEVICE,
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])"
    r"|(?:på|tlf) 114\b",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": "|".join(map(re.escape, g.ORG_ADDRESSES)),
    "scam link": r"https://[\w.-]+/p\?id=\d+x",
    "pseudonym": "|".join(map(re.escape, g.PSEUDONYMS)),
}

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
    addresses=(100, 100),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=g.PSEUDONYMS, stand_ins=g.STAND_INS),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
    chat=("chat", 500),
    untouched=(NEVER["organisation address"] + "|" + DEVICE, 500),
    least_whole_plates=200,
    cpr_per_document=("kontoovertagelse", 1),
    capitals_name=("depotlog", r"Navn på ID: ([^,\n]+),"),
)


def test_a_mitid_user_id_ends_in_the_birth_year_of_the_cpr_number_beside_it() -> None:
    forms = [d for d in SET if d["genre"] == "kontoovertagelse" and d["kind"] == "positive"]
    assert len(forms) >= 30
    for doc in forms:
        values = {s["type"]: doc["text"][s["start"] : s["end"]] for s in doc["spans"]}
        born = c.cpr_birth(values["CPR"], c.cpr_centuries_up_to(5))
        assert born is not None
        tail = re.search(r"\d+$", values["MITID_USER"])
        assert tail and tail.group() in (str(born.year), f"{born.year % 100:02d}"), doc["id"]


def test_a_negative_keeps_its_genre_s_organisation_values() -> None:
    negatives = [d for d in SET if d["kind"] == "negative"]
    tracking = re.compile(NEVER["tracking number"])
    assert sum(bool(tracking.search(d["text"])) for d in negatives) >= 200
    assert all(
        not re.search(r"@example\.\w+", re.sub(r"\w\*{3}@", "", d["text"])) for d in negatives
    )
