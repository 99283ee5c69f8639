"""Records of processing (GDPR art. 30), declared in code next to the data model.

Each domain calls ``declare(...)`` for its tables: purpose, legal basis, categories of data
and people, recipients, retention and transfers outside the EU. ``record()`` renders the
register and lists tables nobody has declared, so a new table is visible at once.
"""

from __future__ import annotations

import csv
import io
from dataclasses import asdict, dataclass, field
from typing import Any

from vaern.db import Base
from vaern.privacy import categories

Text = dict[str, str]  # {"da": …, "en": …}


@dataclass(frozen=True)
class Processing:
    table: str
    purpose: Text
    legal_basis: Text
    data_categories: tuple[str, ...]
    subject_categories: tuple[str, ...]
    recipients: Text
    retention: Text
    transfers_outside_eu: Text = field(default_factory=lambda: {"da": "Ingen", "en": "None"})
    # Columns that hold identifiers in clear by design, each with the reason (da/en): the
    # database scan (``scan.py``) skips exactly these, and the reason is in the record.
    in_clear: dict[str, Text] = field(default_factory=dict)


REGISTER: dict[str, Processing] = {}


def declare(processing: Processing) -> None:
    REGISTER[processing.table] = processing


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


STAFF = {
    "da": "Organisationens medarbejdere; databehandlere efter aftale",
    "en": "The organisation's staff; processors under agreement",
}
CONTRACT = {"da": "Art. 6(1)(b) kontrakt", "en": "Art. 6(1)(b) contract"}
LEGAL_DUTY = {"da": "Art. 6(1)(c) retlig forpligtelse", "en": "Art. 6(1)(c) legal obligation"}
INTEREST = {
    "da": "Art. 6(1)(f) legitim interesse (drift og sikkerhed)",
    "en": "Art. 6(1)(f) legitimate interest (operations and security)",
}

for _p in (
    Processing(
        table="organisations",
        purpose={
            "da": "Kunder af Værn og deres offentlige kontaktdata",
            "en": "Værn's customers and their public contact data",
        },
        legal_basis=CONTRACT,
        data_categories=("organisation name", "CVR", "main phone", "website"),
        subject_categories=("customer organisations",),
        recipients={
            "da": "Offentligt (navn og kontaktdata)",
            "en": "Public (name and contact data)",
        },
        retention={
            "da": "Aftalens løbetid + 5 år (bogføring)",
            "en": "Contract term + 5 years (bookkeeping)",
        },
    ),
    Processing(
        table="users",
        purpose={"da": "Log ind for medarbejdere", "en": "Staff sign-in"},
        legal_basis=CONTRACT,
        data_categories=("e-mail", "display name", "password hash"),
        subject_categories=("staff users",),
        recipients=STAFF,
        retention={"da": "Til brugeren slettes", "en": "Until the user is deleted"},
        in_clear={
            "email": {
                "da": "medarbejderes log-in; de er brugere af systemet, ikke registrerede her",
                "en": "staff sign-in; staff are users of the system, not data subjects here",
            }
        },
    ),
    Processing(
        table="memberships",
        purpose={"da": "Roller og adgangskontrol", "en": "Roles and access control"},
        legal_basis=CONTRACT,
        data_categories=("user id", "role"),
        subject_categories=("staff users",),
        recipients=STAFF,
        retention={"da": "Til medlemskabet ophører", "en": "Until the membership ends"},
    ),
    Processing(
        table="api_tokens",
        purpose={"da": "Adgang for systemintegrationer", "en": "Access for system integrations"},
        legal_basis=CONTRACT,
        data_categories=("token hash", "creator"),
        subject_categories=("staff users",),
        recipients=STAFF,
        retention={
            "da": "Til tokenet udløber eller tilbagekaldes + 1 år",
            "en": "Until expiry or revocation + 1 year",
        },
        in_clear={
            "prefix": {
                "da": "tokenets tilfældige offentlige del; dens cifre er intet nummer",
                "en": "the random public part of a token; its digits are no number",
            }
        },
    ),
    Processing(
        table="audit_log",
        purpose={
            "da": "Sporbarhed af adgang til og ændring af personoplysninger",
            "en": "Accountability for access to and changes of personal data",
        },
        legal_basis=LEGAL_DUTY,
        data_categories=("actor id", "action", "object id", "pseudonymised client address"),
        subject_categories=("staff users", "data subjects (by id only)"),
        recipients={"da": "Databeskyttelsesrådgiver (DPO)", "en": "Data protection officer (DPO)"},
        retention={"da": "5 år", "en": "5 years"},
    ),
    Processing(
        table="data_subjects",
        purpose={
            "da": "At samle alt om én person, så rettigheder kan opfyldes",
            "en": "Linking everything about one person so their rights can be met",
        },
        legal_basis=LEGAL_DUTY,
        data_categories=("restriction flag", "erasure time"),
        subject_categories=("customers", "fraud victims", "reporters"),
        recipients=STAFF,
        retention={
            "da": "Som de tilknyttede data; blindindeks som gravsten efter sletning",
            "en": "As the linked data; blind index kept as a tombstone after erasure",
        },
    ),
    Processing(
        table="subject_identifiers",
        purpose={
            "da": "Krypterede identifikatorer (e-mail, telefon, CPR) med blindindeks",
            "en": "Encrypted identifiers (e-mail, phone, CPR) with blind indexes",
        },
        legal_basis=INTEREST,
        data_categories=("e-mail", "phone", "CPR number", "name", "customer reference"),
        subject_categories=("customers", "fraud victims", "reporters"),
        recipients=STAFF,
        retention={
            "da": "Til sletning efter anmodning eller opbevaringsregel",
            "en": "Until erasure on request or by retention rule",
        },
    ),
    Processing(
        table="subject_requests",
        purpose={
            "da": "Behandling af registreredes anmodninger (art. 15-21)",
            "en": "Handling data-subject requests (art. 15-21)",
        },
        legal_basis=LEGAL_DUTY,
        data_categories=("request kind", "status", "redacted note"),
        subject_categories=("data subjects",),
        recipients={"da": "Databeskyttelsesrådgiver (DPO)", "en": "Data protection officer (DPO)"},
        retention={
            "da": "3 år efter afslutning (dokumentation)",
            "en": "3 years after closing (documentation)",
        },
    ),
    Processing(
        table="job_state",
        purpose={
            "da": "Planlagte job; ingen personoplysninger",
            "en": "Scheduled jobs; no personal data",
        },
        legal_basis=INTEREST,
        data_categories=(),
        subject_categories=(),
        recipients=STAFF,
        retention={"da": "Løbende overskrevet", "en": "Overwritten continuously"},
    ),
):
    declare(_p)

# The other domains' tables; imported last because it uses the names above.
from vaern.dpo import activities  # noqa: E402, F401
