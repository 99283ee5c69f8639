"""A demo organisation for local use. Synthetic people only; credentials printed once."""

from __future__ import annotations

import secrets
from datetime import timedelta

from sqlalchemy.orm import Session

from vaern.db import utcnow
from vaern.errors import NotFound
from vaern.orgs import service as orgs
from vaern.orgs.access import SCOPES, Principal
from vaern.orgs.models import Role
from vaern.orgs.schemas import OrganisationCreate, TokenCreate, UserCreate
from vaern.reports import service as reports
from vaern.reports.schemas import ReportCreate
from vaern.warnings import service as warnings
from vaern.warnings.models import WarningStatus
from vaern.warnings.schemas import WarningCreate

DEMO_SLUG = "demobank"
DEMO_USERS = [
    ("admin@demobank.example", "Demo Admin", Role.admin),
    ("agent@demobank.example", "Demo Agent", Role.agent),
    ("dpo@demobank.example", "Demo DPO", Role.dpo),
]


def load_demo(session: Session) -> list[str]:
    """Create the demo organisation once; running it again changes nothing."""
    try:
        orgs.get_organisation_by_slug(session, slug=DEMO_SLUG)
        return [f"demo organisation '{DEMO_SLUG}' already loaded"]
    except NotFound:
        pass
    org = orgs.create_organisation(
        session,
        data=OrganisationCreate(
            slug=DEMO_SLUG,
            name="Demo Bank A/S",
            cvr="13585628",
            main_phone="+4570101010",
            website="https://demobank.example",
        ),
    )
    lines = [f"demo organisation '{DEMO_SLUG}' loaded (local use only):"]
    admin = None
    for email, name, role in DEMO_USERS:
        password = secrets.token_urlsafe(12)
        user = orgs.create_user(
            session, data=UserCreate(email=email, password=password, display_name=name)
        )
        orgs.set_role(session, organisation_id=org.id, user_id=user.id, role=role)
        admin = admin or user
        lines.append(f"  {role.value:<8} {email}  password: {password}")
    token, _row = orgs.create_token(
        session,
        organisation_id=org.id,
        data=TokenCreate(name="demo", scopes=sorted(SCOPES)),
        actor=None,
    )
    lines.append(f"  API token (all scopes): {token}")
    if admin is not None:
        _demo_reports_and_warning(
            session, orgs.principal_for_user(session, user=admin, organisation=org)
        )
    return lines


DEMO_SCAM = (
    "Demo Bank: Dit kort er spærret. Bekræft dine oplysninger inden {h} timer på "
    "https://demobank-sikkerhed{n}.example.com/login ellers lukkes kontoen."
)


def _demo_reports_and_warning(session: Session, admin: Principal) -> None:
    """Customer reports that group into one campaign, and a published warning."""
    now = utcnow()
    for i in range(12):
        data = ReportCreate.model_validate(
            {
                "organisation": DEMO_SLUG,
                "text": DEMO_SCAM.format(h=12 + i % 3 * 12, n=i % 2 or ""),
                "channel": "sms",
                "sender": "DemoBank",
                "received_at": now - timedelta(days=i // 2, hours=i),
                "consent": True,
                "check_result": {"verdict": "scam"},
            }
        )
        reports.submit_report(session, data=data, reporter=f"demo-reporter-{i}", source="demo")
    warning = warnings.create_warning(
        session,
        principal=admin,
        data=WarningCreate.model_validate(
            {
                "title": {
                    "da": "Falske SMS'er om spærret kort",
                    "en": "Fake texts about a blocked card",
                },
                "summary": {
                    "da": "Svindlere sender SMS'er i Demo Banks navn om, at dit kort er spærret.",
                    "en": "Scammers send texts in Demo Bank's name saying your card is blocked.",
                },
                "advice": {
                    "da": "Klik ikke på linket. Demo Bank sender aldrig links i SMS. "
                    "Ring 70 10 10 10.",
                    "en": "Do not click the link. Demo Bank never sends links by text. "
                    "Call 70 10 10 10.",
                },
                "channels": ["sms"],
                "examples": [DEMO_SCAM.format(h=24, n="")],
                "indicators": {
                    "domains": ["demobank-sikkerhed.example.com"],
                    "sender_ids": ["DemoBank"],
                },
            }
        ),
    )
    warnings.transition(session, principal=admin, warning=warning, to=WarningStatus.published)
