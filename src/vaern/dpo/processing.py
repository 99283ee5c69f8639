"""The records of processing (GDPR art. 30) of every domain's tables, rendered for the
DPO (JSON, CSV, Markdown, the staff page) and for the public privacy notice. Each domain
declares its tables' entries (``privacy/processing.py`` has the shape) and lists them in
its manifest; ``undeclared_tables`` shows a table nobody has declared at once.
"""

from __future__ import annotations

import csv
import io
from dataclasses import asdict
from typing import Any

from vaern import domains
from vaern.db import Base
from vaern.privacy import categories
from vaern.privacy.processing import Processing, Text

REGISTER: dict[str, Processing] = {p.table: p for p in domains.activities()}


def clear_columns() -> dict[tuple[str, str], Text]:
    """Every (table, column) declared as holding identifiers in clear, with its reason."""
    return {
        (activity.table, column): reason
        for activity in REGISTER.values()
        for column, reason in activity.in_clear.items()
    }


def undeclared_tables() -> list[str]:
    return sorted(set(Base.metadata.tables) - set(REGISTER))


def record() -> dict[str, Any]:
    """The art. 30 record as JSON-ready data."""
    return {
        "activities": [asdict(REGISTER[name]) for name in sorted(REGISTER)],
        "undeclared_tables": undeclared_tables(),
    }


def _unique(values: list[Any]) -> list[Any]:
    out: list[Any] = []
    for value in values:
        if value not in out:
            out.append(value)
    return out


def by_activity(tables: list[Processing]) -> list[dict[str, Any]]:
    """The record per processing activity (art. 30(1)): tables that serve one purpose are
    one activity, listing its tables, the union of their data and people, and each
    distinct legal basis, recipient and retention period."""
    groups: dict[str, list[Processing]] = {}
    for t in sorted(tables, key=lambda t: t.purpose["en"]):
        groups.setdefault(t.purpose["en"], []).append(t)
    return [
        {
            "purpose": members[0].purpose,
            "tables": [m.table for m in members],
            "legal_bases": _unique([m.legal_basis for m in members]),
            "data_categories": _unique([c for m in members for c in m.data_categories]),
            "subject_categories": _unique([c for m in members for c in m.subject_categories]),
            "recipients": _unique([m.recipients for m in members]),
            "retention": _unique([m.retention for m in members]),
            "transfers_outside_eu": _unique([m.transfers_outside_eu for m in members]),
            "in_clear": {
                f"{m.table}.{column}": why for m in members for column, why in m.in_clear.items()
            },
        }
        for members in groups.values()
    ]


COLUMNS = {
    "da": (
        "Tabel",
        "Formål",
        "Retsgrundlag",
        "Kategorier af personoplysninger",
        "Kategorier af registrerede",
        "Modtagere",
        "Opbevaring",
        "Overførsler uden for EU",
        "Identifikatorer gemt i klartekst, og hvorfor",
    ),
    "en": (
        "Table",
        "Purpose",
        "Legal basis",
        "Categories of personal data",
        "Categories of data subjects",
        "Recipients",
        "Retention",
        "Transfers outside the EU",
        "Identifiers kept in clear, and why",
    ),
}


def _row(activity: Processing, lang: str) -> list[str]:
    def names(items: tuple[str, ...]) -> str:
        return ", ".join(categories.name(c, lang) for c in items) or "—"

    return [
        activity.table,
        activity.purpose[lang],
        activity.legal_basis[lang],
        names(activity.data_categories),
        names(activity.subject_categories),
        activity.recipients[lang],
        activity.retention[lang],
        activity.transfers_outside_eu[lang],
        "; ".join(f"{column}: {why[lang]}" for column, why in activity.in_clear.items()) or "—",
    ]


def as_csv(lang: str = "da") -> str:
    """The art. 30 record as CSV, one row per table."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS[lang])
    for name in sorted(REGISTER):
        writer.writerow(_row(REGISTER[name], lang))
    return out.getvalue()


def as_markdown(lang: str = "da") -> str:
    """The art. 30 record as a Markdown table."""
    title = {"da": "Fortegnelse over behandlingsaktiviteter", "en": "Records of processing"}

    def line(cells: list[str] | tuple[str, ...]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    lines = [f"# {title[lang]} (art. 30)", "", line(COLUMNS[lang])]
    lines.append("|" + "---|" * len(COLUMNS[lang]))
    lines += [line(_row(REGISTER[name], lang)) for name in sorted(REGISTER)]
    return "\n".join(lines) + "\n"


def notice(lang: str = "da") -> list[dict[str, Any]]:
    """The privacy notice's sections: one per purpose that involves personal data, with
    its legal basis, categories, recipients, retention and transfers."""
    sections: dict[str, dict[str, Any]] = {}
    for name in sorted(REGISTER):
        activity = REGISTER[name]
        data = [c for c in activity.data_categories if c != "no personal data"]
        if not data:
            continue
        section = sections.setdefault(
            activity.purpose[lang],
            {
                "purpose": activity.purpose[lang],
                "legal_basis": [],
                "data": [],
                "people": [],
                "recipients": [],
                "retention": [],
                "transfers": [],
            },
        )
        for key, values in (
            ("legal_basis", [activity.legal_basis[lang]]),
            ("data", [categories.name(c, lang) for c in data]),
            ("people", [categories.name(c, lang) for c in activity.subject_categories]),
            ("recipients", [activity.recipients[lang]]),
            ("retention", [activity.retention[lang]]),
            ("transfers", [activity.transfers_outside_eu[lang]]),
        ):
            section[key] += [v for v in values if v not in section[key]]
    return list(sections.values())
