"""The ninetieth blind PII set (bench/pii_blind89.py, a real-estate agent's and a conveyancing
lawyer's fraud desk: fake account changes, deposits sent to fraudsters, forged purchase
agreements) is what its docstring says: seeded and reproducible, with the committed JSONL equal
to ``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic
(real date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix,
IBANs carry valid check digits and length, phones keep to the allowed ranges and forms; birth
dates follow a cue; no loose run of ten digits; every unmasked e-mail address is labelled; case,
journal, recall and matrikel numbers, CVR numbers, amounts, timestamps, masked values,
organisations' lines, names and addresses (shops, law firm, bank branches, police), pseudonyms,
family words and streets without a number never are; negatives are pseudonymised and
unlabelled; the chat's speakers are labelled, and so are values given as bare answers."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind89 as g

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

FILE = Path(g.__file__).parent / "data" / "pii_blind89.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[ABC]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:, |\n)\d{4} [\wæøå ]+",
    "PERSON": r"\w[\w.,' -]*[\w.]",
    **CHECKS,
}

NEVER = {
    "case, journal, recall or matrikel number": r"EJD-26-\d{5}|SAG-\d{4}/26|DEP-\d{6}|"
    r"RCL-\d{6}|\d{4}-\d{5}-\d{5}-26|matr\.nr\. \d+[a-g]",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.2026(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{4}\d{4}|[A-Z]{2}\d\dX{6,}\d{4}|[A-Z]{2} \*\* \*\*\*|\*\*\.\*\*\.\d{4}",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": "|".join(map(re.escape, g.ORG_ADDRESSES)),
    "pseudonym": r"\b(?:" + "|".join(map(re.escape, g.PSEUDONYMS)) + r")\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(89, 40),
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
    chat=("chat", 1000),
    untouched=(NEVER["organisation address"] + "|" + NEVER["organisation line"], 500),
    least_whole_plates=500,
    cpr_per_document=("koebsaftale", 2),
    capitals_name=("koebsaftale", r"KØBER: ([^,\n]+),"),
)

POSITIVES = [doc for doc in SET if doc["kind"] == "positive"]


def _span_at(doc: dict, start: int, end: int) -> str | None:
    """The type of the span exactly at text[start:end], if any."""
    return next((s["type"] for s in doc["spans"] if (s["start"], s["end"]) == (start, end)), None)


def test_bare_answers_in_the_chat_are_labelled_by_the_question_before() -> None:
    """A code or user ID typed alone after the office's question is OTP or MITID_USER."""
    answer = re.compile(
        r"Hvilken kode stod der\?\n\[\d\d:\d\d\] [^:\n]+: (\d+)\n"
        r"|bruger-id\?\n\[\d\d:\d\d\] [^:\n]+: ja, (\w+)\n"
    )
    found = 0
    for doc in POSITIVES:
        for hit in answer.finditer(doc["text"]):
            group = 1 if hit.group(1) else 2
            assert _span_at(doc, *hit.span(group)) == ("OTP" if group == 1 else "MITID_USER")
            found += 1
    assert found >= 100


def test_the_sold_home_is_the_sellers_private_address() -> None:
    """In the purchase agreement the property repeats the seller's address, both labelled."""
    block = re.compile(r"SÆLGER: [^\n]+\n([^\n]+\n[^\n]+)\n\nEjendommen: ([^\n]+), matr\.")
    agreements = [d for d in POSITIVES if d["genre"] == "koebsaftale"]
    for doc in agreements:
        hit = block.search(doc["text"])
        assert hit and hit.group(2) == hit.group(1).replace("\n", ", ")
        assert _span_at(doc, *hit.span(1)) == _span_at(doc, *hit.span(2)) == "ADDRESS"
    assert len(agreements) >= 30


def test_staff_signatures_keep_the_office_address_outside_the_spans() -> None:
    """The shop or law firm under a signature is never part of the name or address above it."""
    for doc in SET:
        for address in g.ORG_ADDRESSES:
            for hit in re.finditer(re.escape(address), doc["text"]):
                assert not c.types_touching(doc, hit.start() - 1, hit.end() + 1)
