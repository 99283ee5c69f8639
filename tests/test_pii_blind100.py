"""The hundred-and-first blind PII set (bench/pii_blind100.py, a car-sharing and e-scooter rental
company's fraud and damage desk) is what its docstring says: seeded and reproducible, with the
committed JSONL equal to ``generate()``; spans are exact, disjoint slices of known types; CPR
numbers are synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn with
a test prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges and
forms; birth dates follow a cue; no loose run of ten digits; every unmasked e-mail address is
labelled; booking, trip, vehicle, case, fine and journal numbers, GPS positions, mileage and
battery levels, amounts, CVR numbers, timestamps, masked values, organisations' lines and
addresses and pseudonyms never are; negatives are pseudonymised and unlabelled; the chat's
speakers are labelled; a genitive's apostrophe stays outside the name; refunds go to a labelled
account or IBAN in the promised forms; every site of the company is named often."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from bench import pii_blind100 as g

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

FILE = Path(g.__file__).parent / "data" / "pii_blind100.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.?|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[ABC]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøåØ ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøåć][\wæøåÆØÅć.,' -]*[\wæøåÆØÅć.]",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{10}",
    **CHECKS,
}

NEVER = {
    "booking, trip, vehicle, case, fine or journal number": r"RES-\d{6}|TUR-[A-Z0-9]{4}-\d{4}|"
    r"BIL-\d{4}|LH-\d{5}|SAG-\d{5}|SKADE-2026-\d{4}|KA-\d{7}|\d{4}-\d{5}-\d{5}-26|"
    r"ref\. \d{3}-\d{5}",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d(?: \d\d[:.]\d\d)?|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "mileage or battery": r"\d{1,3}\.\d{3} km\b|\b\d{1,2} %",
    "gps position": r"\b5[4-7]\.\d{4}, \d{1,2}\.\d{4}\b",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|DK\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*|ender på \d{4}",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "evt. 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": ORG_ADDRESS,
    "pseudonym": r"\b(?:Bruger [AB]|Kunde [AB]|Medarbejder [12]|Vidne [12])\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(100, 40),
    plan=(1000, 350, 30, 100),
    exact_spans=True,
    checks=CHECKS,
    validity=USUAL_VALIDITY,
    shapes=SHAPES,
    forms=Forms(),
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    addresses=(150, 300),
    least_ten_digit_runs=300,
    mail=MAIL,
    least_masked_mail=300,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=g.PSEUDONYMS, stand_ins=g.STAND_INS),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=600,
    chat=("supportchat", 600),
    untouched=(ORG_ADDRESS, 1500),
    least_whole_plates=700,
    cpr_per_document=("id_kontrol", 1),
    capitals_name=("id_kontrol", r"Navn på kørekortet: ([^,\n]+),"),
)

POSITIVES = [doc for doc in SET if doc["kind"] == "positive"]


def _labelled_before(doc: dict, kind: str, width: int) -> list[tuple[str, str]]:
    """(the text just before, the value) of each span of a kind."""
    text = doc["text"]
    return [
        (text[max(0, s["start"] - width) : s["start"]], text[s["start"] : s["end"]])
        for s in doc["spans"]
        if s["type"] == kind
    ]


def test_genitive_apostrophe_stays_outside_the_name() -> None:
    after = [
        (doc["text"][s["start"] : s["end"]], doc["text"][s["end"] : s["end"] + 1])
        for doc in POSITIVES
        for s in doc["spans"]
        if s["type"] == "PERSON"
    ]
    apostrophes = [name for name, nxt in after if nxt == "'"]
    assert apostrophes and all(name.endswith(("s", "x", "z")) for name in apostrophes)
    genitives = [name for name, _ in after if name.endswith("s") and name[:-1] in g.WOMEN + g.MEN]
    assert len(genitives) >= 100


def test_refunds_go_to_a_labelled_account_or_iban_in_the_promised_forms() -> None:
    accounts = [pair for doc in POSITIVES for pair in _labelled_before(doc, "BANK_ACCOUNT", 9)]
    alone = [value for before, value in accounts if before.endswith("kontonr. ")]
    together = [value for before, value in accounts if not before.endswith("kontonr. ")]
    assert len(alone) >= 30 and all(re.fullmatch(r"\d{10}", v) for v in alone)
    assert len(together) >= 30 and all(re.fullmatch(r"\d{4}[ -]\d{10}", v) for v in together)
    ibans = [pair for doc in POSITIVES for pair in _labelled_before(doc, "IBAN", 5)]
    assert all(before == "IBAN " for before, _ in ibans)
    negative_text = "".join(doc["text"] for doc in SET if doc["kind"] == "negative")
    assert "[IBAN]" in negative_text and "[kontonr.]" in negative_text


def test_every_site_is_named_often_in_both_kinds() -> None:
    for kind in ("positive", "negative"):
        seen = Counter(
            street
            for doc in SET
            if doc["kind"] == kind
            for _, street, _ in g.ORG_SITES
            if street in doc["text"]
        )
        assert set(seen) == {street for _, street, _ in g.ORG_SITES}
        assert min(seen.values()) >= 20
