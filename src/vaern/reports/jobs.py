"""Scheduled delivery of receipt e-mails to people who reported by mail."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from vaern.jobs import job
from vaern.reports import receipts


@job("reports.receipts", every=timedelta(minutes=1))
def send_receipts(session: Session) -> dict[str, Any]:
    return receipts.deliver_due(session)
