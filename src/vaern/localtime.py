"""Danish wall-clock time: every staff page and form shows and takes Europe/Copenhagen.

Times are stored in UTC; people read and type them in Copenhagen time, labelled with the
zone's abbreviation (CET in winter, CEST in summer) so nobody has to guess.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, TypeVar
from zoneinfo import ZoneInfo

from pydantic import AfterValidator, AwareDatetime

LOCAL = ZoneInfo("Europe/Copenhagen")

# Dates and times people and systems may send. Year 1 and 9999 passed parsing and then
# overflowed the arithmetic (a look-up window, a 72-hour clock, the day after), the
# conversion to UTC or Copenhagen time, and so answered 500 (issue 17); a plausible range
# leaves room for every period the domains add.
FIRST_YEAR, LAST_YEAR = 1900, 2999
OUT_OF_RANGE = f"Dates and times must lie between the years {FIRST_YEAR} and {LAST_YEAR}."
When = TypeVar("When", date, datetime)


def in_range(value: When) -> When:
    """``value`` itself, or ``ValueError`` (a 422 in a schema) if it lies outside
    ``FIRST_YEAR``–``LAST_YEAR``; an aware time is judged in UTC."""
    try:
        year = (
            value.astimezone(UTC).year
            if isinstance(value, datetime) and value.tzinfo
            else value.year
        )
    except OverflowError:  # the offset moved it past year 1 or 9999
        raise ValueError(OUT_OF_RANGE) from None
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(OUT_OF_RANGE)
    return value


def utc_if_naive(value: datetime) -> datetime:
    """A time sent without an offset (JSON, an e-mail Date of "-0000") is taken as UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


# Input fields: a time that must carry its offset, one taken as UTC without it, a day.
Moment = Annotated[AwareDatetime, AfterValidator(in_range)]
AnyMoment = Annotated[datetime, AfterValidator(utc_if_naive), AfterValidator(in_range)]
Day = Annotated[date, AfterValidator(in_range)]


def local(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M %Z") -> str:
    """``value`` (aware, any zone) as Copenhagen time; an em dash for no time."""
    return value.astimezone(LOCAL).strftime(fmt) if value else "—"


def from_local_input(text: str) -> datetime:
    """A ``datetime-local`` form value ("2026-12-04T10:30") typed in Copenhagen time, as UTC.

    A value that carries its own offset keeps it. Raises ``ValueError`` on anything else.
    """
    parsed = datetime.fromisoformat(text.strip())
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=LOCAL)
    return in_range(parsed).astimezone(UTC)


def local_iso(text: str | None, fmt: str = "%Y-%m-%d %H:%M %Z") -> str:
    """An ISO timestamp kept as text (JSON details) shown as Copenhagen time."""
    return local(datetime.fromisoformat(text), fmt) if text else "—"
