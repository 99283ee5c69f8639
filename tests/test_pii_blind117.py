"""The hundred-and-eighteenth blind PII set (bench/pii_blind117.py, a holiday-home rental
agency's booking fraud on the west coast and Bornholm) is what its docstring says: seeded and
reproducible, with the committed JSONL equal to ``generate()``; spans are exact, disjoint slices
of known types; CPR numbers are synthetic, cards pass Luhn with a test prefix, IBANs carry valid
check digits and length, phones keep to the allowed ranges and forms; birth dates follow a cue;
no loose run of ten digits; every unmasked e-mail address is labelled; booking, house, invoice
and case numbers, key-box codes, amounts, CVR numbers, timestamps, masked values, the
organisations' lines and addresses and pseudonyms never are; negatives are pseudonymised and
unlabelled; the chat's speakers are labelled, the police report's complainant is in capitals,
and a scammer's alias is labelled by its name only."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind117 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind117.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|(?:kr\.|DKK) \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
TOWN = r"\d{4} [A-ZÆØÅ][\wæøå]+(?: [A-ZÆØÅ][\wæøå]*)?"
ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))
KEY_BOX = r"nøgleboksens kode \d{4}"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[A-D]?(?:, (?:st\.|\d\. (?:th|tv|mf)\.))?"
    rf"(?:(?:, |\n){TOWN})?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.']",
    **CHECKS,
}

NEVER = {
    "booking, house, invoice, case or journal number": r"\bKF-26-\d{5}\b|hus nr\. \d{4}|"
    r"Faktura \d{6}|SAG-20\d\d-\d{4}|\b\d{4}-\d{5}-\d{3}-26\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "key-box code": KEY_BOX,
    "masked value": r"\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{10}\d{4}",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": ORG_ADDRESS,
    "pseudonym": r"\b(?:Gæst [AB]|Ejer [AB]|Medarbejder [AB]|Vidne [12])\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(r"kaldte sig (\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")
COMPLAINANT = r"Anmelder: ([^\n]+)\n"

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
    untouched=(ORG_ADDRESS + "|" + KEY_BOX, 500),
    capitals_name=("politianmeldelse", COMPLAINANT),
    org_addresses=(NEVER["organisation address"], 0.4, 0.4),
)

POSITIVES = [doc for doc in SET if doc["kind"] == "positive"]


def _spans(doc: dict, kind: str) -> list[str]:
    return [doc["text"][s["start"] : s["end"]] for s in doc["spans"] if s["type"] == kind]


def test_every_guest_mail_names_the_fake_iban() -> None:
    """Each positive e-mail thread holds the IBAN the guest paid, labelled, and says the agency
    does not own it; the agency's own mailbox is labelled too."""
    mails = [doc for doc in POSITIVES if doc["genre"] == "mailtråd"]
    assert len(mails) >= 30
    for doc in mails:
        assert _spans(doc, "IBAN"), doc["id"]
        assert "kundeservice@klitly.example.dk" in _spans(doc, "EMAIL"), doc["id"]


def test_payout_account_changes_are_labelled_and_old_accounts_masked() -> None:
    """Each positive incident log labels the new payout account and masks the old one."""
    logs = [doc for doc in POSITIVES if doc["genre"] == "hændelseslog"]
    assert len(logs) >= 30
    for doc in logs:
        assert _spans(doc, "BANK_ACCOUNT"), doc["id"]
        old = re.search(r"gammel konto (\*{6}\d{4})", doc["text"])
        assert old and not c.types_touching(doc, *old.span(1)), doc["id"]


def test_org_addresses_come_in_several_layouts() -> None:
    """The organisations' addresses are written on two lines, on one with a postcode, without a
    postcode and in running text, and none of them is ever labelled."""
    street = "(?:" + ORG_ADDRESS + ")"
    layouts = {
        "two lines": street + r"\n\d{4} ",
        "one line with postcode": street + r", \d{4} ",
        "without postcode": street + r"(?: ·|, [A-ZÆØÅ][a-zæøå]+\.)",
        "running text": r"(?:Kom forbi .{0,40} på |kontoret, )" + street,
    }
    for name, pattern in layouts.items():
        count, touched = c.lookalikes(SET, pattern)
        assert count >= 20, name
        assert not touched, (name, touched[:3])


def test_phished_owner_notes_hold_the_login_and_the_code() -> None:
    """Each positive case note on a phished owner holds the MitID user ID and the code read
    out, and the owner's CPR number."""
    notes = [doc for doc in POSITIVES if doc["genre"] == "sagsnotat"]
    assert len(notes) >= 30
    for doc in notes:
        assert _spans(doc, "MITID_USER") and _spans(doc, "OTP") and _spans(doc, "CPR"), doc["id"]


def test_key_box_codes_are_never_labelled() -> None:
    """The key boxes' four-digit codes appear in both kinds and touch no span."""
    count, touched = c.lookalikes(SET, KEY_BOX)
    negatives = sum(
        1 for doc in SET if doc["kind"] == "negative" and re.search(KEY_BOX, doc["text"])
    )
    assert count >= 50 and negatives >= 10 and not touched
