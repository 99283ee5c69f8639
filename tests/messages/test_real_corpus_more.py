"""The further real Danish legitimate messages (issue 15: templates from public code of
Danish organisations and products, and messages quoted on help pages) meet the same bar as
the first collection: every line parses, is legitimate Danish, traces to its source and
family, names only organisations the directory knows, repeats no text of the other real
files, and holds no CPR- or card-like number."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from tests.messages.test_real_corpus_legit import CARD_LIKE, CPR_LIKE, REAL, REQUIRED
from vaern.messages.directory import read_directory

FILES = {"da_legit_more.jsonl": "legit"}
EARLIER = ("da_legit.jsonl", "da_warnings.jsonl", "da_scam.jsonl")
# Placeholders stand where the source had a template variable or a private detail.
PLACEHOLDER = re.compile(r"\[[^\]\n]{1,60}\]")


def _rows(name: str) -> list[dict[str, Any]]:
    lines = (REAL / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _all_rows() -> list[tuple[str, dict[str, Any]]]:
    return [(name, row) for name in FILES for row in _rows(name)]


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def test_every_line_has_the_required_fields() -> None:
    for name, row in _all_rows():
        missing = [key for key in REQUIRED if key not in row]
        assert not missing, (name, row["text"][:40], missing)


@pytest.mark.parametrize("name", sorted(FILES))
def test_rows_are_legitimate_danish_texts_of_the_files_kind(name: str) -> None:
    rows = _rows(name)
    assert len(rows) >= 40, f"{name} holds only {len(rows)} lines"
    for row in rows:
        assert row["label"] == 0
        assert row["kind"] == FILES[name]
        assert row["lang"] == "da"
        # A message is a text that was sent: never a bare URL.
        assert row["channel"] in {"sms", "email", "call"}
        assert isinstance(row["verbatim"], bool)
        assert row["retrieved"] == "2026-12-04"


def test_every_row_traces_to_a_web_address_a_family_and_a_note() -> None:
    for name, row in _all_rows():
        assert re.match(r"https?://\S+$", row["source"]), (name, row["source"])
        assert isinstance(row["family"], str) and row["family"].strip(), (name, row["text"])
        assert row["note"] and len(row["note"]) > 20, (name, row["text"][:40])


def test_code_sources_are_pinned_repository_files() -> None:
    """A template from public code names the repository file (commit or HEAD) it came from."""
    for name, row in _all_rows():
        if "github.com" in row["source"]:
            assert re.match(
                r"https://github\.com/[^/\s]+/[^/\s]+/blob/([0-9a-f]{40}|HEAD)/\S+$", row["source"]
            ), (name, row["source"])


def test_templates_with_placeholders_say_so_in_the_note() -> None:
    for name, row in _all_rows():
        if PLACEHOLDER.search(row["text"]):
            note = row["note"].lower()
            assert "[..]" in note or "placeholder" in note or "replaced" in note, (
                name,
                row["note"],
            )


def test_no_text_repeats_here_or_in_the_earlier_real_files() -> None:
    seen = {_key(row["text"]): earlier for earlier in EARLIER for row in _rows(earlier)}
    for name, row in _all_rows():
        key = _key(row["text"])
        assert key not in seen, f"{name} repeats a text from {seen.get(key)}: {row['text'][:60]!r}"
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


def test_families_group_templates_not_pages() -> None:
    """Families are per template: no family spans more than a handful of lines."""
    counts: dict[str, int] = {}
    for _, row in _all_rows():
        counts[row["family"]] = counts.get(row["family"], 0) + 1
    assert max(counts.values()) <= 6, sorted(counts.items(), key=lambda item: -item[1])[:3]
