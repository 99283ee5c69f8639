"""``vaern reports``: ingest forwarded e-mails from files, or receive them over SMTP."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Annotated

import typer

from vaern import db
from vaern.clikit import fail
from vaern.config import settings
from vaern.errors import DomainError
from vaern.reports import ingest as ingest_mod
from vaern.reports import smtp as smtp_mod

reports_app = typer.Typer(help="Customer reports and campaigns.", no_args_is_help=True)


@reports_app.command("ingest")
def ingest(
    path: Annotated[Path, typer.Argument(help=".eml file, folder of .eml, Maildir or mbox")],
    org: Annotated[str, typer.Option(help="Slug of the organisation reported to")],
) -> None:
    """Store every message in PATH as a report to ORG and print the counts as JSON."""
    try:
        with db.session_scope() as session:
            result = ingest_mod.ingest(session, organisation=org, path=path)
    except DomainError as exc:
        raise fail(str(exc)) from exc
    typer.echo(json.dumps(result))


@reports_app.command("smtp")
def smtp(
    host: Annotated[str | None, typer.Option(help="Listen address (default: setting)")] = None,
    port: Annotated[int | None, typer.Option(help="Listen port (default: setting)")] = None,
) -> None:
    """Receive forwarded scam e-mails at report+<slug>@<report_mail_domain> until stopped."""
    receiver = smtp_mod.controller(host=host, port=port)
    receiver.start()
    typer.echo(
        f"Receiving reports on {receiver.hostname}:{receiver.port} for "
        f"report+<slug>@{settings().report_mail_domain} (Ctrl-C stops)"
    )
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        receiver.stop()
