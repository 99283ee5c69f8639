"""The eighty-second blind PII set (bench/pii_blind81.py, an a-kasse's and a trade union's member
service after fake "dagpenge" and "feriepenge" messages) is what its docstring says: seeded and
reproducible, with the committed JSONL equal to ``generate()``; spans are exact, disjoint
slices of known types; CPR numbers are synthetic (real date, fitting century digit, failing
modulus 11) in five written forms, dotted ones included; cards pass Luhn with a test prefix,
IBANs carry valid check digits and length, phones keep to the allowed ranges and forms (dashed
ones included); birth dates follow a cue; no loose run of ten digits; every unmasked e-mail
address is labelled; case, member and journal numbers, amounts, CVR numbers, timestamps,
masked values, the organisations' lines, names and addresses and pseudonyms never are;
negatives are pseudonymised and unlabelled; the chat's speakers are labelled, a scammer's
alias by its name only, a police report holds one victim's CPR number, the misuse form's name
is in capitals, and names spelled letter by letter or codes read out in words stay unlabelled."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind81 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    CPR_WRITTEN,
    PHONE_FORMS,
    PHONE_WRITTEN,
    USUAL_NAME_FORMS,
    USUAL_SHAPES,
    USUAL_VALIDITY,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind81.jsonl"
SET = c.committed(FILE)
# this set also writes CPR numbers with dots ("01.01.90-1234") and phones with dashes
MY_CPR_FORMS = CPR_FORMS + r"|\d\d\.\d\d\.\d\d-\d{4}"
MY_PHONE_FORMS = PHONE_FORMS + r"|(\d\d-\d\d-\d\d-\d\d)"
CHECKS = c.identifier_checks(g, MY_CPR_FORMS, MY_PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"

SHAPES = {
    **USUAL_SHAPES,
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])[/-](?:20)?(?:2[6-9]|3[01])",
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"(?i)[A-ZÆØÅ][\wæøå]+ \d+[ABC]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:, |\n)\d{4} [\wæøå ]+",
    "PERSON": r"[^\W\d_][\w.,' -]*[\w.]",
    **CHECKS,
}

NEVER = {
    "case, member or journal number": r"SAG-2026-\d{5}|medlemsnr\. \d{6,7}|\d{4}-\d{5}-\d{5}-26",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6,12}\d{4}|DK\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": "|".join(map(re.escape, g.ORG_ADDRESSES)),
    "pseudonym": r"\b(?:" + "|".join(g.PSEUDONYMS) + r")\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
    "scam link": r"https://[\w.-]+/\w+",
}

ALIAS = re.compile(r"udgav sig for at være (\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")

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
    forms=Forms(
        cpr=(*CPR_WRITTEN, "00.00.00-0000"),
        phone=(*PHONE_WRITTEN, "00-00-00-00"),
    ),
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
    untouched=("|".join(map(re.escape, g.ORG_ADDRESSES)), 500),
    least_whole_plates=150,
    cpr_per_document=("politianmeldelse", 1),
    capitals_name=("blanket", r"Navn \(blokbogstaver\): ([^\n]+)"),
)

SPELLED = re.compile(
    r"stavede navnet: ([A-ZÆØÅ](?:-[A-ZÆØÅ])+)\. Koden blev læst op som ([a-zø-]+)"
)


def test_spelled_names_and_codes_read_out_in_words_are_not_labelled() -> None:
    found = [(doc, hit) for doc in SET for hit in SPELLED.finditer(doc["text"]) if doc["spans"]]
    assert len(found) >= 10
    assert not [hit.group() for doc, hit in found if c.types_touching(doc, *hit.span())]


def test_a_changed_payout_account_names_the_old_and_the_new_account() -> None:
    changed = re.compile(r"Udbetalingskonto ændret via selvbetjening fra (.+?) til (.+?)\. IP")
    pairs = [
        (doc, hit) for doc in SET if doc["kind"] == "positive"
        for hit in changed.finditer(doc["text"])
    ]  # fmt: skip
    assert len(pairs) >= 30
    for doc, hit in pairs:
        for group in (1, 2):
            assert c.types_touching(doc, *hit.span(group)) == {"BANK_ACCOUNT"}, hit.group()
