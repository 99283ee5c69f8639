"""The twelfth blind PII set (bench/pii_blind11.py) holds to its docstring: one seed gives one
set and the committed file is that set; spans are ordered, trimmed, whole-word slices of known
types; CPR numbers have a real date and century digit and fail modulus 11; IBANs, cards and
phones are valid in the forms and ranges promised; long digit runs only occur inside labelled
identifiers; e-mail addresses are all labelled and the organisations' lines, products and
references never are; negatives carry no spans; the names are as diverse as promised."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from bench import pii_blind11 as gen

from tests import pii_blind_checks as checks

DOCS = gen.generate()
COMMITTED = Path(gen.__file__).parent / "data" / "pii_blind11.jsonl"
LABELLED = [
    (doc, span, doc["text"][span["start"] : span["end"]]) for doc in DOCS for span in doc["spans"]
]
BY_TYPE = checks.values_by_type(DOCS)
ADDRESS_BOOK = re.compile(r"[\w.+-]+@(?:post\.)?example\.(?:dk|com|net|org)\b")


CPR_FORMS = r"\d{6}-\d{4}|\d{10}|\d\d \d\d \d\d \d{4}"
PHONE_FORMS = r"(?:\+45 ?|\(\+45\) |0045 )?(\d{8}|\d{4} \d{4}|\d\d \d\d \d\d \d\d)"


def cpr_valid(value: str) -> bool:
    """Form of the docstring, a real date for the century digit, and modulus 11 failing."""
    return checks.synthetic_cpr(value, CPR_FORMS, gen.WEIGHTS, checks.cpr_centuries_up_to(5))


def luhn_test_card(value: str) -> bool:
    return checks.card_ok(value.replace(" ", ""), gen.TEST_PREFIXES)


def iban_valid(value: str) -> bool:
    compact = value.replace(" ", "")
    grouped = checks.written_as(value, compact, checks.grouped_by_four)
    return grouped and checks.iban_ok(compact, gen.IBAN_LENGTH)


def phone_valid(value: str) -> bool:
    return checks.phone_ok(value, PHONE_FORMS, gen.MOBILE + gen.LANDLINE)


@pytest.mark.parametrize(
    ("check", "value", "expected"),
    [
        (cpr_valid, "300261-1235", False),  # 30 February
        (cpr_valid, "0101064123", False),  # century digit 4 for 2006 is outside the promise
        (cpr_valid, "0707614285", False),  # passes modulus 11
        (cpr_valid, "07 07 61 3286", True),
        (luhn_test_card, "4242 4242 4242 4242", True),
        (luhn_test_card, "4242 4242 4242 4243", False),
        (luhn_test_card, "4000 0000 0000 0002", False),  # Luhn-valid, not a listed prefix
        (iban_valid, "DK50 0040 0440 1162 43", True),
        (iban_valid, "DK5000400440116243", True),
        (iban_valid, "DK50 0040 0440 1162 44", False),
        (phone_valid, "(+45) 20 30 40 50", True),
        (phone_valid, "70 15 22 90", False),
        (phone_valid, "+46 70 174 06 03", False),
        (phone_valid, "+44 7700 900123", True),
    ],
)
def test_checks_accept_and_refuse(check, value: str, expected: bool) -> None:
    assert check(value) is expected


def test_one_seed_one_set_and_the_file_is_it() -> None:
    assert checks.reproducible(gen.generate, seed=11, size=25)
    assert checks.committed(COMMITTED) == DOCS


def test_spans_slice_cleanly() -> None:
    assert [fault for doc in DOCS for fault in checks.span_faults(doc, gen.TYPES)] == []


def test_size_kinds_genres_and_types() -> None:
    kinds = Counter(doc["kind"] for doc in DOCS)
    assert kinds == {"negative": 350, "positive": 650}
    assert len({doc["text"] for doc in DOCS}) == gen.SIZE
    assert all(bool(doc["spans"]) == (doc["kind"] == "positive") for doc in DOCS)
    per_genre = Counter((doc["genre"], doc["kind"]) for doc in DOCS)
    assert len(per_genre) == 2 * len(gen.GENRES) and min(per_genre.values()) >= 50, per_genre
    sizes = {kind: len(values) for kind, values in BY_TYPE.items()}
    assert set(sizes) == set(gen.TYPES) and min(sizes.values()) >= 100, sizes


def test_identifiers_are_synthetic_and_valid() -> None:
    rules = {"CPR": cpr_valid, "IBAN": iban_valid, "CARD": luhn_test_card, "PHONE": phone_valid}
    rules |= {
        "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?\d\d",
        "CARD_CVV": r"\d{3}",
        "OTP": r"\d{6}|\d{8}",
        "NUMBER_PLATE": r"[A-Z]{2} \d\d \d{3}",
        "BANK_ACCOUNT": r"(?:\d{4}[- ])?\d{7,10}",
        "MITID_USER": r"[a-z]+\d{2,4}",
    }
    assert {kind: checks.misfits(BY_TYPE[kind], rule) for kind, rule in rules.items()} == {
        kind: [] for kind in rules
    }


def test_all_written_forms_occur() -> None:
    def shapes(kind: str) -> Counter[str]:
        return Counter(re.sub(r"\d", "0", v) for v in BY_TYPE[kind])

    phones = shapes("PHONE")
    wanted = ["+00 00000000", "+00 00 00 00 00", "0000 0000", "(+00) 00 00 00 00", "0000 00000000"]
    wanted += ["00 00 00 00", "00000000", "+0000000000"]
    assert all(phones[form] >= 30 for form in wanted), phones
    assert min(shapes("CPR")[f] for f in ("000000-0000", "0000000000", "00 00 00 0000")) >= 50
    assert sum("\n" in v for v in BY_TYPE["ADDRESS"]) >= 100
    assert sum(v.startswith(("+44", "+46")) for v in BY_TYPE["PHONE"]) >= 30
    assert len({v[:2] for v in BY_TYPE["IBAN"]}) >= 6


def test_birth_dates_only_after_their_cue() -> None:
    for doc, span, value in LABELLED:
        if span["type"] == "DATE_OF_BIRTH":
            lead = doc["text"][max(0, span["start"] - 14) : span["start"]]
            assert re.search(r"(?:[Ff]ødt|f\.|Fødselsdato:|DOB:|born) $", lead), (lead, value)
            assert re.search(r"\b(?:19\d\d|200[0-5])\b", value)


def test_long_digit_runs_live_inside_identifiers() -> None:
    holders = ("CPR", "BANK_ACCOUNT", "IBAN", "CARD", "PHONE")  # "+4520304050"
    assert [run for run in checks.ten_digit_runs(DOCS, holders) if not run[2]] == []


def test_every_address_is_labelled_each_time() -> None:
    for doc in DOCS:
        for hit in ADDRESS_BOOK.finditer(doc["text"]):
            assert "EMAIL" in checks.types_holding(doc, *hit.span()), (doc["id"], hit.group())
        rest = re.sub(r"[\w*]+@(?:post\.)?example\.(?:dk|com|net|org)", "", doc["text"])
        assert not re.search(r"\S@\S", rest), doc["id"]


def test_lookalikes_stay_unlabelled() -> None:
    lookalikes = [re.escape(x) for x in (*gen.ORG_LINES, *gen.PRODUCTS, *gen.BANKS)]
    lookalikes += [r"#TS-\d{7}", r"annonce nr\. \d{8}", r"CVR \d{8}", r"T-\d{4}", r"SAG-2026-\d{6}"]
    lookalikes += [r"Møde-id: [\d ]+", r"transaktions-ID \d{9}[A-F]", r"\*{4} \*{4} \*{4} \d{4}"]
    pattern = re.compile("|".join(lookalikes))
    hits = Counter[str]()
    for doc in DOCS:
        for hit in pattern.finditer(doc["text"]):
            hits[re.sub(r"\d", "0", hit.group())[:12]] += 1
            assert not checks.types_touching(doc, *hit.span()), (doc["id"], hit.group())
    assert sum(hits.values()) > 3000, hits


def test_names_are_as_diverse_as_promised() -> None:
    names = BY_TYPE["PERSON"]
    markers = [" al-", " bin ", " von ", " de ", " la Cour", " dela ", " de los ", "El-", "-"]
    assert all(sum(marker in n for n in names) >= 5 for marker in markers), markers
    assert (
        sum(bool(re.fullmatch(r"[^a-z,]+, [A-ZÆØÅ].*", n)) for n in names) >= 50
    )  # "YILMAZ, Ayse"
    assert sum(any(c in n for c in "ễịăđạ") for n in names) >= 20  # Vietnamese as written
    assert sum(any(c in n for c in "ŞşıĞğÇçŁłąęńśźżȘșțȚ") for n in names) >= 50
    pairs = 0
    for doc in DOCS:
        values = {v for d, s, v in LABELLED if d is doc and s["type"] == "PERSON"}
        pairs += any(
            v.replace(k, alt) in values for v in values for k, alt in gen.VARIANTS.items() if k in v
        )
    assert pairs >= 20
