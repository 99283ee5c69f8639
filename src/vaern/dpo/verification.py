"""Identity verification for requests from the public form: a one-time code sent to the
e-mail address or phone number the person gave, so only its holder can move the request
from "received" to "verified". Staff can still verify a request themselves (e.g. after
checking ID at a counter) through the ordinary status change.

The code goes out through the kernel's ``privacy.secret_mail`` (the encrypted outbox by
default, or SMTP).
"""

from __future__ import annotations

import hmac
import secrets
import uuid
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from vaern.db import utcnow
from vaern.dpo import requests
from vaern.errors import Conflict, Invalid, TooManyRequests
from vaern.i18n import N_
from vaern.privacy import audit
from vaern.privacy.models import SubjectRequest
from vaern.privacy.secret_mail import send_message
from vaern.security import keyed_hash

CODE_TTL = timedelta(minutes=30)
MAX_ATTEMPTS = 5
# Public submissions per client (keyed pseudonym of the address) per hour.
SUBMISSIONS_PER_HOUR = 5

SUBJECT = "Bekræft din anmodning / Confirm your request"

MESSAGE = {
    "da": "Din kode til at bekræfte din anmodning om dine personoplysninger: {code}\n"
    "Koden gælder i 30 minutter. Har du ikke bedt om den, kan du se bort fra beskeden.",
    "en": "Your code to confirm your request about your personal data: {code}\n"
    "The code is valid for 30 minutes. If you did not ask for it, ignore this message.",
}


def _code_hash(request_id: uuid.UUID, code: str) -> str:
    return keyed_hash(f"{request_id}:{code}", purpose="request-code")


def send_code(
    session: Session,
    request: SubjectRequest,
    *,
    channel: str,
    recipient: str,
    now: datetime | None = None,
) -> None:
    """Issue a fresh code (the old one stops working) and send it in Danish and English."""
    if request.status != "received":
        raise Conflict("This request does not wait for identity verification.")
    code = f"{secrets.randbelow(10**6):06d}"
    request.code_hash = _code_hash(request.id, code)
    request.code_expires_at = (now or utcnow()) + CODE_TTL
    request.code_attempts = 0
    body = MESSAGE["da"].format(code=code) + "\n\n" + MESSAGE["en"].format(code=code)
    send_message(
        session,
        request.organisation_id,
        channel=channel,
        recipient=recipient,
        subject=SUBJECT,
        body=body,
    )
    session.flush()


def check_code(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    request_id: uuid.UUID,
    code: str,
    now: datetime | None = None,
) -> SubjectRequest:
    """Verify the request when the code matches; a few wrong guesses spend the code."""
    request = requests.get_request(session, organisation_id=organisation_id, request_id=request_id)
    now = now or utcnow()
    if request.status != "received" or request.code_hash is None:
        raise Conflict(N_("This request does not wait for a code."))
    if request.code_attempts >= MAX_ATTEMPTS:
        raise Conflict(N_("Too many wrong codes. Submit the request again for a new code."))
    if request.code_expires_at is None or request.code_expires_at < now:
        raise Invalid(N_("The code has expired. Submit the request again for a new code."))
    if not hmac.compare_digest(request.code_hash, _code_hash(request.id, code.strip())):
        request.code_attempts += 1
        session.flush()
        raise Invalid(N_("The code is not right."))
    request.code_hash = None
    return requests.transition(
        session,
        organisation_id=organisation_id,
        request_id=request_id,
        status="verified",
        actor=("anonymous", None),
        now=now,
    )


def submit_public(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    kind: str,
    email: str = "",
    phone: str = "",
    note: str | None = None,
    source: str | None = None,
) -> SubjectRequest:
    """A request from the public form; the code goes to the e-mail address if given,
    else to the phone. Throttled per client, counted in the audit log."""
    email, phone = email.strip(), phone.strip()
    if not email and not phone:
        raise Invalid(N_("Give your e-mail address or phone number, so we can send you a code."))
    if source and (
        audit.count_since(
            session, action="request.public_submit", since=timedelta(hours=1), source=source
        )
        >= SUBMISSIONS_PER_HOUR
    ):
        raise TooManyRequests(N_("Too many requests from this device. Try again in an hour."))
    request = requests.create_request(
        session,
        organisation_id=organisation_id,
        kind=kind,
        identifiers={"email": email, "phone": phone},
        note=note,
        actor=("anonymous", None),
        channel="public",
    )
    audit.record(
        session,
        action="request.public_submit",
        actor_type="anonymous",
        organisation_id=organisation_id,
        object_type="subject_request",
        object_id=request.id,
        source=source,
    )
    channel, recipient = ("email", email) if email else ("phone", phone)
    send_code(session, request, channel=channel, recipient=recipient)
    return request
