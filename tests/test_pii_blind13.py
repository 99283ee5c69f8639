"""The fourteenth blind PII set (bench/pii_blind13.py) holds to its docstring: one seed gives one
set and the committed file is that set; spans are ordered, trimmed, whole-word slices of known
types that never take in a key, quote or tag; escaped values are labelled as they stand; CPR
numbers have a real date and century digit and fail modulus 11; IBANs, cards and phones are
valid in the forms and ranges promised; long digit runs only occur inside labelled identifiers;
e-mail addresses are all labelled and machine identifiers, organisations' lines and products
never are; negatives carry no spans; every machine format promised is there."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from bench import pii_blind13 as gen

from tests import pii_blind_checks as checks

DOCS = gen.generate()
COMMITTED = Path(gen.__file__).parent / "data" / "pii_blind13.jsonl"
LABELLED = [(d, s, d["text"][slice(s["start"], s["end"])]) for d in DOCS for s in d["spans"]]
BY_TYPE = {kind: [v for _d, s, v in LABELLED if s["type"] == kind] for kind in gen.TYPES}
ADDRESS_BOOK = re.compile(r"[\w.+-]+@(?:post\.)?example\.(?:dk|com|net|org)\b")


CPR_FORMS = r"(\d\d)(\d\d)(\d\d)-?(\d)\d{3}|(\d\d) (\d\d) (\d\d) (\d)\d{3}"
PHONE_FORMS = r"(?:\+45 ?|\(\+45\) |0045 )?(\d{8}|\d{4} \d{4}|\d\d \d\d \d\d \d\d)"


def cpr_valid(value: str) -> bool:
    """One of the three forms, a real date for the century digit, modulus 11 failing."""
    centuries = checks.cpr_centuries_up_to(5)
    return checks.synthetic_cpr(value, CPR_FORMS, gen.WEIGHTS, centuries)


def luhn_test_card(value: str) -> bool:
    return checks.card_ok(value.replace(" ", ""), gen.TEST_PREFIXES)


def iban_valid(value: str) -> bool:
    compact = value.replace(" ", "")
    spacing_ok = checks.written_as(value, compact, checks.grouped_by_four)
    return spacing_ok and checks.iban_ok(compact, gen.IBAN_LENGTH)


def phone_valid(value: str) -> bool:
    return checks.phone_ok(value, PHONE_FORMS, (*gen.MOBILE, *gen.LANDLINE))


ACCEPTED = {
    cpr_valid: ["07 07 61 3286", "2109620415", "130202-4832"],
    luhn_test_card: ["4242 4242 4242 4242", "378282246310005"],
    iban_valid: ["DK50 0040 0440 1162 43", "DK5000400440116243"],
    phone_valid: ["(+45) 20 30 40 50", "+44 7700 900999", "+46 70 174 06 05", "+4531173572"],
}
REFUSED = {
    # 31 April; century digit 4 for 2007; one that passes modulus 11; a space after the date
    cpr_valid: ["310478-1235", "0101074123", "0707614285", "210962 0415"],
    # Luhn broken; Luhn-valid without a listed test prefix
    luhn_test_card: ["4242 4242 4242 4241", "4000 0000 0000 0002"],
    iban_valid: ["DK50 0040 0440 1162 45", "DK500 0400 4401 1624 3"],
    # an organisation's 70 line; a Swedish number below the fiction range; nine digits
    phone_valid: ["+45 70 20 14 88", "+46 70 174 06 04", "2030 40506"],
}


@pytest.mark.parametrize(
    ("check", "value", "expected"),
    [(c, v, True) for c, vs in ACCEPTED.items() for v in vs]
    + [(c, v, False) for c, vs in REFUSED.items() for v in vs],
)
def test_the_checks_themselves_accept_and_refuse(check, value: str, expected: bool) -> None:
    assert check(value) is expected


def test_seeded_and_committed() -> None:
    assert checks.reproducible(gen.generate, seed=13, size=24)
    assert checks.committed(COMMITTED) == DOCS


def test_spans_slice_cleanly_and_never_take_the_wrapping() -> None:
    wrapping = re.compile(r'^["\'<>:]|^=(?![0-9A-F]{2})|["\'<>]$')
    assert [fault for doc in DOCS for fault in checks.span_faults(doc, gen.TYPES)] == []
    for doc, _span, value in LABELLED:
        assert not wrapping.search(value), (doc["id"], value)
        assert "mailto:" not in value and "=?UTF-8" not in value, (doc["id"], value)


def test_kinds_genres_and_type_counts() -> None:
    plan = Counter((doc["genre"], doc["kind"], bool(doc["spans"])) for doc in DOCS)
    assert {kind for _g, kind, _s in plan} == {"negative", "positive"}
    assert all(labelled == (kind == "positive") for _g, kind, labelled in plan), plan
    assert sum(n for (_g, kind, _s), n in plan.items() if kind == "negative") == 350
    assert len({doc["text"] for doc in DOCS}) == len(DOCS) == gen.SIZE
    assert {g for g, _k, _s in plan} == set(gen.GENRES) and len(plan) == 2 * len(gen.GENRES)
    assert min(plan.values()) >= 25, plan
    counts = Counter(span["type"] for _d, span, _v in LABELLED)
    assert counts.keys() == set(gen.TYPES) and min(counts.values()) >= 100, counts


VALID = {
    "CPR": cpr_valid,
    "IBAN": iban_valid,
    "CARD": luhn_test_card,
    "PHONE": phone_valid,
    "CARD_EXPIRY": re.compile(r"(?:0[1-9]|1[0-2])/(?:20)?\d\d").fullmatch,
    "CARD_CVV": re.compile(r"\d{3}").fullmatch,
    "OTP": re.compile(r"\d{6}|\d{8}").fullmatch,
    "NUMBER_PLATE": re.compile(r"[A-Z]{2} ?\d\d ?\d{3}").fullmatch,
    "BANK_ACCOUNT": re.compile(r"(?:\d{4}[- ])?\d{7,10}").fullmatch,
    "MITID_USER": re.compile(r"[a-z]+\d{2,4}").fullmatch,
    "EMAIL": ADDRESS_BOOK.fullmatch,
}


@pytest.mark.parametrize("kind", sorted(VALID))
def test_identifiers_are_synthetic_and_valid(kind: str) -> None:
    assert checks.misfits(BY_TYPE[kind], VALID[kind]) == []


FORMS = {  # every written form promised, with the least number of times it must occur
    "PHONE": {"+00 00000000": 20, "+00 00 00 00 00": 20, "0000 0000": 20, "00 00 00 00": 20},
    "CPR": {"000000-0000": 20, "0000000000": 20, "00 00 00 0000": 20},
    "NUMBER_PLATE": {"AA 00 000": 30, "AA00000": 30},
}
FORMS["PHONE"] |= {"(+00) 00 00 00 00": 20, "0000 00000000": 20, "00000000": 20, "+0000000000": 20}


@pytest.mark.parametrize("kind", sorted(FORMS))
def test_all_written_forms_occur(kind: str) -> None:
    shapes = Counter(re.sub("[A-Z]", "A", re.sub(r"\d", "0", v)) for v in BY_TYPE[kind])
    assert {form: shapes[form] for form in FORMS[kind]} == {
        form: max(least, shapes[form]) for form, least in FORMS[kind].items()
    }


def test_foreign_numbers_and_ibans() -> None:
    assert sum(v[:3] in ("+44", "+46") for v in BY_TYPE["PHONE"]) >= 30
    assert len(Counter(v[:2] for v in BY_TYPE["IBAN"])) >= 8


def test_escaped_values_are_labelled_as_they_stand() -> None:
    values = [v for _d, _s, v in LABELLED]
    assert sum(bool(re.search(r"\\u00[a-f0-9]{2}", v)) for v in values) >= 100
    assert sum("&#" in v for v in values) >= 30
    assert sum(bool(re.search(r"=[0-9A-F]{2}", v)) for v in BY_TYPE["PERSON"]) >= 10
    assert sum("''" in v for v in BY_TYPE["PERSON"]) >= 3
    assert sum("\\," in v for v in BY_TYPE["ADDRESS"]) >= 30
    assert sum("\\n" in v for v in BY_TYPE["ADDRESS"]) >= 30  # escaped line break inside
    assert sum("\n" in v for v in BY_TYPE["ADDRESS"]) >= 10  # real line break in a mail body
    assert sum(bool(re.fullmatch(r"[^a-z,]+, [A-ZÆØÅ].*", v)) for v in BY_TYPE["PERSON"]) >= 30


def test_birth_dates_only_after_their_cue_or_key() -> None:
    cue = re.compile(
        r"(?:foedselsdato|fødselsdato|f\\u00f8dselsdato|f&#248;dselsdato|birthDate|dob"
        r"|BDAY|BirthDt)\W{0,4}$"
    )
    for doc, span, value in LABELLED:
        if span["type"] != "DATE_OF_BIRTH":
            continue
        assert re.search(r"\b(?:19\d\d|200[0-5])\b", value)
        lead = doc["text"][max(0, span["start"] - 24) : span["start"]]
        if not cue.search(lead):  # a CSV or SQL column: the header names it
            header = doc["text"].split("\n", 1)[0]
            assert "foedselsdato" in header, (doc["id"], lead, value)


def test_ten_digit_runs_only_inside_identifiers() -> None:
    holders = {"CPR", "BANK_ACCOUNT", "IBAN", "CARD", "PHONE"}  # PHONE: "+4520304050"
    runs = Counter(kinds for _id, _run, kinds in checks.ten_digit_runs(DOCS, holders))
    assert frozenset() not in runs, runs
    assert runs[frozenset({"CPR"})] > 100 and runs[frozenset({"BANK_ACCOUNT"})] > 100, runs


def test_each_mail_address_is_labelled_and_nothing_else_has_an_at() -> None:
    unlabelled = [
        (doc["id"], hit.group())
        for doc in DOCS
        for hit in ADDRESS_BOOK.finditer(doc["text"])
        if "EMAIL" not in checks.types_holding(doc, *hit.span())
    ]
    assert unlabelled == []
    masked_or_ids = re.compile(r"[\w.*-]+@(?:post\.)?example\.[a-z]+|Message-ID: <[^>]+>")
    assert not [d["id"] for d in DOCS if "@" in masked_or_ids.sub("", d["text"])]


LOOKALIKES = {
    "listed": "|".join(
        re.escape(x) for x in (*gen.ORG_LINES, *gen.PRODUCTS, *gen.BANKS, *gen.BICS)
    ),
    "uuid": r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
    "message id": r"Message-ID: <[^>]+>",
    "order": r"\b(?:ORD|INV|FAK|SO)-2026-\d{5}\b",
    "cvr": r"CVR \d{8}",
    "ip": r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d+",
    "hash": r"sha1=[0-9a-f]{40}",
    "end to end": r"E2E[0-9A-F]{12}",
    "masked card": r"\*{4} \*{4} \*{4} \d{4}|\d{6}\*{6}\d{4}",
}


@pytest.mark.parametrize("name", sorted(LOOKALIKES))
def test_machine_identifiers_and_lookalikes_stay_unlabelled(name: str) -> None:
    found, labelled = checks.lookalikes(DOCS, LOOKALIKES[name])
    assert found >= 30, name
    assert labelled == []


def test_every_machine_format_promised_is_there() -> None:
    texts: dict[str, str] = defaultdict(str)
    for doc in DOCS:
        texts[doc["genre"]] += doc["text"] + "\n"
    marks = {
        "json_webhook": ['"fields": {', '"kontonr":"', "\\u00"],
        "json_api": ['"konti": [', '"relationer"', '{"status":"ok"'],
        "xml_payload": ["<navn>", ' navn="', "&#"],
        "sepa_pain001": ["<Nm>", "<IBAN>", "<Ustrd>", "<BirthDt>"],
        "mt940": [":61:", ":86:/TRCD/", ":25:"],
        "csv_export": ['"', ";", "kortnummer"],
        "whatsapp": ["] ", " - ", "<vedhæftet:"],
        "vcard": ["BEGIN:VCARD", "TEL;TYPE=CELL:", "ADR;TYPE=HOME:;;", "BDAY:"],
        "icalendar": ["ORGANIZER;CN=", "ATTENDEE;", "LOCATION:", ":mailto:"],
        "email_headers": ["Received: from", "Reply-To:", "=?UTF-8?Q?", "X-Originating-IP"],
        "app_log": ["mitid_user=", 'level":"ERROR"', "code="],
        "sql_insert": ["INSERT INTO kunder", "INSERT INTO kort", "''"],
    }
    assert set(marks) == set(gen.GENRES)
    for genre, wanted in marks.items():
        assert all(mark in texts[genre] for mark in wanted), (genre, wanted)
