"""Demo cases so a newcomer sees the queue with deadlines (synthetic people only)."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy.orm import Session

from vaern.cases import service
from vaern.db import utcnow

DEMO_CASES = [
    # (type, title, priority, minutes ago, synthetic phone)
    ("money_transferred", "Instant transfer after a call from 'Nets'", "urgent", 20, "+4520000001"),
    ("impersonation_call", "Caller claimed to be the bank's fraud team", "high", 5, "+4520000002"),
    ("suspicious_message", "SMS with a link about a blocked card", "normal", 300, "+4520000003"),
]


def load_demo_cases(session: Session, *, organisation_id: uuid.UUID) -> int:
    now = utcnow()
    for case_type, title, priority, ago, phone in DEMO_CASES:
        service.open_case(
            session,
            organisation_id=organisation_id,
            case_type=case_type,
            source="demo",
            title=title,
            priority=priority,
            customer_identifiers={"phone": phone},
            now=now - timedelta(minutes=ago),
        )
    return len(DEMO_CASES)
