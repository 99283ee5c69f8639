"""The ninety-sixth blind PII set (bench/pii_blind95.py, an accounting and audit firm helping
small business clients after CEO fraud, fake invoices and changed supplier accounts) is what its
docstring says: seeded and reproducible, with the committed JSONL equal to ``generate()``; spans
are exact, disjoint slices of known types; CPR numbers are synthetic (real date, fitting century
digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry valid check digits
and length, phones keep to the allowed ranges and forms; birth dates follow a cue; no loose run
of ten digits; every unmasked e-mail address is labelled; case, invoice, order and journal
numbers, CVR numbers, amounts, timestamps, masked values, organisations' lines and addresses
(the firm's letterhead, the client company's, the supplier's depot, the bank's branch, the
police's) and pseudonyms never are; negatives are pseudonymised and unlabelled; the chat's
speakers are labelled; a sole trader's home address is; a MitID user ID or a code given as the
answer to a question is labelled without a cue of its own."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind95 as g

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

FILE = Path(g.__file__).parent / "data" / "pii_blind95.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*+-]+@[\w.-]+\w"
NUMBER = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)?"
AMOUNT = rf"{NUMBER} kr\.|kr\. {NUMBER}|(?:DKK|EUR) {NUMBER}"
ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z0-9-]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå. ]+ \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:, |\n)\d{4} [\wæøå ]+",
    "PERSON": r"[^\W\d_][\w.,' -]*[\w.]",
    **CHECKS,
}

NEVER = {
    "case, invoice, order or journal number": r"(?:SAG-|Sag |sagsnr\. )R26-\d{4}|"
    r"(?<![\d-])\d\d-\d{5}(?![\d-])|PO-\d{5}|\d{4}-\d{5}-\d{5}-26",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|DK\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": ORG_ADDRESS,
    "pseudonym": r"\b(?:" + "|".join(map(re.escape, g.PSEUDONYMS)) + r")\b",
    "street without number": r"\bved (?:" + "|".join(map(re.escape, g.STREETS)) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(95, 40),
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
    negatives=Negatives(pseudonyms=g.PSEUDONYMS, stand_ins=g.STAND_INS),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
    chat=("chat", 1000),
    untouched=(ORG_ADDRESS + "|" + NEVER["organisation line"], 800),
    least_whole_plates=150,
    cpr_per_document=("betalingsaendring", 1),
    capitals_name=("betalingsaendring", r"Indehaver \(blokbogstaver\): ([^,\n]+)\n"),
)

POSITIVES = [doc for doc in SET if doc["kind"] == "positive"]


def _labelled(doc: dict, start: int, end: int) -> set[str]:
    return {s["type"] for s in doc["spans"] if (s["start"], s["end"]) == (start, end)}


def test_a_sole_traders_home_address_is_labelled_on_every_form() -> None:
    home = re.compile(r"Privatadresse \(= virksomhedens adresse\): (.+(?:\n\d{4} .+)?)")
    forms = [doc for doc in POSITIVES if doc["genre"] == "betalingsaendring"]
    found = [
        _labelled(doc, *m.span(1)) == {"ADDRESS"}
        for doc in forms
        for m in home.finditer(doc["text"])
        if m.group(1).count("\n") == 0 or "\n" in doc["text"][m.start(1) : m.end(1)]
    ]
    assert len(found) >= len(forms) >= 30
    misses = [
        doc["id"]
        for doc in forms
        if not any(
            s["type"] == "ADDRESS"
            and doc["text"][: s["start"]].endswith("Privatadresse (= virksomhedens adresse): ")
            for s in doc["spans"]
        )
    ]
    assert not misses


def test_an_answer_to_a_question_about_an_id_or_a_code_is_labelled_without_a_cue() -> None:
    question = re.compile(
        r"Vi: Hvad er dit bruger-ID til MitID\?\n[^:\n]+: (\S+)\n"
        r"Vi: Og hvilken kode stod der i SMS'en\?\n[^:\n]+: (\S+)\n"
        r"|Hvad er koden du fik på sms\?\n\[\d\d:\d\d\] [^:\n]+: (\S+)\n"
    )
    answers = [
        (doc, m, group)
        for doc in POSITIVES
        for m in question.finditer(doc["text"])
        for group in (1, 2, 3)
        if m.group(group)
    ]
    kinds = {1: "MITID_USER", 2: "OTP", 3: "OTP"}
    assert len(answers) >= 60
    assert all(_labelled(doc, *m.span(g_)) == {kinds[g_]} for doc, m, g_ in answers)


def test_a_look_alike_sender_is_an_email_and_the_supplier_is_not_a_person() -> None:
    sender = re.compile(r"^Fra: ([^<\n]+) <([^>\n]+)>", re.M)
    threads = [doc for doc in POSITIVES if doc["genre"] == "mailtraad"]
    hits = [(doc, m) for doc in threads for m in sender.finditer(doc["text"])]
    assert len(hits) >= len(threads) >= 30
    assert all(_labelled(doc, *m.span(2)) == {"EMAIL"} for doc, m in hits)
    assert all(_labelled(doc, *m.span(1)) == {"PERSON"} for doc, m in hits)
    suppliers = "|".join(re.escape(s[0]) for s in g.SUPPLIERS)
    for doc in threads:
        for m in re.finditer(suppliers, doc["text"]):
            assert not c.types_touching(doc, *m.span())
