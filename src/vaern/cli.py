"""The ``vaern`` command line."""

from __future__ import annotations

import json
import logging
import time
import uuid
from typing import Annotated, Any

import typer
import uvicorn
from pydantic import ValidationError

from vaern import db, jobs, site
from vaern.app import served_app
from vaern.clikit import fail
from vaern.config import settings
from vaern.demo import load_demo
from vaern.errors import DomainError
from vaern.logs import configure_logging
from vaern.orgs import invitations
from vaern.orgs import service as orgs
from vaern.orgs.models import Role
from vaern.orgs.schemas import (
    InvitationCreate,
    InvitationRead,
    OrganisationCreate,
    TokenCreate,
    UserCreate,
)
from vaern.web import serving

app = typer.Typer(help="Værn: fraud-safe customer communication.", no_args_is_help=True)
db_app = typer.Typer(help="Database migrations.", no_args_is_help=True)
org_app = typer.Typer(help="Organisations.", no_args_is_help=True)
user_app = typer.Typer(help="Users and roles.", no_args_is_help=True)
token_app = typer.Typer(help="API tokens.", no_args_is_help=True)
demo_app = typer.Typer(help="Demo data for local use.", no_args_is_help=True)
jobs_app = typer.Typer(help="Scheduled jobs.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(org_app, name="org")
app.add_typer(user_app, name="user")
app.add_typer(token_app, name="token")
app.add_typer(demo_app, name="demo")
app.add_typer(jobs_app, name="jobs")
for _domain in site.SERVED:
    for _name, _sub in _domain.cli:
        app.add_typer(_sub, name=_name)
    for _name, _command in _domain.commands:
        app.command(_name)(_command)


def _validation_message(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to bind")] = None,
    port: Annotated[int | None, typer.Option(help="Port")] = None,
    migrate: Annotated[bool, typer.Option(help="Migrate the database first")] = True,
    workers: Annotated[
        int | None, typer.Option(help="Worker processes (default VAERN_WORKERS, 1)")
    ] = None,
) -> None:
    """Serve Værn over HTTP (httptools; one event loop per worker process)."""
    cfg = settings()
    configure_logging(cfg.log_level)
    count = workers if workers is not None else cfg.workers
    if count < 1:
        raise fail("--workers must be at least 1")
    if count > 1 and cfg.report_smtp_in_server:
        raise fail(
            "the report-mail receiver cannot run inside several workers: set "
            "VAERN_REPORT_SMTP_IN_SERVER=false and run `vaern reports smtp` beside the server"
        )
    if count > 1 and cfg.rate_limit_storage.startswith("memory"):
        logging.getLogger("vaern").warning(
            "rate limits are counted per worker process (VAERN_RATE_LIMIT_STORAGE=memory://); "
            "set it to redis://… to share them",
            extra={"workers": count},
        )
    if migrate:
        db.upgrade()
    options: dict[str, Any] = {
        "log_config": None,
        "access_log": False,  # ours, in web/middleware.py, has no addresses or raw paths
        # asyncio's own loop, not uvloop: under full load uvloop left some connections
        # waiting while it served others (docs/operations.md, "Serving").
        "loop": "asyncio",
        "http": serving.HttpProtocol,  # httptools, a response in one send
        # X-Forwarded-For only from configured proxies; uvicorn's default trusts 127.0.0.1.
        "proxy_headers": bool(cfg.trusted_proxies),
        "forwarded_allow_ips": cfg.trusted_proxies or None,
    }
    host, port = host or cfg.host, port or cfg.port
    if count == 1:
        uvicorn.run(served_app(cfg), host=host, port=port, **options)
        return
    # Each worker is a fresh process with its own socket on the port (web/serving.py).
    try:
        code = serving.run(host, port, count, options)
    except serving.PortTaken as exc:
        raise fail(str(exc)) from None
    if code:
        raise typer.Exit(code=code)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Migrate the database to the newest schema."""
    db.upgrade()
    typer.echo("database is up to date")


@org_app.command("create")
def org_create(
    slug: str,
    name: str,
    cvr: Annotated[str | None, typer.Option()] = None,
    phone: Annotated[str | None, typer.Option(help="Main phone number")] = None,
    website: Annotated[str | None, typer.Option()] = None,
) -> None:
    """Create an organisation."""
    try:
        data = OrganisationCreate(slug=slug, name=name, cvr=cvr, main_phone=phone, website=website)
        with db.session_scope() as session:
            org = orgs.create_organisation(session, data=data)
            typer.echo(f"created organisation {org.slug}")
    except ValidationError as exc:
        raise fail(_validation_message(exc)) from None
    except DomainError as exc:
        raise fail(exc.detail) from None


@org_app.command("list")
def org_list(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """List organisations."""
    with db.session_scope() as session:
        rows = [
            {"slug": o.slug, "name": o.name, "cvr": o.cvr} for o in orgs.list_organisations(session)
        ]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False))
    else:
        for row in rows:
            typer.echo(f"{row['slug']}\t{row['name']}\t{row['cvr'] or ''}")


@user_app.command("create")
def user_create(
    email: str,
    password: Annotated[str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True)],
    name: Annotated[str, typer.Option()] = "",
    superadmin: Annotated[bool, typer.Option()] = False,
) -> None:
    """Create a user."""
    try:
        data = UserCreate(
            email=email, password=password, display_name=name, is_superadmin=superadmin
        )
        with db.session_scope() as session:
            orgs.create_user(session, data=data)
        typer.echo("created user")
    except ValidationError as exc:
        raise fail(_validation_message(exc)) from None
    except DomainError as exc:
        raise fail(exc.detail) from None


@user_app.command("set-role")
def user_set_role(email: str, org: str, role: Role) -> None:
    """Give a user a role in an organisation."""
    try:
        with db.session_scope() as session:
            user = orgs.get_user_by_email(session, email=email)
            organisation = orgs.get_organisation_by_slug(session, slug=org)
            orgs.set_role(session, organisation_id=organisation.id, user_id=user.id, role=role)
        typer.echo(f"role set to {role.value}")
    except DomainError as exc:
        raise fail(exc.detail) from None


@user_app.command("invite")
def user_invite(email: str, org: str, role: Role) -> None:
    """Invite an e-mail address to an organisation; they join when they accept the mail."""
    try:
        address = InvitationCreate(email=email, role=role).email
        with db.session_scope() as session:
            organisation = orgs.get_organisation_by_slug(session, slug=org)
            row = invitations.invite(
                session, organisation_id=organisation.id, email=address, role=role, actor=None
            )
            typer.echo(f"invitation {row.id} sent, valid until {row.expires_at.isoformat()}")
    except ValidationError as exc:
        raise fail(_validation_message(exc)) from None
    except DomainError as exc:
        raise fail(exc.detail) from None


@user_app.command("invitations")
def user_invitations(org: str, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """List an organisation's pending invitations."""
    try:
        with db.session_scope() as session:
            organisation = orgs.get_organisation_by_slug(session, slug=org)
            rows = [
                InvitationRead.model_validate(i).model_dump(mode="json")
                for i in invitations.list_pending(session, organisation_id=organisation.id)
            ]
    except DomainError as exc:
        raise fail(exc.detail) from None
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False))
    else:
        for row in rows:
            typer.echo(f"{row['id']}\t{row['email']}\t{row['role']}\t{row['expires_at']}")


