"""Lookalike watch: permutations of an organisation's domains (dnstwist: typos,
omissions, transpositions, homoglyphs incl. IDN, TLD swaps, combosquats) checked
through the configured resolver; the ones that resolve are kept with first/last seen."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

import dnstwist
import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern import dnsquery as dns
from vaern.db import utcnow
from vaern.registry.models import DOMAIN_KINDS, Channel, LookalikeDomain

NEW_FOR = timedelta(days=7)  # a lookalike first seen this recently is flagged as new

# Words scammers add to a brand for combosquats (mitid-login.dk, demobank-support.com).
COMBO_WORDS = ["login", "mitid", "secure", "support", "kunde", "konto", "verify", "betaling"]
TLDS = ["dk", "com", "net", "eu", "org", "info"]
RECORD_TYPES = ("A", "AAAA", "MX", "NS")


def candidates(domain: str) -> list[tuple[str, str]]:
    """(lookalike, fuzzer) pairs for a domain, without the domain itself."""
    fuzzer = dnstwist.Fuzzer(domain, dictionary=COMBO_WORDS, tld_dictionary=TLDS)
    fuzzer.generate()
    return [(d["domain"], d["fuzzer"]) for d in fuzzer.domains if d["domain"] != domain]


def resolving_types(name: str) -> list[str]:
    found = []
    for rdtype in RECORD_TYPES:
        answer = dns.status(name, rdtype)
        if answer == "nxdomain":
            break  # nothing at the name: one query is enough
        if answer == "found":
            found.append(rdtype)
    return found


def scan(
    session: Session, *, organisation_id: uuid.UUID, now: datetime | None = None
) -> dict[str, int]:
    now = now or utcnow()
    own = set(
        session.scalars(
            sa.select(Channel.value).where(
                Channel.organisation_id == organisation_id, Channel.kind.in_(DOMAIN_KINDS)
            )
        )
    )
    known = {
        row.domain: row
        for row in session.scalars(
            sa.select(LookalikeDomain).where(LookalikeDomain.organisation_id == organisation_id)
        )
    }
    checked = new = seen = 0
    for domain in sorted(own):
        for name, fuzzer in candidates(domain):
            if name in own:
                continue
            checked += 1
            types = resolving_types(name)
            if not types:
                continue
            row = known.get(name)
            if row is None:
                row = LookalikeDomain(
                    organisation_id=organisation_id,
                    domain=name,
                    of_domain=domain,
                    fuzzer=fuzzer,
                    first_seen=now,
                    last_seen=now,
                )
                session.add(row)
                known[name] = row
                new += 1
            else:
                seen += 1
            row.records = types
            row.last_seen = now
    session.flush()
    return {"checked": checked, "new": new, "seen": seen}


def list_lookalikes(session: Session, *, organisation_id: uuid.UUID) -> list[LookalikeDomain]:
    return list(
        session.scalars(
            sa.select(LookalikeDomain)
            .where(LookalikeDomain.organisation_id == organisation_id)
            .order_by(LookalikeDomain.first_seen.desc(), LookalikeDomain.domain)
        )
    )


def count_new(session: Session, *, organisation_id: uuid.UUID, since: datetime) -> int:
    return (
        session.scalar(
            sa.select(sa.func.count())
            .select_from(LookalikeDomain)
            .where(
                LookalikeDomain.organisation_id == organisation_id,
                LookalikeDomain.first_seen >= since,
            )
        )
        or 0
    )
