"""``vaern cases``: the queue, one case, open, advance, export the evidence pack.

Every command acts as a named staff member of the organisation (``--as``), so the
timeline and the audit trail say who did it, exactly as on the staff pages."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from sqlalchemy.orm import Session

from vaern import db
from vaern.cases import evidence, playbooks, service
from vaern.cases.models import STATUSES
from vaern.clikit import fail as _fail
from vaern.errors import DomainError
from vaern.localtime import LOCAL
from vaern.orgs import service as orgs
from vaern.orgs.access import Principal

cases_app = typer.Typer(help="Fraud cases.", no_args_is_help=True)

Org = Annotated[str, typer.Option("--org", help="Slug of the organisation")]
As = Annotated[str, typer.Option("--as", help="E-mail of the staff member acting")]
CaseId = Annotated[str, typer.Argument(help="Case id")]
Json = Annotated[bool, typer.Option("--json", help="Print JSON")]


@contextmanager
def _acting(org: str, email: str) -> Iterator[tuple[Session, Principal]]:
    """A committed unit of work as ``email`` in ``org``; domain errors exit with code 2."""
    try:
        with db.session_scope() as session:
            organisation = orgs.get_organisation_by_slug(session, slug=org)
            user = orgs.get_user_by_email(session, email=email)
            yield session, orgs.principal_for_user(session, user=user, organisation=organisation)
    except DomainError as exc:
        raise _fail(exc.detail) from None


def _uuid(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise _fail("the case id must be a UUID") from None


def _local(value: datetime | None) -> str:
    return value.astimezone(LOCAL).strftime("%Y-%m-%d %H:%M") if value else "-"


@cases_app.command("list")
def list_cmd(
    org: Org,
    as_: As,
    closed: Annotated[bool, typer.Option("--all", help="Include closed cases")] = False,
    limit: Annotated[int, typer.Option(min=1, max=500)] = 50,
    as_json: Json = False,
) -> None:
    """The queue, most urgent first (times in Copenhagen time)."""
    with _acting(org, as_) as (session, principal):
        principal.require("read")
        rows, total = service.queue(
            session,
            organisation_id=principal.organisation_id,
            include_closed=closed,
            limit=limit,
        )
        items = [
            {
                "id": str(c.id),
                "type": c.case_type,
                "status": c.status,
                "priority": c.priority,
                "next_due_at": c.next_due_at.isoformat() if c.next_due_at else None,
                "title": c.title,
            }
            for c in rows
        ]
    if as_json:
        typer.echo(json.dumps({"total": total, "items": items}, ensure_ascii=False))
        return
    for c, item in zip(rows, items, strict=True):
        typer.echo(
            f"{item['id']}  {_local(c.next_due_at)}  {c.status:<11} {c.priority:<6} "
            f"{c.case_type:<26} {c.title}"
        )
    typer.echo(f"{len(items)} of {total}")


@cases_app.command("show")
def show_cmd(case_id: CaseId, org: Org, as_: As, as_json: Json = False) -> None:
    """One case: facts, the playbook's tasks with deadlines, and the timeline."""
    with _acting(org, as_) as (session, principal):
        principal.require("read")
        case = service.get_case(
            session, organisation_id=principal.organisation_id, case_id=_uuid(case_id)
        )
        tasks = service.tasks(session, case=case)
        events = service.timeline(session, case=case)
        view: dict[str, Any] = {
            "id": str(case.id),
            "type": case.case_type,
            "title": case.title,
            "status": case.status,
            "priority": case.priority,
            "opened_at": case.opened_at.isoformat(),
            "sla_due_at": case.sla_due_at.isoformat(),
            "resolution": case.resolution,
            "tasks": [
                {
                    "step": t.step,
                    "actor": t.actor,
                    "due_at": t.due_at.isoformat(),
                    "status": t.status,
                }
                for t in tasks
            ],
            "timeline": [
                {"at": e.at.isoformat(), "actor": e.actor_type, "action": e.action} for e in events
            ],
        }
        lines = [
            f"{case.title}",
            f"{case.case_type} | {case.status} | {case.priority} | "
            f"opened {_local(case.opened_at)} | SLA {_local(case.sla_due_at)}",
            "",
            *(
                f"[{'x' if t.status != 'open' else ' '}] {_local(t.due_at)}  "
                f"{playbooks.steps()[t.step]['title']['en']} ({t.actor}, {t.status})"
                for t in tasks
            ),
            "",
            *(f"{_local(e.at)}  {e.actor_type:<9} {e.action}" for e in events),
        ]
    typer.echo(json.dumps(view, ensure_ascii=False) if as_json else "\n".join(lines))


