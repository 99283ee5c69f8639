"""The hand-labelled real public text (bench/pii_real_public.py) is what the JSONL file
holds, every span is the string marked in the text, and every text names its source."""

from __future__ import annotations

import pytest
from bench import pii_real_public

from vaern.privacy.evaluation import load


def test_the_file_is_built_from_the_marked_items() -> None:
    assert load(pii_real_public.OUT) == pii_real_public.items()


def test_spans_are_the_marked_strings_and_sources_are_addresses() -> None:
    for (source, text, marks), item in zip(
        pii_real_public.ENTRIES, pii_real_public.items(), strict=True
    ):
        found = sorted(item["text"][s["start"] : s["end"]] for s in item["spans"])
        assert found == sorted(mark[1] for mark in marks)
        assert item["source"] == source and source.startswith("http")
        assert item["text"] == text


def test_a_marked_string_missing_from_its_text_is_refused() -> None:
    with pytest.raises(ValueError):
        pii_real_public.spans("Ring 33 19 32 00", [("PHONE", "33 19 32 01")])
