"""Case attachments are encrypted at rest with the vault key ring (issue 17, low): the
stored bytes hold no plaintext, downloads and the evidence PDF give the original, key
rotation re-encrypts them, and the migration seals files stored before."""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from fastapi.testclient import TestClient
from PIL import Image
from pypdf import PdfReader

from tests.cases.conftest import Light as Tenant
from tests.conftest import auth
from tests.privacy.keyring import newest_key
from vaern import db, domains
from vaern.cases import service
from vaern.cases.models import CaseAttachment
from vaern.config import Settings
from vaern.errors import Invalid
from vaern.privacy import keys, vault

SECRET = b"Kvittering: overfoert 48.000 kr til konto 1234 5678901234 - synthetic evidence"


def _upload(client: TestClient, t: Tenant, data: bytes, name: str, kind: str) -> tuple[str, str]:
    h = auth(t.token)
    case = client.post(
        "/api/v1/cases",
        json={"case_type": "money_transferred", "title": "Transfer to a fake safe account"},
        headers=h,
    ).json()
    r = client.post(
        f"/api/v1/cases/{case['id']}/attachments?filename={name}",
        content=data,
        headers={**h, "content-type": kind},
    )
    assert r.status_code == 201, r.text
    return case["id"], r.json()["id"]


def _stored(settings: Settings, attachment_id: str) -> bytes:
    with db.session_scope(settings.database_url) as s:
        return bytes(
            s.scalar(
                sa.select(CaseAttachment.data).where(CaseAttachment.id == uuid.UUID(attachment_id))
            )
        )


def test_stored_bytes_hold_no_plaintext_and_download_gives_the_original(
    client: TestClient, settings: Settings, light_tenant: Callable[..., Tenant]
) -> None:
    t = light_tenant()
    case_id, att = _upload(client, t, SECRET, "kvittering.txt", "text/plain")
    stored = _stored(settings, att)
    assert SECRET not in stored and b"48.000" not in stored
    assert stored.startswith(vault.prefix(vault.current_key_id()).encode())
    got = client.get(f"/api/v1/cases/{case_id}/attachments/{att}", headers=auth(t.token))
    assert got.status_code == 200 and got.content == SECRET


def test_a_sealed_file_does_not_open_as_another_attachment(
    client: TestClient, settings: Settings, light_tenant: Callable[..., Tenant]
) -> None:
    t = light_tenant()
    _, first = _upload(client, t, SECRET, "a.txt", "text/plain")
    with pytest.raises(Invalid):
        vault.decrypt_bytes(
            _stored(settings, first), context=service.attachment_context(t.org.id, uuid.uuid4())
        )


def test_the_evidence_pdf_shows_the_decrypted_picture(
    client: TestClient, light_tenant: Callable[..., Tenant]
) -> None:
    t = light_tenant()
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 30)).save(buffer, format="PNG")
    case_id, _ = _upload(client, t, buffer.getvalue(), "sms.png", "image/png")
    pdf = client.get(f"/api/v1/cases/{case_id}/evidence.pdf", headers=auth(t.token))
    assert pdf.status_code == 200
    images = [img for page in PdfReader(io.BytesIO(pdf.content)).pages for img in page.images]
    assert len(images) == 1 and images[0].image is not None
    assert images[0].image.size == (40, 20)


def test_rotation_reencrypts_attachments_and_keeps_them_readable(
    client: TestClient, settings: Settings, light_tenant: Callable[..., Tenant]
) -> None:
    t = light_tenant()
    case_id, att = _upload(client, t, SECRET, "kvittering.txt", "text/plain")
    before = _stored(settings, att)
    with (
        newest_key(settings, "attach") as (new_id, _),
        db.session_scope(settings.database_url) as s,
    ):
        report = keys.reencrypt(s, columns=domains.vaulted(), organisation_id=t.org.id)
        [column] = [c for c in report["columns"] if c["table"] == "case_attachments"]
        assert column == {
            "table": "case_attachments",
            "column": "data",
            "reencrypted": 1,
            "failed": [],
        }
        after = _stored(settings, att)
        assert after != before and after.startswith(vault.prefix(new_id).encode())
        assert SECRET not in after
        got = client.get(f"/api/v1/cases/{case_id}/attachments/{att}", headers=auth(t.token))
        assert got.content == SECRET
        # A second run finds nothing left under the old key.
        again = keys.reencrypt(s, columns=domains.vaulted(), organisation_id=t.org.id)
        assert all(c["reencrypted"] == 0 for c in again["columns"])


def test_the_migration_encrypts_files_stored_before(sqlite_url: str, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'before.db'}"
    command.upgrade(db.alembic_config(url), "0026_harden2_invitations")
    table = db.Base.metadata.tables["case_attachments"]
    org, row_id = uuid.uuid4(), uuid.uuid4()
    engine = sa.create_engine(url)  # no foreign keys enforced: the row stands alone
    with engine.begin() as conn:
        conn.execute(
            table.insert().values(
                id=row_id,
                case_id=uuid.uuid4(),
                organisation_id=org,
                at=db.utcnow(),
                filename="old.txt",
                content_type="text/plain",
                size=len(SECRET),
                sha256="0" * 64,
                data=SECRET,
            )
        )
    command.upgrade(db.alembic_config(url), "heads")
    with engine.connect() as conn:
        sealed = conn.scalar(sa.select(table.c.data))
    assert SECRET not in sealed
    context = service.attachment_context(org, row_id)
    assert vault.decrypt_bytes(sealed, context=context) == SECRET
    command.downgrade(db.alembic_config(url), "0026_harden2_invitations")
    with engine.connect() as conn:
        assert conn.scalar(sa.select(table.c.data)) == SECRET
    engine.dispose()
