"""Records of processing (GDPR art. 30), declared in code next to the data model.

Each domain declares a ``Processing`` for each of its tables in its ``privacy.py``
(purpose, legal basis, categories of data and people, recipients, retention and transfers
outside the EU) and lists them in its manifest. The DPO product renders the register
(``vaern.dpo.processing``) and lists tables nobody has declared, so a new table is visible
at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
NO_PERSONAL = ("no personal data",)
UNTIL_CHANGED = {"da": "Til den ændres eller slettes", "en": "Until changed or deleted"}
PUBLIC = {"da": "Offentligt", "en": "Public"}


def activity(
    table: str,
    purpose: Text,
    legal_basis: Text,
    data: tuple[str, ...],
    people: tuple[str, ...],
    retention: Text,
    recipients: Text = STAFF,
    in_clear: dict[str, Text] | None = None,
) -> Processing:
    return Processing(
        table=table,
        purpose=purpose,
        legal_basis=legal_basis,
        data_categories=data,
        subject_categories=people,
        recipients=recipients,
        retention=retention,
        in_clear=in_clear or {},
    )


# The kernel's own tables: the privacy tables, the job scheduler's and the change tracker's
# (``vaern.domains``).
ACTIVITIES: tuple[Processing, ...] = (
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
    activity(
        "breaches",
        {"da": "Register over brud på persondatasikkerheden", "en": "Register of data breaches"},
        LEGAL_DUTY,
        ("redacted description", "categories and numbers", "DPO contact"),
        ("staff users", "data subjects (in aggregate)"),
        {"da": "5 år", "en": "5 years"},
        in_clear={
            "contact": {
                "da": "DPO'ens kontaktpunkt for Datatilsynet (art. 33, stk. 3, litra b)",
                "en": "the DPO's contact point for Datatilsynet (art. 33(3)(b))",
            }
        },
    ),
    activity(
        "retention_rules",
        {"da": "Organisationens opbevaringsperioder", "en": "The organisation's retention periods"},
        LEGAL_DUTY,
        NO_PERSONAL,
        (),
        UNTIL_CHANGED,
    ),
    activity(
        "legal_holds",
        {
            "da": "Retlige tilbageholdelser, der standser sletning",
            "en": "Legal holds that stop deletion",
        },
        LEGAL_DUTY,
        ("held subject or case id", "redacted reason"),
        ("data subjects (by id only)",),
        {"da": "3 år efter ophævelse", "en": "3 years after release"},
    ),
    activity(
        "privacy_outbox",
        {
            "da": "Engangskoder til bekræftelse af identitet ved anmodninger",
            "en": "One-time codes that verify the identity of requesters",
        },
        LEGAL_DUTY,
        ("e-mail or phone (encrypted)", "one-time code (encrypted)"),
        ("data subjects",),
        {"da": "7 dage", "en": "7 days"},
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
    Processing(
        table="change_stamps",
        purpose={
            "da": "Ændringsstempler for processernes mellemlagre; ingen personoplysninger",
            "en": "Change stamps of the processes' caches; no personal data",
        },
        legal_basis=INTEREST,
        data_categories=(),
        subject_categories=(),
        recipients=STAFF,
        retention={"da": "Løbende overskrevet", "en": "Overwritten continuously"},
    ),
)
