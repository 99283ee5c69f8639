"""The eighty-third blind PII set (bench/pii_blind82.py, a webshop's and a gift-card issuer's
customer service fighting account takeovers and gift-card scams) is what its docstring says:
seeded and reproducible, with the committed JSONL equal to ``generate()``; spans are exact,
disjoint slices of known types; CPR numbers are synthetic (real date, fitting century digit,
failing modulus 11) in five written forms, the dotted "DD.MM.YY-SSSS" among them; cards pass
Luhn with a test prefix, IBANs carry valid check digits and length, phones keep to the allowed
ranges and forms (dashes too); birth dates follow a cue; no loose run of ten digits; every
unmasked e-mail address is labelled; order, customer, case, invoice and journal numbers,
tracking numbers, gift-card codes and PINs, IP addresses, device IDs, amounts, CVR numbers,
timestamps, masked values, organisations' lines and addresses and pseudonyms never are;
negatives are pseudonymised and unlabelled; the chat's speakers are labelled, a scammer's alias
by its name only, and a genitive keeps its s inside the span."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind82 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
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

FILE = Path(g.__file__).parent / "data" / "pii_blind82.jsonl"
SET = c.committed(FILE)
CPR_FORMS = r"\d{6}-\d{4}|\d{10}|\d\d \d\d \d\d \d{4}|\d{6} \d{4}|\d\d\.\d\d\.\d\d-\d{4}"
DASHED = r"|(\d\d-\d\d-\d\d-\d\d)"
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS + DASHED, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))
DEVICE = r"\b[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}\b"

SHAPES = {
    **USUAL_SHAPES,
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])[/-](?:20)?(?:2[6-9]|3[01])",
    "EMAIL": r"[a-z0-9._]+@(?:mail\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå]+ \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøå ]+)?",
    "PERSON": r"[A-ZÆØÅÇÖa-zæøåçö][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.]",
    **CHECKS,
}

NEVER = {
    "order or customer number": r"\bWS-\d{7}\b|kundenr\. \d{7}",
    "case or journal number": r"\bSAG-\d{6}\b|\b\d{4}-\d{5}-\d{5}-26\b",
    "invoice number": r"\bF-26-\d{6}\b",
    "tracking number": r"\b(?:RR|CC|LX)\d{9}DK\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d(?: \d\d:\d\d(?::\d\d)?)?|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "gift-card code or pin": r"\b[A-Z0-9]{4}(?:-[A-Z0-9]{4}){3}\b|"
    r"(?<!\d )(?<!\d)0\d{3}(?: \d{4}){3}(?! ?\d)",
    "ip address": r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}\b",
    "device id": DEVICE,
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){1,3}\d{4}|"
    r"\*{12}\d{4}|DK\d\d XXXX XXXX XX\d\d \d\d",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": ORG_ADDRESS,
    "pseudonym": r"\b(?:Kunde [AB]|Medarbejder [12]|Rådgiver X)\b",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(
    r"(?:kaldte sig|præsenterede sig som|rådgiver) (\S+) fra (?:"
    + "|".join(map(re.escape, g.ALIAS_UNITS))
    + ")"
)
STAND_INS = tuple(sorted({s for group in g.STAND_INS.values() for s in group}))

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(11, 40),
    plan=(1000, 350, 30, 150),
    exact_spans=True,
    checks=CHECKS,
    validity=[*USUAL_VALIDITY, ("PHONE", "27-11-20-33", "80-11-20-33")],
    shapes=SHAPES,
    forms=Forms(
        cpr=(*CPR_WRITTEN, "00.00.00-0000"),
        phone=(*PHONE_WRITTEN, "00-00-00-00"),
    ),
    birth_cue=r"(?:født|f\.|[Ff]ødselsdato:|DOB:) $",
    addresses=(100, 100),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=g.PSEUDONYMS, stand_ins=STAND_INS),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
    chat=("chat", 500),
    alias=(ALIAS, 150),
    untouched=(ORG_ADDRESS + "|" + DEVICE, 500),
    least_whole_plates=150,
    cpr_per_document=("politi", 1),
    capitals_name=("refusion", r"Navn iflg\. billed-ID: ([^\n]+)\n"),
)


def spans_of(kind: str) -> list[tuple[dict, dict]]:
    return [(d, s) for d in SET for s in d["spans"] if s["type"] == kind]


def test_a_genitive_keeps_its_s_and_is_followed_by_what_it_owns() -> None:
    owned = re.compile(r" (?:konto|datter|søn|nabo) ")
    genitives = [
        (d["text"][s["start"] : s["end"]], d["text"][s["end"] : s["end"] + 8])
        for d, s in spans_of("PERSON")
        if owned.match(d["text"], s["end"])
    ]
    assert len(genitives) >= 100
    assert all(name.endswith("s") for name, _ in genitives)


def test_an_account_after_its_own_reg_cue_is_labelled_without_the_reg_number() -> None:
    cued = re.compile(r"reg(?:\.nr)?\. (\d{4}) (?:konto|kontonr\.) (\d{7,10})")
    hits = [(d, m) for d in SET if d["kind"] == "positive" for m in cued.finditer(d["text"])]
    assert len(hits) >= 50
    for doc, hit in hits:
        assert c.types_touching(doc, *hit.span(1)) == set()
        assert {"BANK_ACCOUNT"} == c.types_holding(doc, *hit.span(2))


def test_a_name_spelled_out_letter_by_letter_is_not_labelled() -> None:
    spelled = [
        (d, m) for d in SET for m in re.finditer(r"\b(?:[A-ZÆØÅ]-){2,}[A-ZÆØÅ]\b", d["text"])
    ]
    assert len(spelled) >= 20
    assert all(not c.types_touching(d, *m.span()) for d, m in spelled)


def test_an_expiry_is_labelled_without_its_cue() -> None:
    values = c.values_by_type(SET)["CARD_EXPIRY"]
    assert len(values) >= 150
    assert not [v for v in values if re.search(r"[a-zA-Z(]", v)]


def test_a_code_read_out_in_words_is_not_labelled() -> None:
    word = "(?:nul|en|to|tre|fire|fem|seks|syv|otte|ni)"
    read_out = [(d, m) for d in SET for m in re.finditer(rf"\b{word}(?:-{word}){{5}}\b", d["text"])]
    assert len(read_out) >= 50
    assert all(not c.types_touching(d, *m.span()) for d, m in read_out)
