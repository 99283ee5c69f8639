"""The real Danish legitimate messages and published warnings (issue 15) are honest data:
every line parses, carries its source and family, is labelled legitimate, names only
organisations the directory knows, and holds no CPR- or card-like number."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from vaern.messages.directory import read_directory

REAL = Path(str(resources.files("vaern.messages") / "data" / "corpus" / "real"))
FILES = {"da_legit.jsonl": "legit", "da_warnings.jsonl": "warning"}
REQUIRED = (
    "text",
    "label",
    "kind",
    "lang",
    "channel",
    "org",
    "sender",
    "source",
    "published",
    "retrieved",
    "family",
    "verbatim",
    "note",
)
CHANNELS = {"sms", "email", "call", "url"}
# Ten digits in a row (optionally DDMMYY-XXXX) reads as a CPR number; 13-19 digits with
# optional spaces or dashes reads as a card number. Organisation phone numbers are 8 digits.
CPR_LIKE = re.compile(r"(?<!\d)\d{6}-?\d{4}(?!\d)")
CARD_LIKE = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")


def _rows(name: str) -> list[dict[str, Any]]:
    lines = (REAL / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _all_rows() -> list[tuple[str, dict[str, Any]]]:
    return [(name, row) for name in FILES for row in _rows(name)]


def test_every_line_is_a_json_object_with_the_required_fields() -> None:
    for name in FILES:
        for number, line in enumerate((REAL / name).read_text(encoding="utf-8").splitlines()):
            row = json.loads(line)
            assert isinstance(row, dict), f"{name}:{number + 1}"
            missing = [key for key in REQUIRED if key not in row]
            assert not missing, f"{name}:{number + 1} lacks {missing}"


@pytest.mark.parametrize("name", sorted(FILES))
def test_rows_are_legitimate_danish_and_of_the_files_kind(name: str) -> None:
    rows = _rows(name)
    assert rows, f"{name} is empty"
    for row in rows:
        assert row["label"] == 0
        assert row["kind"] == FILES[name]
        assert row["lang"] == "da"
        assert row["channel"] in CHANNELS
        assert isinstance(row["verbatim"], bool)
        assert row["retrieved"] == "2026-12-04"


def test_every_row_traces_to_a_web_address_and_a_family() -> None:
    for name, row in _all_rows():
        assert re.match(r"https?://\S+$", row["source"]), (name, row["source"])
        assert isinstance(row["family"], str) and row["family"].strip(), (name, row["text"])
        assert row["text"].strip(), name


def test_reconstructed_rows_say_how() -> None:
    for name, row in _all_rows():
        if not row["verbatim"]:
            assert row["note"] and len(row["note"]) > 20, (name, row["text"])


def test_no_text_appears_twice() -> None:
    seen: dict[str, str] = {}
    for name, row in _all_rows():
        key = " ".join(row["text"].lower().split())
        assert key not in seen, f"{name} repeats a text from {seen.get(key)}: {row['text']!r}"
        seen[key] = name


def test_organisations_are_known_to_the_directory() -> None:
    slugs = {org["slug"] for org in read_directory()["organisations"]}
    unknown = {row["org"] for _, row in _all_rows() if row["org"] is not None} - slugs
    assert not unknown


def test_no_cpr_like_or_card_like_number() -> None:
    for name, row in _all_rows():
        for pattern in (CPR_LIKE, CARD_LIKE):
            found = pattern.search(row["text"])
            assert found is None, (name, found.group(0) if found else None)


def test_the_number_patterns_catch_what_they_guard_against() -> None:
    """The guards above would fail on a CPR or test card number and pass phone numbers."""
    assert CPR_LIKE.search("cpr 010203-1234") and CPR_LIKE.search("0102031234")
    assert CARD_LIKE.search("kort 4571 0000 0000 0001")
    assert not CPR_LIKE.search("ring 89 40 41 60") and not CARD_LIKE.search("tlf. 33 37 00 37")
