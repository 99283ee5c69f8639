"""Pasted spreadsheets (";"- or tab-separated lines under a header line): the header says
what each column holds, which the values alone often do not ("1955-1266230761" is an account
only in a "Kontonr" column, "88708172" no phone in a "Kunde-id" one)."""

from __future__ import annotations

import re

# Header cell (lowercase, stripped) -> the entity of its column's values; None for columns
# whose values are no personal data (anything found in them is dropped). E-mail columns and
# unknown headers are left to the recognisers.
COLUMN_ENTITIES: dict[str, str | None] = {
    **dict.fromkeys(("navn", "name", "kundenavn", "fulde navn", "fuldt navn"), "PERSON"),
    **dict.fromkeys(("adresse", "address", "gade", "vej og nr."), "ADDRESS"),
    **dict.fromkeys(("tlf", "tlf.", "telefon", "telefonnr", "mobil", "phone"), "PHONE"),
    **dict.fromkeys(("fødselsdato", "født", "birthdate", "date_of_birth", "dob"), "DATE_OF_BIRTH"),
    **dict.fromkeys(("cpr", "cpr-nr", "cpr-nr.", "cpr-nummer", "personnummer"), "CPR"),
    **dict.fromkeys(
        ("kontonr", "kontonr.", "kontonummer", "konto", "reg.nr. og kontonr."), "BANK_ACCOUNT"
    ),
    **dict.fromkeys(("postnr", "postnr.", "by", "kunde-id", "kundenr", "id", "beløb"), None),
}

# A line holding at least two of one separator: a header or a row candidate.
_SEPARATED_LINE = re.compile(r"^[^\n]*([;\t])[^\n]*\1[^\n]*$", re.M)
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
# The shape a value needs in its column; a masked value ("080667-XXXX", "***") has none.
_SHAPES: dict[str, re.Pattern[str]] = {
    "PERSON": re.compile(r"[^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+)*\.?"),
    "ADDRESS": re.compile(r"[^\d*]*[^\W\d_][^\d*]* \d+[^*]*"),
    "PHONE": re.compile(r"\+?(?:\d[ ().-]?){7,14}\d"),
    # A whole date: a year alone is what a masked one leaves.
    "DATE_OF_BIRTH": re.compile(
        r"\d{1,2}[./ -]+(?:\d{1,2}|[^\W\d_]+\.?)[./ -]+\d{2,4}|\d{4}-\d\d-\d\d"
    ),
    "CPR": re.compile(r"\d{6}[ -]{0,3}\d{4}|\d\d\.\d\d\.\d\d-\d{4}"),
    "BANK_ACCOUNT": re.compile(r"\d{4}[ -]?\d{6,10}"),
}


def _cells(line: str, start: int, separator: str) -> list[tuple[int, int]]:
    """Each cell's span without the spaces around it."""
    spans, at = [], start
    for cell in line.split(separator):
        lo = at + len(cell) - len(cell.lstrip())
        hi = at + len(cell.rstrip())
        spans.append((lo, max(lo, hi)))
        at += len(cell) + 1
    return spans


def column_cells(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, entity) of every value under a known header, in text order; entity None
    where the column holds no personal data. Empty unless the text has such a table."""
    if text.count(";") < 2 and text.count("\t") < 2:
        return []
    found: list[tuple[int, int, str | None]] = []
    columns: list[str | bool | None] = []  # the current table's columns; False: unknown
    separator, expected, last_end = "", 0, -2
    for match in _SEPARATED_LINE.finditer(text):
        line, start = match.group(), match.start()
        mark = match.group(1)
        count = line.count(mark) + 1
        if columns and mark == separator and count == expected and start == last_end + 1:
            last_end = match.end()
            for (lo, hi), entity in zip(_cells(line, start, mark), columns, strict=True):
                if isinstance(entity, bool) or lo == hi:  # False: a column not known
                    continue
                if entity is None or _SHAPES[entity].fullmatch(text, lo, hi):
                    found.append((lo, hi, entity))
            continue
        heads = [cell.strip().lower() for cell in line.split(mark)]
        known = [COLUMN_ENTITIES.get(head, False) for head in heads]
        if sum(entity is not False for entity in known) >= 2:
            columns, separator, expected, last_end = known, mark, count, match.end()
            # The header names no one ("Adresse" is no surname).
            found.extend((lo, hi, None) for lo, hi in _cells(line, start, mark) if lo < hi)
        else:
            columns = []
    return found
