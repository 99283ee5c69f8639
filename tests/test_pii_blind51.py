"""The fifty-second blind PII set (bench/pii_blind51.py, gambling, gaming and esports hit by
fraud) is what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic (real
date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry
valid check digits and length, phones keep to the allowed ranges and forms; birth dates, CVCs,
codes and MitID user IDs follow their cues; no loose run of ten digits; every unmasked e-mail
address is labelled; player IDs, bet slips, transaction IDs, gamer tags, odds, case and journal
numbers, CVR numbers, merchant codes, IP addresses, timestamps, amounts, masked values,
organisations' lines and pseudonyms never are; negatives are pseudonymised and unlabelled; no
passport or driving-licence numbers."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from bench import pii_blind51 as g

from tests import pii_blind_checks as c

SET = g.generate()
FILE = Path(g.__file__).parent / "data" / "pii_blind51.jsonl"
BY_TYPE = c.values_by_type(SET)
CPR_FORMS = r"\d{6}-\d{4}|\d{10}|\d\d \d\d \d\d \d{4}|\d{6} \d{4}"
PHONE_FORMS = (
    r"\+45 (\d{8})|\+45 (\d\d \d\d \d\d \d\d)|\+45 (\d{4} \d{4})|(\d{4} \d{4})|"
    r"\(\+45\) (\d\d \d\d \d\d \d\d)|0045 (\d{8})|(\d\d \d\d \d\d \d\d)|(\d{8})|\+45(\d{8})|"
    r"(\d\d\.\d\d\.\d\d\.\d\d)"
)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"


@pytest.mark.parametrize(
    ("kind", "good", "bad"),
    [
        ("CPR", "050652-1234", "050652-1238"),  # the second passes modulus 11
        ("CPR", "01 01 03 4000", "01 01 09 4000"),  # century 4 only up to 2005
        ("CARD", "4111 1111 1111 1111", "4111 1111 1111 1112"),
        ("CARD", "5105105105105100", "6011111111111117"),  # not a listed prefix
        ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
        ("IBAN", "MT84 MALT 0110 0001 2345 MTLC AST0 01S", "MT84 MALT 0110 0001 2345 MTLC AST0 01"),
        ("PHONE", "(+45) 42 11 20 33", "+45 80 11 20 33"),
        ("PHONE", "+44 7700 900123", "+44 7700 123456"),
    ],
)
def test_validity_checks_separate_good_and_bad(kind: str, good: str, bad: str) -> None:
    assert CHECKS[kind](good) and not CHECKS[kind](bad)


def test_seeded_and_committed() -> None:
    assert c.reproducible(g.generate, 7, 40)
    assert c.committed(FILE) == SET


def test_documents_do_not_depend_on_order_or_size() -> None:
    small = g.generate(size=40)
    assert [d["text"] for d in small[:20]] == [d["text"] for d in SET[:20]]


def test_size_kinds_genres_and_counts() -> None:
    assert (g.SIZE, g.NEGATIVES) == (1000, 350)
    assert c.plan_faults(SET, g, 30, 100) == []
    assert not {"PASSPORT", "DRIVING_LICENCE", "DRIVERS_LICENSE"} & set(g.TYPES)


def test_spans_are_exact_and_bounded() -> None:
    assert [f for d in SET for f in c.span_faults(d, g.TYPES)] == []


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._]+@(?:post\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[A-D]?(?:, (?:st\.|\d\.) \w+\.)?(?:(?:, |\n)\d{4} [\w ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}


@pytest.mark.parametrize("kind", sorted(SHAPES))
def test_identifiers_have_their_promised_shape(kind: str) -> None:
    assert c.misfits(BY_TYPE[kind], SHAPES[kind]) == []


def test_every_cpr_phone_plate_and_iban_form_is_used() -> None:
    def shape(v: str) -> str:
        return re.sub(r"[A-Z]", "X", re.sub(r"\d", "0", v))

    cpr = Counter(shape(v) for v in BY_TYPE["CPR"])
    phone = Counter(shape(v) for v in BY_TYPE["PHONE"])
    plate = Counter(shape(v) for v in BY_TYPE["NUMBER_PLATE"])
    for form in ("000000-0000", "0000000000", "00 00 00 0000", "000000 0000"):
        assert cpr[shape(form)] >= 30, form
    for form in ("+45 00000000", "+45 00 00 00 00", "+45 0000 0000", "0000 0000",
                 "(+45) 00 00 00 00", "0045 00000000", "00 00 00 00", "00000000", "+4500000000",
                 "00.00.00.00", "+44 0000 000000", "+46 00 000 00 00"):  # fmt: skip
        assert phone[shape(form)] >= 10, form
    assert plate["XX 00 000"] >= 30 and plate["XX00000"] >= 10
    ibans = BY_TYPE["IBAN"]
    assert sum(" " in v for v in ibans) >= 30 and sum(" " not in v for v in ibans) >= 30
    assert {v[:2] for v in ibans} >= {"DK", "MT", "GI", "CY"}


@pytest.mark.parametrize(
    ("kind", "cue"),
    [
        ("DATE_OF_BIRTH", r"(?:født|f\.|Fødselsdato:) $"),
        ("CARD_CVV", r"(?:CVV|cvc|CVC|kontrolcifre):? $"),
        ("OTP", r"(?:kode|koden|engangskode|sms:) $"),
        ("MITID_USER", r"MitID-bruger-ID $"),
    ],
)
def test_cued_values_follow_their_cue(kind: str, cue: str) -> None:
    assert c.uncued(SET, kind, cue) == []


def test_addresses_on_two_lines_and_on_one() -> None:
    assert sum("\n" in v for v in BY_TYPE["ADDRESS"]) >= 100
    assert sum(", " in v and "\n" not in v for v in BY_TYPE["ADDRESS"]) >= 50


def test_accounts_with_and_without_their_reg_number() -> None:
    accounts = BY_TYPE["BANK_ACCOUNT"]
    assert sum(len(v) > 10 for v in accounts) >= 100 and sum(len(v) <= 10 for v in accounts) >= 50


def test_ten_digit_runs_are_identifiers() -> None:
    runs = c.ten_digit_runs(SET)
    assert len(runs) >= 200 and [r for r in runs if not r[2]] == []


def test_mail_addresses_labelled_unless_masked() -> None:
    assert [f for d in SET for f in c.email_faults(d, MAIL)] == []
    assert sum("*" in m for d in SET for m in re.findall(MAIL, d["text"])) >= 30


NEVER = {
    "player id": r"spiller-ID \d{7}",
    "bet slip or transaction id": r"kuponnr\. \d{3}-\d{3}-\d{3}|TX\d{9}",
    "case, ticket or journal number": r"AML-26-\d{4}|RF-26-\d{5}|#TK-\d{6}|IS-\d{6}|"
    r"j\.nr\. \d{4}-\d{5}-\d{5}-26",
    "cvr number": r"CVR-nr\. \d{8}",
    "merchant code": r"MCC 7995",
    "ip address": r"(?:198\.51\.100|203\.0\.113)\.\d{1,3}",
    "odds": r"odds \d{1,2},\d\d",
    "gamer tag": "|".join(map(re.escape, g.GAMER_TAGS)),
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])|\d{1,2}\. [a-z]+ 2026",
    "amount": r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?|€ \d+,\d\d",
    "masked value": r"(?:\*{4} ){3}\d{4}|\*{4,6}\d{4}|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|"
    r"[A-Z]{2}\d\dX{6,}\d{4}|\d{6}-xxxx",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "company, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": r"\b(?:Spiller|Kunde|Vidne|Forælder|Barn|Bruger|Medarbejder|Person) "
    r"(?:[ABCX]|\d)\b",
    "street without number": r"ved (?:" + "|".join(g.STREETS) + r")\.",
}


@pytest.mark.parametrize("name", sorted(NEVER))
def test_hard_negatives_present_and_unlabelled(name: str) -> None:
    count, touched = c.lookalikes(SET, NEVER[name])
    negatives = sum(len(re.findall(NEVER[name], d["text"])) for d in SET if d["kind"] != "positive")
    assert count >= 30 and negatives >= 10 and touched == []


def test_negatives_are_pseudonymised() -> None:
    text = "\n".join(d["text"] for d in SET if d["kind"] == "negative")
    for stand_in in ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]",
                     "[kort]", "[IBAN]", "[MitID-bruger-ID]", "[nummerplade]", "[fødselsdato]",
                     "[udløb]", "[kontrolcifre]"):  # fmt: skip
        assert stand_in in text
    for pseudonym in ("Spiller A", "Kunde 2", "Vidne 1"):
        assert pseudonym in text
    assert re.search(r"(?<![\w*])[a-z0-9._]+@", text) is None  # only masked addresses remain
    numbers = re.findall(
        r"(?<!CVR-nr\. )(?<!\d)\d{8}(?!\d)|(?<!\d)\d\d \d\d \d\d \d\d(?! ?\d)", text
    )
    assert numbers and {n[:2] for n in numbers} <= {"70", "80"}  # organisations' lines only


def test_names_in_many_written_forms() -> None:
    names = BY_TYPE["PERSON"]
    firsts = set(g.WOMEN + g.MEN)
    assert sum(n.islower() for n in names) >= 20
    assert sum(n.isupper() for n in names) >= 50
    assert sum(", " in n for n in names) >= 50
    assert sum(n[-1] == "s" and n[:-1] in firsts for n in names) >= 30
    assert sum("-" in n for n in names) >= 50
    assert sum(n.count(" ") == 2 for n in names) >= 50
    assert sum(bool(re.fullmatch(r"[A-Z]\. \S+", n)) for n in names) >= 20
    assert sum(n.lower() in {k.lower() for k in g.NICKNAMES} for n in names) >= 20


def test_chat_lines_keep_timestamp_and_colon_outside() -> None:
    speakers = 0
    for d in SET:
        for s in d["spans"]:
            if s["type"] == "PERSON" and re.search(r"\[\d\d:\d\d\] $", d["text"][: s["start"]]):
                assert d["text"][s["end"]] == ":"
                speakers += 1
    assert speakers >= 300
