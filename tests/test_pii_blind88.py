"""The eighty-ninth blind PII set (bench/pii_blind88.py, a pension and life-insurance company's
fraud unit) is what its docstring says: seeded and reproducible, with the committed JSONL equal
to ``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic
(real date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix,
IBANs carry valid check digits and length, phones keep to the allowed ranges and forms; birth
dates follow a cue; no loose run of ten digits; every unmasked e-mail address is labelled; case,
policy, payout-form, member and police journal numbers, amounts, CVR numbers, timestamps, masked
values, the company's lines and the organisations' addresses (offices, police, probate courts,
law firms) and pseudonyms never are; negatives are pseudonymised and unlabelled; the chat's
speakers are labelled, a scammer's alias is labelled by its name only, and a user ID or code
given as a bare answer in a chat is labelled."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind88 as g

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

FILE = Path(g.__file__).parent / "data" / "pii_blind88.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.-]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
ORG_ADDRESS = "|".join(map(re.escape, g.ALL_ORG_ADDRESSES))

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z-]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[^\W\d_][\w' -]* \d+[AB]?(?:, (?:st\.|\d\.)(?: (?:th|tv|mf)\.)?)?"
    r"(?:(?:, |\n)\d{4} [^\W\d_][\w ]*)?",
    "PERSON": r"[^\W\d_][\w.,' -]*[\w.]",
    **CHECKS,
}

NEVER = {
    "case, policy, form, member or journal number": r"SAG-PS-26-\d{5}|POL-\d{3}-\d{4}|"
    r"UDB-\d{6}|medlemsnr\. \d{7}|\d{4}-\d{5}-\d{5}-26",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.-]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|DK\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": ORG_ADDRESS,
    "pseudonym": r"\b(?:" + "|".join(map(re.escape, g.PSEUDONYMS)) + r")\b",
    "street without number": r"\btæt ved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(r"præsenterede sig som (\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(88, 40),
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
    alias=(ALIAS, 50),
    untouched=(ORG_ADDRESS, 500),
    least_whole_plates=100,
    cpr_per_document=("udbetalingsaendring", 1),
    capitals_name=("udbetalingsaendring", r"Navn \(blokbogstaver\): ([^\n]+)\n"),
)

# An adviser's question and the member's answer on the next chat line (group 2).
QUESTION_LINES = re.compile(
    r"(MitID bruger-id\?|MitID user ID\?|koden i sms'en\?|code from the app\?)\n"
    r"\[\d\d:\d\d\] [^:\n]+: ([^\n]+)$",
    re.M,
)


def _positives(genre: str) -> list[dict]:
    return [d for d in SET if d["genre"] == genre and d["kind"] == "positive"]


def _spans_of(doc: dict, kind: str) -> set[tuple[int, int]]:
    return {(s["start"], s["end"]) for s in doc["spans"] if s["type"] == kind}


def test_a_chat_answer_without_a_label_is_labelled() -> None:
    """The user ID or code typed as the answer to the adviser's question is one span."""
    ids = codes = 0
    for doc in _positives("chat"):
        for hit in QUESTION_LINES.finditer(doc["text"]):
            answer, end = hit.group(2), hit.end(2)
            if "MitID" in hit.group(1):
                start = end - len(answer.split()[-1])
                assert (start, end) in _spans_of(doc, "MITID_USER"), (doc["id"], answer)
                ids += 1
            else:
                assert hit.span(2) in _spans_of(doc, "OTP"), (doc["id"], answer)
                codes += 1
    assert ids >= 30 and codes >= 30


def test_the_company_line_and_the_police_are_never_a_phone_or_an_address() -> None:
    """The organisations' lines and 114 are never labelled, next to the member's own number."""
    lines = "|".join(map(re.escape, g.ORG_LINES))
    seen, touched = c.lookalikes(SET, rf"(?<![\d.])(?:{lines})(?![\d.])|på 114\b")
    assert seen >= 300 and not touched


def test_every_payout_form_names_its_member_once_in_capitals_and_signs_in_full() -> None:
    """The form's capitals and its signature are the same person, both labelled."""
    for doc in _positives("udbetalingsaendring"):
        caps = re.search(r"Navn \(blokbogstaver\): ([^\n]+)\n", doc["text"])
        sign = re.search(r"Underskrift: ([^\n]+)\n", doc["text"])
        assert caps and sign and caps.group(1) == sign.group(1).upper(), doc["id"]
        assert {caps.span(1), sign.span(1)} <= _spans_of(doc, "PERSON"), doc["id"]
