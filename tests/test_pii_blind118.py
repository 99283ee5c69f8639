"""The hundred-and-nineteenth blind PII set (bench/pii_blind118.py, a pharmacy chain's online
pharmacy and home delivery and the fraud it meets) is what its docstring says: seeded and
reproducible, with the committed JSONL equal to ``generate()``; spans are exact, disjoint slices
of known types; CPR numbers are synthetic (real date, fitting century digit, failing modulus
11), cards pass Luhn with a test prefix, IBANs carry valid check digits and length, phones keep
to the allowed ranges and forms; birth dates follow a cue; no loose run of ten digits; every
unmasked e-mail address is labelled; order, prescription, case and journal numbers, amounts,
CVR numbers, timestamps, masked values, the organisations' lines and own addresses, fake shop
domains and pseudonyms never are; negatives are pseudonymised and unlabelled; the chat's
speakers are labelled and a scammer's alias is labelled by its name only."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind118 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind118.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\."
TOWN = r"\d{4} [A-ZÆØÅ][\wæøå]+(?: [A-ZÆØÅ][\wæøå]*)?"
POSITIVES = [doc for doc in SET if doc["kind"] == "positive"]

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå]+ \d+[A-D]?(?:, (?:st\.(?: th\.)?|\d\. (?:th|tv|mf)\.))?"
    rf"(?:(?:, |\n){TOWN})?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.]",
    **CHECKS,
}

ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))
NEVER = {
    "order, prescription, case or journal number": r"\bKA-\d{6}\b|\bRX-\d{5}-\d\d\b|"
    r"\bSV-26-\d{4}\b|\b\d{4}-\d{5}-\d{5}-26\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d \d\d:\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.2026(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{6,}\d{4}|[A-Z]{2} \*\* \*\*\*|\*\*/\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": ORG_ADDRESS,
    "fake shop": "|".join(map(re.escape, g.FAKE_SHOPS)),
    "pseudonym": r"\b(?:Kunde A|Medarbejder [AB]|Vidne 1|Pårørende A)\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(r"udgav sig for at være (\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")

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
    chat=("chat", 800),
    alias=(ALIAS, 50),
    untouched=(ORG_ADDRESS + "|" + NEVER["fake shop"], 500),
    least_whole_plates=150,
    cpr_per_document=("formular", 1),
    capitals_name=("politianmeldelse", r"(?m)^Anmelder: (.+)$"),
    org_addresses=(NEVER["organisation address"], 0.4, 0.4),
)


def _spans(doc: dict, kind: str) -> list[str]:
    return [doc["text"][s["start"] : s["end"]] for s in doc["spans"] if s["type"] == kind]


def test_org_streets_are_not_private_streets() -> None:
    """No organisation's street is a private street, so its address can never be labelled."""
    org_streets = {re.sub(r" \d+$", "", street) for street in g.ORG_ADDRESSES}
    assert not org_streets & set(g.STREETS)
    labelled = [a for doc in SET for a in _spans(doc, "ADDRESS")]
    assert len(labelled) >= 300
    assert not [a for a in labelled if re.search(ORG_ADDRESS, a)]


def test_police_reports_label_both_two_line_addresses() -> None:
    """Each positive police report labels the complainant's and the witness's address block."""
    reports = [doc for doc in POSITIVES if doc["genre"] == "politianmeldelse"]
    assert len(reports) >= 60
    for doc in reports:
        blocks = [a for a in _spans(doc, "ADDRESS") if "\n" in a]
        assert len(blocks) == 2, doc["id"]
        assert _spans(doc, "NUMBER_PLATE"), doc["id"]
        assert len(_spans(doc, "DATE_OF_BIRTH")) == 1, doc["id"]


def test_chats_give_the_whole_card_and_the_code() -> None:
    """Each positive chat holds a card, its expiry, a cued CVC/CVV and an OTP, all labelled."""
    chats = [doc for doc in POSITIVES if doc["genre"] == "chat"]
    assert len(chats) >= 60
    for doc in chats:
        for kind in ("CARD", "CARD_EXPIRY", "CARD_CVV", "OTP"):
            assert len(_spans(doc, kind)) == 1, (doc["id"], kind)
    assert not c.uncued(chats, "CARD_CVV", r"(?:CVV|CVC|cvc|kontrolcifre) $")


def test_incident_logs_keep_times_and_masked_cards_unlabelled() -> None:
    """A log's timestamps and a masked card stay outside spans; each log gives a MitID user ID."""
    logs = [doc for doc in SET if doc["genre"] == "hændelseslog"]
    stamps, touched = c.lookalikes(logs, r"(?m)^2026-\d\d-\d\d \d\d:\d\d \|")
    assert stamps >= 7 * len(logs) and not touched
    masked, touched = c.lookalikes(logs, r"(?:\*{4} ){3}\d{4}")
    assert masked >= 30 and not touched
    assert all(_spans(doc, "MITID_USER") for doc in logs if doc["kind"] == "positive")
