"""The ninety-fourth blind PII set (bench/pii_blind93.py, a licensed gambling operator's AML and
fraud team) is what its docstring says: seeded and reproducible, with the committed JSONL equal
to ``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic
(real date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix,
IBANs carry valid check digits and length, phones keep to the allowed ranges and forms; birth
dates follow a cue and agree with the CPR number in the KYC review; no loose run of ten digits;
every unmasked e-mail address is labelled; case, KYC, ROFUS, transaction and journal numbers,
player IDs, amounts, CVR numbers, timestamps, masked values, organisations' lines and
addresses, streets without a number, family words and pseudonyms never are; negatives are
pseudonymised and unlabelled; chat and shift-log speakers are labelled, a phisher's alias by
its name only, and a code or MitID user ID given as the bare answer to a question is labelled."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind93 as g

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

FILE = Path(g.__file__).parent / "data" / "pii_blind93.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøåØ ]+)?",
    "PERSON": r"[^\W\d_][\w.,' -]*[\w.]",
    **CHECKS,
}

NEVER = {
    "case, KYC, ROFUS, transaction or journal number": r"\b(?:KYC-2026-\d{5}|SAG-26-\d{5}|"
    r"HVS-2026-\d{4}|ROF-\d{6}|TRX-\d{7}|UDB-26-\d{5}|BNK-26-\d{4})\b",
    "player id": r"spiller-ID \d{7}\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d \d\d:\d\d|\b\d\d\.\d\d\.2026\b",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{3,4}|[A-Z]{2}\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*|\*\*/\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": ORG_ADDRESS,
    "pseudonym": r"\b(?:Spiller [AB]|Kunde [AB]|Medarbejder [12]|Person X|Kontohaver 1)\b",
    "street without number": r"\bet sted på (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(r"hilsen\n(\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(11, 40),
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
    chat=("chat", 500),
    alias=(ALIAS, 50),
    untouched=(ORG_ADDRESS, 500),
    least_whole_plates=100,
    cpr_per_document=("kyc", 1),
    capitals_name=("kyc", r"(?:Navn på ID|Name on ID): ([^\n]+)\n"),
)

# A chat line that is only a code or a user ID, after a line that asks for it.
ANSWER = re.compile(r"^\[\d\d:\d\d\] [^:\n]+: (\S+)\n", re.M)


def _answers(kind: str, cue: str) -> list[tuple[dict, re.Match[str]]]:
    found = []
    for doc in SET:
        if doc["genre"] != "chat" or doc["kind"] != "positive":
            continue
        for hit in ANSWER.finditer(doc["text"]):
            question = doc["text"][: hit.start()].rstrip("\n").rsplit("\n", 1)[-1]
            if re.search(cue, question) and c.types_holding(doc, *hit.span(1)) == {kind}:
                found.append((doc, hit))
    return found


def test_a_code_or_user_id_given_as_a_bare_answer_is_labelled() -> None:
    for kind, cue in (("OTP", r"kode"), ("MITID_USER", r"(?i)bruger-id")):
        found = _answers(kind, cue)
        assert len(found) >= 50, (kind, len(found))
        for doc, hit in found:
            spans = [s for s in doc["spans"] if (s["start"], s["end"]) == hit.span(1)]
            assert [s["type"] for s in spans] == [kind], (doc["id"], hit.group())


def test_the_kyc_birth_date_agrees_with_its_cpr_number() -> None:
    kyc = [d for d in SET if d["genre"] == "kyc" and d["kind"] == "positive"]
    assert len(kyc) >= 50
    for doc in kyc:
        values = {s["type"]: doc["text"][s["start"] : s["end"]] for s in doc["spans"]}
        birth = c.cpr_birth(values["CPR"], c.cpr_centuries_up_to(5))
        digits = re.findall(r"\d+", values["DATE_OF_BIRTH"])
        if len(digits) == 2:  # "4. juni 1952"
            month = next(i for i, m in enumerate(g.MONTHS, 1) if m in values["DATE_OF_BIRTH"])
            digits = [digits[0], str(month), digits[1]]
        assert birth is not None
        assert (birth.day, birth.month, birth.year) == tuple(map(int, digits)), doc["id"]


def test_the_id_document_and_rofus_lookup_are_never_labelled() -> None:
    pattern = r"nr\. \*{6}\d{3}, udløber 20\d\d|ROFUS-opslag kl\. \d\d\.\d\d"
    count, touched = c.lookalikes(SET, pattern)
    assert count >= 100
    assert touched == []
