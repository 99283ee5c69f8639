"""The fifty-fifth blind PII set (bench/pii_blind54.py, a data-protection officer's desk) is what
its docstring says: seeded and reproducible, with the committed JSONL equal to ``generate()``;
spans are exact, disjoint slices of known types; CPR numbers are synthetic (real date, fitting
century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry valid check
digits and length, phones keep to the allowed ranges and forms; birth dates follow a cue; no
loose run of ten digits; every unmasked e-mail address is labelled; Datatilsynet's journal
numbers, case and ticket numbers, log timestamps, IP addresses, hashes and pseudonymised IDs,
article references, counts of affected people, CVR and version numbers, organisations'
addresses and lines, masked values and pseudonyms never are; negatives are pseudonymised and
unlabelled; the consent log keeps its columns, a breach notification lists as many people as it
says, and the mis-sent letter names both the intended and the wrong recipient."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind54 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_NAME_FORMS,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind54.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
TIMESTAMP = r"2026-\d\d-\d\dT\d\d:\d\d:\d\dZ"


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._-]+@(?:post\.)?example\.(?:dk|com)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"(?:[A-ZÆØÅa-zæøå][\wæøåÆØÅ ]+ \d+[ABCabc]?|[Pp]ostboks \d+)"
    r"(?:, (?:st\.|\d\.) (?:th\.|tv\.|mf\.|sal))?(?:(?:, |\n)\d{4} [\wæøåÆØÅ ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ., -]*[\wæøåÆØÅ]",
    **CHECKS,
}


NEVER = {
    "case, journal or ticket number": r"2026-31-\d{4}|(?:DSAR|SLET|BRUD|KLAGE)-2026-\d{4}|"
    r"INC-2026-\d{5}|Sagsnr\. \d{4}-\d\d",
    "log timestamp": TIMESTAMP + r"|\bkl\. \d\d\.\d\d\b",
    "ip address": r"\b(?:10|192|198|203)\.\d{1,3}\.\d{1,3}\.\d{1,3}\b",
    "hash or pseudonymised id": r"sha256:[0-9a-f]{16}…|pid_[0-9a-f]{8}|session=[0-9a-f]{12}",
    "article reference": r"art\. \d\d?(?:, stk\. \d)?(?:, litra a)?",
    "count of affected people": r"\d{1,3}(?:\.\d{3})* (?:registrerede|berørte|kunder berørt)",
    "cvr number": r"CVR-nr\. \d{8}",
    "version number": r"\bv\d\.\d{1,2}\.\d{1,2}\b",
    "organisation address": "|".join(map(re.escape, g.ORG_ADDRESSES)),
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "organisation or product": "|".join(
        map(re.escape, g.COMPANIES + g.PROCESSORS + g.SUBPROCESSORS + g.LAW_FIRMS + g.PRODUCTS)
    ),
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"[A-Z]{2}\d\dX{10}[0-9A-Z]{4}",
    "pseudonym": r"\b(?:Person [ABC]|Kunde [12]|Registreret 3|Medarbejder X)\b",
}


VALIDITY = [
    ("CPR", "040652-1235", "040652-1230"),  # the second passes modulus 11
    ("CPR", "150303 4127", "150308 4127"),  # century 4 only up to 2005
    ("CARD", "4111 1111 1111 1111", "4111 1111 1111 1112"),
    ("CARD", "4242424242424242", "6011000990139424"),  # not a listed prefix
    ("IBAN", "DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 01"),
    ("PHONE", "0045 53748537", "+45 70 11 48 33"),
    ("PHONE", "+44 7700 900123", "+44 7700 901123"),
]

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(54, 40),
    plan=(1000, 350, 30, 100),
    exact_spans=True,
    checks=CHECKS,
    validity=VALIDITY,
    shapes=SHAPES,
    forms=Forms(),
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    addresses=(100, 50),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=("Person A", "Person B", "Kunde 1", "Registreret 3")),
    name_forms=USUAL_NAME_FORMS,
)

ROW = re.compile(r"^(" + TIMESTAMP + r");([^;\n]+);([^;\n]+);([^;\n]+);([^;\n]+);([^;\n]+);"
                 r"([^;\n]+)$", re.M)  # fmt: skip


def _exact(doc: dict, start: int, end: int) -> set[str]:
    return {s["type"] for s in doc["spans"] if (s["start"], s["end"]) == (start, end)}


def test_the_consent_log_keeps_its_columns_and_labels_name_mail_and_phone_only():
    docs = [d for d in SET if d["genre"] == "samtykkelog"]
    assert docs and all(g.CSV_HEADER in d["text"] for d in docs)
    faults, rows = [], 0
    for doc in docs:
        body = [ln for ln in doc["text"].split("\n") if ln and not ln.startswith("#")][1:]
        found = list(ROW.finditer(doc["text"]))
        if len(found) != len(body):
            faults.append((doc["id"], "row without seven columns"))
        for row in found:
            rows += 1
            for group in (1, 5, 6, 7):
                if c.types_touching(doc, *row.span(group)):
                    faults.append((doc["id"], row.group(group)))
            expected = (
                [{"PERSON"}, {"EMAIL"}, {"PHONE"}] if doc["kind"] == "positive" else [set()] * 3
            )
            if [_exact(doc, *row.span(k)) for k in (2, 3, 4)] != expected:
                faults.append((doc["id"], row.group()))
    assert rows >= 3 * len(docs) and not faults, faults[:5]


def test_a_breach_notification_lists_as_many_people_as_it_numbers():
    for doc in (d for d in SET if d["genre"] == "brudanmeldelse"):
        said = int(re.search(r"Nedenfor de (\d) personer", doc["text"]).group(1))
        lines = re.findall(r"^(\d)\. ", doc["text"], re.M)
        assert lines == [str(i + 1) for i in range(said)], doc["id"]
        if doc["kind"] == "positive":
            starts = {m.end() for m in re.finditer(r"^\d\. ", doc["text"], re.M)}
            named = {s["start"] for s in doc["spans"] if s["type"] == "PERSON"}
            cprs = sum(s["type"] == "CPR" for s in doc["spans"])
            assert starts <= named and cprs == said, doc["id"]


def test_the_mis_sent_letter_names_both_recipients_with_an_address_each():
    pattern = re.compile(r"Brevet var til (.+?), .*?men blev lagt i kuvert til (.+?), ", re.S)
    for doc in (d for d in SET if d["genre"] == "fejlsendt_brev"):
        hit = pattern.search(doc["text"])
        assert hit, doc["id"]
        between = doc["text"][hit.start() : hit.end() + 150]
        if doc["kind"] == "positive":
            assert _exact(doc, *hit.span(1)) == _exact(doc, *hit.span(2)) == {"PERSON"}
            assert hit.group(1) != hit.group(2), doc["id"]
            addresses = [
                s
                for s in doc["spans"]
                if s["type"] == "ADDRESS" and hit.start() <= s["start"] < hit.end() + 150
            ]
            assert len(addresses) == 2, (doc["id"], between)
        else:
            assert hit.group(1) in g.PSEUDONYMS and hit.group(2) in g.PSEUDONYMS, doc["id"]


def test_an_org_address_is_never_a_data_subject_address_and_datatilsynet_writes_from_it():
    complaints = [d for d in SET if d["genre"] == "klage_datatilsynet"]
    assert all(d["text"].startswith(f"Datatilsynet\n{g.ORG_ADDRESSES[0]}\n") for d in complaints)
    addresses = set(BY_TYPE["ADDRESS"])
    assert not addresses & {a for a in g.ORG_ADDRESSES} and not addresses & {
        a.replace(", ", "\n") for a in g.ORG_ADDRESSES
    }
