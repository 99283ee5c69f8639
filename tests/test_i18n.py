"""Every user-facing msgid in code and templates has a Danish translation."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from vaern import i18n

SRC = Path(i18n.__file__).parent
METHODS = [("**.py", "python"), ("**/templates/**.html", "jinja2")]
OPTIONS = {"**/templates/**.html": {"extensions": "jinja2.ext.i18n"}}


def test_every_msgid_has_a_danish_translation() -> None:
    with (SRC / "locale" / "da" / "LC_MESSAGES" / "messages.po").open("rb") as fh:
        catalog = {m.id: m.string for m in read_po(fh) if m.id}
    used = {
        message if isinstance(message, str) else message[0]
        for _file, _line, message, _comments, _ctx in extract_from_dir(str(SRC), METHODS, OPTIONS)
    }
    missing = sorted(m for m in used if not catalog.get(m))
    assert not missing, f"run `make i18n` and translate: {missing}"


def test_choose_locale() -> None:
    assert i18n.choose_locale(None, None) == "da"
    assert i18n.choose_locale(None, "en-US,en;q=0.9") == "en"
    assert i18n.choose_locale(None, "de-DE") == "da"
    assert i18n.choose_locale("en", "da") == "en"
    assert i18n.choose_locale("xx", "da-DK") == "da"


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({b"cookie": b"a=1; vaern_lang=en", b"accept-language": b"da"}, "en"),  # cookie wins
        ({b"cookie": b"vaern_lang=xx", b"accept-language": b"en-GB,da;q=0.5"}, "en"),
        ({b"accept-language": b"de, da;q=0.8"}, "da"),
        ({}, "da"),
    ],
)
def test_locale_of_raw_headers(headers: dict[bytes, bytes], expected: str) -> None:
    assert i18n.locale_of(headers) == expected
