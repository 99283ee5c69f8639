"""The eighteenth blind PII set (bench/pii_blind17.py) is what its docstring says: seeded and
reproducible, with the committed JSONL equal to ``generate()``; spans are exact, disjoint
slices of known types; CPR numbers are synthetic (real date, fitting century digit, failing
modulus 11), cards pass Luhn with a test prefix, IBANs carry valid check digits and length,
phones keep to the allowed ranges and forms (Greenland and Faroe numbers included); no loose
run of ten digits; every e-mail address is labelled; legal citations, case numbers, amounts,
dates and masked values never are; negatives are pseudonymised and unlabelled."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from bench import pii_blind17 as g

from tests import pii_blind_checks as checks
from tests.pii_blind_spec import BlindSet

FILE = Path(g.__file__).parent / "data" / "pii_blind17.jsonl"
SET = checks.committed(FILE)
BY_TYPE = checks.values_by_type(SET)


CPR_FORMS = r"\d{6}[- ]?\d{4}|\d\d \d\d \d\d \d{4}"
PHONE_FORMS = (
    r"(?:\+45 ?|\(\+45\) |0045 )?(\d\d)(?:\d{6}|\d\d \d{4}| \d\d \d\d \d\d)"
    r"|(\d\d)(?:\.\d\d){3}"
)


CHECKS = checks.identifier_checks(
    g,
    CPR_FORMS,
    PHONE_FORMS,
    card_layouts=(g.grouped, lambda n: g.grouped(n).replace(" ", "-")),
    card_separators=" -",
)


def phone_ok(value: str) -> bool:
    fiction = rf"{checks.FICTION_PHONES}|\+1 202 555 01\d\d"
    if re.fullmatch(fiction, value):
        return True
    north = re.fullmatch(r"(?:\+(29[89]) |\((\+29[89])\) |00(29[89]) )?(\d\d)( ?)\d\d\5\d\d", value)
    if north:
        cc = north.group(1) or north.group(2) or north.group(3)
        lead = north.group(4)
        leads = g.GL_LEAD + g.FO_LEAD if cc is None else g.GL_LEAD if "299" in cc else g.FO_LEAD
        return lead in leads and (cc is not None or north.group(5) == " ")
    return checks.phone_ok(value, PHONE_FORMS, g.MOBILE + g.LANDLINE)


CHECKS["PHONE"] = phone_ok


def test_size_kinds_and_genres() -> None:
    assert checks.plan_faults(SET, g, least_per_cell=30, least_per_type=100) == []


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}|\d\d\d \d\d\d",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:[1-9]\d{3}[ -])?\d{7,10}",
    "MITID_USER": r"[A-Za-z][a-z]*[._]?[A-Za-z]*(?:\d\d|19\d\d|200[0-5])?",
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}"
    r"|(?:19|20)\d\d-\d\d-\d\d",
    "ADDRESS": r"(?s).*\d.*",
} | CHECKS


def shape(v: str) -> str:
    return re.sub(r"\d", "0", v)


def test_every_written_form_is_used() -> None:
    cpr = Counter(shape(v) for v in BY_TYPE["CPR"])
    phone = Counter(shape(v) for v in BY_TYPE["PHONE"])
    for form in ("000000-0000", "0000000000", "00 00 00 0000", "000000 0000"):
        assert cpr[shape(form)] >= 20, form
    for form in ("+45 00000000", "+45 00 00 00 00", "+45 0000 0000", "0000 0000",
                 "(+45) 00 00 00 00", "0045 00000000", "00 00 00 00", "00000000",
                 "+4500000000", "00.00.00.00", "+44 0000 000000", "+46 00 000 00 00",
                 "+1 000 000 0000", "+299 00 00 00", "+299 000000", "(+299) 00 00 00",
                 "00299 000000", "+298 00 00 00", "+298 000000", "(+298) 00 00 00",
                 "00298 000000", "00 00 00"):  # fmt: skip
        assert phone[shape(form)] >= 8, form
    cards = Counter(shape(v) for v in BY_TYPE["CARD"])
    for form in ("0000 0000 0000 0000", "0000-0000-0000-0000", "0000000000000000",
                 "0000 000000 00000"):  # fmt: skip
        assert cards[form] >= 10, form
    for form in (r"\d{1,2}\. [a-z]+ \d{4}", r"\d\d\.\d\d\.\d{4}", r"\d{1,2}/\d{1,2}-\d{4}",
                 r"\d\d-\d\d-\d{4}", r"\d{4}-\d\d-\d\d"):  # fmt: skip
        assert sum(bool(re.fullmatch(form, v)) for v in BY_TYPE["DATE_OF_BIRTH"]) >= 20, form
    addresses = BY_TYPE["ADDRESS"]
    for needle in ("\n", "B-", "3900 Nuuk", "Tórshavn", "FO-", "DK-"):
        assert sum(needle in a for a in addresses) >= 10, needle
    assert sum(bool(re.fullmatch(r"[^\d,\n]+ \d+", a)) for a in addresses) >= 30  # street only


NEVER = {
    "organisation line": r"\b(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")\b",
    "short number": r"\bpå 114\b",
    "paragraph": r"§ \d+(?: a)?(?:, stk\. \d(?:, nr\. \d)?)?",
    "law report": r"\bU ?\.?\d{4}\.\d+ ?[HØV]\b|\bTfK \d{4}\.\d+ [HØV]\b",
    "case number": r"\b(?:BS|SS|S)[- ]\d+[-/]\d+(?:/2025)?\b|\bsag nr\. \d+/\d{4}",
    "journal number": r"\b\d{4}-8\d{4}-\d{5}-25\b",
    "collection or tax case": r"Sagsnr\. \S+|Sagsnummer: \d\d-\d{7}",
    "amount": r"(?:kr\. |DKK )\d{1,3}(?:\.\d{3})*(?:,\d\d)?|\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\b"
    r"|\d{1,3}(?:\.\d{3})*,-",
    "cvr": r"CVR(?:-nr\.| nr\.)? \d{8}",
    "date or clock": r"\b\d{1,2}\. [a-z]+ 2025\b|\b\d\d\.\d\d\.202[45]\b|\b2025-\d\d-\d\d\b|"
    r"[kK]l\. \d\d[.:]\d\d",
    "masked value": r"\*{4} \*{4} \*{4} \d{4}|\*{6}\d{4}|\d{6}-(?:xxxx|XXXX|\*{4})|"
    r"\+45 \*\* \*\* \*\* \d\d|[A-Z]{2}\d\dX{6,}\d{4}",
    "bank, court or product": "|".join(map(re.escape, g.BANKS + g.PRODUCTS + g.COURTS)),
    "placeholder": r"\b[TFV][12]\b",
}


def test_birth_dates_not_labelled_without_cue() -> None:
    """The same date forms elsewhere (deaths, rulings, payments) stay unlabelled."""
    for d in SET:
        for m in re.finditer(r"(?:død|afsagt|Dato:) (?:den )?(\S+(?: [a-z]+ \d{4})?)", d["text"]):
            assert checks.types_touching(d, *m.span(1)) == set(), m.group()


def test_negatives_are_pseudonymised() -> None:
    text = "\n".join(d["text"] for d in SET if d["kind"] == "negative")
    for stand_in in ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]",
                     "[IBAN]", "[kortnummer]", "[bruger-id]", "[reg.nr.]", "T1", "F1"):  # fmt: skip
        assert stand_in in text, stand_in
    assert re.search(r"(?<![\w*])[a-z0-9._]+@", text) is None  # only masked addresses remain
    assert re.search(r"\d{6}[- ]?\d{4}(?!\d)", text) is None  # no CPR-like number
    assert re.search(r"\+29[89]|\+4[46] |\+1 ", text) is None  # no foreign or northern phone


def test_names_in_many_written_forms() -> None:
    names = BY_TYPE["PERSON"]
    firsts = set(g.WOMEN + g.MEN + g.GL_FIRST + g.FO_FIRST)
    assert sum(n.islower() for n in names) >= 20
    assert sum(n.isupper() for n in names) >= 50
    assert sum(", " in n for n in names) >= 50
    assert sum(n[-1] == "s" and n[:-1] in firsts for n in names) >= 30
    assert sum("-" in n for n in names) >= 50
    assert sum(n.count(" ") == 2 for n in names) >= 100
    assert sum(bool(re.fullmatch(r"[A-ZÆØÅ]\. \S+", n)) for n in names) >= 50
    assert sum(bool(re.search(r" (?:í|á|við) ", n)) for n in names) >= 10
    assert sum(n.split()[0] in g.GL_FIRST for n in names) >= 100


SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(7, 40),
    exact_spans=True,
    shapes=SHAPES,
    birth_cue=r"(?:født|født den|f\.|Fødselsdato:) $",
    least_ten_digit_runs=200,
    mail=r"[\w.*]+@[\w.]+\w",
    never=NEVER,
    least_never=(30, None),
)
