"""The nineteenth blind PII set (bench/pii_blind18.py) is what its docstring says: seeded and
reproducible, with the committed JSONL equal to ``generate()``; spans are exact, disjoint
slices of known types; CPR numbers are synthetic (real date, fitting century digit, failing
modulus 11), cards pass Luhn with a test prefix, IBANs carry valid check digits and length,
phones keep to the allowed ranges and forms; no loose run of ten digits; every unmasked e-mail
address is labelled; handles, order and box numbers, timestamps, amounts and masked values
never are; negatives are pseudonymised and unlabelled."""

from __future__ import annotations

import contextlib
import json
import re
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

import pytest
from bench import pii_blind18 as g

SET = g.generate()
FILE = Path(g.__file__).parent / "data" / "pii_blind18.jsonl"
BY_TYPE: defaultdict[str, list[str]] = defaultdict(list)
for _d in SET:
    for _s in _d["spans"]:
        BY_TYPE[_s["type"]].append(_d["text"][_s["start"] : _s["end"]])


def cpr_ok(value: str) -> bool:
    if not re.fullmatch(r"\d{6}[- ]?\d{4}|\d\d \d\d \d\d \d{4}", value):
        return False
    n = value.replace("-", "").replace(" ", "")
    year = int(n[4:6]) + (2000 if n[6] == "4" else 1900)
    if n[6] > "4" or year > 2005:
        return False
    with contextlib.suppress(ValueError):
        born = datetime.strptime(f"{n[:4]}{year}", "%d%m%Y")
        return born.year == year and sum(map(lambda c, w: int(c) * w, n, g.WEIGHTS)) % 11 > 0
    return False


def luhn_ok(value: str) -> bool:
    n = value.replace(" ", "")
    if value not in (n, g.grouped(n)) or not n.isdigit() or not n.startswith(g.TEST_PREFIXES):
        return False
    doubled = [int(c) * 2 - 9 * (int(c) > 4) for c in n[-2::-2]]
    return (sum(doubled) + sum(int(c) for c in n[::-2])) % 10 == 0


def iban_ok(value: str) -> bool:
    n = value.replace(" ", "")
    if value not in (n, g.grouped(n)) or len(n) != g.IBAN_LENGTH.get(n[:2], -1):
        return False
    return int("".join(str(int(c, 36)) for c in n[4:] + n[:4])) % 97 == 1


PHONE_FORMS = (
    r"\+45 (\d\d)\d{6}", r"\+45 (\d\d) \d\d \d\d \d\d", r"\+45 (\d\d)\d\d \d{4}",
    r"(\d\d)\d\d \d{4}", r"\(\+45\) (\d\d) \d\d \d\d \d\d", r"0045 (\d\d)\d{6}",
    r"(\d\d) \d\d \d\d \d\d", r"(\d\d)\d{6}", r"\+45(\d\d)\d{6}", r"(\d\d)\.\d\d\.\d\d\.\d\d",
)  # fmt: skip


def phone_ok(value: str) -> bool:
    if re.fullmatch(r"\+44 7700 900\d\d\d|\+46 70 174 06 (?:0[5-9]|[1-9]\d)", value):
        return True
    for form in PHONE_FORMS:
        m = re.fullmatch(form, value)
        if m:
            return m.group(1) in g.MOBILE + g.LANDLINE and m.group(1) not in ("70", "80")
    return False


@pytest.mark.parametrize(
    ("check", "good", "bad"),
    [
        (cpr_ok, "050652-1234", "050652-1238"),  # the second passes modulus 11
        (cpr_ok, "01 01 03 4000", "01 01 09 4000"),  # century 4 only up to 2005
        (luhn_ok, "4111 1111 1111 1111", "4111 1111 1111 1112"),
        (luhn_ok, "4242424242424242", "6011111111111117"),  # not a listed prefix
        (iban_ok, "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
        (phone_ok, "(+45) 42 11 20 33", "+45 70 11 20 33"),
        (phone_ok, "+45 2030 4050", "+45 8020 4050"),
        (phone_ok, "+46 70 174 06 55", "+46 70 174 06 01"),
    ],
)
def test_validity_checks_separate_good_and_bad(check, good: str, bad: str) -> None:
    assert check(good) and not check(bad)


def test_seeded_and_committed() -> None:
    assert g.generate(seed=7, size=40) == g.generate(seed=7, size=40)
    assert g.generate(seed=7, size=40) != g.generate(seed=8, size=40)
    assert [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines()] == SET


def test_size_kinds_and_genres() -> None:
    kinds = Counter(d["kind"] for d in SET)
    assert kinds == {"negative": g.NEGATIVES, "positive": g.SIZE - g.NEGATIVES}
    assert len({d["text"] for d in SET}) == len(SET) == g.SIZE
    cells = Counter((d["genre"], d["kind"]) for d in SET)
    assert len(cells) == 2 * len(g.GENRES) and min(cells.values()) >= 30
    assert all(bool(d["spans"]) == (d["kind"] == "positive") for d in SET)
    assert {t: len(BY_TYPE[t]) >= 100 for t in g.TYPES} == dict.fromkeys(g.TYPES, True)


def test_spans_are_exact_and_bounded() -> None:
    for d in SET:
        text, previous = d["text"], 0
        for s in d["spans"]:
            assert s.keys() == {"start", "end", "type"} and s["type"] in g.TYPES
            assert previous <= s["start"] < s["end"] <= len(text), d["id"]
            piece = text[s["start"] : s["end"]]
            assert piece == piece.strip()
            edge = (text[s["start"] - 1] if s["start"] else "") + text[s["end"] : s["end"] + 1]
            assert not re.search(r"\w", edge), (d["id"], piece)
            previous = s["end"]


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._]+@(?:post\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅa-zæøå][\w .é]+ \d+[A-Ca-c]?(?:,? ?[\w. ]+)?(?:(?:, |\n)\d{4} [\w ]+)?",
    "CPR": cpr_ok,
    "CARD": luhn_ok,
    "IBAN": iban_ok,
    "PHONE": phone_ok,
}


