"""Key rotation covers every column that holds a vault ciphertext, found from the models,
and servers follow a ring file changed by another process (issue 17, item 7)."""

from __future__ import annotations

import json
import os
import sys

import sqlalchemy as sa

from tests.conftest import Tenant
from tests.privacy.keyring import newest_key
from vaern import db, domains
from vaern.cases import service as cases
from vaern.config import Settings
from vaern.db import Base
from vaern.orgs.access import Principal
from vaern.orgs.models import Role
from vaern.privacy import keys, subjects, vault
from vaern.reports.models import ReceiptMail
from vaern.webhooks.models import Webhook


def _vault_values(s: db.Session, org_id: object) -> dict[tuple[str, str], list[str]]:
    """Every value of every text or binary column of every table with the organisation's
    rows that starts like a vault ciphertext ("v1:<key>:"); binary values by their start."""
    assert all(d.models is None or d.models.__name__ in sys.modules for d in domains.DOMAINS)
    start = f"{vault.VERSION}:"
    found: dict[tuple[str, str], list[str]] = {}
    for table in Base.metadata.sorted_tables:
        if "organisation_id" not in table.c:
            continue
        for column in table.c:
            if isinstance(column.type, sa.String):
                sealed = column.startswith(start)
            elif isinstance(column.type, sa.LargeBinary):
                sealed = sa.func.substr(column, 1, len(start)) == start.encode()
            else:
                continue
            values = s.scalars(
                sa.select(column).where(table.c.organisation_id == org_id, sealed)
            ).all()
            if values:
                found[(table.name, column.name)] = [
                    v if isinstance(v, str) else bytes(v)[:80].decode("latin-1") for v in values
                ]
    return found


def test_rotation_reencrypts_every_vaulted_column_of_the_models(
    settings: Settings, tenant: Tenant
) -> None:
    org = tenant.org.id
    with db.session_scope(settings.database_url) as s:
        subjects.record_subject(s, organisation_id=org, identifiers={"email": "r@example.dk"})
        s.add_all(
            [
                Webhook(
                    organisation_id=org,
                    topic="cases",
                    url="https://hooks.example.com/cases",
                    secret=vault.encrypt("s1", context=f"case-webhook:{org}"),
                ),
                Webhook(
                    organisation_id=org,
                    topic="monitoring",
                    url="https://hooks.example.com/alerts",
                    secret=vault.encrypt("s2", context=f"alert-webhook:{org}"),
                ),
                ReceiptMail(
                    organisation_id=org,
                    sender_key="k" * 64,
                    recipient=vault.encrypt("m@example.dk", context=f"report-receipt:{org}"),
                ),
            ]
        )
        agent = Principal(kind="user", id=tenant.agent.id, organisation_id=org, role=Role.agent)
        case = cases.open_case(
            s,
            organisation_id=org,
            case_type="money_transferred",
            source="call",
            title="Rotation",
            actor=agent,
        )
        cases.add_attachment(
            s,
            principal=agent,
            case_id=case.id,
            filename="sms.txt",
            content_type="text/plain",
            data=b"evidence",
        )
    with db.session_scope(settings.database_url) as s:
        before = _vault_values(s, org)
    assert ("webhooks", "secret") in before and len(before[("webhooks", "secret")]) == 2
    assert ("case_attachments", "data") in before
    assert set(before) <= {(v.table, v.column) for v in domains.vaulted()}

    with newest_key(settings, "cover") as (new_id, _), db.session_scope(settings.database_url) as s:
        report = keys.reencrypt(s, columns=domains.vaulted(), organisation_id=org)
        after = _vault_values(s, org)
    assert all(not c["failed"] for c in report["columns"])
    stale = {
        place: values
        for place, values in after.items()
        if any(not v.startswith(f"{vault.VERSION}:{new_id}:") for v in values)
    }
    assert stale == {}


def test_a_ring_file_changed_by_another_process_is_followed(settings: Settings) -> None:
    path = settings.var_dir / "encryption.keys"
    original = path.read_text()
    assert vault.current_key_id() == next(iter(json.loads(original)))
    new_id, rotated = keys.with_new_key(original.strip())
    try:
        path.write_text(rotated)  # what `vaern keys rotate --new-key` does elsewhere
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
        assert vault.current_key_id() == new_id
        sealed = vault.encrypt("x", context="c")
        assert vault.decrypt(sealed, context="c") == "x"
    finally:
        path.write_text(original)
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000))
    assert vault.current_key_id() != new_id
