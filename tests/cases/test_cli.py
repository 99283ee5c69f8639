"""``vaern cases``: list, show, create, advance and evidence, as a named staff member."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa
from pypdf import PdfReader
from typer.testing import CliRunner

from tests.conftest import Tenant
from vaern import db
from vaern.cases import service
from vaern.cases.models import CaseEvent
from vaern.cli import app
from vaern.config import Settings
from vaern.privacy.models import AuditEntry

runner = CliRunner()


def run(*args: str) -> str:
    out = runner.invoke(app, list(args))
    assert out.exit_code == 0, out.output
    return out.output


def test_work_a_case_from_the_command_line(
    settings: Settings, make_tenant: Callable[..., Tenant], tmp_path: Path
) -> None:
    t = make_tenant()
    who = ["--org", t.org.slug, "--as", t.agent.email]
    case_id = run(
        "cases",
        "create",
        *who,
        "--type",
        "money_transferred",
        "--title",
        "Transfer after a call",
        "--priority",
        "urgent",
        "--phone",
        "+45 20 30 40 50",
    ).strip()
    listed = json.loads(run("cases", "list", *who, "--json"))
    assert [c["id"] for c in listed["items"]] == [case_id] and listed["total"] == 1
    assert "Transfer after a call" in run("cases", "list", *who)
    shown = run("cases", "show", case_id, *who)
    assert "Recall the transfer at once" in shown and "20 30 40 50" not in shown
    assert run("cases", "advance", case_id, *who, "--task", "recall_payment").strip() == (
        "recall_payment: done"
    )
    assert run("cases", "advance", case_id, *who, "--to", "waiting").strip() == "waiting"
    exported = run("cases", "evidence", case_id, *who, "--out", str(tmp_path))
    data = json.loads((tmp_path / f"evidence-{case_id}.json").read_text())
    assert f"manifest sha256 {data['manifest']['sha256']}" in exported
    pdf = PdfReader(tmp_path / f"evidence-{case_id}.pdf")
    assert "Transfer after a call" in "".join(p.extract_text() for p in pdf.pages)
    assert run("cases", "advance", case_id, *who, "--to", "closed", "--resolution", "Recalled")
    view = json.loads(run("cases", "show", case_id, *who, "--json"))
    assert view["status"] == "closed" and view["tasks"][0]["status"] == "done"
    # Who did it is on the timeline and in the audit trail.
    with db.session_scope() as s:
        case = service.get_case(s, organisation_id=t.org.id, case_id=uuid.UUID(case_id))
        actors = s.scalars(sa.select(CaseEvent.actor_id).where(CaseEvent.case_id == case.id))
        assert set(actors) == {str(t.agent.id)}
        audited = s.scalars(
            sa.select(AuditEntry.actor_id).where(AuditEntry.object_id == str(case.id))
        ).all()
        assert audited.count(str(t.agent.id)) >= 5


def test_bad_input_and_other_organisations(
    settings: Settings, make_tenant: Callable[..., Tenant], tmp_path: Path
) -> None:
    mine, theirs = make_tenant(), make_tenant()
    who = ["--org", mine.org.slug, "--as", mine.agent.email]
    case_id = run("cases", "create", *who, "--type", "sim_swap", "--title", "SIM swap").strip()
    theirs_who = ["--org", theirs.org.slug, "--as", theirs.agent.email]
    cases = [
        # Another organisation's staff member cannot see or change it (not found).
        (["show", case_id, *theirs_who], "No such case"),
        (["advance", case_id, *theirs_who, "--to", "triage"], "No such case"),
        # Not a member of the organisation named.
        (["list", "--org", mine.org.slug, "--as", theirs.agent.email], "No such organisation"),
        (["create", *who, "--type", "nonsense", "--title", "x"], "Unknown case type"),
        (["show", "not-a-uuid", *who], "UUID"),
        (["advance", case_id, *who], "either --to"),
        (["advance", case_id, *who, "--to", "closed"], "resolution"),
        (["advance", case_id, *who, "--task", "contact_telco", "--skip"], "note"),
        (["evidence", case_id, *who, "--out", str(tmp_path), "--purpose", "fun"], "purpose"),
    ]
    for args, message in cases:
        out = runner.invoke(app, ["cases", *args])
        assert out.exit_code == 2, (args, out.output)
        assert out.output.startswith("error: ") and message in out.output, out.output
        assert "Traceback" not in out.output
    with db.session_scope() as s:
        case = service.get_case(s, organisation_id=mine.org.id, case_id=uuid.UUID(case_id))
        assert case.status == "new"
