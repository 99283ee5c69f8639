"""Danish wall-clock time: every staff page and form shows and takes Europe/Copenhagen.

Times are stored in UTC; people read and type them in Copenhagen time, labelled with the
zone's abbreviation (CET in winter, CEST in summer) so nobody has to guess.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

LOCAL = ZoneInfo("Europe/Copenhagen")


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
    return parsed.astimezone(UTC)


def local_iso(text: str | None, fmt: str = "%Y-%m-%d %H:%M %Z") -> str:
    """An ISO timestamp kept as text (JSON details) shown as Copenhagen time."""
    return local(datetime.fromisoformat(text), fmt) if text else "—"
