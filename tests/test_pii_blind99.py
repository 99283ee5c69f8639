"""The hundredth blind PII set (bench/pii_blind99.py, a fitness chain's member service and a
Betalingsservice provider handling membership identity theft and unauthorised mandates) is what
its docstring says: seeded and reproducible, with the committed JSONL equal to ``generate()``;
spans are exact, disjoint slices of known types; CPR numbers are synthetic (real date, fitting
century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry valid check
digits and length, phones keep to the allowed ranges and forms; birth dates follow a cue; no
loose run of ten digits; every unmasked e-mail address is labelled; PBS-nr., debtor groups,
customer, member, mandate, case and journal numbers, amounts, CVR numbers, timestamps, masked
values, organisations' lines and addresses and pseudonyms never are; negatives are
pseudonymised and unlabelled; the chat's speakers are labelled, a caller's alias is labelled by
its name only, and a reg.nr. given with its own word stays outside the account's span."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind99 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    LOOSE_NUMBERS,
    PHONE_FORMS,
    USUAL_NAME_FORMS,
    USUAL_SHAPES,
    USUAL_VALIDITY,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind99.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][^\W\d_]+ \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:, |\n)\d{4} [^\W\d_]+(?: [A-ZÆØÅ][^\W\d_]*)?",
    "PERSON": r"[^\W\d_][\w.,' -]*[\w.]",
    **CHECKS,
}

NEVER = {
    "case, customer, member or mandate number": r"\b(?:PF|BS|CH|PK|KI)-26-\d{5}\b|\bM\d{6}\b|"
    r"kundenr\. \d{7}|debitorgruppe \d{5}|Aftalenr\. \d{3}-\d{4}|0100-7\d{4}-\d{5}-26",
    "pbs number": r"PBS-nr\. \d{8}",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d(?: \d\d:\d\d)?|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?2[56](?: \d\d:\d\d)?(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{6,}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": "|".join(map(re.escape, g.ORG_ADDRESSES)),
    "pseudonym": r"\b(?:Medlem A|Medarbejder [12]|Debitor A|Vidne 1)\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"(?i)\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(r"præsenterede sig som (\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")
# PBS-nr. (the creditor's 8-digit number) is no phone: the negatives keep it.
NUMBERS = r"(?<!PBS-nr\. )" + LOOSE_NUMBERS.replace("|", r"|(?<!PBS-nr\. )", 1)

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(99, 40),
    plan=(1000, 350, 30, 100),
    exact_spans=True,
    checks=CHECKS,
    validity=USUAL_VALIDITY,
    shapes=SHAPES,
    forms=Forms(),
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    addresses=(100, 100),
    least_ten_digit_runs=400,
    mail=MAIL,
    least_masked_mail=150,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=g.PSEUDONYMS, stand_ins=g.STAND_INS, numbers=NUMBERS),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
    chat=("chat", 1100),
    alias=(ALIAS, 50),
    untouched=(NEVER["organisation address"], 900),
    least_whole_plates=200,
    cpr_per_document=("medlemssag", 1),
    capitals_name=("medlemssag", r"Navn på ID-kort: ([^,\n]+),"),
)

# "reg. 1234 konto 12345678": the account is labelled, the reg.nr. before it is not.
REG_WORD = re.compile(
    r"(?:reg\.nr\. (\d{4}), kontonr\.|reg\. (\d{4}) konto|registreringsnummer (\d{4}) og "
    r"kontonummer) (\d{7,10})"
)


def test_reg_number_with_its_own_word_is_outside_the_account():
    found = 0
    for doc in SET:
        if doc["kind"] != "positive":
            continue
        for hit in REG_WORD.finditer(doc["text"]):
            found += 1
            reg = next(i for i in (1, 2, 3) if hit.group(i))
            assert not c.types_touching(doc, *hit.span(reg)), (doc["id"], hit.group())
            assert c.types_holding(doc, *hit.span(4)) == {"BANK_ACCOUNT"}, (doc["id"], hit.group())
    assert found >= 60


def test_pbs_numbers_stay_in_the_mandate_genres():
    # the creditor's number is in every mandate letter, positive or not, and never labelled
    letters = [doc for doc in SET if doc["genre"] == "mandatindsigelse"]
    assert all(re.search(NEVER["pbs number"], doc["text"]) for doc in letters)
