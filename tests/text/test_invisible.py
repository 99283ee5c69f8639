"""vaern.text.invisible: text as it reads, and spans mapped back onto the original."""

from __future__ import annotations

from vaern.text.invisible import visible


def test_text_without_invisible_characters_keeps_its_offsets() -> None:
    shown, offsets = visible("ring 20\u00a030 40 50")
    assert shown == "ring 20 30 40 50" and offsets is None


def test_a_span_keeps_the_invisible_characters_inside_it_and_not_at_its_edges() -> None:
    text = "x \u200bab\u00adcd\u200b y"
    shown, offsets = visible(text)
    assert shown == "x abcd y" and offsets is not None
    start, end = offsets.span(2, 6)
    assert text[start:end] == "ab\u00adcd"
