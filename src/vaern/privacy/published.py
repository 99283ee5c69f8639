"""The key of a Danish postal address, for comparing an ADDRESS finding with the addresses an
organisation publishes in the registry (its "postal" channels): ``redact`` leaves a finding
whose key is one of the policy's ``published_addresses`` (docs/privacy.md, "Published
addresses").

The key is ``street|number|unit|postcode``:

- street: its words case-folded, punctuation and whitespace collapsed to one space
  ("H.C. Andersens  Boulevard" -> "h c andersens boulevard"); no abbreviation is expanded
  ("Skt." and "Sankt" differ, and so never match);
- number: the house number with its letter ("18 B", "18b" -> "18b");
- unit: floor, side or door as written, the same way collapsed ("2. th." -> "2 th", "st."
  -> "st"), empty without one. It is part of the key: a flat in the organisation's building
  ("Nørregade 18, 2. th.") is someone's home, and only the exact published unit matches;
- postcode: four digits (a "DK-" before them dropped). Required: without one, a text has no
  key, so "Nørregade 18" alone (a street and number found in every other town) is never
  taken for the organisation's. The town is not in the key (the postcode names it).

The rule is safe by construction: anything that does not parse, or differs in any part,
stays redacted. A published value may start with recipient lines ("Demo Bank A/S,
Kundeservice, Nørregade 18, 6700 Esbjerg"): ``published_key`` takes the shortest of its
comma- or line-separated tails that parses. A finding's whole span must parse
(``address_key``): a name inside an address finding is never let through with it.
"""

from __future__ import annotations

import re
import unicodedata

# Letters (of any script) and digits stay; everything else separates words.
_SEPARATORS = re.compile(r"[\W_]+")
_ADDRESS = re.compile(
    r"(?P<street>[^\W\d_][^\d]*?) "
    r"(?P<number>\d{1,4})(?: ?(?P<letter>[^\W\d_])(?= |$))?"
    r"(?P<unit>(?: [^ ]+)*?)"
    r"(?: dk)? (?P<postcode>\d{4})(?: [^\W\d_][^\d]*)?"
)


def _words(text: str) -> str:
    return " ".join(_SEPARATORS.sub(" ", unicodedata.normalize("NFKC", text).casefold()).split())


def address_key(text: str) -> str | None:
    """The key of ``text`` read whole as one address, None if it is not one with a street,
    a house number and a postcode."""
    m = _ADDRESS.fullmatch(_words(text))
    if m is None:
        return None
    number = m["number"].lstrip("0") + (m["letter"] or "")
    if not number[:1].isdigit():
        return None
    return f"{m['street']}|{number}|{m['unit'].strip()}|{m['postcode']}"


def published_key(value: str) -> str | None:
    """The key of a registered postal address: of its shortest comma- or line-separated tail
    that is one (recipient lines before the street are skipped)."""
    parts = re.split(r"[,\n]", value)
    for start in range(len(parts) - 1, -1, -1):
        key = address_key(",".join(parts[start:]))
        if key is not None:
            return key
    return None
