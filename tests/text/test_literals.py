"""A compiled Hyperscan set kept in the user's cache directory (`Literals(kept=...)`): read
back it finds what a fresh compile finds; a damaged file is compiled again; a changed word
list gets a new file and the old one goes."""

from __future__ import annotations

from pathlib import Path

import pytest

from vaern.text.literals import Literals

WORDS = [" mette ", " søren ", " ahmed "]
TEXT = " hej mette og ahmed ".encode("latin-1")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("VAERN_CACHE_DIR", str(tmp_path))
    return tmp_path / "vaern"


def test_a_kept_set_is_read_back_and_finds_the_same(cache: Path) -> None:
    fresh = Literals(WORDS).find(TEXT)
    assert fresh == [(11, 0), (20, 2)]
    Literals(WORDS, kept="names")
    [kept] = cache.glob("names-*.hs")
    assert Literals(WORDS, kept="names").find(TEXT) == fresh
    assert kept.stat().st_size > 0


def test_a_damaged_file_is_compiled_again(cache: Path) -> None:
    Literals(WORDS, kept="names")
    [kept] = cache.glob("names-*.hs")
    kept.write_bytes(b"not a database")
    assert Literals(WORDS, kept="names").find(TEXT) == [(11, 0), (20, 2)]
    assert kept.read_bytes() != b"not a database"


def test_a_changed_list_gets_its_own_file_and_the_old_one_goes(cache: Path) -> None:
    Literals(WORDS, kept="names")
    [first] = cache.glob("names-*.hs")
    assert Literals([*WORDS, " aage "], kept="names").find(b" aage ") == [(6, 3)]
    [second] = cache.glob("names-*.hs")
    assert second != first
    Literals(["x"], kept="other")
    assert len(list(cache.glob("*.hs"))) == 2  # another set's file stays


def test_words_asked_once_are_reported_at_their_first_occurrence_only(cache: Path) -> None:
    """``once``: a word whose presence is all that is asked is reported once (a run of
    spaces would report a double space at each of its characters), the others at every
    occurrence; a set that reports differently is kept in a file of its own."""
    words = ["  ", " mette "]
    text = b" mette    og mette  "
    assert Literals(words).find(text) == [(7, 1), (8, 0), (9, 0), (10, 0), (19, 1), (20, 0)]
    Literals(words, kept="names")
    [every] = cache.glob("names-*.hs")
    assert Literals(words, kept="names", once=["  "]).find(text) == [(7, 1), (8, 0), (19, 1)]
    [first_only] = cache.glob("names-*.hs")
    assert first_only != every
    # Read back from its own file, it still reports once.
    assert Literals(words, kept="names", once=["  "]).find(text) == [(7, 1), (8, 0), (19, 1)]
