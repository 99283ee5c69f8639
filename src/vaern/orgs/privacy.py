"""Organisations, staff users, memberships and API tokens in the records of processing: they
serve no data-subject requests (staff are users of the system, organisations no natural
persons)."""

from __future__ import annotations

from vaern.orgs.models import Invitation
from vaern.privacy.processing import CONTRACT, STAFF, Processing
from vaern.privacy.retention import Category, by_age

# Records of processing (GDPR art. 30) of this domain's tables.
PROCESSING: tuple[Processing, ...] = (
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
        table="org_invitations",
        purpose={
            "da": "Invitationer af medarbejdere til en organisation",
            "en": "Invitations of staff users to an organisation",
        },
        legal_basis=CONTRACT,
        data_categories=("e-mail", "role", "token hash", "staff user"),
        subject_categories=("staff users",),
        recipients=STAFF,
        retention={"da": "90 dage", "en": "90 days"},
        in_clear={
            "email": {
                "da": "adressen, en kommende medarbejder er inviteret på; organisationens "
                "administratorer ser den, til invitationen er besvaret",
                "en": "the address a future staff user is invited at; the organisation's "
                "admins see it until the invitation is answered",
            }
        },
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
)

RETENTION: tuple[Category, ...] = (
    by_age(
        "invitations",
        Invitation,
        Invitation.created_at,
        days=90,
        tables=("org_invitations",),
        explanation={
            "da": "Invitationer af medarbejdere slettes 90 dage efter, at de blev sendt; de "
            "gælder kun i 7 dage.",
            "en": "Invitations of staff users are deleted 90 days after they were sent; they "
            "are valid for 7 days only.",
        },
    ),
)
