"""Records of processing for the domains' tables (GDPR art. 30).

The foundation and privacy tables are declared in ``processing``; this module declares
every other domain's tables, grouped per domain, so the register covers the whole data
model. ``tests/privacy/test_processing.py`` fails when a table is missing here.
"""

from __future__ import annotations

from vaern.privacy.processing import (
    CONTRACT,
    INTEREST,
    LEGAL_DUTY,
    STAFF,
    Processing,
    Text,
    declare,
)

_PUBLIC = {"da": "Offentligt", "en": "Public"}
_NO_PERSONAL = ("no personal data",)
_CASE_RETENTION = {
    "da": "5 år efter sagens afslutning (hvidvask- og bogføringsregler)",
    "en": "5 years after the case closes (anti-money-laundering and bookkeeping rules)",
}
_ACCOUNTS = ("customers (by pseudonymised account reference)",)


def _p(
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


# Why the indicators of a scam are kept in clear (the scan skips the declared columns).
_SCAM_SENDER = {
    "da": "afsenderen af en svindelbesked (nummer, afsender-id eller adresse) er en indikator, "
    "som medarbejdere ser, når de grupperer anmeldelser, advarer og beder om nedtagning; "
    "nummeret kan tilhøre en person, hvis nummer er kapret eller forfalsket, så det vises kun "
    "for organisationens medarbejdere og slettes med anmeldelsen",
    "en": "the sender of a scam message (number, sender ID or address) is an indicator that "
    "staff see when they group reports, warn and ask for takedowns; the number may belong to a "
    "person whose number was hijacked or spoofed, so only the organisation's staff see it and "
    "it is deleted with the report",
}
_OWN_CONTACT = {
    "da": "rådene i en advarsel nævner organisationens egne kontaktveje (telefonnummer, "
    "e-mailadresse), så folk kan ringe det rigtige sted hen; alt andet i rådene maskeres",
    "en": "a warning's advice names the organisation's own contact lines (phone number, e-mail "
    "address) so people call the right place; everything else in the advice is masked",
}
_PUBLISHED = {
    "da": "indikatorer på svindel (afsendernumre, afsender-id'er, domæner) offentliggøres i "
    "advarsler for at beskytte folk; en medarbejder vurderer hver advarsel, før den "
    "offentliggøres, fordi et nummer kan tilhøre en person, hvis nummer er kapret",
    "en": "indicators of a scam (sender numbers, sender IDs, domains) are published in warnings "
    "to protect people; staff review each warning before it is published, since a number may "
    "belong to a person whose number was hijacked",
}
_TAKEDOWN = {
    "da": "svindlens nummer eller vært er selve modtageren af anmodningen til teleselskab, "
    "registrar eller hostingudbyder, og beviserne er kampagnens indikatorer",
    "en": "the scam's number or host is what the request to the telecom, registrar or host is "
    "about, and the evidence is the campaign's indicators",
}


_CASES = {"da": "Svindelsager og hjælp til ofre", "en": "Fraud cases and help for victims"}
_REPORTS = {
    "da": "Borgeres anmeldelser af svindel, grupperet i kampagner",
    "en": "Citizens' fraud reports, grouped into campaigns",
}
_WARNINGS = {"da": "Offentlige advarsler om svindel", "en": "Public warnings about scams"}
_MONITORING = {
    "da": "Overvågning af kontohændelser for svindel i realtid",
    "en": "Real-time monitoring of account events for fraud",
}
_REGISTRY = {
    "da": "Organisationens officielle kanaler og kommunikationspolitik",
    "en": "The organisation's official channels and communication policy",
}
_UNTIL_CHANGED = {"da": "Til den ændres eller slettes", "en": "Until changed or deleted"}
_REPORT_RETENTION = {"da": "2 år", "en": "2 years"}
_MONITORING_RETENTION = {"da": "13 måneder", "en": "13 months"}

ACTIVITIES: tuple[Processing, ...] = (
    # privacy: breach register and retention settings
    _p(
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
    _p(
        "retention_rules",
        {"da": "Organisationens opbevaringsperioder", "en": "The organisation's retention periods"},
        LEGAL_DUTY,
        _NO_PERSONAL,
        (),
        _UNTIL_CHANGED,
    ),
    _p(
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
    _p(
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
    # cases
    _p(
        "cases",
        _CASES,
        INTEREST,
        ("case type", "status", "data-subject link", "assignee"),
        ("fraud victims", "staff users"),
        _CASE_RETENTION,
    ),
    _p(
        "case_tasks",
        _CASES,
        INTEREST,
        ("task", "deadline", "redacted note", "staff user"),
        ("staff users",),
        _CASE_RETENTION,
    ),
    _p(
        "case_notes",
        _CASES,
        INTEREST,
        ("redacted or encrypted note",),
        ("fraud victims", "staff users"),
        _CASE_RETENTION,
    ),
    _p(
        "case_events",
        _CASES,
        INTEREST,
        ("timeline event", "actor id"),
        ("staff users",),
        _CASE_RETENTION,
    ),
    _p(
        "case_notifications",
        {
            "da": "Påmindelser og eskaleringer om sagsfrister",
            "en": "Reminders and escalations of case deadlines",
        },
        INTEREST,
        ("case reference", "deadline", "staff user", "delivery status"),
        ("staff users",),
        _CASE_RETENTION,
    ),
    _p(
        "case_webhooks",
        {
            "da": "Levering af sagshændelser til organisationens egne systemer",
            "en": "Delivering case events to the organisation's own systems",
        },
        CONTRACT,
        ("partner endpoint",),
        (),
        _UNTIL_CHANGED,
    ),
    _p(
        "case_attachments",
        _CASES,
        INTEREST,
        ("evidence files (may contain personal data)", "file hash"),
        ("fraud victims",),
        _CASE_RETENTION,
    ),
    _p(
        "case_links",
        _CASES,
        INTEREST,
        ("links to alerts, reports and records",),
        ("fraud victims",),
        _CASE_RETENTION,
    ),
    _p(
        "case_playbook_overrides",
        _CASES,
        INTEREST,
        _NO_PERSONAL,
        (),
        _UNTIL_CHANGED,
    ),
    _p(
        "saved_views",
        {
            "da": "Medarbejderes gemte filtre til sagskøen",
            "en": "Staff users' saved filters of the case queue",
        },
        INTEREST,
        ("view name", "filter query", "staff user"),
        ("staff users",),
        _UNTIL_CHANGED,
    ),
    # disputes
    _p(
        "disputes",
        {
            "da": "Vurdering af ansvar for uautoriserede betalinger (betalingsloven § 100)",
            "en": "Liability for unauthorised payments (Payment Act § 100)",
        },
        LEGAL_DUTY,
        ("payment transactions", "redacted facts", "decision letters"),
        ("payers", "fraud victims"),
        _CASE_RETENTION,
    ),
    # monitoring
    _p(
        "monitoring_events",
        _MONITORING,
        INTEREST,
        ("pseudonymised account reference", "event type", "amounts and times"),
        _ACCOUNTS,
        _MONITORING_RETENTION,
    ),
    _p(
        "monitoring_alerts",
        _MONITORING,
        INTEREST,
        ("pseudonymised account reference", "score", "explanation"),
        _ACCOUNTS,
        _MONITORING_RETENTION,
    ),
    _p(
        "monitoring_webhooks",
        {
            "da": "Levering af alarmer til organisationens egne systemer",
            "en": "Delivering alerts to the organisation's own systems",
        },
        CONTRACT,
        ("partner endpoint",),
        (),
        _UNTIL_CHANGED,
    ),
    _p(
        "monitoring_deliveries",
        {"da": "Log over leverede alarmer", "en": "Log of alert deliveries"},
        INTEREST,
        ("alert link", "delivery status"),
        _ACCOUNTS,
        _MONITORING_RETENTION,
    ),
    _p(
        "monitoring_models",
        {
            "da": "Online-model, der lærer af hændelser og analytikernes afgørelser",
            "en": "Online model learning from events and analysts' verdicts",
        },
        INTEREST,
        ("model weights (no identifiers)",),
        _ACCOUNTS,
        _MONITORING_RETENTION,
    ),
    _p(
        "monitoring_typology_files",
        _MONITORING,
        INTEREST,
        ("author id",),
        ("staff users",),
        _UNTIL_CHANGED,
    ),
    # outbound log
    _p(
        "outbound_records",
        {
            "da": "Log over udgående beskeder, så kunder kan få svar på 'kontaktede I mig?'",
            "en": "Log of outbound messages, to answer 'did you contact me?'",
        },
        INTEREST,
        ("recipient blind index", "channel", "time", "content fingerprints"),
        ("customers",),
        {"da": "180 dage (kan ændres)", "en": "180 days (configurable)"},
    ),
    _p(
        "outbound_retention",
        {"da": "Opbevaringsperiode for udgående log", "en": "Retention of the outbound log"},
        INTEREST,
        _NO_PERSONAL,
        (),
        _UNTIL_CHANGED,
    ),
    # registry
    _p("channels", _REGISTRY, CONTRACT, ("creator",), ("staff users",), _UNTIL_CHANGED, _PUBLIC),
    _p(
        "policy_versions",
        _REGISTRY,
        CONTRACT,
        ("creator",),
        ("staff users",),
        _UNTIL_CHANGED,
        _PUBLIC,
    ),
    _p(
        "posture_reports",
        {"da": "Kontrol af afsenderdomæners sikkerhed", "en": "Sender-domain security checks"},
        CONTRACT,
        _NO_PERSONAL,
        (),
        {"da": "1 år", "en": "1 year"},
        in_clear={
            "findings": {
                "da": "DMARC-rapportadresserne er organisationens egne, offentliggjort i dens DNS",
                "en": "the DMARC report addresses are the organisation's own, published in its DNS",
            }
        },
    ),
    _p(
        "lookalike_domains",
        {"da": "Overvågning af forvekslingsdomæner", "en": "Watch for lookalike domains"},
        INTEREST,
        ("domain names (may name their registrant)",),
        ("domain holders",),
        {"da": "1 år efter sidst set", "en": "1 year after last seen"},
    ),
    # reports and campaigns
    _p(
        "reports",
        _REPORTS,
        {"da": "Art. 6(1)(a) samtykke", "en": "Art. 6(1)(a) consent"},
        ("redacted message text", "sender", "link domains", "data-subject link"),
        ("reporters", "senders of scam messages"),
        _REPORT_RETENTION,
        in_clear={"sender": _SCAM_SENDER},
    ),
    _p(
        "report_receipt_mails",
        {
            "da": "Kvitteringsmails til borgere, der anmelder svindel på e-mail",
            "en": "Receipt mails to citizens who report scams by e-mail",
        },
        {"da": "Art. 6(1)(a) samtykke", "en": "Art. 6(1)(a) consent"},
        ("e-mail (encrypted until sent, keyed hash)", "report numbers"),
        ("reporters",),
        {"da": "7 dage (adressen: til mailen er sendt)", "en": "7 days (the address: until sent)"},
    ),
    _p(
        "campaigns",
        _REPORTS,
        INTEREST,
        ("redacted examples", "indicators"),
        ("senders of scam messages",),
        _REPORT_RETENTION,
        in_clear={"indicators": _SCAM_SENDER},
    ),
    _p(
        "campaign_keys",
        _REPORTS,
        INTEREST,
        ("content fingerprints", "keyed hashes of senders"),
        (),
        _REPORT_RETENTION,
    ),
    _p(
        "takedown_requests",
        {"da": "Anmodninger om nedtagning af svindelsider", "en": "Takedown requests"},
        INTEREST,
        ("target host or number", "evidence"),
        ("senders of scam messages",),
        _REPORT_RETENTION,
        {"da": "Hostingudbydere, registrarer, teleselskaber", "en": "Hosts, registrars, telcos"},
        in_clear={
            "target": _TAKEDOWN,
            "subject": _TAKEDOWN,
            "body": _TAKEDOWN,
            "evidence": _TAKEDOWN,
        },
    ),
    # warnings
    _p(
        "warnings",
        _WARNINGS,
        INTEREST,
        ("redacted examples", "indicators"),
        ("senders of scam messages",),
        _UNTIL_CHANGED,
        _PUBLIC,
        in_clear={"indicators": _PUBLISHED, "search_text": _PUBLISHED, "advice": _OWN_CONTACT},
    ),
    _p(
        "warning_versions",
        _WARNINGS,
        INTEREST,
        ("snapshot", "actor id"),
        ("staff users", "senders of scam messages"),
        _UNTIL_CHANGED,
        in_clear={"snapshot": _PUBLISHED},
    ),
    _p(
        "warning_indicators",
        _WARNINGS,
        INTEREST,
        ("indicator keys (domains, numbers)",),
        ("senders of scam messages",),
        _UNTIL_CHANGED,
        in_clear={"key": _PUBLISHED},
    ),
    _p(
        "warning_email_subscriptions",
        {"da": "E-mailabonnement på advarsler", "en": "E-mail subscriptions to warnings"},
        {"da": "Art. 6(1)(a) samtykke", "en": "Art. 6(1)(a) consent"},
        ("e-mail (encrypted, blind index)",),
        ("subscribers",),
        {"da": "Til afmelding", "en": "Until unsubscribed"},
    ),
    _p(
        "warning_webhooks",
        {"da": "Levering af advarsler til partnere", "en": "Delivering warnings to partners"},
        CONTRACT,
        ("partner endpoint",),
        (),
        _UNTIL_CHANGED,
    ),
    _p(
        "warning_deliveries",
        {"da": "Log over leverede advarsler", "en": "Log of warning deliveries"},
        CONTRACT,
        ("subscription link", "delivery status"),
        ("subscribers",),
        {"da": "90 dage", "en": "90 days"},
    ),
)

for _activity in ACTIVITIES:
    declare(_activity)
