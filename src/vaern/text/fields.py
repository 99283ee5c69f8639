"""Keyed values in machine formats: the value of a field together with the key, tag, label or
column that names it, so that a caller can tell what a value is from its name ("cpr",
"foedselsdato", "<BirthDt>", "TEL;TYPE=CELL:") where the value alone does not say.

``keyed_values(text)`` reads, without knowing any key's meaning:

- JSON members ``"key": "value"`` and ``"key": 123`` (form "json");
- XML leaf elements ``<Key attr="…">value</Key>`` (form "xml") and attributes and log pairs
  ``key="value"``, ``key='value'``, ``key=value`` (form "pair");
  (a JSON string's ``key=\\"value\\"`` too);
- vCard and iCalendar content lines ``KEY;PARAM=…:value`` and their parameters
  ``CN=value`` (forms "line" and "param");
- e-mail header lines ``Message-ID: <…>``, ``In-Reply-To``, ``References``, ``Date`` (form
  "header", only in a text with an "@" and a "Date:" header line), and the display name of a
  ``From:``, ``To:``, ``Cc:`` or ``Reply-To:`` line, quoted or an RFC 2047 "Q" encoded word
  without its wrapper (form "display");
- SQL ``INSERT INTO t (a, b) VALUES (…, …)`` column → value (form "sql").

Each value's span is the value only: never the key, quotes, tags or ``mailto:``. Every form is
gated on a cheap test of the text (a ``":``, ``</``, ``=``, ``BEGIN:V``, ``INSERT`` or a
header name), so that plain prose costs a few ``in`` tests. ``decoded(value)`` undoes the
formats' escapes (JSON ``\\u00f8``, XML ``&#248;``, SQL ``''``, iCalendar ``\\,``) for a caller
that needs to judge the value's shape; spans stay those of the text as written.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class KeyedValue:
    key: str  # as written
    start: int
    end: int
    form: str  # "json", "xml", "pair", "line", "param", "header", "sql"


_JSON_MEMBER = re.compile(
    r'"([A-Za-z_][\w.-]{0,40})"[ \t]*:[ \t]*(?:"((?:[^"\\\n]|\\.)*)"|(-?\d[\d.]*)(?=[ \t]*[,}\n]))'
)
_XML_LEAF = re.compile(r"<([A-Za-z][\w.-]{0,40})(?:[ \t][^<>]*)?>([^<>]*)</\1>")
# A log pair's or attribute's key: the run of name characters right before "=" (searched
# from each "=", so that text without one costs nothing; matched in the reversed text
# before it), and its value after it.
_PAIR_KEY_BACKWARDS = re.compile(r"[\w.-]{1,42}")
_PAIR_KEY_REACH = 42
_PAIR_VALUE = re.compile(
    r"""\\"((?:[^"\\\n]|\\u[0-9a-fA-F]{4})*)\\"|"([^"\n]*)"|'([^'\n]*)'|([^\s"'<>&;,\\]+)"""
)
_NAME_START = re.compile(r"[A-Za-z_]")
_NAME_CHAR = re.compile(r"[\w.-]")
_CONTENT_LINE = re.compile(r"(?m)^([A-Z][A-Z0-9-]{0,30})((?:;[^:\n]*)?):([^\r\n]*)\r?$")
_PARAM = re.compile(r';([A-Za-z-]{1,20})=(?:"([^"\n]*)"|([^;:\n"]*))')
_HEADER = re.compile(
    r"(?im)^(message-id|in-reply-to|references|date|x-[\w-]*id):[ \t]*([^\r\n]+)\r?$"
)
# An address header's display name: quoted, or a "Q" encoded word without its wrapper.
_DISPLAY = re.compile(
    r"(?im)^(from|to|cc|reply-to|sender|fra|til):[ \t]*"
    r'(?:"([^"\r\n]+)"|=\?[\w-]+\?q\?([^?\r\n]+)\?=)[ \t]*<'
)
_INSERT = re.compile(r"(?i)INSERT[ \t]+INTO[ \t]+[\w.`\"]+[ \t]*\(([^()]*)\)[ \t\n]*VALUES[ \t\n]*")
_SQL_TUPLE = re.compile(r"[ \t\n,]*\(")
_SQL_VALUE = re.compile(r"[ \t]*(?:'((?:[^'\n]|'')*)'|([^,()'\n]*?))[ \t]*(?=[,)])")


def keyed_values(text: str, lowered: bytes | None = None) -> list[KeyedValue]:
    """Every keyed value the text holds in one of the forms above, in text order.
    ``lowered``: the text lowercased in Latin-1 (a "?" beyond it), as a caller that already
    has it passes it: the forms' cheap tests are then byte searches."""
    if lowered is None:
        lowered = text.lower().encode("latin-1", "replace")
    # A single byte first (a memchr), the form's two or more only where it occurs. By
    # ``bytes.find``: ``bytes in bytes`` first tries its operand as an integer and formats
    # the TypeError it then clears (about 1,600 instructions a test; redspeed21).
    find = lowered.find
    found: list[KeyedValue] = []
    if find(b'"') >= 0 and (find(b'":') >= 0 or find(b'" :') >= 0):
        found += _matched(_JSON_MEMBER, text, "json", (2, 3))
    if find(b"<") >= 0 and find(b"</") >= 0:
        found += [
            KeyedValue(m.group(1), *m.span(2), "xml")
            for m in _XML_LEAF.finditer(text)
            if m.group(2).strip()
        ]
    if find(b"=") >= 0:
        found += _pairs(text)
    if find(b"begin:v") >= 0:
        found += _content_lines(text)
    if find(b"@") >= 0 and find(b"\ndate:") >= 0:
        found += _matched(_HEADER, text, "header", (2,))
        found += _matched(_DISPLAY, text, "display", (2, 3))
    if find(b"(") >= 0 and find(b"insert") >= 0:
        found += _sql_values(text)
    # Of two readings from one place (a vCard parameter "CN=Jens Hansen" is also a log
    # pair "CN=Jens"), the longer.
    found.sort(key=lambda v: (v.start, -v.end))
    return [v for i, v in enumerate(found) if i == 0 or found[i - 1].start != v.start]


