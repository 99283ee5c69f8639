"""A demo organisation for local use. Synthetic people only; credentials printed once."""

from __future__ import annotations

import json
import secrets
import uuid
from datetime import timedelta

from sqlalchemy.orm import Session

from vaern.cases.demo import load_demo_cases
from vaern.db import utcnow
from vaern.disputes import service as disputes
from vaern.disputes.reference import REFERENCES
from vaern.dpo import requests
from vaern.errors import NotFound
from vaern.monitoring import flows as monitoring_flows
from vaern.monitoring import service as monitoring
from vaern.monitoring.typologies import EXAMPLE_FILE
from vaern.orgs import service as orgs
from vaern.orgs.access import SCOPES, Principal
from vaern.orgs.models import Role
from vaern.orgs.schemas import OrganisationCreate, TokenCreate, UserCreate
from vaern.outbound import service as outbound
from vaern.outbound.schemas import OutboundItem
from vaern.registry import service as registry
from vaern.registry.schemas import ChannelCreate, Policy
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
    admin: Principal | None = None
    for email, name, role in DEMO_USERS:
        password = secrets.token_urlsafe(12)
        user = orgs.create_user(
            session, data=UserCreate(email=email, password=password, display_name=name)
        )
        orgs.set_role(session, organisation_id=org.id, user_id=user.id, role=role)
        lines.append(f"  {role.value:<8} {email}  password: {password}")
        if role is Role.admin:
            admin = Principal(kind="user", id=user.id, organisation_id=org.id, role=role)
    assert admin is not None
    disputes.create_dispute(session, organisation_id=org.id, data=REFERENCES[0].load(), actor=admin)
    _load_channels_policy_outbound(session, admin)
    token, _row = orgs.create_token(
        session,
        organisation_id=org.id,
        data=TokenCreate(name="demo", scopes=sorted(SCOPES)),
        actor=None,
    )
    lines.append(f"  API token (all scopes): {token}")
    lines.append(
        "  try the message check at /check, e.g. "
        "'MitID: Din MitID udløber i dag. Forny: https://mitid-forny.com/login'"
    )
    count = load_demo_cases(session, organisation_id=org.id)
    lines.append(f"  {count} demo fraud cases: /staff/{DEMO_SLUG}/cases; victim's guide: /guide")
    # Two data-subject requests for the DPO page: one open, one past its deadline.
    requests.create_request(
        session, organisation_id=org.id, kind="access", identifiers={"email": "kunde@example.dk"}
    )
    requests.create_request(
        session,
        organisation_id=org.id,
        kind="erasure",
        identifiers={"phone": "+4520304050"},
        now=utcnow() - timedelta(days=40),
    )
    lines.append(_demo_monitoring(session, org.id))
    _demo_reports_and_warning(session, admin)
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
                    f"Ring 70 10 10 10. Breve fra os har afsender {DEMO_ADDRESS}.",
                    "en": "Do not click the link. Demo Bank never sends links by text. "
                    f"Call 70 10 10 10. Our letters come from {DEMO_ADDRESS}.",
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


# The demo bank's published postal address (synthetic): its own texts keep it, where the
# recognisers alone would take it for a customer's (docs/privacy.md, "Published addresses").
DEMO_ADDRESS = "Havnegade 4, 1058 København K"
DEMO_CHANNELS = [
    ("email_domain", "demobank.example", None),
    ("web_domain", "demobank.example", None),
    ("sms_sender", "DemoBank", None),
    ("phone", "+4570101010", None),
    ("app", "dk.demobank.app", None),
    ("sms_sender", "DemoSalg", "Demo Telemarketing ApS"),
    ("postal", f"Demo Bank A/S, Kundeservice, {DEMO_ADDRESS}", None),
]


def _load_channels_policy_outbound(session: Session, admin: Principal) -> None:
    """Channels (the .example domains cannot be verified by DNS, so the demo marks them
    verified), a policy, and a week of outbound messages and calls to synthetic numbers."""
    for kind, value, partner in DEMO_CHANNELS:
        channel = registry.add_channel(
            session,
            principal=admin,
            data=ChannelCreate.model_validate({"kind": kind, "value": value, "partner": partner}),
        )
        if kind.endswith("_domain"):
            channel.verified_at = utcnow()
    registry.set_policy(
        session,
        principal=admin,
        policy=Policy.model_validate(
            {
                "links": "own_domains",
                "calls": "booked",
                "payment": "Only in the Demo Bank app or online bank, never by link.",
                "front_door": {
                    "phone": "+4570101010",
                    "website": "https://demobank.example",
                    "app": "Demo Bank (dk.demobank.app)",
                },
            }
        ),
    )
    now = utcnow()
    items = [
        OutboundItem(
            client_id=f"demo-{i}",
            channel="sms" if i % 3 else "call",
            sender="DemoBank" if i % 3 else "+4570101010",
            recipient=f"+45 20 12 34 {i:02d}",
            sent_at=now - timedelta(hours=7 * i + 1),
            template_id="card-delivery-v2" if i % 3 else None,
            text=(
                f"Dit nye kort er sendt og ankommer om {2 + i % 3} dage. "
                "Aktivér det i appen. Vi beder aldrig om koder. /Demo Bank"
            )
            if i % 3
            else None,
            purpose=None if i % 3 else "booked-advice",
        )
        for i in range(24)
    ]
    outbound.ingest(session, principal=admin, items=items, now=now)


def _demo_monitoring(session: Session, organisation_id: uuid.UUID) -> str:
    """Replay the seed 003 account takeover so the alert queue has something to show."""
    items = [json.loads(line) for line in EXAMPLE_FILE.read_text(encoding="utf-8").splitlines()]
    result = monitoring.ingest(session, organisation_id=organisation_id, items=items)
    monitoring_flows.run_alert_flows(session, organisation_id=organisation_id)
    alerts = sum(len(i.alert_ids) for i in result.items)
    return f"  monitoring: {result.accepted} events replayed, {alerts} alerts (staff → Alerts)"
