"""Pasted spreadsheets (";"-, tab-, "|"- or comma-separated lines under a header line, cells
optionally in double quotes as CSV writes them): the header says
what each column holds, which the values alone often do not ("1955-1266230761" is an account
only in a "Kontonr" column, "88708172" no phone in a "Kunde-id" one)."""

from __future__ import annotations

import re

# Header cell (lowercase, stripped) -> the entity of its column's values; None for columns
# whose values are no personal data (anything found in them is dropped). E-mail columns and
# unknown headers are left to the recognisers.
COLUMN_ENTITIES: dict[str, str | None] = {
    **dict.fromkeys(
        (
            *("navn", "name", "kundenavn", "fulde navn", "fuldt navn"),
            *("fornavn", "efternavn", "first name", "last name"),
            # A member list's or case file's next of kin.
            *("forælder", "forældre", "værge", "kontaktperson", "pårørende", "parent"),
        ),
        "PERSON",
    ),
    **dict.fromkeys(("adresse", "address", "gade", "vej og nr.", "street"), "ADDRESS"),
    **dict.fromkeys(("tlf", "tlf.", "telefon", "telefonnr", "mobil", "phone"), "PHONE"),
    **dict.fromkeys(("fødselsdato", "født", "birthdate", "date_of_birth", "dob"), "DATE_OF_BIRTH"),
    **dict.fromkeys(("cpr", "cpr-nr", "cpr-nr.", "cpr-nummer", "personnummer"), "CPR"),
    **dict.fromkeys(
        ("kontonr", "kontonr.", "kontonummer", "konto", "reg.nr. og kontonr.", "account"),
        "BANK_ACCOUNT",
    ),
    # A vehicle's registration number; a bank's four-digit reg.nr. has not the plate's shape
    # and is left alone (it names a branch, not a person).
    **dict.fromkeys(("reg.nr.", "regnr", "nummerplade", "plate"), "NUMBER_PLATE"),
    **dict.fromkeys(
        (
            *("postnr", "postnr.", "by", "zip", "city", "kunde-id", "kundenr", "kundenr."),
            *("customer id", "id", "ordrenr.", "order", "sporingsnr.", "tracking", "ean"),
            *("varenr.", "sku", "beløb", "amount", "saldo", "balance", "pris", "price"),
            *("antal", "qty", "dato", "date", "status"),
        ),
        None,
    ),
}

# One cell: a quoted value (group 1, '""' an escaped quote) followed by the separator or the
# line's end, else anything up to the separator (group 2).
_CELL = {
    mark: re.compile(rf' *"((?:[^"\n]|"")*)" *(?={re.escape(mark)}|$)|([^{mark}\n]*)', re.M)
    for mark in ";\t,|"
}
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
# The shape a value needs in its column; a masked value ("080667-XXXX", "***") has none.
_SHAPES: dict[str, re.Pattern[str]] = {
    # "Hansen, Jens" is one name.
    "PERSON": re.compile(r"[^\W\d_][^\W\d_ .'-]*(?:(?:[ .'-]+|, )[^\W\d_]+)*\.?"),
    "ADDRESS": re.compile(r"[^\d*]*[^\W\d_][^\d*]* \d+[^*]*"),
    "PHONE": re.compile(r"\+?(?:\d[ ().-]?){7,14}\d"),
    # A whole date: a year alone is what a masked one leaves.
    "DATE_OF_BIRTH": re.compile(
        r"\d{1,2}[./ -]+(?:\d{1,2}|[^\W\d_]+\.?)[./ -]+\d{2,4}|\d{4}-\d\d-\d\d"
    ),
    "CPR": re.compile(r"\d{6}[ -]{0,3}\d{4}|\d\d\.\d\d\.\d\d-\d{4}"),
    # Reg.nr. and account, or the account alone where the reg.nr. has a column of its own.
    "BANK_ACCOUNT": re.compile(r"(?:\d{4}[ -]?)?\d{6,10}"),
    "NUMBER_PLATE": re.compile(r"[A-ZÆØÅ]{2} ?\d\d ?\d{3}"),
}


