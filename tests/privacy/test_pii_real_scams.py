"""The hand-labelled real public scam warnings (bench/pii_real_scams.py) are what the JSONL
file holds, every marked string is found in its text at its span, every text names its
https source, and the set is as large and as varied as it claims."""

from __future__ import annotations

from collections import Counter

from bench import pii_real_public, pii_real_scams

from vaern.privacy.evaluation import load


def test_the_file_is_built_from_the_marked_items() -> None:
    assert load(pii_real_scams.OUT) == pii_real_scams.items()


def test_every_mark_is_found_and_sources_are_https_addresses() -> None:
    for (source, text, marks), item in zip(
        pii_real_scams.ENTRIES, pii_real_scams.items(), strict=True
    ):
        found = sorted(item["text"][s["start"] : s["end"]] for s in item["spans"])
        assert found == sorted(mark[1] for mark in marks)
        assert sorted(s["type"] for s in item["spans"]) == sorted(mark[0] for mark in marks)
        assert item["source"] == source and source.startswith("https://")
        assert item["text"] == text


def test_at_least_120_texts_from_40_pages_none_over_8() -> None:
    per_page = Counter(source for source, _, _ in pii_real_scams.ENTRIES)
    assert len(pii_real_scams.ENTRIES) >= 120
    assert len(per_page) >= 40
    assert max(per_page.values()) <= 8


def test_no_text_is_in_the_first_real_set_twice_or_here_twice() -> None:
    texts = [text for _, text, _ in pii_real_scams.ENTRIES]
    assert len(set(texts)) == len(texts)
    assert not set(texts) & {text for _, text, _ in pii_real_public.ENTRIES}
