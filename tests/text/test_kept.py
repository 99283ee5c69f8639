"""Results kept in the user's cache directory (`kept_result`): made once per version of
their sources and read back equal; a damaged file is made again; a changed source gets a new
file and the old one goes; a cache that cannot be written still gives the result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from vaern.text.kept import keep, kept_path, kept_result

NAMES = "Mette\tfirst\nHansen\tsurname\nAage\tfirst\n"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("VAERN_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "vaern"


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "names.tsv"
    path.write_text(NAMES)
    return path


def _parser(source: Path, calls: list[str]) -> Callable[[], dict[str, frozenset[str]]]:
    """A fresh kept function over ``source``, as a new process would define it; ``calls``
    records each time it really parses."""

    @kept_result(source)
    def parsed() -> dict[str, frozenset[str]]:
        calls.append("parsed")
        kinds: dict[str, set[str]] = {}
        for line in source.read_text().splitlines():
            name, kind = line.split("\t")
            kinds.setdefault(kind, set()).add(name)
        return {kind: frozenset(names) for kind, names in kinds.items()}

    return parsed


def test_a_kept_result_is_read_back_equal_without_making_it_again(
    cache: Path, source: Path
) -> None:
    calls: list[str] = []
    first = _parser(source, calls)()
    assert first == {"first": frozenset({"Mette", "Aage"}), "surname": frozenset({"Hansen"})}
    [kept] = cache.glob("*.marshal")
    again = _parser(source, calls)()
    assert again == first and isinstance(again["first"], frozenset)
    assert calls == ["parsed"]  # the second process read the file
    assert ".parsed-" in kept.name  # named by the module and function


def test_a_damaged_file_is_made_again(cache: Path, source: Path) -> None:
    calls: list[str] = []
    first = _parser(source, calls)()
    [kept] = cache.glob("*.marshal")
    good = kept.read_bytes()
    for damage in (b"", good[:-3], good[:40] + bytes([good[40] ^ 1]) + good[41:]):
        kept.write_bytes(damage)
        assert _parser(source, calls)() == first
        assert kept.read_bytes() == good
    assert len(calls) == 4


def test_a_changed_source_gets_its_own_file_and_the_old_one_goes(cache: Path, source: Path) -> None:
    calls: list[str] = []
    _parser(source, calls)()
    [first] = cache.glob("*.marshal")
    source.write_text(NAMES + "Søren\tfirst\n")
    assert "Søren" in _parser(source, calls)()["first"]
    [second] = cache.glob("*.marshal")
    assert second != first and len(calls) == 2


def test_a_cache_that_cannot_be_written_still_gives_the_result(
    tmp_path: Path, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")  # a file where the cache directory would be
    monkeypatch.setenv("VAERN_CACHE_DIR", str(blocked))
    calls: list[str] = []
    assert _parser(source, calls)()["surname"] == frozenset({"Hansen"})
    assert _parser(source, calls)()["surname"] == frozenset({"Hansen"})
    assert len(calls) == 2


def test_only_older_versions_of_the_same_name_go(cache: Path) -> None:
    keep(kept_path("street-numbers", "a" * 64, ".hs"), b"numbers")
    keep(kept_path("street", "b" * 64, ".hs"), b"old")
    keep(kept_path("street", "c" * 64, ".hs"), b"new")
    assert sorted(p.read_bytes() for p in cache.iterdir()) == [b"new", b"numbers"]
