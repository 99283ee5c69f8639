"""``vaern privacy …`` (redaction, evaluation, requests, breaches, legal holds),
``vaern audit verify`` and ``vaern keys rotate``."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from sqlalchemy.orm import Session

from vaern import db, domains
from vaern.clikit import fail as _fail
from vaern.dpo import breaches, processing, requests, scan
from vaern.errors import DomainError
from vaern.orgs.service import get_organisation_by_slug
from vaern.privacy import audit, evaluation, holds, keys, redact_cli

privacy_app = typer.Typer(
    help="Personal data: redaction, evaluation, requests, breaches, legal holds.",
    no_args_is_help=True,
)
requests_app = typer.Typer(help="Data-subject requests.", no_args_is_help=True)
breaches_app = typer.Typer(help="The breach register.", no_args_is_help=True)
holds_app = typer.Typer(help="Legal holds.", no_args_is_help=True)
audit_app = typer.Typer(help="The audit trail.", no_args_is_help=True)
keys_app = typer.Typer(help="Encryption keys.", no_args_is_help=True)
privacy_app.add_typer(requests_app, name="requests")
privacy_app.add_typer(breaches_app, name="breaches")
privacy_app.add_typer(holds_app, name="holds")

CLI_ACTOR = ("system", "cli")
Org = Annotated[str, typer.Option("--org", help="Organisation slug")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON")]


# The light module reads its own arguments (argparse), so both ways in (``vaern.entry``'s and
# this one) take the same ones and print the same help.
@privacy_app.command(
    "redact",
    help=redact_cli.HELP,
    add_help_option=False,
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
)
def redact_command(ctx: typer.Context) -> None:
    raise typer.Exit(redact_cli.main(ctx.args))


@privacy_app.command("evaluate")
def evaluate_command(
    source: Annotated[Path, typer.Argument(metavar="FILE", help="JSONL of {text, spans} items")],
) -> None:
    """Precision, recall and F1 per entity on a labelled JSONL file (bench/pii_corpus.py
    writes one); exit 1 below target."""
    try:
        samples = evaluation.load(source)
    except (OSError, ValueError, KeyError) as exc:
        raise _fail(f"cannot read {source}: {exc}") from None
    result = evaluation.evaluate(samples)
    header = ("entity", "tp", "fp", "fn", "precision", "recall", "f1")
    typer.echo("{:<14} {:>5} {:>4} {:>4} {:>9} {:>7} {:>6}  target".format(*header))
    for s in result.scores.values():
        verdict = "ok" if s.meets_target else "MISSED"
        typer.echo(
            f"{s.entity:<14} {s.tp:>5} {s.fp:>4} {s.fn:>4} {s.precision:>9.4f} {s.recall:>7.4f}"
            f" {s.f1:>6.4f}  recall >= {s.target:.2f}, precision >= "
            f"{evaluation.PRECISION_TARGET:.2f} {verdict}"
        )
    touched_ok = result.touched_share <= evaluation.NEGATIVES_TOUCHED_TARGET
    typer.echo(
        f"texts without personal data touched: {result.negatives_touched}/{result.negatives}"
        f" ({result.touched_share:.2%}) {'ok' if touched_ok else 'MISSED'}"
    )
    if not touched_ok or not all(s.meets_target for s in result.scores.values()):
        raise typer.Exit(code=1)


@privacy_app.command("scan")
def scan_command(
    org: Annotated[str | None, typer.Option("--org", help="Only this organisation's rows")] = None,
) -> None:
    """Look for CPR, card, e-mail, phone and IBAN values stored in clear anywhere in the
    database; prints table, column, entity and row id (never the value); exit 1 if any."""
    try:
        with db.session_scope() as session:
            ids = [get_organisation_by_slug(session, slug=org).id] if org else None
            findings = scan.scan(session, organisation_ids=ids)
    except DomainError as exc:
        raise _fail(exc.detail) from None
    for f in findings:
        typer.echo(f"{f['table']}.{f['column']}\t{f['entity']}\t{f['id']}")
    typer.echo(f"{len(findings)} values in clear")
    if findings:
        raise typer.Exit(code=1)


class RecordFormat(StrEnum):
    markdown = "markdown"
    csv = "csv"
    json = "json"


@privacy_app.command("processing")
def processing_command(
    output: Annotated[RecordFormat, typer.Option("--format")] = RecordFormat.markdown,
    lang: Annotated[str, typer.Option(help="da or en")] = "da",
) -> None:
    """Print the records of processing (art. 30) generated from the data model."""
    if lang not in ("da", "en"):
        raise _fail("--lang must be da or en")
    if output is RecordFormat.json:
        typer.echo(json.dumps(processing.record(), ensure_ascii=False))
    elif output is RecordFormat.csv:
        typer.echo(processing.as_csv(lang), nl=False)
    else:
        typer.echo(processing.as_markdown(lang), nl=False)


@contextmanager
def _org_session(slug: str) -> Iterator[tuple[Session, uuid.UUID]]:
    """A unit of work for one organisation; domain errors become a message and exit 2."""
    try:
        with db.session_scope() as session:
            yield session, get_organisation_by_slug(session, slug=slug).id
    except DomainError as exc:
        raise _fail(exc.detail) from None


def _request_row(r: Any) -> dict[str, Any]:
    return {
        "id": str(r.id),
        "kind": r.kind,
        "status": r.status,
        "channel": r.channel,
        "received_at": r.received_at.isoformat(),
        "due_at": r.due_at.isoformat(),
        "days_left": requests.days_left(r) if r.status in requests.OPEN else None,
        "overdue": requests.is_overdue(r),
        "history": r.history,
        "result": r.result,
    }


def _print_rows(rows: list[dict[str, Any]], columns: tuple[str, ...], as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, default=str))
        return
    for row in rows:
        typer.echo("\t".join("" if row[c] is None else str(row[c]) for c in columns))


@requests_app.command("list")
def requests_list(
    org: Org,
    status: Annotated[str | None, typer.Option(help="Only this status")] = None,
    as_json: AsJson = False,
) -> None:
    """Requests by due date, with days left and overdue flag."""
    with _org_session(org) as (session, org_id):
        rows = [
            _request_row(r)
            for r in requests.list_requests(session, organisation_id=org_id, status=status)
        ]
    _print_rows(rows, ("id", "kind", "status", "due_at", "days_left", "overdue"), as_json)


@requests_app.command("create")
def requests_create(
    org: Org,
    kind: Annotated[str, typer.Argument(help="access|rectification|erasure|restriction|objection")],
    email: Annotated[str, typer.Option()] = "",
    phone: Annotated[str, typer.Option()] = "",
) -> None:
    """Register a request received by staff (e.g. by letter)."""
    with _org_session(org) as (session, org_id):
        r = requests.create_request(
            session,
            organisation_id=org_id,
            kind=kind,
            identifiers={"email": email, "phone": phone},
            actor=CLI_ACTOR,
        )
        typer.echo(f"{r.id}\tdue {r.due_at:%Y-%m-%d}")


@requests_app.command("show")
def requests_show(org: Org, request_id: uuid.UUID) -> None:
    """One request as JSON, with its history and result."""
    with _org_session(org) as (session, org_id):
        r = requests.get_request(session, organisation_id=org_id, request_id=request_id)
        typer.echo(json.dumps(_request_row(r), ensure_ascii=False, indent=2, default=str))


@requests_app.command("advance")
def requests_advance(
    org: Org,
    request_id: uuid.UUID,
    status: Annotated[str, typer.Argument(help="verified|in_progress|extended|completed|rejected")],
    reason: Annotated[str | None, typer.Option(help="Required to extend or reject")] = None,
) -> None:
    """Move a request on in its status machine."""
    with _org_session(org) as (session, org_id):
        r = requests.transition(
            session,
            organisation_id=org_id,
            request_id=request_id,
            status=status,
            reason=reason,
            actor=CLI_ACTOR,
        )
        typer.echo(f"{r.id}\t{r.status}\tdue {r.due_at:%Y-%m-%d}")


@requests_app.command("carry-out")
def requests_carry_out(org: Org, request_id: uuid.UUID) -> None:
    """Carry out a verified request: print the export (access), erase (erasure) or
    restrict (restriction, objection), with the per-handler report."""
    with _org_session(org) as (session, org_id):
        r = requests.get_request(session, organisation_id=org_id, request_id=request_id)
        result: Any
        if r.kind == "access":
            result = requests.export(
                session, organisation_id=org_id, request_id=request_id, actor=CLI_ACTOR
            )
        elif r.kind == "erasure":
            result = requests.erase(
                session, organisation_id=org_id, request_id=request_id, actor=CLI_ACTOR
            )
        elif r.kind in ("restriction", "objection"):
            result = _request_row(
                requests.restrict(
                    session, organisation_id=org_id, request_id=request_id, actor=CLI_ACTOR
                )
            )
        else:
            raise _fail("rectification needs the new values: use the API or the staff page")
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2, default=str))


@requests_app.command("lift-restriction")
def requests_lift_restriction(
    org: Org,
    subject_id: uuid.UUID,
    reason: Annotated[str, typer.Option(help="Told to the person before lifting (art. 18(3))")],
) -> None:
    """Lift a person's restriction so their data is processed again."""
    with _org_session(org) as (session, org_id):
        result = requests.lift_restriction(
            session, organisation_id=org_id, subject_id=subject_id, reason=reason, actor=CLI_ACTOR
        )
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2, default=str))


