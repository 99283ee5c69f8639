"""``vaern posture``: the sender posture of a domain, from the command line."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from vaern.registry import posture
from vaern.registry.normalise import normalise_domain

posture_app = typer.Typer(help="Sender posture of domains (SPF, DMARC, DNSSEC, …).")


@posture_app.command("check")
def check(
    domain: str,
    kind: Annotated[
        str, typer.Option(help="email_domain (SPF, DMARC, …) or web_domain (DNSSEC, CAA)")
    ] = "email_domain",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
    lang: Annotated[str, typer.Option(help="Language of the advice: da or en")] = "da",
) -> None:
    """Check a domain through the configured resolver and print a graded report."""
    try:
        name = normalise_domain(domain)
    except ValueError as exc:
        typer.secho(f"error: {exc}", err=True, fg=typer.colors.RED)
        raise typer.Exit(code=2) from exc
    if kind not in posture.CHECKS or lang not in {"da", "en"}:
        typer.secho("error: --kind is email_domain or web_domain; --lang da or en", err=True)
        raise typer.Exit(code=2)
    report = posture.check(name, kind)
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    typer.echo(f"{name}: grade {report['grade']}")
    for f in report["findings"]:
        typer.echo(f"  {f['status']:<4} {f['check']:<8} {f['detail']}")
        if f["status"] != "ok":
            typer.echo(f"       -> {f['advice'][lang]}")
