"""Words a PDF broke over a line with a hyphen, joined with the way back to the original
offsets (vaern.text.hyphenation)."""

from __future__ import annotations

from vaern.text.hyphenation import join_hyphenated_lines


def test_a_word_broken_over_a_line_is_joined_and_maps_back() -> None:
    text = "bosat Rosen-\nvænget 14, 4700 Næstved og Jesper Sønder-\ngaard"
    joined = join_hyphenated_lines(text)
    assert joined is not None
    assert joined.text == "bosat Rosenvænget 14, 4700 Næstved og Jesper Søndergaard"
    for value, original in (
        ("Rosenvænget 14", "Rosen-\nvænget 14"),
        ("Søndergaard", "Sønder-\ngaard"),
        ("bosat", "bosat"),
    ):
        at = joined.text.index(value)
        start, end = joined.original(at, at + len(value))
        assert text[start:end] == original


def test_a_word_in_capitals_broken_over_a_line_is_joined() -> None:
    joined = join_hyphenated_lines("Politiassistent: HOLMG-\nAARD")
    assert joined is not None and joined.text == "Politiassistent: HOLMGAARD"


def test_a_compound_whose_next_part_is_capitalised_stays_as_written() -> None:
    # "Nørre-" / "Sundby" and "Hans-" / "Henrik" are a compound's own parts.
    assert join_hyphenated_lines("Nørre-\nSundby og Hans-\nHenrik") is None
    assert join_hyphenated_lines("Pris: 100,-\nkr.") is None
