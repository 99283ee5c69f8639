"""The fifteenth blind PII set (bench/pii_blind14.py) keeps the promises of its docstring: one
seed, one set, and the committed file is that set; spans are ordered, disjoint, trimmed slices
of known types with word boundaries; synthetic CPR numbers have a real date and century digit
and fail modulus 11; cards, IBANs and phones are valid in the promised forms and ranges; birth
dates only follow their cue; e-mail addresses are all labelled; organisations' lines, journal,
case and order numbers, amounts and masked values never are; negatives are pseudonymised and
carry no spans; every genre and every written form promised is there."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from bench import pii_blind14 as gen

from tests import pii_blind_checks as checks

DOCS = gen.generate()
DATA = Path(gen.__file__).parent / "data" / "pii_blind14.jsonl"
VALUES: dict[str, list[str]] = {kind: [] for kind in gen.TYPES}
for _doc in DOCS:
    for _span in _doc["spans"]:
        VALUES[_span["type"]].append(_doc["text"][_span["start"] : _span["end"]])


CPR_FORMS = r"(\d{6})[- ]?(\d{4})|(\d\d) (\d\d) (\d\d) (\d{4})"
DANISH = re.compile(
    r"(?:\+45 ?|\(\+45\) |0045 )?(\d{8}|\d{4} \d{4}|\d\d \d\d \d\d \d\d)|(\d\d\.\d\d\.\d\d\.\d\d)"
)


def is_synthetic_cpr(value: str) -> bool:
    return checks.synthetic_cpr(value, CPR_FORMS, gen.WEIGHTS, checks.cpr_centuries_up_to(5))


def is_test_card(value: str) -> bool:
    digits = value.replace(" ", "")
    on_card = checks.written_as(value, digits, checks.grouped_by_four)
    return on_card and checks.card_ok(digits, gen.TEST_PREFIXES)


def is_valid_iban(value: str) -> bool:
    compact = value.replace(" ", "")
    on_paper = checks.written_as(value, compact, checks.grouped_by_four)
    return on_paper and checks.iban_ok(compact, gen.IBAN_LENGTH)


def is_allowed_phone(value: str) -> bool:
    return checks.phone_ok(value, DANISH.pattern, gen.MOBILE + gen.LANDLINE)


CHECKS = {
    is_synthetic_cpr: (
        ["150288-3330", "13 06 88 1704", "300185 2698", "0308763077"],
        ["310488-3331", "0101083330", "0707614285", "1502883330x"],
    ),
    is_test_card: (
        ["4111 1111 1111 1111", "378282246310005", "5555555555554444"],
        ["4111 1111 1111 1112", "4000000000000002", "41111 11111 111111"],
    ),
    is_valid_iban: (
        ["DK50 0040 0440 1162 43", "GB82WEST12345698765432"],
        ["DK50 0040 0440 1162 44", "DK5 00040 0440 1162 43", "DK5000400440116"],
    ),
    is_allowed_phone: (
        ["+45 20 30 40 50", "(+45) 31 17 35 72", "20.30.40.50", "+46 70 174 06 99"],
        ["70 33 12 12", "+46 70 174 06 03", "+44 7700 800123", "2030 40506"],
    ),
}


@pytest.mark.parametrize(
    ("check", "value", "good"),
    [(c, v, True) for c, (ok, _bad) in CHECKS.items() for v in ok]
    + [(c, v, False) for c, (_ok, bad) in CHECKS.items() for v in bad],
)
def test_the_validity_checks_tell_good_from_bad(check, value: str, good: bool) -> None:
    assert check(value) is good


def test_one_seed_one_set_and_the_file_is_it() -> None:
    assert checks.reproducible(gen.generate, seed=3, size=30)
    assert checks.committed(DATA) == DOCS


def test_spans_are_ordered_disjoint_trimmed_and_word_bounded() -> None:
    assert [fault for doc in DOCS for fault in checks.span_faults(doc, gen.TYPES)] == []


def test_the_plan_of_kinds_genres_and_types() -> None:
    assert len(DOCS) == gen.SIZE and len({d["text"] for d in DOCS}) == gen.SIZE
    negatives = [d for d in DOCS if d["kind"] == "negative"]
    assert len(negatives) == gen.NEGATIVES and all(not d["spans"] for d in negatives)
    assert all(d["spans"] for d in DOCS if d["kind"] == "positive")
    per_genre = Counter((d["genre"], d["kind"]) for d in DOCS)
    assert {g for g, _k in per_genre} == set(gen.GENRES)
    assert min(per_genre.values()) >= 30 and len(per_genre) == 2 * len(gen.GENRES)
    assert min(len(v) for v in VALUES.values()) >= 100, {k: len(v) for k, v in VALUES.items()}


PATTERNS = {  # the written shape of each simpler identifier
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d{3}",
    "OTP": r"\d{6}(?:\d\d)?",
    "NUMBER_PLATE": r"[A-Z]{2} \d{2} \d{3}",
    "BANK_ACCOUNT": r"(?:\d{4}[- ])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._]+@(?:post\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ \d{4}|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
}
CHECKED = {"CPR": is_synthetic_cpr, "CARD": is_test_card, "IBAN": is_valid_iban}
CHECKED["PHONE"] = is_allowed_phone


@pytest.mark.parametrize("kind", sorted(PATTERNS) + sorted(CHECKED))
def test_every_identifier_is_synthetic_and_well_formed(kind: str) -> None:
    assert checks.misfits(VALUES[kind], CHECKED.get(kind) or PATTERNS[kind]) == []


def shape_of(value: str) -> str:
    return re.sub(r"\d", "9", value)


@pytest.mark.parametrize(
    ("kind", "forms"),
    [
        ("CPR", ["999999-9999", "9999999999", "99 99 99 9999", "999999 9999"]),
        (
            "PHONE",
            [
                "+45 99999999",
                "+45 99 99 99 99",
                "9999 9999",
                "(+45) 99 99 99 99",
                "0045 99999999",
                "99 99 99 99",
                "99999999",
                "+4599999999",
                "99.99.99.99",
                "+44 9999 999999",
                "+46 99 999 99 99",
            ],
        ),
    ],
)
def test_all_written_forms_occur(kind: str, forms: list[str]) -> None:
    seen = Counter(shape_of(v) for v in VALUES[kind])
    assert [form for form in forms if seen[shape_of(form)] < 10] == []


def test_addresses_carry_floors_letters_and_line_broken_blocks() -> None:
    addresses = VALUES["ADDRESS"]
    assert sum("\n" in a for a in addresses) >= 15
    assert sum(bool(re.search(r", (?:st|\d)\. (?:th|tv|mf)\.", a)) for a in addresses) >= 50
    assert sum(bool(re.search(r" \d+[A-C]\b", a)) for a in addresses) >= 30
    assert all(re.search(r"\d", a) for a in addresses)


def test_birth_dates_follow_their_cue_and_no_other_date_is_labelled() -> None:
    assert checks.uncued(DOCS, "DATE_OF_BIRTH", r"(?:født|f\.|Fødselsdato:) $") == []


def test_long_digit_runs_sit_only_inside_identifiers() -> None:
    runs = checks.ten_digit_runs(DOCS, ("CPR", "BANK_ACCOUNT", "IBAN", "CARD", "PHONE"))
    holders = Counter(kinds for _id, _run, kinds in runs)
    assert frozenset() not in holders and holders[frozenset({"CPR"})] >= 50, holders


def test_every_mail_address_is_labelled_and_masked_ones_are_not() -> None:
    for doc in DOCS:
        for hit in re.finditer(r"[\w.*]+@[\w.]+\w", doc["text"]):
            if "*" in hit.group():
                assert not checks.types_touching(doc, *hit.span()), doc["id"]
            else:
                assert "EMAIL" in checks.types_holding(doc, *hit.span()), (doc["id"], hit.group())


HARD_NEGATIVES = {
    "organisation line": "|".join(re.escape(line) for line in gen.ORG_LINES),
    "journal number": r"\d{4}-\d{5}-\d{5}-26",
    "case number": r"SAG-2026-\d{5}|FR-\d{4}/26|#\d{6}",
    "amount": r"(?:kr\. )?\d{1,3}(?:\.\d{3})*(?:,\d\d)?(?: kr\.?|,-)",
    "cvr": r"CVR \d{8}",
    "clock time": r"kl\. \d\d\.\d\d|\[\d\d:\d\d\]",
    "masked card": r"\*{4} \*{4} \*{4} \d{4}|\d{6}\*{6}\d{4}",
    "masked cpr": r"\d{6}-xxxx",
    "masked phone": r"\+45 \*\* \*\* \*\* \d\d",
    "masked iban": r"[A-Z]{2}\d\dX{6,}\d{4}",
    "bank": "|".join(gen.BANKS),
    "product": "|".join(re.escape(p) for p in gen.PRODUCTS),
}


@pytest.mark.parametrize("name", sorted(HARD_NEGATIVES))
def test_hard_negatives_occur_and_stay_unlabelled(name: str) -> None:
    found, labelled = checks.lookalikes(DOCS, HARD_NEGATIVES[name])
    assert found >= 30, name
    assert labelled == []


def test_negatives_are_pseudonymised_versions_of_the_same_genres() -> None:
    negatives = "\n".join(d["text"] for d in DOCS if d["kind"] == "negative")
    for placeholder in ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]"):
        assert placeholder in negatives, placeholder
    assert not re.search(r"@(?:post\.)?example\.\w+", re.sub(r"\w\*{3}@", "", negatives))


def test_people_appear_in_all_the_written_ways() -> None:
    names = VALUES["PERSON"]
    assert sum(n.islower() for n in names) >= 20  # typed in a chat
    assert sum(bool(re.fullmatch(r"[^,]+, \S+", n)) for n in names) >= 30  # "Lund, Birgit"
    assert sum(n.endswith("s") and n[:-1] in gen.WOMEN + gen.MEN for n in names) >= 10
    assert sum(len(n.split()) == 3 for n in names) >= 100  # with a middle name
    assert sum("-" in n for n in names) >= 20


# pii78: a bank's own postal address under its signature ("Kundeservice, Nordstrand Bank" ⏎
# street ⏎ town) is not personal data and carries no span.
BANK_SIGNATURE = re.compile(rf"\n(?:{'|'.join(gen.STAFF_ROLES)}), [^\n]+\n([^\n]+\n[^\n]+)")


def test_a_banks_own_address_in_its_signature_is_not_labelled() -> None:
    seen, faults = 0, []
    for doc in DOCS:
        for hit in BANK_SIGNATURE.finditer(doc["text"]):
            seen += 1
            if checks.types_touching(doc, hit.start(1), hit.end(1)):
                faults.append(hit.group(1))
    assert seen >= 50 and not faults, faults[:5]
