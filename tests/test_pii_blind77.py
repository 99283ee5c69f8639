"""The seventy-eighth blind PII set (bench/pii_blind77.py, a mobile operator's SIM-swap and
number-porting fraud desk) is what its docstring says: seeded and reproducible, with the
committed JSONL equal to ``generate()``; spans are exact, disjoint slices of known types; CPR
numbers are synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn
with a test prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges
and forms; birth dates follow a cue; no loose run of ten digits; every unmasked e-mail address
is labelled; IMEIs, SIM ICCIDs, port orders, case, journal, customer and staff numbers,
tracking numbers, amounts, CVR numbers, timestamps, masked values, organisations' lines and
addresses, streets without a number, family words and pseudonyms never are; negatives are
pseudonymised and unlabelled; the chat's speakers are labelled and a scammer's alias is
labelled by its name only; the name on a shop's ID check is in capitals and its birth date fits
the CPR number said aloud; a sole trader's home address is labelled."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from bench import pii_blind77 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind77.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
IMEI = r"\b\d\d-\d{6}-\d{6}-\d\b|\b\d\d \d{6} \d{6} \d\b"
ICCID = r"\b8945(?: \d{4}){3} \d{3}\b"
ORG_ADDRESS = "|".join(
    re.escape(street) + r"(?:, |\n)" + re.escape(town) for street, town in g.ORG_ADDRESSES
)

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[A-D]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøå ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.]",
    **CHECKS,
}

NEVER = {
    "imei": IMEI,
    "sim iccid": ICCID,
    "port order, case, journal, customer or staff number": r"NP-\d{6}|[A-Z]{2,3}-26-\d{5}|"
    r"\d{4}-\d{5}-\d{5}-26|kundenr\. \d{7}|medarb\.nr\. \d{5}",
    "cvr number": r"CVR-nr\. \d{8}",
    "tracking number": r"\bRR\d{9}DK\b",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d \d\d:\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.2026(?![\d.])|\b\d{1,2}\. [a-z]+ 2026\b|(?<![^\n])\d\d\.\d\d(?=  )",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{6,}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114", "Døgnvagt: 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": ORG_ADDRESS,
    "pseudonym": r"\b(?:" + "|".join(map(re.escape, g.PSEUDONYMS)) + r")\b",
    "street without number": r"\b(?:på|ved) (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(r"præsenterede sig som (\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")

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
    untouched=("|".join((IMEI, ICCID, ORG_ADDRESS)), 1500),
    least_whole_plates=200,
)


def test_the_name_on_a_shop_id_check_is_in_capitals_and_its_birth_date_fits_the_cpr():
    checked = 0
    for doc in (d for d in SET if d["kind"] == "positive" and d["genre"] == "butik_id"):
        text = doc["text"]
        name = re.search(r"Navn på legitimationen: ([^,\n]+), f\. ([^\n]+)\n", text)
        assert name and name.group(1).isupper(), doc["id"]
        assert c.types_holding(doc, *name.span(1)) == {"PERSON"}, doc["id"]
        assert c.types_holding(doc, *name.span(2)) == {"DATE_OF_BIRTH"}, doc["id"]
        said = re.search(r"CPR oplyst mundtligt: ([\d -]+?) \(", text)
        assert said and c.types_holding(doc, *said.span(1)) == {"CPR"}, doc["id"]
        born = c.cpr_birth(said.group(1), c.cpr_centuries_up_to(5))
        written = re.sub(r"\D", " ", name.group(2)).split()
        day = int(written[0])
        month = (
            int(written[1]) if len(written) == 3 else g.MONTHS.index(name.group(2).split()[1]) + 1
        )
        assert born == date(int(written[-1]), month, day), doc["id"]
        checked += 1
    assert checked >= 80


def test_a_sole_traders_home_address_is_labelled_and_the_firm_is_not():
    seen = 0
    for doc in (d for d in SET if d["kind"] == "positive" and d["genre"] == "portering"):
        hit = re.search(r"Bopælsadresse \(enkeltmandsvirksomhed\): ([^\n]+)\n", doc["text"])
        if hit:
            seen += 1
            assert c.types_holding(doc, *hit.span(1)) == {"ADDRESS"}, doc["id"]
            firm = re.search("|".join(map(re.escape, g.SOLE_TRADES)), doc["text"])
            assert firm and not c.types_touching(doc, *firm.span()), doc["id"]
    assert seen >= 10
