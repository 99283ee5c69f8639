"""The command line: clear errors, non-zero exits, and the demo organisation."""

from __future__ import annotations

from typer.testing import CliRunner

from tests.conftest import unique
from vaern.cli import app
from vaern.config import Settings

runner = CliRunner()


def test_org_create_list_and_bad_input(settings: Settings) -> None:
    slug = unique("cli")
    ok = runner.invoke(app, ["org", "create", slug, "CLI Org", "--phone", "33 12 34 56"])
    assert ok.exit_code == 0, ok.output
    listed = runner.invoke(app, ["org", "list", "--json"])
    assert slug in listed.output
    dup = runner.invoke(app, ["org", "create", slug, "Again"])
    assert dup.exit_code == 2 and "exists" in dup.output
    bad = runner.invoke(app, ["org", "create", unique("cli"), "Bad", "--cvr", "12345678"])
    assert bad.exit_code == 2 and "CVR" in bad.output
    assert "Traceback" not in bad.output


def test_user_role_and_token_commands(settings: Settings) -> None:
    slug = unique("cli")
    runner.invoke(app, ["org", "create", slug, "Token Org"])
    email = f"{slug}@example.com"
    made = runner.invoke(
        app,
        ["user", "create", email, "--name", "CLI"],
        input="a long enough password\na long enough password\n",
    )
    assert made.exit_code == 0, made.output
    assert runner.invoke(app, ["user", "set-role", email, slug, "agent"]).exit_code == 0
    bad_role = runner.invoke(app, ["user", "set-role", email, slug, "king"])
    assert bad_role.exit_code != 0
    token = runner.invoke(app, ["token", "create", slug, "ci", "--scope", "outbound:write"])
    assert token.exit_code == 0 and "vaern_" in token.output
    token_id = token.output.split()[2]
    assert runner.invoke(app, ["token", "revoke", slug, token_id]).exit_code == 0
    assert runner.invoke(app, ["token", "revoke", slug, "not-a-uuid"]).exit_code == 2
    bad_scope = runner.invoke(app, ["token", "create", slug, "ci", "--scope", "nope"])
    assert bad_scope.exit_code == 2 and "Unknown scope" in bad_scope.output


def test_demo_load_is_idempotent(settings: Settings) -> None:
    first = runner.invoke(app, ["demo", "load"])
    assert first.exit_code == 0
    second = runner.invoke(app, ["demo", "load"])
    assert second.exit_code == 0 and "demobank" in second.output


def test_serve_refuses_worker_settings_it_cannot_honour(settings: Settings) -> None:
    """Checked before anything is migrated or bound: no server starts in this test."""
    import logging

    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        zero = runner.invoke(app, ["serve", "--workers", "0", "--no-migrate"])
        assert zero.exit_code == 2 and "at least 1" in zero.output
        settings.report_smtp_in_server = True
        both = runner.invoke(app, ["serve", "--workers", "2", "--no-migrate"])
        assert both.exit_code == 2 and "vaern reports smtp" in both.output
    finally:
        settings.report_smtp_in_server = False
        root.handlers[:], root.level = handlers, level
