"""Copenhagen wall time for staff: shown with its zone, typed without one."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from vaern.localtime import from_local_input, in_range, local


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


@pytest.mark.parametrize(
    "value",
    [
        date(1, 1, 1),
        date(9999, 12, 31),
        datetime(1, 1, 1),
        datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=14))),  # year 0 in UTC
        datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-12))),  # year 10000
        datetime(1899, 12, 31, 23, 0, tzinfo=UTC),
        datetime(3000, 1, 1, tzinfo=UTC),
    ],
)
def test_in_range_refuses_the_calendar_edges_with_a_clear_message(value: date) -> None:
    with pytest.raises(ValueError, match="between the years 1900 and 2999"):
        in_range(value)


def test_in_range_judges_an_aware_time_in_utc_and_keeps_it() -> None:
    # 23:30 on New Year's Eve 2999 at -01:00 is already year 3000 in UTC.
    with pytest.raises(ValueError):
        in_range(datetime(2999, 12, 31, 23, 30, tzinfo=timezone(timedelta(hours=-1))))
    inside = datetime(1900, 1, 1, 12, tzinfo=timezone(timedelta(hours=10)))
    assert in_range(inside) is inside
    assert in_range(date(2999, 12, 31)) == date(2999, 12, 31)


def test_a_typed_time_out_of_range_is_a_value_error_not_an_overflow() -> None:
    for text in ("0001-01-01T00:00", "9999-12-31T23:59", "9999-12-31T23:59:59-12:00"):
        with pytest.raises(ValueError):
            from_local_input(text)