def _breach_row(b: Any) -> dict[str, Any]:
    return {
        "id": str(b.id),
        "aware_at": b.aware_at.isoformat(),
        "clock": breaches.clock(b),
        "hours_left": breaches.hours_left(b),
        "nature": b.nature,
    }


@breaches_app.command("list")
def breaches_list(org: Org, as_json: AsJson = False) -> None:
    """Breaches, newest first, with the 72-hour clock."""
    with _org_session(org) as (session, org_id):
        rows = [_breach_row(b) for b in breaches.list_breaches(session, organisation_id=org_id)]
    _print_rows(rows, ("id", "aware_at", "clock", "hours_left"), as_json)


@breaches_app.command("create")
def breaches_create(
    org: Org,
    aware_at: Annotated[datetime, typer.Option(help="When you became aware (UTC)")],
    nature: Annotated[str, typer.Option(help="What happened")],
    data_category: Annotated[list[str] | None, typer.Option(help="Repeatable")] = None,
    subject_category: Annotated[list[str] | None, typer.Option(help="Repeatable")] = None,
    approx_subjects: Annotated[int | None, typer.Option(min=0)] = None,
    approx_records: Annotated[int | None, typer.Option(min=0)] = None,
    consequences: str = "",
    measures: str = "",
    contact: str = "",
) -> None:
    """Record a breach; prints its id and the notification deadline."""
    with _org_session(org) as (session, org_id):
        b = breaches.create_breach(
            session,
            organisation_id=org_id,
            aware_at=aware_at if aware_at.tzinfo else aware_at.replace(tzinfo=UTC),
            nature=nature,
            data_categories=data_category or [],
            subject_categories=subject_category or [],
            approx_subjects=approx_subjects,
            approx_records=approx_records,
            consequences=consequences,
            measures=measures,
            contact=contact,
            actor=CLI_ACTOR,
        )
        typer.echo(f"{b.id}\tnotify by {breaches.deadline(b):%Y-%m-%d %H:%M} UTC")


