"""The hundred-and-seventeenth blind PII set (bench/pii_blind116.py, a fitness-centre chain's
member fraud: fake refund SMS, taken-over member app accounts, fake personal trainers, stolen
key cards) is what its docstring says: seeded and reproducible, with the committed JSONL equal
to ``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic
(real date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix,
IBANs carry valid check digits and length, phones keep to the allowed ranges and forms; birth
dates follow a cue; no loose run of ten digits; every unmasked e-mail address is labelled;
member, case and journal numbers, key card numbers, amounts, CVR numbers, timestamps, masked
values, organisations' lines and addresses and pseudonyms never are; negatives are
pseudonymised and unlabelled; the chat's speakers are labelled, a scammer's alias by its name
only, and the police report names the complainant in capitals."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from bench import pii_blind116 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind116.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
TOWN = r"\d{4} [A-ZÆØÅ][\wæøå]+(?: [A-ZÆØÅ][\wæøå]*)?"
ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))
CAPITALS = r"Forurettede: ([A-ZÆØÅ][A-ZÆØÅ -]*[A-ZÆØÅ]), født"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[A-D]?(?:, (?:st\.|\d\. (?:th|tv|mf)\.))?"
    rf"(?:(?:, |\n){TOWN})?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.]",
    **CHECKS,
}

NEVER = {
    "member, case or journal number": r"medlemsnr\. \d{7}|Medlemsnummer: \d{7}|FK-2026-\d{5}|"
    r"\b\d{4}-\d{5}-\d{5}-26\b",
    "key card number": r"\bNK\d{6}\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d(?: \d\d:\d\d)?|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": ORG_ADDRESS,
    "pseudonym": r"\b(?:" + "|".join(map(re.escape, g.PSEUDONYMS)) + r")\b",
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
    untouched=(ORG_ADDRESS + "|" + NEVER["key card number"], 500),
    least_whole_plates=150,
    cpr_per_document=("politianmeldelse", 1),
    capitals_name=("politianmeldelse", CAPITALS),
    org_addresses=(NEVER["organisation address"], 0.4, 0.4),
)

POSITIVES = [doc for doc in SET if doc["kind"] == "positive"]


def _spans(doc: dict, kind: str) -> list[str]:
    return [doc["text"][s["start"] : s["end"]] for s in doc["spans"] if s["type"] == kind]


def test_org_addresses_take_several_forms_and_never_a_span() -> None:
    """Head office, centres and police stations: on one line and on three, with and without
    postcode, with CVR and a 70/80 line nearby; no ADDRESS span holds one of their streets."""
    forms: Counter[str] = Counter()
    for doc in SET:
        text = doc["text"]
        for hit in re.finditer(ORG_ADDRESS, text):
            after = text[hit.end() : hit.end() + 40]
            forms["two lines"] += after.startswith("\n") and bool(re.match(r"\n\d{4} ", after))
            forms["postcode"] += bool(re.match(r"(?:,| ·) \d{4} ", after))
            forms["no postcode"] += not re.match(r"(?:,| ·|\n) \d{4} |\n\d{4} ", after)
            forms["cvr"] += "CVR-nr." in after
        assert not any(re.search(ORG_ADDRESS, value) for value in _spans(doc, "ADDRESS")), doc["id"]
    assert all(forms[form] >= 40 for form in ("two lines", "postcode", "no postcode", "cvr"))


def test_every_police_report_names_its_complainant_in_capitals_with_a_birth_date() -> None:
    reports = [doc for doc in POSITIVES if doc["genre"] == "politianmeldelse"]
    assert len(reports) >= 30
    for doc in reports:
        hit = re.search(CAPITALS, doc["text"])
        assert hit and hit.group(1) in _spans(doc, "PERSON"), doc["id"]
        assert len(_spans(doc, "DATE_OF_BIRTH")) == 1, doc["id"]


def test_a_birth_date_is_the_date_of_the_cpr_number_in_the_same_document() -> None:
    """Hotline notes and police reports give both; they agree (the CPR's own century rule)."""
    checked = 0
    for doc in POSITIVES:
        births, cprs = _spans(doc, "DATE_OF_BIRTH"), _spans(doc, "CPR")
        if births and cprs:
            born = c.cpr_birth(cprs[0], c.cpr_centuries_up_to(5))
            assert born is not None
            digits = re.findall(r"\d+", births[0])
            day = int(digits[0])
            year = int(digits[-1])
            assert (day, year) == (born.day, born.year), doc["id"]
            checked += 1
    assert checked >= 150


def test_key_cards_and_member_numbers_stay_short_of_phone_and_cpr_lengths() -> None:
    """Key card (NK + 6 digits) and member numbers (7 digits) are hard negatives that no
    8-digit phone or 10-digit CPR pattern could take whole."""
    for doc in SET:
        for hit in re.finditer(r"\bNK(\d+)\b|medlemsnr\. (\d+)|Medlemsnummer: (\d+)", doc["text"]):
            digits = next(group for group in hit.groups() if group)
            assert len(digits) in (6, 7), (doc["id"], hit.group())
            assert not c.types_touching(doc, *hit.span()), (doc["id"], hit.group())


def test_negatives_keep_the_genres_layout_without_a_birth_date_cue() -> None:
    negatives = [doc for doc in SET if doc["kind"] == "negative"]
    assert Counter(doc["genre"] for doc in negatives).keys() == set(g.GENRES)
    for doc in negatives:
        assert not re.search(r"\b(?:født|f\.|Fødselsdato:) \d", doc["text"]), doc["id"]
