"""The sixth blind PII set (bench/pii_blind5.py): every span is a well-formed value of its type
at word boundaries, identifiers are valid yet synthetic, placeholders and look-alikes stay
unlabelled, and the committed file is exactly what the generator writes."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from itertools import pairwise
from pathlib import Path
from urllib.parse import unquote_plus

from bench import pii_blind5 as gen

from tests import pii_blind_checks as checks

DATA = Path(gen.__file__).parent / "data" / "pii_blind5.jsonl"
ITEMS = gen.generate()
SPANS = [(it["text"][s["start"] : s["end"]], s["type"]) for it in ITEMS for s in it["spans"]]

NAME = r"[^\W\d_][\w'.-]*"
SIDE = r"(?:st|kl|\d)\.?(?: ?(?:tv|th|mf)\.?)?"
FORM = dict(
    [
        ("PERSON", rf"{NAME}(?:,? {NAME}){{0,5}}"),
        (
            "ADDRESS",
            rf"{NAME}(?: {NAME})* \d{{1,3}}(?: ?[a-c])?(?:, {SIDE})?"
            rf"(?:(?:, |\n)(?:dk-|fo-)?\d{{3,4}} {NAME}(?: {NAME})*)?",
        ),
        ("CPR", r"\d{6}[-– ]?\d{4}"),
        ("DATE_OF_BIRTH", r"\d\d?(?:\.|-|/)\s?(?:\d\d?|[a-z]+\.?)(?:\.|-| )?\d{4}|\d{4}-\d\d-\d\d"),
        ("PHONE", r"\+?\d[\d ]{5,15}\d"),
        ("EMAIL", r"[a-z0-9._-]+@example\.(?:dk|com|org)"),
        ("IBAN", r"[a-z]{2}\d\d(?: ?[a-z0-9]{1,4})+"),
        ("BANK_ACCOUNT", r"(?:\d{4}(?:-| | - ))?\d{7,10}"),
        ("CARD", r"\d{4}(?:[ -]?\d{4,6}){2,3}"),
        ("CARD_CVV", r"\d{3,4}"),
        ("CARD_EXPIRY", r"(?:0[1-9]|1[0-2])[/-](?:\d\d|20\d\d)"),
        ("OTP", r"\d{4,8}|\d{3} \d{3}"),
        ("MITID_USER", r"[a-z0-9.]{4,}"),
        ("NUMBER_PLATE", r"[a-z]{2} ?\d\d ?\d{3}"),
    ]
)
MONTH = {m: i for i, m in enumerate(gen.MONTHS, 1)} | {
    m.rstrip("."): i for i, m in enumerate(gen.MONTHS_SHORT, 1)
}


def plain(value: str) -> str:
    """A span as a reader sees it: invisible characters gone, layout and URL encoding undone."""
    value = re.sub("[\u00ad\u200b]", "", value).replace("\u00a0", " ").replace("\r\n", "\n")
    return unquote_plus(value) if "%" in value or re.search(r"\w\+\w", value) else value


def digits_of(value: str) -> str:
    return re.sub(r"\D", "", plain(value))


def birth_of_cpr(value: str) -> date | None:
    """The birth date a CPR number encodes; its seventh digit picks the century."""
    return checks.cpr_birth(digits_of(value))


def luhn_valid(value: str) -> bool:
    return checks.luhn(digits_of(value))


def iban_valid(value: str) -> bool:
    return checks.iban_checksum(plain(value).replace(" ", "").upper())


def birth_date(value: str) -> date:
    v = plain(value).lower()
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", v):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d\d?)\. ([a-z]+)\.? (\d{4})", v):
        return date(int(m[3]), MONTH[m[2]], int(m[1]))
    m = re.fullmatch(r"(\d\d?)[.\-/](\d\d?)[.\- ](\d{4})", v)
    assert m, value
    return date(int(m[3]), int(m[2]), int(m[1]))


def test_each_span_reads_as_a_value_of_its_type() -> None:
    bad = [(k, v) for v, k in SPANS if not re.fullmatch(FORM[k], plain(v), re.I)]
    assert not bad, bad[:5]


def test_spans_are_trimmed_ordered_and_at_word_boundaries() -> None:
    problems = []
    for it in ITEMS:
        t = it["text"]
        bounds = [(s["start"], s["end"]) for s in it["spans"]]
        if any(end > start for (_, end), (start, _) in pairwise(bounds)):
            problems.append(t)
        for a, b in bounds:
            edges = t[a - 1 : a] + t[b : b + 1] if a else t[b : b + 1]
            if not 0 <= a < b <= len(t) or any(map(str.isalnum, edges)) or t[a:b] != t[a:b].strip():
                problems.append(t[max(0, a - 8) : b + 8])
    assert not problems, problems[:3]


def test_types_counts_and_negative_share() -> None:
    counts = Counter(k for _, k in SPANS)
    assert set(counts) == set(FORM) and min(counts.values()) >= 50, counts
    assert counts["PERSON"] >= 2000 and counts["ADDRESS"] >= 800, counts
    kinds = Counter(it["kind"] for it in ITEMS)
    assert all(it["kind"] == ("positive" if it["spans"] else "negative") for it in ITEMS)
    assert 0.33 <= kinds["negative"] / len(ITEMS) <= 0.37, kinds
    assert len({it["text"] for it in ITEMS}) >= 0.98 * len(ITEMS)


def test_identifiers_are_valid_and_synthetic() -> None:
    for value, kind in SPANS:
        d = digits_of(value)
        if kind == "CPR":
            # a real birth date with a serial that fails modulus 11, so no pre-2007 number
            assert birth_of_cpr(value) and not checks.passes_mod11(d), value
        elif kind == "CARD":
            assert luhn_valid(value) and d.startswith(gen.TEST_BINS), value
        elif kind == "IBAN":
            cc = plain(value)[:2].upper()
            size = sum(int(n) for n in re.findall(r"\d+", gen.IBAN_BBAN[cc]))
            assert iban_valid(value) and len(plain(value).replace(" ", "")) == 4 + size, value
        elif kind == "EMAIL":
            assert plain(value).lower().split("@")[1] in gen.EMAIL_DOMAINS, value
        elif kind == "DATE_OF_BIRTH":
            assert date(1920, 1, 1) < birth_date(value) <= gen.REF, value
        elif kind == "PHONE":
            shown = plain(value)
            if shown.startswith(("+45", "0045")) or shown[0] != "+":
                national = re.sub(r"^(?:\+45|0045)", "", shown).replace(" ", "")
                assert len(national) == 8 and national[0] in "2345678", value
            else:
                assert 9 <= len(d) <= 13, value


def test_the_checks_can_fail() -> None:
    assert birth_of_cpr("290200-4122") == date(2000, 2, 29)
    assert birth_of_cpr("290200-2122") is None  # 1900 was no leap year
    assert birth_of_cpr("010170-5123") == date(1870, 1, 1)
    assert checks.passes_mod11("0707614285") and not checks.passes_mod11("0707614286")
    assert luhn_valid("4111 1111 1111 1111") and not luhn_valid("4111 1111 1111 1112")
    assert iban_valid("GB82 WEST 1234 5698 7654 32") and not iban_valid(
        "GB82 WEST 1234 5698 7654 33"
    )
    assert birth_date("3. maj 1984") == birth_date("03.05.1984") == birth_date("1984-05-03")
    assert plain("Jen\u00ads+Holm") == "Jens Holm" and plain("a%40example.dk") == "a@example.dk"


def test_placeholders_organisations_and_masks_stay_unlabelled() -> None:
    guarded = [*gen.NAMED_ORGS, *gen.PERSON_STREETS]
    for it in ITEMS:
        text = it["text"]
        taken = [(m.start(), m.end()) for g in guarded for m in re.finditer(re.escape(g), text)]
        for s in it["spans"]:
            assert not any(s["start"] < b and a < s["end"] for a, b in taken), text[s["start"] :]
            assert not re.search(r"\*|XXXX|\[|REDACTED", text[s["start"] : s["end"]])
        for s in it["spans"]:
            if s["type"] == "PERSON":
                assert text[s["start"] : s["end"]] not in gen.PLACEHOLDERS
        if it["kind"] == "negative":
            assert not re.search(r"[\w.-]+@[\w-]+\.[a-z]{2,}", text), text


def test_address_spans_keep_their_floor_and_postcode() -> None:
    """No floor, side or ", postcode town" is left directly after an ADDRESS span."""
    tail = re.compile(rf"(?:, {SIDE}\b|(?:, |\r?\n)(?:DK-|FO-)?\d{{3,4}} [^\W\d_])", re.I)
    cut = [
        it["text"][s["start"] : s["end"] + 14]
        for it in ITEMS
        for s in it["spans"]
        if s["type"] == "ADDRESS" and tail.match(it["text"], s["end"])
    ]
    assert not cut, cut[:3]


def test_every_email_in_the_text_is_labelled() -> None:
    address = re.compile(r"[\w.-]+(?:@|%40)example\.(?:dk|com|org)", re.I)
    missed = [
        m.group()
        for it in ITEMS
        for m in address.finditer(it["text"])
        if m.span() not in {(s["start"], s["end"]) for s in it["spans"]}
    ]
    assert not missed, missed[:3]


def test_word_lists_are_broad() -> None:
    firsts = {*gen.DK_MALE, *gen.DK_FEMALE} | {n for m, f, _ in gen.IMM.values() for n in m + f}
    surnames = {*gen.DK_SURNAMES} | {n for *_, s in gen.IMM.values() for n in s}
    assert len(firsts) >= 300 and len(surnames) >= 250 and len(gen.STREETS) >= 150
    assert len(gen.POSTAL) >= 250 and all(re.fullmatch(r"\d{4} \S.*", p) for p in gen.POSTAL)
    people = {plain(v) for v, k in SPANS if k == "PERSON"}
    assert any(re.fullmatch(r"\w\. \w+", p) for p in people)  # "J. Hansen"
    assert any(re.fullmatch(r"\w+ \w\. \w+", p) for p in people)  # "Mette K. Jensen"
    assert any("-" in p.split()[0] for p in people if " " in p)  # hyphenated first name
    assert {"Bo", "Kim", "Storm", "Sol", "Lykke"} & {p.split()[0] for p in people}
    assert {"Yılmaz", "Nguyen", "Shevchenko", "Warsame"} & {w for p in people for w in p.split()}


def test_layout_noise_is_present() -> None:
    texts = "".join(it["text"] for it in ITEMS)
    for mark in ("\r\n", "\u00a0", "\u00ad", "\u200b", " \n", "\t", "|"):
        assert mark in texts, repr(mark)
    values = "".join(v for v, _ in SPANS)
    assert "\u00ad" in values and "\u00a0" in values


def test_generation_is_seeded() -> None:
    assert checks.reproducible(gen.generate, seed=9, size=60)


def test_committed_file_equals_generate() -> None:
    lines = DATA.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""
    assert [json.loads(line) for line in lines[:-1]] == ITEMS
