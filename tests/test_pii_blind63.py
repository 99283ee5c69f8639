"""The sixty-fourth blind PII set (bench/pii_blind63.py, speech-to-text transcripts of calls to a
fraud hotline and a victim-support line, and the notes written from them) is what its docstring
says: seeded and reproducible, with the committed JSONL equal to ``generate()``; spans are exact,
disjoint slices of known types; CPR numbers are synthetic (real date, fitting century digit,
failing modulus 11), cards pass Luhn with a test prefix, IBANs carry valid check digits and
length, phones keep to the allowed ranges and forms; birth dates follow a cue; no loose run of
ten digits; every unmasked e-mail address is labelled; case numbers, amounts, timestamps, masked
values, the engine's speaker labels, organisations' lines and pseudonyms never are; negatives
are pseudonymised and unlabelled. Set-specific: a spoken floor and side lie inside the ADDRESS
span, a scammer's alias labels only the name, no organisation's address occurs, the CRM-named
speakers are PERSON, the engine writes no number in words and the quality log's corrected
values are the engine's values written properly."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind63 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind63.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.?"
TRANSCRIPTS = ("opkald_asr", "diarisering", "offerlinje_asr", "telefonsvarer")
SPOKEN_FLOOR = (
    r"\b(?:stuen|(?:første|anden|tredje|fjerde|femte) sal)(?: til venstre| til højre| midt for)?"
)

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._-]+@(?:post\.)?example\.(?:dk|com)",
    "ADDRESS": r"[A-ZÆØÅ][a-zæøåé]+ \d+[ABC]?(?:, (?:st\.|\d\.)(?: (?:th|tv|mf)\.)?)?"
    r"(?:(?:, |\n)\d{4} [A-ZÆØÅ][\wæøå ]+)?"
    r"|[a-zæøåé]+ \d+[abc]?(?: (?:stuen|[a-zø]+ sal)(?: til venstre| til højre| midt for)?)?"
    r"(?: \d{4} [a-zæøå ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ']",
    **CHECKS,
}

NEVER = {
    "case number or call id": r"FH-26-\d{5}|opkalds-id \d{7}|opkald \d{6}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d(?::\d\d)?\]|2026-\d\d-\d\d \d\d:\d\d|kl\. \d\d\.\d\d",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|DK\d\dX{10}\d{4}",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "(?i)"
    + "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "speaker label": r"(?m)Speaker [12]|^(?:agent|kunde):",
    "pseudonym": r"\b(?:" + "|".join(g.PSEUDONYMS) + r")\b",
    "department after an alias": r"(?i)(?<=fra )(?:" + "|".join(g.DEPARTMENTS) + ")",
    "family word": r"\b(?:min|hans|hendes) (?:datter|søn|mand|kone|søster|barnebarn)\b",
}


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
)

POSITIVES = [d for d in SET if d["kind"] == "positive"]


def _spans(doc: dict, kind: str) -> list[str]:
    return [doc["text"][s["start"] : s["end"]] for s in doc["spans"] if s["type"] == kind]


def test_a_spoken_floor_and_side_lie_inside_the_address_span():
    found, faults = 0, []
    for doc in SET:
        for hit in re.finditer(SPOKEN_FLOOR, doc["text"]):
            found += 1
            holders = c.types_holding(doc, *hit.span())
            if holders != ({"ADDRESS"} if doc["kind"] == "positive" else set()):
                faults.append((doc["id"], hit.group()))
    assert found >= 200 and not faults, faults[:5]


def test_an_alias_labels_only_the_name_never_the_department():
    alias = re.compile(r"(?i)(\w+\.?) \"?fra (?:" + "|".join(g.DEPARTMENTS) + ")")
    found, faults = 0, []
    for doc in POSITIVES:
        for hit in alias.finditer(doc["text"]):
            if hit.group(1).lower() in ("ringede", "en", "ham", "opkald", "politiet"):
                continue
            found += 1
            exact = {s["type"] for s in doc["spans"] if (s["start"], s["end"]) == hit.span(1)}
            if exact != {"PERSON"} or c.types_touching(doc, hit.end(1), hit.end()):
                faults.append((doc["id"], hit.group()))
    assert found >= 250 and not faults, faults[:5]


def test_no_organisation_address_occurs():
    """Every street with a number is a person's labelled address; no organisation shares a line."""
    streets = re.compile(r"(?i)\b(?:" + "|".join(g.STREETS) + r") \d+")
    names = re.compile("(?i)" + "|".join(map(re.escape, g.BANKS + g.COMPANIES)))
    faults = []
    for doc in SET:
        for hit in streets.finditer(doc["text"]):
            if c.types_holding(doc, *hit.span()) != {"ADDRESS"}:
                faults.append((doc["id"], hit.group()))
        for span in (s for s in doc["spans"] if s["type"] == "ADDRESS"):
            start = doc["text"].rfind("\n", 0, span["start"]) + 1
            end = doc["text"].find("\n", span["end"])
            if names.search(doc["text"][start : end if end >= 0 else None]):
                faults.append((doc["id"], "organisation beside an address"))
    assert not re.search(r"(?i)postboks|hovedkontor", FILE.read_text(encoding="utf-8"))
    assert not faults, faults[:5]


