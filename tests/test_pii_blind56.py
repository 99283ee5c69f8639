"""The fifty-seventh blind PII set (bench/pii_blind56.py, the correspondence around a fraud
between banks, the police, insurers and victims) is what its docstring says: seeded and
reproducible, with the committed JSONL equal to ``generate()``; spans are exact, disjoint slices
of known types; CPR numbers are synthetic (real date, fitting century digit, failing modulus 11),
cards pass Luhn with a test prefix, IBANs carry valid check digits and length, phones keep to the
allowed ranges and forms; birth dates follow a cue; no loose run of ten digits; every unmasked
e-mail address is labelled; police journal numbers, case and claim references, transaction IDs,
BICs, CVR numbers, amounts, timestamps, masked values, organisations' lines and pseudonyms never
are; negatives are pseudonymised and unlabelled; no organisation's postal address occurs; the
mule-account list keeps its columns and labels each holder."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind56 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_NAME_FORMS,
    USUAL_SHAPES,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind56.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*-]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*,\d\d kr\.|kr\. \d{1,3}(?:\.\d{3})*"
STREET = "|".join(map(re.escape, g.STREETS))


SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._-]+@(?:[a-z]+\.)?example\.(?:dk|com)",
    "ADDRESS": rf"(?i:{STREET}) \d+[ABCabc]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøåÆØÅ ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}


NEVER = {
    "police journal number": r"\b\d{4}-\d{5}-\d{5}-26\b",
    "case, claim or reference number": r"\b(?:RC|SK|FR|ED|SP)-26-\d{5}\b",
    "transaction id": r"TRX-[A-Z]{2}\d{3}-[A-Z]\d{5}",
    "swift or bic": r"\b(?:"
    + "|".join(map(re.escape, [b[2] for b in g.BANKS.values()] + list(g.FOREIGN_BICS)))
    + r")\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"kl\. \d\d\.\d\d|(?<![\d.])\d\d\.\d\d\.2026(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{10,}\d{4}",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "tlf. 114")))
    + r")(?![\d.])",
    "organisation or web site": "|".join(map(re.escape, g.ORGANISATIONS))
    + r"|www\.[a-z]+\.example\.dk",
    "pseudonym": r"\b(?:" + "|".join(map(re.escape, g.PSEUDONYMS)) + r")\b",
    "street without number": rf"\bved (?:{STREET})(?=[.,])",
    "family word": g.FAMILY_WORD,
}


VALIDITY = [
    ("CPR", "070897-0453", "070897-0468"),  # the second passes modulus 11
    ("CPR", "130902 4149", "130907 4149"),  # century 4 only up to 2005
    ("CARD", "5555 5582 9021 4167", "5555 5582 9021 4168"),
    ("CARD", "4111111111111111", "4000056655665556"),  # not a listed prefix
    ("IBAN", "DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 01"),
    ("IBAN", "DK5000400440116243", "DK50004004401162431"),  # one digit too many
    ("PHONE", "(+45) 27 11 20 33", "+45 80 11 20 33"),
    ("PHONE", "+46 70 174 06 55", "+46 70 174 06 04"),
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
    forms=Forms(),
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    addresses=(100, 50),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=g.PSEUDONYMS),
    name_forms=USUAL_NAME_FORMS,
)

SEPARATED = re.compile(r"^kontohaver([;\t])cpr\1tlf\1e-mail\1konto\1modtaget\1bemærkning$", re.M)


def test_the_mule_list_keeps_its_columns_and_labels_each_holder():
    docs = [d for d in SET if d["genre"] == "muldyrliste"]
    faults, rows = [], 0
    for doc in docs:
        header = SEPARATED.search(doc["text"])
        assert header, doc["id"]
        sep, offset = header.group(1), header.end() + 1
        for line in doc["text"][offset:].splitlines():
            rows += 1
            cells = line.split(sep)
            amount = offset + sum(len(cell) + 1 for cell in cells[:5])
            if len(cells) != 7 or not re.fullmatch(AMOUNT, cells[5]):
                faults.append((doc["id"], line))
            elif c.types_touching(doc, amount, amount + len(cells[5])):
                faults.append((doc["id"], cells[5]))
            exact = {
                s["type"]
                for s in doc["spans"]
                if (s["start"], s["end"]) == (offset, offset + len(cells[0]))
            }
            if doc["kind"] == "positive" and exact != {"PERSON"}:
                faults.append((doc["id"], cells[0]))
            if doc["kind"] == "negative" and cells[0] not in (*g.PSEUDONYMS, "[NAVN]"):
                faults.append((doc["id"], cells[0]))
            offset += len(line) + 1
    assert rows >= 3 * len(docs) and not faults, faults[:5]


def test_no_organisation_postal_address_and_no_organisation_line_as_phone():
    """Letterheads and signatures name the organisation, its line and web site, never an address."""
    for doc in SET:
        for org in g.ORGANISATIONS:
            for hit in re.finditer(re.escape(org), doc["text"]):
                after = doc["text"][hit.end() : hit.end() + 60].split("\n")[0]
                assert not re.match(r",? *[A-ZÆØÅ][\wæøå ]+ \d+", after), (doc["id"], after)
    assert not [v for v in BY_TYPE["PHONE"] if re.sub(r"\D", "", v)[-8:-6] in ("70", "80")
                and not v.startswith(("+44", "+46"))]  # fmt: skip


def test_every_victim_statement_holds_the_scammers_number_and_alias():
    docs = [d for d in SET if d["genre"] == "politianmeldelse" and d["kind"] == "positive"]
    alias = re.compile(r"præsenterede sig som (\w+) fra ")
    for doc in docs:
        hit = alias.search(doc["text"])
        assert hit, doc["id"]
        assert c.types_holding(doc, *hit.span(1)) == {"PERSON"}, doc["id"]
