"""Validity checks shared by the blind PII set tests (tests/test_pii_blind*.py).

Small pure functions, written independently of the generators' own helpers; what differs per
set (its forms, weights, prefixes, lengths, phone ranges, layouts) comes in as arguments.
Each check has good and bad cases in tests/test_pii_blind_checks.py.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import date
from pathlib import Path
from types import ModuleType

CPR_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
# seventh CPR digit -> (the last two-digit year that lies in the 2000s, the century otherwise)
CPR_CENTURIES: dict[str, tuple[int, int | None]] = {
    **dict.fromkeys("0123", (-1, 1900)),
    **dict.fromkeys("49", (36, 1900)),
    **dict.fromkeys("5678", (57, 1800)),
}
# the fiction ranges of foreign numbers: Ofcom's drama range and the Swedish one from 05 up
FICTION_PHONES = r"\+44 7700 900\d{3}|\+46 70 174 06 (?:0[5-9]|[1-9]\d)"


def cpr_centuries_up_to(last_yy: int) -> dict[str, tuple[int, int | None]]:
    """The century rule of a set that uses digits 0-3 (1900s) and 4 only up to 20<last_yy>."""
    return {**dict.fromkeys("0123", (-1, 1900)), "4": (last_yy, None)}


def cpr_birth(
    value: str, centuries: Mapping[str, tuple[int, int | None]] = CPR_CENTURIES
) -> date | None:
    """The birth date a CPR number encodes under a seventh-digit century rule, or None."""
    number = re.sub(r"\D", "", value)
    yy = int(number[4:6])
    last_2000s, otherwise = centuries.get(number[6], (-1, None))
    century = 2000 if yy <= last_2000s else otherwise
    if century is None:
        return None
    try:
        return date(century + yy, int(number[2:4]), int(number[:2]))
    except ValueError:
        return None


def passes_mod11(value: str, weights: Iterable[int] = CPR_WEIGHTS) -> bool:
    """Whether a CPR number's digits pass the weighted modulus 11 check (a possibly real one)."""
    digits = re.sub(r"\D", "", value)
    return sum(int(c) * w for c, w in zip(digits, weights, strict=True)) % 11 == 0


def synthetic_cpr(
    value: str,
    forms: str,
    weights: Iterable[int] = CPR_WEIGHTS,
    centuries: Mapping[str, tuple[int, int | None]] = CPR_CENTURIES,
) -> bool:
    """A CPR number in one of the forms, with a real date for its century digit, failing mod 11."""
    if not re.fullmatch(forms, value):
        return False
    return cpr_birth(value, centuries) is not None and not passes_mod11(value, weights)


