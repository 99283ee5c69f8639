"""The ninety-first blind PII set (bench/pii_blind90.py, a debt-collection agency facing fake
collection letters and SMS in its name, and debtors' disputes) is what its docstring says:
seeded and reproducible, with the committed JSONL equal to ``generate()``; spans are exact,
disjoint slices of known types; CPR numbers are synthetic (real date, fitting century digit,
failing modulus 11), cards pass Luhn with a test prefix, IBANs carry valid check digits and
length, phones keep to the allowed ranges and forms; birth dates follow a cue; no loose run of
ten digits; every unmasked e-mail address is labelled; case, customer, invoice, complaint and
journal numbers, CVR numbers, amounts, timestamps, masked values, the organisations' lines,
names, payment links and addresses and pseudonyms never are; negatives are pseudonymised and
unlabelled; the chat's speakers are labelled, and so are a MitID user ID or a code given as the
bare answer to a question; the payment-plan form holds one CPR number and the name in capitals;
a sole trader's home address is labelled while the agency's, creditors' and police's are not."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind90 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    SPEAKER,
    USUAL_NAME_FORMS,
    USUAL_SHAPES,
    USUAL_VALIDITY,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind90.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[^\W\d_][\w.' -]* \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:, |\n)\d{4} [^\W\d_][\w ]*",
    "PERSON": r"[^\W\d_][\w.,' -]*[\w.]",
    **CHECKS,
}

NEVER = {
    "case, customer, invoice, complaint or journal number": r"INK-26-\d{6}|Kundenr\. \d{7}|"
    r"F-2026-\d{5}|KL-26-\d{4}|J\.nr\. \d{4}-\d{5}-\d{5}-26",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d(?: \d\d:\d\d)?|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|DK\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*|\*\*/\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "organisation, creditor, bank or fake sender": "|".join(
        map(re.escape, (g.AGENCY, *g.COMPANIES, *g.BANKS, *g.FAKE_SENDERS))
    ),
    "fake payment link": "|".join(map(re.escape, g.FAKE_LINKS)),
    "organisation address": ORG_ADDRESS,
    "pseudonym": r"\b(?:Kunde [AB]|Skyldner [12]|Medarbejder [AB]|Sagsbehandler 1|Anmelder A)\b",
}

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(17, 40),
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
    negatives=Negatives(pseudonyms=g.PSEUDONYMS),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
    chat=("webchat", 1000),
    untouched=(ORG_ADDRESS + "|" + NEVER["fake payment link"], 1000),
    least_whole_plates=150,
    cpr_per_document=("betalingsaftale", 1),
    capitals_name=("betalingsaftale", r"Navn \(blokbogstaver\): ([^\n]+)\n"),
)

POSITIVES = [doc for doc in SET if doc["kind"] == "positive"]


def _spans(doc: dict, kind: str) -> list[str]:
    return [doc["text"][s["start"] : s["end"]] for s in doc["spans"] if s["type"] == kind]


def test_bare_answers_in_the_chat_are_labelled_after_their_question() -> None:
    """A chat line that is nothing but a MitID user ID, or "ja" and a code, is labelled; the
    line before it asks for that value (the cue), and the answer has no label of its own."""
    bare = {"MITID_USER": 0, "OTP": 0}
    for doc in POSITIVES:
        lines = doc["text"].split("\n")
        offset = 0
        for i, line in enumerate(lines):
            speaker = SPEAKER.match(line + " ")
            if speaker:
                body_start = offset + speaker.end()
                body = line[speaker.end() :]
                for kind, shape in (("MITID_USER", r"[a-z]+\d+"), ("OTP", r"ja (\d{6}|\d{8})")):
                    hit = re.fullmatch(shape, body)
                    if hit:
                        start = body_start + hit.start(hit.lastindex or 0)
                        end = body_start + hit.end(hit.lastindex or 0)
                        held = c.types_holding(doc, start, end)
                        assert held == {kind}, (doc["id"], body)
                        assert lines[i - 1].endswith("?"), (doc["id"], lines[i - 1])
                        bare[kind] += 1
            offset += len(line) + 1
    assert min(bare.values()) >= 20, bare


def test_payment_form_holds_one_of_each_money_identifier() -> None:
    """Each positive payment-plan form has one account for Betalingsservice and, where a card is
    given, its expiry with it; the sender is told the agency's own address, never labelled."""
    forms = [doc for doc in POSITIVES if doc["genre"] == "betalingsaftale"]
    assert len(forms) >= 30
    for doc in forms:
        assert len(_spans(doc, "BANK_ACCOUNT")) == 1, doc["id"]
        assert len(_spans(doc, "CARD")) == len(_spans(doc, "CARD_EXPIRY")) <= 1, doc["id"]
        assert len(_spans(doc, "ADDRESS")) == 1, doc["id"]
        assert re.search(r"Sendes til .+, (?:" + ORG_ADDRESS + ")", doc["text"]), doc["id"]


def test_letter_labels_the_debtors_block_not_the_letterhead() -> None:
    """A collection letter labels the debtor's two-line address block and leaves its letterhead
    (the agency, its office, its line and CVR number) without any span."""
    letters = [doc for doc in POSITIVES if doc["genre"] == "inkassobrev"]
    assert len(letters) >= 30
    for doc in letters:
        head = doc["text"].index("\n\n")
        assert not [s for s in doc["spans"] if s["start"] < head], doc["id"]
        assert any("\n" in a for a in _spans(doc, "ADDRESS")), doc["id"]


def test_sole_trader_home_is_private_and_police_address_is_not() -> None:
    """A sole trader's home ("driver enkeltmandsvirksomhed fra sin bopæl, ...") is an ADDRESS;
    the police station in a "Til:" line and its address carry no span."""
    home = re.compile(r"fra sin bopæl, ([^\n]+?), og har")
    homes = 0
    for doc in POSITIVES:
        for hit in home.finditer(doc["text"]):
            assert c.types_holding(doc, *hit.span(1)) == {"ADDRESS"}, doc["id"]
            homes += 1
        for hit in re.finditer(r"^Til: [^\n@]+$", doc["text"], re.M):
            assert not c.types_touching(doc, *hit.span()), doc["id"]
    assert homes >= 20
    police = [doc for doc in SET if doc["genre"] == "politimail"]
    assert all(doc["text"].startswith("Til: ") for doc in police)