# What a pseudonymised export writes in a name column instead of the name: a role
# ("kunden", "modtager"), a stand-in ("Person A", "N.N.") or a mask ("XXXX XXXX", "***").
_NAME_STAND_IN = re.compile(
    r"(?i:kunde|kunden|modtager|modtageren|anmelder|anmelderen|kontohaver|kontohaveren|"
    r"customer|recipient|ukendt|unknown|anonym|n\.? ?n\.?|person(?: [A-Z])?)"
    r"|[Xx*•]+(?:[ .-][Xx*•]+)*"
)


# A post office box ("Postboks 1974, 3650 Ølstykke", "P.O. Box 12"): no place anyone lives.
PO_BOX = r"(?i:post ?boks|boks|p\.? ?o\.? ?box|postbox)(?![\w])"
_PO_BOX_START = re.compile(PO_BOX)


def stand_in(value: str) -> bool:
    """Whether a name column's value stands in for a name without being one."""
    return _NAME_STAND_IN.fullmatch(value) is not None


def _cells(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """Each cell's span in ``text[start:end]`` without the spaces or quotes around it."""
    spans, at, cell = [], start, _CELL[separator]
    while True:
        match = cell.match(text, at, end)
        assert match is not None  # group 2 matches the empty string
        group = 1 if match.group(1) is not None else 2
        lo, hi = match.span(group)
        value = text[lo:hi]
        lo += len(value) - len(value.lstrip())
        spans.append((lo, max(lo, lo + len(value.strip()))))
        at = match.end()
        if at >= end or text[at] != separator:
            return spans
        at += 1


_HEAD_CELL_AVERAGE = 24


def _known_heads(heads: list[str]) -> int:
    return sum(head.strip(' \t"').lower() in COLUMN_ENTITIES for head in heads)


def column_cells(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, entity) of every value under a known header, in text order; entity None
    where the column holds no personal data. Empty unless the text has such a table."""
    # Only a mark the whole text holds twice can stand twice on one line.
    marks = [mark for mark in ("\t", ";", "|", ",") if text.count(mark) > 1]
    if not marks:
        return []
    found: list[tuple[int, int, str | None]] = []
    columns: list[str | bool | None] = []  # the current table's columns; False: unknown
    separator, last_end, end = "", -2, -1
    # Line by line with str.find and str.count: a regex for "a line with two separators"
    # backtracks over every comma of a long prose line.
    while end < len(text):
        start = end + 1
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        # The current table's separator, else tab before ";" before ",": a quoted cell may
        # hold commas ("Egevej 2, st. th., 3600 Frederikssund").
        mark, count = "", 0
        for candidate in (separator, *marks) if separator else marks:
            count = text.count(candidate, start, end)
            if count > 1:
                mark = candidate
                break
        else:
            continue
        in_table = columns and mark == separator and start == last_end + 1
        # Prose has commas on most lines: a header's cells are short labels (at most 24
        # characters on average), and a plain split tells one from prose before the
        # quote-aware one (a regex match a cell) is made.
        if not in_table and (
            end - start > _HEAD_CELL_AVERAGE * (count + 1)
            or _known_heads(text[start:end].split(mark)) < 2
        ):
            columns = []
            continue
        cells = _cells(text, start, end, mark)
        if in_table and len(cells) == len(columns):
            last_end = end
            for (lo, hi), entity in zip(cells, columns, strict=True):
                if isinstance(entity, bool) or lo == hi:  # False: a column not known
                    continue
                if entity is None or (
                    _SHAPES[entity].fullmatch(text, lo, hi)
                    and not (entity == "PERSON" and stand_in(text[lo:hi]))
                    and not (entity == "ADDRESS" and _PO_BOX_START.match(text, lo, hi))
                ):
                    found.append((lo, hi, entity))
            continue
        known = [COLUMN_ENTITIES.get(text[lo:hi].lower(), False) for lo, hi in cells]
        if sum(entity is not False for entity in known) >= 2:
            columns, separator, last_end = known, mark, end
            # The header names no one ("Adresse" is no surname).
            found.extend((lo, hi, None) for lo, hi in cells if lo < hi)
        else:
            columns = []
    return found
