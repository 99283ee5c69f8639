"""One reader of phone numbers (phonenumbers, E.164)."""

from __future__ import annotations

import pytest

from vaern.text.phones import normalise_phone, phones, valid_phone


def test_phones_in_text() -> None:
    text = "Ring 70 20 70 20 eller +46 70 123 45 67, ikke kl. 10.30"
    assert [p.e164 for p in phones(text)] == ["+4570207020", "+46701234567"]
    [first, _] = phones(text)
    assert text[first.start : first.end] == "70 20 70 20"


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("70 20 70 20", "+4570207020"),
        ("+45 70 20 70 20", "+4570207020"),
        ("0045 70207020", "+4570207020"),
        ("1234", "+451234"),  # a short code
        ("PostNord", None),
        ("Post1234", None),  # an alphanumeric sender ID, not a number
        ("12", None),
        ("", None),
    ],
)
def test_normalise_phone(raw: str, e164: str | None) -> None:
    assert normalise_phone(raw) == e164


def test_valid_phone_is_strict() -> None:
    assert valid_phone("70 20 70 20") == "+4570207020"
    for bad in ("1234", "not a number"):
        with pytest.raises(ValueError):
            valid_phone(bad)
