"""Personal data in machine formats by the name of its field: a JSON member, XML element or
attribute, log pair, vCard/iCalendar property, SQL column or e-mail header whose key names
what its value is ("cpr", "foedselsdato", "<BirthDt>", "BDAY:", "mitidBrugerId", "cvc") makes
that value the key's entity, where the value has the entity's shape; a key that names an
identifier ("requestId", "UID", "Message-ID", "sha1") makes its value no personal data at all
(a UUID's or hash's digits are no CPR or phone number, a Message-ID no e-mail address).

The keys are read by ``vaern.text.fields``; ``keyed_cells`` answers in the form of
``columns.column_cells``, so the redaction treats a keyed value as a spreadsheet cell: the
findings overlapping it give way to the value itself under its key's entity.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from vaern.privacy.columns import field_entity, fits
from vaern.text.fields import KeyedValue, decoded, key_words, keyed_values

if TYPE_CHECKING:
    from vaern.privacy.recognizers import Finding


# pii62: a "userid" whose value is a login name, letters before its digits, as an identity
# provider's log writes who logged in ("INFO mitid_login userid=jyttehuss2000 session=…"):
# a person's user ID, not a record's number ("user_id=148934") nor a role ("userid=admin"),
# which stay identifiers.
_LOGIN_NAME: Final = re.compile(r"[ \t\"']*[A-Za-z][A-Za-z._-]*[A-Za-z]\d{1,6}[ \t\"']*")


def login_name(key: str, value: str) -> bool:
    """Whether a "userid" key's value is a login name (_LOGIN_NAME), not an identifier."""
    return key_words(key) == "userid" and _LOGIN_NAME.fullmatch(value) is not None


def _structured(value: KeyedValue, text: str) -> list[tuple[int, int, str]]:
    """A vCard's "N:" (family;given;additional;prefix;suffix) names in each part, its
    "ADR:" (box;extended;street;town;region;postcode;country) the street alone."""
    parts, at = [], value.start
    for part in text[value.start : value.end].split(";"):
        parts.append((at, at + len(part)))
        at += len(part) + 1
    if value.key.upper() == "N":
        return [(lo, hi, "PERSON") for lo, hi in parts[:3] if lo < hi]
    if len(parts) >= 3:
        return [(*parts[2], "ADDRESS")]
    return []


# pii68: a scammer's alias as a display name ("Jonas fra kortafdelingen" <…>): the name is
# the given name before "fra", the department or firm no part of it.
_ALIAS: Final = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)?) fra (?=\S)")


# pii68: an audit log's change of a customer's field ("event=profile_change field=phone
# old=\"+45 ** ** ** 19\" new=\"+45 26914545\""): its old and new values are the field's.
_CHANGED_VALUES: Final = frozenset(("old", "new", "oldvalue", "newvalue"))
# pii68: a log's "user" as a full name ("user=\"bodil nyborg\""), two to four words of
# letters; a login ("user=bodil37") or a role ("user=admin") is none.
_USER_KEYS: Final = frozenset(("user", "username", "customer"))
_FULL_NAME: Final = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?(?: [^\W\d_]+(?:-[^\W\d_]+)?){1,3}")


def keyed_cells(
    text: str, found: Sequence[Finding] = (), lowered: bytes | None = None
) -> list[tuple[int, int, str | None]]:
    """(start, end, entity) of every keyed value whose key names an entity and whose value
    has its shape, or names an identifier (entity None); in text order, none overlapping
    (a narrower value inside a wider one wins: a log pair inside a JSON string). An e-mail
    header's display name is a PERSON only where a name was ``found`` in it (a bank's
    "Kystbanken Sikkerhed" is none): the whole of it, "Gjørup, Vibeke" and the encoded
    "Bent_Hviid-Br=C3=B8ndum" alike. ``lowered``: as ``fields.keyed_values`` takes it."""
    cells: list[tuple[int, int, str | None]] = []
    # The entity of the field a log's change names ("field=phone old=… new=…") and where.
    changed: tuple[str | bool | None, int] = (False, 0)
    for value in keyed_values(text, lowered):
        if value.start >= value.end:
            continue
        if value.form == "display":
            if any(
                f.entity == "PERSON" and f.start < value.end and value.start < f.end for f in found
            ):
                alias = _ALIAS.match(text, value.start, value.end)
                cells.append((value.start, alias.end(1) if alias else value.end, "PERSON"))
            continue
        candidates: list[tuple[int, int, str | None]]
        if value.form == "line" and value.key.upper() in ("N", "ADR"):
            candidates = list(_structured(value, text))
        elif value.form == "header":
            candidates = [(value.start, value.end, None)]  # Message-ID and the like
        else:
            named = field_entity(value.key)
            word = key_words(value.key)
            if word == "field":
                changed = (field_entity(text[value.start : value.end].strip(' "')), value.end)
            if word in _CHANGED_VALUES and "\n" not in text[changed[1] : value.start]:
                named = changed[0]
            elif named is False and word in _USER_KEYS:
                named = "PERSON" if _FULL_NAME.fullmatch(text, value.start, value.end) else False
            if named is False or named is True:
                continue
            if named is None and login_name(value.key, text[value.start : value.end]):
                named = "MITID_USER"
            candidates = [(value.start, value.end, named)]
        for lo, hi, entity in candidates:
            raw = text[lo:hi]
            lo += len(raw) - len(raw.lstrip())
            hi = lo + len(raw.strip())
            if lo >= hi:
                continue
            raw = text[lo:hi]
            if entity is None:
                cells.append((lo, hi, None))
                continue
            shown = decoded(raw).strip()
            if fits(entity, shown) and (
                key_words(value.key) != "location" or _POSTCODE_TOWN.search(shown)
            ):
                cells.append((lo, hi, entity))
    return _apart(cells)


# A "location" is an address only with its postcode and town ("Mødelokale 3" is none).
_POSTCODE_TOWN = re.compile(r"[1-9]\d{3} [^\W\d_]")


def _apart(cells: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    chosen: list[tuple[int, int, str | None]] = []
    for cell in sorted(set(cells), key=lambda c: (c[2] is None, c[1] - c[0], c[0])):
        if all(cell[1] <= lo or hi <= cell[0] for lo, hi, _ in chosen):
            chosen.append(cell)
    return sorted(chosen, key=lambda c: c[0])