@user_app.command("withdraw-invitation")
def user_withdraw_invitation(org: str, invitation_id: str) -> None:
    """Withdraw a pending invitation."""
    import uuid

    try:
        with db.session_scope() as session:
            organisation = orgs.get_organisation_by_slug(session, slug=org)
            invitations.revoke(
                session,
                organisation_id=organisation.id,
                invitation_id=uuid.UUID(invitation_id),
                actor=None,
            )
        typer.echo("withdrawn")
    except ValueError:
        raise fail("invitation id must be a UUID") from None
    except DomainError as exc:
        raise fail(exc.detail) from None


@token_app.command("create")
def token_create(
    org: str,
    name: str,
    scope: Annotated[list[str], typer.Option("--scope", help="Repeat for several scopes")],
    days: Annotated[int | None, typer.Option(help="Valid for this many days")] = None,
) -> None:
    """Create an API token; the secret is printed once."""
    try:
        data = TokenCreate(name=name, scopes=scope, expires_in_days=days)
        with db.session_scope() as session:
            organisation = orgs.get_organisation_by_slug(session, slug=org)
            secret, row = orgs.create_token(
                session, organisation_id=organisation.id, data=data, actor=None
            )
            typer.echo(f"token id {row.id}")
        typer.echo(secret)
    except ValidationError as exc:
        raise fail(_validation_message(exc)) from None
    except DomainError as exc:
        raise fail(exc.detail) from None


@token_app.command("revoke")
def token_revoke(org: str, token_id: str) -> None:
    """Revoke an API token."""
    try:
        with db.session_scope() as session:
            organisation = orgs.get_organisation_by_slug(session, slug=org)
            orgs.revoke_token(
                session, organisation_id=organisation.id, token_id=uuid.UUID(token_id), actor=None
            )
        typer.echo("revoked")
    except ValueError:
        raise fail("token id must be a UUID") from None
    except DomainError as exc:
        raise fail(exc.detail) from None


@demo_app.command("load")
def demo_load() -> None:
    """Load a demo organisation with users and a token (local use only)."""
    credentials = settings().var_dir / "demo-credentials.txt"
    with db.session_scope() as session:
        lines = load_demo(session)
    if len(lines) > 1:
        credentials.parent.mkdir(parents=True, exist_ok=True)
        credentials.write_text("\n".join(lines) + "\n")
        credentials.chmod(0o600)
    elif credentials.exists():
        lines = credentials.read_text().splitlines()
    for line in lines:
        typer.echo(line)


@jobs_app.command("list")
def jobs_list() -> None:
    """List the scheduled jobs."""
    for spec in sorted(site.jobs().values(), key=lambda j: j.name):
        typer.echo(f"{spec.name}\tevery {spec.every}")


@jobs_app.command("run")
def jobs_run(name: str) -> None:
    """Run one job now (unless it is running elsewhere)."""
    known = site.jobs()
    if name not in known:
        raise fail(f"no job named '{name}' (see `vaern jobs list`)")
    result = jobs.run_job(db.session_factory(), known[name], force=True)
    if result is None:
        raise fail(f"job '{name}' is running elsewhere")
    typer.echo(json.dumps(result, ensure_ascii=False, default=str))


@jobs_app.command("worker")
def jobs_worker(tick: Annotated[float, typer.Option(help="Seconds between runs")] = 30.0) -> None:
    """Run due jobs forever (production: a separate process beside the web servers)."""
    configure_logging(settings().log_level)
    factory = db.session_factory()
    every = tuple(site.jobs().values())
    while True:
        jobs.run_due(factory, every)
        time.sleep(tick)


if __name__ == "__main__":
    app()
