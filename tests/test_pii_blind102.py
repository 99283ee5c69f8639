"""The hundred-and-third blind PII set (bench/pii_blind102.py, a university's student
administration and a student-housing office after phishing of SU and housing-list accounts) is
what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic (real
date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry
valid check digits and length, phones keep to the allowed ranges and forms; birth dates follow a
cue; no loose run of ten digits; every unmasked e-mail address is labelled; student numbers,
course codes, case, room and journal numbers, amounts, CVR numbers, timestamps, masked values,
the organisations' lines and addresses and pseudonyms never are; negatives are pseudonymised and
unlabelled; the chat's speakers are labelled and a caller's alias is labelled by its name only;
codes and user IDs follow the words that give them, and each parking log holds two plates."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind102 as g

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

FILE = Path(g.__file__).parent / "data" / "pii_blind102.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå]+ \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøå ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ., -]*[\wæøåÆØÅ.]",
    **CHECKS,
}

NEVER = {
    "student number": r"\bs\d{6}\b",
    "course code": r"\b[A-Z]{4}\d{5}U\b",
    "case, room or journal number": r"SU26-\d{6}|BO-\d{5}|VL-\d{6}|INC\d{7}|INT-26-\d{4}|"
    r"Værelse 2-\d{3}|\d{4}-\d{5}-\d{5}-26",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d(?: \d\d:\d\d)?|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{6,}\d{4}|[A-Z]{2} \*\* \*\*\*|\*\*/\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "via 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": ORG_ADDRESS,
    "pseudonym": r"\b(?:" + "|".join(map(re.escape, g.PSEUDONYMS)) + r")\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(r"udgav sig for at være (\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(102, 40),
    plan=(1000, 350, 30, 100),
    exact_spans=True,
    checks=CHECKS,
    validity=USUAL_VALIDITY,
    shapes=SHAPES,
    forms=Forms(),
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    addresses=(100, 150),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=100,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=g.PSEUDONYMS, stand_ins=g.STAND_INS),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=700,
    chat=("chat", 700),
    alias=(ALIAS, 100),
    untouched=(ORG_ADDRESS, 1000),
    least_whole_plates=200,
    cpr_per_document=("su_log", 2),
    capitals_name=("boligkontor", r"Navn på lejekontrakten: ([^,\n]+),"),
)

POSITIVES = [doc for doc in SET if doc["kind"] == "positive"]


def test_codes_and_user_ids_follow_the_words_that_give_them():
    assert c.uncued(POSITIVES, "OTP", r"(?:koden|nu:) $") == []
    assert (
        c.uncued(POSITIVES, "MITID_USER", r"(?:bruger-ID|bruger-id|bruger-ID'et|user ID) $") == []
    )


def test_student_numbers_look_like_codes_but_stay_unlabelled():
    count, touched = c.lookalikes(POSITIVES, NEVER["student number"])
    assert count >= 350
    assert touched == []
    six_digit_codes = [v for v in c.values_by_type(POSITIVES)["OTP"] if len(v) == 6]
    assert len(six_digit_codes) >= 200


def test_each_parking_log_holds_an_old_and_a_new_plate():
    logs = [doc for doc in POSITIVES if doc["genre"] == "parkering"]
    assert len(logs) >= 50
    for doc in logs:
        plates = [doc["text"][s["start"] : s["end"]] for s in doc["spans"]]
        plates = [
            p for p, s in zip(plates, doc["spans"], strict=True) if s["type"] == "NUMBER_PLATE"
        ]
        assert len(set(plates)) == 2, doc["id"]
