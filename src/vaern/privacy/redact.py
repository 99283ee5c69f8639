"""``redact(text, policy) -> RedactedText``: the one call used at every storage boundary
for untrusted text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Final, Protocol

from vaern.privacy.columns import column_cells
from vaern.privacy.keyed import keyed_cells
from vaern.privacy.published import address_key
from vaern.privacy.recognizers import (
    ORGANISATION_ADDRESS,
    REGISTRY,
    Finding,
    Recognizer,
    Scan,
    insertion_point,
    international_answers,
)
from vaern.text.invisible import Offsets, visible
from vaern.text.ocr_digits import LOOKALIKES, ocr_digit_fixes

if TYPE_CHECKING:  # only named in an annotation; its import (with platform's) is 2 ms of
    import uuid  # `vaern privacy redact`'s start


class Operator(StrEnum):
    typed = "typed"  # a typed token: [CPR]
    mask = "mask"  # keep the last characters: ******1234
    pseudonym = "pseudonym"  # stable keyed pseudonym per organisation: [CPR:3f9a…]
    encrypt = "encrypt"  # vault ciphertext inline (only where a reversible copy is needed)


@dataclass(frozen=True)
class RedactionPolicy:
    operator: Operator = Operator.typed
    entities: frozenset[str] | None = None  # None: every entity
    threshold: float = 0.5
    organisation_id: uuid.UUID | None = None
    keep_last: int = 0
    # Keys (``published.address_key``) of the postal addresses the organisation publishes:
    # an ADDRESS finding with one of them is its own address, no personal data, and is left
    # (registry.service.published_addresses; docs/privacy.md, "Published addresses").
    published_addresses: frozenset[str] = frozenset()


DEFAULT_POLICY = RedactionPolicy()


@dataclass(frozen=True)
class RedactedText:
    text: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def entities(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.entity] = counts.get(finding.entity, 0) + 1
        return counts


_HEX = frozenset("0123456789abcdefABCDEF-")
HEX_TOKEN_MIN = 16
# Entities whose check digits cover the letters too: an IBAN made only of hex characters
# ("DE89370400440532013000") passing its mod-97 check is no hash.
CHECKED_WITH_LETTERS = frozenset({"IBAN"})


def in_hex_token(text: str, start: int, end: int) -> bool:
    """Whether the span lies inside a long run of hex digits (and hyphens) with letters in
    it: a hash, fingerprint or UUID such as "0725a7e6c90641905ad938", whose digits are no
    number. A card number or CPR has no letters, so it never counts as one."""
    if not _HEX.issuperset(text[start:end]):
        return False
    lo, hi = start, end
    while lo > 0 and text[lo - 1] in _HEX:
        lo -= 1
    while hi < len(text) and text[hi] in _HEX:
        hi += 1
    return hi - lo >= HEX_TOKEN_MIN and any(c.isalpha() for c in text[lo:hi])


# A payment slip's FI code ("+71<123456789012345+12345678<"): a payment ID and the payee's
# creditor number, neither a card nor a phone number.
_FI_CODE = re.compile(r"\+?\d\d<(?:\d{15,16})?\+\d{6,10}<")


def fi_code_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _FI_CODE.finditer(text)] if "<" in text else []


class Recognising(Protocol):
    """What ``analyze`` asks of a recogniser: a ``Recognizer``, or any object with these (a
    test's stand-in; compiled, this module checks the types it names at run time)."""

    entity: str

    def could_match(self, scan: Scan) -> bool: ...

    def matches(self, scan: Scan) -> Iterable[Finding]: ...


def analyze(
    text: str,
    *,
    policy: RedactionPolicy = DEFAULT_POLICY,
    recognizers: Sequence[Recognising] | None = None,
) -> list[Finding]:
    """All findings above the threshold, overlaps resolved by score then length. The text is
    read as it shows (soft hyphens and zero-width characters inside a value hide nothing; a
    no-break space is a space), and the findings' spans are the original's."""
    shown, offsets = visible(text)
    return _original(_analyze([shown], policy, recognizers or REGISTRY)[0], offsets)


# Texts per round of ``analyze_many``: each recogniser runs over this many texts' scans
# before the next one starts (bench/RESULTS.md, redbatch: rounds of 100, 300 and 1,000
# alike, of 10 two thirds of the gain); a round's scans stay in memory together.
BATCH = 100


def analyze_many(
    texts: Sequence[str],
    *,
    policy: RedactionPolicy = DEFAULT_POLICY,
    recognizers: Sequence[Recognising] | None = None,
) -> list[list[Finding]]:
    """``analyze`` of each text, the same findings, for callers with many texts at once
    (bulk intake, the database scan): each recogniser runs over a round of texts' scans in
    turn instead of all recognisers taking turns on each text, which keeps its code and
    patterns warm (18-20 % less time for report-sized texts, bench/RESULTS.md). Each text's
    findings still come in the order ``analyze`` collects them, so overlaps resolve alike."""
    found: list[list[Finding]] = []
    # phonenumbers asked once per "+CC …" candidate of the call (redspeed19).
    previous = international_answers({})
    try:
        for at in range(0, len(texts), BATCH):
            shown = [visible(text) for text in texts[at : at + BATCH]]
            chosen = _analyze([s for s, _ in shown], policy, recognizers or REGISTRY)
            found += map(_original, chosen, [offsets for _, offsets in shown])
    finally:
        international_answers(previous)
    return found


def _original(found: list[Finding], offsets: Offsets | None) -> list[Finding]:
    """Findings in the text as shown moved to the original's spans."""
    if offsets is None:
        return found
    return [Finding(f.entity, *offsets.span(f.start, f.end), f.score, f.recognizer) for f in found]


def _analyze(
    texts: list[str], policy: RedactionPolicy, recognizers: Sequence[Recognising]
) -> list[list[Finding]]:
    scans = [Scan(text) for text in texts]
    found: list[list[Finding]] = [[] for _ in texts]
    _recognise(
        [(scan, None, out) for scan, out in zip(scans, found, strict=True)], recognizers, policy
    )
    # After all the others, as ``analyze`` always collected them: ties resolve alike.
    fixed = _read_as_digits(scans, found)
    if fixed:
        digits = [r for r in recognizers if r.entity in OCR_DIGIT_ENTITIES]
        _recognise(fixed, digits, policy)
    return [
        _chosen(scan.source, f, policy, scan.lowered_latin1())
        for scan, f in zip(scans, found, strict=True)
    ]


# A scan, the offsets text recognition's fixes changed in it (None for the text as it
# came) and the list its findings go to.
Round = tuple[Scan, list[int] | None, list[Finding]]


def _recognise(
    rounds: list[Round], recognizers: Sequence[Recognising], policy: RedactionPolicy
) -> None:
    """Each scan's findings kept by the policy, recogniser by recogniser over all scans.
    In a text with fixes, only digit entities whose span holds a changed character."""
    threshold, entities = policy.threshold, policy.entities
    if entities is not None:
        # An organisation's own address is never reported, but it must still win its span
        # (_chosen) under a policy that redacts only some entities, or its street is a name.
        entities = entities | {ORGANISATION_ADDRESS}
    searched = [(scan, fi_code_spans(scan.source), fixes, out) for scan, fixes, out in rounds]
    for r in recognizers:
        for scan, fi_codes, fixes, out in searched:
            found = _found_by(r, scan)
            if found is None:
                continue
            text = scan.source
            for f in found:
                if f.score < threshold or (entities is not None and f.entity not in entities):
                    continue
                if fixes is None:
                    # in_hex_token's first test inline: most findings hold a character that
                    # is no hex digit (a name's letters, a number's space).
                    if (
                        _HEX.issuperset(text[f.start : f.end])
                        and f.entity not in CHECKED_WITH_LETTERS
                        and in_hex_token(text, f.start, f.end)
                    ):
                        continue
                elif not (
                    f.entity in OCR_DIGIT_ENTITIES
                    and insertion_point(fixes, f.start) < insertion_point(fixes, f.end)
                ):
                    continue
                if fi_codes and any(lo < f.end and f.start < hi for lo, hi in fi_codes):
                    continue
                out.append(f)


def _found_by(r: Recognising, scan: Scan) -> Iterable[Finding] | None:
    """What ``r`` finds in ``scan``, None when it cannot match there. A ``Recognizer`` (every
    registered one) is called as the compiled class it is, without looking its methods up by
    name (redspeed14); the scan's text is made the one whose windows are casefolded by
    slicing (recognizers.folded_between)."""
    if isinstance(r, Recognizer):
        if not r.could_match(scan):
            return None
        scan.reading()
        return r.matches(scan)
    if not r.could_match(scan):
        return None
    scan.reading()
    return r.matches(scan)


def _chosen(
    text: str, found: list[Finding], policy: RedactionPolicy, lowered: bytes | None = None
) -> list[Finding]:
    """The findings a spreadsheet's columns and machine formats' keyed values
    (``keyed.keyed_cells``) leave, overlaps resolved by score then length."""
    cells = column_cells(text)
    keyed = keyed_cells(text, found, lowered)
    if keyed:
        cells = _merged(cells, keyed)
    if cells:
        found = _by_columns(found, cells, policy)
    found.sort(key=lambda f: (-f.score, -(f.end - f.start), f.start))
    # Chosen findings never overlap, so sorted by start they are sorted by end too: a new
    # one only needs checking against its two neighbours.
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[Finding] = []
    for f in found:
        i = insertion_point(starts, f.start)
        if (i > 0 and ends[i - 1] > f.start) or (i < len(starts) and starts[i] < f.end):
            continue
        starts.insert(i, f.start)
        ends.insert(i, f.end)
        chosen.append(f)
    # pii78: an organisation's own address wins its span (no name inside its street) and is
    # no personal data to report; so is an address the organisation publishes, after it won
    # its span as an ADDRESS.
    published = policy.published_addresses
    return sorted(
        (
            f
            for f in chosen
            if f.entity != ORGANISATION_ADDRESS
            and not (published and f.entity == "ADDRESS" and _published(text, f, published))
        ),
        key=lambda f: f.start,
    )


def _published(text: str, f: Finding, published: frozenset[str]) -> bool:
    return address_key(text[f.start : f.end]) in published


# Entities made of digits, which text recognition may have read as look-alike letters.
OCR_DIGIT_ENTITIES = frozenset({"CPR", "PHONE", "CARD", "BANK_ACCOUNT"})


# A byte per Latin-1 character: "x" for a look-alike letter (all ASCII), a space for the rest.
_LOOKALIKE_MARKS: Final = bytes(120 if chr(code) in LOOKALIKES else 32 for code in range(256))


def lookalike_spots(scan: Scan) -> list[tuple[int, int]]:
    """The clusters ocr_digit_fixes reads, chosen here by its own test (two digits or more
    and a look-alike in or up to two characters around one): compiled, and most texts have
    none, so the interpreted function is not called at all (redspeed14: 66,000 instructions
    per dense text). The look-alikes are marked once per text and found by ``str.find``
    (redspeed18: a set's ``isdisjoint`` of each cluster's slice, 1,700 instructions each)."""
    clusters = [(lo, hi) for lo, hi, digits in scan.clusters() if digits >= 2]
    if not clusters:
        return clusters
    marks = scan.latin1().translate(_LOOKALIKE_MARKS).decode("latin-1")
    return [
        (lo, hi) for lo, hi in clusters if marks.find("x", lo - 2 if lo > 2 else 0, hi + 2) >= 0
    ]


def _read_as_digits(seen: list[Scan], found: list[list[Finding]]) -> list[Round]:
    """For findings of digit entities that need a look-alike letter read as its digit
    ("CPR-nr. 3OO196-0291", "Kontakt os på +4S 4726 73B3"): the texts with those letters
    made digits, searched where a changed letter lies inside the finding."""
    rounds: list[Round] = []
    for scan, out in zip(seen, found, strict=True):
        text = scan.source
        spots = lookalike_spots(scan)
        fixed = ocr_digit_fixes(text, spots) if spots else None
        if fixed is not None:
            changed = [i for i, (a, b) in enumerate(zip(text, fixed, strict=True)) if a != b]
            rounds.append((Scan(fixed), changed, out))
    return rounds


COLUMN_SCORE = 0.95


def _by_columns(
    found: list[Finding], cells: list[tuple[int, int, str | None]], policy: RedactionPolicy
) -> list[Finding]:
    """A spreadsheet's known columns decide what their values are: findings overlapping one
    of their cells give way to the cell itself under its column's entity (none for columns
    such as "Kunde-id" or "Postnr")."""
    starts = [lo for lo, _, _ in cells]

    def in_cell(f: Finding) -> bool:
        i = insertion_point(starts, f.end - 1, after=True) - 1
        return i >= 0 and cells[i][1] > f.start

    kept = [f for f in found if not in_cell(f)]
    kept.extend(
        Finding(entity, lo, hi, COLUMN_SCORE, "column_header")
        for lo, hi, entity in cells
        if entity is not None
        and policy.threshold <= COLUMN_SCORE
        and (policy.entities is None or entity in policy.entities)
    )
    return kept


def _merged(
    columns: list[tuple[int, int, str | None]], keyed: list[tuple[int, int, str | None]]
) -> list[tuple[int, int, str | None]]:
    """A spreadsheet's cells and keyed values (``keyed.keyed_cells``) in text order; a keyed
    value overlapping a cell gives way to it."""
    if not columns:
        return keyed
    starts = [lo for lo, _, _ in columns]
    kept = list(columns)
    for lo, hi, entity in keyed:
        i = insertion_point(starts, hi - 1, after=True) - 1
        if i < 0 or columns[i][1] <= lo:
            kept.append((lo, hi, entity))
    return sorted(kept, key=lambda c: c[0])


def _replacement(value: str, finding: Finding, policy: RedactionPolicy) -> str:
    if policy.operator is Operator.typed:
        return f"[{finding.entity}]"
    if policy.operator is Operator.mask:
        keep = value[-policy.keep_last :] if policy.keep_last else ""
        return "*" * (len(value) - len(keep)) + keep
    # The vault (keys, settings) only for the operators that need it: the typed default
    # and the command line's redact stay light.
    from vaern.privacy import vault

    if policy.operator is Operator.pseudonym:
        token = vault.pseudonym(
            value, organisation_id=policy.organisation_id, kind=finding.entity.lower()
        )
        return f"[{finding.entity}:{token[:10]}]"
    scope = policy.organisation_id or "hub"
    return f"[{finding.entity}:{vault.encrypt(value, context=f'redact:{scope}')}]"


def redact(text: str, policy: RedactionPolicy = DEFAULT_POLICY) -> RedactedText:
    return _redacted(text, analyze(text, policy=policy), policy)


def redact_many(
    texts: Sequence[str], policy: RedactionPolicy = DEFAULT_POLICY
) -> list[RedactedText]:
    """``redact`` of each text, the same result, by ``analyze_many``: for callers that
    store or export many texts at once."""
    found = analyze_many(texts, policy=policy)
    return [_redacted(text, f, policy) for text, f in zip(texts, found, strict=True)]


def _redacted(text: str, findings: list[Finding], policy: RedactionPolicy) -> RedactedText:
    out: list[str] = []
    cursor = 0
    for f in findings:
        out.append(text[cursor : f.start])
        out.append(_replacement(text[f.start : f.end], f, policy))
        cursor = f.end
    out.append(text[cursor:])
    return RedactedText("".join(out), findings)