@cases_app.command("create")
def create_cmd(
    org: Org,
    as_: As,
    case_type: Annotated[str, typer.Option("--type", help="Case type (see `vaern cases types`)")],
    title: Annotated[str, typer.Option(help="Short description, no personal data")],
    priority: Annotated[str, typer.Option(help="urgent, high, normal or low")] = "normal",
    phone: Annotated[str, typer.Option(help="The customer's phone number")] = "",
    email: Annotated[str, typer.Option(help="The customer's e-mail address")] = "",
) -> None:
    """Open a case from a customer contact; prints its id."""
    with _acting(org, as_) as (session, principal):
        principal.require("operate")
        case = service.open_case(
            session,
            organisation_id=principal.organisation_id,
            case_type=case_type,
            source="cli",
            title=title[:200],
            priority=priority,
            customer_identifiers={"phone": phone, "email": email},
            actor=principal,
        )
        case_id = str(case.id)
    typer.echo(case_id)


@cases_app.command("types")
def types_cmd() -> None:
    """The case types and their playbooks' titles."""
    for key, book in playbooks.builtin().items():
        typer.echo(f"{key}\t{book.title['en']}")


@cases_app.command("advance")
def advance_cmd(
    case_id: CaseId,
    org: Org,
    as_: As,
    to: Annotated[str | None, typer.Option(help=f"New status: {', '.join(STATUSES)}")] = None,
    resolution: Annotated[str, typer.Option(help="Why the case is closed")] = "",
    task: Annotated[str | None, typer.Option(help="Finish this playbook step")] = None,
    skip: Annotated[bool, typer.Option(help="Skip the step instead (needs --note)")] = False,
    note: Annotated[str, typer.Option(help="Note on the step")] = "",
) -> None:
    """Move a case to a new status, or finish one of its playbook steps."""
    if (to is None) == (task is None):
        raise _fail("give either --to STATUS or --task STEP")
    with _acting(org, as_) as (session, principal):
        cid = _uuid(case_id)
        if to is not None:
            case = service.transition(
                session, principal=principal, case_id=cid, to=to, resolution=resolution or None
            )
            result = f"{case.status}"
        else:
            case = service.get_case(session, organisation_id=principal.organisation_id, case_id=cid)
            found = [t for t in service.tasks(session, case=case) if t.step == task]
            if not found:
                raise _fail(f"the case has no step '{task}'")
            done = service.finish_task(
                session,
                principal=principal,
                case_id=cid,
                task_id=found[0].id,
                outcome="skipped" if skip else "done",
                note=note,
            )
            result = f"{done.step}: {done.status}"
    typer.echo(result)


@cases_app.command("evidence")
def evidence_cmd(
    case_id: CaseId,
    org: Org,
    as_: As,
    out: Annotated[Path, typer.Option(help="Folder to write the PDF and JSON into")],
    purpose: Annotated[
        str | None,
        typer.Option(help=f"Include personal data for: {', '.join(evidence.LEGAL_PURPOSES)}"),
    ] = None,
) -> None:
    """Export the evidence pack (PDF + JSON) and print both hashes."""
    with _acting(org, as_) as (session, principal):
        data, pdf = evidence.export(
            session, principal=principal, case_id=_uuid(case_id), purpose=purpose
        )
    try:
        out.mkdir(parents=True, exist_ok=True)
        (out / f"evidence-{case_id}.pdf").write_bytes(pdf)
        (out / f"evidence-{case_id}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8"
        )
    except OSError as exc:
        raise _fail(f"cannot write to {out}: {exc.strerror}") from None
    typer.echo(f"manifest sha256 {data['manifest']['sha256']}")
    typer.echo(f"pdf sha256 {data['manifest']['pdf_sha256']}")