def _matched(
    pattern: re.Pattern[str], text: str, form: str, groups: tuple[int, ...], *span: int
) -> list[KeyedValue]:
    """Each match's key (group 1) and value: the first of ``groups`` that took part."""
    out = []
    for m in pattern.finditer(text, *span):
        group = next(g for g in groups if m.group(g) is not None)
        out.append(KeyedValue(m.group(1), *m.span(group), form))
    return out


def _pairs(text: str) -> list[KeyedValue]:
    """``key=value`` pairs, found from each "=" (a regex for the key would be tried at
    every position of a long text)."""
    out = []
    at = text.find("=")
    while at >= 0:
        # The key read backwards from the "=": a search for "[\w.-]{1,42}\Z" tried each of
        # the 42 positions before it, each running on towards the "=".
        lo = at - _PAIR_KEY_REACH if at > _PAIR_KEY_REACH else 0
        key = _PAIR_KEY_BACKWARDS.match(text[lo:at][::-1])
        value = _PAIR_VALUE.match(text, at + 1) if key is not None else None
        if key is not None and value is not None:
            start = at - key.end()
            if _NAME_START.match(text, start) and not (
                start > 0 and _NAME_CHAR.match(text, start - 1)
            ):
                # The one alternative that matched: each has one group, the last taken.
                group = value.lastindex or 4
                out.append(KeyedValue(text[start:at], *value.span(group), "pair"))
        at = text.find("=", at + 1)
    return out


def _content_lines(text: str) -> list[KeyedValue]:
    """vCard/iCalendar lines; a value after ``mailto:`` starts behind it."""
    out = []
    for m in _CONTENT_LINE.finditer(text):
        lo, hi = m.span(3)
        if text.startswith("mailto:", lo) or text.startswith("MAILTO:", lo):
            lo += 7
        out.append(KeyedValue(m.group(1), lo, hi, "line"))
        out += _matched(_PARAM, text, "param", (2, 3), *m.span(2))
    return out


def _sql_values(text: str) -> list[KeyedValue]:
    out = []
    for m in _INSERT.finditer(text):
        columns = [c.strip(' \t\n`"[]') for c in m.group(1).split(",")]
        at = m.end()
        while True:
            opened = _SQL_TUPLE.match(text, at)
            if opened is None or (at > m.end() and "," not in text[at : opened.end()]):
                break
            at = opened.end()
            values = []
            while True:
                v = _SQL_VALUE.match(text, at)
                if v is None:
                    break
                group = 1 if v.group(1) is not None else 2
                values.append(v.span(group))
                at = v.end() + 1
                if text[v.end()] == ")":
                    break
            if len(values) == len(columns):
                out += [
                    KeyedValue(key, lo, hi, "sql")
                    for key, (lo, hi) in zip(columns, values, strict=True)
                ]
            if v is None:
                break
    return out


_JSON_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)")
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}


def _unescape(match: re.Match[str]) -> str:
    code = match.group(1)
    if code[0] == "u" and len(code) == 5:
        return chr(int(code[1:], 16))
    return _SIMPLE_ESCAPES.get(code, code)


def decoded(value: str) -> str:
    """The value with the formats' escapes undone: JSON and iCalendar backslashes, XML and
    HTML character references, SQL's doubled quote."""
    if "\\" in value:
        value = _JSON_ESCAPE.sub(_unescape, value)
    if "&" in value:
        value = html.unescape(value)
    return value.replace("''", "'")


_KEY_MARKS = re.compile(r"[\s_.\-]+")


def key_words(key: str) -> str:
    """A key normalised for lookup: camelCase split, lowercase, no separators
    ("mitidBrugerId", "mitid_bruger_id" and "MitID-bruger-id" all "mitidbrugerid")."""
    return _KEY_MARKS.sub("", key.lower())
