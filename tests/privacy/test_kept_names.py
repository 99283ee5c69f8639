"""The name list as the recognisers keep it in the user's cache directory (issue 18: parsing
and sorting it was a tenth of `vaern privacy redact`'s start): read back it equals what the
list gives when parsed afresh, and damaged files are made again with the same findings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from vaern.privacy import recognizers
from vaern.privacy.redact import redact

KEPT = (
    recognizers.gazetteer,
    recognizers._lowercase_names,
    recognizers._letters,
    recognizers._token_kinds,
)
TEXT = "Hej Mette Hansen, ring på 22 33 44 55. Mvh. SØREN KJÆR, Søndergade 12, 8000 Aarhus C"


def _forget() -> None:
    """As a new process: nothing derived from the name list in memory."""
    for function in (*KEPT, recognizers._token_literals):
        function.cache_clear()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("VAERN_CACHE_DIR", str(tmp_path))
    _forget()
    yield tmp_path / "vaern"
    _forget()


def test_kept_names_equal_the_list_parsed_afresh(cache: Path) -> None:
    made = redact(TEXT)
    assert len(list(cache.glob("vaern.privacy.recognizers.*.marshal"))) == len(KEPT)
    _forget()
    assert redact(TEXT) == made
    for function in KEPT:
        fresh = function.__wrapped__.__wrapped__()  # the function itself, not kept
        assert function() == fresh, function.__name__


def test_damaged_kept_names_are_made_again(cache: Path) -> None:
    made = redact(TEXT)
    assert made.entities == {"PERSON": 2, "PHONE": 1, "ADDRESS": 1}
    files = sorted(cache.glob("vaern.privacy.recognizers.*.marshal"))
    good = [path.read_bytes() for path in files]
    for path in files:
        path.write_bytes(path.read_bytes()[:-1])
    _forget()
    assert redact(TEXT) == made
    assert [path.read_bytes() for path in files] == good
