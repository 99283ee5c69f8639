"""``vaern reports ingest`` for .eml, Maildir and mbox; bad items never lose good ones."""

from __future__ import annotations

import json
import mailbox
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

from typer.testing import CliRunner

from tests.conftest import Tenant
from vaern.cli import app

runner = CliRunner()


def _mail(n: int, text: str | None = None, subject: bool = True) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"Bank Sikkerhed <alert{n}@secure-bank{n}.example.com>"
    msg["To"] = "rapport@example.dk"
    if subject:
        msg["Subject"] = f"Din konto er spærret {n}"
    msg["Date"] = "Mon, 23 Nov 2026 09:00:00 +0000"
    msg.set_content(
        text
        if text is not None
        else f"Log ind på https://secure-bank{n}.example.com/login for at åbne kontoen igen."
    )
    return msg


def test_ingest_eml_maildir_and_mbox(tmp_path: Path, make_tenant: Callable[..., Tenant]) -> None:
    t = make_tenant()
    eml_dir = tmp_path / "eml"
    eml_dir.mkdir()
    (eml_dir / "a.eml").write_bytes(bytes(_mail(1)))
    (eml_dir / "b.eml").write_bytes(bytes(_mail(2, text="", subject=False)))  # nothing to report
    r = runner.invoke(app, ["reports", "ingest", str(eml_dir), "--org", t.org.slug])
    assert r.exit_code == 0, r.output
    result = json.loads(r.output)
    assert result["accepted"] == 1 and result["failed"] == 1

    maildir = mailbox.Maildir(tmp_path / "md", create=True)
    maildir.add(_mail(3))
    maildir.add(_mail(4))
    box = mailbox.mbox(tmp_path / "box.mbox", create=True)
    box.add(_mail(5))
    box.add(_mail(6))
    box.close()
    r = runner.invoke(app, ["reports", "ingest", str(tmp_path / "md"), "--org", t.org.slug])
    assert json.loads(r.output)["accepted"] == 2
    r = runner.invoke(app, ["reports", "ingest", str(tmp_path / "box.mbox"), "--org", t.org.slug])
    assert json.loads(r.output)["accepted"] == 2
    # Ingesting the same files again counts duplicates and stores nothing new.
    r = runner.invoke(app, ["reports", "ingest", str(tmp_path / "md"), "--org", t.org.slug])
    assert json.loads(r.output) | {"errors": []} == {
        "accepted": 0,
        "duplicates": 2,
        "failed": 0,
        "errors": [],
    }


def test_ingest_bad_input(tmp_path: Path, make_tenant: Callable[..., Tenant]) -> None:
    t = make_tenant()
    missing = runner.invoke(app, ["reports", "ingest", str(tmp_path / "nope"), "--org", t.org.slug])
    assert missing.exit_code == 2 and "error:" in missing.output
    (tmp_path / "a.eml").write_bytes(bytes(_mail(1)))
    no_org = runner.invoke(app, ["reports", "ingest", str(tmp_path / "a.eml"), "--org", "no-org"])
    assert no_org.exit_code == 0 and json.loads(no_org.output)["failed"] == 1
    assert "Traceback" not in missing.output + no_org.output


def test_ingest_refuses_a_mail_bomb_and_keeps_the_rest(
    tmp_path: Path, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    (tmp_path / "a.eml").write_bytes(bytes(_mail(1)))
    bomb = "From: a@example.net\nSubject: " + "=?utf-8?q?a?= " * 300 + "\n\nx\n"
    (tmp_path / "b.eml").write_bytes(bomb.encode())
    box = mailbox.mbox(tmp_path / "box.mbox", create=True)
    box.add(bomb)
    box.add(_mail(2))
    box.close()
    r = runner.invoke(app, ["reports", "ingest", str(tmp_path), "--org", t.org.slug])
    assert (r.exit_code, json.loads(r.output)) == (
        0,
        {"accepted": 1, "duplicates": 0, "failed": 1, "errors": ["b.eml: Invalid"]},
    )
    r = runner.invoke(app, ["reports", "ingest", str(tmp_path / "box.mbox"), "--org", t.org.slug])
    assert json.loads(r.output) | {"errors": []} == {
        "accepted": 1,
        "duplicates": 0,
        "failed": 1,
        "errors": [],
    }