@breaches_app.command("update")
def breaches_update(org: Org, breach_id: uuid.UUID, text: str) -> None:
    """Add information given in phases (art. 33(4))."""
    with _org_session(org) as (session, org_id):
        breaches.add_update(
            session, organisation_id=org_id, breach_id=breach_id, text=text, actor=CLI_ACTOR
        )
        typer.echo("updated")


@breaches_app.command("notified")
def breaches_notified(org: Org, breach_id: uuid.UUID) -> None:
    """Record that Datatilsynet has been notified (stops the clock)."""
    with _org_session(org) as (session, org_id):
        breaches.mark_notified(
            session, organisation_id=org_id, breach_id=breach_id, actor=CLI_ACTOR
        )
        typer.echo("notified")


@breaches_app.command("notify-draft")
def breaches_draft(
    org: Org,
    breach_id: uuid.UUID,
    lang: Annotated[str, typer.Option(help="da or en")] = "da",
) -> None:
    """Print the notification draft for Datatilsynet (art. 33(3) content)."""
    if lang not in ("da", "en"):
        raise _fail("--lang must be da or en")
    with _org_session(org) as (session, org_id):
        b = breaches.get_breach(session, organisation_id=org_id, breach_id=breach_id)
        typer.echo(breaches.notification_draft(b)[lang])