def luhn(digits: str) -> bool:
    """Whether a string of digits passes the Luhn check."""
    doubled = [int(c) * (1 + i % 2) for i, c in enumerate(reversed(digits))]
    return sum(n // 10 + n % 10 for n in doubled) % 10 == 0


def card_ok(
    compact: str, prefixes: tuple[str, ...], lengths: Collection[int] | None = (15, 16)
) -> bool:
    """Digits only, of an allowed length (any if None), with a listed test prefix, Luhn-valid."""
    if not compact.isdigit() or (lengths is not None and len(compact) not in lengths):
        return False
    return compact.startswith(prefixes) and luhn(compact)


def grouped_by_four(compact: str) -> str:
    """The value in groups of four, as printed on cards and IBANs."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def written_as(value: str, compact: str, *layouts: Callable[[str], str]) -> bool:
    """Whether the value is its compact form or one of the layouts of it."""
    return value == compact or any(value == layout(compact) for layout in layouts)


def iban_checksum(compact: str) -> bool:
    """Whether a compact IBAN's check digits pass modulus 97."""
    return int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1


def iban_ok(compact: str, lengths: Mapping[str, int]) -> bool:
    """A compact IBAN of its country's length with valid check digits."""
    return lengths.get(compact[:2]) == len(compact) and iban_checksum(compact)


def phone_ok(
    value: str,
    forms: str,
    leads: Collection[str],
    barred: Collection[str] = ("70", "80"),
    fiction: str | None = FICTION_PHONES,
) -> bool:
    """A fiction-range number, or one in the forms whose first group starts with an allowed lead."""
    if fiction is not None and re.fullmatch(fiction, value):
        return True
    hit = re.fullmatch(forms, value)
    number = next((group for group in hit.groups() if group), "") if hit else ""
    lead = re.sub(r"\D", "", number)[:2]
    return bool(lead) and lead in leads and lead not in barred


def misfits(values: Iterable[str], rule: str | Callable[[str], object]) -> list[str]:
    """The values that do not fit a rule: a regex to match in full, or a predicate."""
    fits = rule if callable(rule) else re.compile(rule).fullmatch
    return [value for value in values if not fits(value)]


def values_by_type(docs: Iterable[dict]) -> defaultdict[str, list[str]]:
    """The labelled values of a set, by type."""
    values: defaultdict[str, list[str]] = defaultdict(list)
    for doc in docs:
        for span in doc["spans"]:
            values[span["type"]].append(doc["text"][span["start"] : span["end"]])
    return values


def plan_faults(
    docs: list[dict], gen: ModuleType, least_per_cell: int, least_per_type: int
) -> list[str]:
    """Where a set breaks its generator's plan (SIZE, NEGATIVES, GENRES, TYPES) or the counts."""
    faults = []
    kinds = Counter(doc["kind"] for doc in docs)
    if kinds != {"negative": gen.NEGATIVES, "positive": gen.SIZE - gen.NEGATIVES}:
        faults.append(f"kinds {kinds}")
    if not len({doc["text"] for doc in docs}) == len(docs) == gen.SIZE:
        faults.append("size or a repeated text")
    cells = Counter((doc["genre"], doc["kind"]) for doc in docs)
    if len(cells) != 2 * len(gen.GENRES) or min(cells.values()) < least_per_cell:
        faults.append(f"genre and kind cells {cells}")
    faults += [doc["id"] for doc in docs if bool(doc["spans"]) != (doc["kind"] == "positive")]
    by_type = values_by_type(docs)
    faults += [
        f"{kind} {len(by_type[kind])}" for kind in gen.TYPES if len(by_type[kind]) < least_per_type
    ]
    return faults


def uncued(docs: Iterable[dict], kind: str, cue: str, window: int | None = None) -> list[str]:
    """The values of a kind whose preceding text (the last `window` characters) ends in no cue."""
    return [
        doc["text"][span["start"] : span["end"]]
        for doc in docs
        for span in doc["spans"]
        if span["type"] == kind
        and not re.search(cue, doc["text"][: span["start"]][-window if window else 0 :])
    ]


def lookalikes(docs: Iterable[dict], pattern: str) -> tuple[int, list[tuple[str, str]]]:
    """How often a hard-negative pattern occurs, and the occurrences that touch a span."""
    found = [(doc, hit) for doc in docs for hit in re.finditer(pattern, doc["text"])]
    touched = [(d["id"], hit.group()) for d, hit in found if types_touching(d, *hit.span())]
    return len(found), touched


def identifier_checks(
    gen: ModuleType,
    cpr_forms: str,
    phone_forms: str,
    card_layouts: tuple[Callable[[str], str], ...],
    card_separators: str = " ",
    barred: Collection[str] = ("70", "80"),
    iban_case: Callable[[str], str] = str,
) -> dict[str, Callable[[str], bool]]:
    """CPR, CARD, IBAN and PHONE checks from a generator's constants and a set's written forms."""

    def cpr(value: str) -> bool:
        return synthetic_cpr(value, cpr_forms, gen.WEIGHTS, cpr_centuries_up_to(5))

    def card(value: str) -> bool:
        compact = re.sub(f"[{re.escape(card_separators)}]", "", value)
        laid_out = written_as(value, compact, *card_layouts)
        return laid_out and card_ok(compact, gen.TEST_PREFIXES, None)

    def iban(value: str) -> bool:
        compact = iban_case(value.replace(" ", ""))
        laid_out = written_as(iban_case(value), compact, gen.grouped)
        return laid_out and iban_ok(compact, gen.IBAN_LENGTH)

    def phone(value: str) -> bool:
        return phone_ok(value, phone_forms, gen.MOBILE + gen.LANDLINE, barred)

    return {"CPR": cpr, "CARD": card, "IBAN": iban, "PHONE": phone}


def types_holding(doc: dict, start: int, end: int) -> set[str]:
    """The types of the spans that hold the whole of text[start:end]."""
    return {s["type"] for s in doc["spans"] if s["start"] <= start and end <= s["end"]}


def types_touching(doc: dict, start: int, end: int) -> set[str]:
    """The types of the spans that overlap text[start:end]."""
    return {s["type"] for s in doc["spans"] if s["start"] < end and start < s["end"]}


def span_faults(doc: dict, types: Collection[str]) -> list[tuple[str, str]]:
    """The spans that are not ordered, disjoint, trimmed, whole-word slices of a known type."""
    text, previous, faults = doc["text"], 0, []
    for span in doc["spans"]:
        start, end = span["start"], span["end"]
        value = text[start:end]
        edges = text[start - 1 : start] + text[end : end + 1]
        if (
            span.keys() != {"start", "end", "type"}
            or span["type"] not in types
            or not previous <= start < end <= len(text)
            or value != value.strip()
            or re.search(r"\w", edges)
        ):
            faults.append((doc.get("id", ""), value))
        previous = end
    return faults


def ten_digit_runs(docs: Iterable[dict], kinds: Collection[str] | None = None) -> list[tuple]:
    """Each run of ten or more digits as (doc id, run, the kinds of the spans holding it)."""
    runs = []
    for doc in docs:
        for run in re.finditer(r"\d{10,}", doc["text"]):
            holders = types_holding(doc, *run.span())
            runs.append((doc["id"], run.group(), frozenset(holders & set(kinds or holders))))
    return runs


def emails_not_labelled(doc: dict, pattern: str) -> list[str]:
    """The addresses the pattern finds in a document that are not exactly an EMAIL span."""
    labelled = {(s["start"], s["end"]) for s in doc["spans"] if s["type"] == "EMAIL"}
    return [m.group() for m in re.finditer(pattern, doc["text"]) if m.span() not in labelled]


def email_faults(doc: dict, pattern: str) -> list[str]:
    """Addresses touched by anything but one EMAIL span, and masked ones ("*") labelled at all."""
    return [
        m.group()
        for m in re.finditer(pattern, doc["text"])
        if types_touching(doc, *m.span()) != (set() if "*" in m.group() else {"EMAIL"})
    ]


def committed(path: Path) -> list[dict]:
    """The rows of a committed JSONL file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def reproducible(generate: Callable[..., list[dict]], seed: int, size: int) -> bool:
    """Whether a seed gives the same set twice and the next seed another one."""
    first = generate(seed=seed, size=size)
    return first == generate(seed=seed, size=size) != generate(seed=seed + 1, size=size)
