"""The ninety-third blind PII set (bench/pii_blind92.py, a parking and road-toll company's
customer service and fraud team: fake fine and toll SMS, disputed fines, cloned plates, stolen
app accounts) is what its docstring says: seeded and reproducible, with the committed JSONL equal
to ``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic
(real date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix,
IBANs carry valid check digits and length, phones keep to the allowed ranges and forms; birth
dates follow a cue; no loose run of ten digits; every unmasked e-mail address is labelled; fine,
case, customer, transaction and journal numbers, camera ids, amounts, CVR numbers, timestamps,
masked values, organisations' lines and addresses (offices, car parks, rental branches, police)
and pseudonyms never are; negatives are pseudonymised and unlabelled; the chat's speakers are
labelled; each dispute form holds one CPR number and the name in block capitals; a code or
user ID given as a chat answer is labelled."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind92 as g

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

FILE = Path(g.__file__).parent / "data" / "pii_blind92.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåéÆØÅ. ]+ \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:, |\n)\d{4} [\wæøåÆØÅ. ]+",
    "PERSON": r"[^\W\d_][\w.,' -]*[\w.]",
    **CHECKS,
}

NEVER = {
    "fine, case, customer, transaction or journal number": r"KA-26-\d{6}|SV-2026-\d{4}|"
    r"kundenr\. 31\d{5}|TX\d{7}|\d{4}-\d{5}-\d{5}-26",
    "camera id": r"KAM-\d\d",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d(?: \d\d:\d\d:\d\d)?|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*|\*\*/\*\*",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": ORG_ADDRESS,
    "pseudonym": r"\b(?:" + "|".join(map(re.escape, g.PSEUDONYMS)) + r")\b",
    "stand-in": "|".join(map(re.escape, g.STAND_INS)),
}

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
    chat=("chat", 300),
    untouched=(ORG_ADDRESS + "|" + NEVER["camera id"], 500),
    least_whole_plates=500,
    cpr_per_document=("klageformular", 1),
    capitals_name=("klageformular", r"Navn \(BLOKBOGSTAVER\): ([^,\n]+)\n"),
)

ANSWER = re.compile(r"\?\n\[\d\d:\d\d\] [^:\n]+: (\S+)$", re.M)


def _positives(genre: str) -> list[dict]:
    return [d for d in SET if d["genre"] == genre and d["kind"] == "positive"]


def test_a_code_or_user_id_given_as_an_answer_is_labelled() -> None:
    found = 0
    for doc in _positives("chat"):
        for hit in ANSWER.finditer(doc["text"]):
            kinds = c.types_holding(doc, *hit.span(1))
            assert kinds, hit.group(1)
            found += bool(kinds & {"OTP", "MITID_USER"})
    assert found >= 80


def test_every_car_park_in_a_camera_log_is_the_companys_and_unlabelled() -> None:
    logs = [d for d in SET if d["genre"] == "kameralog"]
    for doc in logs:
        header = doc["text"].split("\n", 1)[0]
        assert any(addr in header for addr in g.ORG_ADDRESSES), header
        assert not c.types_touching(doc, 0, len(header))


def test_dispute_forms_go_to_the_companys_complaints_desk_unlabelled() -> None:
    for doc in [d for d in SET if d["genre"] == "klageformular"]:
        at = doc["text"].index(g.HQ)
        assert not c.types_touching(doc, at - 1, at + len(g.HQ) + 1)