@pytest.mark.parametrize("kind", sorted(SHAPES))
def test_identifiers_have_their_promised_shape(kind: str) -> None:
    rule = SHAPES[kind]
    fits = rule if callable(rule) else re.compile(rule).fullmatch
    assert [v for v in BY_TYPE[kind] if not fits(v)] == []


def test_every_cpr_phone_and_plate_form_is_used() -> None:
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


def test_birth_dates_only_after_a_cue() -> None:
    for d in SET:
        for s in d["spans"]:
            if s["type"] == "DATE_OF_BIRTH":
                assert re.search(r"(?:født|f\.|Fødselsdato:) $", d["text"][: s["start"]])


def labelled(d: dict, start: int, end: int) -> set[str]:
    return {s["type"] for s in d["spans"] if s["start"] < end and start < s["end"]}


def test_ten_digit_runs_are_identifiers() -> None:
    owners = Counter()
    for d in SET:
        for m in re.finditer(r"\d{10,}", d["text"]):
            inside = {
                s["type"] for s in d["spans"] if s["start"] <= m.start() and m.end() <= s["end"]
            }
            owners[frozenset(inside)] += 1
    assert frozenset() not in owners and sum(owners.values()) >= 200


def test_mail_addresses_labelled_unless_masked() -> None:
    for d in SET:
        for m in re.finditer(r"[\w.*]+@[\w.]+\w", d["text"]):
            masked = "*" in m.group()
            assert labelled(d, *m.span()) == (set() if masked else {"EMAIL"}), m.group()


NEVER = {
    "handle": "|".join(map(re.escape, g.HANDLES)) + r"|dba_saelger2231",
    "order or customer number": r"#\d{7}\b|Ordrenr\. \d{9}|^\d{6}(?=[;\t])",
    "mobilepay box": r"MobilePay Box \d{5}",
    "case reference": r"SAG-2026-\d{4}|INC\d{7}",
    "timestamp": r"\[\d\d\.\d\d\.26, \d\d:\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|"
    r"2026-\d\d-\d\d(?: \d\d:\d\d)?",
    "amount": r"-?(?:kr\. )?\d{1,3}(?:\.\d{3})*(?:,\d\d)?(?: kr\.?)?(?<=kr|r\.)",
    "masked value": r"(?:\*{4} |X{4} ){3}\d{4}|•••• \d{4}|\*{6}\d{4}|\+45 \*\* \*\* \*\* \d\d|"
    r"\w\*{3}@[\w.]+|DK\d\dX{10}\d{4}",
    "organisation line": "|".join(map(re.escape, g.ORG_LINES)),
    "bank, shop or product": "|".join(map(re.escape, g.BANKS + g.SHOPS + g.PRODUCTS)),
}


@pytest.mark.parametrize("name", sorted(NEVER))
def test_hard_negatives_present_and_unlabelled(name: str) -> None:
    rule = re.compile(NEVER[name], re.M)
    found = [(d, m) for d in SET for m in rule.finditer(d["text"])]
    assert len(found) >= 30
    assert sum(d["kind"] == "negative" for d, _m in found) >= 10
    assert [m.group() for d, m in found if labelled(d, *m.span())] == []


def test_negatives_are_pseudonymised() -> None:
    text = "\n".join(d["text"] for d in SET if d["kind"] == "negative")
    for stand_in in ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]"):
        assert stand_in in text
    assert re.search(r"(?<![\w*])[a-z0-9._]+@", text) is None  # only masked addresses remain
    numbers = re.findall(r"(?<!\d)\d{8}(?!\d)|(?<!\d)\d\d \d\d \d\d \d\d(?! ?\d)", text)
    assert numbers and {n[:2] for n in numbers} <= {"70", "80"}  # organisations' lines only


def test_names_in_many_written_forms() -> None:
    names = BY_TYPE["PERSON"]
    firsts = set(g.WOMEN + g.MEN)
    assert sum(n.islower() for n in names) >= 20
    assert sum(n.isupper() for n in names) >= 50
    assert sum(", " in n for n in names) >= 50
    assert sum(n[-1] == "s" and n[:-1] in firsts for n in names) >= 30
    assert sum("-" in n for n in names) >= 50
    assert sum(n.count(" ") == 2 for n in names) >= 100
    assert sum(bool(re.fullmatch(r"[A-Z]\. \S+", n)) for n in names) >= 20


def test_mentions_and_emoji_names_keep_their_marks_outside() -> None:
    mentions = emoji = 0
    for d in SET:
        for s in d["spans"]:
            before, after = d["text"][s["start"] - 1], d["text"][s["end"] : s["end"] + 2]
            if s["type"] == "PERSON" and before == "@":
                mentions += 1
            if s["type"] == "PERSON" and after.strip() in g.EMOJI:
                emoji += 1
    assert mentions >= 50 and emoji >= 50