@holds_app.command("list")
def holds_list(org: Org, as_json: AsJson = False) -> None:
    """Legal holds, active and released."""
    with _org_session(org) as (session, org_id):
        rows = [
            {
                "id": str(h.id),
                "scope": h.scope,
                "target_id": str(h.target_id) if h.target_id else None,
                "released_at": h.released_at.isoformat() if h.released_at else None,
                "reason": h.reason,
            }
            for h in holds.list_holds(session, organisation_id=org_id)
        ]
    _print_rows(rows, ("id", "scope", "target_id", "released_at"), as_json)


@holds_app.command("place")
def holds_place(
    org: Org,
    scope: Annotated[str, typer.Argument(help="organisation|subject|case")],
    reason: Annotated[str, typer.Option(help="Why the data must be kept")],
    target: Annotated[uuid.UUID | None, typer.Option(help="Subject or case id")] = None,
) -> None:
    """Stop retention deletion and erasure for the organisation, a subject or a case."""
    with _org_session(org) as (session, org_id):
        h = holds.place(
            session,
            organisation_id=org_id,
            scope=scope,
            reason=reason,
            target_id=target,
            actor=CLI_ACTOR,
        )
        typer.echo(str(h.id))


@holds_app.command("release")
def holds_release(org: Org, hold_id: uuid.UUID) -> None:
    """Release a hold; retention and erasure apply again."""
    with _org_session(org) as (session, org_id):
        holds.release(session, organisation_id=org_id, hold_id=hold_id, actor=CLI_ACTOR)
        typer.echo("released")


@audit_app.command("verify")
def audit_verify(
    org: Annotated[str | None, typer.Option("--org", help="Only this organisation")] = None,
    as_json: AsJson = False,
) -> None:
    """Check the hash chains of the audit log; exit 1 if a row was edited, deleted or
    relinked. Keep the printed head (seq and hash) to detect a cut-off tail later."""
    try:
        with db.session_scope() as session:
            org_id = get_organisation_by_slug(session, slug=org).id if org else None
            reports = audit.verify(session, organisation_id=org_id)
            unchained = audit.unchained_count(session)
    except DomainError as exc:
        raise _fail(exc.detail) from None
    if as_json:
        out = [
            {
                "chain": r.chain,
                "entries": r.entries,
                "head_seq": r.head_seq,
                "head_hash": r.head_hash,
                "problems": r.problems,
            }
            for r in reports
        ]
        typer.echo(json.dumps({"chains": out, "unchained": unchained}))
    else:
        for r in reports:
            state = "ok" if r.ok else f"BROKEN {r.problems[:5]}"
            typer.echo(f"{r.chain}\t{r.entries}\thead {r.head_seq}:{r.head_hash}\t{state}")
        if unchained:
            typer.echo(f"{unchained} entries from before the chain are not covered")
    if not all(r.ok for r in reports):
        raise typer.Exit(code=1)


@keys_app.command("rotate")
def keys_rotate(
    new_key: Annotated[
        bool, typer.Option("--new-key", help="First add a new key to the ring in var/")
    ] = False,
    batch_size: Annotated[int, typer.Option(min=1, max=10_000)] = 500,
    org: Annotated[str | None, typer.Option("--org", help="Only this organisation")] = None,
) -> None:
    """Re-encrypt every vault value under the newest key, in committed batches. Run it
    again after an interruption: it carries on where it stopped."""
    try:
        if new_key:
            typer.echo(f"added key {keys.add_key()}")
        with db.session_scope() as session:
            org_id = get_organisation_by_slug(session, slug=org).id if org else None
            report = keys.reencrypt(
                session,
                columns=domains.vaulted(),
                batch_size=batch_size,
                organisation_id=org_id,
            )
    except DomainError as exc:
        raise _fail(exc.detail) from None
    for column in report["columns"]:
        typer.echo(
            f"{column['table']}.{column['column']}\t{column['reencrypted']} re-encrypted"
            f"\t{len(column['failed'])} failed"
        )
    failed = sum(len(c["failed"]) for c in report["columns"])
    typer.echo(f"newest key {report['key_id']}; {failed} failed")
    if failed:
        raise typer.Exit(code=1)
