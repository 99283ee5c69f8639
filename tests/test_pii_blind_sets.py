"""The checks every blind PII set (bench/pii_blind<N>.py) shares, each run once per set.

Each set's data lives in its own module tests/test_pii_blind<N>.py as ``SPEC`` (a
tests/pii_blind_spec.BlindSet), next to the tests only that set has. To bring a new set (or
one written in the old one-file template) into this layout:
1. Keep in tests/test_pii_blind<N>.py its docstring, ``SET = g.generate()``, FILE, CHECKS,
   SHAPES, NEVER, MAIL and whatever its special tests use.
2. Delete each test that repeats one below (same body, only its numbers and data differ) and
   put those numbers and data into ``SPEC = BlindSet(gen=g, docs=SET, file=FILE, ...)``.
3. Keep a test whose body differs; where it only adds assertions, keep just those.
4. Run pytest --collect-only: every deleted test must show up here as <name>[pii_blind<N>-...].
Sets are found by name (tests/test_pii_blind<number>.py holding a SPEC); none is listed here.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from types import ModuleType

import pytest

import tests
from tests import pii_blind_checks as c
from tests.pii_blind_spec import BlindSet


def _set_modules() -> Iterator[ModuleType]:
    names = [m.name for m in pkgutil.iter_modules(tests.__path__)]
    numbered = [n for n in names if re.fullmatch(r"test_pii_blind\d*", n)]
    for name in sorted(numbered, key=lambda n: int(n[len("test_pii_blind") :] or 0)):
        yield importlib.import_module(f"tests.{name}")


SETS: tuple[BlindSet, ...] = tuple(m.SPEC for m in _set_modules() if hasattr(m, "SPEC"))


def each(has: Callable[[BlindSet], object]) -> list:
    """The sets for which `has` is true, one parameter each, named after the set."""
    return [pytest.param(s, id=s.name) for s in SETS if has(s)]


def each_of(cases: Callable[[BlindSet], Iterable[tuple]]) -> list:
    """One parameter per set and case: (set, *case), named set-case."""
    return [
        pytest.param(s, *case, id="-".join((s.name, *map(str, case))))
        for s in SETS
        for case in cases(s)
    ]


def shape(value: str) -> str:
    """A value with its digits as 0 and its capitals as X."""
    return re.sub(r"[A-Z]", "X", re.sub(r"\d", "0", value))


NAME_FORMS: dict[str, Callable[[str, set[str]], bool]] = {
    "lower case": lambda n, firsts: n.islower(),
    "upper case": lambda n, firsts: n.isupper(),
    "surname first": lambda n, firsts: ", " in n,
    "genitive": lambda n, firsts: n[-1] == "s" and n[:-1] in firsts,
    "hyphen": lambda n, firsts: "-" in n,
    "three words": lambda n, firsts: n.count(" ") == 2,
    "initial": lambda n, firsts: bool(re.fullmatch(r"[A-Z]\. \S+", n)),
    "first name alone": lambda n, firsts: n in firsts,
}


@pytest.mark.parametrize(("s", "kind", "good", "bad"), each_of(lambda s: s.validity))
def test_validity_checks_separate_good_and_bad(s: BlindSet, kind: str, good: str, bad: str) -> None:
    assert s.checks[kind](good) and not s.checks[kind](bad)


@pytest.mark.parametrize("s", each(lambda s: s.seeded))
def test_seeded_and_committed(s: BlindSet) -> None:
    assert s.seeded
    assert c.reproducible(s.gen.generate, *s.seeded)
    # A set's module reads its documents from the committed file (generating every set in
    # each test process at collection cost half a minute of CPU); here they are generated.
    assert c.committed(s.file) == s.docs == s.gen.generate()


@pytest.mark.parametrize("s", each(lambda s: s.plan))
def test_size_kinds_genres_and_counts(s: BlindSet) -> None:
    assert s.plan
    size, negatives, least_per_cell, least_per_type = s.plan
    assert (size, negatives) == (s.gen.SIZE, s.gen.NEGATIVES)
    assert c.plan_faults(s.docs, s.gen, least_per_cell, least_per_type) == []
    assert not {"PASSPORT", "DRIVING_LICENCE", "DRIVERS_LICENSE"} & set(s.gen.TYPES)


@pytest.mark.parametrize("s", each(lambda s: s.exact_spans))
def test_spans_are_exact_and_bounded(s: BlindSet) -> None:
    assert [f for d in s.docs for f in c.span_faults(d, s.gen.TYPES)] == []


@pytest.mark.parametrize(("s", "kind"), each_of(lambda s: ((k,) for k in sorted(s.shapes))))
def test_identifiers_have_their_promised_shape(s: BlindSet, kind: str) -> None:
    assert c.misfits(s.by_type[kind], s.shapes[kind]) == []


@pytest.mark.parametrize("s", each(lambda s: s.forms))
def test_every_cpr_phone_and_plate_form_is_used(s: BlindSet) -> None:
    forms = s.forms
    assert forms
    cpr = Counter(shape(v) for v in s.by_type["CPR"])
    phone = Counter(shape(v) for v in s.by_type["PHONE"])
    plate = Counter(shape(v) for v in s.by_type["NUMBER_PLATE"])
    for form in forms.cpr:
        assert cpr[shape(form)] >= forms.least_cpr, form
    for form in forms.phone:
        assert phone[shape(form)] >= forms.least_phone, form
    assert plate["XX 00 000"] >= forms.least_plate_spaced
    assert plate["XX00000"] >= forms.least_plate_compact


@pytest.mark.parametrize("s", each(lambda s: s.birth_cue))
def test_birth_dates_only_after_a_cue(s: BlindSet) -> None:
    assert s.birth_cue
    assert c.uncued(s.docs, "DATE_OF_BIRTH", s.birth_cue) == []


@pytest.mark.parametrize("s", each(lambda s: s.addresses))
def test_addresses_on_two_lines_and_on_one(s: BlindSet) -> None:
    assert s.addresses
    two_lines, one_line = s.addresses
    assert sum("\n" in v for v in s.by_type["ADDRESS"]) >= two_lines
    assert sum(", " in v and "\n" not in v for v in s.by_type["ADDRESS"]) >= one_line


@pytest.mark.parametrize("s", each(lambda s: s.least_ten_digit_runs))
def test_ten_digit_runs_are_identifiers(s: BlindSet) -> None:
    runs = c.ten_digit_runs(s.docs)
    assert s.least_ten_digit_runs and len(runs) >= s.least_ten_digit_runs
    assert [r for r in runs if not r[2]] == []


@pytest.mark.parametrize("s", each(lambda s: s.mail))
def test_mail_addresses_labelled_unless_masked(s: BlindSet) -> None:
    assert s.mail
    assert [f for d in s.docs for f in c.email_faults(d, s.mail)] == []
    if s.least_masked_mail is not None:
        masked = sum("*" in m for d in s.docs for m in re.findall(s.mail, d["text"]))
        assert masked >= s.least_masked_mail


@pytest.mark.parametrize(("s", "name"), each_of(lambda s: ((n,) for n in sorted(s.never))))
def test_hard_negatives_present_and_unlabelled(s: BlindSet, name: str) -> None:
    least, least_in_negatives = s.least_never
    count, touched = c.lookalikes(s.docs, s.never[name])
    assert count >= least and touched == []
    if least_in_negatives is not None:
        found = (re.findall(s.never[name], d["text"]) for d in s.docs if d["kind"] != "positive")
        assert sum(map(len, found)) >= least_in_negatives


@pytest.mark.parametrize("s", each(lambda s: s.negatives))
def test_negatives_are_pseudonymised(s: BlindSet) -> None:
    want = s.negatives
    assert want
    text = "\n".join(d["text"] for d in s.docs if d["kind"] == "negative")
    for stand_in in want.stand_ins + want.pseudonyms:
        assert stand_in in text
    assert re.search(want.unmasked_mail, text) is None  # only masked addresses remain
    numbers = re.findall(want.numbers, text)
    assert numbers and {n[:2] for n in numbers} <= want.leads  # organisations' lines only


@pytest.mark.parametrize(
    ("s", "form"), each_of(lambda s: ((f,) for f in NAME_FORMS if f in s.name_forms))
)
def test_names_in_many_written_forms(s: BlindSet, form: str) -> None:
    firsts = set(s.gen.WOMEN + s.gen.MEN)
    found = sum(NAME_FORMS[form](n, firsts) for n in s.by_type["PERSON"])
    assert found >= s.name_forms[form]


@pytest.mark.parametrize("s", each(lambda s: s.least_chat_speakers))
def test_chat_lines_keep_timestamp_and_colon_outside(s: BlindSet) -> None:
    speakers = 0
    for d in s.docs:
        for span in d["spans"]:
            before = d["text"][: span["start"]]
            if span["type"] == "PERSON" and re.search(r"\[\d\d:\d\d\] $", before):
                assert d["text"][span["end"]] == ":"
                speakers += 1
    assert s.least_chat_speakers and speakers >= s.least_chat_speakers


@pytest.mark.parametrize("s", each(lambda s: s.chat))
def test_every_chat_speaker_is_a_person_span_or_a_pseudonym(s: BlindSet) -> None:
    assert s.chat is not None
    genre, least = s.chat
    faults, speakers = [], 0
    for doc in (d for d in s.docs if d["genre"] == genre):
        for hit in s.speaker.finditer(doc["text"]):
            speakers += 1
            exact = {x["type"] for x in doc["spans"] if (x["start"], x["end"]) == hit.span(1)}
            if doc["kind"] == "positive" and exact != {"PERSON"}:
                faults.append((doc["id"], hit.group(1)))
            if doc["kind"] == "negative" and hit.group(1) not in s.gen.PSEUDONYMS:
                faults.append((doc["id"], hit.group(1)))
    assert speakers >= least and not faults, faults[:5]


@pytest.mark.parametrize("s", each(lambda s: s.alias))
def test_a_scammers_alias_labels_only_the_name(s: BlindSet) -> None:
    assert s.alias is not None
    pattern, least = s.alias
    faults, aliases = [], 0
    for doc in (d for d in s.docs if d["kind"] == "positive"):
        for hit in pattern.finditer(doc["text"]):
            aliases += 1
            name = {x["type"] for x in doc["spans"] if (x["start"], x["end"]) == hit.span(1)}
            if name != {"PERSON"} or c.types_touching(doc, hit.end(1), hit.end()):
                faults.append((doc["id"], hit.group()))
    assert aliases >= least and not faults, faults[:5]


@pytest.mark.parametrize("s", each(lambda s: s.org_addresses))
def test_organisations_addresses_stand_in_many_documents_of_both_kinds(s: BlindSet) -> None:
    assert s.org_addresses is not None
    pattern, least, least_negatives = s.org_addresses
    holding = [d for d in s.docs if re.search(pattern, d["text"])]
    negatives = sum(d["kind"] == "negative" for d in s.docs)
    assert len(holding) >= least * len(s.docs)
    assert sum(d["kind"] == "negative" for d in holding) >= least_negatives * negatives


@pytest.mark.parametrize("s", each(lambda s: s.untouched))
def test_marked_values_lie_next_to_no_span(s: BlindSet) -> None:
    assert s.untouched is not None
    pattern, least = s.untouched
    faults, seen = [], 0
    for doc in s.docs:
        for hit in re.finditer(pattern, doc["text"]):
            seen += 1
            if c.types_touching(doc, hit.start() - 1, hit.end() + 1):
                faults.append((doc["id"], hit.group()))
    assert seen >= least and not faults, faults[:5]


PLATE = re.compile(r"\b[A-Z]{2} ?\d\d ?\d{3}\b")


@pytest.mark.parametrize("s", each(lambda s: s.least_whole_plates))
def test_every_plate_in_a_positive_is_labelled_whole(s: BlindSet) -> None:
    faults, plates = [], 0
    for doc in (d for d in s.docs if d["kind"] == "positive"):
        for hit in PLATE.finditer(doc["text"]):
            plates += 1
            exact = {x["type"] for x in doc["spans"] if (x["start"], x["end"]) == hit.span()}
            if exact != {"NUMBER_PLATE"}:
                faults.append((doc["id"], hit.group()))
    assert plates >= (s.least_whole_plates or 0) and not faults, faults[:5]


@pytest.mark.parametrize("s", each(lambda s: s.cpr_per_document))
def test_each_document_of_a_genre_keeps_its_cpr_numbers(s: BlindSet) -> None:
    assert s.cpr_per_document is not None
    genre, count = s.cpr_per_document
    docs = [d for d in s.docs if d["kind"] == "positive" and d["genre"] == genre]
    assert docs
    for doc in docs:
        numbers = {
            re.sub(r"\D", "", doc["text"][x["start"] : x["end"]])
            for x in doc["spans"]
            if x["type"] == "CPR"
        }
        assert len(numbers) == count, doc["id"]


@pytest.mark.parametrize("s", each(lambda s: s.capitals_name))
def test_a_name_as_on_an_id_document_is_in_capitals_and_labelled(s: BlindSet) -> None:
    assert s.capitals_name is not None
    genre, pattern = s.capitals_name
    docs = [d for d in s.docs if d["kind"] == "positive" and d["genre"] == genre]
    assert docs
    for doc in docs:
        hit = re.search(pattern, doc["text"])
        assert hit and hit.group(1).isupper(), doc["id"]
        assert c.types_holding(doc, *hit.span(1)) == {"PERSON"}, doc["id"]
