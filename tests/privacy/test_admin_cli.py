"""``vaern privacy requests|breaches|holds`` for automation and operators."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from tests.conftest import Tenant
from vaern.cli import app
from vaern.config import Settings

runner = CliRunner()


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_requests_from_create_to_carry_out(settings: Settings, tenant: Tenant) -> None:
    org = ("--org", tenant.org.slug)
    request_id = _run("privacy", "requests", "create", *org, "access", "--email", "c@example.dk")
    request_id = request_id.split("\t")[0]
    listed = json.loads(_run("privacy", "requests", "list", *org, "--json"))
    assert [r["status"] for r in listed if r["id"] == request_id] == ["received"]
    refused = runner.invoke(app, ["privacy", "requests", "advance", *org, request_id, "completed"])
    assert refused.exit_code == 2 and "cannot become completed" in refused.output
    _run("privacy", "requests", "advance", *org, request_id, "verified")
    export = json.loads(_run("privacy", "requests", "carry-out", *org, request_id))
    assert export["data"]["vault_identifiers"]["email"] == ["c@example.dk"]
    shown = json.loads(_run("privacy", "requests", "show", *org, request_id))
    assert shown["status"] == "verified" and shown["days_left"] >= 27
    other = runner.invoke(app, ["privacy", "requests", "show", "--org", "nope", request_id])
    assert other.exit_code == 2


def test_breaches_and_holds(settings: Settings, tenant: Tenant) -> None:
    org = ("--org", tenant.org.slug)
    out = _run(
        "privacy",
        "breaches",
        "create",
        *org,
        "--aware-at",
        "2026-03-01T08:00:00",
        "--nature",
        "Mail sent to the wrong list",
        "--data-category",
        "e-mail",
        "--approx-subjects",
        "40",
    )
    breach_id, deadline = out.strip().split("\t")
    assert deadline == "notify by 2026-03-04 08:00 UTC"
    listed = json.loads(_run("privacy", "breaches", "list", *org, "--json"))
    assert [b["clock"] for b in listed if b["id"] == breach_id] == ["overdue"]
    draft = _run("privacy", "breaches", "notify-draft", *org, breach_id, "--lang", "en")
    assert "Approximate number of people: ca. 40" in draft and "delay beyond 72 hours" in draft
    _run("privacy", "breaches", "update", *org, breach_id, "Recipients asked to delete it")
    _run("privacy", "breaches", "notified", *org, breach_id)
    assert runner.invoke(app, ["privacy", "breaches", "notified", *org, breach_id]).exit_code == 2
    hold_id = _run("privacy", "holds", "place", *org, "organisation", "--reason", "lawsuit")
    holds = json.loads(_run("privacy", "holds", "list", *org, "--json"))
    assert [h["released_at"] for h in holds] == [None]
    _run("privacy", "holds", "release", *org, hold_id.strip())
    holds = json.loads(_run("privacy", "holds", "list", *org, "--json"))
    assert holds[0]["released_at"] is not None
