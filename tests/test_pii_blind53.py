"""The fifty-fourth blind PII set (bench/pii_blind53.py, call-centre and chat transcripts and the
notes written from them) is what its docstring says: seeded and reproducible, with the committed
JSONL equal to ``generate()``; spans are exact, disjoint slices of known types; CPR numbers are
synthetic (real date, fitting century digit, failing modulus 11), also when read out in pairs;
cards pass Luhn with a test prefix, IBANs carry valid check digits and length, phones keep to the
allowed ranges and forms; birth dates follow a cue; no loose run of ten digits; every unmasked
e-mail address is labelled; call, chat and ticket IDs, timestamps, durations, amounts, order and
tracking numbers, queue positions, IVR menu digits, agent IDs, masked values, organisations'
lines and addresses and pseudonyms never are; negatives are pseudonymised and unlabelled; the
chat export's and the transcripts' named speakers are labelled while role labels are not; a
number read out in groups is one span and a self-correction's false start is never labelled."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind53 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    CPR_WRITTEN,
    PHONE_FORMS,
    USUAL_NAME_FORMS,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind53.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CPR_READ_OUT = CPR_FORMS + r"|\d\d \d\d \d\d \d\d \d\d"  # read out in pairs
CHECKS = c.identifier_checks(g, CPR_READ_OUT, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,2}\.\d{3} (?:kr\.|kroner)"
STREET = r"[A-ZÆØÅ][\wæøåé. ]*[\wæøåé] \d+[ABC]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
SPOKEN_STREET = r"[a-zæøå][\wæøåé. ]*[\wæøåé] \d+[abc]?(?: (?:st|\d) (?:th|tv|mf))?"


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{3} \d{3}|\d\d \d\d \d\d|\d{8}|\d{4} \d{4}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}|\d{4} \d{3} \d{3}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._-]+@example\.(?:dk|com)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": rf"{STREET}(?:(?:, |\n)\d{{4}} [\wæøåÆØÅ ]+)?"
    rf"|{SPOKEN_STREET}(?: \d{{4}} [\wæøå ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}


NEVER = {
    "call, chat or ticket id": r"C-2026-\d{5}|CH-\d{6}|(?i:SAG-26-\d{5})|agent-id A\d{4}",
    "journal number": r"Journalnr\. \d{4}-\d{5}-\d{5}-26",
    "amount": AMOUNT,
    "timestamp or duration": r"\[\d\d:\d\d(?::\d\d)?\]|\b\d\d:\d\d(?::\d\d)?\b|kl\.? \d\d\.\d\d|"
    r"2026-\d\d-\d\d|\d+ min\. \d+ sek\.|længde 0:\d\d",
    "order or tracking number": r"ordrenr\. \d{7}|RR\d{9}DK",
    "queue position or IVR choice": r"kønummer \d+|position \d+|plads i kø ved start: \d|"
    r"menu 1>\d>\d|tast \d",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|DK\d\dX{10}\d{4}|\*\*/\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "ring 112", "(ring 114)")))
    + r")(?![\d.])",
    "organisation address": "|".join(map(re.escape, g.ORG_ADDRESSES)),
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.PRODUCTS)),
    "pseudonym or agent number": r"\b(?:Kunde [AB]|Agent \d\d|Rådgiver 2|Opkalder 1|Borger A)\b",
    "role label": r"(?m)^(?:\[\d\d:\d\d:\d\d\] )?(?:Rådgiver|Kunde|AGENT|KUNDE|Taler [12])"
    r"(?= \(\d\d:\d\d:\d\d\)|:)",
}


VALIDITY = [
    ("CPR", "12 03 65 24 19", "12 03 65 24 17"),  # the second passes modulus 11
    ("CPR", "030104 4128", "030107 4128"),  # century 4 only up to 2005
    ("CARD", "4242 4242 4242 4242", "4242 4242 4242 4241"),
    ("CARD", "5105105105105100", "6011000990139424"),  # not a listed prefix
    ("IBAN", "GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 33"),
    ("PHONE", "26 14 88 30", "80 14 88 30"),
    ("PHONE", "+44 7700 900123", "+44 7700 901123"),
]

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(11, 40),
    plan=(1000, 350, 30, 100),
    exact_spans=True,
    checks=CHECKS,
    validity=VALIDITY,
    shapes=SHAPES,
    forms=Forms(cpr=(*CPR_WRITTEN, "00 00 00 00 00")),
    birth_cue=r"(?:[Ff]ødt(?: den)?|f\.|Fødselsdato:|fødselsdato er) $",
    addresses=(100, 50),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=("Kunde A", "Agent 14", "Rådgiver 2", "Opkalder 1")),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
)

ROLES = ("Rådgiver", "Kunde", "AGENT", "KUNDE", "Taler 1", "Taler 2")
TRANSCRIPT_SPEAKER = re.compile(
    r"^(?:\[\d\d:\d\d:\d\d\] )?([^:\n\[(]+?)(?: \(\d\d:\d\d:\d\d\))?: ", re.M
)
FALSE_START = re.compile(r"(?<![\w.])(?:\d \d … nej undskyld |\d\d \d\d nej vent )")
GREETING = re.compile(r"\b(?:[Hh]ej|[Tt]ak|goddag du taler med) ([A-ZÆØÅ][a-zæøåé]+)\b")


def _exact(doc: dict, start: int, end: int) -> set[str]:
    return {s["type"] for s in doc["spans"] if (s["start"], s["end"]) == (start, end)}


def test_transcript_speakers_are_roles_names_or_pseudonyms():
    faults, named, roles = [], 0, 0
    for doc in (d for d in SET if d["genre"] in ("stt_bank", "stt_telco")):
        body = doc["text"].index("\n\n")  # the lines after the header
        for hit in TRANSCRIPT_SPEAKER.finditer(doc["text"], body):
            label = hit.group(1)
            if label in ROLES:
                roles += 1
                if c.types_touching(doc, *hit.span(1)):
                    faults.append((doc["id"], label))
            elif doc["kind"] == "positive":
                named += 1
                if _exact(doc, *hit.span(1)) != {"PERSON"}:
                    faults.append((doc["id"], label))
            elif label not in g.PSEUDONYMS:
                faults.append((doc["id"], label))
    assert named >= 400 and roles >= 2000 and not faults, faults[:5]


def test_numbers_read_out_in_groups_are_one_span():
    spoken = {
        "PHONE": r"\d\d \d\d \d\d \d\d",
        "CPR": r"\d\d \d\d \d\d \d\d \d\d",
        "OTP": r"\d{3} \d{3}|\d\d \d\d \d\d",
        "BANK_ACCOUNT": r"\d{4} \d{3} \d{3}",
    }
    stt = [d for d in SET if d["genre"] in ("stt_bank", "stt_telco", "kvalitet", "voicemail")]
    for kind, pattern in spoken.items():
        values = [v for v in c.values_by_type(stt)[kind] if re.fullmatch(pattern, v)]
        assert len(values) >= 30, (kind, len(values))
    # a group never stands alone: each labelled value is whole, no span ends next to a digit
    faults = [
        (d["id"], d["text"][s["start"] : s["end"]])
        for d in stt
        for s in d["spans"]
        if re.match(r" \d", d["text"][s["end"] : s["end"] + 2])
        or re.search(r"\d $", d["text"][: s["start"]][-2:])
    ]
    assert not faults, faults[:5]


def test_a_false_start_is_never_labelled_and_the_number_follows_it():
    faults, seen = [], 0
    for doc in SET:
        for hit in FALSE_START.finditer(doc["text"]):
            seen += 1
            after = {s["type"] for s in doc["spans"] if s["start"] == hit.end()}
            if c.types_touching(doc, *hit.span()) or not after & {"PHONE", "CPR"}:
                faults.append((doc["id"], hit.group()))
        if doc["kind"] == "negative" and FALSE_START.search(doc["text"]):
            faults.append((doc["id"], "false start in a negative"))
    assert seen >= 80 and not faults, faults[:5]


def test_a_given_name_after_a_greeting_is_a_person_span():
    faults, seen = [], 0
    for doc in (d for d in SET if d["kind"] == "positive"):
        for hit in GREETING.finditer(doc["text"]):
            seen += 1
            starts = {s["type"] for s in doc["spans"] if s["start"] == hit.start(1)}
            if starts != {"PERSON"}:
                faults.append((doc["id"], hit.group()))
    assert seen >= 200 and not faults, faults[:5]