def test_the_crm_named_speakers_are_person_spans_or_pseudonyms():
    speaker = re.compile(r"^\[\d\d:\d\d\] ([^:\n]+): ", re.M)
    faults, speakers = [], 0
    for doc in (d for d in SET if d["genre"] == "offerlinje_asr"):
        for hit in speaker.finditer(doc["text"]):
            speakers += 1
            exact = {s["type"] for s in doc["spans"] if (s["start"], s["end"]) == hit.span(1)}
            if doc["kind"] == "positive" and (
                exact != {"PERSON"} or hit.group(1).lower() != hit.group(1)
            ):
                faults.append((doc["id"], hit.group(1)))
            if doc["kind"] == "negative" and hit.group(1) not in (*g.PSEUDONYMS, "[NAVN]"):
                faults.append((doc["id"], hit.group(1)))
    assert speakers >= 500 and not faults, faults[:5]


def test_the_engine_writes_names_in_lower_case_and_no_number_in_words():
    words = re.compile(r"\b(?:nul|to|tre|fire|fem|seks|syv|otte|ni|ti|tyve|hundrede|tusind)\b")
    faults = []
    for doc in (d for d in POSITIVES if d["genre"] in TRANSCRIPTS):
        faults += [(doc["id"], name) for name in _spans(doc, "PERSON") if name != name.lower()]
        faults += [(doc["id"], hit.group()) for hit in words.finditer(doc["text"])]
    assert not faults, faults[:5]


def test_the_quality_log_corrects_the_engine_to_the_same_values():
    pair = re.compile(r'asr: "[^"]*?(\S[^"]*)" rettet: "([^"]*)"')
    faults, pairs = [], 0
    for doc in (d for d in POSITIVES if d["genre"] == "asr_kvalitet"):
        for line in doc["text"].split("\n"):
            if pair.search(line):
                pairs += 1
        heard = [v for v in _spans(doc, "CPR")]
        digits = [re.sub(r"\D", "", v) for v in heard]
        if len(digits) % 2 or digits[::2] != digits[1::2]:
            faults.append(doc["id"])
        mails = _spans(doc, "EMAIL")
        if len(mails) % 2 or mails[::2] != mails[1::2]:
            faults.append(doc["id"])
        places = _spans(doc, "ADDRESS")
        for spoken, written in zip(places[::2], places[1::2], strict=True):
            if not written.lower().startswith(re.match(r"\D+\d+\w?", spoken).group()):
                faults.append((doc["id"], spoken, written))
    assert pairs >= 200 and not faults, faults[:5]
