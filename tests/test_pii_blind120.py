"""The hundred-and-twenty-first blind PII set (bench/pii_blind120.py, a taxi and
patient-transport company's fraud cases) is what its docstring says: seeded and reproducible,
with the committed JSONL equal to ``generate()``; spans are exact, disjoint slices of known
types; CPR numbers are synthetic, cards pass Luhn with a test prefix, IBANs carry valid check
digits and length, phones keep to the allowed ranges and forms; birth dates follow a cue; no
loose run of ten digits; every unmasked e-mail address is labelled; trip and case numbers,
vehicle numbers, terminal IDs, amounts, CVR numbers, timestamps, masked values, the company's
lines and addresses and pseudonyms never are; negatives are pseudonymised and unlabelled; the
chat's speakers are labelled and a scammer's alias is labelled by its name only; the police
report's "Anmelder:" is a labelled name."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind120 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind120.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
TOWN = r"\d{4} [A-ZÆØÅ][\wæøå]+(?: [A-ZÆØÅ][\wæøå]*)?"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[A-D]?(?:, (?:st\.|\d\. (?:th|tv|mf)\.))?"
    rf"(?:, |\n){TOWN}",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.]",
    **CHECKS,
}

NEVER = {
    "trip or case number": r"\bTUR-\d{7}\b|\bSAG-26-\d{5}\b",
    "vehicle number": r"\bvogn \d{3}\b",
    "terminal id": r"\bterminal T\d-\d{4}\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": "|".join(map(re.escape, g.ORG_ADDRESSES)),
    "pseudonym": r"\b(?:Kunde [AB]|Chauffør [AB]|Medarbejder [AB]|Vidne [12]|Patient [AB])\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(r"udgav sig for at være (\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")
ANMELDER = re.compile(r"^Anmelder: (.+)$", re.M)

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
    untouched=(NEVER["organisation address"] + "|" + NEVER["terminal id"], 500),
    least_whole_plates=150,
    org_addresses=(NEVER["organisation address"], 0.4, 0.4),
)


def _positives(genre: str) -> list[dict]:
    return [d for d in SET if d["genre"] == genre and d["kind"] == "positive"]


def test_anmelder_is_a_labelled_name_often_in_capitals() -> None:
    reports = _positives("police")
    names = []
    for doc in reports:
        hit = ANMELDER.search(doc["text"])
        assert hit, doc["id"]
        assert c.types_holding(doc, *hit.span(1)) == {"PERSON"}, doc["id"]
        assert any(s["start"] == hit.start(1) and s["end"] == hit.end(1) for s in doc["spans"])
        names.append(hit.group(1))
    assert len(names) >= 50
    assert sum(name.isupper() for name in names) >= len(names) // 3


def test_the_company_addresses_are_not_private_streets() -> None:
    org_streets = {a.rsplit(" ", 1)[0] for a in g.ORG_ADDRESSES}
    assert not org_streets & set(g.STREETS)
    assert not any(s in o or o in s for s in g.STREETS for o in org_streets)
    addresses = c.values_by_type(SET)["ADDRESS"]
    assert not [a for a in addresses if any(o in a for o in org_streets)]


def test_every_app_log_line_is_timestamped_and_its_values_labelled() -> None:
    stamp = re.compile(r"^2026-\d\d-\d\d \d\d:\d\d (?:INFO|WARN|ERROR) ", re.M)
    for doc in _positives("applog"):
        lines = stamp.findall(doc["text"])
        assert len(lines) >= 6, doc["id"]
        for hit in re.finditer(r"user=(\S+)", doc["text"]):
            assert c.types_holding(doc, *hit.span(1)) == {"EMAIL"}, doc["id"]


def test_refunds_to_foreign_ibans_and_skimmed_terminals_occur() -> None:
    ibans = c.values_by_type(SET)["IBAN"]
    assert len({value[:2] for value in ibans}) >= 6
    hits, touched = c.lookalikes(SET, NEVER["terminal id"])
    assert hits >= 100 and not touched
