"""The corpus of real Danish scam messages (issue 15) keeps the promises of its format:
every line traces to a public source, is labelled as a scam, names a family for grouped
evaluation splits, claims only organisations the directory knows, and carries no
CPR-like or card-like number."""

import json
import re
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from vaern.messages.directory import read_directory

CORPUS = Path(str(resources.files("vaern.messages") / "data" / "corpus" / "real" / "da_scam.jsonl"))
FIELDS = {
    "text", "label", "kind", "lang", "channel", "org", "sender", "source",
    "published", "retrieved", "family", "verbatim", "note",
}  # fmt: skip
CHANNELS = {"sms", "email", "call", "url"}
# Ten digits, optionally with the hyphen after the birth date (DDMMYY-SSSS).
CPR_LIKE = re.compile(r"(?<!\d)\d{6}-?\d{4}(?!\d)")
# Sixteen digits, optionally grouped by four (Dankort/Visa/Mastercard numbers).
CARD_LIKE = re.compile(r"(?<!\d)(?:\d{4}[ -]?){3}\d{4}(?!\d)")
PUBLISHED = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _rows() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]


def _normalised(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def test_every_line_is_a_sourced_danish_scam_with_all_fields():
    rows = _rows()
    assert len(rows) >= 100
    for row in rows:
        assert set(row) == FIELDS, row["text"][:60]
        assert row["label"] == 1 and row["kind"] == "scam" and row["lang"] == "da"
        assert row["channel"] in CHANNELS
        assert row["source"].startswith("http")
        assert row["family"].strip()
        assert row["text"].strip()
        assert isinstance(row["verbatim"], bool)
        # A reconstruction must say how it was made.
        assert row["verbatim"] or row["note"].strip()
        assert PUBLISHED.match(row["published"]), row["published"]
        date.fromisoformat(row["retrieved"])


def test_no_text_appears_twice():
    texts = [_normalised(row["text"]) for row in _rows()]
    assert len(texts) == len(set(texts))


def test_claimed_organisations_are_in_the_directory():
    slugs = {org["slug"] for org in read_directory()["organisations"]}
    claimed = {row["org"] for row in _rows() if row["org"] is not None}
    assert claimed and claimed <= slugs, claimed - slugs


@pytest.mark.parametrize("field", ["text", "sender", "note"])
def test_no_cpr_or_card_like_number(field):
    for row in _rows():
        value = row[field] or ""
        assert not CPR_LIKE.search(value), value
        assert not CARD_LIKE.search(value), value


def test_the_patterns_catch_what_they_guard_against():
    # Synthetic values only: a CPR-shaped number and a Visa test card number.
    assert CPR_LIKE.search("cpr 010190-1234")
    assert CARD_LIKE.search("kort 4111 1111 1111 1111")
    assert not CPR_LIKE.search("pakkenummer 048515280630")
    assert not CARD_LIKE.search("4571-xxxx-xxxx-xxxx")


def test_families_group_several_campaigns_and_every_channel_is_present():
    rows = _rows()
    families = {row["family"] for row in rows}
    assert len(families) >= 50
    assert {row["channel"] for row in rows} >= {"sms", "email", "call"}
