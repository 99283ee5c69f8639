"""Copenhagen wall time for staff: shown with its zone, typed without one."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from vaern.localtime import from_local_input, local


@pytest.mark.parametrize(
    ("utc", "shown"),
    [
        (datetime(2026, 1, 15, 9, 30, tzinfo=UTC), "2026-01-15 10:30 CET"),
        (datetime(2026, 7, 15, 9, 30, tzinfo=UTC), "2026-07-15 11:30 CEST"),
        (datetime(2026, 3, 29, 1, 30, tzinfo=UTC), "2026-03-29 03:30 CEST"),  # after the switch
    ],
)
def test_local_shows_copenhagen_time_with_its_zone(utc: datetime, shown: str) -> None:
    assert local(utc) == shown


def test_local_of_nothing_is_a_dash() -> None:
    assert local(None) == "—"


@pytest.mark.parametrize(
    ("typed", "utc"),
    [
        ("2026-01-15T10:30", datetime(2026, 1, 15, 9, 30, tzinfo=UTC)),
        ("2026-07-15T11:30", datetime(2026, 7, 15, 9, 30, tzinfo=UTC)),
        ("2026-07-15T11:30:00+00:00", datetime(2026, 7, 15, 11, 30, tzinfo=UTC)),
    ],
)
def test_typed_local_time_becomes_utc(typed: str, utc: datetime) -> None:
    assert from_local_input(typed) == utc


def test_garbage_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        from_local_input("yesterday")
