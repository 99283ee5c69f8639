"""The thirteenth blind PII set (bench/pii_blind12.py) keeps the promises of its docstring: a seed
fixes the set and the committed file is that set; spans are ordered, trimmed, whole-word slices
of known types; CPR numbers carry a real date and century digit and fail modulus 11; IBANs,
test cards and phones are valid in the promised forms and ranges; digit runs of ten or more sit
inside labelled identifiers; every e-mail address is labelled and the organisations' lines,
brands named after people and masked values never are; negatives carry no spans; the names,
spellings and registers of older people and their families are there in number."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from bench import pii_blind12 as gen

from tests import pii_blind_checks as checks

SET = gen.generate()
FILE = Path(gen.__file__).parent / "data" / "pii_blind12.jsonl"


def values_of(kind: str) -> list[str]:
    return [
        doc["text"][span["start"] : span["end"]]
        for doc in SET
        for span in doc["spans"]
        if span["type"] == kind
    ]


def digits_of(value: str) -> list[int]:
    return [int(char) for char in value if char.isdigit()]


CPR_FORMS = r"\d{6}-\d{4}|\d{10}|\d\d \d\d \d\d \d{4}|\d{6} \d{4}"


def is_synthetic_cpr(value: str) -> bool:
    return checks.synthetic_cpr(value, CPR_FORMS, gen.WEIGHTS, checks.cpr_centuries_up_to(5))


def is_test_card(value: str) -> bool:
    return checks.card_ok(value.replace(" ", ""), gen.TEST_PREFIXES)


def is_iban(value: str) -> bool:
    compact = value.replace(" ", "")
    grouped = checks.written_as(value, compact, checks.grouped_by_four)
    return grouped and checks.iban_ok(compact, gen.IBAN_LENGTH)


PHONE_FORMS = {
    "+45 00000000": r"\+45 (\d{8})",
    "+45 00 00 00 00": r"\+45 (\d\d \d\d \d\d \d\d)",
    "0000 0000": r"(\d{4} \d{4})",
    "(+45) 00 00 00 00": r"\(\+45\) (\d\d \d\d \d\d \d\d)",
    "0045 00000000": r"0045 (\d{8})",
    "00 00 00 00": r"(\d\d \d\d \d\d \d\d)",
    "00000000": r"(\d{8})",
    "+4500000000": r"\+45(\d{8})",
    "00.00.00.00": r"(\d\d\.\d\d\.\d\d\.\d\d)",
}


def is_phone(value: str) -> bool:
    forms = "|".join(PHONE_FORMS.values())
    return checks.phone_ok(value, forms, gen.MOBILE + gen.LANDLINE)


@pytest.mark.parametrize(
    ("check", "value", "expected"),
    [
        (is_synthetic_cpr, "290241-1234", False),  # 1941 had no 29 February
        (is_synthetic_cpr, "1203414123", False),  # century digit 4 with year 41
        (is_synthetic_cpr, "1203410006", False),  # passes modulus 11
        (is_synthetic_cpr, "120341 0005", True),
        (is_synthetic_cpr, "12.03.41-0005", False),
        (is_test_card, "4111 1111 1111 1111", True),
        (is_test_card, "4111 1111 1111 1112", False),
        (is_test_card, "4539 1488 0343 6467", False),  # Luhn-valid, no test prefix
        (is_iban, "GB82 WEST 1234 5698 7654 32", True),
        (is_iban, "GB82WEST12345698765432", True),
        (is_iban, "GB82 WEST 1234 5698 7654 33", False),
        (is_iban, "GB82 WEST12345698765432", False),
        (is_phone, "20.30.40.50", True),
        (is_phone, "80.30.40.50", False),
        (is_phone, "+46 70 174 06 04", False),
        (is_phone, "+44 7700 900461", True),
    ],
)
def test_the_checks_themselves(check, value: str, expected: bool) -> None:
    assert check(value) is expected


def test_a_seed_fixes_the_set_and_the_file_holds_it() -> None:
    assert checks.reproducible(gen.generate, seed=4, size=30)
    assert checks.committed(FILE) == SET


def test_spans_are_ordered_trimmed_whole_words() -> None:
    assert [fault for doc in SET for fault in checks.span_faults(doc, gen.TYPES)] == []


def test_counts_kinds_genres_and_types() -> None:
    assert Counter(doc["kind"] for doc in SET) == {"positive": 650, "negative": 350}
    assert len({doc["text"] for doc in SET}) == len(SET) == gen.SIZE
    for doc in SET:
        assert (doc["kind"] == "negative") == (doc["spans"] == []), doc["id"]
    cells = Counter((doc["genre"], doc["kind"]) for doc in SET)
    assert set(cells) == {(g, k) for g in gen.GENRES for k in ("positive", "negative")}
    assert min(cells.values()) >= 50
    per_type = {kind: len(values_of(kind)) for kind in gen.TYPES}
    assert min(per_type.values()) >= 100, per_type


def test_identifiers_are_synthetic_and_valid() -> None:
    for kind, check in (
        ("CPR", is_synthetic_cpr),
        ("CARD", is_test_card),
        ("IBAN", is_iban),
        ("PHONE", is_phone),
    ):
        assert checks.misfits(values_of(kind), check) == [], kind
    shapes = {
        "CARD_EXPIRY": r"(0[1-9]|1[0-2])/(20)?\d\d",
        "CARD_CVV": r"\d{3}",
        "OTP": r"\d{6}|\d{8}",
        "NUMBER_PLATE": r"[A-Z]{2} \d\d \d{3}",
        "BANK_ACCOUNT": r"(\d{4}[- ])?\d{7,10}",
        "MITID_USER": r"[a-z]+\d{2,4}",
    }
    for kind, shape in shapes.items():
        assert checks.misfits(values_of(kind), shape) == [], kind


def test_cvv_follows_its_cue_and_the_victim_has_one_cpr() -> None:
    for doc in SET:
        numbers = set()
        for span in doc["spans"]:
            value = doc["text"][span["start"] : span["end"]]
            if span["type"] == "CARD_CVV":
                lead = doc["text"][: span["start"]]
                assert re.search(r"(?:CVV|cvv|cvc|kontrolcifre) $", lead), doc["id"]
            if span["type"] == "CPR":
                numbers.add("".join(map(str, digits_of(value))))
        assert len(numbers) <= 1, doc["id"]


def test_every_promised_form_is_there() -> None:
    phones = Counter(re.sub(r"\d", "0", value) for value in values_of("PHONE"))
    assert all(phones[re.sub(r"\d", "0", form)] >= 20 for form in PHONE_FORMS), phones
    assert sum(value.startswith(("+44 ", "+46 ")) for value in values_of("PHONE")) >= 30
    cprs = Counter(re.sub(r"\d", "0", value) for value in values_of("CPR"))
    assert len(cprs) == 4 and min(cprs.values()) >= 50, cprs
    addresses = values_of("ADDRESS")
    assert sum("\n" in value for value in addresses) >= 100
    assert sum(value == value.lower() for value in addresses) >= 30  # typed in a chat
    assert len({value[:2] for value in values_of("IBAN")}) >= 8
    births = Counter(
        re.sub(r"[a-z]+", "m", re.sub(r"\d", "0", v)) for v in values_of("DATE_OF_BIRTH")
    )
    assert len(births) >= 4, births


def test_birth_dates_only_after_their_cue_and_maiden_names_are_no_dates() -> None:
    maiden = 0
    for doc in SET:
        for span in doc["spans"]:
            value = doc["text"][span["start"] : span["end"]]
            lead = doc["text"][max(0, span["start"] - 13) : span["start"]]
            if span["type"] == "DATE_OF_BIRTH":
                assert re.search(r"(?:født|f\.|Fødselsdato:) $", lead), (lead, value)
                assert re.search(r"\b(?:19[3-9]\d|200[0-5])$", value), value
            elif re.search(r"(?:\(født|, f\.) $", lead):
                assert span["type"] == "PERSON" and re.fullmatch(r"[A-ZÆØÅ][a-zæøå]+", value)
                maiden += 1
    assert maiden >= 30


def test_no_long_digit_run_outside_an_identifier() -> None:
    holders = ("CPR", "BANK_ACCOUNT", "IBAN", "CARD", "PHONE")
    assert [run for run in checks.ten_digit_runs(SET, holders) if not run[2]] == []


def test_every_mail_address_is_labelled() -> None:
    address = re.compile(r"[\w.+-]+@(?:post\.)?example\.(?:dk|com|net|org)\b")
    for doc in SET:
        for hit in address.finditer(doc["text"]):
            assert "EMAIL" in checks.types_holding(doc, *hit.span()), (doc["id"], hit.group())
        masked_away = re.sub(r"[\w*]+@(?:post\.)?example\.\w+", "", doc["text"])
        assert "@" not in masked_away, doc["id"]


def test_lookalikes_are_never_labelled() -> None:
    fixed = [re.escape(x) for x in (*gen.PRODUCTS, *gen.BANKS, *gen.POLICE)]
    patterns = [*fixed, r"\b[78]0 \d\d \d\d \d\d\b", r"\b\d{4}-\d{5}-\d{5}-26\b"]
    patterns += [
        r"CVR \d{8}",
        r"ringe 1813 eller 114|fra 1272|politiet \(114\)",
        r"\*{4} \*{4} \*{4} \d{4}",
    ]
    patterns += [r"\d{6}-xxxx", r"\+45 \*\* \*\* \*\* \d\d", r"\*{6}\d{4}", r"kl\. \d+\.\d\d"]
    lookalike = re.compile("|".join(patterns))
    seen = Counter[str]()
    for doc in SET:
        for hit in lookalike.finditer(doc["text"]):
            seen[hit.group()[:6]] += 1
            overlapping = [
                s for s in doc["spans"] if s["start"] < hit.end() and hit.start() < s["end"]
            ]
            assert overlapping == [], (doc["id"], hit.group())
    assert sum(seen.values()) >= 2000, seen


def test_the_names_of_older_people_and_their_families() -> None:
    names = values_of("PERSON")
    nicknames = set(gen.NICKNAMES.values())
    assert sum(len(n.split()) >= 3 and "," not in n for n in names) >= 150  # middle names
    assert sum(n in nicknames or n.lower() in {x.lower() for x in nicknames} for n in names) >= 50
    assert sum(n.endswith((" Sr.", " Jr.", " sr.", " jr.")) for n in names) >= 20
    assert sum(n == n.lower() for n in names) >= 100  # written in lower case in chats
    assert sum(bool(re.fullmatch(r"[A-ZÆØÅ]\w+, [A-ZÆØÅ][\w .]+", n)) for n in names) >= 30
    assert sum(bool(re.search(r" [A-ZÆØÅ]\. ", n)) for n in names) >= 30  # "Karen M. Jensen"
    old = set(gen.OLD_WOMEN + gen.OLD_MEN)
    young = set(gen.YOUNG)
    assert sum(n.split()[0] in old for n in names) >= 300
    assert sum(n.split()[0].capitalize() in young for n in names) >= 300


def test_the_chats_read_like_chats() -> None:
    chats = [doc["text"] for doc in SET if doc["genre"] == "sms_familie"]
    assert sum(any(e in text for e in gen.EMOJIS) for text in chats) >= 150
    assert sum(bool(re.search(r"\b(?:mvh|vh|kh|knus)\b", text)) for text in chats) >= 60
    assert sum(bool(re.search(r"\b(?:æ|ik|ka|hva)\b", text)) for text in chats) >= 60
    formal = [doc["text"] for doc in SET if doc["genre"].startswith("brev")]
    assert all(re.search(r"\bDem?\b", text) for text in formal)
